/**
 * The pipeline without Astro: the rules over loaded content, then the joined model. The build
 * (./registry.ts, from Astro's collections) and `npm run check` (./check.ts, from the files)
 * both come through here, so they refuse the same content with the same words.
 */
import { ContentError } from '../core/problems';
import type { RecordedRelease } from '../schemas/release';
import type { RegistrySource } from './load/source';
import { joinRegistry, type Registry } from './model/model';
import { contentProblems } from './rules';

/** Runs the rules and joins the collections; throws ContentError on any error. */
export function buildRegistry(
  source: RegistrySource,
  today: string,
  releases: readonly RecordedRelease[] = [],
): Registry {
  const problems = contentProblems(source, today);
  if (problems.some((p) => p.level === 'error')) throw new ContentError(problems);
  return joinRegistry(source, today, releases, problems);
}
