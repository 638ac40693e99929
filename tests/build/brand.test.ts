/**
 * A company's brand through processorRegistry(): a logo for each scheme, brand colours and a
 * stylesheet of its own, given in an astro.config.mjs as a company writes it; a colour that fails
 * WCAG AA contrast, or a logo that is not there, stops the build naming the option.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, FAST, prepareFixture } from './helpers';

describe.skipIf(FAST)('a branded registry: logo, colours, its own CSS and footer', () => {
  let dist: string;
  let css: string;
  beforeAll(async () => {
    const dir = await prepareFixture('brand');
    const result = await buildFixture(dir, {
      REGISTRY_ASTRO_CONFIG: 'tests/fixtures/brand/astro.config.mjs',
    });
    expect(result.output).toMatch(/Built \S*dist\//);
    dist = path.join(dir, 'dist');
    const sheets = (await readdir(path.join(dist, '_astro'))).filter((f) => f.endsWith('.css'));
    css = (
      await Promise.all(sheets.map((f) => readFile(path.join(dist, '_astro', f), 'utf8')))
    ).join('\n');
  }, 240_000);

  it('shows the logo, light and dark, beside the title', async () => {
    const html = await readFile(path.join(dist, 'index.html'), 'utf8');
    expect(html).toMatch(
      /<a class="brand" href="\/"><picture><source srcset="\/_astro\/logo-dark\.[\w-]+\.svg" media="\(prefers-color-scheme: dark\)"><img class="logo" src="\/_astro\/logo\.[\w-]+\.svg" width="96" height="32" alt><\/picture>Fixture trust center<\/a>/,
    );
  });

  it('renders a part the company replaced: its footer, wrapping the registry’s', async () => {
    const html = await readFile(path.join(dist, 'processors/us-mailer/index.html'), 'utf8');
    expect(html).toMatch(
      /<p class="acme-footer">Acme Legal · <a href="https:\/\/acme\.example\/legal\/">All legal documents<\/a><\/p>\s*<footer class="site-footer">/,
    );
    expect(html).toContain('Transfers checked against the law as of');
  });

  it('has an embeddable list without the site’s chrome or JavaScript, links opening around the frame', async () => {
    const html = await readFile(path.join(dist, 'embed/index.html'), 'utf8');
    expect(html).toContain('<base target="_top">');
    expect(html).toContain('<h1>Processors and sub-processors of Fixture</h1>');
    expect(html).toContain('href="/processors/eu-host/"');
    expect(html).not.toMatch(/<script|<nav|<header|site-footer/);
    expect(await readFile(path.join(dist, 'embed/app/index.html'), 'utf8')).toContain(
      '<h1>Processors and sub-processors of The app</h1>',
    );
  });

  it('lets only the sites the options name frame it, in the _headers a host reads', async () => {
    const headers = await readFile(path.join(dist, '_headers'), 'utf8');
    // The site-wide rule stays: no other page may be framed.
    expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: .*frame-ancestors 'none'$/m);
    expect(headers).toMatch(
      /^\/embed\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: default-src 'none'; .*; base-uri 'none'; frame-ancestors https:\/\/www\.acme\.example$/m,
    );
  });

  it('puts the brand colours in their layer and the company’s CSS after it, unlayered', () => {
    expect(css).toMatch(
      /@layer registry\.brand\{:root\{--brand:#0b6e4f;--brand-ink:#fff(fff)?;--link:#0b6e4f\}/,
    );
    expect(css).toContain('--link:#7fe0bd');
    const brand = css.indexOf('@layer registry.brand{');
    const own = css.indexOf('.site-header{border-bottom:4px solid #f2b705}');
    expect(brand).toBeGreaterThan(-1);
    expect(own).toBeGreaterThan(brand);
    // The company's rule is outside every layer, so it wins over the registry's.
    expect(css.slice(brand, own)).toMatch(/\}\}\}$/);
  });
});

describe.skipIf(FAST)('options a site cannot be built with', () => {
  it('a brand colour without contrast stops the build, naming both colours', async () => {
    const dir = await prepareFixture('brand-low-contrast');
    const result = await buildFixture(dir, {
      REGISTRY_ASTRO_CONFIG: 'tests/fixtures/brand-low-contrast/astro.config.mjs',
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'colors.link #7fb3ff against the page background #ffffff: contrast 2.14:1, below the 4.5:1 that links on the page needs (WCAG 2.2 AA, 1.4.3).',
    );
  }, 240_000);
});
