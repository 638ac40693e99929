import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { contentDir } from './lib/content-dir';
import { changeSchema } from './schemas/change';
import { organizationSchema } from './schemas/organization';
import { processorSchema } from './schemas/processor';
import { releaseSchema } from './schemas/release';
import { productSchema } from './schemas/product';
import { translationSchema } from './schemas/translation';
import { vocabularySchema } from './schemas/vocabulary';

const base = contentDir();

/** A glob loader for a folder authors may leave out: no folder, no entries, no warning. */
function optional(folder: string, pattern: string): Loader {
  const inner = glob({ base: folder, pattern });
  return {
    name: 'optional-glob',
    load: async (context) => (existsSync(folder) ? inner.load(context) : context.store.clear()),
  };
}
// Files and folders whose name starts with _ are drafts and templates, never loaded.
const entries = (extensions: string) =>
  extensions.includes(',') ? `**/[^_]*.{${extensions}}` : `**/[^_]*.${extensions}`;

export const collections = {
  organization: defineCollection({
    loader: glob({ base, pattern: 'organization.yaml' }),
    schema: organizationSchema,
  }),
  products: defineCollection({
    loader: glob({ base: `${base}/products`, pattern: entries('yaml,yml') }),
    schema: productSchema,
  }),
  processors: defineCollection({
    loader: glob({ base: `${base}/processors`, pattern: entries('md,mdx,yaml,yml') }),
    schema: processorSchema,
  }),
  changes: defineCollection({
    loader: glob({ base: `${base}/changes`, pattern: entries('md,yaml,yml') }),
    schema: changeSchema,
  }),
  releases: defineCollection({
    loader: optional(`${base}/releases`, entries('json')),
    schema: releaseSchema,
  }),
  vocabulary: defineCollection({
    loader: optional(`${base}/vocabulary`, entries('yaml,yml')),
    schema: vocabularySchema,
  }),
  // The notes of a processor in another language: translations/<language>/processors/<id>.md.
  translations: defineCollection({
    loader: optional(`${base}/translations`, entries('md,mdx')),
    schema: translationSchema,
  }),
};
