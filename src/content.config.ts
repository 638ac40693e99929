// Astro's content collections, made from the one collection table (src/lib/load/collections.ts),
// which the reader for `npm run check` uses too.
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, entryPattern, type CollectionSpec } from './lib/load/collections';
import { contentDir } from './lib/load/content-dir';
import { contentTree } from './lib/load/tree';
import { treeProblems } from './lib/rules';
import { ContentError, type Problem } from './core/problems';

const base = contentDir();

let tree: Problem[] | undefined;
/**
 * Before any loader reads a file: the rules on the content folder's tree (lstat only), so a
 * symlink to a secret or a pipe is refused by name and never opened. Checked once per build.
 */
function checkTree(): void {
  tree ??= treeProblems(contentTree(base));
  const errors = tree.filter((p) => p.level === 'error');
  if (errors.length > 0) throw new ContentError(errors);
}

/** A glob loader for the collection's folder; one authors may leave out gives no entries and no warning. */
function loader(collection: CollectionSpec): Loader {
  const folder = path.join(base, collection.folder);
  const inner = glob({ base: folder, pattern: entryPattern(collection) });
  return {
    name: 'content-glob',
    load: async (context) => {
      checkTree();
      if (collection.optional && !existsSync(folder)) return context.store.clear();
      return inner.load(context);
    },
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
