// Astro's content collections, made from the one collection table (src/lib/load/collections.ts),
// which the reader for `npm run check` uses too.
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, entryPattern, type CollectionSpec } from './lib/load/collections';
import { contentDir } from './lib/load/content-dir';

const base = contentDir();

/** A glob loader for the collection's folder; one authors may leave out gives no entries and no warning. */
function loader(collection: CollectionSpec): Loader {
  const folder = path.join(base, collection.folder);
  const inner = glob({ base: folder, pattern: entryPattern(collection) });
  if (!collection.optional) return inner;
  return {
    name: 'optional-glob',
    load: async (context) => (existsSync(folder) ? inner.load(context) : context.store.clear()),
  };
}

const define = <S extends CollectionSpec>(collection: S) =>
  defineCollection({ loader: loader(collection), schema: collection.schema as S['schema'] });

export const collections = {
  organization: define(COLLECTIONS.organization),
  products: define(COLLECTIONS.products),
  processors: define(COLLECTIONS.processors),
  changes: define(COLLECTIONS.changes),
  releases: define(COLLECTIONS.releases),
  vocabulary: define(COLLECTIONS.vocabulary),
  translations: define(COLLECTIONS.translations),
};
