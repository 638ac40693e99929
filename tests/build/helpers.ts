/** Builds fixture content with the real build script, the way a maintainer's build runs. */
import { execFile } from 'node:child_process';
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures');

/** A fresh copy of the minimal valid content with a case's files laid over it; returns its folder. */
export async function prepareFixture(name: string, overlay?: string): Promise<string> {
  const dir = path.join(ROOT, 'tests/.out/fixtures', name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(path.join(FIXTURES, 'minimal/content'), path.join(dir, 'content'), { recursive: true });
  if (overlay) await cp(path.join(FIXTURES, overlay), path.join(dir, 'content'), { recursive: true });
  return dir;
}

export interface BuildResult {
  code: number;
  output: string;
}

/** Runs scripts/build.mjs on a fixture folder's content, writing to its dist/. */
export function buildFixture(dir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/build.mjs', '--out', path.join(dir, 'dist')],
      { cwd: ROOT, env: { ...process.env, ...env, REGISTRY_CONTENT: path.join(dir, 'content') }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}
