/**
 * Builds the Pagefind search index after Astro has written the site, through Pagefind's Node API:
 * every response is checked, and the Pagefind service is always closed.
 *
 * Only the folders of the indexed pages are handed to Pagefind, in every language. Pagefind reads
 * every page it is given, even the ones it leaves out of the index for lacking data-pagefind-body;
 * for a registry of 10,000 processors the long browse pages cost it 10 s and 350 MB for nothing.
 */
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
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
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site, glob });
          if (added.errors.length > 0)
            throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          if (added.page_count === 0)
            throw new Error(
              `Pagefind found no page to index in ${glob}: processor and change pages must carry data-pagefind-body.`,
            );
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(
            `Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
