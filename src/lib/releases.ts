/**
 * Releases: the list frozen on a date, chained by hashes so a published history cannot be
 * rewritten unnoticed. Each release's sha256 covers its date, the previous release's hash and
 * its list, as canonical JSON (RFC 8785).
 */
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import type { ExportDocument, ExportProcessor } from '../schemas/export';
import type { Problem } from './problems';

export interface Release {
  date: string;
  previous: string | null;
  sha256: string;
  list: ExportDocument;
}

/** The hash a release must carry. */
export function releaseHash(release: Pick<Release, 'date' | 'previous' | 'list'>): string {
  return createHash('sha256')
    .update(canonicalize({ date: release.date, previous: release.previous, list: release.list })!)
    .digest('hex');
}

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

/** Every break in the chain: an altered file, a removed or reordered release. */
export function verifyChain(releases: readonly { file: string; release: Release }[]): Problem[] {
  const problems: Problem[] = [];
  const sorted = [...releases].sort((a, b) => a.release.date.localeCompare(b.release.date));
  let previous: { file: string; release: Release } | undefined;
  for (const entry of sorted) {
    const { file, release } = entry;
    const computed = releaseHash(release);
    if (computed !== release.sha256) {
      problems.push({
        level: 'error',
        file,
        field: 'sha256',
        message: `the release was changed after it was published (its content hashes to ${computed}, not ${release.sha256}). Restore the file from version control; publish corrections as a new release with npm run release.`,
      });
    }
    const expected = previous?.release.sha256 ?? null;
    if (release.previous !== expected) {
      problems.push({
        level: 'error',
        file,
        field: 'previous',
        message: previous
          ? `does not match the release before it (${previous.file}, ${expected}): a release between them was removed or altered. Restore it from version control.`
          : `is ${release.previous} but no earlier release exists: the first release was removed. Restore it from version control.`,
      });
    }
    previous = entry;
  }
  return problems;
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
}

/** What changed between two lists, by processor id; fields name the top-level facts that differ. */
export function diffLists(before: ExportDocument, after: ExportDocument): ListDiff {
  const old = new Map(before.processors.map((p) => [p.id, p]));
  const now = new Map(after.processors.map((p) => [p.id, p]));
  const changed: ListDiff['changed'] = [];
  for (const [id, a] of now) {
    const b = old.get(id);
    if (!b) continue;
    const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
      (key) =>
        canonicalize((a as Record<string, unknown>)[key]) !==
        canonicalize((b as Record<string, unknown>)[key]),
    );
    if (fields.length > 0) changed.push({ before: b, after: a, fields });
  }
  return {
    added: [...now.values()].filter((p) => !old.has(p.id)),
    removed: [...old.values()].filter((p) => !now.has(p.id)),
    changed,
  };
}
