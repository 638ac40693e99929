/**
 * The one place the build reads Astro's content collections; pages ask this module (through
 * src/lib/views/context.ts), never astro:content. Its twin for `npm run check`, which reads
 * the same collection table from disk without Astro, is ./check.ts.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildDate } from '../core/dates';
import { displayPath } from '../core/display-path';
import { ContentError, formatProblems } from '../core/problems';
import { vocabulariesFrom } from '../core/vocabulary';
import { readTimestamp } from '../core/timestamp';
import type { Locale } from '../i18n';
import type { RecordedRelease, Release } from '../schemas/release';
import { COLLECTIONS, ORGANIZATION_FILE, type CollectionName } from './load/collections';
import { contentDir } from './load/content-dir';
import type { ProcessorView, Registry } from './model/model';
import { buildRegistry } from './pipeline';
import { problemOf, treeProblems, verifyChain } from './rules';
import { contentTree } from './load/tree';
import { organizationMissing } from './rules/schema';

const relative = (file: string | undefined, fallback: string) => displayPath(file ?? fallback);

/** A collection's entries; a folder authors left out has none (asking Astro for it only warns). */
function entries<C extends CollectionName>(name: C): Promise<CollectionEntry<C>[]> {
  const { folder, optional } = COLLECTIONS[name];
  if (optional && !existsSync(path.join(contentDir(), folder))) return Promise.resolve([]);
  return getCollection(name);
}

async function load(): Promise<Registry> {
  // First: a bad SOURCE_DATE_EPOCH stops the build by name before anything is read.
  const today = buildDate();
  const [
    organizations,
    products,
    processors,
    changes,
    vocabularyFiles,
    releaseFiles,
    translations,
    notices,
    watch,
  ] = await Promise.all([
    entries('organization'),
    entries('products'),
    entries('processors'),
    entries('changes'),
    entries('vocabulary'),
    entries('releases'),
    entries('translations'),
    entries('notices'),
    entries('watch'),
  ]);
  const organization = organizations[0];
  const organizationFile = relative(undefined, path.join(contentDir(), ORGANIZATION_FILE));
  if (!organization) {
    const message = 'is missing: copy it from the example content and fill it in.';
    throw new ContentError([
      problemOf(organizationMissing.id, { file: organizationFile, field: '(file)', message }),
    ]);
  }
  const settings = organization.data.rules;

  // The chain is verified on the files as written: the hash covers exactly their JSON.
  const releases = releaseFiles.map((entry) => {
    const file = relative(entry.filePath, entry.id);
    return { file, release: JSON.parse(readFileSync(file, 'utf8')) as Release };
  });
  const chain = verifyChain(releases, settings, today, organization.data.releaseSigning);
  if (chain.some((p) => p.level === 'error')) throw new ContentError(chain);
  // A release's time-stamp token beside it (npm run release --timestamp), read for its time.
  const recorded: RecordedRelease[] = releases.map(({ file, release }) => {
    const token = file.replace(/\.json$/, '.tsr');
    if (!existsSync(token) || !lstatSync(token).isFile()) return release;
    try {
      const bytes = new Uint8Array(readFileSync(token));
      const stamp = readTimestamp(bytes);
      // Published beside the release, it must be over the release's hash (it is checked in full
      // by npm run verify --tsa-cert, with the authority's certificate the build does not have).
      if (stamp.sha256 !== release.sha256)
        throw new Error(`it covers ${stamp.sha256}, not this release's hash ${release.sha256}`);
      return { ...release, timestamp: { time: stamp.time.toISOString(), bytes } };
    } catch (error) {
      throw new Error(
        `${token}: ${(error as Error).message}. It is written by npm run release --timestamp; restore it from version control, or remove it.`,
        { cause: error },
      );
    }
  });

  const registry = buildRegistry(
    {
      organization: organization.data,
      organizationFile: relative(organization.filePath, organizationFile),
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
      notices: notices.map(({ id, filePath, data }) => ({
        id,
        file: relative(filePath, id),
        data,
      })),
      watch: watch.map(({ id, filePath, data }) => ({ id, file: relative(filePath, id), data })),
      vocabularies: vocabulariesFrom(
        vocabularyFiles.map(({ data }) => data),
        today,
      ),
      translations: translations.map(({ id, filePath }) => ({ id, file: relative(filePath, id) })),
    },
    today,
    recorded.sort((a, b) => b.date.localeCompare(a.date)),
  );
  // The loaders refused the tree's errors and the raw text's already (src/content.config.ts);
  // the tree's warnings show here.
  const tree = treeProblems(contentTree(contentDir()), settings);
  const shown = [...tree, ...chain, ...registry.warnings];
  const warnings = shown.filter((p) => p.level === 'warning').length;
  const off = shown.length - warnings;
  if (shown.length > 0)
    console.warn(
      `\nThe content has ${warnings} warning${warnings === 1 ? '' : 's'}${off > 0 ? ` and ${off} finding${off === 1 ? '' : 's'} of rules switched off` : ''}:\n${formatProblems(shown)}\n`,
    );
  return registry;
}

let cached: Promise<Registry> | undefined;
let cachedFor: string | undefined;

/**
 * What the content is now, in one string: every entry's id and digest. Under `astro dev` the
 * content layer updates its entries when a file is saved; the registry joined from them is made
 * again only when this changes, so a saved file shows on the next request.
 */
async function contentVersion(): Promise<string> {
  const all = await Promise.all(
    (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => entries(name)),
  );
  return all
    .flat()
    .map((entry) => `${entry.collection}/${entry.id}@${entry.digest ?? ''}`)
    .join('\n');
}

/** The joined, validated registry: loaded once for a build; under `astro dev`, again after a file is saved. */
export async function getRegistry(): Promise<Registry> {
  if (import.meta.env.DEV) {
    const version = await contentVersion();
    if (version !== cachedFor) {
      cachedFor = version;
      cached = load();
      translationEntries = undefined;
    }
  }
  cached ??= load();
  return cached;
}

let translationEntries: Promise<Map<string, CollectionEntry<'translations'>>> | undefined;

/** Translated notes by id (nl/processors/amazon-s3); looked up in a map, since getEntry warns about every missing one. */
function translations() {
  translationEntries ??= entries('translations').then(
    (list) => new Map(list.map((entry) => [entry.id, entry])),
  );
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
