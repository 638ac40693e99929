/**
 * The bytes of every file ./formats.ts declares, from the model: one serializer per format id
 * (the typed tables below refuse to compile until a new format has one).
 */
import { atSite } from '../../core/site-path';
import { productNames } from '../words/names';
import { BASE_LOCALE, LOCALES, translator, type Locale, type Translate } from '../../i18n';
import type { ExportDocument } from '../../schemas/export';
import type { RecordedRelease } from '../../schemas/release';
import type { Registry } from '../model/model';
import { changesCalendar } from './calendar';
import { toCsv } from './export/csv';
import { documentJson, exportDocument } from './export/document';
import { discoveryJsonSchema, exportJsonSchema } from './export/json-schema';
import { toJsonLd } from './export/jsonld';
import { activityFileSheet, processorFileSheet } from './export/rows';
import { listWorkbook } from './export/xlsx';
import { atomFeed, feedScopes, jsonFeed, rssFeed, type FeedScope } from './feeds';
import {
  CHANGE_FORMATS,
  changeFile,
  LIST_FORMATS,
  RELEASE_FORMATS,
  DISCOVERY_FILE,
  RELEASE_RECORD,
  RELEASE_TIMESTAMP,
  SCHEMA_FILE,
  type ChangeFormat,
  type ListFormat,
} from './formats';
import { toJson } from './text';
import { onceFor } from '../../core/once';

/** A published file: its bytes and its Content-Type. */
export interface PublishedFile {
  body: string | ArrayBuffer;
  type: string;
}

const LIST_SERIALIZERS: Record<
  ListFormat['id'],
  (doc: ExportDocument, t: Translate) => string | Promise<ArrayBuffer>
> = {
  csv: (doc, t) => toCsv(processorFileSheet(doc, t)),
  activities: (doc, t) => toCsv(activityFileSheet(doc, t)),
  xlsx: (doc, t) => listWorkbook(doc, t),
  json: (doc) => documentJson(doc),
  jsonld: (doc) => toJson(toJsonLd(doc)),
};

const CHANGE_SERIALIZERS: Record<
  ChangeFormat['id'],
  (registry: Registry, scope: FeedScope, site: URL, locale: Locale, t: Translate) => string
> = {
  rss: rssFeed,
  atom: atomFeed,
  json: jsonFeed,
  ics: (registry, scope, site, locale, t) =>
    changesCalendar(
      registry,
      scope.changes,
      `${scope.path}.ics`,
      site,
      locale,
      t,
      scope.product && productNames(registry, [scope.product], locale)[0],
    ),
};

const withCharset = (format: ChangeFormat) => `${format.type}; charset=utf-8`;

/** The names of the files every language publishes at its root: the list, the feeds, the calendar. */
export const siteFileNames = (): string[] => [
  ...LIST_FORMATS.map((f) => f.file),
  ...CHANGE_FORMATS.map(changeFile),
];

/** The names of the files each product publishes: its feeds and its calendar. */
export const productFileNames = (): string[] => CHANGE_FORMATS.map(changeFile);

/** The names of the files each release publishes. */
export const releaseFileNames = (release?: RecordedRelease): string[] => [
  ...RELEASE_FORMATS.map((f) => f.file),
  RELEASE_RECORD.file,
  ...(release?.timestamp ? [RELEASE_TIMESTAMP.file] : []),
];

/**
 * One of a language's (or, with `product`, a product's) files, by name; undefined if there is
 * none. Made once per build: its route and the discovery document's hash get the same bytes,
 * which are let go once both have them.
 */
export function siteFile(
  registry: Registry,
  name: string,
  site: URL,
  locale: Locale,
  t: Translate,
  product?: string,
): Promise<PublishedFile | undefined> {
  return onceFor(registry, `file ${site.href} ${locale} ${product ?? ''} ${name}`, 2, () =>
    makeSiteFile(registry, name, site, locale, t, product),
  );
}

async function makeSiteFile(
  registry: Registry,
  name: string,
  site: URL,
  locale: Locale,
  t: Translate,
  product?: string,
): Promise<PublishedFile | undefined> {
  const list = product === undefined ? LIST_FORMATS.find((f) => f.file === name) : undefined;
  if (list) {
    const body = await LIST_SERIALIZERS[list.id](exportDocument(registry, site, locale, t), t);
    return { body, type: list.type };
  }
  const changes = CHANGE_FORMATS.find((f) => changeFile(f) === name);
  const scope = feedScopes(registry, locale, t).find((s) => s.product === product);
  if (!changes || !scope) return undefined;
  return {
    body: CHANGE_SERIALIZERS[changes.id](registry, scope, site, locale, t),
    type: withCharset(changes),
  };
}

/** One of a release's files, by name, in the words it was recorded in; made once per build. */
export function releaseFile(
  release: RecordedRelease,
  name: string,
): Promise<PublishedFile | undefined> {
  return onceFor(release, `file ${name}`, 2, () => makeReleaseFile(release, name));
}

async function makeReleaseFile(
  release: RecordedRelease,
  name: string,
): Promise<PublishedFile | undefined> {
  if (name === RELEASE_RECORD.file) {
    // The record as its file holds it: without what is kept beside it.
    const { timestamp: _stamp, ...recorded } = release;
    return { body: toJson(recorded), type: RELEASE_RECORD.type };
  }
  if (name === RELEASE_TIMESTAMP.file)
    return release.timestamp
      ? { body: arrayBufferOf(release.timestamp.bytes), type: RELEASE_TIMESTAMP.type }
      : undefined;
  const format = RELEASE_FORMATS.find((f) => f.file === name);
  if (!format) return undefined;
  // Releases recorded before the list named its language were recorded in English.
  const recorded = LOCALES.find((code) => code === release.list.language) ?? BASE_LOCALE;
  return {
    body: await LIST_SERIALIZERS[format.id](release.list, translator(recorded)),
    type: format.type,
  };
}

/** The JSON Schema of the list's JSON. */
export const schemaFile = (site: URL): PublishedFile => ({
  body: toJson(exportJsonSchema(atSite(SCHEMA_FILE.path, site).href)),
  type: SCHEMA_FILE.type,
});

/** The JSON Schema of the discovery document. */
export const discoverySchemaFile = (site: URL): PublishedFile => ({
  body: toJson(discoveryJsonSchema(atSite(DISCOVERY_FILE.schemaPath, site).href)),
  type: SCHEMA_FILE.type,
});

/** Bytes as the ArrayBuffer a response body takes. */
const arrayBufferOf = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
