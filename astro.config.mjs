// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import checksums from './src/integrations/checksums.ts';
import pagefind from './src/integrations/pagefind.ts';
import { contentDir } from './src/lib/load/content-dir.ts';

const content = contentDir();

/** organization.yaml as written; the schema checks it during the build, so here a bad value only loses a setting. */
function organization() {
  try {
    return parse(readFileSync(path.join(content, 'organization.yaml'), 'utf8')) ?? {};
  } catch {
    return {};
  }
}

const org = organization();
const site =
  typeof org.siteUrl === 'string' && /^https?:\/\//.test(org.siteUrl) ? org.siteUrl : undefined;
// The languages and the default one, for Astro's i18n routing: the default language at the root,
// every other under /<code>/ (src/pages/[...lang]/ renders each page once per language).
const defaultLocale = typeof org.defaultLocale === 'string' ? org.defaultLocale : 'en';
const locales =
  Array.isArray(org.locales) && org.locales.length > 0
    ? [...new Set([defaultLocale, ...org.locales.map(String)])]
    : [defaultLocale];
// Other content (fixtures, bench) keeps its content-layer cache and Vite's dependency cache beside
// it, not in the project's: builds of different content run at once (the fixture tests) and would
// otherwise rewrite the same node_modules/.vite/deps under each other.
const cacheDir = process.env.REGISTRY_CONTENT
  ? path.join(path.dirname(content), '.astro-cache')
  : undefined;

export default defineConfig({
  ...(site ? { site } : {}),
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'ignore',
  // Pages render while others are written: large registries build markedly faster.
  build: { format: 'directory', concurrency: 4 },
  i18n: { locales, defaultLocale, routing: { prefixDefaultLocale: false } },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale, locales: Object.fromEntries(locales.map((code) => [code, code])) },
    }),
    pagefind({ sections: ['processors', 'changes'] }),
    checksums(),
  ],
  devToolbar: { enabled: false },
  ...(cacheDir ? { vite: { cacheDir: path.join(cacheDir, 'vite') } } : {}),
});
