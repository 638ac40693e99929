/**
 * The processor-registry command as a company's site runs it: built to plain JavaScript (cli/),
 * run by Node without tsx from a folder outside this repository, reading and writing that folder's
 * content/ only.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const run = promisify(execFile);
const CLI = path.join(ROOT, 'cli/processor-registry.js');

/** Runs the command in `cwd` with plain Node; its exit code and output. */
async function command(cwd: string, ...args: string[]) {
  const env = { ...process.env };
  delete env['REGISTRY_CONTENT'];
  delete env['NODE_OPTIONS']; // no loader (tsx) may help it
  return run(process.execPath, [CLI, ...args], { cwd, env })
    .then(({ stdout, stderr }) => ({ code: 0, output: `${stdout}${stderr}` }))
    .catch((e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      output: `${e.stdout}${e.stderr}`,
    }));
}

describe('processor-registry, built and run outside the repository', () => {
  let site: string;
  beforeAll(async () => {
    await run(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT });
    site = await mkdtemp(path.join(os.tmpdir(), 'registry-site-'));
    await cp(path.join(ROOT, 'tests/fixtures/minimal/content'), path.join(site, 'content'), {
      recursive: true,
    });
  }, 120_000);
  afterAll(() => rm(site, { recursive: true, force: true }));

  it('checks the site’s own content', async () => {
    const result = await command(site, 'check');
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/^0 errors, \d+ warnings in 2 files\.$/m);
  });

  it('refuses content with an error, exit 1, naming the file', async () => {
    const bad = await mkdtemp(path.join(os.tmpdir(), 'registry-bad-'));
    await cp(path.join(site, 'content'), path.join(bad, 'content'), { recursive: true });
    await cp(
      path.join(ROOT, 'tests/fixtures/lint/adequacy-for-us/content'),
      path.join(bad, 'content'),
      { recursive: true },
    );
    const result = await command(bad, 'check');
    await rm(bad, { recursive: true, force: true });
    expect(result.code).toBe(1);
    expect(result.output).toContain('content/processors/vendor.yaml');
  });

  it('writes a scaffold into the site’s content/, nowhere else', async () => {
    const result = await command(site, 'new', 'processor', 'Acme Mail GmbH');
    expect(result.code).toBe(0);
    expect(await readdir(path.join(site, 'content/processors'))).toContain('acme-mail-gmbh.md');
    expect(await readdir(path.join(ROOT, 'content/processors'))).not.toContain('acme-mail-gmbh.md');
  });

  it('lists its commands, and names an unknown one', async () => {
    expect((await command(site, '--help')).output).toContain('check    checks content/');
    const unknown = await command(site, 'frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain('"frobnicate" is no command of processor-registry.');
  });
});
