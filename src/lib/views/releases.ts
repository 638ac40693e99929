/** What a release's page shows: what changed since the release before it, and since then until today. */
import { translator } from '../../i18n';
import type { Release } from '../../schemas/release';
import { exportDocument } from '../outputs/export/document';
import { diffLists, previousRelease, type ListDiff } from '../outputs/releases';
import type { PageContext } from './context';

export interface ReleasePage {
  previous: Release | undefined;
  /** What changed since the release before it; undefined for the first. */
  sincePrevious: ListDiff | undefined;
  /** What changed from it to today's list. */
  untilToday: ListDiff;
}

export function releasePage(
  { registry, defaultLocale }: PageContext,
  release: Release,
  site: URL,
): ReleasePage {
  const previous = previousRelease(registry.releases, release.date);
  // Compared in the language releases are recorded in: the default one.
  const today = exportDocument(registry, site, defaultLocale, translator(defaultLocale));
  return {
    previous,
    sincePrevious: previous ? diffLists(previous.list, release.list) : undefined,
    untilToday: diffLists(release.list, today),
  };
}

/** The legal entity's name in a published list, where the list discloses one. */
export const listedEntityName = (p: Release['list']['processors'][number]): string | undefined =>
  p.legalEntity && 'name' in p.legalEntity ? p.legalEntity.name : undefined;
