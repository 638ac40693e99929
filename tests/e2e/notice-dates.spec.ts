/** The objection banner follows the build date: absent before, present inside the window, gone after. */
import { expect, test } from '@playwright/test';
import { serveFixtureAsOf } from './serve';

// In the fixture, New Host is announced 2026-03-01 (deadline 2026-03-31, effective 2026-04-15);
// Chat Tool is announced the same day and withdrawn on 2026-03-10.
const cases = [
  { day: '2026-02-20', banner: [] },
  {
    day: '2026-03-05',
    banner: [
      'New Host added: you can object until 31 March 2026.',
      'Chat Tool added: you can object until 31 March 2026.',
    ],
  },
  { day: '2026-03-20', banner: ['New Host added: you can object until 31 March 2026.'] },
  { day: '2026-04-05', banner: [] },
];

for (const { day, banner } of cases) {
  test(`built on ${day}, pages show ${banner.length || 'no'} open objection window${banner.length === 1 ? '' : 's'}`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const site = await serveFixtureAsOf('windows', day);
    try {
      for (const path of ['/', '/changes/', '/processors/us-mailer/']) {
        await page.goto(site.url + path);
        const aside = page.getByRole('complementary', { name: 'Changes open for objection' });
        if (banner.length === 0) {
          await expect(aside).toHaveCount(0);
        } else {
          await expect(aside.getByRole('listitem')).toHaveCount(banner.length);
          for (const text of banner) await expect(aside).toContainText(text);
        }
      }
    } finally {
      await site.close();
    }
  });
}
