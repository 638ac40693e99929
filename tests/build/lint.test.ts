/**
 * The compliance lint on a corpus of invalid and borderline content: each case under
 * tests/fixtures/lint/ lays files over the minimal fixture, and expected.yaml holds exactly what
 * `npm run check` must add to the minimal fixture's own findings (message and level).
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/lib/check';
import type { Problem } from '../../src/core/problems';
import { RULES } from '../../src/lib/rules';
import { FAST, ROOT, checkedProblems, prepareFixture, EXAMPLE } from './helpers';

const run = promisify(execFile);
const CASES = path.join(ROOT, 'tests/fixtures/lint');

async function problemsOf(
  name: string,
  overlay: string | undefined,
  today: string,
): Promise<Problem[]> {
  const dir = path.join(ROOT, 'tests/.out/lint', name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(path.join(ROOT, 'tests/fixtures/minimal/content'), path.join(dir, 'content'), {
    recursive: true,
  });
  if (overlay) await cp(overlay, path.join(dir, 'content'), { recursive: true });
  return checkedProblems(dir, today);
}

const names = (await readdir(CASES)).sort();

describe('npm run check on the lint corpus', () => {
  it('has at least 30 cases', () => expect(names.length).toBeGreaterThanOrEqual(30));

  it('names every rule in at least one case, so a new rule cannot land without a fixture', async () => {
    // organization-missing cannot be made by laying files over the minimal fixture.
    const uncoverable = new Set(['organization-missing']);
    const named = new Set<string>();
    // The lint corpus, and the hostile one (tests/build/hostile.test.ts: links, pipes, odd bytes).
    for (const corpus of [CASES, path.join(ROOT, 'tests/fixtures/hostile')]) {
      for (const name of await readdir(corpus)) {
        const expected = (parse(await readFile(path.join(corpus, name, 'expected.yaml'), 'utf8')) ??
          []) as Problem[];
        for (const p of expected) named.add(p.rule);
      }
    }
    expect(RULES.map((r) => r.id).filter((id) => !uncoverable.has(id) && !named.has(id))).toEqual(
      [],
    );
  });

  it.each(names)('%s', async (name) => {
    const today = (await readFile(path.join(CASES, name, 'today'), 'utf8')).trim();
    const expected = parse(
      await readFile(path.join(CASES, name, 'expected.yaml'), 'utf8'),
    ) as Problem[];
    const base = new Set(
      (await problemsOf(`${name}-base`, undefined, today)).map((p) => JSON.stringify(p)),
    );
    const found = (await problemsOf(name, path.join(CASES, name, 'content'), today)).filter(
      (p) => !base.has(JSON.stringify(p)),
    );
    expect(found).toEqual(expected);
  });
});

describe('the npm run check command', () => {
  it('prints problems grouped by file and exits 1 on errors, 0 with warnings only', async () => {
    const bad = await prepareFixture('check-cli', 'lint/transfer-missing/content');
    const failed = await run('npx', ['tsx', 'scripts/check.ts'], {
      cwd: ROOT,
      env: { ...process.env, REGISTRY_CONTENT: path.join(bad, 'content') },
    }).catch((e: { code: number; stdout: string }) => e);
    expect((failed as { code: number }).code).toBe(1);
    const out = (failed as { stdout: string }).stdout;
    expect(out).toMatch(
      /content\/processors\/vendor\.yaml\n {2}error: activities\[0\]\.processing\[0\]: United States \(US\) is outside the EEA/,
    );
    expect(out).toMatch(
      /\d+ errors?, \d+ warnings? in \d+ files?\. The build refuses content with errors\./,
    );

    const ok = await run('npx', ['tsx', 'scripts/check.ts'], {
      cwd: ROOT,
      env: { ...process.env, REGISTRY_CONTENT: EXAMPLE },
    });
    expect(ok.stdout).toMatch(/0 errors, \d+ warnings in \d+ files\./);
  });

  it.skipIf(FAST)('agrees with the build: a lint error fails it too', async () => {
    const { buildFixture } = await import('./helpers');
    const dir = await prepareFixture('check-build', 'lint/adequacy-for-us/content');
    const result = await buildFixture(dir);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'transfers[0].mechanisms[0]: the transfer to United States (US) claims adequacy, but the EU adequacy decision for it, (EU) 2023/1795, covers only organisations that joined the EU-US Data Privacy Framework',
    );
  });
});

describe('scaffolds', () => {
  it('write files that check rejects until the placeholders are filled, and accepts after', async () => {
    const dir = await prepareFixture('scaffold');
    const env = {
      ...process.env,
      REGISTRY_CONTENT: path.join(dir, 'content'),
      SOURCE_DATE_EPOCH: String(Date.parse('2026-11-20T12:00:00Z') / 1000),
    };
    await run('npx', ['tsx', 'scripts/new.ts', 'processor', 'Acme Mail GmbH'], { cwd: ROOT, env });
    await run('npx', ['tsx', 'scripts/new.ts', 'change', 'Acme added'], { cwd: ROOT, env });
    const processorFile = path.join(dir, 'content/processors/acme-mail-gmbh.md');
    const changeFile = path.join(dir, 'content/changes/2026-12-20-acme-added.yaml');

    const before = await checkContent(path.join(dir, 'content'), '2026-11-20', ROOT);
    // 13: the fixture's one product is filled in already, in both files.
    expect(before.filter((p) => p.message.startsWith('still holds a placeholder')).length).toBe(13);

    const fills: Record<string, string> = {
      "the vendor's legal entity, e.g. Vendor B.V.": 'Acme Mail GmbH',
      'its country code, e.g. NL': 'DE',
      'sub-processor, processor, independent-controller, joint-controller or recipient-category':
        'sub-processor',
      'a product id': 'app',
      'a purpose code, e.g. hosting': 'transactional-email',
      'what the vendor does, in a sentence': 'Sends the e-mail of the app.',
      'data category codes, e.g. email-address': 'email-address',
      'data subject codes, e.g. users': 'users',
      'an ISO 8601 duration, e.g. P1Y': 'P30D',
      'country codes, e.g. NL': 'DE',
      'listed (the first list), added, removed, replaced or changed': 'added',
      'a processor id': 'acme-mail-gmbh',
      'one sentence: what changes': 'Acme Mail sends the e-mail of the app.',
      why: 'Better deliverability.',
    };
    for (const file of [processorFile, changeFile]) {
      const text = (await readFile(file, 'utf8')).replace(
        /"FILL IN: ([^"]+)"/g,
        (_, what: string) => JSON.stringify(fills[what] ?? `unknown placeholder ${what}`),
      );
      await writeFile(file, text);
    }
    const after = await checkContent(path.join(dir, 'content'), '2026-11-20', ROOT);
    expect(after.filter((p) => p.level === 'error')).toEqual([]);
  });

  it('write an addition naming the processor, its products and the dates of the notice period', async () => {
    const dir = await prepareFixture('scaffold-adds');
    const env = {
      ...process.env,
      REGISTRY_CONTENT: path.join(dir, 'content'),
      SOURCE_DATE_EPOCH: String(Date.parse('2026-11-20T12:00:00Z') / 1000),
    };
    const { stdout } = await run(
      'npx',
      ['tsx', 'scripts/new.ts', 'change', '--adds', 'us-mailer'],
      {
        cwd: ROOT,
        env,
      },
    );
    // The minimal fixture's notice period is 30 days.
    const file = path.join(dir, 'content/changes/2026-12-20-us-mailer-added.yaml');
    expect(stdout).toContain('2026-12-20-us-mailer-added.yaml');
    const text = await readFile(file, 'utf8');
    expect(text).toMatch(/^type: added$/m);
    expect(text).toMatch(/^processors: \[us-mailer\]$/m);
    expect(text).toContain('announced: 2026-11-20\neffective: 2026-12-20');
    expect(text).toContain('products: [app]');
    expect(text).toContain('summary: "US Mailer is added."');
    // Only the reason is left to write.
    const problems = await checkContent(path.join(dir, 'content'), '2026-11-20', ROOT);
    expect(
      problems.filter((p) => p.file.endsWith('us-mailer-added.yaml')).map((p) => p.field),
    ).toEqual(['reason']);

    const unknown = await run('npx', ['tsx', 'scripts/new.ts', 'change', '--adds', 'us-maler'], {
      cwd: ROOT,
      env,
    }).catch((e: { code: number; stderr: string }) => e);
    expect((unknown as { code: number }).code).toBe(1);
    expect((unknown as { stderr: string }).stderr).toContain('Did you mean "us-mailer"?');
  });
});
