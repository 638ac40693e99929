// npm run import -- path/to/list.csv
// Writes content files (into content/, or REGISTRY_CONTENT) from a spreadsheet saved as CSV: the
// per-activity CSV this project exports (subprocessor-activities.csv), or a simple list with name, purpose, data, country and retention
// columns. Reports every row or cell it could not map; never overwrites an existing file.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'yaml';
import { translator } from '../src/i18n';
import { readContent } from '../src/lib/load/read-files';
import { importCsv } from '../src/lib/authoring/import';
import { writeInside } from '../src/lib/authoring/write';
import { organizationText } from '../src/lib/load/organization-file';
import { buildVocabularies } from '../src/core/vocabulary';
import { contentDir, productIds } from '../src/lib/load/content-dir';

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error('Usage: npm run import -- path/to/list.csv');
  process.exit(2);
}
const dir = contentDir();
const records: string[][] = parseCsv(readFileSync(file, 'utf8'), {
  bom: true,
  relax_column_count: true,
  skip_empty_lines: true,
});
const existing = existsSync(path.join(dir, 'organization.yaml'))
  ? await readContent(dir)
  : undefined;
const text = organizationText(dir);
const organization = text ? (parse(text) as { noticePeriodDays?: unknown } | null) : {};
const { files, report } = importCsv(
  records,
  existing?.source?.vocabularies ?? buildVocabularies(),
  translator('en'),
  {
    source: path.basename(file),
    noticePeriodDays: Number(organization?.noticePeriodDays ?? 30),
    products: productIds(dir),
  },
);

if (files.size === 0) {
  console.log(
    `Wrote nothing from ${path.basename(file)}:\n${report.map((line) => `  ${line}`).join('\n')}`,
  );
  process.exit(1);
}

let written = 0;
for (const result of writeInside(dir, files)) {
  if (result.written) written += 1;
  else
    report.push(`${path.relative(process.cwd(), path.join(dir, result.file))}: ${result.reason}`);
}
console.log(
  `Wrote ${written} file${written === 1 ? '' : 's'} under ${path.relative(process.cwd(), dir) || '.'}/ from ${records.length - 1} rows.`,
);
if (!existsSync(path.join(dir, 'organization.yaml')))
  console.log('Add organization.yaml (copy it from the example content) before you build.');
if (report.length > 0)
  console.log(`\nCould not map everything:\n${report.map((line) => `  ${line}`).join('\n')}`);
console.log(
  '\nNext: npm run check, fix what it lists (placeholders start with FILL IN), then npm run build.',
);
