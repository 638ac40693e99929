/**
 * Watching one vendor's list: find it (the vendor's discovery document first), fetch it safely,
 * read it with the list reader, and compare it with the last snapshot and with the recorded chain.
 * Gives the new snapshot to keep and what a person needs to look at; writes nothing itself.
 */
import { createHash } from 'node:crypto';
import { discoverySchema } from '../../schemas/discovery';
import type { ProcessorData } from '../../schemas/processor';
import { watchSnapshotSchema, type WatchSnapshot, type WatchedEntry } from '../../schemas/watch';
import { ListReadError } from '../lists/list';
import { formatOf, readList } from '../lists/read';
import {
  checkChain,
  diffLists,
  isEmptyDiff,
  keyed,
  unchained,
  type ChainFinding,
  type ListDiff,
} from './compare';
import { watchedEntries } from './entries';
import { DEFAULT_LIMITS, FetchGap, fetchList, type FetchLimits, type Fetched } from './fetch';

/** A recipient of ours whose own list is watched. */
export interface Vendor {
  id: string;
  data: ProcessorData;
  /** Its subprocessorListUrl. */
  url: string;
}

export interface WatchContext {
  /** Every recipient of the registry by id, to name the ones a chain points to. */
  processors: ReadonlyMap<string, ProcessorData>;
  now: Date;
  limits?: FetchLimits;
  /** The fetcher; tests give one that counts requests. */
  fetcher?: (
    url: string,
    limits: FetchLimits,
    accept?: string,
    deadline?: AbortSignal,
  ) => Promise<Fetched>;
}

export interface VendorReport {
  id: string;
  name: string;
  url: string;
  /** Why the list could not be read this time; undefined when it was. */
  gap?: string | undefined;
  /** How it was found, where it was read. */
  via?: 'discovery' | 'address' | undefined;
  /** No earlier read to compare with. */
  first: boolean;
  entries: number;
  /** Against the last read; undefined on the first. */
  diff?: ListDiff | undefined;
  /** The bytes changed and the entries did not: a new layout, not a change. */
  layoutOnly: boolean;
  /** The recorded chain against the list. */
  chain: ChainFinding[];
  /** Entries that came onto the list after chain.checkedOn that no chain link names: maybe new fourth parties of ours. */
  newUnchained: WatchedEntry[];
  /** Other notes: the list's hash differs from the discovery document's, a content type not trusted. */
  notes: string[];
  needsPerson: boolean;
  snapshot: WatchSnapshot;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The discovery documents a list's address may have: beside the list (a registry under a path of
 * a site), then at its site's root.
 */
function discoveryAddresses(listUrl: string): string[] {
  const url = new URL(listUrl);
  const beside = new URL('.well-known/subprocessors.json', url).href;
  const atRoot = new URL('/.well-known/subprocessors.json', url).href;
  return atRoot === beside ? [atRoot] : [beside, atRoot];
}

/** The list a vendor's discovery document points to (its JSON, in its default language). */
async function discover(
  listUrl: string,
  fetcher: NonNullable<WatchContext['fetcher']>,
  limits: FetchLimits,
  deadline: AbortSignal,
): Promise<{ url: string; sha256: string | undefined } | undefined> {
  for (const address of discoveryAddresses(listUrl)) {
    let fetched: Fetched;
    try {
      fetched = await fetcher(address, limits, 'application/json', deadline);
    } catch {
      continue; // no discovery document there: the address itself is read
    }
    let data: unknown;
    try {
      data = JSON.parse(Buffer.from(fetched.bytes).toString('utf8'));
    } catch {
      continue;
    }
    const parsed = discoverySchema.safeParse(data);
    if (!parsed.success) continue;
    // Only the registry whose site holds the address given: on a shared host (a group's domain,
    // a platform of trust centers) the document at the root may be someone else's.
    const site = parsed.data.publisher.siteUrl.replace(/\/?$/, '/');
    if (!`${listUrl.replace(/\/?$/, '/')}`.startsWith(site)) continue;
    const lists = parsed.data.lists.filter((list) => list.format === 'json');
    const list = lists.find((l) => l.language === parsed.data.languages.default) ?? lists[0];
    if (list) return { url: new URL(list.url, fetched.url).href, sha256: list.sha256 };
  }
  return undefined;
}

/**
 * The entries of fetched bytes. The content type decides first; where it names a format the bytes
 * are not (a CSV served as text/html), the bytes and the address decide.
 */
async function readFetched(
  fetched: Fetched,
  notes: string[],
): Promise<{ entries: WatchedEntry[]; format: string }> {
  const name = new URL(fetched.url).pathname.split('/').pop() || 'list';
  const typed = formatOf(fetched.bytes, name, fetched.contentType);
  const first = watchedEntries(
    await readList(fetched.bytes, name, { contentType: fetched.contentType }),
  );
  if (first && first.length > 0) return { entries: first, format: typed };
  const sniffed = formatOf(fetched.bytes, name);
  if (sniffed !== typed) {
    const second = watchedEntries(await readList(fetched.bytes, name));
    if (second && second.length > 0) {
      notes.push(
        `served as ${fetched.contentType ?? 'no content type'}, but it is ${sniffed}: read as ${sniffed}.`,
      );
      return { entries: second, format: sniffed };
    }
  }
  throw new ListReadError(
    `no list found in it (${typed}): no table or list whose rows name sub-processors`,
  );
}

/** The report of a vendor whose list could not be read: the last read kept, the gap named. */
function gapReport(
  base: Pick<VendorReport, 'id' | 'name' | 'url' | 'first'>,
  vendor: Vendor,
  previous: WatchSnapshot | undefined,
  checkedAt: string,
  gap: string,
  notes: string[],
): VendorReport {
  const snapshot: WatchSnapshot = {
    processor: vendor.id,
    url: vendor.url,
    checkedAt,
    gap,
    ...(previous?.readAt ? { readAt: previous.readAt } : {}),
    ...(previous?.source ? { source: previous.source } : {}),
    entries: previous?.entries ?? [],
  };
  return {
    ...base,
    gap,
    entries: previous?.entries.length ?? 0,
    layoutOnly: false,
    chain: [],
    newUnchained: [],
    notes,
    needsPerson: true,
    snapshot,
  };
}

/** Watches one vendor's list against `previous`, its last snapshot. */
export async function watchVendor(
  vendor: Vendor,
  previous: WatchSnapshot | undefined,
  context: WatchContext,
): Promise<VendorReport> {
  // A snapshot of another address is no earlier read of this one.
  if (previous && previous.url !== vendor.url) previous = undefined;
  const limits = context.limits ?? DEFAULT_LIMITS;
  const fetcher = context.fetcher ?? fetchList;
  const checkedAt = context.now.toISOString();
  const links = vendor.data.chain?.links ?? [];
  const notes: string[] = [];
  const base = {
    id: vendor.id,
    name: vendor.data.name,
    url: vendor.url,
    first: !previous?.readAt,
  };
  let fetched: Fetched;
  let via: 'discovery' | 'address' = 'address';
  let read: { entries: WatchedEntry[]; format: string };
  // One deadline for everything fetched for this vendor: its discovery documents and its list.
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  try {
    const found = await discover(vendor.url, fetcher, limits, deadline);
    let fromDiscovery: Fetched | undefined;
    if (found)
      try {
        fromDiscovery = await fetcher(found.url, limits, 'application/json', deadline);
        via = 'discovery';
        if (found.sha256 && found.sha256 !== sha256(fromDiscovery.bytes))
          notes.push(
            `the list's SHA-256 is not the one its discovery document gives: it changed between the two, or one of them is wrong.`,
          );
      } catch (error) {
        notes.push(
          `its discovery document names ${found.url}, which could not be read (${(error as Error).message}): the address itself was read.`,
        );
      }
    fetched = fromDiscovery ?? (await fetcher(vendor.url, limits, undefined, deadline));
    if (via === 'address' && new URL(fetched.url).host !== new URL(vendor.url).host)
      notes.push(`the address redirects to another host: ${new URL(fetched.url).host}.`);
    read = await readFetched(fetched, notes);
    if (read.entries.length === 0)
      throw new ListReadError('no entry of it has a name this reader can keep');
  } catch (error) {
    // Whatever went wrong, for this vendor only: a gap, named; the others are still watched.
    const gap =
      error instanceof FetchGap || error instanceof ListReadError
        ? error.message
        : `it could not be read: ${(error as Error).message || String(error)}`;
    return gapReport(base, vendor, previous, checkedAt, gap, notes);
  }
  const hash = sha256(fetched.bytes);
  const diff = previous?.readAt ? diffLists(previous.entries, read.entries) : undefined;
  // When each entry was first seen: kept from the last read; now, for one new since it.
  const seen = new Map([...keyed(previous?.entries ?? [])].map(([key, e]) => [key, e.firstSeen]));
  const entries = [...keyed(read.entries)].map(([key, entry]) => {
    const first = previous?.readAt ? (seen.has(key) ? seen.get(key) : checkedAt) : undefined;
    return first ? { ...entry, firstSeen: first } : entry;
  });
  const changed = diff !== undefined && !isEmptyDiff(diff);
  const layoutOnly =
    diff !== undefined &&
    !changed &&
    previous?.source !== undefined &&
    previous.source.sha256 !== hash;
  const chain = checkChain(links, entries, context.processors);
  // Entries that came onto the list after the chain was last checked, and that no link names.
  const checkedOn = vendor.data.chain?.checkedOn ?? '';
  const newUnchained = unchained(
    links,
    entries.filter((e) => e.firstSeen !== undefined && e.firstSeen.slice(0, 10) > checkedOn),
    context.processors,
  );
  const snapshot: WatchSnapshot = {
    processor: vendor.id,
    url: vendor.url,
    checkedAt,
    readAt: checkedAt,
    source: {
      url: fetched.url,
      status: fetched.status,
      ...(fetched.contentType ? { contentType: fetched.contentType } : {}),
      sha256: hash,
      bytes: fetched.bytes.byteLength,
      via,
      format: read.format,
    },
    entries,
  };
  // What is kept must be valid content whatever the page said: a snapshot that is not is a gap.
  const valid = watchSnapshotSchema.safeParse(snapshot);
  if (!valid.success)
    return gapReport(
      base,
      vendor,
      previous,
      checkedAt,
      `its entries cannot be kept (${valid.error.issues[0]?.path.join('.')}: ${valid.error.issues[0]?.message})`,
      notes,
    );
  return {
    ...base,
    via,
    entries: read.entries.length,
    diff,
    layoutOnly,
    chain,
    newUnchained,
    notes,
    needsPerson:
      changed ||
      chain.length > 0 ||
      newUnchained.length > 0 ||
      notes.some((n) => n.includes('SHA-256')),
    snapshot,
  };
}

/**
 * What `--apply` works from: the last read kept in the snapshot (the one the person's report was
 * made from), against the chain in the recipient's file now. Nothing is fetched again.
 */
export function pendingFromSnapshot(
  vendor: Vendor,
  snapshot: WatchSnapshot | undefined,
  processors: ReadonlyMap<string, ProcessorData>,
): Pick<VendorReport, 'gap' | 'first' | 'chain' | 'newUnchained'> {
  const none = { first: true, chain: [], newUnchained: [] };
  if (!snapshot?.readAt || snapshot.url !== vendor.url)
    return { ...none, gap: 'no read of its list is kept: run npm run watch first' };
  if (snapshot.gap)
    return { ...none, gap: `its list could not be read the last time (${snapshot.gap})` };
  const links = vendor.data.chain?.links ?? [];
  const checkedOn = vendor.data.chain?.checkedOn ?? '';
  return {
    gap: undefined,
    first: !snapshot.entries.some((e) => e.firstSeen !== undefined),
    chain: checkChain(links, snapshot.entries, processors),
    newUnchained: unchained(
      links,
      snapshot.entries.filter(
        (e) => e.firstSeen !== undefined && e.firstSeen.slice(0, 10) > checkedOn,
      ),
      processors,
    ),
  };
}
