/** The main navigation: the pages a site publishes, and the item a page belongs to. */
import { describe, expect, it } from 'vitest';
import { isCurrent, mainNav } from '../../src/lib/views/nav';

const all = { search: true, browse: true, az: true, embed: true, reference: true };

describe('mainNav', () => {
  it('lists every page in order, and none a site leaves out', () => {
    expect(mainNav(all).map((i) => i.path)).toEqual([
      '/',
      '/changes/',
      '/a-z/',
      '/browse/',
      '/search/',
      '/downloads/',
      '/releases/',
      '/subscribe/',
    ]);
    expect(mainNav({ ...all, search: false, browse: false, az: false }).map((i) => i.path)).toEqual(
      ['/', '/changes/', '/downloads/', '/releases/', '/subscribe/'],
    );
  });

  it('marks the item a page is under: the overview only on itself', () => {
    const [overview, changes] = mainNav(all);
    expect(isCurrent(overview!, '/')).toBe(true);
    expect(isCurrent(overview!, '/changes/')).toBe(false);
    expect(isCurrent(changes!, '/changes/2026-12-15-sentry-added/')).toBe(true);
    expect(isCurrent(changes!, '/changes')).toBe(true);
    expect(isCurrent(changes!, '/')).toBe(false);
  });
});
