/** Bad content fails the build with a message naming the file, the field and what to write. */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, prepareFixture } from './helpers';

const cases: { name: string; file: string; expected: string[] }[] = [
  {
    name: 'wrong-type',
    file: 'processors/eu-host.yaml',
    expected: ['products: write a list of product ids, e.g. [a, b]'],
  },
  { name: 'missing-field', file: 'processors/eu-host.yaml', expected: ['legalEntity:'] },
  {
    name: 'bad-role',
    file: 'processors/eu-host.yaml',
    expected: ['role: "subprocessor" is not a role. Did you mean "sub-processor"?'],
  },
  {
    name: 'unknown-vocabulary',
    file: 'processors/us-mailer.yaml',
    expected: [
      'activities[0].dataCategories[0]: "email-adress" is not a known data category. Did you mean "email-address"?',
    ],
  },
  {
    name: 'unknown-processor',
    file: 'changes/2026-01-01-us-mailer-added.yaml',
    expected: ['processors[0]: "us-mailr" is not a known processor. Did you mean "us-mailer"?'],
  },
  {
    name: 'unknown-product',
    file: 'processors/eu-host.yaml',
    expected: ['products[0]: "webshop" is not a known product.', 'content/products/'],
  },
  {
    name: 'bad-country',
    file: 'processors/eu-host.yaml',
    expected: [
      'activities.0.processing.1: "UK" is not an ISO 3166-1 alpha-2 country code, an international organisation (EPO) or a region (eu, eea, europe, worldwide): write GB',
    ],
  },
  {
    name: 'bad-date',
    file: 'changes/2026-01-01-us-mailer-added.yaml',
    expected: ['announced: "2025-11-31" is not a date: write YYYY-MM-DD'],
  },
  {
    name: 'too-little-notice',
    file: 'changes/2026-01-01-us-mailer-added.yaml',
    expected: [
      "effective: gives 22 days' notice (announced 2025-12-10, effective 2026-01-01); a new sub-processor needs at least 30. Set effective to 2026-01-09 or later",
    ],
  },
  {
    name: 'deadline-after-effective',
    file: 'changes/2026-01-01-us-mailer-added.yaml',
    expected: ['objectionDeadline: 2026-01-05 is after the effective date 2026-01-01'],
  },
  {
    name: 'bad-retention',
    file: 'processors/eu-host.yaml',
    expected: ['"30 days" is not an ISO 8601 duration: write e.g. P1Y'],
  },
];

describe.concurrent('a build of bad content', () => {
  it.each(cases)('$name: fails naming $file and the field', async ({ name, file, expected }) => {
    const dir = await prepareFixture(name, `bad/${name}`);
    // A dist/ from an earlier good build must survive the failed one untouched.
    await mkdir(path.join(dir, 'dist'), { recursive: true });
    await writeFile(path.join(dir, 'dist/index.html'), 'previous build');

    const { code, output } = await buildFixture(dir);

    expect(code).not.toBe(0);
    expect(output).toContain(`tests/.out/fixtures/${name}/content/${file}`);
    for (const text of expected) expect(output).toContain(text);
    expect(await readFile(path.join(dir, 'dist/index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(path.join(dir, 'dist/processors'))).toBe(false);
  });

  it('the minimal fixture itself builds, so the failures above come from the planted faults', async () => {
    const dir = await prepareFixture('minimal-good');
    const { code, output } = await buildFixture(dir);
    expect(code, output).toBe(0);
    expect(existsSync(path.join(dir, 'dist/processors/us-mailer/index.html'))).toBe(true);
  });
});
