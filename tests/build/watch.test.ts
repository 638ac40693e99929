/**
 * npm run watch against a local server serving vendors' lists in the shapes they publish (real
 * ones: an HTML table, a bulleted list, a page of sections, a CSV, a PDF, a registry built by this
 * project; and hostile answers), as a scheduled CI job runs it: what it reports, its exit status,
 * the snapshots it keeps in content/watch/, and that nothing outside content/ changes.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { readContent } from '../../src/lib/load/read-files';
import { discoveryDocument } from '../../src/lib/outputs/discovery';
import { siteFile } from '../../src/lib/outputs/files';
import { buildRegistry } from '../../src/lib/pipeline';
import { FetchGap, fetchList, onePerHost } from '../../src/lib/watch/fetch';
import { watchVendor, type Vendor, type VendorReport } from '../../src/lib/watch/watch';
import type { ProcessorData } from '../../src/schemas/processor';
import type { WatchSnapshot } from '../../src/schemas/watch';
import { ROOT } from './helpers';
import { PASSWORD, USER, received, startSmtp } from './smtp';

const run = promisify(execFile);
const FIXTURES = path.join(ROOT, 'tests/fixtures');
const fixture = (file: string) => readFileSync(path.join(FIXTURES, file));

/** What each path answers: a body and its type, or a function that answers itself. */
type Answer =
  | { body: Buffer | string; type?: string }
  | ((req: http.IncomingMessage, res: http.ServerResponse) => void);

const routes = new Map<string, Answer>();
const requests: string[] = [];
let server: http.Server;
let origin: string;
const open = new Set<http.ServerResponse>();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    open.add(res);
    res.on('close', () => open.delete(res));
    const answer = routes.get(req.url ?? '');
    if (!answer) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    if (typeof answer === 'function') return answer(req, res);
    res
      .writeHead(200, { 'content-type': answer.type ?? 'text/html; charset=utf-8' })
      .end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  routes.set('/table.html', { body: fixture('lists/fr-domifa/domifa-sous-traitants.html') });
  routes.set('/bullets.md', { body: fixture('lists/en-basecamp/index.md'), type: 'text/markdown' });
  routes.set('/sections.md', {
    body: fixture('watch/segment/subprocessors.md'),
    type: 'text/markdown',
  });
  routes.set('/list.csv', {
    body: fixture('lists/de-openproject-excel/unterauftragnehmer.csv'),
    type: 'text/csv',
  });
  routes.set('/list.pdf', {
    body: fixture('watch/make-com/sub-processors.pdf'),
    type: 'application/pdf',
  });
  // A CSV served as a web page: the bytes say what it is.
  routes.set('/wrong-type', {
    body: fixture('lists/de-openproject-excel/unterauftragnehmer.csv'),
    type: 'text/html',
  });
  routes.set('/loop', (_req, res) => res.writeHead(302, { location: '/loop' }).end());
  routes.set('/to-elsewhere', (_req, res) =>
    res.writeHead(301, { location: 'http://example.com/list' }).end(),
  );
  routes.set('/gone', (_req, res) => res.writeHead(410).end('Gone'));
  // 50 MB, sent without a length, in 64 KB pieces.
  routes.set('/huge', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const piece = Buffer.alloc(64 * 1024, '<p>x</p>');
    let sent = 0;
    const more = () => {
      while (sent < 50 * 1024 * 1024) {
        sent += piece.length;
        if (!res.write(piece)) return void res.once('drain', more);
      }
      res.end();
    };
    more();
  });
  // Headers at once, then a byte every second, for ever.
  routes.set('/slow', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const timer = setInterval(() => res.write(' '), 1000);
    res.on('close', () => clearInterval(timer));
  });
  routes.set('/not-a-list.pdf', {
    body: fixture('watch/make-com/sub-processors.pdf').subarray(0, 200),
    type: 'application/pdf',
  });
});

afterAll(async () => {
  for (const res of open) res.destroy();
  await new Promise((resolve) => server.close(resolve));
});

const limits = { timeoutMs: 3000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };
const vendor = (url: string, data: Partial<ProcessorData> = {}): Vendor => ({
  id: 'vendor',
  url,
  data: { name: 'Vendor', ...data } as ProcessorData,
});
const watch = (url: string, previous?: WatchSnapshot, data?: Partial<ProcessorData>) =>
  watchVendor(vendor(`${origin}${url}`, data), previous, {
    processors: new Map(),
    now: new Date('2026-12-05T06:00:00Z'),
    limits,
  });
const names = (report: VendorReport) => report.snapshot.entries.map((e) => e.name);

describe('watch reads the lists vendors publish', () => {
  it('an HTML table (DomiFa), with the countries it gives', async () => {
    const report = await watch('/table.html');
    expect(report.gap).toBeUndefined();
    expect(report.snapshot.entries).toContainEqual(
      expect.objectContaining({ name: 'Tally', places: ['BE'] }),
    );
    expect(names(report)).toEqual(['Brevo', 'Link Mobility', 'OVH', 'Tally']);
    expect(report.snapshot.source).toMatchObject({ status: 200, via: 'address', format: 'html' });
    expect(report.snapshot.source!.sha256).toBe(
      createHash('sha256')
        .update(fixture('lists/fr-domifa/domifa-sous-traitants.html'))
        .digest('hex'),
    );
  });

  it('a bulleted list under headings that give the place (Basecamp)', async () => {
    const report = await watch('/bullets.md');
    expect(report.snapshot.entries).toContainEqual(
      expect.objectContaining({
        name: 'Sentry',
        places: ['US'],
        purpose: 'Error reporting software.',
      }),
    );
    expect(report.snapshot.entries).toContainEqual(
      expect.objectContaining({ name: 'AppSignal', places: ['eu'] }),
    );
    expect(report.snapshot.entries).toHaveLength(11);
  });

  it('a page of sections, a table each (Segment)', async () => {
    const report = await watch('/sections.md');
    expect(names(report)).toEqual(
      expect.arrayContaining(['Amazon Web Services, Inc.', 'Slack, Inc.', 'Google LLC.']),
    );
    // "Entity Location" is where the company is, not where it processes data.
    expect(
      report.snapshot.entries.every((e) => e.entityCountry === 'US' && e.places.length === 0),
    ).toBe(true);
  });

  it('a CSV whose names carry the address (OpenProject)', async () => {
    const report = await watch('/list.csv');
    expect(names(report)).toContain('Amazon Web Services EMEA SARL – AWS');
  });

  it('a PDF whose text has a table’s shape (Make), each row whole', async () => {
    const report = await watch('/list.pdf');
    expect(report.snapshot.source?.format).toBe('pdf');
    expect(names(report)).toEqual([
      'Amazon Web Services Inc.',
      'Candu, Inc., Walnut, California',
      'Freshdesk, Inc., San Francisco, California',
      'MongoDB Limited',
      'Our applicable Affiliates:',
      'Peaberry Software, Inc. Beaverton, Oregon',
      'Userflow, Inc., San Francisco, California',
    ]);
    expect(report.snapshot.entries).toContainEqual(
      expect.objectContaining({
        name: 'Freshdesk, Inc., San Francisco, California',
        details: 'Hosting location: Germany (Frankfurt)',
        purpose: 'Operation of Support Ticketing Tool',
      }),
    );
  });

  it('a list served with the wrong content type, read as what its bytes are', async () => {
    const report = await watch('/wrong-type');
    expect(report.gap).toBeUndefined();
    expect(names(report)).toContain('Amazon Web Services EMEA SARL – AWS');
    expect(report.notes.join(' ')).toMatch(/served as text\/html, but it is csv/);
  });
});

describe('a registry built with this project is read through its discovery document', () => {
  let site: string;
  beforeAll(async () => {
    const { source, releases } = await readContent(path.join(FIXTURES, 'minimal/content'), ROOT);
    const registry = buildRegistry(
      source!,
      '2026-12-05',
      releases.map((r) => r.release),
    );
    site = `${origin}/trust/`;
    const url = new URL(site);
    // Served at this site: its discovery document says so, as a registry's own does.
    const discovery = { ...(await discoveryDocument(registry, url)) };
    discovery.publisher = { ...discovery.publisher, siteUrl: site };
    const t = translator('en');
    const json = (await siteFile(registry, 'subprocessors.json', url, 'en', t))!.body;
    routes.set('/.well-known/subprocessors.json', {
      body: JSON.stringify(discovery),
      type: 'application/json',
    });
    routes.set('/trust/subprocessors.json', {
      body: typeof json === 'string' ? json : Buffer.from(json),
      type: 'application/json',
    });
    routes.set('/trust/', { body: '<html><body><p>Our trust center</p></body></html>' });
  });
  afterAll(() => {
    routes.delete('/.well-known/subprocessors.json');
  });

  it('takes the list its discovery document names, checks its hash, and reads every field', async () => {
    const report = await watch('/trust/');
    expect(report.via).toBe('discovery');
    expect(report.notes).toEqual([]);
    expect(report.snapshot.source?.url).toBe(`${site}subprocessors.json`);
    expect(report.snapshot.entries).toEqual([
      {
        name: 'EU Host',
        entity: 'EU Host B.V.',
        entityCountry: 'NL',
        places: ['NL'],
        purpose: 'Hosts the app.',
      },
      {
        name: 'US Mailer',
        entity: 'US Mailer, Inc.',
        entityCountry: 'US',
        places: ['US'],
        purpose: 'Sends e-mail.',
      },
    ]);
  });
});

describe('hostile and broken answers are gaps, named, and never hang', () => {
  it.each([
    ['/loop', /redirects in a loop/],
    ['/to-elsewhere', /only https:\/\/ addresses are fetched/],
    ['/gone', /HTTP 410/],
    ['/missing', /HTTP 404/],
    ['/huge', /more than the 5,120 KiB a list may have/],
    ['/slow', /no complete answer within 3 s/],
    ['/not-a-list.pdf', /is a PDF that cannot be opened/],
  ])('%s', async (route, reason) => {
    const started = Date.now();
    const report = await watch(route);
    expect(report.gap).toMatch(reason);
    expect(report.needsPerson).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('keeps the last entries on a gap, saying when they were read', async () => {
    routes.set('/flaky', { body: fixture('lists/fr-domifa/domifa-sous-traitants.html') });
    const first = await watch('/flaky');
    routes.set('/flaky', (_req, res) => res.writeHead(503).end());
    const gap = await watch('/flaky', first.snapshot);
    expect(gap.snapshot.entries).toEqual(first.snapshot.entries);
    expect(gap.snapshot.readAt).toBe(first.snapshot.readAt);
    expect(gap.snapshot.gap).toMatch(/HTTP 503/);
  });

  it('refuses an https address on this machine or a private network', async () => {
    const report = await watchVendor(vendor('https://localhost:1/list'), undefined, {
      processors: new Map(),
      now: new Date('2026-12-05T06:00:00Z'),
      limits,
    });
    expect(report.gap).toMatch(
      /localhost is at (127\.0\.0\.1|::1), an address on this machine or a private network/,
    );
    await expect(fetchList('https://10.1.2.3/list', limits)).rejects.toThrow(/private network/);
  });

  it('keeps a list whose name cell starts with its address, and its snapshot stays valid', async () => {
    routes.set('/odd.csv', {
      body: 'Name,Purpose\n", Main Street 1, Berlin, Germany",Hosting\nGood Co,Mail\n',
      type: 'text/csv',
    });
    const report = await watch('/odd.csv');
    expect(report.gap).toBeUndefined();
    expect(names(report)).toEqual([', Main Street 1, Berlin, Germany', 'Good Co']);
  });

  it('refuses addresses that are not https (but for this machine)', async () => {
    await expect(fetchList('http://example.com/list', limits)).rejects.toThrow(FetchGap);
    await expect(fetchList('file:///etc/passwd', limits)).rejects.toThrow(/only https/);
    await expect(fetchList('https://user:secret@example.com/', limits)).rejects.toThrow(
      /user name or password/,
    );
  });

  it('asks one host one thing at a time', async () => {
    let now = 0;
    let most = 0;
    let maxPerHost = 0;
    const perHost = new Map<string, number>();
    await onePerHost(
      ['a', 'a', 'a', 'b', 'b', 'c'],
      (host) => host,
      async (host) => {
        now += 1;
        most = Math.max(most, now);
        perHost.set(host, (perHost.get(host) ?? 0) + 1);
        maxPerHost = Math.max(maxPerHost, perHost.get(host)!);
        await new Promise((resolve) => setTimeout(resolve, 20));
        perHost.set(host, perHost.get(host)! - 1);
        now -= 1;
        return host;
      },
    );
    expect(most).toBeLessThanOrEqual(3);
    expect(most).toBeGreaterThan(1); // hosts in parallel
    expect(maxPerHost).toBe(1); // one request at a time to each
  });
});

describe('npm run watch, as a scheduled job runs it', () => {
  let dir: string;
  const content = () => path.join(dir, 'content');
  const env = () => ({
    ...process.env,
    REGISTRY_CONTENT: content(),
    SOURCE_DATE_EPOCH: String(Date.parse('2026-12-05T06:00:00Z') / 1000),
  });
  let extraEnv: Record<string, string> = {};
  const watchRun = async (...args: string[]) => {
    try {
      const { stdout } = await run('npx', ['tsx', 'scripts/watch.ts', ...args], {
        cwd: ROOT,
        env: { ...env(), ...extraEnv },
      });
      return { code: 0, stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout + failed.stderr };
    }
  };
  /** Every file of the folder outside content/, with its size and time: none may change. */
  const outside = async () => {
    const files = await readdir(dir, { recursive: true });
    const kept = files.filter((f) => !f.startsWith('content'));
    return Promise.all(kept.map(async (f) => `${f} ${(await stat(path.join(dir, f))).mtimeMs}`));
  };
  const serve = (file: string) =>
    routes.set('/tailscale', { body: fixture(`watch/tailscale/${file}`), type: 'text/markdown' });

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'registry-watch-'));
    await cp(path.join(FIXTURES, 'minimal/content'), content(), { recursive: true });
    await writeFile(path.join(dir, 'outside.txt'), 'not content');
    const host = await readFile(path.join(content(), 'processors/eu-host.yaml'), 'utf8');
    await writeFile(
      path.join(content(), 'processors/eu-host.yaml'),
      `${host}subprocessorListUrl: ${origin}/tailscale\nchain:\n  checkedOn: 2026-01-10\n  links:\n    - { name: Vultr, countries: [US], purpose: Hosting }\n    - { name: HelpScout, countries: [US], purpose: Support }\n`,
    );
    const mailer = await readFile(path.join(content(), 'processors/us-mailer.yaml'), 'utf8');
    await writeFile(
      path.join(content(), 'processors/us-mailer.yaml'),
      `${mailer}subprocessorListUrl: ${origin}/gone\n`,
    );
    serve('2024-04-01.md');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads each list once, keeps a snapshot, reports the chain and a gap, and exits 1', async () => {
    const before = await outside();
    const { code, stdout } = await watchRun();
    expect(code).toBe(1);
    expect(stdout).toContain('EU Host (eu-host): ');
    expect(stdout).toContain('First read, through the address: 7 entries, kept as the snapshot.');
    expect(stdout).toContain('US Mailer (us-mailer): ');
    expect(stdout).toMatch(/GAP: could not read the list: .*HTTP 410\./);
    expect(stdout).toContain(
      'It was never read: nothing is known of this vendor’s sub-processors.',
    );
    // Vultr's list places (US and the EEA) hold no country the chain lacks: no finding.
    expect(stdout).not.toContain('CHAIN: Vultr');
    expect(stdout).toMatch(/2 vendor lists watched: 1 needs a person \(1 could not be read\)\.$/m);
    const snapshot = JSON.parse(
      await readFile(path.join(content(), 'watch/eu-host.json'), 'utf8'),
    ) as WatchSnapshot;
    expect(snapshot).toMatchObject({ processor: 'eu-host', checkedAt: '2026-12-05T06:00:00.000Z' });
    expect(snapshot.entries.map((e) => e.name)).toContain('HelpScout');
    expect(await outside()).toEqual(before);
  }, 60_000);

  it('reports additions and removals, calls a new date on the same entries no change, and exits 0 once the chain is true', async () => {
    // The gap stays a gap: serve the mailer's list too, so that only the layout question is left.
    routes.set('/gone', { body: fixture('lists/fr-domifa/domifa-sous-traitants.html') });
    await watchRun(); // the mailer's first read
    serve('2024-04-12.md'); // HelpScout removed, Hetzner added
    const changed = await watchRun('--only', 'eu-host');
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain(
      'ADDED: Hetzner: US, eea; Cloud hosting provider for DERP servers',
    );
    expect(changed.stdout).toContain('REMOVED: HelpScout: US; Troubleshooting');
    expect(changed.stdout).toContain(
      "CHAIN: HelpScout is in the chain, but not on the vendor's list any more.",
    );
    expect(changed.stdout).toMatch(
      /To decide: Hetzner came onto the list after the chain was last checked, and no chain link names it/,
    );
    serve('2024-10-28.md'); // only its date
    const same = await watchRun('--only', 'eu-host');
    expect(same.stdout).toContain(
      "Unchanged: 7 entries (the page's layout changed, its entries did not).",
    );
    expect(same.stdout).toContain('CHAIN: HelpScout is in the chain');
    serve('2025-09-02.md'); // Linode added
    const added = await watchRun('--only', 'eu-host');
    expect(added.stdout).toContain('ADDED: Linode: US; Cloud hosting provider for DERP servers');
    // The chain made true (HelpScout gone from it, the new entries looked at): nothing needs a person.
    const file = path.join(content(), 'processors/eu-host.yaml');
    await writeFile(
      file,
      (await readFile(file, 'utf8'))
        .replace(/ {4}- \{ name: HelpScout.*\n/, '')
        .replace('checkedOn: 2026-01-10', 'checkedOn: 2026-12-05'),
    );
    const quiet = await watchRun();
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toContain('Unchanged: 8 entries.');
    expect(quiet.stdout).toMatch(/2 vendor lists watched: nothing needs a person\.$/m);
  }, 120_000);

  it('sends the report to the privacy team, by e-mail to a real SMTP server and to a webhook', async () => {
    const smtp = await startSmtp('watch');
    const posted: unknown[] = [];
    routes.set('/team-hook', (req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        posted.push(JSON.parse(body));
        res.writeHead(200).end('ok');
      });
    });
    try {
      extraEnv = {
        REGISTRY_WATCH_EMAIL: 'privacy-team@fixture.example',
        REGISTRY_WATCH_WEBHOOKS: `slack:${origin}/team-hook`,
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
        SMTP_SECURE: 'false',
        SMTP_USER: USER,
        SMTP_PASSWORD: PASSWORD,
        SMTP_FROM: 'Watch <watch@fixture.example>',
      };
      serve('2024-04-01.md'); // back to the oldest: Hetzner and Linode gone, HelpScout back
      const result = await watchRun('--only', 'eu-host');
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(
        /The report was e-mailed to privacy-team@fixture\.example; posted to the webhook at 127\.0\.0\.1:\d+\./,
      );
      const [mail, ...more] = await received(smtp);
      expect(more).toEqual([]);
      expect(mail!.subject).toBe('Vendor lists: 1 vendor list watched: 1 needs a person.');
      expect(mail!.text).toContain('REMOVED: Linode: US; Cloud hosting provider for DERP servers');
      expect(posted).toEqual([
        {
          text: expect.stringMatching(
            /^\*1 vendor list watched: 1 needs a person\.\*\n```\n[\s\S]*ADDED: HelpScout/,
          ),
        },
      ]);
    } finally {
      extraEnv = {};
      smtp.process.kill();
    }
  }, 60_000);

  it('names a wrong option and exits 2, fetching nothing', async () => {
    const count = requests.length;
    const wrong = await watchRun('--only', 'nobody');
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toContain(
      '--only nobody: no recipient has that file name in content/processors/',
    );
    expect(requests.length).toBe(count);
  }, 60_000);
});

describe('npm run watch -- --apply, after a person has read the report', () => {
  let dir: string;
  const content = () => path.join(dir, 'content');
  const env = () => ({
    ...process.env,
    REGISTRY_CONTENT: content(),
    SOURCE_DATE_EPOCH: String(Date.parse('2026-12-05T06:00:00Z') / 1000),
  });
  const script = async (name: string, ...args: string[]) => {
    try {
      return (await run('npx', ['tsx', `scripts/${name}.ts`, ...args], { cwd: ROOT, env: env() }))
        .stdout;
    } catch (error) {
      const failed = error as { stdout: string; stderr: string };
      return failed.stdout + failed.stderr;
    }
  };
  const serve = (file: string) =>
    routes.set('/tailscale-apply', {
      body: fixture(`watch/tailscale/${file}`),
      type: 'text/markdown',
    });
  const processorFile = () => path.join(content(), 'processors/eu-host.yaml');

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'registry-watch-apply-'));
    await cp(path.join(FIXTURES, 'minimal/content'), content(), { recursive: true });
    const host = await readFile(processorFile(), 'utf8');
    await writeFile(
      processorFile(),
      `${host}subprocessorListUrl: ${origin}/tailscale-apply\nchain:\n  checkedOn: 2026-01-10\n  links:\n    - { name: Vultr, countries: [US], purpose: Hosting }\n    - { name: HelpScout, countries: [US], purpose: Support }\n`,
    );
    // A vendor that does not disclose its list: nothing to fetch for it.
    const mailer = path.join(content(), 'processors/us-mailer.yaml');
    await writeFile(
      mailer,
      `${await readFile(mailer, 'utf8')}subprocessorListUrl: not-disclosed\n`,
    );
    serve('2024-04-01.md');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('edits nothing but the snapshot without the flag; with it, writes the chain the list shows and scaffolds its announcement', async () => {
    const before = await readFile(processorFile(), 'utf8');
    expect(await script('watch')).toMatch(/^1 vendor list watched: nothing needs a person\.$/m);
    serve('2024-04-12.md'); // HelpScout removed, Hetzner added
    await script('watch', '--only', 'eu-host');
    expect(await readFile(processorFile(), 'utf8')).toBe(before);

    const applied = await script('watch', '--only', 'eu-host', '--apply');
    expect(applied).toContain('Applied (--apply), from the last reads in content/watch/:');
    expect(applied).toContain(
      "processors/eu-host.yaml: chain.links: HelpScout removed (no longer on the vendor's list)",
    );
    expect(applied).toContain(
      'processors/eu-host.yaml: chain.links: Hetzner added (US; Cloud hosting provider for DERP servers)',
    );
    const after = await readFile(processorFile(), 'utf8');
    expect(after).toContain('name: EU Host'); // the rest of the file as it was
    // The list gives Hetzner the EEA too, which a link holds only as countries: left to the person,
    // so the chain does not yet count as checked.
    expect(applied).toContain(
      'processors/eu-host.yaml: left to you: Hetzner: the list also gives eea, which a chain link holds only as the countries',
    );
    expect(after).toMatch(/checkedOn: 2026-01-10/);
    expect(after).not.toContain('HelpScout');
    expect(after).toMatch(
      /name: Hetzner\n\s+countries:\n\s+- US\n\s+purpose: Cloud hosting provider for DERP servers/,
    );
    const changes = await readdir(path.join(content(), 'changes'));
    const scaffolded = changes.find((f) => f.endsWith('-eu-host-chain.yaml'))!;
    expect(scaffolded).toBeDefined();
    const change = await readFile(path.join(content(), 'changes', scaffolded), 'utf8');
    expect(change).toContain('type: changed');
    expect(change).toContain(
      'summary: "EU Host uses Hetzner (United States) for our customers\' data."',
    );
    // The check names what is left to write before the change can be published.
    const check = await script('check');
    expect(check).toMatch(new RegExp(`${scaffolded}[\\s\\S]*still holds a placeholder`));
  }, 120_000);
});
