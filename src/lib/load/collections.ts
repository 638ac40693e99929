/**
 * The one table of content collections: where each lives under content/, which files it reads
 * and the schema that validates them. Astro's loaders (src/content.config.ts) and the reader
 * that works without Astro (./read-files.ts, for `npm run check`, the importer and the tests)
 * are both made from it, so they always read the same files.
 */
import type { z } from 'astro/zod';
import { changeSchema } from '../../schemas/change';
import { noticeSchema } from '../../schemas/notice';
import { organizationSchema } from '../../schemas/organization';
import { processorSchema } from '../../schemas/processor';
import { productSchema } from '../../schemas/product';
import { releaseSchema } from '../../schemas/release';
import { translationSchema } from '../../schemas/translation';
import { vocabularySchema } from '../../schemas/vocabulary';
import { watchSnapshotSchema } from '../../schemas/watch';

export interface CollectionSpec<S extends z.ZodType = z.ZodType> {
  /** The folder under content/, or '' for a single file at its root. */
  folder: string;
  /** File endings it reads; files and folders starting with _ are drafts and never read. */
  extensions: readonly string[];
  schema: S;
  /** A single file (organization.yaml) instead of a folder of entries. */
  file?: string;
  /** Authors may leave the folder out. */
  optional: boolean;
  /** Endings of files kept beside an entry and read with it (a release's time-stamp token). */
  companions?: readonly string[];
  /** Markdown files that need no front matter (translated notes). */
  frontMatterOptional?: boolean;
  /**
   * Entries live in subfolders (translations/<language>/processors/<id>.md); every other
   * collection reads only the files directly in its folder.
   */
  nested?: boolean;
}

/** The publisher's file at the root of content/. */
export const ORGANIZATION_FILE = 'organization.yaml';

const spec = <S extends z.ZodType>(value: CollectionSpec<S>) => value;

export const COLLECTIONS = {
  organization: spec({
    folder: '',
    file: ORGANIZATION_FILE,
    extensions: ['.yaml'],
    schema: organizationSchema,
    optional: false,
  }),
  products: spec({
    folder: 'products',
    extensions: ['.yaml', '.yml'],
    schema: productSchema,
    optional: false,
  }),
  processors: spec({
    folder: 'processors',
    extensions: ['.md', '.mdx', '.yaml', '.yml'],
    schema: processorSchema,
    optional: false,
  }),
  changes: spec({
    folder: 'changes',
    extensions: ['.md', '.yaml', '.yml'],
    schema: changeSchema,
    optional: false,
  }),
  vocabulary: spec({
    folder: 'vocabulary',
    extensions: ['.yaml', '.yml'],
    schema: vocabularySchema,
    optional: true,
  }),
  releases: spec({
    folder: 'releases',
    extensions: ['.json'],
    // npm run release --timestamp: the authority's RFC 3161 response, <date>.tsr beside <date>.json.
    companions: ['.tsr'],
    schema: releaseSchema,
    optional: true,
  }),
  // The send ledger of npm run notify: what was e-mailed when, with no personal data.
  notices: spec({
    folder: 'notices',
    extensions: ['.json'],
    schema: noticeSchema,
    optional: true,
  }),
  // What npm run watch last read of each vendor's own list of sub-processors.
  watch: spec({
    folder: 'watch',
    extensions: ['.json'],
    schema: watchSnapshotSchema,
    optional: true,
  }),
  // The notes of a processor in another language: translations/<language>/processors/<id>.md.
  translations: spec({
    folder: 'translations',
    extensions: ['.md', '.mdx'],
    schema: translationSchema,
    optional: true,
    frontMatterOptional: true,
    nested: true,
  }),
};

export type CollectionName = keyof typeof COLLECTIONS;

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/**
 * The glob of a collection's entries under its folder, for Astro's glob() loader: the files the
 * content tree (./tree.ts) calls entries, never a draft (_) or hidden (.) file or folder.
 */
export function entryPattern(collection: CollectionSpec): string[] {
  if (collection.file) return [collection.file];
  const extensions = collection.extensions.map((e) => e.slice(1));
  // [^_.], not [!_.]: the dev server's watcher (picomatch) reads only the first as "not _ or .",
  // and with the second it never saw a saved file as an entry, so `astro dev` showed no edit.
  const files =
    extensions.length > 1 ? `[^_.]*.{${extensions.join(',')}}` : `[^_.]*.${extensions[0]}`;
  return collection.nested ? [`**/${files}`, '!**/_*/**', '!**/.*/**'] : [files];
}

/** An entry's id from its path under the collection's folder: the path without its ending, as the tree gives it. */
export const entryId = (relative: string): string => relative.replace(/\.[^./]+$/, '');
