/** npm run release -- --sign: a signed release verifies; the same file altered or unsigned does not. */
import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check';
import { ROOT, epochOf, prepareFixture } from './helpers';

const run = promisify(execFile);

describe('signed releases', () => {
  it('are signed by npm run release -- --sign, and a forged one is refused', async () => {
    const dir = await prepareFixture('signing');
    const keys = generateKeyPairSync('ed25519');
    const keyFile = path.join(dir, 'release-key.pem');
    await writeFile(keyFile, keys.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const publicKey = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString().trim();
    const org = path.join(dir, 'content/organization.yaml');
    await writeFile(
      org,
      `${await readFile(org, 'utf8')}releaseSigning:\n  from: 2026-01-01\n  publicKey: |\n${publicKey
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n')}\n`,
    );
    const env = {
      ...process.env,
      REGISTRY_CONTENT: path.join(dir, 'content'),
      SOURCE_DATE_EPOCH: epochOf('2026-02-01'),
    };
    const { stdout } = await run('npx', ['tsx', 'scripts/release.ts', '--sign', keyFile], {
      cwd: ROOT,
      env,
    });
    expect(stdout).toContain(', signed');
    const [name] = await readdir(path.join(dir, 'content/releases'));
    const file = path.join(dir, 'content/releases', name!);
    const release = JSON.parse(await readFile(file, 'utf8')) as {
      sha256: string;
      signature: string;
    };
    expect(release.signature).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    const problems = async () =>
      (await checkContent(path.join(dir, 'content'), '2026-02-01', ROOT)).filter(
        (p) => p.rule === 'release-signature',
      );
    expect(await problems()).toEqual([]);

    // Re-signing is only possible with the key: a history rewritten without it fails.
    const { signature: _dropped, ...unsigned } = release;
    await writeFile(file, `${JSON.stringify(unsigned, null, 2)}\n`);
    expect((await problems()).map((p) => p.message)).toEqual([
      expect.stringContaining('is not signed'),
    ]);
    const other = generateKeyPairSync('ed25519').privateKey;
    const { signHash } = await import('../../src/core/signature');
    await writeFile(
      file,
      `${JSON.stringify({ ...unsigned, signature: signHash(release.sha256, other.export({ type: 'pkcs8', format: 'pem' }).toString()) }, null, 2)}\n`,
    );
    expect((await problems()).map((p) => p.message)).toEqual([
      expect.stringContaining('does not verify'),
    ]);
  });
});
