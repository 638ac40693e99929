/**
 * npm run verify: what a customer's tool does to trust a published list. From the discovery
 * document (/.well-known/subprocessors.json) it downloads every file listed, checks each one's
 * SHA-256, validates the JSON lists against the published JSON Schema, and checks the releases:
 * each one's hash over its date, previous hash and list (RFC 8785), the chain from the first to
 * the head, and that each release's files hold its list.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { releaseBytes, releaseHash } from '../../core/hash';
import { verifyTimestamp } from '../../core/timestamp';
import { discoverySchema, type Discovery } from '../../schemas/discovery';
import { verifyHash } from '../../core/signature';
import { DISCOVERY_FILE, LIST_FORMATS } from '../outputs/formats';

/** Gets a published file's bytes by its URL; undefined when there is none. */
export type Fetch = (url: string) => Promise<Uint8Array | undefined>;

export interface Verification {
  /** Files downloaded and checked. */
  files: number;
  releases: number;
  head: string | null | undefined;
  /** Every mismatch, one line each, naming the file. */
  problems: string[];
  /** The releases whose time-stamp token checked out, with the time it gives. */
  timestamped: { date: string; time: string }[];
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Verifies the registry published at `site` (its root URL). The discovery document names files
 * by their public URLs; `fetch` is asked for them as they are, or, where `site` is another
 * origin (a copy served on localhost), at the same path under `site`.
 */
export interface VerifyOptions {
  /** A head of the chain the customer saw before: it must still be in the chain (no history cut off). */
  knownHead?: string | undefined;
  /** The publisher's release key (PEM): every release must carry a valid signature by it. */
  publicKey?: string | undefined;
  /**
   * The certificate (PEM) of a time-stamping authority the customer trusts: every release's
   * RFC 3161 token must check out against it, and every release must have one.
   */
  tsaCertificate?: string | undefined;
}

export async function verifyPublished(
  site: URL,
  fetch: Fetch,
  options: VerifyOptions = {},
): Promise<Verification> {
  const problems: string[] = [];
  const result: Verification = {
    files: 0,
    releases: 0,
    head: undefined,
    problems,
    timestamped: [],
  };
  const discoveryUrl = new URL(DISCOVERY_FILE.path.slice(1), site).href;
  const raw = await fetch(discoveryUrl);
  if (!raw) {
    problems.push(`${discoveryUrl}: no discovery document`);
    return result;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(decode(raw));
  } catch {
    problems.push(`${discoveryUrl}: not JSON`);
    return result;
  }
  const checked = discoverySchema.safeParse(parsed);
  if (!checked.success) {
    problems.push(
      `${discoveryUrl}: not a discovery document: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
    return result;
  }
  const doc: Discovery = checked.data;
  result.head = doc.releases.head;
  const publicRoot = doc.publisher.siteUrl.replace(/\/?$/, '/');
  // Every file is the publisher's: a URL outside its site is refused, not fetched.
  const local = (url: string) =>
    url.startsWith(publicRoot) ? new URL(url.slice(publicRoot.length), site).href : undefined;
  const shown = (url: string) => (url.startsWith(publicRoot) ? url.slice(publicRoot.length) : url);

  /** A listed file's bytes when they match its hash; undefined (and a problem) when not. */
  const download = async (file: { url: string; sha256: string }) => {
    const at = local(file.url);
    result.files += 1;
    if (!at) {
      problems.push(`${file.url}: outside the publisher's site ${publicRoot}; not fetched`);
      return undefined;
    }
    const bytes = await fetch(at);
    if (!bytes) {
      problems.push(`${shown(file.url)}: listed, but missing`);
      return undefined;
    }
    const actual = sha256(bytes);
    if (actual !== file.sha256) {
      problems.push(
        `${shown(file.url)}: its SHA-256 is ${actual}, the discovery document says ${file.sha256}`,
      );
      return undefined;
    }
    return bytes;
  };

  const schemaBytes = await download(doc.schema);
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = schemaBytes ? ajv.compile(JSON.parse(decode(schemaBytes)) as object) : undefined;
  const validateList = (url: string, bytes: Uint8Array) => {
    if (!validate) return;
    if (!validate(JSON.parse(decode(bytes))))
      problems.push(
        `${shown(url)}: does not match the published JSON Schema: ${ajv.errorsText(validate.errors)}`,
      );
  };

  // Every language the site names, in every format: a document that leaves one out is incomplete.
  for (const language of doc.languages.all)
    for (const format of LIST_FORMATS)
      if (!doc.lists.some((l) => l.language === language && l.format === format.id))
        problems.push(`${DISCOVERY_FILE.path}: lists no ${format.file} in ${language}`);
  for (const file of doc.lists) {
    const bytes = await download(file);
    if (bytes && file.format === 'json') validateList(file.url, bytes);
  }
  for (const file of doc.changes) await download(file);

  // The releases: each one's own hash, the chain, and its files holding its list.
  const items = [...doc.releases.items].sort((a, b) => a.date.localeCompare(b.date));
  let previous: string | null = null;
  for (const item of items) {
    result.releases += 1;
    const name = `releases/${item.date}`;
    if (item.previous !== previous)
      problems.push(
        `${name}: its previous hash is ${item.previous ?? 'none'}, but the release before it is ${previous ?? 'none'}: the chain is broken`,
      );
    previous = item.sha256;
    const bytes = await download(item.record);
    if (!bytes) continue;
    const record = JSON.parse(decode(bytes)) as {
      date: string;
      previous: string | null;
      sha256: string;
      list: unknown;
    };
    const recomputed = releaseHash({
      date: record.date,
      previous: record.previous,
      list: record.list,
    });
    if (options.publicKey) {
      const { signature } = record as { signature?: string };
      if (!signature || !verifyHash(record.sha256, signature, options.publicKey))
        problems.push(
          `${shown(item.record.url)}: ${signature ? 'its signature is not the key holder’s' : 'carries no signature'}`,
        );
    }
    if (recomputed !== record.sha256 || record.sha256 !== item.sha256)
      problems.push(
        `${shown(item.record.url)}: altered: its date, previous hash and list hash to ${recomputed}, the release says ${record.sha256}${record.sha256 !== item.sha256 ? ` and the discovery document ${item.sha256}` : ''}`,
      );
    // The time-stamp: over the bytes the release hash is of, by an authority the customer trusts.
    if (options.tsaCertificate) {
      const token = item.timestamp ? await download(item.timestamp) : undefined;
      if (!item.timestamp) problems.push(`${name}: has no time-stamp token`);
      else if (token)
        try {
          const stamp = await verifyTimestamp(token, releaseBytes(record), options.tsaCertificate);
          result.timestamped.push({ date: item.date, time: stamp.time.toISOString() });
          if (stamp.time.toISOString() !== new Date(item.timestamp.time).toISOString())
            problems.push(
              `${shown(item.timestamp.url)}: says ${stamp.time.toISOString()}, the discovery document ${item.timestamp.time}`,
            );
        } catch (error) {
          problems.push(`${shown(item.timestamp.url)}: ${(error as Error).message}`);
        }
    }
    if (record.date !== item.date || record.previous !== item.previous)
      problems.push(
        `${shown(item.record.url)}: its date or previous hash differ from the discovery document's`,
      );
    for (const file of item.files) {
      const content = await download(file);
      if (!content || file.format !== 'json') continue;
      validateList(file.url, content);
      const { $schema: _schema, ...list } = JSON.parse(decode(content)) as Record<string, unknown>;
      if (canonicalize(list) !== canonicalize(record.list))
        problems.push(`${shown(file.url)}: does not hold the list of ${name}/release.json`);
    }
  }
  if (options.knownHead && !items.some((item) => item.sha256 === options.knownHead))
    problems.push(
      `${DISCOVERY_FILE.path}: the chain no longer holds the head ${options.knownHead} you saw before: history was rewritten or cut off`,
    );
  if (doc.releases.head !== (items.at(-1)?.sha256 ?? null))
    problems.push(
      `${DISCOVERY_FILE.path}: the head of the chain is ${doc.releases.head ?? 'none'}, the newest release ${items.at(-1)?.sha256 ?? 'none'}`,
    );
  return result;
}
