/**
 * Release signatures: Ed25519 over a release's sha256, through Node's own crypto. A published
 * history that someone rewrites with a valid hash chain (or cuts short) still lacks signatures
 * only the key's holder can make.
 */
import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

/** An Ed25519 key from PEM text, or why it is not one. */
function ed25519(pem: string, kind: 'public' | 'private'): KeyObject | string {
  try {
    const key = kind === 'public' ? createPublicKey(pem) : createPrivateKey(pem);
    return key.asymmetricKeyType === 'ed25519'
      ? key
      : `is a ${key.asymmetricKeyType ?? 'unknown'} key, not Ed25519`;
  } catch {
    return `is not a PEM ${kind} key`;
  }
}

/** Why a PEM text is not an Ed25519 public key, or undefined when it is one. */
export const publicKeyProblem = (pem: string): string | undefined => {
  const key = ed25519(pem, 'public');
  return typeof key === 'string' ? key : undefined;
};

/** The signature (base64) of a release hash with an Ed25519 private key in PEM. */
export function signHash(sha256: string, privatePem: string): string {
  const key = ed25519(privatePem, 'private');
  if (typeof key === 'string')
    throw new Error(`the signing key ${key}: make one with openssl genpkey -algorithm ed25519`);
  return sign(null, Buffer.from(sha256, 'utf8'), key).toString('base64');
}

/** Whether a base64 signature of a release hash verifies with an Ed25519 public key in PEM. */
export function verifyHash(sha256: string, signature: string, publicPem: string): boolean {
  const key = ed25519(publicPem, 'public');
  if (typeof key === 'string') return false;
  try {
    return verify(null, Buffer.from(sha256, 'utf8'), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
