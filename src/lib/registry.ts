/** The one place that reads the content collections; pages ask this module, never astro:content. */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildDate } from './build-date';
import { displayPath } from './display-path';
import { contentDir } from './content-dir';
import { buildRegistry, type ProcessorView, type Registry } from './model';
import { ContentError, formatProblems } from './problems';
import { rawProblems } from './raw-checks';
import { verifyChain, type Release } from './releases';
import { vocabulariesFrom, type Locale } from './vocabulary';

const relative = (file: string | undefined, fallback: string) => displayPath(file ?? fallback);

async function load(): Promise<Registry> {
  const [organizations, products, processors, changes, vocabularyFiles] = await Promise.all([
    getCollection('organization'),
    getCollection('products'),
    getCollection('processors'),
    getCollection('changes'),
    // The folders are optional; asking for an empty collection only produces a warning.
    existsSync(path.join(contentDir(), 'vocabulary')) ? getCollection('vocabulary') : [],
  ]);
  const releaseFiles = existsSync(path.join(contentDir(), 'releases'))
    ? await getCollection('releases')
    : [];
  const translations = existsSync(path.join(contentDir(), 'translations'))
    ? await getCollection('translations')
    : [];
  const organization = organizations[0];
  if (!organization)
    throw new Error(
      `${relative(undefined, path.join(contentDir(), 'organization.yaml'))} is missing: copy it from the example content and fill it in.`,
    );

  const files = [...organizations, ...processors, ...changes].map((entry) =>
    relative(entry.filePath, entry.id),
  );
  const dateProblems = files.flatMap((file) =>
    rawProblems(readFileSync(file, 'utf8'), file).map(({ field, message }) => ({
      level: 'error' as const,
      file,
      field,
      message,
    })),
  );
  if (dateProblems.length > 0) throw new ContentError(dateProblems);

  // The chain is verified on the files as written: the hash covers exactly their JSON.
  const releases = releaseFiles.map((entry) => {
    const file = relative(entry.filePath, entry.id);
    return { file, release: JSON.parse(readFileSync(file, 'utf8')) as Release };
  });
  const chainProblems = verifyChain(releases);
  if (chainProblems.length > 0) throw new ContentError(chainProblems);

  const registry = buildRegistry(
    {
      organization: organization.data,
      products: products.map(({ id, filePath, data }) => ({
        id,
        file: relative(filePath, id),
        data,
      })),
      processors: processors.map(({ id, filePath, data, body }) => ({
        id,
        file: relative(filePath, id),
        data,
        hasNotes: Boolean(body?.trim()),
      })),
      changes: changes.map(({ id, filePath, data }) => ({
        id,
        file: relative(filePath, id),
        data,
      })),
      vocabularies: vocabulariesFrom(vocabularyFiles.map(({ data }) => data)),
      translations: translations.map(({ id, filePath }) => ({ id, file: relative(filePath, id) })),
    },
    buildDate(),
    releases.map((r) => r.release).sort((a, b) => b.date.localeCompare(a.date)),
  );
  if (registry.warnings.length > 0)
    console.warn(
      `\nThe content has ${registry.warnings.length} warning${registry.warnings.length === 1 ? '' : 's'}:\n${formatProblems(registry.warnings)}\n`,
    );
  return registry;
}

let cached: Promise<Registry> | undefined;

/** The joined, validated registry for this build (loaded once). */
export function getRegistry(): Promise<Registry> {
  cached ??= load();
  return cached;
}

let translationEntries: Promise<Map<string, CollectionEntry<'translations'>>> | undefined;

/** Translated notes by id (nl/processors/amazon-s3); looked up in a map, since getEntry warns about every missing one. */
function translations() {
  translationEntries ??= (
    existsSync(path.join(contentDir(), 'translations'))
      ? getCollection('translations')
      : Promise.resolve([])
  ).then((entries) => new Map(entries.map((entry) => [entry.id, entry])));
  return translationEntries;
}

/** The rendered Markdown/MDX notes of a processor. */
export interface Notes {
  Content: Awaited<ReturnType<typeof render>>['Content'];
  /** The language the notes are written in. */
  lang: Locale;
  /** No translation into the reader's language exists: these are the default-language notes. */
  untranslated: boolean;
}

/** A processor's Markdown notes in `locale`: its translation where there is one, else the default-language notes. */
export async function processorNotes(
  processor: ProcessorView,
  locale: Locale,
): Promise<Notes | undefined> {
  if (!processor.hasNotes) return undefined;
  const { defaultLocale } = (await getRegistry()).organization;
  if (locale !== defaultLocale) {
    const translation = (await translations()).get(`${locale}/processors/${processor.id}`);
    if (translation)
      return { Content: (await render(translation)).Content, lang: locale, untranslated: false };
  }
  const entry = await getEntry('processors', processor.id);
  return entry
    ? {
        Content: (await render(entry)).Content,
        lang: defaultLocale,
        untranslated: locale !== defaultLocale,
      }
    : undefined;
}
