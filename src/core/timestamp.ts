/**
 * RFC 3161 time-stamps over a release's hash: a time-stamping authority signs that the hash
 * existed at a time, which no one (the publisher included) can back-date. The ASN.1 and CMS work
 * is PKI.js's (pkijs, asn1js); this module only asks for a token, reads it, and checks it: the
 * status, the hash it covers, the signature, and the signer's certificate chain up to a
 * certificate the user trusts.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/** SHA-256's object identifier. */
const SHA256 = '2.16.840.1.101.3.4.2.1';
/** id-kp-timeStamping: the extended key usage a time-stamping authority's certificate must have. */
const TIME_STAMPING = '1.3.6.1.5.5.7.3.8';

/** A time-stamp that cannot be had or cannot be trusted, and why. */
export class TimestampError extends Error {
  override name = 'TimestampError';
}

export interface StampInfo {
  /** The time the authority signed. */
  time: Date;
  /** The SHA-256 (hex) it covers. */
  sha256: string;
  serial: string;
  policy: string;
}

const hex = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(new Uint8Array(bytes)).toString('hex');
const arrayBuffer = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** Eight random bytes as a positive, minimally encoded ASN.1 INTEGER (first bit clear, first byte not zero). */
function freshNonce(): Uint8Array {
  const nonce = randomBytes(8);
  nonce[0] = (nonce[0]! & 0x7f) | 0x01;
  return nonce;
}

/** The DER of a request for a token over `sha256` (hex), asking for the signer's certificate. */
export function timestampQuery(sha256: string, nonce: Uint8Array = freshNonce()): Uint8Array {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new TimestampError(`"${sha256}" is no SHA-256`);
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: SHA256 }),
      hashedMessage: new asn1js.OctetString({ valueHex: arrayBuffer(Buffer.from(sha256, 'hex')) }),
    }),
    nonce: new asn1js.Integer({ valueHex: arrayBuffer(nonce) }),
    certReq: true,
  });
  return new Uint8Array(request.toSchema().toBER(false));
}

/** The response and the token's content, read; a TimestampError where it is not one. */
function parse(bytes: Uint8Array): { response: pkijs.TimeStampResp; info: pkijs.TSTInfo } {
  let response: pkijs.TimeStampResp;
  try {
    response = pkijs.TimeStampResp.fromBER(arrayBuffer(bytes));
  } catch (error) {
    throw new TimestampError(`not a time-stamp response: ${(error as Error).message}`);
  }
  // PKIStatus: 0 granted, 1 granted with modifications; the rest are refusals.
  const status = Number(response.status.status);
  if (status !== 0 && status !== 1)
    throw new TimestampError(
      `the authority refused: status ${status}${response.status.statusStrings?.length ? ` (${response.status.statusStrings.map((s) => s.valueBlock.value).join('; ')})` : ''}`,
    );
  if (!response.timeStampToken) throw new TimestampError('the response holds no token');
  const signed = new pkijs.SignedData({ schema: response.timeStampToken.content });
  const content = signed.encapContentInfo.eContent;
  if (!content) throw new TimestampError('the token holds no time-stamp information');
  const info = pkijs.TSTInfo.fromBER(content.getValue());
  return { response, info };
}

const infoOf = (info: pkijs.TSTInfo): StampInfo => ({
  time: info.genTime,
  sha256: hex(info.messageImprint.hashedMessage.getValue()),
  serial: hex(info.serialNumber.valueBlock.valueHexView),
  policy: info.policy,
});

/** What a stored token says, unchecked: for showing its time where it was checked when made. */
export function readTimestamp(bytes: Uint8Array): StampInfo {
  return infoOf(parse(bytes).info);
}

/** PEM certificates, one or more, as PKI.js certificates. */
function certificates(pem: string): pkijs.Certificate[] {
  const blocks = [
    ...pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g),
  ];
  if (blocks.length === 0)
    throw new TimestampError('the trusted certificate file holds no PEM certificate');
  return blocks.map((block) =>
    pkijs.Certificate.fromBER(arrayBuffer(Buffer.from(block[1]!.replace(/\s+/g, ''), 'base64'))),
  );
}

/**
 * Checks a stored response against `data`, the bytes stamped (a release's canonical form): granted,
 * over their SHA-256, signed by a certificate for time-stamping whose chain ends at one of
 * `trustedPem`'s certificates. Gives what it says, or throws a TimestampError naming what failed.
 */
export async function verifyTimestamp(
  bytes: Uint8Array,
  data: Uint8Array,
  trustedPem: string,
): Promise<StampInfo> {
  const sha256 = createHash('sha256').update(data).digest('hex');
  const { response, info } = parse(bytes);
  if (info.messageImprint.hashAlgorithm.algorithmId !== SHA256)
    throw new TimestampError(
      `the token covers a hash made with ${info.messageImprint.hashAlgorithm.algorithmId}, not SHA-256`,
    );
  const stamp = infoOf(info);
  if (stamp.sha256 !== sha256)
    throw new TimestampError(`the token covers ${stamp.sha256}, not this release's hash ${sha256}`);
  const signed = new pkijs.SignedData({ schema: response.timeStampToken!.content });
  let result: pkijs.SignedDataVerifyResult;
  try {
    result = await signed.verify({
      signer: 0,
      checkChain: true,
      trustedCerts: certificates(trustedPem),
      data: arrayBuffer(data),
      extendedMode: true,
    });
  } catch (error) {
    const reason = (error as { message?: string }).message;
    throw new TimestampError(
      `the token's signature or its certificate chain does not check out against the trusted certificate${reason ? `: ${reason}` : ''}`,
    );
  }
  if (!result.signatureVerified)
    throw new TimestampError(
      "the token's signature does not check out against the trusted certificate",
    );
  // The certificate that signed (not any in the token) must be one for time-stamping only, as
  // RFC 3161 (2.3) asks: a certificate issued under the same authority for something else may not.
  const usage = result.signerCertificate?.extensions?.find((ext) => ext.extnID === '2.5.29.37');
  const purposes = (usage?.parsedValue as pkijs.ExtKeyUsage | undefined)?.keyPurposes ?? [];
  if (!usage?.critical || purposes.length !== 1 || purposes[0] !== TIME_STAMPING)
    throw new TimestampError(
      'the certificate that signed the token is not one for time-stamping (a critical extended key usage of timeStamping only)',
    );
  return stamp;
}

/**
 * Asks the authority at `url` for a token over `sha256`: POSTs the request (RFC 3161 over HTTP),
 * checks the answer is a granted token over that hash with the nonce asked for, and gives the
 * response's bytes, to store beside the release.
 */
export async function requestTimestamp(url: string, sha256: string): Promise<Uint8Array> {
  const nonce = freshNonce();
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query' },
      body: Buffer.from(timestampQuery(sha256, nonce)),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    throw new TimestampError(`${url}: ${cause?.code ?? (error as Error).message}`);
  }
  if (!response.ok) throw new TimestampError(`${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const { info } = parse(bytes);
  if (hex(info.messageImprint.hashedMessage.getValue()) !== sha256)
    throw new TimestampError(`${url}: the token covers another hash than the one asked for`);
  const given = info.nonce ? hex(info.nonce.valueBlock.valueHexView).replace(/^0+/, '') : '';
  if (given !== hex(nonce).replace(/^0+/, ''))
    throw new TimestampError(
      `${url}: the token does not carry the nonce asked for (a replayed answer?)`,
    );
  // The signer's certificate, asked for: without it no customer can check the token.
  const signed = new pkijs.SignedData({ schema: parse(bytes).response.timeStampToken!.content });
  if (!(signed.certificates ?? []).some((cert) => cert instanceof pkijs.Certificate))
    throw new TimestampError(
      `${url}: the token carries no certificate of its signer, though one was asked for`,
    );
  return bytes;
}
