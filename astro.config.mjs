// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
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
// Each content folder (example, fixtures, bench) keeps its own content-layer cache.
const cacheDir = process.env.REGISTRY_CONTENT
  ? `node_modules/.astro/content-${createHash('sha256').update(contentDir).digest('hex').slice(0, 12)}`
  : undefined;

export default defineConfig({
  ...(site ? { site } : {}),
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap(), pagefind()],
  devToolbar: { enabled: false },
});
