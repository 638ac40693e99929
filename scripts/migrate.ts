// npm run migrate [-- --dry-run] [-- <content folder>]
// Rewrites content written for an older schema (organization.yaml's schemaVersion) for this one,
// keeping what it meant, and prints every change. Releases and send ledgers are never touched.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/load/content-dir';
import { contentTree } from '../src/lib/load/tree';
import { migrate } from '../src/lib/authoring/migrate';
import { replaceInside } from '../src/lib/authoring/write';
import { SCHEMA_VERSION } from '../src/schemas/organization';

const { values, positionals } = parseArgs({
  options: { 'dry-run': { type: 'boolean', default: false } },
  allowPositionals: true,
});
const dir = positionals[0] ? path.resolve(positionals[0]) : contentDir();
const shown = path.relative(process.cwd(), dir) || '.';
// Only regular files the collections read: never through a link, never releases or notices.
const files = contentTree(dir)
  .entries.filter(
    (e) =>
      e.kind === 'file' &&
      e.role === 'entry' &&
      (e.collection === 'organization' || e.collection === 'processors'),
  )
  .map((e) => ({ path: e.path, text: readFileSync(path.join(dir, e.path), 'utf8') }));
if (!files.some((f) => f.path === 'organization.yaml')) {
  console.error(`${shown}/organization.yaml is missing: nothing to migrate.`);
  process.exit(2);
}
const result = migrate(files);
if (result.from >= SCHEMA_VERSION) {
  console.log(
    result.from > SCHEMA_VERSION
      ? `${shown}/ is written for schema ${result.from}, newer than this version's ${SCHEMA_VERSION}: update processor-registry instead.`
      : `${shown}/ is written for schema ${SCHEMA_VERSION}, this version's: nothing to migrate.`,
  );
  process.exit(result.from > SCHEMA_VERSION ? 1 : 0);
}
console.log(
  `${values['dry-run'] ? 'Would change' : 'Changed'} ${shown}/ from schema ${result.from} to ${SCHEMA_VERSION}:`,
);
for (const line of result.changes) console.log(`  ${line}`);
for (const line of result.skipped) console.log(`  skipped ${line}`);
if (!values['dry-run']) for (const file of result.files) replaceInside(dir, file.path, file.text);
console.log(
  values['dry-run']
    ? '\nNothing was written (--dry-run).'
    : `\nWrote ${result.files.length} file${result.files.length === 1 ? '' : 's'}. Read the diff (git diff ${shown}), then npm run check.`,
);
