/** What `npm run check` reports: schema problems per file, then the rules across files. */
import { contentProblems } from './model';
import type { Problem } from './problems';
import { readContent } from './content-files';
import { verifyChain } from './releases';

export async function checkContent(
  dir: string,
  today: string,
  root: string = process.cwd(),
): Promise<Problem[]> {
  const { source, releases, problems } = await readContent(dir, root);
  // Rules across files assume each file is valid on its own; fix those first.
  if (problems.length > 0 || !source) return problems;
  return [...contentProblems(source, today), ...verifyChain(releases)];
}
