/** axe with the WCAG 2.2 AA rules on every page of the sitemap: zero violations. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { sitemapPaths } from './sitemap';

/** axe's WCAG 2.2 AA findings on the page now open, one line each. */
async function axeFailures(page: Page, path: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return violations.map(
    (v) =>
      `${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

test('every page passes axe (WCAG 2.2 AA)', async ({ page, request }) => {
  test.setTimeout(600_000);
  // The embeddable list is left out of the sitemap (it is for frames): its pages by name.
  const embed = ['/embed/', '/embed/websites/', '/nl/embed/', '/nl/embed/application/'];
  const paths = [...(await sitemapPaths(request)), ...embed, '/404.html'];
  const failures: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    failures.push(...(await axeFailures(page, path)));
  }
  expect(failures, failures.join('\n')).toEqual([]);
});

test('the pages pass axe in the dark colour scheme too', async ({ page, request }) => {
  test.setTimeout(600_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  // One page of each kind, in both languages: the scheme is the same stylesheet everywhere.
  const all = await sitemapPaths(request);
  const kinds = new Map<string, string>();
  for (const path of all) {
    const kind = path
      .replace(/^\/nl\//, '/nl-')
      .split('/')
      .slice(0, 2)
      .join('/');
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  const failures: string[] = [];
  for (const path of [...kinds.values(), '/changes/2026-12-15-sentry-added/', '/404.html']) {
    await page.goto(path);
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    ).toBe('rgb(18, 20, 24)');
    failures.push(...(await axeFailures(page, path)));
  }
  expect(failures, failures.join('\n')).toEqual([]);
});
