/** The list reader: files taken apart (decode, CSV, HTML, Markdown), and what rows and cells mean. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildVocabularies } from '../../src/core/vocabulary';
import {
  countryOf,
  footnoteMarker,
  isRemark,
  placesOf,
  regionOf,
  safeguardOf,
  splitValues,
  termOf,
} from '../../src/lib/lists/cells';
import { sniffDelimiter } from '../../src/lib/lists/csv';
import { decode } from '../../src/lib/lists/decode';
import { fieldOf, parseMappings } from '../../src/lib/lists/fields';
import { ListReadError } from '../../src/lib/lists/list';
import { readList } from '../../src/lib/lists/read';
import { retentionFromFreeText } from '../../src/lib/lists/retention';
import { understand } from '../../src/lib/lists/understand';

const bytes = (text: string) => new TextEncoder().encode(text);
const vocabularies = buildVocabularies();

describe('decode', () => {
  it('reads UTF-8 with and without a byte-order mark, and UTF-16 with one', () => {
    expect(decode(bytes('Naam;Land\nSöder;DE'), 'a.csv')).toEqual({
      text: 'Naam;Land\nSöder;DE',
      encoding: 'utf-8',
    });
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Ä')]), 'a.csv').text).toBe('Ä');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('Zürich', 'utf16le')]);
    expect(decode(utf16, 'a.csv')).toEqual({ text: 'Zürich', encoding: 'utf-16le' });
    expect(
      decode(new Uint8Array(Buffer.from('Name,Land\nMüller,DE', 'utf16le')), 'a.csv').text,
    ).toBe('Name,Land\nMüller,DE');
  });

  it('reads what Excel saves as CSV on Windows (Windows-1252) as its letters, never U+FFFD', () => {
    const latin = new Uint8Array(
      Buffer.from('Unterauftragsverarbeiter;Sitz\nMüller GmbH;Österreich\n', 'latin1'),
    );
    const { text, encoding } = decode(latin, 'liste.csv');
    expect(text).toContain('Müller GmbH;Österreich');
    expect(text).not.toContain('\uFFFD');
    expect(encoding).toMatch(/windows-1252|iso-8859/);
  });

  it('names the line of a byte that is no character, in a UTF-8 file', () => {
    const broken = new Uint8Array([...bytes('Name\nZürich\nBad '), 0xff, ...bytes(' here\n')]);
    expect(() => decode(broken, 'list.csv')).toThrow(
      /list\.csv, line 3: byte 0xFF is not valid UTF-8/,
    );
  });

  it('names the line of a byte no one-byte encoding assigns', () => {
    const unassigned = new Uint8Array([...bytes('Name\nAb'), 0x81, ...bytes('\n')]);
    expect(() => decode(unassigned, 'list.csv')).toThrow(ListReadError);
    expect(() => decode(unassigned, 'list.csv')).toThrow(/line 2/);
  });
});

describe('CSV', () => {
  it('finds the delimiter: commas, semicolons (Excel in Europe), tabs', () => {
    expect(sniffDelimiter('Name,Purpose,Country\nA,"Hosting, backups",US\n')).toBe(',');
    expect(sniffDelimiter('Name;Zweck;Land\nA;Hosting, Backups;US\nB;Mail;DE\n')).toBe(';');
    expect(sniffDelimiter('Name\tPurpose\nA\tHosting, backups\n')).toBe('\t');
  });

  it('gives each row the line it starts on, also after a cell with a line break', async () => {
    const doc = await readList(bytes('Name;Purpose\n"A";"two\nlines"\nB;mail\n'), 'list.csv');
    const table = doc.blocks[0]!;
    expect(table.kind === 'table' && table.rows.map((r) => r.at)).toEqual([
      'line 1',
      'line 2',
      'line 4',
    ]);
    expect(doc.delimiter).toBe(';');
  });
});

describe('columns by meaning', () => {
  it.each([
    ['Name of Sub-processor', 'name'],
    ['Sub-processor name', 'name'],
    ['Third-party entity', 'name'],
    ['Entity name', 'entity'],
    ['Location of processing', 'processing'],
    ['Corporate location', 'entityCountry'],
    ['Location', 'location'],
    ['Hosting location', 'storage'],
    ['Categories of personal data', 'data'],
    ['Transfer mechanism', 'safeguard'],
    ['Unterauftragsverarbeiter', 'name'],
    ['Ort der Verarbeitung', 'processing'],
    ['Sitz', 'entityCountry'],
    ['Schutz Drittstaatentransfer', 'safeguard'],
    ['Sous-traitant', 'name'],
    ['Pays destinataire', 'location'],
    ['Traitement réalisé', 'purpose'],
    ['Garanties', 'safeguard'],
    ['Naam', 'name'],
    ['Doel', 'purpose'],
    ['Vestigingsland', 'entityCountry'],
    ['Bewaartermijn', 'retention'],
  ])('reads "%s" as %s', (header, field) => expect(fieldOf(header)?.field).toBe(field));

  it('places no header where a known word is only a word in passing', () => {
    expect(fieldOf('May process submission data (form results)')).toBeUndefined();
    expect(fieldOf('Retool Product')).toBeUndefined();
  });

  it('takes --map "Header=field", and names a wrong field', () => {
    expect([...parseMappings(['Vendor Name=entity', 'Notes=none'])]).toEqual([
      ['vendor name', 'entity'],
      ['note', 'none'],
    ]);
    expect(() => parseMappings(['Vendor=vendor'])).toThrow(/"vendor" is not a field/);
  });
});

describe('cells', () => {
  it('splits several values in one cell, in the four languages, not inside brackets', () => {
    expect(splitValues('US, EU')).toEqual(['US', 'EU']);
    expect(splitValues('Ireland and the United States')).toEqual(['Ireland', 'the United States']);
    expect(splitValues('USA; Germany')).toEqual(['USA', 'Germany']);
    expect(splitValues('Frankreich / EU')).toEqual(['Frankreich', 'EU']);
    expect(splitValues('USA (US, west) oder Deutschland')).toEqual([
      'USA (US, west)',
      'Deutschland',
    ]);
  });

  it('reads countries by code and by name in English, Dutch, German and French', () => {
    expect(
      [
        'US',
        'USA',
        'United States of America',
        'Verenigde Staten',
        'Vereinigte Staaten',
        'États-Unis',
        'the Netherlands',
        'Luxemburg',
        'DEU',
      ].map(countryOf),
    ).toEqual(['US', 'US', 'US', 'US', 'US', 'US', 'NL', 'LU', 'DE']);
    expect(countryOf('Frankfurt')).toBeUndefined();
  });

  it('reads an international organisation of the law tables by its code or a name', () => {
    expect(
      [
        'EPO',
        'European Patent Organisation',
        'the European Patent Office',
        'Europese Octrooiorganisatie',
        'Europäisches Patentamt',
        'Organisation européenne des brevets',
      ].map(countryOf),
    ).toEqual(['EPO', 'EPO', 'EPO', 'EPO', 'EPO', 'EPO']);
    expect(countryOf('EPA')).toBeUndefined();
  });

  it('keeps regions as regions, never as a country', () => {
    expect(['EU', 'Worldwide', 'Global', 'EER', 'weltweit', 'UE', 'Europe'].map(regionOf)).toEqual([
      'eu',
      'worldwide',
      'worldwide',
      'eea',
      'worldwide',
      'eu',
      'europe',
    ]);
    expect(countryOf('EU')).toBeUndefined();
  });

  it('reads places and keeps what is no place', () => {
    expect(placesOf('Frankfurt, Duitsland (AWS EU-Central-1)')).toEqual({
      codes: ['DE'],
      unread: ['Frankfurt', 'AWS EU-Central-1'],
    });
    expect(placesOf('EU (Sweden)')).toEqual({ codes: ['eu'], unread: ['Sweden'] });
    expect(placesOf('United States, Iceland, Germany')).toEqual({
      codes: ['US', 'IS', 'DE'],
      unread: [],
    });
  });

  it('reads safeguards in the four languages, and flags what it cannot', () => {
    expect(safeguardOf('Standarddatenschutzklauseln (Art. 46 Abs. 2 lit. c DSGVO)')).toMatchObject({
      mechanisms: ['scc'],
      unread: false,
    });
    expect(safeguardOf('kein Transfer')).toMatchObject({ noTransfer: true });
    expect(safeguardOf('EU-US Data Privacy Framework and SCCs, module 3')).toMatchObject({
      mechanisms: ['scc', 'dpf'],
      sccModule: 3,
    });
    expect(safeguardOf('clauses contractuelles types').mechanisms).toEqual(['scc']);
    expect(safeguardOf('Intra-group Agreement with SCCs')).toMatchObject({
      mechanisms: ['scc'],
      unread: true,
    });
    expect(safeguardOf('GDPR')).toMatchObject({ mechanisms: [], unread: true });
  });

  it('maps a term only where the cell is its label or a listed word', () => {
    expect(termOf(vocabularies, 'dataCategories', 'E-mail-Adresse')).toBe('email-address');
    expect(termOf(vocabularies, 'purposes', 'Cloud Infrastructure')).toBe('hosting');
    // "Authentication" is not "Two-factor authentication": kept as written.
    expect(termOf(vocabularies, 'purposes', 'Authentication')).toBeUndefined();
  });

  it('tells footnote markers, footnotes and remarks', () => {
    expect(footnoteMarker('Google Inc.*')).toEqual({ text: 'Google Inc.', marker: '*' });
    expect(footnoteMarker('AWS')).toEqual({ text: 'AWS' });
    expect(isRemark('Last updated: June 8, 2023')).toBe(true);
    expect(isRemark('Stand: 2021-03-01')).toBe(true);
    expect(isRemark('Amazon Web Services')).toBe(false);
  });
});

describe('retentionFromFreeText', () => {
  it.each([
    ['26 months', { period: 'P26M' }],
    ['26 maanden', { period: 'P26M' }],
    ['7 jaar', { period: 'P7Y' }],
    ['7 Jahre', { period: 'P7Y' }],
    ['30 jours', { period: 'P30D' }],
    ['1 jaar na verwijdering', { period: 'P1Y', after: 'deletion-by-user' }],
    ['30 dagen na einde contract', { period: 'P30D', after: 'end-of-contract' }],
    ['up to 24 hours', { upTo: 'PT24H' }],
    ['Maximaal 6 maanden', { upTo: 'P6M' }],
    ['90 days after the end of the contract', { period: 'P90D', after: 'end-of-contract' }],
    ['30 Tage nach Vertragsende', { period: 'P30D', after: 'end-of-contract' }],
  ])('reads "%s"', (text, expected) => expect(retentionFromFreeText(text)).toEqual(expected));

  it.each(['a few years', '1 jaar na de koffie', 'forever', 'Duration of the agreement'])(
    'does not guess "%s"',
    (text) => expect(retentionFromFreeText(text)).toBeUndefined(),
  );
});

describe('understand', () => {
  const csv = (text: string) => readList(bytes(text), 'list.csv').then((doc) => understand(doc));

  it('finds the header under a title, and tells headings, sections, repeated headers and footnotes from recipients', async () => {
    const list = await csv(
      [
        'Our sub-processors;;',
        'Last updated: 2026-01-05;;',
        'Name of Sub-processor;Purpose;Location of processing',
        'Infrastructure;;',
        'Amazon Web Services*;Hosting;Ireland',
        'Name of Sub-processor;Purpose;Location of processing',
        'Support;;',
        'Zendesk;Support;United States',
        ';Tickets for EU customers;Germany',
        '* Only for customers on the EU cloud;;',
      ].join('\n'),
    );
    // The row without a name is the recipient above doing something more: an entry of its own,
    // with that name, which the importer writes as another activity of it.
    expect(list.entries.map((e) => e.name)).toEqual(['Amazon Web Services', 'Zendesk', 'Zendesk']);
    expect(list.rows.map((r) => `${r.at} ${r.kind}`)).toEqual([
      'line 1 heading',
      'line 2 remark',
      'line 3 header',
      'line 4 section',
      'line 6 repeated-header',
      'line 7 section',
      'line 9 continued',
      'line 10 footnote',
    ]);
    expect(list.entries[0]).toMatchObject({
      sections: ['Infrastructure'],
      footnotes: [{ marker: '*', note: 'Only for customers on the EU cloud' }],
    });
    expect(list.entries[1]!.fields.purpose!.map((c) => c.text)).toEqual(['Support']);
    expect(list.entries[2]).toMatchObject({
      at: 'line 9',
      sections: ['Support'],
      fields: {
        purpose: [{ text: 'Tickets for EU customers' }],
        processing: [{ text: 'Germany' }],
      },
    });
  });

  it('keeps a column no field fits, with its header, and names it in the report', async () => {
    const list = await csv('Vendor,Purpose,Certified since\nAcme,Hosting,2019\n');
    expect(list.entries[0]!.unplaced).toEqual([{ header: 'Certified since', text: '2019' }]);
    expect(list.columns.map((c) => c.field)).toEqual(['name', 'purpose', undefined]);
  });

  it('reads a bulleted list of "Name — purpose — location"', async () => {
    const doc = await readList(
      bytes(
        '# Subprocessors\n\n- Acme Mail — e-mail delivery — United States\n- Cloudy — Hosting — EU\n',
      ),
      'list.md',
    );
    const { entries } = understand(doc);
    expect(
      entries.map((e) => [e.name, e.fields.purpose?.[0]?.text, e.fields.location?.[0]?.text]),
    ).toEqual([
      ['Acme Mail', 'e-mail delivery', 'United States'],
      ['Cloudy', 'Hosting', 'EU'],
    ]);
  });

  it('reads every sheet of a workbook, and a merged title row as a section', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Subprocessors');
    sheet.addRow(['Name', 'Purpose', 'Country']);
    sheet.addRow(['Hosting']);
    sheet.mergeCells('A2:C2');
    sheet.addRow(['Hetzner', 'Servers', 'Germany']);
    const doc = await readList(new Uint8Array(await workbook.xlsx.writeBuffer()), 'list.xlsx');
    const list = understand(doc);
    expect(list.entries.map((e) => [e.name, e.sections, e.at])).toEqual([
      ['Hetzner', ['Hosting'], 'sheet "Subprocessors", row 3'],
    ]);
  });
});
