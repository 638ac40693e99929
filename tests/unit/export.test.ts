import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../src/i18n';
import { toCsv } from '../../src/lib/outputs/export/csv';
import { exportDocument } from '../../src/lib/outputs/export/document';
import { exportJsonSchema } from '../../src/lib/outputs/export/json-schema';
import { toJsonLd } from '../../src/lib/outputs/export/jsonld';
import {
  changeSheet,
  processorSheet,
  spreadsheetSafe,
  transferSheet,
} from '../../src/lib/outputs/export/rows';
import { toXlsx } from '../../src/lib/outputs/export/xlsx';
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
    expect(mailer.activities[0]!.dataCategories[1]).toEqual({
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

  it('write RFC 4180 CSV: BOM, CRLF, quotes doubled, one row per activity', () => {
    const csv = toCsv(processorSheet(doc, t));
    expect(csv.startsWith('\uFEFFProcessor,Legal entity,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(csv).toContain('"Host, ""the"" cloud"');
    expect(csv).toContain('"Line one\nline two"');
    expect(csv).toContain(",'=1+1,");
    expect(processorSheet(doc, t).rows).toHaveLength(3);
    expect(processorSheet(doc, t).rows[1]![9]).toBe(
      'Health data (Art. 9(2)(h): occupational health)',
    );
  });

  it('write an XLSX with three sheets, frozen headers and text cells only', async () => {
    const bytes = await toXlsx(
      [processorSheet(doc, t), transferSheet(doc, t), changeSheet(doc, t)],
      { title: 'T', creator: 'C', date: '2026-03-01' },
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Processors', 'Transfers', 'Changes']);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(4);
    let formulas = 0;
    sheet.eachRow((row) =>
      row.eachCell((cell) => (formulas += cell.type === ExcelJS.ValueType.Formula ? 1 : 0)),
    );
    expect(formulas).toBe(0);
    expect(workbook.created.toISOString()).toBe('2026-03-01T00:00:00.000Z');
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
        const sheet = { name: 'S', columns: [{ header: 'H', width: 10 }], rows: [[text]] };
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
