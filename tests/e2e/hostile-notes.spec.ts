/** Hostile notes (tests/fixtures/hostile-notes) run nothing in a browser: no dialog, on load or on click. */
import { expect, test } from '@playwright/test';
import { serveFixtureAsOf } from './serve';

test('a note with scripts, handlers and script links opens no dialog, in either language', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const site = await serveFixtureAsOf('hostile-notes', '2026-03-01');
  try {
    for (const path of ['/processors/notes-host/', '/nl/processors/notes-host/']) {
      await page.goto(site.url + path, { waitUntil: 'load' });
      expect(dialogs, 'dialogs on load').toEqual([]);
      const notes = page.locator('section.notes');
      await expect(notes).toContainText('kept text');
      await notes.getByText('ok link').hover();
      // Links whose unsafe target was removed are words now: clicking them goes nowhere.
      for (const name of ['js link', 'data link', 'vb link', 'entity']) {
        await notes.getByText(name, { exact: true }).click();
        expect(page.url()).toBe(site.url + path);
      }
    }
  } finally {
    await site.close();
  }
  expect(dialogs).toEqual([]);
});
