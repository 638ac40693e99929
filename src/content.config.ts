import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir';
import { changeSchema } from './schemas/change';
import { organizationSchema } from './schemas/organization';
import { processorSchema } from './schemas/processor';
import { productSchema } from './schemas/product';
import { vocabularySchema } from './schemas/vocabulary';

const base = contentDir();
// Files and folders whose name starts with _ are drafts and templates, never loaded.
const entries = (extensions: string) => `**/[^_]*.{${extensions}}`;

export const collections = {
  organization: defineCollection({
    loader: glob({ base, pattern: 'organization.yaml' }),
    schema: organizationSchema,
  }),
  products: defineCollection({ loader: glob({ base: `${base}/products`, pattern: entries('yaml,yml') }), schema: productSchema }),
  processors: defineCollection({ loader: glob({ base: `${base}/processors`, pattern: entries('md,mdx,yaml,yml') }), schema: processorSchema }),
  changes: defineCollection({ loader: glob({ base: `${base}/changes`, pattern: entries('md,yaml,yml') }), schema: changeSchema }),
  vocabulary: defineCollection({ loader: glob({ base: `${base}/vocabulary`, pattern: entries('yaml,yml') }), schema: vocabularySchema }),
};
