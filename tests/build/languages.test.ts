/** A site whose default language is Dutch, with English beside it: routes, fallbacks and errors. */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, cells, epochOf, libreoffice, prepareFixture } from './helpers';

const EPOCH = { SOURCE_DATE_EPOCH: epochOf('2026-03-01') };

describe('a site in Dutch first, English second', () => {
  let dist: string;
  const page = (file: string) => readFile(path.join(dist, file), 'utf8');

  beforeAll(async () => {
    const dir = await prepareFixture('languages', 'languages');
    dist = path.join(dir, 'dist');
    const result = await buildFixture(dir, EPOCH);
    expect(result.code, result.output).toBe(0);
  });

  it('puts the default language at the root and the other under its code, each with its lang', async () => {
    expect(await page('index.html')).toMatch(/^<!DOCTYPE html><html lang="nl">/);
    expect(await page('en/index.html')).toMatch(/^<!DOCTYPE html><html lang="en">/);
    const host = await page('processors/eu-host/index.html');
    expect(host).toContain(
      '<link rel="alternate" hreflang="en" href="https://trust.fixture.example/en/processors/eu-host/">',
    );
    expect(host).toContain(
      '<link rel="alternate" hreflang="x-default" href="https://trust.fixture.example/processors/eu-host/">',
    );
    expect(host).toContain('Host de app.');
    expect(await page('en/processors/eu-host/index.html')).toContain('Hosts the app.');
  });

  it('shows a text missing in English in Dutch, tagged and marked as not translated', async () => {
    const english = await page('en/index.html');
    expect(english).toContain(
      '<span lang="nl">De app</span> <span class="untranslated">(Dutch, not translated)</span>',
    );
    expect(await page('index.html')).not.toContain('class="untranslated"');
  });

  it('writes the downloads and feeds in each language', async () => {
    const dutch = await page('subprocessors.csv');
    const english = await page('en/subprocessors.csv');
    expect(dutch.split('\r\n')[0]).toContain('Verwerker');
    expect(english.split('\r\n')[0]).toContain('Processor');
    expect(JSON.parse(await page('en/subprocessors.json'))).toMatchObject({
      language: 'en',
      processors: expect.arrayContaining([expect.objectContaining({ id: 'eu-host' })]),
    });
    expect(await page('en/changes.rss')).toContain('<language>en</language>');
    expect(await page('changes.rss')).toContain('<language>nl</language>');
  });

  it('opens the Dutch CSV and XLSX in LibreOffice with Dutch headers, sheet names and labels', async () => {
    const lo = path.join(dist, '..', 'lo');
    await mkdir(lo, { recursive: true });
    const [csv] = await cells(
      await libreoffice(path.join(dist, 'subprocessors.csv'), 'xlsx', lo, 'CSV:44,34,76,1'),
    );
    expect(csv!.rows).toHaveLength(1 + 2);
    expect(csv!.rows[0]!.slice(0, 3).map((c) => c.value)).toEqual([
      'Verwerker',
      'Rechtspersoon',
      'Land van vestiging',
    ]);
    expect(csv!.rows.flat().map((c) => c.value)).toEqual(
      expect.arrayContaining([
        'Hosting en infrastructuur',
        '1. Hosting en infrastructuur: Host de app.',
      ]),
    );
    const sheets = await cells(path.join(dist, 'subprocessors.xlsx'));
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'Over deze lijst',
      'Verwerkers',
      'Verwerkingen',
      'Doorgiften',
      'Keten',
      'Wijzigingen',
    ]);
    // Machine values in Dutch words, their codes beside them for tools.
    const [header, ...rows] = sheets[1]!.rows.map((r) => r.map((c) => c.value));
    const column = (name: string) => rows.map((r) => r[header!.indexOf(name)]);
    expect(column('Rol')).toContain('Subverwerker');
    expect(column('Code rol')).toContain('sub-processor');
    expect(column('Status')).toContain('Actief');
    expect(column('Code status')).toContain('active');
  });
});

describe('a text without the default language', () => {
  it('fails the build naming the file and the field', async () => {
    const dir = await prepareFixture('languages-bad', 'languages-bad');
    const result = await buildFixture(dir, EPOCH);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('processors/eu-host.yaml');
    expect(result.output).toContain('activities[0].description');
    expect(result.output).toContain('give the text in nl too');
  });
});
