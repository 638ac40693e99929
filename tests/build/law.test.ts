/**
 * The law as dated data, built and read as readers would: the same registry built on two days
 * cites the UK decision in force on each; a transfer to the European Patent Organisation has its
 * page, browse page and download rows; the case pending against the EU-US decision is named; and
 * the law tables' version is in the JSON, the discovery document and every page's footer.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lawTableVersion } from '../../src/law';
import { buildFixture, cells, epochOf, prepareFixture, pageText } from './helpers';

const textOf = pageText;

async function built(name: string, overlay: string, day: string): Promise<string> {
  const dir = await prepareFixture(name, overlay);
  const result = await buildFixture(dir, { SOURCE_DATE_EPOCH: epochOf(day) });
  expect(result.output).toMatch(/Built \S*dist\//);
  expect(result.code).toBe(0);
  return path.join(dir, 'dist');
}

const page = async (dist: string, route: string) =>
  textOf(await readFile(path.join(dist, route, 'index.html'), 'utf8'));

describe('a UK recipient, built on 2025-06-01 and on 2026-12-01', () => {
  let before: string;
  let after: string;
  beforeAll(async () => {
    before = await built('law-uk-2025', 'law-uk/content', '2025-06-01');
    after = await built('law-uk-2026', 'law-uk/content', '2026-12-01');
  }, 240_000);

  it('cites the UK decision in force on each day, linked to its official text', async () => {
    const early = await readFile(path.join(before, 'processors/uk-support/index.html'), 'utf8');
    expect(early).toContain('data-decision="eu-gb-2021"');
    expect(early).toContain('href="https://eur-lex.europa.eu/eli/dec_impl/2021/1772/oj"');
    expect(textOf(early)).toContain('EU adequacy decision (EU) 2021/1772');
    expect(textOf(early)).toContain('Not data transferred for United Kingdom immigration control');
    expect(early).not.toContain('2025/2574');

    const late = await readFile(path.join(after, 'processors/uk-support/index.html'), 'utf8');
    expect(late).toContain('data-decision="eu-gb-2025-renewed"');
    expect(late).toContain('href="https://eur-lex.europa.eu/eli/dec_impl/2025/2574/oj"');
    expect(textOf(late)).toContain(
      'EU adequacy decision (EU) 2021/1772, renewed by (EU) 2025/2574',
    );
    expect(textOf(late)).not.toContain('immigration control');
  });

  it('cites it in the downloads too: the JSON and the workbook’s transfers', async () => {
    for (const [dist, cited] of [
      [before, 'EU adequacy decision (EU) 2021/1772'],
      [after, 'EU adequacy decision (EU) 2021/1772, renewed by (EU) 2025/2574'],
    ] as const) {
      const json = JSON.parse(await readFile(path.join(dist, 'subprocessors.json'), 'utf8'));
      const uk = json.processors.find((p: { id: string }) => p.id === 'uk-support');
      expect(uk.transfers[0].decisions[0].citation).toBe(cited);
      const sheets = await cells(path.join(dist, 'subprocessors.xlsx'));
      const transfers = sheets.find((sheet) => sheet.name === 'Transfers')!;
      expect(transfers.rows.flat().map((cell) => cell.value)).toContain(cited);
    }
  });

  it('names the case pending against the EU-US decision on each day', async () => {
    expect(await page(before, 'processors/us-mailer')).toContain(
      'Under challenge: Latombe v Commission (T-553/23), pending before the General Court of the European Union since 6 September 2023.',
    );
    const late = await page(after, 'processors/us-mailer');
    expect(late).toContain(
      'Under challenge: Latombe v Commission (C-703/25 P), pending before the Court of Justice of the European Union since 31 October 2025.',
    );
    expect(late).not.toContain('T-553/23');
    const json = JSON.parse(await readFile(path.join(after, 'subprocessors.json'), 'utf8'));
    const us = json.processors.find((p: { id: string }) => p.id === 'us-mailer');
    expect(us.transfers[0].decisions[0].challenges).toMatchObject([
      { case: 'C-703/25 P', status: 'pending', lodged: '2025-10-31' },
    ]);
  });

  it('prints the law tables’ version in the JSON, the discovery document and the footer', async () => {
    const json = JSON.parse(await readFile(path.join(after, 'subprocessors.json'), 'utf8'));
    expect(json.lawTableVersion).toBe(lawTableVersion);
    const discovery = JSON.parse(
      await readFile(path.join(after, '.well-known/subprocessors.json'), 'utf8'),
    );
    expect(discovery.lawTableVersion).toBe(lawTableVersion);
    const day = new Date(`${lawTableVersion}T00:00:00Z`).toLocaleDateString('en-GB', {
      dateStyle: 'long',
      timeZone: 'UTC',
    });
    expect(await page(after, '')).toContain(`Transfers checked against the law as of ${day}.`);
  });

  it('lists the law tables on /reference/, each entry with its source and the day it was checked', async () => {
    const reference = await page(after, 'reference');
    expect(reference).toContain(`Law tables (version ${lawTableVersion})`);
    expect(reference).toMatch(/European Patent Organisation \(\s?EPO\s?\)/);
    expect(reference).toMatch(
      /Latombe v Commission \(\s?C-703\/25 P\s?, Court of Justice of the European Union, lodged 2025-10-31\): pending/,
    );
    expect(reference).toMatch(/official text\s?, checked 20\d\d-\d\d-\d\d/);
  });
});

describe('a transfer to the European Patent Organisation', () => {
  let dist: string;
  beforeAll(async () => {
    dist = await built('law-epo', 'law-epo/content', '2026-12-01');
  }, 240_000);

  it('is on the recipient’s page with its organisation’s name and decision', async () => {
    const html = await readFile(path.join(dist, 'processors/patent-office/index.html'), 'utf8');
    expect(html).toContain('data-country="EPO"');
    const text = textOf(html);
    expect(text).toContain('European Patent Organisation');
    expect(text).toContain('EU adequacy decision (EU) 2025/1382');
    expect(text).toContain('Covered by an adequacy decision');
  });

  it('has its browse page, with the decision explained', async () => {
    const browse = await page(dist, 'browse/country/epo');
    expect(browse).toContain('European Patent Organisation');
    expect(browse).toContain('European Patent Office');
    expect(browse).toContain('EU adequacy decision (EU) 2025/1382');
  });

  it('is in the downloads by code and by name', async () => {
    const json = JSON.parse(await readFile(path.join(dist, 'subprocessors.json'), 'utf8'));
    const epo = json.processors.find((p: { id: string }) => p.id === 'patent-office');
    expect(epo.transfers[0]).toMatchObject({ country: 'EPO', region: 'adequate' });
    expect(epo.transfers[0].decisions[0].id).toBe('eu-epo-2025');
    const csv = await readFile(path.join(dist, 'subprocessors.csv'), 'utf8');
    expect(csv).toContain('European Patent Organisation');
  });
});
