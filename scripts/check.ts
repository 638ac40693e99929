// npm run check: validates content/ (or REGISTRY_CONTENT) and runs the compliance rules.
// Prints errors and warnings grouped by file; exits 1 when there is an error.
import path from 'node:path';
import { buildDate } from '../src/core/dates';
import { checkContent } from '../src/lib/check';
import { formatProblems } from '../src/core/problems';

const dir = path.resolve(process.env['REGISTRY_CONTENT'] ?? 'content');
const problems = await checkContent(dir, buildDate());
const errors = problems.filter((p) => p.level === 'error').length;
const warnings = problems.length - errors;
if (problems.length > 0) console.log(formatProblems(problems));
const files = new Set(problems.map((p) => p.file)).size;
console.log(
  problems.length === 0
    ? `${path.relative(process.cwd(), dir) || '.'}: no problems found.`
    : `\n${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.${errors > 0 ? ' The build refuses content with errors.' : ''}`,
);
process.exitCode = errors > 0 ? 1 : 0;
