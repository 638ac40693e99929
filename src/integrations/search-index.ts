/**
 * The Pagefind index of a built site: the pages matching `glob` under `site`, written to
 * `site/pagefind/`. Every response is checked, and the Pagefind service is always closed. Used by
 * the Astro integration (./pagefind.ts) and by scripts/build.mjs, which indexes once the Astro
 * process has ended, so the two never hold their memory at once.
 */
import { close, createIndex } from 'pagefind';
import path from 'node:path';

export interface IndexRequest {
  /** The built site's folder. */
  site: string;
  /** The pages to index, relative to it, e.g. {processors,changes,nl/processors,nl/changes}/** /*.html. */
  glob: string;
}

/** Indexes the site; resolves with the number of pages indexed, or rejects saying what failed. */
export async function indexSite({ site, glob }: IndexRequest): Promise<number> {
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
    return added.page_count;
  } finally {
    await close();
  }
}
