// npm run import -- <list> [--map "Header=field"]… [--sheet name] [--role sub-processor]
//                         [--delimiter ";"] [--encoding windows-1252] [--dry-run]
// Writes content files (into content/, or REGISTRY_CONTENT) from a published list: a company's own
// (CSV in any delimiter and encoding, XLSX, an HTML page saved from a browser, Markdown, Word, a
// JSON or YAML data file), or this project's own subprocessors.json or either CSV. It says what
// each column became, which rows are no recipient, what it kept verbatim, which files it wrote and
// which it left alone; it never overwrites a file, nor a recipient the registry already has.
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { translator } from '../src/i18n';
import { readContent } from '../src/lib/load/read-files';
import { importDocument } from '../src/lib/authoring/import';
import { writeInside } from '../src/lib/authoring/write';
import { organizationText } from '../src/lib/load/organization-file';
import { buildVocabularies } from '../src/core/vocabulary';
import { nameKey } from '../src/core/characters';
import { ROLES, type Role } from '../src/core/roles';
import { REGIMES, type Regime } from '../src/core/regimes';
import { contentDir, productIds } from '../src/lib/load/content-dir';
import { readList, type ReadOptions } from '../src/lib/lists/read';
import { ListReadError } from '../src/lib/lists/list';
import { parseMappings } from '../src/lib/lists/fields';

const { values, positionals } = parseArgs({
  options: {
    map: { type: 'string', multiple: true, default: [] },
    sheet: { type: 'string' },
    role: { type: 'string' },
    delimiter: { type: 'string' },
    encoding: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
const file = positionals[0];
const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};
if (!file)
  fail('Usage: npm run import -- path/to/list [--map "Header=field"] [--role sub-processor]');
if (!existsSync(file!) || !lstatSync(file!).isFile()) fail(`${file} is not a file.`);
if (values.role !== undefined && !(ROLES as readonly string[]).includes(values.role))
  fail(`--role ${values.role}: write one of ${ROLES.join(', ')}`);
let mappings: ReturnType<typeof parseMappings>;
try {
  mappings = parseMappings(values.map);
} catch (error) {
  fail((error as Error).message);
}

const dir = contentDir();
const shown = path.relative(process.cwd(), dir) || '.';
const name = path.basename(file!);
const options: ReadOptions = {
  sheet: values.sheet,
  delimiter: values.delimiter === '\\t' ? '\t' : values.delimiter,
  encoding: values.encoding,
};
let doc;
try {
  doc = await readList(readFileSync(file!), name, options);
} catch (error) {
  if (error instanceof ListReadError) fail(`Wrote nothing: ${error.message}`);
  throw error;
}

const existing = existsSync(path.join(dir, 'organization.yaml'))
  ? await readContent(dir)
  : undefined;
const text = organizationText(dir);
const organization = (text ? parse(text) : {}) as {
  noticePeriodDays?: unknown;
  regimes?: unknown;
} | null;
const regimes = Array.isArray(organization?.regimes)
  ? organization.regimes.filter((r): r is Regime =>
      (REGIMES as readonly string[]).includes(String(r)),
    )
  : [];
const result = importDocument(
  doc,
  existing?.source?.vocabularies ?? buildVocabularies(),
  translator('en'),
  {
    source: name,
    noticePeriodDays:
      typeof organization?.noticePeriodDays === 'number'
        ? organization.noticePeriodDays
        : undefined,
    products: productIds(dir),
    regimes: regimes.length > 0 ? regimes : ['eu'],
    role: values.role as Role | undefined,
    mappings: mappings!,
  },
);
const { files, report, understood } = result;

// How the file was read: its format, and for a company's own list every column and every row that
// is no recipient.
console.log(
  `Read ${name} as ${doc.format}${doc.encoding ? ` (${doc.encoding}${doc.delimiter ? `, delimiter ${JSON.stringify(doc.delimiter)}` : ''})` : ''}.`,
);
if (understood && understood.columns.length > 0) {
  console.log('\nColumns:');
  for (const c of understood.columns)
    console.log(
      `  ${c.block}: ${c.header ? `"${c.header}"` : '(no header)'} → ${c.field ?? 'kept verbatim on each recipient'}${c.how === 'map' ? ' (--map)' : c.how === 'name' ? ' (the only name column)' : ''}; e.g. ${JSON.stringify(c.sample.slice(0, 60))}`,
    );
  const skipped = understood.rows.filter((r) => !['header', 'continued', 'wider'].includes(r.kind));
  if (skipped.length > 0) {
    console.log('\nRows that are no recipient:');
    for (const r of skipped)
      console.log(`  ${r.at}: ${r.kind}: ${JSON.stringify(r.text.slice(0, 100))}`);
  }
  const odd = understood.rows.filter((r) => r.kind === 'continued' || r.kind === 'wider');
  if (odd.length > 0) {
    console.log('\nRows to check:');
    for (const r of odd) console.log(`  ${r.at}: ${r.text}`);
  }
}

// A recipient the registry has already (by name, letter case and look-alike letters aside) is
// left alone, with the files of it.
const known = new Map(
  (existing?.source?.processors ?? []).map((p) => [nameKey(p.data.name), p.file] as const),
);
const leftAlone: string[] = [];
for (const [relative, content] of [...files]) {
  if (!relative.startsWith('processors/')) continue;
  const named = (parse(content.replace(/^#.*\n/gm, '')) as { name?: unknown } | null)?.name;
  const other = typeof named === 'string' ? known.get(nameKey(named)) : undefined;
  if (!other) continue;
  files.delete(relative);
  leftAlone.push(
    `${relative}: ${String(named)} is in the registry already (${other}); not overwritten`,
  );
}

if (files.size === 0) {
  console.log(`\nWrote nothing from ${name}.`);
  for (const line of [...leftAlone, ...report]) console.log(`  ${line}`);
  process.exit(1);
}
const written: string[] = [];
if (!values['dry-run'])
  for (const r of writeInside(dir, files)) {
    if (r.written) written.push(r.file);
    else leftAlone.push(`${r.file}: ${r.reason}`);
  }
console.log(
  `\n${values['dry-run'] ? 'Would write' : 'Wrote'} ${values['dry-run'] ? files.size : written.length} file${(values['dry-run'] ? files.size : written.length) === 1 ? '' : 's'} under ${shown}/:`,
);
for (const relative of values['dry-run'] ? [...files.keys()] : written)
  console.log(`  ${relative}`);
if (leftAlone.length > 0) {
  console.log('\nLeft alone:');
  for (const line of leftAlone) console.log(`  ${line}`);
}
if (!existsSync(path.join(dir, 'organization.yaml')))
  console.log('\nAdd organization.yaml (npm run init writes one) before you build.');
if (report.length > 0) console.log(`\nTo check:\n${report.map((line) => `  ${line}`).join('\n')}`);
const fates = result.fates ?? [];
if (fates.length > 0) {
  const verbatim = fates.filter((f) => f.fate === 'verbatim').length;
  console.log(
    `\n${fates.length} cells read: ${fates.length - verbatim} carried into fields, ${verbatim} kept verbatim on their recipient (under "More from our list").`,
  );
}
console.log(
  '\nNext: npm run check lists what is left (placeholders start with FILL IN; facts the list does not state are written not-stated), then npm run build.',
);
