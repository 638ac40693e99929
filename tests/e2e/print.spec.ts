/** "Save as PDF" of the overview gives an A4 list fit for an annex. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

test('the overview prints as a clean A4 list with its date, and no navigation or search', async ({
  page,
}) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
  const dir = path.resolve('tests/.out/print');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'overview.pdf');
  writeFileSync(file, pdf);

  // Debian's poppler-utils read the PDF as a reviewer's PDF viewer would.
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(12);

  const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, ' ');
  expect(first).toContain(
    'Klimaatmeter B.V.: processors and sub-processors as of 20 November 2026',
  );
  expect(first).toContain('latest release 10 October 2025');
  expect(first).toContain('Amazon S3');
  // The change a customer may still object to, with its deadline, and the page's number.
  expect(first).toContain('Sentry added');
  expect(first).toContain('10 December 2026');
  expect(first).toMatch(new RegExp(`1 ?/ ?${pages}`));
  for (const chrome of [
    'Skip to content',
    'Search processors and changes',
    'Subscribe',
    'Download the list',
  ])
    expect(first).not.toContain(chrome);

  // Table headers repeat on every page that continues a table.
  const all = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const headerPages = all
    .split('\f')
    .filter((text) => /Recipient\s+Purpose\s+Personal data/.test(text)).length;
  expect(headerPages).toBeGreaterThanOrEqual(Math.min(pages, 2));
});
