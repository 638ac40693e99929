/**
 * Releases: the list frozen on a date, chained by hashes so a published history cannot be
 * rewritten unnoticed. Each release's sha256 covers its date, the previous release's hash and
 * its list, as canonical JSON (RFC 8785).
 */
import canonicalize from 'canonicalize';
import { releaseHash } from '../../core/hash';
import type { ExportDocument, ExportProcessor } from '../../schemas/export';
import type { Release } from '../../schemas/release';

/** The next release in the chain after `previous` (or the first one). */
export function makeRelease(
  date: string,
  list: ExportDocument,
  previous: Release | undefined,
): Release {
  const { $schema: _schema, ...rest } = list;
  const release = { date, previous: previous?.sha256 ?? null, list: rest };
  return { date, previous: release.previous, sha256: releaseHash(release), list: rest };
}

/** The release before a date in a list of releases (any order), if there is one. */
export function previousRelease<R extends { date: string }>(
  releases: readonly R[],
  date: string,
): R | undefined {
  return [...releases].filter((r) => r.date < date).sort((a, b) => b.date.localeCompare(a.date))[0];
}

export interface ListDiff {
  added: ExportProcessor[];
  removed: ExportProcessor[];
  changed: { before: ExportProcessor; after: ExportProcessor; fields: string[] }[];
  /** The law tables' versions, where they differ (undefined: a list published before it was recorded). */
  law?: { before: string | undefined; after: string | undefined } | undefined;
  /** Recipients whose only difference is what the law tables give them: the decisions cited, the regions. */
  lawOnly: ExportProcessor[];
}

/** What the law tables give a list, not the publisher: the decisions a transfer cites, its region. */
const LAW_GIVEN = new Set(['decisions', 'certifiedOnly', 'region']);
const withoutLaw = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutLaw);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !LAW_GIVEN.has(key))
      .map(([key, v]) => [key, withoutLaw(v)]),
  );
};

/**
 * A fact as releases compare it: a vocabulary term by its code, without the label and DPV IRI
 * the list describes the code with, which change when the vocabulary does, not the processor.
 */
const fact = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(fact);
  if (value === null || typeof value !== 'object') return value;
  const term = 'code' in value && 'label' in value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !term || (key !== 'label' && key !== 'iri'))
      .map(([key, v]) => [key, fact(v)]),
  );
};

/** What changed between two lists, by processor id; fields name the top-level facts that differ. */
export function diffLists(before: ExportDocument, after: ExportDocument): ListDiff {
  const old = new Map(before.processors.map((p) => [p.id, p]));
  const now = new Map(after.processors.map((p) => [p.id, p]));
  const changed: ListDiff['changed'] = [];
  const lawOnly: ExportProcessor[] = [];
  for (const [id, a] of now) {
    const b = old.get(id);
    if (!b) continue;
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    const differ = (key: string, view: (v: unknown) => unknown) =>
      canonicalize(fact(view((a as Record<string, unknown>)[key]))) !==
      canonicalize(fact(view((b as Record<string, unknown>)[key])));
    // The facts the publisher changed; what differs only in what the law tables give is apart.
    const fields = keys.filter((key) => differ(key, withoutLaw));
    if (fields.length > 0) changed.push({ before: b, after: a, fields });
    else if (keys.some((key) => differ(key, (v) => v))) lawOnly.push(a);
  }
  return {
    added: [...now.values()].filter((p) => !old.has(p.id)),
    removed: [...old.values()].filter((p) => !now.has(p.id)),
    changed,
    law:
      before.lawTableVersion !== after.lawTableVersion
        ? { before: before.lawTableVersion, after: after.lawTableVersion }
        : undefined,
    lawOnly,
  };
}
