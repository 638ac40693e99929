/** Builds fixture content as of a date and serves it on a free port, for tests that move the clock. */
import { execFile } from 'node:child_process';
import { cp, mkdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface DatedSite {
  url: string;
  close: () => Promise<void>;
}

export async function serveFixtureAsOf(overlay: string, day: string): Promise<DatedSite> {
  const dir = path.join(ROOT, 'tests/.out/e2e', `${overlay}-${day}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(path.join(ROOT, 'tests/fixtures/minimal/content'), path.join(dir, 'content'), {
    recursive: true,
  });
  await cp(path.join(ROOT, 'tests/fixtures', overlay), path.join(dir, 'content'), {
    recursive: true,
  });
  const epoch = String(Date.parse(`${day}T12:00:00Z`) / 1000);
  await new Promise<void>((resolve, reject) =>
    execFile(
      process.execPath,
      ['scripts/build.mjs', '--out', path.join(dir, 'dist')],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          SOURCE_DATE_EPOCH: epoch,
          REGISTRY_CONTENT: path.join(dir, 'content'),
        },
      },
      (error, _out, stderr) => (error ? reject(new Error(stderr)) : resolve()),
    ),
  );
  const server: Server = createServer(sirv(path.join(dir, 'dist'), { dev: true }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
