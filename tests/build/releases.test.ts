/** npm run release freezes the list; the build refuses a chain in which a release was altered or removed. */
import { execFile } from 'node:child_process';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildFixture, epochOf, prepareFixture } from './helpers';

const run = promisify(execFile);

async function release(dir: string, day: string) {
  return run('npx', ['tsx', 'scripts/release.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      REGISTRY_CONTENT: path.join(dir, 'content'),
      SOURCE_DATE_EPOCH: epochOf(day),
    },
  });
}

describe('releases', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await prepareFixture('releases');
    await release(dir, '2025-12-01');
    await release(dir, '2026-02-01');
  });

  it('writes one file per release, each chained to the one before', async () => {
    const files = (await readdir(path.join(dir, 'content/releases'))).sort();
    expect(files).toEqual(['2025-12-01.json', '2026-02-01.json']);
    const first = JSON.parse(
      await readFile(path.join(dir, 'content/releases/2025-12-01.json'), 'utf8'),
    );
    const second = JSON.parse(
      await readFile(path.join(dir, 'content/releases/2026-02-01.json'), 'utf8'),
    );
    expect(first.previous).toBeNull();
    expect(second.previous).toBe(first.sha256);
    // On 2025-12-01 US Mailer was announced (effective 2026-01-01): upcoming then, active later.
    expect(
      first.list.processors.map((p: { id: string; status: string }) => `${p.id}:${p.status}`),
    ).toEqual(['eu-host:active', 'us-mailer:upcoming']);
    expect(
      second.list.processors.map((p: { id: string; status: string }) => `${p.id}:${p.status}`),
    ).toEqual(['eu-host:active', 'us-mailer:active']);
  });

  it('refuses to rewrite a release', async () => {
    await expect(release(dir, '2026-02-01')).rejects.toThrow(
      /already exists: a release is never rewritten/,
    );
  });

  it('publishes every release with its downloads and the differences', async () => {
    const result = await buildFixture(dir, { SOURCE_DATE_EPOCH: epochOf('2026-11-20') });
    expect(result.code, result.output).toBe(0);
    const dist = path.join(dir, 'dist');
    for (const file of [
      'subprocessors.csv',
      'subprocessors.xlsx',
      'subprocessors.json',
      'release.json',
    ]) {
      await expect(readFile(path.join(dist, 'releases/2025-12-01', file))).resolves.toBeTruthy();
    }
    const page = await readFile(path.join(dist, 'releases/2026-02-01/index.html'), 'utf8');
    expect(page).toContain('US Mailer: changed: status');
    const sums = await readFile(path.join(dist, 'SHA256SUMS'), 'utf8');
    expect(sums).toContain('releases/2025-12-01/subprocessors.csv');
  });

  it('fails the build, naming the file, when a published release was altered', async () => {
    const file = path.join(dir, 'content/releases/2025-12-01.json');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace('"name": "EU Host"', '"name": "EU Host (renamed)"'));
    const result = await buildFixture(dir);
    await writeFile(file, original);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'tests/.out/fixtures/releases/content/releases/2025-12-01.json',
    );
    expect(result.output).toContain('sha256: the release was changed after it was published');
  });

  it('fails the build when an earlier release was removed', async () => {
    const file = path.join(dir, 'content/releases/2025-12-01.json');
    const original = await readFile(file, 'utf8');
    await rm(file);
    const result = await buildFixture(dir);
    await writeFile(file, original);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/releases/2026-02-01.json');
    expect(result.output).toContain('previous: is ');
    expect(result.output).toContain('the first release was removed');
  });
});
