/**
 * Whatever the text: fast-check generates hostile strings (a fixed seed, a bounded number) for
 * every text field of a small registry, the serializers write every feed, calendar and download
 * of each, and real clients read them back in batches: feedparser and icalendar (one Python
 * process for all), LibreOffice (one run for the XLSX files, one for the CSV files), Python's json
 * and ajv. Each must parse, with the same texts less the documented removals
 * (src/lib/outputs/text.ts) and no extra item, event or row.
 *
 * The registries are joined without the content rules, which refuse control characters where
 * the text is written: these outputs must be safe on their own.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { textIn } from '../../src/core/local-text';
import { translator } from '../../src/i18n';
import { joinRegistry, type Registry } from '../../src/lib/model/model';
import { exportDocument } from '../../src/lib/outputs/export/document';
import { exportJsonSchema } from '../../src/lib/outputs/export/json-schema';
import {
  changeSheet,
  processorSheet,
  spreadsheetSafe,
  transferSheet,
  type Sheet,
} from '../../src/lib/outputs/export/rows';
import { feedScopes, type FeedScope } from '../../src/lib/outputs/feeds';
import { productFileNames, siteFile, siteFileNames } from '../../src/lib/outputs/files';
import { announcement } from '../../src/lib/words/announcement';
import { productNames, changeTitle } from '../../src/lib/words/names';
import { change, processor, source } from '../unit/fixtures';
import { ROOT, cells, libreofficeBatch } from './helpers';

const SEED = 20_261_120;
/** Registries generated, each with 29 hostile texts, written in 12 files. */
const RUNS = 100;

const t = translator('en');
const SITE = new URL('https://trust.test.example');
const TODAY = '2026-01-20';
const OUT = path.join(ROOT, 'tests/.out/hostile-text');

// ---------------------------------------------------------------------------------------------
// The generated text

/** Pieces that have broken parsers: markup, escapes, line breaks, controls, surrogates, formulas. */
const TOKENS = [
  ']]>',
  '<![CDATA[',
  '<b>',
  '</summary>',
  '<script>alert(1)</script>',
  '&',
  '&amp;',
  '&copy',
  '&#65;',
  '&lt;',
  '"',
  "'",
  '\r\n',
  '\r',
  '\n',
  '\t',
  '\u0000',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0080',
  '\u0085',
  '\u009f',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u200f',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ufeff',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udfff',
  '😀',
  '👩🏽‍💻',
  '\u{10ffff}',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'END:VCALENDAR',
  'UID:evil',
  ',',
  ';',
  ':',
  '\\',
  '\\n',
  '\\,',
  '=HYPERLINK("http://evil.example")',
  '=',
  '+',
  '-',
  '@',
  ' ',
  '_x000B_',
  '_x005F_',
  '%2C',
  '{name}',
  '$&',
];

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...TOKENS) },
  // Any code point, astral planes included.
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  // U+0000 to U+00FF: every C0 and C1 control.
  { weight: 3, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  // Lone surrogates, which JavaScript strings can hold.
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  },
);

/** A text of up to 12 pieces; now and then one longer than a spreadsheet cell. */
const hostile = fc.oneof(
  { weight: 120, arbitrary: fc.array(piece, { maxLength: 12 }).map((p) => p.join('')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.array(piece, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 33_000, max: 40_000 }),
      )
      .map(([p, length]) => (p.join('') || 'x').repeat(length).slice(0, length)),
  },
);

const processorTexts = fc.record({
  name: hostile,
  legalEntity: hostile,
  parent: hostile,
  description: hostile,
  retentionNote: hostile,
});
const changeTexts = fc.record({ summary: hostile, reason: hostile, more: hostile });
const registryTexts = fc.record({
  legalName: hostile,
  tradeName: hostile,
  products: fc.tuple(hostile, hostile),
  processors: fc.tuple(processorTexts, processorTexts, processorTexts),
  changes: fc.tuple(changeTexts, changeTexts, changeTexts),
  transferNote: hostile,
});
type Texts = typeof registryTexts extends fc.Arbitrary<infer T> ? T : never;

const SAMPLES = fc.sample(registryTexts, { seed: SEED, numRuns: RUNS });
const STRINGS = SAMPLES.flatMap(function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Object.values(value as object).flatMap(strings);
});
/** How many of the generated texts hold each kind of trouble, for the record. */
const KINDS: [string, RegExp | ((text: string) => boolean)][] = [
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  ['C0/C1 controls', /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/],
  ['CR or LF', /[\r\n]/],
  ['lone surrogates', (text) => !text.isWellFormed()],
  ['astral characters', /[\u{10000}-\u{10ffff}]/u],
  ['bidi controls', /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/],
  [']]>', /\]\]>/],
  ['< or &', /[<&]/],
  ['over 32,767 characters', (text) => text.length > 32_767],
];
const STATS = KINDS.map(
  ([name, test]) =>
    `${STRINGS.filter((text) => (typeof test === 'function' ? test(text) : test.test(text))).length} with ${name}`,
).join(', ');

/** A registry of three processors, two products and three changes (one withdrawn, one an emergency) with these texts. */
function registryOf(texts: Texts): Registry {
  const [hostT, mailerT, cdnT] = texts.processors;
  const withTexts = (p: ReturnType<typeof processor>, x: typeof hostT) => {
    p.data.name = x.name;
    p.data.legalEntity = { name: x.legalEntity, country: 'IE' };
    p.data.parent = x.parent;
    p.data.activities[0]!.description = x.description;
    p.data.activities[0]!.retention = { period: 'P1Y', note: x.retentionNote };
    return p;
  };
  const mailer = withTexts(
    processor('mailer', {
      products: ['app', 'web'],
      activities: [
        {
          purpose: 'email-delivery',
          description: 'Sends.',
          dataCategories: ['email-address'],
          dataSubjects: ['users'],
          retention: { period: 'P30D' },
          processing: ['US'],
        },
      ],
      transfers: [{ country: 'US', mechanisms: ['scc'], sccModule: 3, note: 'Note.' }],
    }),
    mailerT,
  );
  mailer.data.transfers[0]!.note = texts.transferNote;
  const [c1, c2, c3] = texts.changes;
  const changes = [
    change('host-added', {
      type: 'added',
      processors: ['host'],
      announced: '2026-01-01',
      effective: '2026-02-15',
    }),
    change('mailer-added', {
      type: 'added',
      processors: ['mailer'],
      products: ['app', 'web'],
      announced: '2026-01-05',
      effective: '2026-02-15',
      withdrawn: { on: '2026-01-10', reason: 'Reason.' },
    }),
    change('cdn-added', {
      type: 'added',
      processors: ['cdn'],
      products: ['web'],
      announced: '2026-01-07',
      effective: '2026-01-12',
      emergency: { justification: 'Urgent.' },
    }),
  ];
  changes.forEach((c, i) => {
    const x = [c1, c2, c3][i]!;
    c.data.summary = x.summary;
    c.data.reason = x.reason;
    if (c.data.withdrawn) c.data.withdrawn.reason = x.more;
    if (c.data.emergency) c.data.emergency.justification = x.more;
  });
  const base = source();
  return joinRegistry(
    {
      ...base,
      organization: {
        ...base.organization,
        legalName: texts.legalName,
        tradeName: texts.tradeName,
      },
      products: [
        { id: 'app', data: { name: texts.products[0], description: 'The app.', order: 1 } },
        { id: 'web', data: { name: texts.products[1], description: 'The site.', order: 2 } },
      ],
      processors: [
        withTexts(processor('host'), hostT),
        mailer,
        withTexts(processor('cdn', { products: ['web'] }), cdnT),
      ],
      changes,
    },
    TODAY,
    [],
    [],
  );
}

// ---------------------------------------------------------------------------------------------
// What a client must read back: the documented removals, written out again from the rule

/** Feeds, calendars and spreadsheets: no control characters, line breaks as LF, no lone surrogates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const removed = (text: string) => text.toWellFormed().replace(/\r\n?/g, '\n').replace(CONTROLS, '');

/** feedparser strips white space, as Python's str.strip() knows it, from both ends of a text. */
const PY_SPACE =
  '[\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const stripped = (text: string) => text.replace(new RegExp(`^${PY_SPACE}+|${PY_SPACE}+$`, 'g'), '');
const inFeed = (text: string) => stripped(removed(text));

/**
 * Whether icalendar 4 reads a text back as written: it decodes escapes one kind after another (a
 * written backslash before n comes out as a line break), and reads "%2C", "%3A", "%3B" and "%5C"
 * as ",", ":", ";" and a backslash. The calendar tests read every text by RFC 5545 as well.
 */
const icalendarReads = (text: string) => !/\\|%2C|%3A|%3B|%5C/.test(text);

/** JSON: everything, a lone surrogate as U+FFFD. */
const wellFormedDeep = (value: unknown): unknown =>
  typeof value === 'string'
    ? value.toWellFormed()
    : Array.isArray(value)
      ? value.map(wellFormedDeep)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([, v]) => v !== undefined)
              .map(([k, v]) => [k, wellFormedDeep(v)]),
          )
        : value;

const CELL_LIMIT = 32_767;

/** A cell's value as ExcelJS reads it, rich text (LibreOffice's runs per font) as its text. */
const cellValue = (value: unknown): unknown =>
  value && typeof value === 'object' && 'richText' in value
    ? (value.richText as { text: string }[]).map((run) => run.text).join('')
    : (value ?? '');

// ---------------------------------------------------------------------------------------------
// Generating, writing and reading the batch

interface Site {
  texts: Texts;
  registry: Registry;
  scopes: { scope: FeedScope; dir: string }[];
}

let sites: Site[] = [];
/** What tests/clients/read_texts.py prints for each file of a site, by the file's path there. */
interface FeedReading {
  bozo: boolean;
  error: string;
  version: string;
  title: string | null;
  subtitle: string | null;
  rights: string | null;
  author: string | null;
  entries: { id: string; title: string | null; text: string | null }[];
}
interface CalendarReading {
  error?: string;
  components: string[];
  name: string;
  events: { uid: string; start: string; status: string; summary: string; description: string }[];
  /** The properties as written, read by RFC 5545: the calendar's, then each event's. */
  raw: { calendar: Record<string, string>; events: Record<string, string>[] };
}
interface JsonFeed {
  version: string;
  title: string;
  authors: { name: string }[];
  items: {
    id: string;
    title: string;
    content_text: string;
    summary?: string;
    _processor_registry?: { withdrawn: { reason: string } | null };
  }[];
}
interface JsonReading<T = unknown> {
  value?: T;
  error?: string;
}
let readings: Record<string, Record<string, unknown>> = {};
/** Files the serializers wrote, and the ones they threw on. */
let written = 0;
let unwritten: string[] = [];
/** A file's reading, as the kind of reading it is; none (a finding) for a file not written. */
function reading<T>(findings: Findings, i: number, file: string): T | undefined {
  const read = readings[key(i)]?.[file] as T | undefined;
  if (read === undefined) findings.check(i, `${file} written`, false, true);
  return read;
}
let xlsxSheets: Map<string, string[][]>;
let csvCells: Map<string, Awaited<ReturnType<typeof cells>>>;
const timings: Record<string, number> = {};

const key = (i: number) => `r${String(i).padStart(3, '0')}`;
const show = (text: unknown) => {
  const json = JSON.stringify(text) ?? String(text);
  return json.length > 160 ? `${json.slice(0, 150)}… (${json.length} chars)` : json;
};

/** Where two long texts part. */
const where = (actual: unknown, expected: unknown) => {
  if (typeof actual !== 'string' || typeof expected !== 'string') return '';
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at++;
  return ` (from ${at}: read ${show(actual.slice(at, at + 20))}, expected ${show(expected.slice(at, at + 20))})`;
};

/** Mismatches of one output, by site; the first failing site's generated texts are reported. */
class Findings {
  list: string[] = [];
  first: number | undefined;
  check(site: number, what: string, actual: unknown, expected: unknown) {
    if (JSON.stringify(actual) === JSON.stringify(expected)) return;
    this.first ??= site;
    this.list.push(
      `${key(site)} ${what}: read ${show(actual)}, expected ${show(expected)}${where(actual, expected)}`,
    );
  }
  report() {
    const inputs =
      this.first === undefined ? '' : `\ninputs: ${JSON.stringify(sites[this.first]!.texts)}`;
    return `${this.list.length} mismatches\n${this.list.slice(0, 12).join('\n')}${inputs}`;
  }
}

const run = promisify(execFile);

beforeAll(async () => {
  let started = performance.now();
  await rm(OUT, { recursive: true, force: true });
  const batch = path.join(OUT, 'sites');
  const xlsxIn = path.join(OUT, 'xlsx');
  const csvIn = path.join(OUT, 'csv');
  await Promise.all([batch, xlsxIn, csvIn].map((d) => mkdir(d, { recursive: true })));
  sites = [];
  written = 0;
  unwritten = [];
  for (const [i, texts] of SAMPLES.entries()) {
    const registry = registryOf(texts);
    const dir = path.join(batch, key(i));
    await mkdir(path.join(dir, 'products/web'), { recursive: true });
    const write = async (file: string, product?: string) => {
      const name = product ? `products/${product}/${file}` : file;
      try {
        const { body } = (await siteFile(registry, file, SITE, 'en', t, product))!;
        await writeFile(
          path.join(dir, name),
          typeof body === 'string' ? body : new Uint8Array(body),
        );
        written++;
      } catch (error) {
        unwritten.push(`${key(i)} ${name}: ${String(error)}`);
      }
    };
    for (const file of siteFileNames()) await write(file);
    for (const file of productFileNames()) await write(file, 'web');
    const copy = (file: string, to: string) =>
      copyFile(path.join(dir, file), to).catch(() => undefined);
    await copy('subprocessors.xlsx', path.join(xlsxIn, `${key(i)}.xlsx`));
    await copy('subprocessors.csv', path.join(csvIn, `${key(i)}.csv`));
    const [all, , web] = feedScopes(registry, 'en', t);
    sites.push({
      texts,
      registry,
      scopes: [
        { scope: all!, dir: '' },
        { scope: web!, dir: 'products/web/' },
      ],
    });
  }
  timings['generate and write'] = performance.now() - started;

  started = performance.now();
  const clock = (name: string) => () => (timings[name] = performance.now() - started);
  const files = async (dir: string) => (await readdir(dir)).filter((f) => !f.startsWith('.'));
  const [python, ,] = await Promise.all([
    run('/usr/bin/python3', [path.join(ROOT, 'tests/clients/read_texts.py'), batch], {
      maxBuffer: 1024 * 1024 * 1024,
    }).finally(clock('feedparser, icalendar, json (1 process)')),
    libreofficeBatch(
      (await files(xlsxIn)).map((f) => path.join(xlsxIn, f)),
      // UTF-8, every text cell quoted, every sheet to its own file.
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      path.join(OUT, 'xlsx-read'),
    ).finally(clock('LibreOffice, XLSX (1 run)')),
    libreofficeBatch(
      (await files(csvIn)).map((f) => path.join(csvIn, f)),
      'xlsx',
      path.join(OUT, 'csv-read'),
      // Comma, double quote, UTF-8, from line 1, and "evaluate formulas" on: a formula would run.
      'CSV:44,34,76,1,,1033,false,false,false,false,false,-1,true',
    ).finally(clock('LibreOffice, CSV (1 run)')),
  ]);
  readings = JSON.parse(python.stdout);
  xlsxSheets = new Map();
  for (const file of await files(path.join(OUT, 'xlsx-read')))
    xlsxSheets.set(
      file.replace(/\.csv$/, ''),
      parseCsv(await readFile(path.join(OUT, 'xlsx-read', file), 'utf8'), {
        relax_column_count: true,
      }),
    );
  csvCells = new Map();
  for (const file of await files(path.join(OUT, 'csv-read')))
    csvCells.set(file.replace(/\.xlsx$/, ''), await cells(path.join(OUT, 'csv-read', file)));
  console.log(
    `hostile text: ${RUNS} registries, ${STRINGS.length} generated texts (${STATS}); seed ${SEED}; ${Object.entries(
      timings,
    )
      .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
      .join(', ')}`,
  );
}, 300_000);

/** Per registry: RSS and Atom for all products and for one, of 3 and 2 items; a calendar each. */
const FILES_PER_SITE = siteFileNames().length + productFileNames().length;
const FEEDS_PER_SITE = 2 * 2;
const ITEMS_PER_SITE = 2 * (3 + 2);
const CALENDARS_PER_SITE = 2;

describe(`hostile text in every field: ${RUNS} registries, ${STRINGS.length} texts generated by fast-check (seed ${SEED})`, () => {
  it(`the serializers write all ${RUNS * FILES_PER_SITE} files, whatever the text`, () => {
    expect(unwritten.slice(0, 12)).toEqual([]);
    expect(written).toBe(RUNS * FILES_PER_SITE);
  });

  it(`RSS and Atom: ${RUNS * FEEDS_PER_SITE} feeds (${RUNS * ITEMS_PER_SITE} items) parse in feedparser with the same texts`, () => {
    const findings = new Findings();
    let items = 0;
    sites.forEach(({ registry }, i) => {
      const { legalName } = registry.organization;
      for (const { scope, dir } of sites[i]!.scopes) {
        for (const kind of ['rss', 'atom'] as const) {
          const file = `${dir}changes.${kind}`;
          const feed = reading<FeedReading>(findings, i, file);
          if (!feed?.entries) {
            if (feed) findings.check(i, `${file} read`, feed.error, '');
            continue;
          }
          findings.check(i, `${file} parses`, [feed.bozo, feed.error], [false, '']);
          findings.check(i, `${file} version`, feed.version, kind === 'rss' ? 'rss20' : 'atom10');
          findings.check(i, `${file} title`, feed.title, inFeed(scope.title));
          findings.check(
            i,
            `${file} description`,
            feed.subtitle,
            inFeed(t('feed.description', { name: legalName })),
          );
          findings.check(i, `${file} rights`, feed.rights ?? '', inFeed(legalName));
          if (kind === 'atom')
            findings.check(i, `${file} author`, feed.author ?? '', inFeed(legalName));
          findings.check(i, `${file} items`, feed.entries.length, scope.changes.length);
          scope.changes.forEach((c, k) => {
            const a = announcement(registry, c, SITE, 'en', t);
            const entry = feed.entries[k];
            findings.check(i, `${file} item ${k} id`, entry?.id, a.url);
            findings.check(i, `${file} item ${k} title`, entry?.title, inFeed(a.title));
            findings.check(i, `${file} item ${k} text`, entry?.text, inFeed(a.text));
            items++;
          });
        }
      }
    });
    expect(findings.list, findings.report()).toEqual([]);
    expect(items).toBe(RUNS * ITEMS_PER_SITE);
  });

  it(`JSON Feed: ${RUNS * 2} feeds parse with Python's json, every text exact`, () => {
    const findings = new Findings();
    sites.forEach(({ registry, scopes }, i) => {
      for (const { scope, dir } of scopes) {
        const file = `${dir}changes.json`;
        const { value: feed, error } = reading<JsonReading<JsonFeed>>(findings, i, file) ?? {};
        findings.check(i, `${file} parses`, error, undefined);
        if (!feed) continue;
        findings.check(i, `${file} version`, feed.version, 'https://jsonfeed.org/version/1.1');
        findings.check(i, `${file} title`, feed.title, scope.title.toWellFormed());
        findings.check(
          i,
          `${file} author`,
          feed.authors[0]?.name,
          registry.organization.legalName.toWellFormed(),
        );
        findings.check(i, `${file} items`, feed.items.length, scope.changes.length);
        scope.changes.forEach((c, k) => {
          const a = announcement(registry, c, SITE, 'en', t);
          const item = feed.items[k];
          findings.check(
            i,
            `${file} item ${k}`,
            [item?.id, item?.title, item?.content_text, item?.summary ?? ''],
            [
              a.url,
              a.title.toWellFormed(),
              a.text.toWellFormed(),
              textIn(c.summary, 'en', 'en').toWellFormed(),
            ],
          );
          findings.check(
            i,
            `${file} item ${k} withdrawn`,
            item?._processor_registry?.withdrawn?.reason ?? null,
            c.withdrawn ? textIn(c.withdrawn.reason, 'en', 'en').toWellFormed() : null,
          );
        });
      }
    });
    expect(findings.list, findings.report()).toEqual([]);
  });

  it(`iCalendar: ${RUNS * CALENDARS_PER_SITE} calendars parse in icalendar, no extra property or event, the same texts`, () => {
    const findings = new Findings();
    sites.forEach(({ registry, scopes }, i) => {
      const { tradeName, legalName } = registry.organization;
      for (const { scope, dir } of scopes) {
        const file = `${dir}changes.ics`;
        const calendar = reading<CalendarReading>(findings, i, file);
        if (!calendar) continue;
        findings.check(i, `${file} parses`, calendar.error, undefined);
        if (calendar.error) continue;
        const events = scope.changes.flatMap((c) => {
          const a = announcement(registry, c, SITE, 'en', t);
          const title = changeTitle(registry, c, 'en', t);
          return [
            {
              c,
              a,
              uid: `${c.id}.effective@${SITE.host}`,
              start: c.effective,
              summary: t('calendar.effective', { title }),
            },
            {
              c,
              a,
              uid: `${c.id}.deadline@${SITE.host}`,
              start: c.objectionDeadline,
              summary: t('calendar.deadline', { title }),
            },
          ];
        });
        findings.check(i, `${file} components`, calendar.components, [
          'VCALENDAR',
          ...events.map(() => 'VEVENT'),
        ]);
        findings.check(
          i,
          `${file} events`,
          calendar.events.map((e) => [e.uid, e.start]),
          events.map((e) => [e.uid, e.start]),
        );
        findings.check(i, `${file} events as written`, calendar.raw.events.length, events.length);
        const name = removed(
          scope.product === undefined
            ? t('calendar.name', { name: tradeName })
            : t('calendar.nameProduct', {
                name: tradeName,
                product: productNames(registry, [scope.product], 'en')[0]!,
              }),
        );
        const description = removed(t('feed.description', { name: legalName }));
        const own = calendar.raw.calendar;
        findings.check(
          i,
          `${file} calendar texts`,
          [own['NAME'], own['X-WR-CALNAME'], own['X-WR-CALDESC'], own['PRODID']],
          [
            name,
            name,
            description,
            `-//${removed(tradeName) || SITE.host}//Processor Registry//EN`,
          ],
        );
        events.forEach((e, k) => {
          const raw = calendar.raw.events[k];
          findings.check(
            i,
            `${file} event ${k} as written`,
            [raw?.['UID'], raw?.['SUMMARY'], raw?.['DESCRIPTION']],
            [e.uid, removed(e.summary), removed(e.a.text)],
          );
          // And icalendar's own reading, where it has none of its misreadings.
          const read = calendar.events[k];
          if (icalendarReads(removed(e.summary)))
            findings.check(
              i,
              `${file} event ${k} summary (icalendar)`,
              read?.summary,
              removed(e.summary),
            );
          if (icalendarReads(removed(e.a.text)))
            findings.check(
              i,
              `${file} event ${k} description (icalendar)`,
              read?.description,
              removed(e.a.text),
            );
        });
        if (icalendarReads(name))
          findings.check(i, `${file} name (icalendar)`, calendar.name, name);
      }
    });
    expect(findings.list, findings.report()).toEqual([]);
  });

  it(`JSON download: ${RUNS} lists parse with Python's json, validate against the JSON Schema, every text exact`, () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(
      exportJsonSchema(new URL('/schema/subprocessors.schema.json', SITE).href),
    );
    const findings = new Findings();
    sites.forEach(({ registry }, i) => {
      const { value, error } = reading<JsonReading>(findings, i, 'subprocessors.json') ?? {};
      findings.check(i, 'subprocessors.json parses', error, undefined);
      findings.check(i, 'subprocessors.json is valid', validate(value) ? [] : validate.errors, []);
      findings.check(
        i,
        'subprocessors.json',
        value,
        wellFormedDeep(exportDocument(registry, SITE, 'en', t)),
      );
      findings.check(
        i,
        'subprocessors.jsonld parses',
        reading<JsonReading>(findings, i, 'subprocessors.jsonld')?.error,
        undefined,
      );
    });
    expect(findings.list, findings.report()).toEqual([]);
  });

  /** The rows the spreadsheets were given, as a reader must see them. */
  const sheetsOf = (registry: Registry): Sheet[] => {
    const doc = exportDocument(registry, SITE, 'en', t);
    return [processorSheet(doc, t), transferSheet(doc, t), changeSheet(doc, t)];
  };
  const asCells = (sheet: Sheet) =>
    [sheet.columns.map((c) => c.header), ...sheet.rows].map((row) =>
      row.map((value) => spreadsheetSafe(removed(value))),
    );

  it(`XLSX: ${RUNS} workbooks (${RUNS * 3} sheets) open in LibreOffice with the same rows and texts`, () => {
    const findings = new Findings();
    let rows = 0;
    sites.forEach(({ registry }, i) => {
      for (const sheet of sheetsOf(registry)) {
        const read = xlsxSheets.get(`${key(i)}-${sheet.name}`);
        findings.check(i, `${sheet.name} opens`, read !== undefined, true);
        if (!read) continue;
        const expected = asCells(sheet);
        findings.check(i, `${sheet.name} rows`, read.length, expected.length);
        expected.forEach((row, r) =>
          row.forEach((text, c) => {
            const cell = read[r]?.[c] ?? '';
            if (text.length <= CELL_LIMIT) findings.check(i, `${sheet.name} ${r}:${c}`, cell, text);
            // Longer than Excel allows: cut to the limit, ending in "…".
            else {
              findings.check(
                i,
                `${sheet.name} ${r}:${c} (cut)`,
                [cell.length <= CELL_LIMIT, cell.length >= CELL_LIMIT - 1, cell.endsWith('…')],
                [true, true, true],
              );
              findings.check(
                i,
                `${sheet.name} ${r}:${c} (cut)`,
                cell.slice(0, -1),
                text.slice(0, cell.length - 1),
              );
            }
          }),
        );
        rows += read.length;
      }
    });
    expect(findings.list, findings.report()).toEqual([]);
    expect(rows).toBeGreaterThan(RUNS * 3);
  });

  it(`CSV: ${RUNS} lists open in LibreOffice, formulas evaluated, with the same rows and texts and no formula`, () => {
    const findings = new Findings();
    sites.forEach(({ registry }, i) => {
      const [sheet] = sheetsOf(registry);
      const read = csvCells.get(key(i))?.[0];
      findings.check(i, 'CSV opens', read !== undefined, true);
      if (!read) return;
      const expected = asCells(sheet!);
      findings.check(i, 'CSV rows', read.rows.length, expected.length);
      expected.forEach((row, r) =>
        row.forEach((text, c) => {
          const cell = read.rows[r]?.[c];
          findings.check(i, `CSV ${r}:${c} formula`, cell?.formula ?? false, false);
          const value = cellValue(cell?.value);
          // CSV has no types: LibreOffice reads a number as a number, a date as a date.
          if (typeof value === 'number')
            findings.check(i, `CSV ${r}:${c} (number)`, value, Number(text));
          else if (value instanceof Date)
            findings.check(i, `CSV ${r}:${c} (date)`, value.toISOString().slice(0, 10), text);
          // Longer than a cell of the XLSX that LibreOffice writes for this check: cut there.
          else if (typeof value === 'string' && text.length > CELL_LIMIT)
            findings.check(
              i,
              `CSV ${r}:${c} (cut)`,
              [value.length >= CELL_LIMIT - 1, value],
              [true, text.slice(0, value.length)],
            );
          else findings.check(i, `CSV ${r}:${c}`, value, text);
        }),
      );
    });
    expect(findings.list, findings.report()).toEqual([]);
  });
});
