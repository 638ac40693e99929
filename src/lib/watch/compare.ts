/**
 * What changed on a vendor's list: against the last snapshot (entries added and removed, places
 * added, an entity or purpose changed) and against the chain recorded in the processor's file
 * (links the list no longer has, places a link does not record). Pure functions; the watch
 * (./watch.ts) fetches and writes.
 */
import type { ChainLink, ProcessorData } from '../../schemas/processor';
import type { WatchedEntry } from '../../schemas/watch';
import { fold } from '../lists/cells';

/** A name as two lists may spell it: folded, without a legal form or punctuation. */
export function nameKey(text: string): string {
  return fold(text)
    .replace(/[.,()'’"]/g, ' ')
    .replace(
      /\b(inc|incorporated|llc|ltd|limited|gmbh|ag|bv|b v|nv|n v|sa|s a|sas|sarl|srl|plc|corp|corporation|co|company|oy|ab|as|aps|pty|kk|spa|s p a)\b/g,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

export interface EntryChange {
  name: string;
  field: 'entity' | 'entityCountry' | 'details' | 'purpose' | 'places' | 'status';
  from: string;
  to: string;
}

export interface ListDiff {
  added: WatchedEntry[];
  removed: WatchedEntry[];
  /** Places an entry has now that it did not have. */
  placesAdded: { name: string; places: string[] }[];
  changed: EntryChange[];
}

/** The key two reads of a list match an entry by. */
export const keyOf = (entry: WatchedEntry) => nameKey(entry.name) || fold(entry.name);

/**
 * The entries of a list by the key two reads match them by: the name's, or, where two entries of
 * the list share a name (one per legal entity), the name's and the entity's.
 */
export function keyed(entries: readonly WatchedEntry[]): Map<string, WatchedEntry> {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(keyOf(entry), (counts.get(keyOf(entry)) ?? 0) + 1);
  return new Map(
    entries.map((entry) => [
      counts.get(keyOf(entry))! > 1
        ? `${keyOf(entry)}|${nameKey(entry.entity ?? '')}`
        : keyOf(entry),
      entry,
    ]),
  );
}

/** The entries of the last read against this one's. */
export function diffLists(
  before: readonly WatchedEntry[],
  after: readonly WatchedEntry[],
): ListDiff {
  const old = keyed(before);
  const now = keyed(after);
  const diff: ListDiff = { added: [], removed: [], placesAdded: [], changed: [] };
  for (const [key, entry] of now) {
    const was = old.get(key);
    if (!was) {
      diff.added.push(entry);
      continue;
    }
    const newPlaces = entry.places.filter((place) => !was.places.includes(place));
    if (newPlaces.length > 0) diff.placesAdded.push({ name: entry.name, places: newPlaces });
    const gone = was.places.filter((place) => !entry.places.includes(place));
    if (gone.length > 0)
      diff.changed.push({
        name: entry.name,
        field: 'places',
        from: was.places.join(', '),
        to: entry.places.join(', ') || '(none given)',
      });
    for (const field of ['entity', 'entityCountry', 'details', 'purpose', 'status'] as const) {
      const from = was[field] ?? '';
      const to = entry[field] ?? '';
      if (fold(from) !== fold(to))
        diff.changed.push({ name: entry.name, field, from: from || '(none)', to: to || '(none)' });
    }
  }
  for (const [key, entry] of old) if (!now.has(key)) diff.removed.push(entry);
  return diff;
}

export const isEmptyDiff = (diff: ListDiff): boolean =>
  diff.added.length + diff.removed.length + diff.placesAdded.length + diff.changed.length === 0;

export interface ChainFinding {
  /** The link's index in chain.links. */
  index: number;
  name: string;
  kind: 'not-listed' | 'places';
  /** For places: the countries the list gives that the link does not record. */
  missing?: string[];
  message: string;
}

/** The names a chain link goes by: its own, or the recipient's it points to and its entity's. */
function linkNames(
  link: ChainLink,
  processors: ReadonlyMap<string, ProcessorData>,
): { label: string; keys: string[]; countries: string[] | undefined } {
  if ('processor' in link) {
    const data = processors.get(link.processor);
    const entity =
      data?.legalEntity && typeof data.legalEntity === 'object' && 'name' in data.legalEntity
        ? data.legalEntity.name
        : undefined;
    const names = [data?.name ?? link.processor, ...(entity ? [entity] : [])];
    return { label: names[0]!, keys: names.map(nameKey), countries: undefined };
  }
  return {
    label: link.name,
    keys: [link.name, ...(link.legalEntity ? [link.legalEntity] : [])].map(nameKey),
    countries: link.countries,
  };
}

/** The recorded chain against the list as read now. */
export function checkChain(
  links: readonly ChainLink[],
  entries: readonly WatchedEntry[],
  processors: ReadonlyMap<string, ProcessorData>,
): ChainFinding[] {
  const findings: ChainFinding[] = [];
  links.forEach((link, index) => {
    const { label, keys, countries } = linkNames(link, processors);
    const entry = entries.find((e) =>
      [e.name, ...(e.entity ? [e.entity] : [])].some((name) => keys.includes(nameKey(name))),
    );
    if (!entry) {
      findings.push({
        index,
        name: label,
        kind: 'not-listed',
        message: `${label} is in the chain, but not on the vendor's list any more.`,
      });
      return;
    }
    const listed = entry.places.filter((place) => /^[A-Z]{2,}$/.test(place));
    const missing = listed.filter((code) => countries && !countries.includes(code));
    if (missing.length > 0)
      findings.push({
        index,
        name: label,
        kind: 'places',
        missing,
        message: `${label}: the vendor's list gives ${missing.join(', ')}, which the chain does not record (it has ${countries!.join(', ')}).`,
      });
  });
  return findings;
}

/** The entries on the list that no chain link names: the ones a person may need to add. */
export function unchained(
  links: readonly ChainLink[],
  entries: readonly WatchedEntry[],
  processors: ReadonlyMap<string, ProcessorData>,
): WatchedEntry[] {
  const keys = new Set(links.flatMap((link) => linkNames(link, processors).keys));
  return entries.filter(
    (e) => ![e.name, ...(e.entity ? [e.entity] : [])].some((name) => keys.has(nameKey(name))),
  );
}
