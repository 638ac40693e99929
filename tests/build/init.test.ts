/** npm run init: a registry of one's own from a clone of the example, built at once. */
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check';
import { EXAMPLE, ROOT, buildFixture, epochOf } from './helpers';

const run = promisify(execFile);
const ANSWERS = [
  ['--legal-name', 'Acme Analytics B.V.'],
  ['--street', 'Keizersgracht 1'],
  ['--postal-code', '1015 CJ'],
  ['--city', 'Amsterdam'],
  ['--country', 'nl'],
  ['--privacy-contact', 'privacy@acme.example'],
  ['--site-url', 'https://trust.acme.example'],
  ['--languages', 'en,nl'],
  ['--notice-days', '45'],
  ['--product', 'Acme Insights'],
].flat();

async function init(root: string, args: string[]) {
  return run('npx', ['tsx', 'scripts/init.ts', '--root', root, ...args], { cwd: ROOT }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      output: e.stdout + e.stderr,
    }),
  );
}

describe('npm run init', () => {
  const root = path.join(ROOT, 'tests/.out/init');

  it('moves the example away, writes a registry that checks clean and builds, and refuses to run twice', async () => {
    await rm(root, { recursive: true, force: true });
    await mkdir(root, { recursive: true });
    await cp(EXAMPLE, path.join(root, 'content'), { recursive: true });

    const first = await init(root, [...ANSWERS, '--yes']);
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain('Moved the example content to');
    expect(existsSync(path.join(root, 'examples/klimaatmeter/content/organization.yaml'))).toBe(
      true,
    );
    const organization = await readFile(path.join(root, 'content/organization.yaml'), 'utf8');
    expect(organization).toContain('legalName: Acme Analytics B.V.');
    // Answers not given follow from the others: the trade name, the objection address, the default language.
    expect(organization).toContain('tradeName: Acme Analytics');
    expect(organization).toContain('objectionAddress: privacy@acme.example');
    expect(organization).toMatch(/defaultLocale: en\nlocales:\n {2}- en\n {2}- nl/);
    expect(organization).toContain('country: NL');
    expect(organization).toContain('noticePeriodDays: 45');
    expect(existsSync(path.join(root, 'content/products/acme-insights.yaml'))).toBe(true);

    expect(await checkContent(path.join(root, 'content'), '2026-11-20', ROOT)).toEqual([]);
    const built = await buildFixture(root, { SOURCE_DATE_EPOCH: epochOf('2026-11-20') });
    expect(built.code, built.output).toBe(0);
    const home = await readFile(path.join(root, 'dist/index.html'), 'utf8');
    expect(home).toContain('Acme Analytics');
    expect(home).not.toContain('Klimaatmeter');
    expect(home).not.toContain('Example data');

    const again = await init(root, [...ANSWERS, '--yes']);
    expect(again.code).toBe(1);
    expect(again.output).toContain('already holds a registry of your own');
    const forced = await init(root, [...ANSWERS, '--yes', '--force']);
    expect(forced.code, forced.output).toBe(0);
    expect(forced.output).toMatch(/Kept the previous content as .*content\.before-init-/);
  });

  it('writes nothing for a missing or wrong answer, and says which', async () => {
    const empty = path.join(root, '..', 'init-bad');
    await rm(empty, { recursive: true, force: true });
    await mkdir(empty, { recursive: true });
    const missing = await init(empty, ['--legal-name', 'Acme B.V.', '--yes']);
    expect(missing.code).toBe(2);
    expect(missing.output).toContain('--street');
    expect(missing.output).toContain('--site-url');
    const wrong = await init(empty, [
      ...ANSWERS.map((a) => (a === 'nl' ? 'UK' : a)),
      '--site-url',
      'http://insecure.example',
      '--yes',
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.output).toContain('--country: "UK" is not a country code: write GB');
    expect(wrong.output).toContain(
      '--site-url: "http://insecure.example" is not an https:// address',
    );
    expect(existsSync(path.join(empty, 'content'))).toBe(false);
  });
});
