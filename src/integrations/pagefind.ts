/**
 * Builds the Pagefind search index after Astro has written the site (./search-index.ts), or,
 * under scripts/build.mjs, tells it which pages to index once this process has ended.
 *
 * Only the folders of the indexed pages are handed to Pagefind, in every language. Pagefind reads
 * every page it is given, even the ones it leaves out of the index for lacking data-pagefind-body;
 * for a registry of 10,000 processors the long browse pages cost it 10 s and 350 MB for nothing.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { indexSite, type IndexRequest } from './search-index';
import { BASE_LOCALE, type Locale } from '../i18n';
import { localePath } from '../core/locale-path';

export interface PagefindOptions {
  /** Top-level route folders whose pages carry data-pagefind-body, e.g. processors and changes. */
  sections: string[];
}

/** The glob of the pages in `sections`, in every language, wherever localePath puts that language. */
export function sectionGlob(
  sections: string[],
  locales: readonly Locale[],
  defaultLocale: Locale,
): string {
  const folders = locales.flatMap((locale) =>
    sections.map((section) => localePath(`/${section}`, locale, defaultLocale).slice(1)),
  );
  return `{${folders.join(',')}}/**/*.html`;
}

export default function pagefind({ sections }: PagefindOptions): AstroIntegration {
  let glob = '';
  return {
    name: 'processor-registry:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        const locales = (config.i18n?.locales ?? []).map((locale) =>
          typeof locale === 'string' ? locale : locale.path,
        ) as Locale[];
        const defaultLocale = (config.i18n?.defaultLocale ?? locales[0] ?? BASE_LOCALE) as Locale;
        glob = sectionGlob(sections, locales.length > 0 ? locales : [defaultLocale], defaultLocale);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const request: IndexRequest = { site: fileURLToPath(dir), glob };
        // Run by scripts/build.mjs, the index is made once this process has ended: Astro's
        // memory and Pagefind's are then never held at once.
        if (process.env['REGISTRY_SEARCH_INDEX'] === 'after' && process.send) {
          process.send({ searchIndex: request });
          return;
        }
        const started = performance.now();
        const pages = await indexSite(request);
        logger.info(`Indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
