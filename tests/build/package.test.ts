/**
 * The registry as a company installs it: packed with `npm pack`, installed from the tarball into
 * a site in a folder outside this repository that holds only what is the company's (package.json,
 * astro.config.mjs with its brand, src/content.config.ts, content/ at a path of its own site), then
 * built and checked there with the site's own node_modules.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { parse } from 'yaml';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAST, ROOT } from './helpers';

const run = promisify(execFile);
const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(1);

describe.skipIf(FAST)('processor-registry installed from its tarball', () => {
  let packDir: string;
  let site: string;
  let built: string;
  let written: string[];
  beforeAll(async () => {
    packDir = await mkdtemp(path.join(os.tmpdir(), 'registry-pack-'));
    site = path.join(packDir, 'acme-trust-center');
    const pack = await run('npm', ['pack', '--silent', '--pack-destination', packDir], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    const tarball = pack.stdout.trim().split('\n').at(-1)!;
    const tarballPath = path.join(packDir, tarball);
    // The site as `processor-registry init` writes it (this repository's built command, the same
    // JavaScript the tarball holds), then branded as the company would in its astro.config.mjs.
    await rm(site, { recursive: true, force: true });
    await run(
      process.execPath,
      [
        path.join(ROOT, 'cli/processor-registry.js'),
        'init',
        site,
        '--yes',
        '--legal-name',
        'Acme B.V.',
        '--trade-name',
        'Acme',
        '--street',
        'Keizersgracht 1',
        '--postal-code',
        '1015 AA',
        '--city',
        'Amsterdam',
        '--country',
        'NL',
        '--privacy-contact',
        'privacy@acme.example',
        '--objection-address',
        'privacy@acme.example',
        '--site-url',
        'https://www.acme.example/legal/subprocessors/',
        '--languages',
        'en,nl',
        '--default-language',
        'en',
        '--notice-days',
        '30',
        '--product',
        'Acme Cloud',
        '--package',
        `file:${tarballPath}`,
      ],
      { cwd: ROOT },
    );
    written = (await readdir(site, { recursive: true })).map(String).sort();
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
    await cp(
      path.join(ROOT, 'tests/fixtures/brand/logo.svg'),
      path.join(site, 'src/assets/logo.svg'),
    );
    await writeFile(path.join(site, 'src/styles/acme.css'), 'h1 { color: #0b6e4f; }\n');
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
  afterAll(() => rm(packDir, { recursive: true, force: true }));

  it('is written by processor-registry init with only what is the company’s', async () => {
    expect(written.filter((file) => !file.includes('/') || file.startsWith('.github'))).toEqual([
      '.github',
      '.github/workflows',
      '.github/workflows/publish.yml',
      '.gitignore',
      'README.md',
      'astro.config.mjs',
      'content',
      'package.json',
      'src',
    ]);
    expect(written).toContain('src/content.config.ts');
    expect(written).toContain('content/products/acme-cloud.yaml');
    expect(written.some((file) => file.startsWith('src/pages'))).toBe(false);
    const workflow = parse(
      await readFile(path.join(site, '.github/workflows/publish.yml'), 'utf8'),
    );
    expect(Object.keys(workflow.jobs)).toEqual(['publish']);
    const manifest = JSON.parse(await readFile(path.join(site, 'package.json'), 'utf8'));
    expect(manifest.dependencies['processor-registry']).toMatch(
      /^file:.*processor-registry-[\d.]+\.tgz$/,
    );
    expect(manifest.scripts.check).toBe('processor-registry check');
  });

  it('builds its trust center under its path, with its brand', async () => {
    const html = await readFile(path.join(built, 'index.html'), 'utf8');
    expect(html).toContain('<h1>Processors and sub-processors</h1>');
    expect(html).toContain('href="/legal/subprocessors/nl/"');
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
    expect(stdout).toMatch(/: no problems found\.$|^0 errors/m);
    // docs: the reference and JSON Schemas of the site's own content, without TypeScript.
    const docs = await run(
      process.execPath,
      [path.join(site, 'node_modules/.bin/processor-registry'), 'docs'],
      { cwd: site, env },
    );
    expect(docs.stdout).toContain('docs/reference.md: rewritten.');
    const schema = JSON.parse(
      await readFile(path.join(site, 'docs/schema/processor.schema.json'), 'utf8'),
    ) as { properties: Record<string, { description?: string }> };
    expect(schema.properties['name']?.description).toMatch(/\w/);
    expect(await readFile(path.join(site, 'README.md'), 'utf8')).not.toContain('<!-- rules:');
  });

  it('brings content of the previous schema forward with its migrate command, then builds', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    delete env['REGISTRY_CONTENT'];
    // Schema 1: no version, no notice period (it read 30 days), storage left to the processing.
    const content = path.join(site, 'content');
    await rm(content, { recursive: true, force: true });
    await cp(path.join(ROOT, 'tests/fixtures/minimal/content'), content, { recursive: true });
    const org = path.join(content, 'organization.yaml');
    await writeFile(
      org,
      (await readFile(org, 'utf8'))
        .replace('schemaVersion: 2\n', '')
        .replace('noticePeriodDays: 30\n', '')
        .replace(
          'siteUrl: https://trust.fixture.example',
          'siteUrl: https://www.acme.example/legal/subprocessors/',
        ),
    );
    const host = path.join(content, 'processors/eu-host.yaml');
    await writeFile(host, (await readFile(host, 'utf8')).replace('    storage: [NL]\n', ''));
    const astro = (...args: string[]) =>
      run(process.execPath, ['node_modules/astro/bin/astro.mjs', ...args], {
        cwd: site,
        env,
        maxBuffer: 16 * 1024 * 1024,
      })
        .then(({ stdout, stderr }) => ({ code: 0, output: `${stdout}${stderr}` }))
        .catch((e: { code: number; stdout: string; stderr: string }) => ({
          code: e.code,
          output: `${e.stdout}${e.stderr}`,
        }));
    const refused = await astro('build');
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(
      'the content is written for schema 1, and this version reads 2: run npm run migrate',
    );
    const migrated = await run(
      process.execPath,
      [path.join(site, 'node_modules/.bin/processor-registry'), 'migrate'],
      { cwd: site, env },
    );
    expect(migrated.stdout).toContain('organization.yaml: schemaVersion: 1 → 2');
    expect(await readFile(org, 'utf8')).toContain('noticePeriodDays: 30');
    expect(await readFile(host, 'utf8')).toContain('storage: [NL]');
    const rebuilt = await astro('build');
    expect(rebuilt.output).toContain('Complete!');
    expect(rebuilt.code).toBe(0);
  }, 300_000);
});
