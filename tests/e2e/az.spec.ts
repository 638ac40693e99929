/** The A–Z list: every current recipient once, product as a column and a filter. */
import { expect, test } from '@playwright/test';

test('lists every current recipient once, A to Z, with its products and letters to jump to', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'A–Z' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All recipients, A to Z');
  const names = await page.locator('table.processor-list tbody th a').allTextContents();
  // 21 on the list and Sentry, announced; Cloudflare serves two products and is listed once.
  expect(names).toHaveLength(22);
  expect(names.filter((n) => n === 'Cloudflare')).toHaveLength(1);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  expect(names).not.toContain('Intercom'); // withdrawn
  const cloudflare = page.locator('table.processor-list tbody tr', { hasText: 'Cloudflare' });
  await expect(cloudflare.locator('td').first()).toHaveText(
    'The Klimaatmeter application and The websites',
  );

  await page
    .getByRole('navigation', { name: 'Jump to a letter' })
    .getByRole('link', { name: 'S' })
    .click();
  await expect(page).toHaveURL(/#letter-s$/);
  await expect(page.locator('#letter-s th a')).toHaveText('Sentry');

  await page.getByRole('link', { name: 'Our organisation' }).first().click();
  await expect(page).toHaveURL(/\/browse\/product\/organisation\/$/);
});

test('the Dutch A–Z list sorts and names in Dutch', async ({ page }) => {
  await page.goto('/nl/a-z/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alle ontvangers van A tot Z');
  await expect(page.locator('table.processor-list thead th').nth(1)).toHaveText('Producten');
});
