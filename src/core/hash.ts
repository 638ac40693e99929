/** Hashes of published data: SHA-256 over canonical JSON (RFC 8785), the same bytes on every machine. */
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';

/** The SHA-256 (hex) of a value's canonical JSON. */
export function canonicalHash(value: unknown): string {
  return createHash('sha256').update(canonicalize(value)!).digest('hex');
}

/** The bytes a release's hash is over: its date, the previous release's hash and its list (RFC 8785). */
export function releaseBytes(release: {
  date: string;
  previous: string | null;
  list: unknown;
}): Uint8Array {
  return new TextEncoder().encode(
    canonicalize({ date: release.date, previous: release.previous, list: release.list })!,
  );
}

/** The hash a release must carry: it covers its date, the previous release's hash and its list. */
export function releaseHash(release: {
  date: string;
  previous: string | null;
  list: unknown;
}): string {
  return canonicalHash({ date: release.date, previous: release.previous, list: release.list });
}
