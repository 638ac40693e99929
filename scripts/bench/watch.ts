// npm run bench:watch: how long npm run watch takes for 100 vendors, each its own host (a local
// server per vendor, on its own port) serving a real list (Tailscale's, tests/fixtures/watch/):
// the first read, and a second read with nothing changed. Content in a temporary folder.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const VENDORS = Number(process.argv[2] ?? 100);
const list = await readFile('tests/fixtures/watch/tailscale/2025-09-02.md');
const servers = await Promise.all(
  Array.from({ length: VENDORS }, async () => {
    const server = http.createServer((req, res) => {
      if (req.url === '/subprocessors')
        res.writeHead(200, { 'content-type': 'text/markdown' }).end(list);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return server;
  }),
);
const dir = await mkdtemp(path.join(os.tmpdir(), 'registry-bench-watch-'));
await cp('tests/fixtures/minimal/content', path.join(dir, 'content'), { recursive: true });
const host = await readFile(path.join(dir, 'content/processors/eu-host.yaml'), 'utf8');
await Promise.all(
  servers.map((server, i) =>
    writeFile(
      path.join(dir, `content/processors/vendor-${i}.yaml`),
      `${host.replace('name: EU Host', `name: Vendor ${i}`)}subprocessorListUrl: http://127.0.0.1:${(server.address() as AddressInfo).port}/subprocessors\n`,
    ),
  ),
);
const env = { ...process.env, REGISTRY_CONTENT: path.join(dir, 'content') };
const timed = async () => {
  const started = performance.now();
  const result = await run('npx', ['tsx', 'scripts/watch.ts'], { env }).catch(
    (error: { stdout: string }) => error,
  );
  return { ms: performance.now() - started, last: result.stdout.trim().split('\n').at(-1) };
};
// The control: the same command on content with no list to read (Node, tsx, reading the content).
const control = await (async () => {
  const started = performance.now();
  await run('npx', ['tsx', 'scripts/watch.ts'], {
    env: { ...env, REGISTRY_CONTENT: path.resolve('tests/fixtures/minimal/content') },
  });
  return performance.now() - started;
})();
const first = await timed();
const second = await timed();
console.log(`${VENDORS} vendors, each its own host, 4 at a time:`);
console.log(`  first read   ${(first.ms / 1000).toFixed(1)} s  (${first.last})`);
console.log(`  second read  ${(second.ms / 1000).toFixed(1)} s  (${second.last})`);
console.log(`  control      ${(control / 1000).toFixed(1)} s  (the command with no list to read)`);
for (const server of servers) server.close();
await rm(dir, { recursive: true, force: true });
