// Astro's content collections, made from the one collection table (src/lib/load/collections.ts),
// which the reader for `npm run check` uses too.
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  COLLECTIONS,
  entryId,
  entryPattern,
  type CollectionName,
  type CollectionSpec,
} from './lib/load/collections';
import { contentDir } from './lib/load/content-dir';
import { contentTree, type ContentTree } from './lib/load/tree';
import { yamlOf, yamlProblem } from './lib/load/yaml';
import { fileProblems, problemOf, treeProblems } from './lib/rules';
import { unreadableFile } from './lib/rules/schema';
import { ContentError } from './core/problems';

const base = contentDir();

let checked: ContentTree | undefined;
/**
 * Before any loader reads a file: the rules on the content folder's tree (lstat only), so a
 * symlink to a secret or a pipe is refused by name and never opened, then the rules on the raw
 * text of every file the collections read (placeholders, impossible dates, timestamps, empty
 * files), before a parser rolls 2025-11-31 over to December. Once per build.
 */
function checkContent(): ContentTree {
  if (checked) return checked;
  const tree = contentTree(base);
  const errors = treeProblems(tree).filter((p) => p.level === 'error');
  if (errors.length > 0) throw new ContentError(errors);
  const files = tree.entries
    .filter((e) => e.role === 'entry')
    .map((e) => ({ file: e.shown, text: readFileSync(path.join(base, e.path), 'utf8') }));
  const raw = fileProblems(files).filter((p) => p.level === 'error');
  if (raw.length > 0) throw new ContentError(raw);
  return (checked = tree);
}

/** When Astro's parser refuses a file, the same sentence npm run check gives for it, naming the key or line. */
function explain(tree: ContentTree, name: CollectionName, error: unknown): never {
  const problems = tree.entries
    .filter((e) => e.role === 'entry' && e.collection === name)
    .flatMap((e) => {
      const problem = yamlProblem(yamlOf(readFileSync(path.join(base, e.path), 'utf8'), e.path));
      return problem
        ? [
            problemOf(unreadableFile.id, {
              file: e.shown,
              field: '(file)',
              message: `is not valid YAML: ${problem}.`,
            }),
          ]
        : [];
    });
  throw problems.length > 0 ? new ContentError(problems) : error;
}

/** A glob loader for the collection's folder; one authors may leave out gives no entries and no warning. */
function loader(name: CollectionName): Loader {
  const collection: CollectionSpec = COLLECTIONS[name];
  const folder = path.join(base, collection.folder);
  // Ids are the file names as written (the tree's rules made sure they are ids), not slugs of them.
  const inner = glob({
    base: folder,
    pattern: entryPattern(collection),
    generateId: ({ entry }) => entryId(entry),
  });
  return {
    name: 'content-glob',
    load: async (context) => {
      const tree = checkContent();
      if (collection.optional && !existsSync(folder)) return context.store.clear();
      try {
        return await inner.load(context);
      } catch (error) {
        explain(tree, name, error);
      }
    },
  };
}

export const collections = {
  organization: defineCollection({
    loader: loader('organization'),
    schema: COLLECTIONS.organization.schema,
  }),
  products: defineCollection({ loader: loader('products'), schema: COLLECTIONS.products.schema }),
  processors: defineCollection({
    loader: loader('processors'),
    schema: COLLECTIONS.processors.schema,
  }),
  changes: defineCollection({ loader: loader('changes'), schema: COLLECTIONS.changes.schema }),
  releases: defineCollection({ loader: loader('releases'), schema: COLLECTIONS.releases.schema }),
  notices: defineCollection({ loader: loader('notices'), schema: COLLECTIONS.notices.schema }),
  watch: defineCollection({ loader: loader('watch'), schema: COLLECTIONS.watch.schema }),
  vocabulary: defineCollection({
    loader: loader('vocabulary'),
    schema: COLLECTIONS.vocabulary.schema,
  }),
  translations: defineCollection({
    loader: loader('translations'),
    schema: COLLECTIONS.translations.schema,
  }),
};
