/**
 * Every file the site publishes beside its pages, declared once: the list in each format, the
 * change feeds and calendars, the release files and the JSON Schema. The routes, the head links,
 * the downloads block, the subscribe page, the release pages and SHA256SUMS are all made from
 * this table. Adding a format is one entry here and its serializer in ./files.ts, whose typed
 * table refuses to compile until the new id has one.
 */
import { atSite } from '../../core/site-path';
import type { MessageKey } from '../../i18n/en';

/** The list as a file: at /<file> in every language, and again in each release as recorded. */
export interface ListFormat {
  id: 'csv' | 'activities' | 'xlsx' | 'json' | 'jsonld';
  /** The file's name, e.g. subprocessors.csv: /subprocessors.csv, /nl/subprocessors.csv. */
  file: string;
  /** Its Content-Type. */
  type: string;
  /** What the downloads block calls it. */
  label: MessageKey;
  /** Its name in a line of links: CSV · XLSX · JSON. */
  short: string;
  /** A spreadsheet is downloaded; data opens in the browser. */
  attachment: boolean;
  /** Offered on every processor page, beside the facts. */
  onProcessorPage: boolean;
  /** Each release publishes it too, in the words it was recorded in. */
  inRelease: boolean;
  /** Its JSON Schema is linked beside it. */
  withSchema?: boolean;
}

export const LIST_FORMATS = [
  {
    id: 'csv',
    file: 'subprocessors.csv',
    type: 'text/csv; charset=utf-8; header=present',
    label: 'downloads.csv',
    short: 'CSV',
    attachment: true,
    onProcessorPage: true,
    inRelease: true,
  },
  {
    id: 'activities',
    file: 'subprocessor-activities.csv',
    type: 'text/csv; charset=utf-8; header=present',
    label: 'downloads.activities',
    short: 'CSV',
    attachment: true,
    onProcessorPage: false,
    inRelease: true,
  },
  {
    id: 'xlsx',
    file: 'subprocessors.xlsx',
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'downloads.xlsx',
    short: 'XLSX',
    attachment: true,
    onProcessorPage: true,
    inRelease: true,
  },
  {
    id: 'json',
    file: 'subprocessors.json',
    type: 'application/json; charset=utf-8',
    label: 'downloads.json',
    short: 'JSON',
    attachment: false,
    onProcessorPage: true,
    inRelease: true,
    withSchema: true,
  },
  {
    id: 'jsonld',
    file: 'subprocessors.jsonld',
    type: 'application/ld+json; charset=utf-8',
    label: 'downloads.jsonld',
    short: 'JSON-LD',
    attachment: false,
    onProcessorPage: false,
    inRelease: false,
  },
] as const satisfies readonly ListFormat[];

/** The list formats each release publishes. */
export const RELEASE_FORMATS: readonly ListFormat[] = LIST_FORMATS.filter((f) => f.inRelease);

/** The JSON Schema of the list's JSON, once for the site. */
export const SCHEMA_FILE = {
  path: '/schema/subprocessors.schema.json',
  type: 'application/json; charset=utf-8',
} as const;

/**
 * Where tools find everything else (src/schemas/discovery.ts), with its own JSON Schema: a
 * well-known URI (RFC 8615), as CSAF publishes provider-metadata.json.
 */
export const DISCOVERY_FILE = {
  path: '/.well-known/subprocessors.json',
  type: 'application/json; charset=utf-8',
  schemaPath: '/schema/discovery.schema.json',
} as const;

/** A release's own record, with its hashes, so anyone can verify the chain. */
export const RELEASE_RECORD = {
  file: 'release.json',
  type: 'application/json; charset=utf-8',
  label: 'releases.file',
} as const satisfies { file: string; type: string; label: MessageKey };

/**
 * A release's RFC 3161 time-stamp, where it has one (npm run release --timestamp): the authority's
 * response as stored, which `openssl ts -verify` reads too.
 */
export const RELEASE_TIMESTAMP = {
  file: 'timestamp.tsr',
  type: 'application/timestamp-reply',
  label: 'releases.timestamp',
} as const satisfies { file: string; type: string; label: MessageKey };

/** The change log as a feed or a calendar: /changes.<extension>, and per product. */
export interface ChangeFormat {
  id: 'rss' | 'atom' | 'json' | 'ics';
  extension: string;
  /** Its Content-Type; a feed's is announced in the head of every page too. */
  type: string;
  /** A feed a reader subscribes to, or a calendar. */
  kind: 'feed' | 'calendar';
  /** Its name on the subscribe page and in the head links. */
  label: MessageKey;
}

export const CHANGE_FORMATS = [
  {
    id: 'rss',
    extension: 'rss',
    type: 'application/rss+xml',
    kind: 'feed',
    label: 'subscribe.rss',
  },
  {
    id: 'atom',
    extension: 'atom',
    type: 'application/atom+xml',
    kind: 'feed',
    label: 'subscribe.atom',
  },
  {
    id: 'json',
    extension: 'json',
    type: 'application/feed+json',
    kind: 'feed',
    label: 'subscribe.json',
  },
  {
    id: 'ics',
    extension: 'ics',
    type: 'text/calendar',
    kind: 'calendar',
    label: 'subscribe.calendar',
  },
] as const satisfies readonly ChangeFormat[];

/**
 * How many changes a feed and a calendar hold: the newest, by announcement. A reader follows what
 * is announced from now on; the whole log is on the change log pages and in subprocessors.json,
 * and a feed of ten thousand items is one no reader loads.
 */
export const FEED_ITEMS = 100;

export const FEED_FORMATS: readonly ChangeFormat[] = CHANGE_FORMATS.filter(
  (f) => f.kind === 'feed',
);

/** The file name of a change format, e.g. changes.rss. */
export const changeFile = (format: ChangeFormat): string => `changes.${format.extension}`;

/** The URL of a change format for a scope whose path is e.g. /changes or /nl/products/app/changes. */
export const changeUrl = (scopePath: string, format: ChangeFormat, site: URL): string =>
  atSite(`${scopePath}.${format.extension}`, site).href;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (files: readonly string[]) => `(${files.map(escape).join('|')})`;
const CHECKSUMMED = new RegExp(
  `^(${[
    // The list, the feeds and the calendars of every language: nl/subprocessors.csv too.
    `([a-z]{2,3}/)?${anyOf(LIST_FORMATS.map((f) => f.file))}`,
    escape(SCHEMA_FILE.path.slice(1)),
    `releases/[^/]+/${anyOf([...RELEASE_FORMATS.map((f) => f.file), RELEASE_RECORD.file, RELEASE_TIMESTAMP.file])}`,
    `([a-z]{2,3}/)?(products/[^/]+/)?${anyOf(CHANGE_FORMATS.map(changeFile))}`,
  ].join('|')})$`,
);

/**
 * Whether SHA256SUMS covers a file (its path in dist/): the list in every format and language and
 * its schema, every release file, and the feeds and calendars for all products and each one.
 */
export const isChecksummed = (file: string): boolean => CHECKSUMMED.test(file);
