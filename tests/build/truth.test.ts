/**
 * Nothing added: built registries in which each fixed sentence that makes a claim is false, and
 * in which every fact that may be unknown is "not stated", read on every page, feed and download
 * for what they claim; a US and a UK publisher, whose home is not the EEA's; and the example
 * served at a path of its publisher's site.
 */
import ExcelJS from 'exceljs';
import { createServer, type Server } from 'node:http';
import { cp, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPublished } from '../../src/lib/verify/verify';
import { EXAMPLE, ROOT, buildFixture, epochOf, pageText } from './helpers';

const textOf = pageText;

/** Every file a reader or a tool gets, as text: pages, feeds, calendars, CSV, JSON, and each workbook's cells. */
async function everything(dist: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const relative = path.relative(dist, full);
      if (entry.isDirectory()) {
        if (!['pagefind', '_astro', 'reference'].includes(entry.name)) await walk(full);
      } else if (/\.(html|rss|atom|json|ics|csv|jsonld)$/.test(entry.name))
        files.set(
          relative,
          entry.name.endsWith('.html')
            ? textOf(await readFile(full, 'utf8'))
            : await readFile(full, 'utf8'),
        );
      else if (entry.name.endsWith('.xlsx')) {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(full);
        const texts: string[] = [];
        workbook.eachSheet((sheet) =>
          sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text))),
        );
        files.set(relative, texts.join('\n'));
      }
    }
  };
  await walk(dist);
  return files;
}

/** The files that say `text` (case aside). */
const saying = (files: Map<string, string>, text: string | RegExp) =>
  [...files]
    .filter(([, body]) =>
      typeof text === 'string' ? body.toLowerCase().includes(text.toLowerCase()) : text.test(body),
    )
    .map(([file]) => file);

async function built(name: string, source: string, date = '2026-06-01') {
  const dir = path.join(ROOT, 'tests/.out/truth', name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(source, path.join(dir, 'content'), { recursive: true });
  const result = await buildFixture(dir, { SOURCE_DATE_EPOCH: epochOf(date) });
  expect(result.code, result.output).toBe(0);
  return path.join(dir, 'dist');
}

const FIXTURES = path.join(ROOT, 'tests/fixtures/truth');

describe('no sentence says more than the data', () => {
  let files: Map<string, string>;
  let dist: string;
  beforeAll(async () => {
    dist = await built('claims-false', path.join(FIXTURES, 'claims-false'));
    files = await everything(dist);
  }, 120_000);

  it('says nothing of recipients deciding for themselves when none does', () => {
    expect(saying(files, 'decide for themselves')).toEqual([]);
    expect(saying(files, 'zelf wat ze ermee doen')).toEqual([]);
  });

  it('says "under a data processing agreement" of no processor without one', () => {
    expect(saying(files, 'under a data processing agreement')).toEqual([]);
    expect(saying(files, 'works under a data processing agreement')).toEqual([]);
    expect(files.get('processors/bookkeeper/index.html')).toContain(
      'Data processing agreement None recorded',
    );
  });

  it('promises no notice period the publisher does not promise', () => {
    expect(saying(files, /at least \d+ days/)).toEqual([]);
    expect(files.get('subscribe/index.html')).toContain('We promise no minimum notice');
  });

  it('says no transfer stays in the EEA where a location is not stated, and never copies storage from processing', () => {
    const none = 'None: every place where the data is processed or stored is in the EEA';
    expect(files.get('processors/eu-host/index.html')).not.toContain(none);
    expect(files.get('processors/eu-host/index.html')).toContain(
      'Stored in Not stated in our list',
    );
    // Where it is true (processed and stored in the Netherlands), it is said.
    expect(files.get('processors/bookkeeper/index.html')).toContain(none);
    const rows = files.get('subprocessors.csv')!.split('\n');
    expect(rows.find((row) => row.startsWith('EU Host'))).not.toContain('only in the EEA');
    expect(rows.find((row) => row.startsWith('Bookkeeper'))).toContain('only in the EEA');
    const json = JSON.parse(files.get('subprocessors.json')!) as {
      processors: { id: string; activities: { storage: unknown }[] }[];
    };
    expect(json.processors.find((p) => p.id === 'eu-host')!.activities[0]!.storage).toEqual({
      notStated: true,
    });
  });

  it('says "not disclosed by the vendor" of nothing the content does not record so', () => {
    expect(saying(files, 'not disclosed by the vendor')).toEqual([]);
  });
});

describe('the same sentences, where the data makes them true', () => {
  it('are there: the notice promised', async () => {
    const files = await everything(
      await built('claims-true', path.join(ROOT, 'tests/fixtures/minimal/content')),
    );
    expect(files.get('subscribe/index.html')).toMatch(/at least 30 days/);
  }, 120_000);
});

describe('every fact not stated', () => {
  let files: Map<string, string>;
  beforeAll(async () => {
    files = await everything(await built('not-stated', path.join(FIXTURES, 'not-stated')));
  }, 120_000);

  it('is said so on the page, each one, and never blamed on a vendor', () => {
    const page = files.get('processors/unknown-vendor/index.html')!;
    expect(page).toContain('Role Role not stated');
    expect(page).toContain('Legal entity Not stated in our list');
    expect(page).toContain('Activity 1: Not stated in our list');
    expect(page).toContain('Personal data Not stated in our list');
    expect(page).toContain('Data subjects Not stated in our list');
    expect(page).toContain('Retention Not stated in our list');
    expect(page).toContain('Stored in Not stated in our list');
    expect(page).toContain('Third country, safeguard not stated');
    expect(page).not.toContain('with safeguards');
    const auditors = files.get('processors/auditors/index.html')!;
    expect(auditors).toContain(
      'Not stated in our list (Our statement does not say how long auditors keep working papers.)',
    );
    expect(saying(files, 'not disclosed by the vendor')).toEqual([]);
    expect(saying(files, 'niet bekendgemaakt door de leverancier')).toEqual([]);
  });

  it('says so in the footer, and promises no notice', () => {
    const overview = files.get('index.html')!;
    expect(overview).toContain('Springfield, United States, street and postal code not stated');
    expect(overview).toContain(
      'Data protection officer (name not stated in our list): dpo@quiet.example',
    );
    expect(saying(files, /at least \d+ days/)).toEqual([]);
  });

  it('writes "not stated in our list" in the CSV and { notStated: true } in the JSON', () => {
    const csv = files.get('subprocessors.csv')!;
    expect(csv).toContain('not stated in our list');
    const json = JSON.parse(files.get('subprocessors.json')!) as {
      publisher: Record<string, unknown>;
      processors: Record<string, unknown>[];
    };
    const vendor = json.processors.find((p) => p['id'] === 'unknown-vendor') as {
      role: unknown;
      legalEntity: unknown;
      activities: unknown[];
      transfers: unknown[];
    };
    expect(vendor.role).toBe('not-stated');
    expect(vendor.legalEntity).toEqual({ notStated: true });
    expect(vendor.activities[0]).toMatchObject({
      purpose: { notStated: true },
      dataCategories: { notStated: true },
      dataSubjects: { notStated: true },
      retention: { specified: false, gap: 'not-stated' },
      storage: { notStated: true },
    });
    expect(vendor.transfers[0]).toMatchObject({
      country: 'US',
      region: 'safeguard-not-stated',
      mechanisms: { notStated: true },
    });
    expect(json.publisher['address']).toMatchObject({
      street: { notStated: true },
      city: 'Springfield',
    });
    expect(json.publisher['noticePeriodDays']).toEqual({ notStated: true });
  });
});

describe('a publisher outside the EEA', () => {
  it('counts its US vendors as outside the EEA, and says where it is', async () => {
    const files = await everything(
      await built('us-publisher', path.join(FIXTURES, 'us-publisher')),
    );
    const overview = files.get('index.html')!;
    expect(overview).toContain(
      'Acme Analytics Inc. is established in a country outside the EEA: United States.',
    );
    expect(overview).toMatch(/Outside the EEA 1\b/);
    expect(files.get('processors/us-cloud/index.html')).toContain('Transfers outside the EEA');
  }, 120_000);

  it('under the UK GDPR alone, is at home in the UK: the EEA is covered by UK adequacy regulations', async () => {
    const files = await everything(
      await built('uk-publisher', path.join(FIXTURES, 'uk-publisher')),
    );
    const overview = files.get('index.html')!;
    expect(overview).toMatch(/Outside the United Kingdom 2\b/);
    expect(overview).not.toContain('is established in');
    const irish = files.get('processors/irish-host/index.html')!;
    expect(irish).toContain('Transfers outside the United Kingdom');
    expect(irish).toContain('Covered by an adequacy decision');
  }, 120_000);
});

describe('a trust center at a path of its publisher’s site', () => {
  const BASE = '/legal/subprocessors/';
  let dist: string;
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    const dir = path.join(ROOT, 'tests/.out/truth/at-a-path');
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await cp(EXAMPLE, path.join(dir, 'content'), { recursive: true });
    const organization = path.join(dir, 'content/organization.yaml');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(
      organization,
      (await readFile(organization, 'utf8')).replace(
        /^siteUrl: .*$/m,
        `siteUrl: https://klimaatmeter.example${BASE}`,
      ),
    );
    const result = await buildFixture(dir, { SOURCE_DATE_EPOCH: epochOf('2026-11-20') });
    expect(result.code, result.output).toBe(0);
    dist = path.join(dir, 'dist');
    // Served at the path, as the publisher's web server would.
    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith(BASE)) {
        response.writeHead(404).end();
        return;
      }
      let file = path.join(dist, decodeURIComponent(url.pathname.slice(BASE.length)));
      if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
      readFile(file).then(
        (body) => response.writeHead(200).end(body),
        () => response.writeHead(404).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }, 120_000);
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('links every page, asset and file under the path', async () => {
    const pages = [...(await everything(dist))].filter(([file]) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    for (const [file] of pages) {
      const html = await readFile(path.join(dist, file), 'utf8');
      const local = [...html.matchAll(/(?:href|src)="(\/[^"/][^"]*|\/)"/g)].map((m) => m[1]!);
      expect(
        local.filter((url) => !url.startsWith(BASE)),
        file,
      ).toEqual([]);
    }
  });

  it('keeps the path in canonical links, feeds, calendars, the sitemap, the JSON and discovery', async () => {
    const site = `https://klimaatmeter.example${BASE}`;
    const html = await readFile(path.join(dist, 'processors/amazon-s3/index.html'), 'utf8');
    expect(html).toContain(`rel="canonical" href="${site}processors/amazon-s3/"`);
    for (const file of [
      'changes.rss',
      'changes.atom',
      'changes.json',
      'changes.ics',
      'sitemap-0.xml',
      '.well-known/subprocessors.json',
      'subprocessors.json',
    ]) {
      // A calendar folds its lines at 75 octets: unfolded, as a calendar reads it (RFC 5545 3.1).
      const text = (await readFile(path.join(dist, file), 'utf8')).replace(/\r?\n[ \t]/g, '');
      const urls = [...text.matchAll(/https:\/\/klimaatmeter\.example[^\s"<>\\]*/g)].map(
        (m) => m[0],
      );
      expect(urls.length, file).toBeGreaterThan(0);
      expect(
        urls.filter((url) => !url.startsWith(site)),
        file,
      ).toEqual([]);
    }
  });

  it('verifies as a customer’s tool would, over HTTP at the path', async () => {
    const result = await verifyPublished(new URL(`${origin}${BASE}`), async (url) => {
      const response = await fetch(url);
      return response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
    });
    expect(result.problems).toEqual([]);
    expect(result.files).toBeGreaterThan(20);
  });
});
