/**
 * What `npm run check` reports: each file against its schema and the rules on its raw text,
 * then the rules across files. The twin of ./registry.ts, which the build reads through Astro.
 */
import type { Problem } from '../core/problems';
import { readContent } from './load/read-files';
import { contentProblems, verifyChain } from './rules';

export async function checkContent(
  dir: string,
  today: string,
  root: string = process.cwd(),
): Promise<Problem[]> {
  const { source, releases, problems } = await readContent(dir, root);
  // Rules across files assume each file is valid on its own; fix those first.
  if (problems.some((p) => p.level === 'error') || !source) return problems;
  const settings = source.organization.rules;
  return [
    ...problems,
    ...contentProblems(source, today),
    ...verifyChain(releases, settings, today, source.organization.releaseSigning),
  ];
}
