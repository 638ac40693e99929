// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import checksums from './src/integrations/checksums.ts';
import pagefind from './src/integrations/pagefind.ts';

const contentDir = path.resolve(process.env.REGISTRY_CONTENT ?? 'content');

/** The deployed URL from organization.yaml; the schema checks it, so a bad value only loses the sitemap here. */
function siteUrl() {
  try {
    const { siteUrl } = parse(readFileSync(path.join(contentDir, 'organization.yaml'), 'utf8')) ?? {};
    return typeof siteUrl === 'string' && /^https?:\/\//.test(siteUrl) ? siteUrl : undefined;
  } catch {
    return undefined;
  }
}

const site = siteUrl();
// Other content (fixtures, bench) keeps its content-layer cache beside it, not in the project's.
const cacheDir = process.env.REGISTRY_CONTENT ? path.join(path.dirname(contentDir), '.astro-cache') : undefined;

export default defineConfig({
  ...(site ? { site } : {}),
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'ignore',
  // Pages render while others are written: large registries build markedly faster.
  build: { format: 'directory', concurrency: 4 },
  integrations: [mdx(), sitemap(), pagefind(), checksums()],
  devToolbar: { enabled: false },
});
