/**
 * E-mail notices against a real SMTP server (Debian's python3-aiosmtpd, tests/clients/smtp_server.py)
 * on localhost, with every received message parsed by a real MIME parser (mailparser) and its
 * calendar attachment read by python3-icalendar. No part of SMTP is mocked.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, checkedProblems, epochOf } from './helpers';
import { PASSWORD, USER, received, startSmtp, type Smtp } from './smtp';

const run = promisify(execFile);
const TODAY = '2026-11-20';

/** A registry in two languages, three products and three changes announced on two days, with subscribers. */
async function prepare(name: string): Promise<string> {
  const dir = path.join(ROOT, 'tests/.out/notify', name);
  await rm(path.join(dir, 'content'), { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(path.join(ROOT, 'tests/fixtures/minimal/content'), path.join(dir, 'content'), {
    recursive: true,
  });
  await cp(path.join(ROOT, 'tests/fixtures/notify'), path.join(dir, 'content'), {
    recursive: true,
  });
  return dir;
}

const env = (dir: string, smtp: Smtp | undefined, extra: Record<string, string> = {}) => ({
  ...process.env,
  REGISTRY_CONTENT: path.join(dir, 'content'),
  SOURCE_DATE_EPOCH: epochOf(TODAY),
  ...(smtp
    ? {
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
        SMTP_SECURE: 'false',
        SMTP_USER: USER,
        SMTP_PASSWORD: PASSWORD,
        SMTP_FROM: 'Fixture <notices@fixture.example>',
      }
    : {}),
  ...extra,
});

/** Runs npm run notify's script; never throws, gives its exit code and output. */
function notify(args: string[], environment: NodeJS.ProcessEnv) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/notify.ts', ...args],
      { cwd: ROOT, env: environment, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

/** Writes a subscriber list of the given rows under the case's folder (never in content/). */
async function subscribers(dir: string, rows: string[]): Promise<string> {
  const file = path.join(dir, 'subscribers.csv');
  await writeFile(file, ['email,language,products', ...rows].join('\n'));
  return file;
}

const ROWS = [
  'anna@customer.example,en,',
  'bram@klant.example,nl,app',
  'carla@customer.example,en,web',
  'dirk@klant.example,nl,all',
];

describe('npm run notify against a real SMTP server', () => {
  const servers: Smtp[] = [];
  afterAll(() => servers.forEach((s) => s.process.kill()));

  let dir: string;
  let smtp: Smtp;
  let first: { code: number; output: string };
  let mail: ParsedMail[];

  beforeAll(async () => {
    dir = await prepare('send');
    smtp = await startSmtp('send');
    servers.push(smtp);
    const list = await subscribers(dir, ROWS);
    first = await notify(['--subscribers', list], env(dir, smtp));
    mail = await received(smtp);
  }, 120_000);

  it('sends each subscriber one e-mail per announcement day, for the products they follow, in their language', () => {
    expect(first.code, first.output).toBe(0);
    const to = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0] : m.to)!.text;
    const by = (address: string) => mail.filter((m) => to(m) === address);
    // Day one: the app and the web change; day two: the web change only.
    expect(by('anna@customer.example').map((m) => m.subject)).toEqual([
      'Fixture: Web Tracker added (+1 more)',
      'Fixture: Web Analytics added',
    ]);
    expect(by('bram@klant.example').map((m) => m.subject)).toEqual([
      'Fixture: App Host toegevoegd',
    ]);
    expect(by('carla@customer.example').map((m) => m.subject)).toEqual([
      'Fixture: Web Tracker added',
      'Fixture: Web Analytics added',
    ]);
    expect(by('dirk@klant.example')).toHaveLength(2);
    expect(mail).toHaveLength(7);
  });

  it('says what the recipient receives, where, under which safeguard, how long, and until when to object', () => {
    const message = mail.find((m) => m.subject === 'Fixture: App Host toegevoegd')!;
    expect(message.text).toContain('App Host (App Host Inc., Verenigde Staten), Subverwerker');
    expect(message.text).toContain('Persoonsgegevens: IP-adres');
    expect(message.text).toContain('Verwerkt in: Verenigde Staten');
    expect(message.text).toContain('Modelcontractbepalingen (2021/914)');
    expect(message.text).toContain('Bewaard: 30 dagen');
    expect(message.text).toContain('Gaat in: 20 december 2026');
    expect(message.text).toContain(
      'U kunt tot 19 december 2026 bezwaar maken per e-mail aan objections@fixture.example.',
    );
    expect(message.html).toContain('href="mailto:objections@fixture.example?');
    expect(message.html).toContain('<html lang="nl">');
  });

  it('carries the list headers, a stable Message-ID and the calendar of its changes', async () => {
    const message = mail.find((m) => m.subject === 'Fixture: App Host toegevoegd')!;
    // mailparser reads List-Id and List-Unsubscribe (RFC 2919, RFC 2369) into one header.
    expect(message.headers.get('list')).toMatchObject({
      id: { id: 'changes.trust.fixture.example' },
      unsubscribe: { mail: expect.stringContaining('privacy@fixture.example') },
    });
    expect(message.messageId).toMatch(/^<2026-11-19\.[0-9a-f]{32}@trust\.fixture\.example>$/);
    const ics = message.attachments.find((a) => a.filename === 'changes.ics')!;
    const file = path.join(dir, 'changes.ics');
    await writeFile(file, ics.content);
    const { stdout } = await run('/usr/bin/python3', [
      '-c',
      'import sys, icalendar; c = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read()); print("\\n".join(str(e.get("uid")) for e in c.walk("VEVENT")))',
      file,
    ]);
    expect(stdout.trim().split('\n').sort()).toEqual([
      '2026-12-20-app-host-added.deadline@trust.fixture.example',
      '2026-12-20-app-host-added.effective@trust.fixture.example',
    ]);
  });

  it('records in the ledger when each change went out and to how many, with no address in it', async () => {
    const files = (await readdir(path.join(dir, 'content/notices'))).sort();
    expect(files).toEqual(['2026-11-19.json', '2026-11-20.json']);
    const ledger = await readFile(path.join(dir, 'content/notices/2026-11-19.json'), 'utf8');
    expect(ledger).not.toMatch(/@|anna|bram|carla|dirk/);
    const data = JSON.parse(ledger) as {
      email: { language: string; sent: number; recipients: number }[];
    };
    expect(
      data.email.map(({ language, sent, recipients }) => ({ language, sent, recipients })),
    ).toEqual([
      { language: 'en', sent: 2, recipients: 2 },
      { language: 'nl', sent: 2, recipients: 2 },
    ]);
    // The build reads it: the change page says when, and the lint finds nothing unsent.
    const problems = await checkedProblems(dir, TODAY);
    expect(problems.filter((p) => p.rule.startsWith('notice-'))).toEqual([]);
  });

  it('sends nothing the second time', async () => {
    const again = await notify(
      ['--subscribers', path.join(dir, 'subscribers.csv')],
      env(dir, smtp),
    );
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain('nothing to do');
    expect(await received(smtp)).toHaveLength(7);
  });
});

describe('a run killed half-way', () => {
  it('resumes where it stopped and delivers each message exactly once', async () => {
    const dir = await prepare('killed');
    const hanging = await startSmtp('killed', 3);
    const rows = Array.from(
      { length: 12 },
      (_, i) => `reader${i}@customer.example,${i % 2 ? 'nl' : 'en'},`,
    );
    const list = await subscribers(dir, rows);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/notify.ts', '--subscribers', list],
      {
        cwd: ROOT,
        env: env(dir, hanging),
      },
    );
    // The server stops answering after 3 messages: kill the sender while it waits for the 4th.
    for (let waited = 0; !existsSync(path.join(hanging.maildir, 'hanging')); waited += 100) {
      if (waited > 60_000) throw new Error('the sender never reached the 4th message');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const before = await received(hanging);
    hanging.process.kill();
    expect(before).toHaveLength(3);

    const smtp = await startSmtp('killed-again');
    const rerun = await notify(['--subscribers', list], env(dir, smtp));
    smtp.process.kill();
    expect(rerun.code, rerun.output).toBe(0);
    const after = await received(smtp);
    const ids = [...before, ...after].map((m) => m.messageId);
    // Every subscriber gets both days' notices, each once: 12 × 2.
    expect(ids).toHaveLength(24);
    expect(new Set(ids).size).toBe(24);
  }, 120_000);
});

describe('what stops a run before anything is sent', () => {
  it('a bad subscriber row: an error naming the line and the column, and nothing sent or recorded', async () => {
    const dir = await prepare('bad-row');
    const smtp = await startSmtp('bad-row');
    const list = await subscribers(dir, [
      'anna@customer.example,en,',
      'not-an-address,en,',
      'carla@customer.example,de,',
    ]);
    const result = await notify(['--subscribers', list], env(dir, smtp));
    smtp.process.kill();
    expect(result.code).toBe(1);
    expect(result.output).toContain(`${list}:3: email: "not-an-address" is not an e-mail address`);
    expect(result.output).toContain(`${list}:4: language: "de" is not a language of the site`);
    expect(result.output).toContain('nothing was sent');
    expect(await received(smtp)).toHaveLength(0);
    expect(existsSync(path.join(dir, 'content/notices'))).toBe(false);
  }, 60_000);

  it('a wrong SMTP password: a clear error, nothing sent or recorded', async () => {
    const dir = await prepare('bad-password');
    const smtp = await startSmtp('bad-password');
    const list = await subscribers(dir, ROWS);
    const result = await notify(
      ['--subscribers', list],
      env(dir, smtp, { SMTP_PASSWORD: 'wrong' }),
    );
    smtp.process.kill();
    expect(result.code).toBe(1);
    expect(result.output).toContain(`refused the login of ${USER}`);
    expect(result.output).toContain('nothing was sent');
    expect(await received(smtp)).toHaveLength(0);
    expect(existsSync(path.join(dir, 'content/notices'))).toBe(false);
  }, 60_000);
});

describe('a dry run', () => {
  it('writes every message as an .eml file a MIME parser opens, and records nothing', async () => {
    const dir = await prepare('dry-run');
    const out = path.join(dir, 'eml');
    const result = await notify(['--dry-run', '--out', out], env(dir, undefined));
    expect(result.code, result.output).toBe(0);
    const files = (await readdir(out)).sort();
    // No subscriber list: one sample subscriber per language, following everything; two days.
    expect(files).toHaveLength(4);
    const parsed = await Promise.all(
      files.map(async (f) => simpleParser(await readFile(path.join(out, f)))),
    );
    expect(parsed.map((m) => m.subject).sort()).toEqual([
      'Fixture: Web Analytics added',
      'Fixture: Web Analytics toegevoegd',
      'Fixture: Web Tracker added (+1 more)',
      'Fixture: Web Tracker toegevoegd (+1 meer)',
    ]);
    expect(parsed.every((m) => m.attachments.some((a) => a.filename === 'changes.ics'))).toBe(true);
    expect(existsSync(path.join(dir, 'content/notices'))).toBe(false);
  }, 60_000);
});

describe('webhooks', () => {
  it('post each change once to every URL, retry a failing one a bounded number of times, and again on the next run', async () => {
    const { createServer } = await import('node:http');
    const bodies: { path: string; body: unknown }[] = [];
    let failures = 0;
    let broken = true;
    const server = createServer((request, response) => {
      let data = '';
      request.on('data', (chunk: Buffer) => (data += String(chunk)));
      request.on('end', () => {
        if (request.url === '/flaky' && broken) {
          failures += 1;
          response.writeHead(500).end();
          return;
        }
        bodies.push({ path: request.url ?? '', body: JSON.parse(data) as unknown });
        response.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const base = `http://127.0.0.1:${port}`;
    const hooks = `${base}/json teams:${base}/teams ${base}/flaky`;
    const dir = await prepare('webhooks');
    const smtp = await startSmtp('webhooks');
    const list = await subscribers(dir, ['anna@customer.example,en,']);
    const changeIds = (path: string) =>
      bodies
        .filter((b) => b.path === path)
        .map(
          (b) =>
            (b.body as { _processor_registry: { change_id: string } })._processor_registry
              .change_id,
        )
        .sort();
    try {
      const first = await notify(
        ['--subscribers', list],
        env(dir, smtp, { REGISTRY_WEBHOOKS: hooks }),
      );
      expect(first.code).toBe(1);
      expect(first.output).toMatch(/webhook json #[0-9a-f]{8} failed after 3 tries: HTTP 500/);
      expect(failures).toBe(6); // three tries for each of the two notices
      expect(changeIds('/json')).toEqual([
        '2026-11-19-web-tracker-added',
        '2026-11-20-web-analytics-added',
        '2026-12-20-app-host-added',
      ]);
      const teams = bodies
        .filter((b) => b.path === '/teams')
        .map((b) => b.body as { '@type': string });
      expect(teams.map((b) => b['@type'])).toEqual(['MessageCard', 'MessageCard', 'MessageCard']);
      expect(
        await readFile(path.join(dir, 'content/notices/2026-11-19.json'), 'utf8'),
      ).not.toContain('127.0.0.1');

      // The next run sends no e-mail again and posts only to the URL that failed.
      broken = false;
      const before = bodies.length;
      const again = await notify(
        ['--subscribers', list],
        env(dir, smtp, { REGISTRY_WEBHOOKS: hooks }),
      );
      expect(again.code, again.output).toBe(0);
      expect(bodies.slice(before).every((b) => b.path === '/flaky')).toBe(true);
      expect(changeIds('/flaky')).toEqual(changeIds('/json'));
      expect(await received(smtp)).toHaveLength(2);
      const third = await notify(
        ['--subscribers', list],
        env(dir, smtp, { REGISTRY_WEBHOOKS: hooks }),
      );
      expect(third.output).toContain('nothing to do');
    } finally {
      smtp.process.kill();
      server.close();
    }
  }, 120_000);
});
