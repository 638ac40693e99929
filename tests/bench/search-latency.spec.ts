/**
 * How long a reader waits for the first search results on the overview of a large registry, timed
 * inside the page from the first keystroke to the first result on screen: cold (the box was just
 * focused, so the search code is still loading) and warm (a new query once it has loaded).
 * Writes the numbers to BENCH_OUT for the bench to report.
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const url = process.env['BENCH_URL']!;
// Words every registry has: purposes, countries and safeguards.
const queries = ['backup', 'united states', 'invoicing', 'hosting', 'e-mail'];

/** Starts recording keystrokes and result-list changes in the page. */
async function arm(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { marks: [string, number, number][] };
    w.marks = [];
    const list = document.querySelector('[data-search-list]')!;
    document.addEventListener('keydown', () => w.marks.push(['key', performance.now(), 0]), {
      capture: true,
    });
    new MutationObserver(() =>
      w.marks.push(['list', performance.now(), list.children.length]),
    ).observe(list, { childList: true });
  });
}

/**
 * Milliseconds from the first keystroke to the first time the list shows results, read from the
 * marks the page recorded. Waiting with expect().toBeVisible() would check layout on every
 * animation frame and slow down the very page being measured.
 */
async function read(page: Page): Promise<number> {
  const elapsed = () => {
    const { marks } = window as unknown as { marks: [string, number, number][] };
    const key = marks.find(([kind]) => kind === 'key')?.[1];
    const shown = marks.find(
      ([kind, at, children]) => kind === 'list' && key !== undefined && at > key && children > 0,
    )?.[1];
    return key === undefined || shown === undefined ? null : Math.round(shown - key);
  };
  const handle = await page.waitForFunction(elapsed, null, { polling: 250, timeout: 30_000 });
  return (await handle.jsonValue()) as number;
}

// BENCH_CPU_SLOWDOWN=4: Chromium's CPU throttled four times, as on a mid-range phone.
const slowdown = Number(process.env['BENCH_CPU_SLOWDOWN'] ?? '1');

test('first search results on the overview', async ({ browser }) => {
  const cold: number[] = [];
  const warm: number[] = [];
  for (const [i, query] of queries.entries()) {
    const page = await browser.newPage();
    if (slowdown > 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    }
    await page.goto(url);
    const input = page.getByRole('searchbox', { name: 'Search processors and changes' });
    await arm(page);
    await input.focus();
    await input.pressSequentially(query.slice(0, 4));
    cold.push(await read(page));

    // Let the rest of the search (filter counts) finish loading, as it has by a reader's next query.
    await expect(page.locator('[data-search-facets] details').first()).toBeVisible({
      timeout: 30_000,
    });
    await page.waitForTimeout(2000);
    await input.fill('');
    await expect(page.locator('[data-search-results]')).toBeHidden();
    await page.waitForTimeout(300);
    await arm(page);
    await input.pressSequentially(queries[(i + 1) % queries.length]!.slice(0, 4));
    warm.push(await read(page));
    await page.close();
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  const result = { slowdown, coldMs: median(cold), warmMs: median(warm), cold, warm };
  console.log(JSON.stringify(result));
  if (process.env['BENCH_OUT']) writeFileSync(process.env['BENCH_OUT'], JSON.stringify(result));
});
