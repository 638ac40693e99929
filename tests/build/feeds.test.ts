/** Feeds and calendars as real clients read them, and how the build date moves a change through its window. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFeed, parseJsonFeed } from 'feedsmith';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ROOT,
  buildFixture,
  epochOf,
  prepareFixture,
  readWithRealClients,
  type ClientReading,
  EXAMPLE,
} from './helpers';

describe('the example site’s feeds and calendars, built on 2026-11-20', () => {
  let dist: string;
  let reading: ClientReading;

  beforeAll(async () => {
    const dir = path.join(ROOT, 'tests/.out/example');
    dist = path.join(dir, 'dist');
    const result = await buildFixture(
      dir,
      { SOURCE_DATE_EPOCH: epochOf('2026-11-20') },
      { content: EXAMPLE, out: dist },
    );
    expect(result.code, result.output).toBe(0);
    reading = await readWithRealClients(dist);
  });

  it('parse in feedparser without errors, one set per product and one for all', () => {
    const paths = Object.keys(reading.feeds).filter((p) => !p.endsWith('.json'));
    expect(paths.sort()).toEqual(
      ['', '/nl']
        .flatMap((language) =>
          [
            '/changes',
            '/products/application/changes',
            '/products/organisation/changes',
            '/products/websites/changes',
          ].map((p) => `${language}${p}`),
        )
        .flatMap((p) => [`${p}.atom`, `${p}.rss`])
        .sort(),
    );
    for (const feedPath of paths) {
      const feed = reading.feeds[feedPath]!;
      expect(feed.bozo, `${feedPath}: ${feed.error}`).toBe(false);
      expect(feed.version).toBe(feedPath.endsWith('.rss') ? 'rss20' : 'atom10');
    }
  });

  it('publish every announced change, dated at its announcement, newest first, with how to object', () => {
    const all = reading.feeds['/changes.rss']!;
    expect(all.entries).toHaveLength(15);
    expect(all.entries[0]).toMatchObject({
      id: 'https://trust.klimaatmeter.example/changes/2026-12-15-sentry-added/',
      title: 'Sentry added',
      link: 'https://trust.klimaatmeter.example/changes/2026-12-15-sentry-added/',
      published: '2026-11-10',
    });
    expect(all.entries[0]!.text).toContain('takes effect 15 December 2026');
    expect(all.entries[0]!.text).toContain(
      'You can object until 10 December 2026 by e-mail to objections@klimaatmeter.example',
    );
    expect(all.entries.find((e) => e.id.includes('intercom'))!.title).toBe(
      'Withdrawn: Intercom added',
    );
    expect(reading.feeds['/changes.atom']!.entries.map((e) => e.id)).toEqual(
      all.entries.map((e) => e.id),
    );
    expect(reading.feeds['/products/application/changes.rss']!.entries).toHaveLength(7);
    expect(
      reading.feeds['/products/organisation/changes.atom']!.entries.map((e) => e.title),
    ).toEqual([
      'Visma Connect replaces Scheffer Administraties',
      'Slack added',
      'HubSpot added',
      'Google Workspace changed',
      '19 recipients on the list as the log began',
    ]);
  });

  it('index every page marked for search, in both languages, and no other', async () => {
    const { readdir } = await import('node:fs/promises');
    const marked: Record<string, number> = {};
    for (const file of await readdir(dist, { recursive: true, withFileTypes: true })) {
      if (!file.name.endsWith('.html')) continue;
      const html = await readFile(path.join(file.parentPath, file.name), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const language = /<html lang="([^"]+)"/.exec(html)?.[1] ?? '?';
      marked[language] = (marked[language] ?? 0) + 1;
    }
    const entry = JSON.parse(
      await readFile(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8'),
    ) as { languages: Record<string, { page_count: number }> };
    expect(
      Object.fromEntries(
        Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count]),
      ),
    ).toEqual(marked);
    expect(marked['en']).toBe(27 + 15);
  });

  it('never write an object where a text belongs, in any file of either language', async () => {
    const { readdir } = await import('node:fs/promises');
    const files = (await readdir(dist, { recursive: true, withFileTypes: true })).filter(
      (f) => f.isFile() && !f.parentPath.includes('pagefind') && !f.name.endsWith('.xlsx'),
    );
    const broken: string[] = [];
    for (const file of files)
      if (
        (await readFile(path.join(file.parentPath, file.name), 'utf8')).includes('[object Object]')
      )
        broken.push(path.relative(dist, path.join(file.parentPath, file.name)));
    expect(files.length).toBeGreaterThan(200);
    expect(broken).toEqual([]);
  });

  it('publish the same changes in Dutch under /nl/, in Dutch', () => {
    const dutch = reading.feeds['/nl/changes.rss']!;
    expect(dutch.language).toBe('nl');
    expect(dutch.title).toBe('Klimaatmeter: wijzigingen in verwerkers');
    expect(dutch.entries.map((e) => e.id)).toEqual(
      reading.feeds['/changes.rss']!.entries.map((e) =>
        e.id.replace('klimaatmeter.example/', 'klimaatmeter.example/nl/'),
      ),
    );
    expect(dutch.entries[0]).toMatchObject({
      title: 'Sentry toegevoegd',
      link: 'https://trust.klimaatmeter.example/nl/changes/2026-12-15-sentry-added/',
      published: '2026-11-10',
    });
    expect(dutch.entries[0]!.text).toContain(
      'Sentry gaat foutmeldingen uit de applicatie ontvangen',
    );
    expect(dutch.entries[0]!.text).toContain('10 december 2026');
    expect(dutch.entries[0]!.text).not.toMatch(/\b(the|and|you|object)\b/);
    const calendar = reading.calendars['/nl/changes.ics']!;
    expect(calendar.events.map((e) => e.uid)).toEqual(
      reading.calendars['/changes.ics']!.events.map((e) => e.uid),
    );
    expect(
      calendar.events.find((e) => e.uid.startsWith('2026-12-15-sentry-added.deadline'))!.summary,
    ).toBe('Laatste dag voor bezwaar: Sentry toegevoegd');
  });

  it('write a JSON Feed 1.1 that a JSON Feed parser reads, with the dates in the extension', async () => {
    const text = await readFile(path.join(dist, 'changes.json'), 'utf8');
    expect(parseFeed(text).format).toBe('json');
    const feed = parseJsonFeed(text);
    expect(feed.items).toHaveLength(15);
    expect(feed.items![0]).toMatchObject({
      id: 'https://trust.klimaatmeter.example/changes/2026-12-15-sentry-added/',
      date_published: '2026-11-10T00:00:00.000Z',
    });
    // The parser keeps only standard fields; the extension is read as plain JSON.
    const raw = JSON.parse(text) as {
      version: string;
      items: { _processor_registry: Record<string, unknown> }[];
    };
    expect(raw.version).toBe('https://jsonfeed.org/version/1.1');
    expect(raw.items[0]!._processor_registry).toMatchObject({
      type: 'added',
      effective: '2026-12-15',
      objection_deadline: '2026-12-10',
      state: 'upcoming',
    });
  });

  it('give icalendar an all-day event per effective date and deadline, with stable ids, cancelled when withdrawn', () => {
    const { events, name } = reading.calendars['/changes.ics']!;
    expect(name).toBe('Klimaatmeter: processor changes');
    // An effective date for each of the 15 changes; a last day to object only for the 6 that
    // concern a sub-processor (the first list, and changes to other recipients, have none).
    expect(events.filter((e) => e.uid.includes('.effective@'))).toHaveLength(15);
    expect(
      events.filter((e) => e.uid.includes('.deadline@')).map((e) => e.uid.split('.')[0]),
    ).toEqual(
      expect.arrayContaining([
        '2021-02-03-heroku-key-value-store',
        '2021-02-03-redis-to-go-removed',
        '2025-10-08-cloudflare-added',
        '2026-12-15-sentry-added',
      ]),
    );
    expect(events).toHaveLength(21);
    expect(events.every((e) => e.all_day)).toBe(true);
    expect(new Set(events.map((e) => e.uid)).size).toBe(21);
    expect(events.map((e) => e.uid)).not.toContain(
      '2018-05-25-initial-list.deadline@trust.klimaatmeter.example',
    );
    expect(
      events.find((e) => e.uid === '2026-12-15-sentry-added.deadline@trust.klimaatmeter.example'),
    ).toMatchObject({
      summary: 'Last day to object: Sentry added',
      start: '2026-12-10',
      status: 'CONFIRMED',
    });
    expect(
      events.filter((e) => e.uid.startsWith('2025-05-19-intercom-added')).map((e) => e.status),
    ).toEqual(['CANCELLED', 'CANCELLED']);
    expect(reading.calendars['/products/websites/changes.ics']!.events).toHaveLength(7);
  });
});

describe('a change moving through its objection window as the build date advances', () => {
  // new-host: announced 2026-03-01, deadline 2026-03-31, effective 2026-04-15.
  // chat-tool: same dates, withdrawn on 2026-03-10.
  const dates = {
    before: '2026-02-20',
    inside: '2026-03-05',
    withdrawn: '2026-03-20',
    closed: '2026-04-05',
    effective: '2026-04-20',
  } as const;
  const builds: Record<string, { html: string; reading: ClientReading; chat: string }> = {};

  // One build after another: five at once on a two-core machine, beside the other test files,
  // could outlast the hook's time limit.
  beforeAll(async () => {
    for (const [name, day] of Object.entries(dates)) {
      const dir = await prepareFixture(`windows-${name}`, 'windows');
      const result = await buildFixture(dir, { SOURCE_DATE_EPOCH: epochOf(day) });
      expect(result.code, result.output).toBe(0);
      const html = await readFile(path.join(dir, 'dist/index.html'), 'utf8');
      const chat = await readFile(
        path.join(dir, 'dist/processors/chat-tool/index.html'),
        'utf8',
      ).catch(() => '');
      builds[name] = { html, reading: await readWithRealClients(path.join(dir, 'dist')), chat };
    }
  }, 300_000);

  const banner = (html: string) =>
    /<aside class="banner[^>]*>([\s\S]*?)<\/aside>/.exec(html)?.[1] ?? '';
  const titles = (name: string) =>
    builds[name]!.reading.feeds['/changes.rss']!.entries.map((e) => e.title);

  it('before the announcement: nothing is published, no banner', () => {
    expect(banner(builds['before']!.html)).toBe('');
    expect(titles('before')).toEqual(['US Mailer added']);
    expect(builds['before']!.chat).toBe('');
  });

  it('inside the window: both changes are in the banner and the feeds, with the deadline', () => {
    expect(banner(builds['inside']!.html)).toContain(
      'New Host added: you can object until 31 March 2026.',
    );
    expect(banner(builds['inside']!.html)).toContain('Chat Tool added');
    expect(titles('inside').sort()).toEqual([
      'Chat Tool added',
      'New Host added',
      'US Mailer added',
    ]);
    expect(
      builds['inside']!.reading.feeds['/changes.atom']!.entries.find(
        (e) => e.title === 'New Host added',
      )!.published,
    ).toBe('2026-03-01');
  });

  it('after withdrawal: the withdrawn change leaves the banner but stays in the log, marked', () => {
    expect(banner(builds['withdrawn']!.html)).toContain('New Host added');
    expect(banner(builds['withdrawn']!.html)).not.toContain('Chat Tool');
    expect(titles('withdrawn')).toContain('Withdrawn: Chat Tool added');
    expect(builds['withdrawn']!.chat).toContain('Withdrawn');
    const events = builds['withdrawn']!.reading.calendars['/changes.ics']!.events;
    expect(
      events
        .filter((e) => e.uid.startsWith('2026-04-15-chat-tool-added'))
        .every((e) => e.status === 'CANCELLED'),
    ).toBe(true);
  });

  it('after the deadline: no banner, the change is still upcoming', () => {
    expect(banner(builds['closed']!.html)).toBe('');
    expect(
      builds['closed']!.reading.feeds['/changes.rss']!.entries.find(
        (e) => e.title === 'New Host added',
      )!.text,
    ).toContain('The objection period ended on 31 March 2026.');
    expect(builds['closed']!.html).not.toContain('New Host</a>');
  });

  it('after the effective date: the processor is on the list', () => {
    expect(builds['effective']!.html).toContain('New Host</a>');
    expect(builds['effective']!.html).not.toContain('Chat Tool</a>');
  });
});
