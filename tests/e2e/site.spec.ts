/** What a customer's reviewer sees in the example trust center, built on 2026-11-20. */
import { sitemapPaths } from './sitemap';
import { expect, test } from '@playwright/test';

// On the build date the Sentry addition is announced (2026-11-10) but not in effect (2026-12-15).
const ACTIVE = [
  'Amazon S3',
  'Authy',
  'Campaign Monitor',
  'Cloudflare',
  'Google Analytics',
  'Google Workspace',
  'Heroku',
  'HireFire',
  'HubSpot',
  'Memcached Cloud',
  'Microsoft Clarity',
  'Moneybird',
  'Postmark',
  'Slack',
  'Stuurlui',
  'Tax authorities (Belastingdienst)',
  'TransIP',
  'Trello',
  'Vimeo',
  'Visma Connect',
  'Zendesk',
];

test('the overview lists exactly the active processors, grouped by product', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Klimaatmeter trust center');
  const names = await page.locator('table.processors tbody th a').allTextContents();
  expect([...new Set(names)].sort()).toEqual([...ACTIVE].sort());
  for (const gone of [
    'Sentry',
    'Savvii',
    'Google Maps',
    'Redis To Go',
    'Scheffer Administraties',
    'Intercom',
  ]) {
    await expect(page.locator('table.processors', { hasText: gone })).toHaveCount(0);
  }
  await expect(page.locator('[data-count="active"]')).toHaveText(String(ACTIVE.length));
  await expect(page.locator('[data-count="upcoming"]')).toHaveText('1');
  const application = page.locator('#product-application');
  await expect(application.locator('tbody th a')).toHaveText([
    'Amazon S3',
    'Authy',
    'Cloudflare',
    'Heroku',
    'HireFire',
    'Memcached Cloud',
    'Postmark',
    'TransIP',
    'Zendesk',
  ]);
});

test('the overview shows the open change with its objection deadline', async ({ page }) => {
  await page.goto('/');
  const open = page.locator('section.upcoming article');
  await expect(open).toHaveCount(1);
  await expect(open).toContainText('Sentry added');
  await expect(open.locator('.deadline')).toContainText('10 December 2026');
  await expect(open.locator('.deadline time')).toHaveAttribute('datetime', '2026-12-10');
});

test('a processor page shows every transfer with its safeguard', async ({ page }) => {
  await page.goto('/processors/amazon-s3/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Amazon S3');
  const us = page.locator('table.transfers tr[data-country="US"]');
  await expect(us.getByRole('rowheader')).toHaveText('United States');
  await expect(us).toContainText('Covered by an adequacy decision');
  await expect(us).toContainText(
    'covers only organisations certified under the EU-US Data Privacy Framework',
  );
  await expect(us).toContainText(
    'EU-US Data Privacy Framework and Standard contractual clauses (2021/914)',
  );
  await expect(us).toContainText('SCC module 3');
  await expect(us).toContainText('Data Privacy Framework entry checked 12 May 2026');

  await page.goto('/processors/trello/');
  await expect(page.locator('table.transfers tr[data-country="AU"]')).toContainText(
    'Third country, with safeguards',
  );
  await expect(page.locator('table.transfers tr[data-country="US"]')).toContainText(
    'Covered by an adequacy decision',
  );

  await page.goto('/processors/transip/');
  await expect(page.locator('table.transfers')).toHaveCount(0);
  await expect(
    page.getByText('None: every place where the data is processed or stored is in the EEA.'),
  ).toBeVisible();
});

test('a processor page shows its history and the change it awaits', async ({ page }) => {
  await page.goto('/processors/sentry/');
  await expect(page.locator('h1 .badge')).toHaveText('Upcoming');
  await expect(page.locator('.notice')).toContainText('Will be added on 15 December 2026.');
  await page.goto('/processors/savvii/');
  await expect(page.locator('h1 .badge')).toHaveText('Removed');
  await expect(
    page.locator('#history ~ article', { hasText: 'Stuurlui replaces Savvii' }),
  ).toHaveCount(1);
});

test('the upcoming change offers a prefilled objection e-mail with its deadline', async ({
  page,
}) => {
  await page.goto('/changes/');
  await page.getByRole('link', { name: 'Sentry added' }).click();
  await expect(page).toHaveURL(/\/changes\/2026-12-15-sentry-added\/$/);
  await expect(page.getByRole('heading', { level: 2, name: /Objection deadline/ })).toContainText(
    '10 December 2026',
  );
  const action = page.getByRole('link', { name: 'Object to this change' });
  const href = (await action.getAttribute('href'))!;
  const mail = new URL(href);
  expect(mail.protocol).toBe('mailto:');
  expect(mail.pathname).toBe('objections@klimaatmeter.example');
  expect(mail.searchParams.get('subject')).toBe(
    'Objection to change 2026-12-15-sentry-added: Sentry added',
  );
  const body = mail.searchParams.get('body')!;
  expect(body).toContain('Objection deadline: 10 December 2026');
  expect(body).toContain('Takes effect: 15 December 2026');
  expect(body).toContain('https://trust.klimaatmeter.example/changes/2026-12-15-sentry-added/');

  // A browser hands a mailto link to the mail client instead of leaving the page.
  await action.click();
  await expect(page).toHaveURL(/2026-12-15-sentry-added/);
});

test('a change in effect shows that its objection period ended, without the action', async ({
  page,
}) => {
  await page.goto('/changes/2025-10-08-cloudflare-added/');
  await expect(page.getByText('The objection period ended on')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Object to this change' })).toHaveCount(0);
});

test('a change that concerns no sub-processor is published without an objection period', async ({
  page,
}) => {
  // Stuurlui and Savvii host the websites as processors of data we control.
  await page.goto('/changes/2023-04-01-stuurlui-replaces-savvii/');
  await expect(page.locator('#object')).toHaveText('Objections');
  // What it brings and what it replaces, each with its facts.
  await expect(page.locator('#section-brings ~ div')).toContainText('Stuurlui');
  await expect(page.locator('#section-before ~ div')).toContainText('Savvii');
  await expect(page.getByText('this change concerns none')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Object to this change' })).toHaveCount(0);
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/processors/does-not-exist/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('keyboard users can skip to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('on a phone the page does not scroll sideways; wide tables scroll in their own box', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 375, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  for (const path of ['/', '/processors/amazon-s3/', '/changes/2026-12-15-sentry-added/']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test('at 390 px every table of every kind of page fits: no table scrolls sideways, each row is a card', async ({
  browser,
  request,
}) => {
  // A page of each kind (its route with the ids left out), in both languages, and the recipients
  // with the most transfers.
  const kinds = new Map<string, string>();
  for (const path of await sitemapPaths(request)) {
    const kind = path.replace(/\/[^/]+\/$/, '/:id/').replace(/\/\d+\/$/, '/:n/');
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  const paths = [...kinds.values(), '/processors/amazon-s3/', '/processors/trello/', '/reference/'];
  expect(paths.length).toBeGreaterThan(20);
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  let tables = 0;
  for (const path of paths) {
    await page.goto(path);
    const found = await page.evaluate(() =>
      [...document.querySelectorAll('main table')].map((table) => {
        const box = table.closest('.table-scroll');
        return {
          right: table.getBoundingClientRect().right,
          scrolls: box ? box.scrollWidth - box.clientWidth : 0,
          cards: table.classList.contains('cards'),
        };
      }),
    );
    tables += found.length;
    for (const [i, table] of found.entries()) {
      expect(table.cards, `${path} table ${i + 1}`).toBe(true);
      expect(table.right, `${path} table ${i + 1}`).toBeLessThanOrEqual(390);
      expect(table.scrolls, `${path} table ${i + 1}`).toBeLessThanOrEqual(0);
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  expect(tables).toBeGreaterThan(20);
  await context.close();
});

test('every page offers the change feeds for autodiscovery and shows the open objection window', async ({
  page,
}) => {
  for (const path of ['/', '/processors/heroku/', '/changes/', '/subscribe/']) {
    await page.goto(path);
    await expect(
      page.locator('link[rel="alternate"][type="application/rss+xml"][href="/changes.rss"]'),
    ).toHaveCount(1);
    await expect(
      page.locator('link[rel="alternate"][type="application/atom+xml"][href="/changes.atom"]'),
    ).toHaveCount(1);
    await expect(
      page.locator('link[rel="alternate"][type="application/feed+json"][href="/changes.json"]'),
    ).toHaveCount(1);
    const banner = page.getByRole('complementary', { name: 'Changes open for objection' });
    await expect(banner).toContainText('Sentry added: you can object until 10 December 2026.');
    await banner.getByRole('link', { name: 'Details and how to object' }).click();
    await expect(page).toHaveURL(/\/changes\/2026-12-15-sentry-added\/$/);
  }
});

test('withdrawn and emergency changes say so on their pages', async ({ page }) => {
  await page.goto('/changes/2025-05-19-intercom-added/');
  await expect(page.locator('.change-meta')).toContainText('Withdrawn');
  await expect(page.getByText('Withdrawn on 2 May 2025: Several customers objected')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Object to this change' })).toHaveCount(0);
  await page.goto('/processors/intercom/');
  await expect(page.locator('h1 .badge')).toHaveText('Withdrawn');
  await page.goto('/changes/2025-10-08-cloudflare-added/');
  await expect(
    page.getByText('Emergency change with shorter notice: A denial-of-service attack'),
  ).toBeVisible();
});

test('the subscribe page links every feed and calendar, and they are served', async ({
  page,
  request,
}) => {
  await page.goto('/subscribe/');
  const links = await page
    .locator(
      'main a[href$=".rss"], main a[href$=".atom"], main a[href$=".json"], main a[href$=".ics"]',
    )
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(links).toHaveLength(16);
  for (const href of links) expect((await request.get(href)).status(), href).toBe(200);
});

test('the subscribe page asks for e-mail notices through a prefilled mailto to the privacy contact', async ({
  page,
}) => {
  await page.goto('/subscribe/');
  const ask = page.getByRole('link', { name: 'Ask for e-mail notices: The websites' });
  const href = decodeURIComponent((await ask.getAttribute('href'))!);
  expect(href).toMatch(/^mailto:privacy@klimaatmeter\.example\?/);
  expect(href).toContain('Language: en');
  expect(href).toContain('Products: websites');
});

test('on a phone a recipient is a card that shows every fact, and search shows results before facets', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto('/');
  const s3 = page.locator('#product-application tbody', { hasText: 'Amazon S3' }).first();
  for (const label of [
    'Purpose',
    'Personal data',
    'Locations',
    'Transfer safeguard',
    'Retention',
  ]) {
    const cell = s3.locator(`td[data-label="${label}"]`).first();
    await expect(cell).toBeVisible();
    const box = (await cell.boundingBox())!;
    expect(box.x, label).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, label).toBeLessThanOrEqual(390);
  }
  await page.goto('/search/');
  await page.getByRole('searchbox').fill('backup');
  const first = page.locator('[data-search-list] li').first();
  await expect(first).toBeVisible();
  const facets = page.locator('[data-search-facets] details').first();
  await expect(facets).toBeAttached();
  expect((await first.boundingBox())!.y).toBeLessThan((await facets.boundingBox())!.y);
  await expect(facets).not.toHaveAttribute('open', '');
  await context.close();
});
