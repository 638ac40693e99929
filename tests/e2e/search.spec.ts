/** Searching and browsing the example registry (built on 2026-11-20). */
import { expect, test, type Page } from '@playwright/test';

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search processors and changes' });
const resultTitles = (page: Page) => page.locator('[data-search-list] li > a');

test('a query finds the right processors as you type', async ({ page }) => {
  await page.goto('/');
  await box(page).pressSequentially('backup');
  await expect(page.locator('[data-search-status]')).toHaveText(/\d+ results?/);
  const titles = await resultTitles(page).allTextContents();
  expect(titles).toEqual(expect.arrayContaining(['Amazon S3', 'TransIP']));
  expect(titles).not.toContain('Slack');
  await expect(page).toHaveURL(/\?q=backup$/);
});

test('facets narrow the results, combine, and live in the URL; a reload keeps the view', async ({
  page,
}) => {
  await page.goto('/search/');
  await box(page).fill('e-mail');
  await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results$/);
  const total = async () =>
    Number((await page.locator('[data-search-status]').textContent())!.match(/\d+/)![0]);
  const before = await total();

  await page.getByRole('checkbox', { name: /^Recipient \(\d+\)$/ }).check();
  await page.locator('summary', { hasText: 'Country' }).click();
  await page.getByRole('checkbox', { name: /^United States \(\d+\)$/ }).check();
  // The URL holds codes, the same in every language.
  await expect(page).toHaveURL(/q=e-mail&kind=processor&country=us/);
  await expect(resultTitles(page).filter({ hasText: 'Moneybird' })).toHaveCount(0); // Netherlands only
  await expect(resultTitles(page).filter({ hasText: 'Sentry added' })).toHaveCount(0); // a change, not a processor
  await expect(resultTitles(page).filter({ hasText: 'Postmark' })).toHaveCount(1);
  expect(await total()).toBeLessThan(before);

  await page.getByRole('checkbox', { name: /^Our organisation \(\d+\)$/ }).check();
  await expect(page).toHaveURL(/product=organisation/);
  await expect(resultTitles(page).filter({ hasText: 'Postmark' })).toHaveCount(0); // the application, not the organisation
  await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results?$/);
  const organisation = await resultTitles(page).allTextContents();
  expect(organisation).toContain('HubSpot');
  for (const title of organisation)
    expect(['HubSpot', 'Google Workspace', 'Slack', 'Campaign Monitor', 'Trello']).toContain(title);

  const view = await resultTitles(page).allTextContents();
  await page.reload();
  await expect(box(page)).toHaveValue('e-mail');
  await expect(page.getByRole('checkbox', { name: /^United States \(\d+\)$/ })).toBeChecked();
  await expect(resultTitles(page)).toHaveText(view);
});

test('a shared link opens the same search on the overview', async ({ page }) => {
  await page.goto('/?q=invoicing&kind=processor');
  await expect(resultTitles(page)).toHaveText(['Moneybird']);
  await expect(box(page)).toHaveValue('invoicing');
});

test('changes are found too, and filter by type', async ({ page }) => {
  await page.goto('/search/?kind=change&type=replaced');
  await expect(page.locator('[data-search-status]')).toHaveText('2 results');
  const titles = (await resultTitles(page).allTextContents()).sort();
  expect(titles).toEqual([
    'Stuurlui replaces Savvii',
    'Visma Connect replaces Scheffer Administraties',
  ]);
});

test('without JavaScript, facet pages list exactly the matching processors', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/processors/trello/');
  await page.getByRole('table').getByRole('link', { name: 'Australia' }).click();
  await expect(page).toHaveURL(/\/browse\/country\/au\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Country: Australia');
  expect((await page.locator('table.processor-list tbody th a').allTextContents()).sort()).toEqual([
    'Campaign Monitor',
    'Trello',
  ]);

  await page.goto('/browse/');
  await page.getByRole('link', { name: 'Binding corporate rules' }).click();
  expect((await page.locator('table.processor-list tbody th a').allTextContents()).sort()).toEqual([
    'Authy',
    'Heroku',
    'Zendesk',
  ]);

  await page.goto('/browse/region/third-country/');
  // Third-country recipients without DPF: the Australian entities and SCC-only US transfers.
  expect((await page.locator('table.processor-list tbody th a').allTextContents()).sort()).toEqual([
    'Campaign Monitor',
    'HireFire',
    'Memcached Cloud',
    'Trello',
  ]);

  await page.goto('/search/');
  await expect(page.getByText('Search needs JavaScript.')).toBeVisible();
  await context.close();
});

test('search shows current recipients, badged with role and status, until history is asked for', async ({
  page,
}) => {
  await page.goto('/');
  await box(page).pressSequentially('Ireland');
  await expect(page.locator('[data-search-status]')).toHaveText(/\d+ results?/);
  const current = await resultTitles(page).allTextContents();
  expect(current).toContain('Amazon S3');
  // Intercom was withdrawn, Google Maps removed in 2021.
  for (const past of ['Intercom', 'Google Maps']) expect(current).not.toContain(past);
  const s3 = page.locator('[data-search-list] li', { hasText: 'Amazon S3' });
  await expect(s3.locator('.badge')).toHaveText(['Sub-processor', 'Active']);

  await page.getByLabel('Include removed and withdrawn recipients and changes').check();
  await expect(resultTitles(page).filter({ hasText: 'Intercom' })).toHaveCount(1);
  await expect(
    page.locator('[data-search-list] li', { hasText: 'Intercom' }).first().locator('.badge'),
  ).toHaveText(['Sub-processor', 'Withdrawn']);
  await expect(page).toHaveURL(/history=1/);
});

test('ticking a facet with the keyboard keeps the focus on it', async ({ page }) => {
  await page.goto('/search/');
  await box(page).fill('e-mail');
  const option = page.getByRole('checkbox', { name: /^Recipient \(\d+\)$/ });
  await option.focus();
  await page.keyboard.press('Space');
  await expect(option).toBeChecked();
  // The counts arrive and the facets are drawn again: the same box still has the focus.
  await expect(page.locator('[data-search-facets]')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('checkbox', { name: /^Recipient \(\d+\)$/ })).toBeFocused();
});

test('the abbreviations of safeguards find their recipients, in both languages', async ({
  page,
}) => {
  for (const [path, query, expected] of [
    ['/', 'BCR', 'Heroku'],
    ['/', 'IDTA', undefined],
    ['/nl/', 'BCR', 'Heroku'],
    ['/', 'DPF', undefined],
  ] as const) {
    await page.goto(path);
    await page.getByRole('searchbox').fill(query);
    const status = page.locator('[data-search-status]');
    if (query === 'IDTA') {
      // No recipient of the example relies on the UK's IDTA.
      await expect(status).toHaveText(/Nothing matches|Niets/);
      continue;
    }
    await expect(status).toHaveText(/\d+ (results|resultaten)|1 result/);
    await expect(page.locator('[data-search-list] mark').first()).toHaveText(query);
    if (expected)
      await expect(
        page.locator('[data-search-list] li > a').filter({ hasText: expected }),
      ).toHaveCount(1);
  }
});

test('a ticked facet leaves its other options counted, and the filters survive a language switch', async ({
  page,
}) => {
  await page.goto('/search/');
  await box(page).fill('e-mail');
  await page.locator('summary', { hasText: 'Country' }).click();
  const ireland = page.getByRole('checkbox', { name: /^Ireland \((\d+)\)$/ });
  const before = await ireland.getAttribute('value');
  const count = async (name: string) =>
    Number(
      /\((\d+)\)$/.exec(
        (await page
          .getByRole('checkbox', { name: new RegExp(`^${name} \\(\\d+\\)$`) })
          .evaluate((box) => box.parentElement!.textContent!))!,
      )![1],
    );
  await expect(page.locator('[data-search-facets]')).not.toHaveAttribute('aria-busy', 'true');
  const irelandBefore = await count('Ireland');
  expect(irelandBefore).toBeGreaterThan(0);
  await page.getByRole('checkbox', { name: /^United States \(\d+\)$/ }).check();
  await expect(page.locator('[data-search-facets]')).not.toHaveAttribute('aria-busy', 'true');
  // Counted without the country filter itself: what ticking Ireland too would add, not 0.
  expect(await count('Ireland')).toBe(irelandBefore);
  expect(before).toBe('ie');

  await page.getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(/\/nl\/search\/\?q=e-mail&country=us$/);
  await expect(page.getByRole('checkbox', { name: /^Verenigde Staten \(\d+\)$/ })).toBeChecked();
  await expect(page.locator('[data-search-status]')).toHaveText(/\d+ resultaten?|1 resultaat/);
});

test('results arrive without moving the page, and excerpts start at the text', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/search/?q=backup');
  await expect(page.locator('[data-search-status]')).toHaveText(/\d+ results?/);
  await expect(page.locator('[data-search-facets]')).not.toHaveAttribute('aria-busy', 'true');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(
    0.01,
  );
  for (const excerpt of await page.locator('[data-search-list] li p').allTextContents()) {
    expect(excerpt).not.toMatch(/What it does|Activity \d+:|Transfers outside the EEA/);
  }
});
