import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../src/i18n';
import { toCsv } from '../../src/lib/outputs/export/csv';
import { exportDocument } from '../../src/lib/outputs/export/document';
import { exportJsonSchema } from '../../src/lib/outputs/export/json-schema';
import { toJsonLd } from '../../src/lib/outputs/export/jsonld';
import { createHash } from 'node:crypto';
import {
  activityFileSheet,
  activitySheet,
  processorSheet,
  spreadsheetSafe,
  type Sheet,
} from '../../src/lib/outputs/export/rows';
import { listWorkbook, toXlsx, wrappedLines } from '../../src/lib/outputs/export/xlsx';
import { toJson } from '../../src/lib/outputs/text';
import { buildRegistry } from '../../src/lib/pipeline';
import { releaseHash } from '../../src/core/hash';
import { diffLists, makeRelease } from '../../src/lib/outputs/releases';
import { verifyChain } from '../../src/lib/rules';
import { exportDocumentSchema } from '../../src/schemas/export';
import { change, processor, source } from './fixtures';

const t = translator('en');
const site = new URL('https://trust.test.example');
const registry = buildRegistry(
  source({
    processors: [
      processor('host', { name: 'Host, "the" cloud' }),
      processor('mailer', {
        legalEntity: { name: 'Mailer Inc', country: 'US' },
        activities: [
          {
            purpose: 'transactional-email',
            description: 'Line one\nline two',
            dataCategories: ['email-address', 'health-data'],
            dataSubjects: ['users'],
            retention: { upTo: 'P1D' },
            processing: ['US'],
            specialCategoryCondition: 'Art. 9(2)(h): occupational health',
          },
          {
            purpose: 'backup',
            description: '=1+1',
            dataCategories: ['email-address'],
            dataSubjects: ['users'],
            retention: 'not-specified',
            processing: ['US'],
          },
        ],
        transfers: [
          { country: 'US', mechanisms: ['dpf', 'scc'], sccModule: 3, dpfVerifiedOn: '2026-01-01' },
        ],
      }),
    ],
    changes: [
      change('mailer-added', {
        type: 'added',
        processors: ['mailer'],
        announced: '2026-01-01',
        effective: '2026-02-15',
      }),
    ],
  }),
  '2026-03-01',
);
const doc = exportDocument(registry, site, 'en', t);

describe('exportDocument', () => {
  it('matches its own schema and carries codes, labels and DPV IRIs', () => {
    expect(exportDocumentSchema.parse(doc)).toBeTruthy();
    const mailer = doc.processors.find((p) => p.id === 'mailer')!;
    expect(mailer).toMatchObject({
      status: 'active',
      announced: '2026-01-01',
      effective: '2026-02-15',
    });
    expect((mailer.activities[0]!.dataCategories as unknown[])[1]).toEqual({
      code: 'health-data',
      label: 'Health data',
      iri: 'https://w3id.org/dpv/pd#Health',
      special: true,
    });
    expect(mailer.transfers[0]).toMatchObject({
      country: 'US',
      region: 'adequate',
      sccModule: 3,
      dpfVerifiedOn: '2026-01-01',
    });
  });

  it('publishes a JSON Schema generated from the zod schema', () => {
    const schema = exportJsonSchema(
      'https://trust.test.example/schema/subprocessors.schema.json',
    ) as Record<string, unknown>;
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe('https://trust.test.example/schema/subprocessors.schema.json');
    expect(Object.keys(schema['properties'] as object)).toEqual(
      expect.arrayContaining(['publisher', 'asOf', 'processors', 'changes']),
    );
  });
});

describe('spreadsheets', () => {
  it('neutralise anything a spreadsheet would run as a formula', () => {
    for (const value of ['=1+1', '+31 20', '-2', '@SUM(A1)', '\tx', '\rx'])
      expect(spreadsheetSafe(value)).toBe(`'${value}`);
    for (const value of ['Amazon S3', 'a=b', '', '3-2']) expect(spreadsheetSafe(value)).toBe(value);
  });

  /** A row's cell under a header. */
  const cell = (sheet: Sheet, row: number, header: string) =>
    sheet.rows[row]![sheet.columns.findIndex((c) => c.header === header)];

  it('write RFC 4180 CSV: BOM, CRLF, quotes doubled, one row per processor', () => {
    const csv = toCsv(processorSheet(doc, t));
    expect(csv.startsWith('\uFEFFProcessor,Legal entity,Entity country,Role,Purposes,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(csv).toContain('"Host, ""the"" cloud"');
    expect(csv).toContain(
      '"1. Transactional e-mail: Line one\nline two\n2. Backups and recovery: =1+1"',
    );
    const sheet = processorSheet(doc, t);
    expect(sheet.rows).toHaveLength(2);
    expect(cell(sheet, 1, 'Special categories')).toBe(
      'Health data (Art. 9(2)(h): occupational health)',
    );
    // Countries by name for people, by code for tools; every datum once.
    expect(cell(sheet, 1, 'Entity country')).toBe('United States');
    expect(cell(sheet, 1, 'Entity country code')).toBe('US');
    expect(cell(sheet, 1, 'Processing countries')).toBe('United States');
    expect(cell(sheet, 1, 'Personal data')).toBe('E-mail address; Health data');
    expect(cell(sheet, 1, 'Transfer safeguards')).toMatch(
      /^United States \(US\): .*Data Privacy Framework \(checked 2026-01-01\), .* module 3$/,
    );
    expect(cell(sheet, 1, 'Transfer codes')).toBe('US: dpf, scc');
    // Two activities keeping data for different periods: each period, numbered by activity.
    expect(cell(sheet, 1, 'Retention')).toBe(
      '1. Transactional e-mail: Up to 1 day\n2. Backups and recovery: Not disclosed by the vendor',
    );
    expect(cell(sheet, 1, 'Role code')).toBe('sub-processor');
    expect(sheet.columns.filter((c) => c.kind === 'code').map((c) => c.header)).toContain(
      'Purpose codes',
    );
    expect(sheet.printColumns).toBe(14);
    expect(sheet.columns[sheet.printColumns - 1]!.header).toBe('Status');
  });

  it("name each country once in a recipient's row, by name and by code", () => {
    const activity = (processing: string[]) => ({
      purpose: 'hosting',
      description: `Hosts in ${processing.join(' and ')}.`,
      dataCategories: ['ip-address'],
      dataSubjects: ['users'],
      retention: { period: 'P1Y' },
      processing,
      storage: processing,
    });
    const overlapping = buildRegistry(
      source({
        processors: [
          processor('cdn', {
            legalEntity: { name: 'CDN Inc', country: 'US' },
            activities: [activity(['IE', 'US']), activity(['IE'])],
            transfers: [{ country: 'US', mechanisms: ['scc'], sccModule: 3 }],
          }),
        ],
      }),
      '2026-03-01',
    );
    const sheet = processorSheet(exportDocument(overlapping, site, 'en', t), t);
    expect(cell(sheet, 0, 'Processing countries')).toBe('Ireland; United States');
    expect(cell(sheet, 0, 'Processing country codes')).toBe('IE; US');
    expect(cell(sheet, 0, 'Storage country codes')).toBe('IE; US');
  });

  it('write one row per activity on the activities sheet, and every fact beside it in the activities file', () => {
    const activities = activitySheet(doc, t);
    expect(activities.rows).toHaveLength(3);
    expect(activities.rows.map((r) => r[0])).toEqual(['Host, "the" cloud', 'MAILER', 'MAILER']);
    expect(cell(activities, 2, 'Activity no.')).toBe('2');
    expect(cell(activities, 2, 'Processing country codes')).toBe('US');
    expect(activities.columns.some((c) => c.header === 'Data processing agreement')).toBe(false);
    const file = activityFileSheet(doc, t);
    expect(file.rows).toHaveLength(3);
    expect(cell(file, 2, 'Legal entity')).toBe('Mailer Inc');
    expect(cell(file, 2, 'Activity')).toBe('=1+1');
    expect(toCsv(file)).toContain(",'=1+1,");
    expect(new Set(file.columns.map((c) => c.header)).size).toBe(file.columns.length);
  });

  it('write the Dutch files in Dutch words, with the same codes', () => {
    const nl = translator('nl');
    const dutch = processorSheet(exportDocument(registry, site, 'nl', nl), nl);
    const english = processorSheet(doc, t);
    expect(dutch.columns.map((c) => c.kind)).toEqual(english.columns.map((c) => c.kind));
    expect(cell(dutch, 1, 'Rol')).toBe('Subverwerker');
    expect(cell(dutch, 1, 'Status')).toBe('Actief');
    expect(cell(dutch, 1, 'Land van vestiging')).toBe('Verenigde Staten');
    const codes = (sheet: Sheet) =>
      sheet.rows.map((row) => row.filter((_, i) => sheet.columns[i]!.kind === 'code'));
    expect(codes(dutch)).toEqual(codes(english));
  });

  it('write an XLSX with a title sheet and five sheets, frozen headers, date cells and no formulas', async () => {
    const bytes = await listWorkbook(doc, t);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'About',
      'Processors',
      'Activities',
      'Transfers',
      'Chain',
      'Changes',
    ]);
    const about = workbook.worksheets[0]!;
    const facts = new Map<string, ExcelJS.CellValue>();
    about.eachRow((row) => facts.set(row.getCell(1).text, row.getCell(2).value));
    expect(facts.get('The list as of')).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(facts.get('SHA-256 of subprocessors.json')).toBe(
      createHash('sha256').update(toJson(doc)).digest('hex'),
    );
    const sheet = workbook.worksheets[1]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(3);
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      printArea: 'A1:N3',
    });
    // The activities summary wraps to four lines: its row is tall enough for them.
    expect(sheet.getRow(3).height).toBeGreaterThanOrEqual(4 * 15);
    const changes = workbook.worksheets[5]!;
    const announced = changes.getRow(2).getCell(7);
    expect(announced.value).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(announced.numFmt).toBe('yyyy-mm-dd');
    let formulas = 0;
    for (const ws of workbook.worksheets)
      ws.eachRow((row) =>
        row.eachCell((c) => (formulas += c.type === ExcelJS.ValueType.Formula ? 1 : 0)),
      );
    expect(formulas).toBe(0);
    expect(workbook.created.toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('give a row the lines its wrapped text needs', () => {
    expect(wrappedLines('', 10)).toBe(1);
    expect(wrappedLines('short', 10)).toBe(1);
    expect(wrappedLines('a'.repeat(30), 10)).toBe(3);
    expect(wrappedLines('one\ntwo\nthree', 40)).toBe(3);
  });

  it('write the same XLSX bytes for the same content, whenever they are written', async () => {
    const write = () =>
      toXlsx([processorSheet(doc, t)], { title: 'T', creator: 'C', date: '2026-03-01' });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-03-01T10:00:00Z'));
      const first = new Uint8Array(await write());
      vi.setSystemTime(new Date('2031-07-15T17:31:07Z'));
      expect(new Uint8Array(await write())).toEqual(first);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keep every character of a long cell, where JSZip split one written with two code units', async () => {
    // JSZip encodes 16 K code units at a time: with one more character before, the text's
    // boundary falls between the two halves of a pair in one of these workbooks.
    const texts = ['', 'x'].map((before) => `${before}${'😀'.repeat(16_000)}`);
    const read = await Promise.all(
      texts.map(async (text) => {
        const sheet = {
          name: 'S',
          columns: [{ header: 'H', width: 10, kind: 'text' as const }],
          rows: [[text]],
          printColumns: 1,
        };
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(
          await toXlsx([sheet], { title: 'T', creator: 'C', date: '2026-03-01' }),
        );
        return workbook.worksheets[0]!.getCell('A2').value;
      }),
    );
    expect(read.map((value, i) => value === texts[i])).toEqual([true, true]);
  });
});

describe('toJsonLd', () => {
  it('describes processors and their processing in DPV terms', () => {
    const graph = (toJsonLd(doc) as { '@graph': Record<string, unknown>[] })['@graph'];
    expect(graph[0]).toMatchObject({ '@type': 'dpv:DataController', name: 'Test B.V.' });
    const mailer = graph.find((n) => n['@id'] === 'https://trust.test.example/processors/mailer/')!;
    expect(mailer['@type']).toBe('dpv:DataSubProcessor');
    const process = (mailer['dpv:hasProcess'] as Record<string, unknown>[])[0]!;
    expect(process['dpv:hasPersonalData']).toContainEqual({
      '@id': 'https://w3id.org/dpv/pd#EmailAddress',
      name: 'E-mail address',
    });
    expect(process['dpv:hasLocation']).toEqual([{ '@id': 'https://w3id.org/dpv/loc#US' }]);
  });
});

describe('releases', () => {
  const first = makeRelease('2026-03-01', doc, undefined);
  const later = buildRegistry(source({ processors: [processor('host')] }), '2026-04-01');
  const second = makeRelease('2026-04-01', exportDocument(later, site, 'en', t), first);

  it('hash canonical JSON, so key order does not matter, and chain to the previous release', () => {
    expect(first.previous).toBeNull();
    expect(second.previous).toBe(first.sha256);
    const reordered = JSON.parse(
      JSON.stringify({ list: first.list, previous: first.previous, date: first.date }),
    );
    expect(releaseHash(reordered)).toBe(first.sha256);
    expect(
      verifyChain([
        { file: 'a.json', release: first },
        { file: 'b.json', release: second },
      ]),
    ).toEqual([]);
  });

  it('catch an altered, a removed and a reordered release', () => {
    const altered = { ...first, list: { ...first.list, asOf: '2026-03-02' } };
    expect(
      verifyChain([
        { file: 'a.json', release: altered },
        { file: 'b.json', release: second },
      ]).map((p) => `${p.file} ${p.field}`),
    ).toEqual(['a.json sha256']);
    expect(
      verifyChain([{ file: 'b.json', release: second }]).map((p) => `${p.file} ${p.field}`),
    ).toEqual(['b.json previous']);
    const third = makeRelease('2026-05-01', second.list, second);
    expect(
      verifyChain([
        { file: 'a.json', release: first },
        { file: 'c.json', release: third },
      ]).map((p) => p.message),
    ).toEqual([expect.stringContaining('a release between them was removed')]);
  });

  it('diff two lists by processor', () => {
    const diff = diffLists(first.list, second.list);
    expect(diff.removed.map((p) => p.id)).toEqual(['mailer']);
    expect(diff.added).toEqual([]);
    expect(diff.changed.map((c) => [c.after.id, c.fields])).toEqual([['host', ['name']]]);
  });
});

describe('isChecksummed', () => {
  it('covers the downloads, feeds and calendars of every language, and no page', async () => {
    const { isChecksummed } = await import('../../src/lib/outputs/formats');
    for (const file of [
      'subprocessors.csv',
      'nl/subprocessors.xlsx',
      'nl/changes.atom',
      'nl/products/application/changes.ics',
      'releases/2025-10-10/subprocessors.json',
    ])
      expect(isChecksummed(file), file).toBe(true);
    for (const file of ['index.html', 'nl/index.html', 'nl/processors/amazon-s3/index.html'])
      expect(isChecksummed(file), file).toBe(false);
  });
});
