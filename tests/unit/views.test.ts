import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { buildRegistry } from '../../src/lib/pipeline';
import { change, processor, source } from './fixtures';
import { openChangeNotices, feedLinks } from '../../src/lib/views/site';

const registry = () =>
  buildRegistry(
    source({
      processors: [processor('host'), processor('mailer', { name: 'Mailer' })],
      changes: [
        change('mailer-added', {
          type: 'added',
          processors: ['mailer'],
          announced: '2026-11-10',
          effective: '2026-12-15',
        }),
      ],
    }),
    '2026-11-20',
  );

describe('what every page shows alike', () => {
  it('words the banner once per language, and again for another registry', () => {
    const first = registry();
    const en = openChangeNotices(first, 'en', translator('en'));
    expect(en).toEqual([{ id: 'mailer-added', text: expect.stringContaining('Mailer') }]);
    expect(en[0]!.text).toContain('10 December 2026');
    expect(openChangeNotices(first, 'en', translator('en'))).toBe(en);
    expect(openChangeNotices(first, 'nl', translator('nl'))[0]!.text).toContain('10 december 2026');
    expect(openChangeNotices(registry(), 'en', translator('en'))).not.toBe(en);
  });

  it('remembers feed links per language and product', () => {
    const r = registry();
    const all = feedLinks(r, 'en', translator('en'));
    expect(feedLinks(r, 'en', translator('en'))).toBe(all);
    expect(feedLinks(r, 'nl', translator('nl'))[0]!.href).toMatch(/^\/nl\/changes\./);
    expect(feedLinks(r, 'en', translator('en'), 'app')).not.toBe(all);
  });
});

describe('processorDescription', () => {
  it('names the vendor, its legal entity and what it does, in the page language', async () => {
    const { processorDescription } = await import('../../src/lib/views/processor');
    const { textsIn } = await import('../../src/core/local-text');
    const host = buildRegistry(
      source({ processors: [processor('host')] }),
      '2026-01-01',
    ).processorsById.get('host')!;
    expect(processorDescription(host, textsIn('en', 'en'))).toBe('HOST (host Ltd): Hosts.');
  });
});
