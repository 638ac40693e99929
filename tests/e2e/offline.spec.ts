/** A privacy product makes no third-party requests and needs no JavaScript. */
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

test('no page requests anything from another origin; only the pages with search ship a script, the search loader', async ({
  page,
  request,
  baseURL,
}) => {
  // Every page of both languages, beside the axe run on a 2-core machine: about 30 s.
  test.setTimeout(300_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:'))
      foreign.push(`${page.url()} → ${r.url()}`);
  });
  const paths = await sitemapPaths(request);
  expect(paths.length).toBeGreaterThan(30);
  for (const path of [...paths, '/404.html']) {
    await page.goto(path);
    const scripts = await page
      .locator('script')
      .evaluateAll((list) => list.map((s) => (s as HTMLScriptElement).src));
    if (['/', '/search/', '/nl/', '/nl/search/'].includes(path))
      expect(scripts, path).toEqual([
        expect.stringMatching(
          /\/_astro\/Search\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/,
        ),
      ]);
    else expect(scripts, path).toEqual([]);
  }
  expect(foreign).toEqual([]);
});

test('the overview downloads no search code or index until the search box is used', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(
    requested.filter((p) => p.startsWith('/pagefind/') || /\/_astro\/search\./.test(p)),
  ).toEqual([]);
  await page.getByRole('searchbox', { name: 'Search processors and changes' }).focus();
  await expect.poll(() => requested.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
});

test('pages read the same with JavaScript turned off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('table.processors tbody th a').first()).toBeVisible();
  await page.goto('/changes/2026-12-15-sentry-added/');
  await expect(page.getByRole('link', { name: 'Object to this change' })).toBeVisible();
  await context.close();
});

test('the overview weighs at most 30 KB gzipped, HTML and CSS together', async ({
  page,
  request,
}) => {
  const urls: string[] = [];
  page.on('response', (r) => urls.push(r.url()));
  await page.goto('/');
  const assets = urls.filter((u) => u.endsWith('.css') || u === page.url());
  let total = 0;
  for (const url of assets)
    total += gzipSync(await (await request.get(url)).body(), { level: 9 }).length;
  console.log(`overview: ${assets.length} files, ${(total / 1024).toFixed(1)} KB gzipped`);
  expect(total).toBeLessThanOrEqual(30 * 1024);
});
