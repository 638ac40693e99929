/**
 * The template for `npm create astro -- --template …/examples/company-site`: exactly what
 * `processor-registry init` writes for the template's example company (`npm run docs` rewrites
 * it), and content the check finds no error in.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check';
import { TEMPLATE_FOLDER, templateFiles } from '../../src/lib/authoring/site';

const ROOT = path.resolve(import.meta.dirname, '../..');
const own = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  peerDependencies: { astro: string };
};

describe('the template of a company’s site', () => {
  const expected = templateFiles({
    dependency: `^${own.version}`,
    astro: own.peerDependencies.astro,
  });

  it('is what init writes for the example company, file for file (npm run docs rewrites it)', () => {
    const committed = readdirSync(path.join(ROOT, TEMPLATE_FOLDER), {
      recursive: true,
      withFileTypes: true,
    })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
      .sort();
    expect(committed).toEqual([...expected.keys()].sort());
    for (const [file, text] of expected)
      expect(readFileSync(path.join(ROOT, file), 'utf8'), `${file}: run npm run docs`).toBe(text);
  });

  it('depends on this version of the registry and says what to replace first', () => {
    const pkg = JSON.parse(expected.get(`${TEMPLATE_FOLDER}/package.json`)!) as {
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies['processor-registry']).toBe(`^${own.version}`);
    expect(expected.get(`${TEMPLATE_FOLDER}/README.md`)).toContain(
      "## First: make it your company's",
    );
  });

  it('holds content the check finds no error in, and no notice period nobody promised', async () => {
    const content = path.join(ROOT, TEMPLATE_FOLDER, 'content');
    const problems = await checkContent(content, '2026-12-05', ROOT);
    expect(problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(readFileSync(path.join(content, 'organization.yaml'), 'utf8')).toContain(
      'noticePeriodDays: not-stated',
    );
  });
});
