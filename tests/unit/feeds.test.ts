import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { changesCalendar } from '../../src/lib/outputs/calendar';
import { atomFeed, feedScopes, jsonFeed, rssFeed } from '../../src/lib/outputs/feeds';
import { FEED_ITEMS } from '../../src/lib/outputs/formats';
import { buildRegistry } from '../../src/lib/pipeline';
import { change, processor, source } from './fixtures';

const t = translator('en');
const site = new URL('https://trust.test.example');
const registry = buildRegistry(
  source({
    products: [
      { id: 'app', data: { name: 'App', description: 'The app.', order: 1 } },
      { id: 'web', data: { name: 'Web', description: 'The site.', order: 2 } },
    ],
    processors: [processor('host'), processor('chat'), processor('cdn', { products: ['web'] })],
    changes: [
      change('host-added', {
        type: 'added',
        processors: ['host'],
        announced: '2026-01-01',
        effective: '2026-02-15',
      }),
      change('chat-added', {
        type: 'added',
        processors: ['chat'],
        announced: '2026-01-05',
        effective: '2026-02-15',
        withdrawn: { on: '2026-01-10', reason: 'Objections.' },
      }),
      change('cdn-added', {
        type: 'added',
        processors: ['cdn'],
        products: ['web'],
        announced: '2026-01-07',
        effective: '2026-02-15',
      }),
    ],
  }),
  '2026-01-20',
);
const [all, app, web] = feedScopes(registry, 'en', t);

describe('feedScopes', () => {
  it('has one scope for everything and one per product', () => {
    expect([all, app, web].map((s) => [s!.path, s!.changes.length])).toEqual([
      ['/changes', 3],
      ['/products/app/changes', 2],
      ['/products/web/changes', 1],
    ]);
  });

  it('holds the newest FEED_ITEMS changes by announcement, the rest being on the change log pages', () => {
    const ids = Array.from(
      { length: FEED_ITEMS + 20 },
      (_, i) => `vendor-${String(i).padStart(3, '0')}`,
    );
    const many = buildRegistry(
      source({
        processors: ids.map((id) => processor(id)),
        changes: ids.map((id, i) =>
          change(`${id}-added`, {
            type: 'added',
            processors: [id],
            announced: `2025-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
            effective: '2026-01-15',
          }),
        ),
      }),
      '2026-01-20',
    );
    const [everything] = feedScopes(many, 'en', t);
    expect(many.changes).toHaveLength(FEED_ITEMS + 20);
    expect(everything!.changes).toEqual(many.changes.slice(0, FEED_ITEMS));
    const oldestShown = everything!.changes.at(-1)!.announced;
    expect(many.changes.slice(FEED_ITEMS).every((c) => c.announced <= oldestShown)).toBe(true);
    expect(rssFeed(many, everything!, site, 'en', t).match(/<item>/g)).toHaveLength(FEED_ITEMS);
  });
});

describe('rssFeed and atomFeed', () => {
  it('give each change a stable id (its URL) and its announcement date', () => {
    const rss = rssFeed(registry, all!, site, 'en', t);
    expect(rss).toContain(
      '<guid isPermaLink="false">https://trust.test.example/changes/host-added/</guid>',
    );
    expect(rss).toContain('<pubDate>Thu, 01 Jan 2026 00:00:00 GMT</pubDate>');
    expect(rss).toContain('Withdrawn: CHAT added');
    const atom = atomFeed(registry, web!, site, 'en', t);
    expect(atom).toContain('<id>https://trust.test.example/changes/cdn-added/</id>');
    expect(atom).toContain('<published>2026-01-07T00:00:00.000Z</published>');
    expect(atom).not.toContain('host-added');
  });

  it('are the same when built twice: dated by their newest item, not the clock', () => {
    expect(rssFeed(registry, all!, site, 'en', t)).toBe(rssFeed(registry, all!, site, 'en', t));
    expect(atomFeed(registry, all!, site, 'en', t)).toContain(
      '<updated>2026-01-10T00:00:00.000Z</updated>',
    );
  });
});

describe('jsonFeed', () => {
  it('writes JSON Feed 1.1 with the dates customers act on', () => {
    const feed = JSON.parse(jsonFeed(registry, app!, site, 'en', t));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe('https://trust.test.example/products/app/changes.json');
    expect(feed.items.map((i: { id: string }) => i.id)).toEqual([
      'https://trust.test.example/changes/chat-added/',
      'https://trust.test.example/changes/host-added/',
    ]);
    expect(feed.items[1]._processor_registry).toMatchObject({
      effective: '2026-02-15',
      objection_deadline: '2026-01-31',
      state: 'upcoming',
    });
    expect(feed.items[1].content_text).toContain(
      'You can object until 31 January 2026 by e-mail to objections@test.example',
    );
  });
});

describe('changesCalendar', () => {
  it('has an all-day event for each effective date and deadline, cancelled when withdrawn', () => {
    const ics = changesCalendar(registry, all!.changes, '/changes.ics', site, 'en', t);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(6);
    expect(ics).toContain('UID:host-added.effective@trust.test.example');
    expect(ics).toContain('UID:host-added.deadline@trust.test.example');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260131');
    expect(ics).toContain('SUMMARY:Last day to object: HOST added');
    expect(
      ics
        .split('BEGIN:VEVENT')
        .filter((e) => e.includes('chat-added'))
        .every((e) => e.includes('STATUS:CANCELLED')),
    ).toBe(true);
  });
});
