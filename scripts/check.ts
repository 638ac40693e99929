// npm run check: validates content/ (or REGISTRY_CONTENT) and runs the compliance rules.
// Prints errors and warnings grouped by file; exits 1 when there is an error.
import path from 'node:path';
import { buildDate } from '../src/core/dates';
import { checkContent } from '../src/lib/check';
import { formatProblems } from '../src/core/problems';
import { contentDir } from '../src/lib/load/content-dir';

const dir = contentDir();
const problems = await checkContent(dir, buildDate());
const errors = problems.filter((p) => p.level === 'error').length;
const warnings = problems.filter((p) => p.level === 'warning').length;
const off = problems.length - errors - warnings;
if (problems.length > 0) console.log(formatProblems(problems));
const files = new Set(problems.map((p) => p.file)).size;
console.log(
  problems.length === 0
    ? `${path.relative(process.cwd(), dir) || '.'}: no problems found.`
    : `\n${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.${errors > 0 ? ' The build refuses content with errors.' : ''}${off > 0 ? ` ${off} finding${off === 1 ? '' : 's'} of rules switched off in organization.yaml ${off === 1 ? 'is' : 'are'} listed too.` : ''}`,
);
process.exitCode = errors > 0 ? 1 : 0;
