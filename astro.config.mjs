// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

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

export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap()],
  // Each content directory (example, fixtures, bench) keeps its own content-layer cache.
  cacheDir: process.env.REGISTRY_CONTENT ? path.join('node_modules/.astro', path.basename(contentDir) + '-' + Buffer.from(contentDir).toString('base64url').slice(-16)) : undefined,
  devToolbar: { enabled: false },
});
