/**
 * `npm run dev` as an author uses it: a saved processor file shows on its page and on the overview
 * at the next request; a file saved with an error is named in the terminal with its field, and
 * the fix shows once saved. (Until this test, a saved file never showed: the entries' glob was one the dev
 * server's watcher did not match.)
 */
import { cp, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devReload, startDev, type DevServer } from '../../scripts/bench/dev.mjs';
import { ROOT } from './helpers';

describe('npm run dev', () => {
  let dir: string;
  let server: DevServer;
  beforeAll(async () => {
    // Outside the project: the dev server watches a content folder wherever REGISTRY_CONTENT puts it.
    dir = await mkdtemp(path.join(os.tmpdir(), 'registry-dev-'));
    await cp(path.join(ROOT, 'tests/fixtures/minimal/content'), path.join(dir, 'content'), {
      recursive: true,
    });
    server = await startDev(path.join(dir, 'content'));
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows a saved processor file on its page and on the overview', async () => {
    const file = path.join(dir, 'content/processors/eu-host.yaml');
    const before = await readFile(file, 'utf8');
    const reload = await devReload(server, file, '/', (text, marker) =>
      text.replace('name: EU Host', `name: EU Host ${marker}`),
    );
    expect(reload.error).toBeUndefined();
    const shown = /EU Host (Saved at \d+)/.exec(await server.page('/'))![1]!;
    expect(await server.page('/processors/eu-host/')).toContain(shown);
    await writeFile(file, before);
    await expect
      .poll(() => server.page('/processors/eu-host/'), { timeout: 45_000 })
      .not.toContain(shown);
  }, 120_000);

  it('shows a save that an editor writes in two steps (empty first), without an error', async () => {
    const file = path.join(dir, 'content/processors/eu-host.yaml');
    const before = await readFile(file, 'utf8');
    for (const round of [1, 2, 3]) {
      const printed = server.output().length;
      const handle = await open(file, 'w'); // truncates: the watcher may see an empty file
      await new Promise((resolve) => setTimeout(resolve, 15));
      await handle.writeFile(before.replace('Hosts the app.', `Hosts the app, round ${round}.`));
      await handle.close();
      await expect
        .poll(() => server.page('/processors/eu-host/'), { timeout: 45_000 })
        .toContain(`Hosts the app, round ${round}.`);
      expect(server.output().slice(printed)).not.toMatch(/Failed to reload/);
    }
    await writeFile(file, before);
    await expect
      .poll(() => server.page('/processors/eu-host/'), { timeout: 45_000 })
      .toContain('Hosts the app.');
  }, 180_000);

  it('names a file saved wrong in its terminal, with the field, and shows the fix once saved', async () => {
    const file = path.join(dir, 'content/processors/eu-host.yaml');
    const before = await readFile(file, 'utf8');
    await writeFile(file, before.replace('role: sub-processor', 'role: subprocessor'));
    await expect
      .poll(() => server.output(), { timeout: 45_000 })
      .toMatch(
        /Failed to reload eu-host\.yaml[\s\S]*role[^\n]*"subprocessor" is not a role\. Did you mean "sub-processor"\?/,
      );
    // The page keeps the last version that was right meanwhile.
    expect(await server.page('/processors/eu-host/')).toContain('EU Host');
    await writeFile(file, before.replace('description: Hosts the app.', 'description: Fixed.'));
    await expect
      .poll(() => server.page('/processors/eu-host/'), { timeout: 45_000 })
      .toContain('Fixed.');
    await writeFile(file, before);
  }, 120_000);
});
