/**
 * The Content-Security-Policy: no page of the example breaks it, and the search (Pagefind's
 * WebAssembly and web worker) works under it, both as each page's meta tag and as the header
 * public/_headers gives hosts that read it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { sitemapPaths } from './sitemap';

const HEADER = /^\s+Content-Security-Policy:\s*(.+)$/m.exec(
  readFileSync(path.join(import.meta.dirname, '../../public/_headers'), 'utf8'),
)![1]!;

/** Every violation the browser reports on a page, as events and as console errors. */
async function watchViolations(context: BrowserContext, page: Page): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void })
        .reportViolation;
      report(`${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Pagefind web worker/i.test(message.text()))
      violations.push(`${page.url()}: ${message.type()}: ${message.text()}`);
  });
  return violations;
}

async function searchWithFacets(page: Page) {
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: 'Search processors and changes' }).fill('backup');
  await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results?$/);
  await expect(page.locator('[data-search-list] li > a').first()).toBeVisible();
  expect(await page.locator('[data-search-list] li > a').allTextContents()).toContain('Amazon S3');
  // The facet counts come from the instance in Pagefind's web worker.
  await expect(page.getByRole('checkbox', { name: /^Recipient \(\d+\)$/ })).toBeVisible();
}

test('every page carries the policy and breaks none of it, search included', async ({
  context,
  page,
  request,
}) => {
  test.setTimeout(300_000);
  const violations = await watchViolations(context, page);
  const paths = await sitemapPaths(request);
  expect(paths.length).toBeGreaterThan(30);
  for (const path of [...paths, '/embed/', '/nl/embed/websites/', '/404.html']) {
    await page.goto(path);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(`${policy}; frame-ancestors 'none'`, path).toBe(HEADER);
  }
  await searchWithFacets(page);
  expect(violations).toEqual([]);
});

test('the search works under the policy sent as a header, in the worker too', async ({
  context,
  page,
}) => {
  const violations = await watchViolations(context, page);
  // A host that reads _headers: the policy on every response, the worker's script included.
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': HEADER },
    });
  });
  await searchWithFacets(page);
  await page.goto('/?q=invoicing&kind=processor');
  await expect(page.locator('[data-search-list] li > a')).toHaveText(['Moneybird']);
  expect(violations).toEqual([]);
  // Requests the search worker still has in flight must not outlive the test.
  await context.unrouteAll({ behavior: 'ignoreErrors' });
});

test('an inline script is refused, so the policy is in force', async ({ context, page }) => {
  const violations = await watchViolations(context, page);
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.title = "ran"';
    document.head.append(script);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(violations.join('\n')).toContain('script-src');
  await expect(page).not.toHaveTitle('ran');
});
