/** The same content and date give the same bytes: two builds from two checkouts in different places. */
import { createHash } from 'node:crypto';
import { cp, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildFixture, epochOf, EXAMPLE } from './helpers';

/** Every file under `dir`, by its path there, with the SHA-256 of its bytes. */
async function hashes(dir: string): Promise<Map<string, string>> {
  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  const result = new Map<string, string>();
  for (const file of files.filter((f) => f.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(file.parentPath, file.name);
    result.set(
      path.relative(dir, full),
      createHash('sha256')
        .update(await readFile(full))
        .digest('hex'),
    );
  }
  return result;
}

describe('the example site, built twice from two checkouts with the same SOURCE_DATE_EPOCH', () => {
  const out = path.join(ROOT, 'tests/.out/reproducible');
  // Different folders, at different depths, each with its own content-layer cache beside it.
  const checkouts = [path.join(out, 'a'), path.join(out, 'elsewhere/deeper/b')];
  let builds: Map<string, string>[];

  beforeAll(async () => {
    await rm(out, { recursive: true, force: true });
    builds = [];
    // One after the other: each build is a cold one, and the two do not share the machine.
    for (const checkout of checkouts) {
      await cp(EXAMPLE, path.join(checkout, 'content'), { recursive: true });
      const result = await buildFixture(checkout, { SOURCE_DATE_EPOCH: epochOf('2026-11-20') });
      expect(result.code, result.output).toBe(0);
      builds.push(await hashes(path.join(checkout, 'dist')));
    }
  }, 240_000);

  it('write every file of dist/ byte for byte the same, workbooks and SHA256SUMS included', () => {
    const [first, second] = builds as [Map<string, string>, Map<string, string>];
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first]
      .filter(([file, hash]) => second.get(file) !== hash)
      .map(([f]) => f);
    expect(differing).toEqual([]);
    const workbooks = [...first.keys()].filter((f) => f.endsWith('.xlsx'));
    expect(workbooks.length).toBeGreaterThanOrEqual(4);
    expect(first.has('SHA256SUMS')).toBe(true);
    expect(first.size).toBeGreaterThan(200);
  });
});
