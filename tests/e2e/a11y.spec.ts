/** axe with the WCAG 2.2 AA rules on every page of the sitemap: zero violations. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

test('every page passes axe (WCAG 2.2 AA)', async ({ page, request }) => {
  test.setTimeout(600_000);
  const paths = [...(await sitemapPaths(request)), '/404.html'];
  const failures: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    for (const v of violations)
      failures.push(
        `${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
  }
  expect(failures, failures.join('\n')).toEqual([]);
});
