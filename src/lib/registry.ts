/** The one place that reads the content collections; pages ask this module, never astro:content. */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import path from 'node:path';
import { buildDate } from './build-date';
import { contentDir } from './content-dir';
import { buildRegistry, type ProcessorView, type Registry } from './model';
import { buildVocabularies, type Term, type VocabularyName } from './vocabulary';

const relative = (file: string | undefined, fallback: string) =>
  path.relative(process.cwd(), file ? path.resolve(file) : fallback);

async function load(): Promise<Registry> {
  const [organizations, products, processors, changes, vocabularyFiles] = await Promise.all([
    getCollection('organization'),
    getCollection('products'),
    getCollection('processors'),
    getCollection('changes'),
    getCollection('vocabulary'),
  ]);
  const organization = organizations[0];
  if (!organization) throw new Error(`${relative(undefined, path.join(contentDir(), 'organization.yaml'))} is missing: copy it from the example content and fill it in.`);

  const extra: Partial<Record<VocabularyName, Term[]>> = {};
  for (const { data } of vocabularyFiles) extra[data.vocabulary] = [...(extra[data.vocabulary] ?? []), ...data.terms];

  return buildRegistry(
    {
      organization: organization.data,
      products: products.map(({ id, data }) => ({ id, data })),
      processors: processors.map(({ id, filePath, data }) => ({ id, file: relative(filePath, id), data })),
      changes: changes.map(({ id, filePath, data }) => ({ id, file: relative(filePath, id), data })),
      vocabularies: buildVocabularies(extra),
    },
    buildDate(),
  );
}

let cached: Promise<Registry> | undefined;

/** The joined, validated registry for this build (loaded once). */
export function getRegistry(): Promise<Registry> {
  cached ??= load();
  return cached;
}

/** The rendered Markdown/MDX notes of a processor, if its file has a body. */
export async function processorNotes(processor: ProcessorView): Promise<CollectionEntry<'processors'> extends infer E ? Awaited<ReturnType<typeof render>> | undefined : never> {
  const entries = await getCollection('processors', (e) => e.id === processor.id);
  const entry = entries[0];
  if (!entry?.body?.trim()) return undefined;
  return render(entry);
}
