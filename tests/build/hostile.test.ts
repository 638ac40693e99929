/**
 * Hostile and careless content. Each case under tests/fixtures/hostile/ lays its content/ over the
 * minimal fixture, then applies setup.yaml: links, pipes, and edits that spell exact characters
 * (zero-width spaces, vertical tabs, a byte-order mark) with YAML's escapes. expected.yaml holds
 * exactly what npm run check adds to the minimal fixture's own findings, as in the lint corpus.
 * A case with a file named `build` is built too: the build fails naming the same errors, keeps the
 * previous dist/ untouched and leaves no staging folder behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Problem } from '../../src/core/problems';
import { FAST, ROOT, buildFixture, checkedProblems } from './helpers';

const CASES = path.join(ROOT, 'tests/fixtures/hostile');

type Step =
  | { link: string; to: string }
  | { fifo: string }
  | { write: string; text: string }
  | { edit: string; replace: string; with: string }
  | { remove: string };

/** The minimal fixture in a folder of its own, with the case `name` laid over it unless `bare`. */
export async function prepare(name: string, bare = false): Promise<string> {
  const dir = path.join(ROOT, 'tests/.out/hostile', bare ? `${name}-base` : name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const content = path.join(dir, 'content');
  await cp(path.join(ROOT, 'tests/fixtures/minimal/content'), content, { recursive: true });
  if (bare) return dir;
  const overlay = path.join(CASES, name, 'content');
  if (existsSync(overlay)) await cp(overlay, content, { recursive: true });
  const setup = path.join(CASES, name, 'setup.yaml');
  const steps = existsSync(setup) ? ((parse(await readFile(setup, 'utf8')) ?? []) as Step[]) : [];
  for (const step of steps) {
    const at = (file: string) => path.join(content, file);
    if ('link' in step) {
      await mkdir(path.dirname(at(step.link)), { recursive: true });
      await symlink(step.to, at(step.link));
    } else if ('fifo' in step) {
      expect(spawnSync('mkfifo', [at(step.fifo)]).status).toBe(0);
    } else if ('write' in step) {
      await mkdir(path.dirname(at(step.write)), { recursive: true });
      await writeFile(at(step.write), step.text);
    } else if ('edit' in step) {
      const text = await readFile(at(step.edit), 'utf8');
      expect(text, `${name}: ${step.edit} holds "${step.replace}"`).toContain(step.replace);
      await writeFile(at(step.edit), text.replace(step.replace, step.with));
    } else {
      await rm(at(step.remove), { force: true });
    }
  }
  return dir;
}

export const hostileCases = existsSync(CASES) ? (await readdir(CASES)).sort() : [];

describe('npm run check on the hostile corpus', () => {
  it('has the cases the README counts', () =>
    expect(hostileCases.length).toBeGreaterThanOrEqual(30));

  it.each(hostileCases)('%s', async (name) => {
    const today = (await readFile(path.join(CASES, name, 'today'), 'utf8')).trim();
    const expected = (parse(await readFile(path.join(CASES, name, 'expected.yaml'), 'utf8')) ??
      []) as Problem[];
    const base = new Set(
      (await checkedProblems(await prepare(name, true), today)).map((p) => JSON.stringify(p)),
    );
    const dir = await prepare(name);
    const found = (await checkedProblems(dir, today)).filter((p) => !base.has(JSON.stringify(p)));
    expect(found).toEqual(expected);

    if (FAST || !existsSync(path.join(CASES, name, 'build'))) return;
    await mkdir(path.join(dir, 'dist'), { recursive: true });
    await writeFile(path.join(dir, 'dist/index.html'), 'previous build');
    const { code, output } = await buildFixture(dir, {
      SOURCE_DATE_EPOCH: String(Date.parse(`${today}T12:00:00Z`) / 1000),
    });
    expect(code, output).not.toBe(0);
    for (const p of expected.filter((e) => e.level === 'error'))
      expect(output).toContain(p.message);
    expect(await readFile(path.join(dir, 'dist/index.html'), 'utf8')).toBe('previous build');
    expect((await readdir(dir)).filter((entry) => entry.startsWith('.dist-staging'))).toEqual([]);
  });
});
