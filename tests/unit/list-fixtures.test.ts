/**
 * Real published lists (tests/fixtures/lists/, each with a note of where it comes from), imported
 * as their publishers wrote them: every non-empty cell of every recipient's row ends up in the
 * written content, as a field or word for word; no heading, section title, footnote or remark
 * becomes a recipient; the report names every column; and the recipients are the ones each
 * fixture's expected.yaml lists. The tally is printed for the closing note.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { translator } from '../../src/i18n';
import { buildVocabularies } from '../../src/core/vocabulary';
import { importDocument } from '../../src/lib/authoring/import';
import { PLACEHOLDER } from '../../src/core/placeholder';
import { placesOf, safeguardOf, splitValues, termOf } from '../../src/lib/lists/cells';
import { readList } from '../../src/lib/lists/read';
import { retentionFromFreeText } from '../../src/lib/lists/retention';
import { entryCells, understand } from '../../src/lib/lists/understand';

const DIR = path.resolve('tests/fixtures/lists');
const vocabularies = buildVocabularies();
const fixtures = readdirSync(DIR).sort();

interface Expected {
  /** The recipients, by name, as the importer writes them. */
  recipients: string[];
  /** The list's language and file type, for the tally. */
  language: string;
  type: string;
  /** Made from a real list by a program, not as its publisher published it. */
  converted?: boolean;
}

/** Every string value in a parsed YAML file, flattened, whitespace folded. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value.replace(/\s+/g, ' ').trim()];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const tally: string[] = [];

describe.each(fixtures)('the published list %s', (name) => {
  const folder = path.join(DIR, name);
  const expected = parse(readFileSync(path.join(folder, 'expected.yaml'), 'utf8')) as Expected;
  const file =
    readdirSync(folder).find(
      (f) => !/^(SOURCE\.md|expected\.yaml)$/.test(f) && !f.endsWith('.xlsx'),
    ) ?? readdirSync(folder).find((f) => f.endsWith('.xlsx'))!;

  it('goes in whole: every cell carried into a field or kept verbatim, no heading or footnote a recipient, every column named', async () => {
    const doc = await readList(readFileSync(path.join(folder, file)), file);
    const understood = understand(doc);
    const result = importDocument(doc, vocabularies, translator('en'), {
      source: file,
      noticePeriodDays: 30,
      products: ['app'],
      regimes: ['eu'],
    });
    const written = [...result.files]
      .filter(([relative]) => relative.startsWith('processors/'))
      .map(([, text]) => ({ text, data: parse(text) as Record<string, unknown> }));
    const byName = new Map(written.map((w) => [String(w.data['name']).toLowerCase(), w]));

    // The recipients are the list's, and nothing else.
    expect(written.map((w) => w.data['name']).sort()).toEqual([...expected.recipients].sort());
    const notRecipients = understood.rows
      .filter((r) =>
        ['heading', 'section', 'footnote', 'remark', 'repeated-header'].includes(r.kind),
      )
      .map((r) => squash(r.text).toLowerCase());
    for (const w of written)
      expect(notRecipients).not.toContain(String(w.data['name']).toLowerCase());

    // Every column of every table is named in the report, with the field it went to (or none).
    for (const block of doc.blocks)
      if (block.kind === 'table') {
        const header = understood.rows.find(
          (r) => r.kind === 'header' && block.rows.some((row) => row.at === r.at),
        );
        if (!header) continue;
        const headers = block.rows
          .find((row) => row.at === header.at)!
          .cells.map((c) => squash(c.text))
          .filter(Boolean);
        for (const h of headers)
          expect(
            understood.columns.map((c) => squash(c.header)),
            `${name}: column "${h}"`,
          ).toContain(h);
      }

    // Every non-empty cell of a recipient's row is in the written content.
    let cells = 0;
    let verbatim = 0;
    for (const entry of understood.entries) {
      const fileFor = [...byName.values()].find(
        (w) =>
          String(w.data['name']).toLowerCase() === entry.name.toLowerCase() ||
          entry.name.toLowerCase().startsWith(`${String(w.data['name']).toLowerCase()},`),
      );
      expect(fileFor, `${name}: ${entry.name} was written`).toBeDefined();
      const data = fileFor!.data;
      const all = strings(data);
      const activities = data['activities'] as Record<string, unknown>[];
      const transfers = (data['transfers'] ?? []) as Record<string, unknown>[];
      cells += 1; // the name cell
      for (const { field, cell } of entryCells(entry)) {
        cells += 1;
        const text = squash(cell.text);
        const fate = result.fates!.find(
          (f) => f.at === entry.at && squash(f.text) === text && f.header === cell.header,
        );
        expect(fate, `${name} ${entry.at}: "${text}" has a fate`).toBeDefined();
        if (fate!.fate === 'verbatim') {
          verbatim += 1;
          expect(
            all.some((s) => s.includes(text)),
            `${name} ${entry.at}: "${text}" kept verbatim`,
          ).toBe(true);
          continue;
        }
        // Carried: the field holds what the cell says.
        switch (field) {
          case 'purpose':
            expect(
              activities.some((a) => squash(JSON.stringify(a['description'] ?? '')).includes(text)),
            ).toBe(true);
            break;
          case 'location':
          case 'processing':
          case 'storage': {
            const codes = placesOf(cell.text).codes;
            const places = activities.flatMap((a) => [a['processing'], a['storage']]).flat();
            for (const code of codes)
              expect(places, `${name}: ${code} from "${text}"`).toContain(code);
            break;
          }
          case 'entityCountry':
            expect((data['legalEntity'] as { country: string }).country).toBe(
              placesOf(cell.text).codes[0],
            );
            break;
          case 'entity':
            expect(squash((data['legalEntity'] as { name: string }).name)).toContain(text);
            break;
          case 'safeguard': {
            const read = safeguardOf(cell.text);
            if (read.noTransfer) expect(transfers).toEqual([]);
            else
              for (const m of read.mechanisms)
                expect(transfers.flatMap((t) => t['mechanisms'] as string[])).toContain(m);
            break;
          }
          case 'data':
          case 'subjects':
            for (const value of splitValues(cell.text))
              expect(
                activities.flatMap(
                  (a) => a[field === 'data' ? 'dataCategories' : 'dataSubjects'] as string[],
                ),
              ).toContain(
                termOf(vocabularies, field === 'data' ? 'dataCategories' : 'dataSubjects', value),
              );
            break;
          case 'retention':
            expect(activities.map((a) => a['retention'])).toContainEqual(
              retentionFromFreeText(cell.text) ?? { notStated: cell.text },
            );
            break;
          case 'website':
            expect(data['website']).toBe(cell.href ?? cell.text);
            break;
          case 'dpa':
            expect((data['dpa'] as { title: string }).title).toBe(cell.text);
            break;
          case 'listUrl':
            expect(data['subprocessorListUrl']).toBe(cell.href ?? cell.text);
            break;
          default:
            expect(all.some((s) => s.includes(text))).toBe(true);
        }
      }
      for (const section of entry.sections) expect(all).toContain(squash(section));
      for (const { note } of entry.footnotes) expect(all).toContain(squash(note));
    }
    // Remarks on the list itself ("Last updated …") are kept as a comment in every file written.
    for (const remark of understood.rows.filter((r) => r.kind === 'remark'))
      for (const w of written) expect(w.text).toContain(squash(remark.text));

    const placeholders = written.map(
      (w) => (w.text.match(new RegExp(PLACEHOLDER, 'g')) ?? []).length,
    );
    tally.push(
      `${name} (${expected.language}, ${expected.type}${expected.converted ? ', converted' : ''}): ${written.length} recipients, ${cells} cells, ${cells - verbatim} carried, ${verbatim} kept verbatim, 0 lost; placeholders per recipient ${(placeholders.reduce((a, b) => a + b, 0) / Math.max(1, written.length)).toFixed(1)}`,
    );
  });
});

describe('the tally', () => {
  it('is printed for the closing note', () => {
    console.log(`Real lists imported:\n${tally.join('\n')}`);
    expect(tally.length).toBe(fixtures.length);
  });
});
