/**
 * The registry as a company installs it: packed with `npm pack`, installed from the tarball into
 * a site in a folder outside this repository that holds only what is the company's (package.json,
 * astro.config.mjs with its brand, src/content.config.ts, content/ at a path of its own site), then
 * built and checked there with the site's own node_modules.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAST, ROOT } from './helpers';

const run = promisify(execFile);
const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(1);

describe.skipIf(FAST)('processor-registry installed from its tarball', () => {
  let site: string;
  let built: string;
  beforeAll(async () => {
    site = await mkdtemp(path.join(os.tmpdir(), 'acme-trust-center-'));
    const pack = await run('npm', ['pack', '--silent', '--pack-destination', site], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    const tarball = pack.stdout.trim().split('\n').at(-1)!;
    const { version: astro } = JSON.parse(
      await readFile(path.join(ROOT, 'node_modules/astro/package.json'), 'utf8'),
    ) as { version: string };
    await writeFile(
      path.join(site, 'package.json'),
      JSON.stringify({
        name: 'acme-trust-center',
        private: true,
        type: 'module',
        dependencies: { 'processor-registry': `file:./${tarball}`, astro },
      }),
    );
    await writeFile(
      path.join(site, 'astro.config.mjs'),
      [
        "import { defineConfig } from 'astro/config';",
        "import processorRegistry from 'processor-registry';",
        '',
        'export default defineConfig({',
        '  integrations: [',
        '    processorRegistry({',
        "      logo: { light: 'src/assets/logo.svg', alt: 'Acme' },",
        "      colors: { brand: '#0b6e4f', link: '#0b6e4f' },",
        "      customCss: ['src/styles/acme.css'],",
        '    }),',
        '  ],',
        '});',
        '',
      ].join('\n'),
    );
    await mkdir(path.join(site, 'src/assets'), { recursive: true });
    await mkdir(path.join(site, 'src/styles'), { recursive: true });
    await writeFile(
      path.join(site, 'src/content.config.ts'),
      "export { collections } from 'processor-registry/content';\n",
    );
    await cp(
      path.join(ROOT, 'tests/fixtures/brand/logo.svg'),
      path.join(site, 'src/assets/logo.svg'),
    );
    await writeFile(path.join(site, 'src/styles/acme.css'), 'h1 { color: #0b6e4f; }\n');
    await cp(path.join(ROOT, 'tests/fixtures/minimal/content'), path.join(site, 'content'), {
      recursive: true,
    });
    // The trust center at a path of the company's own site.
    const org = path.join(site, 'content/organization.yaml');
    await writeFile(
      org,
      (await readFile(org, 'utf8')).replace(
        'siteUrl: https://trust.fixture.example',
        'siteUrl: https://www.acme.example/legal/subprocessors/',
      ),
    );
    const installing = performance.now();
    await run('npm', ['install', '--no-audit', '--no-fund'], {
      cwd: site,
      maxBuffer: 16 * 1024 * 1024,
    });
    const building = performance.now();
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    delete env['REGISTRY_CONTENT'];
    await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: site,
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
    built = path.join(site, 'dist');
    console.log(
      `installed in ${seconds(installing)} s, built in ${seconds(building)} s (tarball ${tarball})`,
    );
  }, 600_000);
  afterAll(() => rm(site, { recursive: true, force: true }));

  it('holds only what is the company’s', async () => {
    expect((await readdir(site)).sort()).toEqual(
      expect.arrayContaining(['astro.config.mjs', 'content', 'package.json', 'src']),
    );
    expect(await readdir(path.join(site, 'src'))).not.toContain('pages');
  });

  it('builds its trust center under its path, with its brand', async () => {
    const html = await readFile(path.join(built, 'index.html'), 'utf8');
    expect(html).toContain('href="/legal/subprocessors/processors/eu-host/"');
    expect(html).toMatch(
      /<img class="logo" src="\/legal\/subprocessors\/_astro\/logo\.[\w-]+\.svg"/,
    );
    const css = (
      await Promise.all(
        (await readdir(path.join(built, '_astro')))
          .filter((f) => f.endsWith('.css'))
          .map((f) => readFile(path.join(built, '_astro', f), 'utf8')),
      )
    ).join('');
    expect(css).toContain('--brand:#0b6e4f');
    expect(css).toContain('h1{color:#0b6e4f}');
    // What the site's own public/ does not have comes from the registry's.
    expect(await readFile(path.join(built, '_headers'), 'utf8')).toContain(
      "frame-ancestors 'none'",
    );
    expect(await readdir(built)).toEqual(
      expect.arrayContaining(['subprocessors.json', 'embed', 'pagefind', 'favicon.svg']),
    );
  });

  it('runs its command from node_modules/.bin', async () => {
    const env = { ...process.env };
    delete env['REGISTRY_CONTENT'];
    const { stdout } = await run(
      process.execPath,
      [path.join(site, 'node_modules/.bin/processor-registry'), 'check'],
      { cwd: site, env },
    );
    expect(stdout).toMatch(/^0 errors, \d+ warnings in 2 files\.$/m);
  });
});
