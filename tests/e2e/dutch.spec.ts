/** The example trust center in Dutch: every page in Dutch, a switcher that keeps the page, search in Dutch. */
import { expect, test } from '@playwright/test';
import { dictionaries } from '../../src/i18n';
import { sitemapPaths } from './sitemap';

test('the Dutch overview lists the same processors, in Dutch', async ({ page }) => {
  await page.goto('/nl/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page).toHaveTitle('Trustcenter van Klimaatmeter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verwerkers en subverwerkers');
  const english = await (async () => {
    const other = await page.context().newPage();
    await other.goto('/');
    const names = await other.locator('table.processors tbody th a').allTextContents();
    await other.close();
    return names;
  })();
  expect(await page.locator('table.processors tbody th a').allTextContents()).toEqual(english);
  await expect(page.locator('#product-application h3')).toHaveText('De Klimaatmeter-applicatie');
  const open = page.locator('section.upcoming article');
  await expect(open).toContainText('Sentry toegevoegd');
  await expect(open.locator('.deadline')).toContainText('10 december 2026');
  await expect(page.locator('table.processors tbody th a').first()).toHaveAttribute(
    'href',
    '/nl/processors/amazon-s3/',
  );
});

test('switching language keeps the reader on the same page, both ways', async ({ page }) => {
  await page.goto('/processors/amazon-s3/');
  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: 'Nederlands' })
    .click();
  await expect(page).toHaveURL(/\/nl\/processors\/amazon-s3\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(
    page.getByText(
      'Bewaart versleutelde back-ups van de database als onze tweede externe back-uplocatie.',
    ),
  ).toBeVisible();
  await expect(page.locator('#notes ~ div')).toContainText('Beide back-ups worden versleuteld');
  await expect(page.locator('table.transfers tr[data-country="US"]')).toContainText(
    'Gedekt door een adequaatheidsbesluit',
  );
  await page
    .getByRole('navigation', { name: 'Taal' })
    .getByRole('link', { name: 'English' })
    .click();
  await expect(page).toHaveURL(/\/processors\/amazon-s3\/$/);
  await expect(page).not.toHaveURL(/\/nl\//);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // A page whose own path holds a language code stays in its language.
  await page.goto('/browse/country/nl/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(/\/nl\/browse\/country\/nl\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nederland');
});

test('every page has its lang, and hreflang links to each language version of itself', async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  const paths = await sitemapPaths(request);
  expect(paths.filter((p) => p.startsWith('/nl/')).length).toBe(
    paths.filter((p) => !p.startsWith('/nl/')).length,
  );
  for (const path of paths) {
    await page.goto(path);
    const dutch = path.startsWith('/nl/');
    await expect(page.locator('html'), path).toHaveAttribute('lang', dutch ? 'nl' : 'en');
    const english = dutch ? path.slice(3) : path;
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map(
          (l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`,
        ),
      );
    expect(alternates, path).toEqual([`en ${english}`, `nl /nl${english}`, `x-default ${english}`]);
  }
});

test('no Dutch page shows an English interface string', async ({ page, request }) => {
  test.setTimeout(300_000);
  // Whole English UI strings without placeholders that differ from their Dutch version.
  const english = Object.entries(dictionaries.en)
    .filter(
      ([key, text]) =>
        !text.includes('{') &&
        text !== dictionaries.nl[key as keyof typeof dictionaries.nl] &&
        text.split(' ').length >= 2,
    )
    .map(([, text]) => text);
  const found: string[] = [];
  for (const path of (await sitemapPaths(request)).filter((p) => p.startsWith('/nl/'))) {
    await page.goto(path);
    // Text a reader sees and reads aloud: page text, labels, titles and alternative texts; not
    // text the page declares English (lang="en": the content reference, an untranslated note).
    const text = await page.evaluate(() =>
      [
        document.title,
        (() => {
          const body = document.body.cloneNode(true) as HTMLElement;
          for (const other of body.querySelectorAll('[lang]:not([lang|="nl"])')) other.remove();
          return body.textContent ?? '';
        })(),
        ...[...document.querySelectorAll('[aria-label],[title],[placeholder]')].map((e) =>
          [
            e.getAttribute('aria-label'),
            e.getAttribute('title'),
            e.getAttribute('placeholder'),
          ].join(' '),
        ),
      ].join('\n'),
    );
    for (const string of english) if (text.includes(string)) found.push(`${path}: "${string}"`);
  }
  expect(found).toEqual([]);
});

test('searching in Dutch finds Dutch pages, and the query survives a language switch', async ({
  page,
}) => {
  await page.goto('/nl/');
  const box = page.getByRole('searchbox', { name: 'Zoek in verwerkers en wijzigingen' });
  await box.fill('back-ups');
  const first = page.locator('[data-search-list] li a').first();
  await expect(first).toHaveAttribute('href', /^\/nl\/processors\//);
  await expect(page.locator('[data-search-list]')).toContainText('Amazon S3');
  await expect(page).toHaveURL(/\/nl\/\?q=back-ups$/);
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/?q=back-ups');
});
