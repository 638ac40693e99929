/**
 * npm run verify on the built example: served over HTTP on localhost and as a folder it passes;
 * one byte changed in a download, or a release altered (even with the discovery document's hash
 * made to match), fails naming the file.
 */
import { execFile } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { cp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, ROOT, buildFixture, epochOf } from './helpers';

const run = promisify(execFile);
const out = path.join(ROOT, 'tests/.out/verify');
const dist = path.join(out, 'dist');

async function verify(target: string, ...options: string[]) {
  return run('npx', ['tsx', 'scripts/verify.ts', target, ...options], { cwd: ROOT }).then(
    ({ stdout }) => ({ code: 0, output: stdout }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      output: e.stdout + e.stderr,
    }),
  );
}

/** A copy of the built site to tamper with. */
async function copy(name: string): Promise<string> {
  const dir = path.join(out, name);
  await rm(dir, { recursive: true, force: true });
  await cp(dist, dir, { recursive: true });
  return dir;
}

describe('npm run verify', () => {
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    await rm(out, { recursive: true, force: true });
    const built = await buildFixture(
      out,
      { SOURCE_DATE_EPOCH: epochOf('2026-11-20') },
      { content: EXAMPLE, out: dist },
    );
    expect(built.code, built.output).toBe(0);
    // The built site, served as a static host would: a path is a file under dist/, or 404.
    server = createServer((request, response) => {
      const file = path.join(dist, decodeURIComponent(new URL(request.url!, 'http://x').pathname));
      readFile(file.endsWith('/') ? path.join(file, 'index.html') : file).then(
        (body) => response.writeHead(200).end(body),
        () => response.writeHead(404).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('passes on the built example, served over HTTP and as a folder', async () => {
    for (const target of [origin, dist]) {
      const result = await verify(target);
      expect(result.code, result.output).toBe(0);
      expect(result.output).toMatch(
        /\d+ files match their SHA-256; 2 releases chained to the head [0-9a-f]{64}/,
      );
    }
  });

  it('fails, naming the file, on a copy with one byte changed in a download', async () => {
    const dir = await copy('one-byte');
    const file = path.join(dir, 'nl/subprocessors.csv');
    const bytes = await readFile(file);
    bytes[10] = bytes[10]! ^ 1;
    await writeFile(file, bytes);
    const result = await verify(dir);
    expect(result.code).toBe(1);
    expect(result.output).toContain('nl/subprocessors.csv: its SHA-256 is');
  });

  it('fails on an altered release, also when the discovery document was made to match it', async () => {
    const dir = await copy('altered-release');
    const record = path.join(dir, 'releases/2024-08-20/release.json');
    const altered = (await readFile(record, 'utf8')).replace('"Amazon S3"', '"Amazon S4"');
    expect(altered).not.toBe(await readFile(record, 'utf8'));
    await writeFile(record, altered);
    const plain = await verify(dir);
    expect(plain.code).toBe(1);
    expect(plain.output).toContain('releases/2024-08-20/release.json: its SHA-256 is');

    // Someone who rewrites history and the index: the release's own hash still gives it away.
    const discovery = path.join(dir, '.well-known/subprocessors.json');
    const doc = JSON.parse(await readFile(discovery, 'utf8')) as {
      releases: { items: { date: string; record: { sha256: string } }[] };
    };
    doc.releases.items.find((r) => r.date === '2024-08-20')!.record.sha256 = createHash('sha256')
      .update(altered)
      .digest('hex');
    await writeFile(discovery, JSON.stringify(doc));
    const covered = await verify(dir);
    expect(covered.code).toBe(1);
    expect(covered.output).toContain('releases/2024-08-20/release.json: altered');
  });

  it('fails on a cut-down or redirected discovery document, a lost head, a missing signature and a link out', async () => {
    const dir = await copy('discovery');
    const discovery = path.join(dir, '.well-known/subprocessors.json');
    const doc = JSON.parse(await readFile(discovery, 'utf8')) as {
      lists: { language: string; format: string; url: string }[];
    };
    // The Dutch CSV left out, and the English JSON said to live elsewhere.
    doc.lists = doc.lists.filter((l) => !(l.language === 'nl' && l.format === 'csv'));
    doc.lists.find((l) => l.language === 'en' && l.format === 'json')!.url =
      'https://elsewhere.example/subprocessors.json';
    await writeFile(discovery, JSON.stringify(doc));
    // A file replaced by a link to one outside the site.
    const linked = path.join(dir, 'nl/subprocessors.json');
    await rm(linked);
    await symlink(path.join(ROOT, 'package.json'), linked);
    const key = path.join(dir, 'release-key.pub.pem');
    await writeFile(
      key,
      generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }),
    );
    const result = await verify(dir, '--head', 'f'.repeat(64), '--key', key);
    expect(result.code).toBe(1);
    expect(result.output).toContain('lists no subprocessors.csv in nl');
    expect(result.output).toContain(
      "https://elsewhere.example/subprocessors.json: outside the publisher's site",
    );
    expect(result.output).toContain('nl/subprocessors.json: listed, but missing');
    expect(result.output).toContain(`the chain no longer holds the head ${'f'.repeat(64)}`);
    expect(result.output).toContain('releases/2024-08-20/release.json: carries no signature');
  });
});
