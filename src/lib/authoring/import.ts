/**
 * Turns a published list into content files: this project's own downloads (subprocessors.json,
 * either CSV) back into the content they were made from, or a company's own list, read by the
 * list reader (../lists/) and understood column by column (./import-list.ts). Every cell is
 * accounted for: carried into a field, or kept verbatim; every gap written as not stated, every
 * guess a person must make a marked placeholder. Pure: it returns files to write and the report.
 */
import { stringify } from 'yaml';
import type { ListDocument } from '../lists/list';
import { understand, type Understood } from '../lists/understand';
import type { Field } from '../lists/fields';
import type { Regime } from '../../core/regimes';
import type { Role } from '../../core/roles';
import { fromExport } from './import-export';
import { exportDocumentSchema, exportProcessorSchema } from '../../schemas/export';
import { LOCALES, dictionaries, translator, type Locale, type Translate } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { RETENTION_EVENTS } from '../../schemas/retention';
import type { Vocabularies, VocabularyName } from '../../core/vocabulary';
import { PLACEHOLDER } from '../../core/placeholder';
import { slugId } from '../../core/slug';
import { durationFromWords } from '../lists/durations';
import { countryOf } from '../lists/cells';
import { importList, type CellFate } from './import-list';
import { schemaLine } from './editor';

export { durationFromWords };
import { codePoint, controlCharacter } from '../../core/characters';
import { daysBetween, isRealDate } from '../../core/dates';
import { LEGAL_BASES, ROLES } from '../../core/roles';
import { TIA_OUTCOMES } from '../../core/review';

export interface ImportResult {
  /** Path relative to the content folder → file text. */
  files: Map<string, string>;
  /** What could not be mapped, one line each, with the row number. */
  report: string[];
  /** How the list was read, where it is a company's own: its columns and the rows that are no recipient. */
  understood?: Understood | undefined;
  /** What became of every cell of a company's own list. */
  fates?: CellFate[] | undefined;
}

const slug = (text: string) => slugId(text, 'processor');
const split = (cell: string) =>
  cell
    .split(/\s*;\s*/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The text around a placeholder in a translated message, e.g. ["Up to ", ""] for 'retention.upTo'. */
const around = (message: string): [string, string] => message.split('\u0000') as [string, string];

/** A retention cell as the export writes it (or as people type it) → the content's retention, read in the words of `t`'s language. */
export function retentionFromText(
  cell: string,
  t: Translate,
  locale: Locale = 'en',
): Record<string, string> | 'not-disclosed' | 'not-stated' | { notDisclosed: string } | undefined {
  const text = cell.trim();
  const said = text.toLowerCase();
  if (said === t('retention.notStated').toLowerCase() || said === t('export.notStated'))
    return 'not-stated';
  // "Not specified" ("Niet opgegeven") is how exports before schema 2 wrote not-disclosed.
  if (
    /^(-|–|—|)$/.test(text) ||
    /^(not specified|niet opgegeven)$/i.test(text) ||
    said === t('retention.notDisclosed').toLowerCase() ||
    /^not (specified|disclosed)( by the vendor)?$/i.test(text)
  )
    return 'not-disclosed';
  const stated = /^(.*?)\s*\((.+)\)$/.exec(text);
  if (stated && stated[1]!.toLowerCase() === t('retention.notStated').toLowerCase())
    return { notStated: stated[2]! } as unknown as { notDisclosed: string };
  const basis = /^(.*?)\s*\((.+)\)$/.exec(text);
  const main = basis ? basis[1]! : text;
  // "Not disclosed by the vendor (asked on 2026-11-02)": the note of what was asked.
  if (basis && main.toLowerCase() === t('retention.notDisclosed').toLowerCase())
    return { notDisclosed: basis[2]! };
  const [upToBefore] = around(t('retention.upTo', { duration: '\u0000' }));
  const upTo = upToBefore !== '' && main.toLowerCase().startsWith(upToBefore.toLowerCase());
  const rest = upTo ? main.slice(upToBefore.length) : main;
  const events = Object.fromEntries(RETENTION_EVENTS.map((e) => [t(`retention.event.${e}`), e]));
  const joiner = t('retention.after', { period: '\u0000', event: '\u0000' }).split('\u0000')[1]!;
  const at = rest.lastIndexOf(joiner);
  const after = at >= 0 ? rest.slice(at + joiner.length) : undefined;
  const duration = durationFromWords(at >= 0 ? rest.slice(0, at) : rest, locale);
  if (!duration || (after !== undefined && !events[after])) return undefined;
  return {
    [upTo ? 'upTo' : 'period']: duration,
    ...(after !== undefined ? { after: events[after]! } : {}),
    ...(basis ? { basis: basis[2]! } : {}),
  };
}

/** The language a list was exported in, from its first header, and its headers as the English ones. */
function exportLanguage(headers: readonly string[]): { language: Locale; columns: string[] } {
  const language =
    LOCALES.find(
      (code) => headers[0] === dictionaries[code]['export.col.processor'].toLowerCase(),
    ) ?? 'en';
  const keys = (Object.keys(dictionaries.en) as MessageKey[]).filter((key) =>
    key.startsWith('export.col.'),
  );
  return {
    language,
    columns: headers.map((header) => {
      const key = keys.find((k) => dictionaries[language][k].toLowerCase() === header);
      return key ? dictionaries.en[key].toLowerCase() : header;
    }),
  };
}

/** The fields a processor's file gives after its activities, in this order. */
const AFTER_ACTIVITIES = [
  'transfers',
  'certifications',
  'dpa',
  'arrangement',
  'subprocessorListUrl',
  'chain',
  'securityUrl',
  'transferImpactAssessment',
  'lastReviewed',
  'otherFacts',
];

export function importCsv(
  records: string[][],
  vocabularies: Vocabularies,
  english: Translate,
  options: ImportOptions,
): ImportResult {
  const [header, ...dirty] = records;
  if (!header) return { files: new Map(), report: ['the file is empty'] };
  const report: string[] = [];
  // Text pasted from spreadsheets brings control characters (vertical tabs, form feeds) along;
  // the content refuses them, so they are taken out here, and each one is reported.
  const rows = dirty.map((row, index) =>
    row.map((value, c) =>
      withoutControls(value, `row ${index + 2}: ${header[c] ?? `column ${c + 1}`}`, report),
    ),
  );
  // An exported list may be in any of the site's languages: read its headers and words in that one.
  const { language, columns } = exportLanguage(
    header.map((h) =>
      h
        .replace(/^\uFEFF/, '')
        .trim()
        .toLowerCase(),
    ),
  );
  const exported = columns[0] === 'processor' && columns.includes('legal entity');
  if (exported && !columns.includes('activity'))
    return {
      files: new Map(),
      report: [
        'this is the list with one row per recipient, its activities summarised: import subprocessor-activities.csv from the same site instead, which has a row for each activity',
      ],
    };
  const t = exported ? translator(language) : english;
  const col = (name: string) => columns.indexOf(name);
  const files = new Map<string, string>();

  const codeOf = (vocabulary: VocabularyName, label: string): string | undefined => {
    const wanted = label.trim().toLowerCase();
    for (const term of vocabularies[vocabulary].values()) {
      if (
        term.code === wanted ||
        Object.values(term.label).some((label) => label.toLowerCase() === wanted)
      )
        return term.code;
    }
    return undefined;
  };
  // Terms an exported list uses that our vocabularies lack were the exporter's own: keep them as such.
  const ownTerms = new Map<VocabularyName, Map<string, string>>();
  /** Labels to codes; `codes` is the export's code column beside them, which names an own term's code. */
  const mapTerms = (
    row: number,
    column: string,
    vocabulary: VocabularyName,
    cell: string,
    codes = '',
  ) => {
    if (codeGap(codes)) return codeGap(codes)!;
    const gap = undisclosed(cell);
    if (gap !== undefined) return gap;
    const written = split(codes);
    const labels = split(cell);
    return labels.map((label, i) => {
      const code = codeOf(vocabulary, label);
      if (code) return code;
      if (exported && vocabulary !== 'transferMechanisms') {
        const own = ownTerms.get(vocabulary) ?? new Map<string, string>();
        ownTerms.set(vocabulary, own);
        const ownCode = (written.length === labels.length && written[i]) || slug(label);
        if (!own.has(ownCode))
          report.push(
            `row ${row}: ${column}: "${label}" is not a built-in ${vocabulary} term; added to vocabulary/${vocabulary}.yaml with this label in every language: translate it there`,
          );
        own.set(ownCode, label);
        return ownCode;
      }
      report.push(
        `row ${row}: ${column}: "${label}" is not a known ${vocabulary} label; left as a placeholder`,
      );
      return `${PLACEHOLDER}: a ${vocabulary} code for "${label}"`;
    });
  };

  interface Processor {
    id: string;
    data: Record<string, unknown>;
    activities: Record<string, unknown>[];
    announced?: string;
    effective?: string;
  }
  const processors = new Map<string, Processor>();
  const products = new Map<string, string>();
  const cell = (row: string[], name: string) =>
    col(name) >= 0 ? (row[col(name)] ?? '').replace(/^'(?=[=+\-@\t\r])/, '').trim() : '';

  /** A code of a fixed list (roles, lawful bases) from the code or its words in `t`'s language. */
  const fixedCode = <T extends string>(
    values: readonly T[],
    key: (value: T) => MessageKey,
    text: string,
  ) => values.find((v) => v === text || t(key(v)).toLowerCase() === text.toLowerCase());
  /**
   * "not disclosed by the vendor (what was asked)" or "not stated in our list (why)" as the
   * content writes them; undefined for a fact.
   */
  const undisclosed = (text: string): unknown => {
    for (const [key, word, note] of [
      ['export.notDisclosed', 'not-disclosed', 'notDisclosed'],
      ['export.notStated', 'not-stated', 'notStated'],
    ] as const) {
      const words = t(key).toLowerCase();
      if (text.toLowerCase() === words) return word;
      if (text.toLowerCase().startsWith(`${words} (`) && text.endsWith(')'))
        return { [note]: text.slice(words.length + 2, -1) };
    }
    return undefined;
  };
  /** A code cell that records a gap in the content's own words. */
  const codeGap = (text: string): string | undefined =>
    text === 'not-stated' || text === 'not-disclosed' ? text : undefined;
  /** A cell that holds a fact or says who did not give it. */
  const fact = <T>(text: string, read: (text: string) => T) => undisclosed(text) ?? read(text);
  /**
   * A JSON column's value, checked to be of the shape `is` wants; undefined for an empty cell,
   * and for one that is not (a cell edited by hand), with a line in the report: the words beside
   * it are read instead.
   */
  const jsonCell = <T>(
    row: string[],
    number: number,
    header: string,
    is: (value: unknown) => value is T,
  ) => {
    const text = cell(row, header);
    if (!text) return undefined;
    try {
      const value: unknown = JSON.parse(text);
      if (is(value)) return value;
    } catch {
      // reported below
    }
    report.push(
      `row ${number}: ${header}: not this project's JSON (edited by hand?); read from the words beside it instead`,
    );
    return undefined;
  };
  const objects = (value: unknown): value is Record<string, unknown>[] =>
    Array.isArray(value) &&
    value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v));
  const object = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  const retentionValue = (value: unknown): value is Record<string, unknown> | string =>
    object(value) || value === 'not-stated' || value === 'not-disclosed';

  (exported ? rows : []).forEach((row, index) => {
    const number = index + 2;
    if (row.every((c) => c.trim() === '')) return;
    const name = cell(row, 'processor');
    if (!name) {
      report.push(`row ${number}: no name; row skipped`);
      return;
    }
    {
      const entity = cell(row, 'legal entity');
      const key = `${name}|${entity}`;
      let processor = processors.get(key);
      if (!processor) {
        // The id the export wrote, made a safe file name again: a spreadsheet is untrusted input.
        let id = slug(cell(row, 'processor id') || name);
        while ([...processors.values()].some((p) => p.id === id)) id = `${id}-2`;
        const productNames = split(cell(row, 'products'));
        // The ids the export wrote beside the names, where it did; else ids made from the names.
        const written = split(cell(row, 'product ids'));
        const productIds =
          written.length === productNames.length ? written : productNames.map(slug);
        productNames.forEach((product, i) => products.set(productIds[i]!, product));
        const safeguards = cell(row, 'transfer safeguards');
        // The transfers as data, where the export wrote them so; else read from their words.
        const transferData = jsonCell(row, number, 'transfers (json)', objects);
        const noTransfers = (['eea', 'uk', 'ch'] as const).some(
          (home) =>
            safeguards === t('export.eeaOnly', { home: t(`home.${home}`) }) ||
            safeguards === t('export.locationsUnknown', { home: t(`home.${home}`) }),
        );
        const transfers = transferData
          ? transferData
          : noTransfers || undisclosed(safeguards)
            ? []
            : split(safeguards).map((part) => transferFrom(part, number));
        const otherFacts = jsonCell(row, number, 'other facts (json)', objects);
        const chainData = jsonCell(row, number, 'chain (json)', object);
        const dpa = agreementFrom(row, 'data processing agreement', 'dpa link', 'dpa signed');
        const arrangement = agreementFrom(
          row,
          'joint-controller arrangement',
          'arrangement link',
          'arrangement signed',
        );
        const assessed = cell(row, 'transfer impact assessment date');
        const outcomeText = cell(row, 'transfer impact assessment outcome');
        const outcome = outcomeText
          ? fixedCode(TIA_OUTCOMES, (o) => `tia.${o}`, outcomeText)
          : undefined;
        if (outcomeText && !outcome)
          report.push(
            `row ${number}: Transfer impact assessment outcome: "${outcomeText}" is not an outcome; left as a placeholder`,
          );
        const assessmentNote = cell(row, 'supplementary measures and notes');
        const assessmentUrl = cell(row, 'assessment summary');
        const role = fixedCode(ROLES, (r) => `role.${r}`, cell(row, 'role'));
        if (!role)
          report.push(
            `row ${number}: Role: "${cell(row, 'role')}" is not a role; left as a placeholder`,
          );
        const chain = cell(row, 'sub-processor list of the vendor');
        processor = {
          id,
          data: {
            name,
            ...(role === 'recipient-category' && !entity
              ? {}
              : {
                  legalEntity: fact(entity, (name) => ({
                    name,
                    country: fact(
                      cell(row, 'entity country'),
                      (country) =>
                        cell(row, 'entity country code') ||
                        countryOf(country) ||
                        `${PLACEHOLDER}: the country code of "${country}"`,
                    ),
                  })),
                }),
            ...(cell(row, 'parent company') ? { parent: cell(row, 'parent company') } : {}),
            ...(cell(row, 'website') ? { website: cell(row, 'website') } : {}),
            role: role ?? `${PLACEHOLDER}: one of ${ROLES.join(', ')}`,
            products: productIds,
            transfers: transfers.filter((x) => x !== undefined),
            certifications: mapTerms(
              number,
              'Certifications',
              'certifications',
              cell(row, 'certifications'),
              cell(row, 'certification codes'),
            ),
            ...(dpa ? { dpa } : {}),
            ...(arrangement ? { arrangement } : {}),
            ...(chain ? { subprocessorListUrl: fact(chain, (url) => url) } : {}),
            ...(chainData ? { chain: chainData } : {}),
            ...(cell(row, 'security page') ? { securityUrl: cell(row, 'security page') } : {}),
            ...(assessed || outcomeText
              ? {
                  transferImpactAssessment: {
                    assessedOn: assessed || `${PLACEHOLDER}: the day of the assessment`,
                    outcome: outcome ?? `${PLACEHOLDER}: one of ${TIA_OUTCOMES.join(', ')}`,
                    ...(assessmentNote ? { note: assessmentNote } : {}),
                    ...(assessmentUrl ? { url: assessmentUrl } : {}),
                  },
                }
              : {}),
            ...(cell(row, 'last reviewed') ? { lastReviewed: cell(row, 'last reviewed') } : {}),
            ...(otherFacts ? { otherFacts } : {}),
          },
          activities: [],
          ...(cell(row, 'announced') ? { announced: cell(row, 'announced') } : {}),
          ...(cell(row, 'effective') ? { effective: cell(row, 'effective') } : {}),
        };
        processors.set(key, processor);
      }
      const processing = fact(cell(row, 'processing countries'), (names) =>
        countriesFrom(row, number, 'processing', names),
      );
      const storage = fact(cell(row, 'storage countries'), (names) =>
        countriesFrom(row, number, 'storage', names),
      );
      const legalBasis = cell(row, 'lawful basis');
      const basis = legalBasis
        ? fixedCode(LEGAL_BASES, (b) => `legalBasis.${b}`, legalBasis)
        : undefined;
      if (legalBasis && !basis)
        report.push(`row ${number}: Lawful basis: "${legalBasis}" is not a lawful basis; left out`);
      const special = /\((.+)\)$/.exec(cell(row, 'special categories'));
      const retention =
        jsonCell(row, number, 'retention (json)', retentionValue) ??
        retentionFromText(cell(row, 'retention'), t, exported ? language : 'en');
      if (!retention)
        report.push(
          `row ${number}: Retention: "${cell(row, 'retention')}" is not a period this importer reads; left as a placeholder`,
        );
      const purpose = mapTerms(
        number,
        'Purpose',
        'purposes',
        cell(row, 'purpose'),
        cell(row, 'purpose codes'),
      );
      processor.activities.push({
        purpose: Array.isArray(purpose) ? purpose[0] : purpose,
        ...(cell(row, 'activity') ? { description: cell(row, 'activity') } : {}),
        dataCategories: mapTerms(
          number,
          'Personal data',
          'dataCategories',
          cell(row, 'personal data'),
          cell(row, 'personal data codes'),
        ),
        dataSubjects: mapTerms(
          number,
          'Data subjects',
          'dataSubjects',
          cell(row, 'data subjects'),
          cell(row, 'data subject codes'),
        ),
        retention: retention ?? {
          period: `${PLACEHOLDER}: a duration for "${cell(row, 'retention')}"`,
        },
        processing,
        // Storage as written: the export never derives it from processing, nor does this.
        ...(storage === 'not-stated' ? {} : { storage }),
        ...(basis ? { legalBasis: basis } : {}),
        ...(special ? { specialCategoryCondition: special[1] } : {}),
        ...(cell(row, 'only when') ? { conditional: cell(row, 'only when') } : {}),
      });
    }
  });

  /** The countries of an activity: from the code column where the export wrote one, else from names or codes. */
  function countriesFrom(
    row: string[],
    number: number,
    field: 'processing' | 'storage',
    names: string,
  ): string[] {
    const codes = cell(row, `${field} country codes`);
    if (codeGap(codes)) return codeGap(codes) as unknown as string[];
    if (codes) return split(codes);
    return split(names).map((name) => {
      const code = countryOf(name);
      if (!code)
        report.push(
          `row ${number}: ${field}: "${name}" is not a country name or ISO code; left as a placeholder`,
        );
      return code ?? `${PLACEHOLDER}: the country code of "${name}"`;
    });
  }

  /** An agreement from its three columns (title, link, signed), or from one cell as exports before 2026-12 wrote it. */
  function agreementFrom(row: string[], title: string, link: string, signed: string) {
    const text = cell(row, title);
    if (!text) return undefined;
    if (col(link) < 0 && col(signed) < 0) return dpaFrom(text);
    return {
      title: text,
      ...(cell(row, link) ? { url: cell(row, link) } : {}),
      ...(cell(row, signed) ? { signedOn: cell(row, signed) } : {}),
    };
  }

  function transferFrom(part: string, row: number) {
    // "United States (US): …" as the export writes it, or "US: …" as it did before 2026-12.
    // An international organisation has a code of three or more capitals: "… (EPO): adequacy".
    const named = /^.+ \(([A-Z]{2}|[A-Z]{3,})\): (.+)$/.exec(part);
    const match = named ?? /^([A-Z]{2}|[A-Z]{3,}): (.+)$/.exec(part);
    if (!match || match[2] === t('export.none')) {
      report.push(
        `row ${row}: Transfer safeguards: "${part}" names no mechanism; left as a placeholder`,
      );
      return match
        ? {
            country: match[1],
            mechanisms: [`${PLACEHOLDER}: the transfer mechanism for ${match[1]}`],
          }
        : undefined;
    }
    const transfer: Record<string, unknown> = { country: match[1] };
    const mechanisms = match[2]!.split(/, (?![^(]*\))/).map((m) => {
      const module = suffix('export.sccModule', 'module', '(\\d)').exec(m);
      if (module) transfer['sccModule'] = Number(module[1]);
      const checked = suffix('export.checked', 'date', '(\\d{4}-\\d{2}-\\d{2})').exec(m);
      if (checked) transfer['dpfVerifiedOn'] = checked[1];
      return m.replace(module?.[0] ?? '', '').replace(checked?.[0] ?? '', '');
    });
    return {
      country: match[1],
      mechanisms: mechanisms.flatMap((m) =>
        mapTerms(row, 'Transfer safeguards', 'transferMechanisms', m),
      ),
      ...transfer,
    };
  }

  /** A pattern for a phrase the export appends, e.g. " module 3", with its value captured. */
  function suffix(
    key: 'export.sccModule' | 'export.checked' | 'export.signed',
    name: string,
    value: string,
  ): RegExp {
    const phrase = t(key, { [name]: '\u0000' })
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace('\u0000', value);
    return new RegExp(` ${phrase}$`);
  }

  function dpaFrom(text: string) {
    const parts = text.split(', ');
    const signedOn = new RegExp(
      `^${suffix('export.signed', 'date', '(\\d{4}-\\d{2}-\\d{2})').source.slice(1)}`,
    ).exec(parts.at(-1) ?? '');
    const signed = signedOn ? (parts.pop(), signedOn[1]) : undefined;
    const url = parts.at(-1)?.startsWith('http') ? parts.pop() : undefined;
    return {
      title: parts.join(', '),
      ...(url ? { url } : {}),
      ...(signed ? { signedOn: signed } : {}),
    };
  }

  contentFiles(
    { processors: [...processors.values()], products, ownTerms, changes: undefined },
    options,
    files,
    report,
  );
  return { files, report };
}

/** What an import writes: processors with their activities, products, own terms, changes. */
interface ContentParts {
  processors: {
    id: string;
    data: Record<string, unknown>;
    activities?: Record<string, unknown>[];
    announced?: string | undefined;
    effective?: string | undefined;
  }[];
  products: ReadonlyMap<string, string>;
  ownTerms: ReadonlyMap<VocabularyName, ReadonlyMap<string, string>>;
  /** The change log as the file gives it; else changes made from each processor's dates. */
  changes: { id: string; data: Record<string, unknown> }[] | undefined;
}

interface ImportOptions {
  source: string;
  /** Lines of the list about the list itself ("Last updated …"), kept as a comment in every file written. */
  remarks?: readonly string[] | undefined;
  /** The notice period in days, where the registry promises one. */
  noticePeriodDays: number | undefined;
  /** The registry's products: a list's recipients serve the one product, if it has one only. */
  products?: readonly string[];
}

/** The files of the content an import makes, into `files`; gaps in dates go to `report`. */
function contentFiles(
  parts: ContentParts,
  options: ImportOptions,
  files: Map<string, string>,
  report: string[],
): void {
  const said = (options.remarks ?? [])
    .map((line) => `# The list says: ${line.replace(/\s+/g, ' ')}\n`)
    .join('');
  const written = (kind: 'vocabulary' | 'change' | 'processor' | 'product', value: unknown) =>
    `${schemaLine(kind, 1)}\n# Imported from ${options.source}.\n${kind === 'processor' ? said : ''}${stringify(value, { lineWidth: 0, aliasDuplicateObjects: false })}`;
  for (const [vocabulary, terms] of parts.ownTerms)
    files.set(
      `vocabulary/${vocabulary}.yaml`,
      written('vocabulary', {
        vocabulary,
        terms: [...terms].map(([code, label]) => ({ code, label: { en: label, nl: label } })),
      }),
    );
  const processors = parts.processors;
  for (const p of processors) {
    // The file reads as one written by hand: who, then what it does, then transfers and contracts.
    const activities = p.activities ?? (p.data['activities'] as unknown[]);
    const data = Object.fromEntries([
      ...Object.entries(p.data).filter(
        ([key]) => !AFTER_ACTIVITIES.includes(key) && key !== 'activities',
      ),
      ['activities', activities],
      ...AFTER_ACTIVITIES.flatMap((key) =>
        p.data[key] === undefined ? [] : [[key, p.data[key]] as const],
      ),
    ]);
    files.set(`processors/${p.id}.yaml`, written('processor', data));
  }
  [...parts.products].forEach(([id, name], i) =>
    files.set(
      `products/${id}.yaml`,
      `${schemaLine('product', 1)}\n${stringify({ name, description: `${name}, imported from ${options.source}.`, order: i + 1 })}`,
    ),
  );
  if (parts.changes) {
    for (const change of parts.changes)
      files.set(`changes/${slug(change.id)}.yaml`, written('change', change.data));
    return;
  }
  // A list that begins its log with recipients announced and in effect on one day, the earliest
  // of all, was listed when the log began: one listed change, with no notice and no emergency.
  const days = processors.flatMap((p) =>
    p.announced && isRealDate(p.announced) ? [p.announced] : [],
  );
  const began = days.sort()[0];
  const firstList = processors.filter(
    (p) => began !== undefined && p.announced === began && p.effective === began,
  );
  if (firstList.length > 0)
    files.set(
      `changes/${began}-first-list.yaml`,
      written('change', {
        type: 'listed',
        processors: firstList.map((p) => p.id),
        announced: began,
        effective: began,
        products: [...new Set(firstList.flatMap((p) => p.data['products'] as string[]))],
        summary: 'The list as it stood when the change log began.',
      }),
    );
  for (const p of processors) {
    const dated = (label: string, value: string | undefined) => {
      if (value === undefined || isRealDate(value)) return true;
      report.push(
        `${String(p.data['name'])}: ${label} "${value}" is not a date (YYYY-MM-DD); no change was written for it`,
      );
      return false;
    };
    if (
      !dated('announced', p.announced) ||
      !dated('effective', p.effective) ||
      !p.announced ||
      !p.effective ||
      firstList.includes(p)
    )
      continue;
    // Only a new sub-processor is owed the notice period (GDPR Art. 28(2)), where one is promised.
    const period = options.noticePeriodDays;
    const short =
      period !== undefined &&
      p.data['role'] === 'sub-processor' &&
      daysBetween(p.announced, p.effective) < period;
    if (short)
      report.push(
        `${String(p.data['name'])}: announced ${p.announced}, effective ${p.effective}: less than ${period} days' notice, so the change is marked as an emergency; write the real reason in its justification`,
      );
    files.set(
      `changes/${p.effective}-${p.id}-added.yaml`,
      written('change', {
        type: 'added',
        processors: [p.id],
        announced: p.announced,
        effective: p.effective,
        products: p.data['products'],
        summary: `${String(p.data['name'])} is added.`,
        ...(short
          ? {
              emergency: {
                justification: `Imported from ${options.source}: it gave less notice than ${period} days, and the spreadsheet does not say why.`,
              },
            }
          : {}),
      }),
    );
  }
}

/** The header a row of this project's exports begins with, in any of the site's languages. */
const isExportHeader = (row: readonly string[]): boolean =>
  LOCALES.some(
    (code) =>
      row[0]
        ?.replace(/^\uFEFF/, '')
        .trim()
        .toLowerCase() === dictionaries[code]['export.col.processor'].toLowerCase() &&
      row.some(
        (cell) =>
          cell.trim().toLowerCase() === dictionaries[code]['export.col.legalEntity'].toLowerCase(),
      ),
  );

/** Takes control characters out of a text, reporting each: the content refuses them. */
function withoutControls(text: string, where: string, report: string[]): string {
  const found = new Set<string>();
  let clean = text;
  for (
    let char = controlCharacter(clean, true);
    char !== undefined;
    char = controlCharacter(clean, true)
  ) {
    found.add(codePoint(char));
    clean = clean.split(char).join(' ');
  }
  if (found.size > 0)
    report.push(
      `${where}: removed the control character${found.size > 1 ? 's' : ''} ${[...found].join(', ')}; check the text`,
    );
  return clean;
}

export interface DocumentImportOptions extends ImportOptions {
  /** The publisher's regimes: a location outside their territory needs a transfer entry. */
  regimes: readonly Regime[];
  /** The role every recipient of a company's own list has, where the user says so. */
  role?: Role | undefined;
  /** The user's --map: folded header words → field, or none. */
  mappings?: ReadonlyMap<string, Field | 'none'>;
}

/**
 * Any list the reader read: this project's subprocessors.json (or a release), its per-recipient
 * CSV (through its JSON column) or per-activity CSV, or a company's own list.
 */
export function importDocument(
  doc: ListDocument,
  vocabularies: Vocabularies,
  english: Translate,
  options: DocumentImportOptions,
): ImportResult {
  const files = new Map<string, string>();
  const report: string[] = [];
  const only = options.products?.length === 1 ? options.products[0] : undefined;
  const exported: { records: string[][] } | { document: unknown } | undefined =
    doc.exported !== undefined ? { document: doc.exported } : exportedRows(doc, report);
  if (exported !== undefined) {
    if ('records' in exported) return importCsv(exported.records, vocabularies, english, options);
    const parsed = exportDocumentSchema
      .pick({ processors: true, former: true })
      .extend({ changes: exportDocumentSchema.shape.changes.optional() })
      .safeParse(exported.document);
    if (!parsed.success)
      return {
        files,
        report: [
          `${doc.source} looks like this project's list, but is not one: ${parsed.error.issues[0]?.message ?? 'it does not match the schema'} at ${parsed.error.issues[0]?.path.join('.') ?? ''}`,
        ],
      };
    const parts = fromExport(parsed.data as Parameters<typeof fromExport>[0], vocabularies);
    contentFiles(
      { ...parts, changes: parts.changes.length > 0 ? parts.changes : undefined },
      options,
      files,
      report,
    );
    return { files, report };
  }
  // A company's own list: read as its publisher laid it out, column by column.
  for (const block of doc.blocks)
    if (block.kind === 'text')
      block.row.cells.forEach((c) => (c.text = withoutControls(c.text, block.row.at, report)));
    else
      for (const row of block.rows)
        row.cells.forEach((c) => (c.text = withoutControls(c.text, row.at, report)));
  const understood = understand(doc, { mappings: options.mappings ?? new Map() });
  const fates: CellFate[] = [];
  const listed = importList(understood, {
    vocabularies,
    report,
    slug,
    product: only ?? 'imported',
    regimes: options.regimes,
    role: options.role,
    fates,
  });
  contentFiles(
    {
      processors: listed,
      products:
        listed.length > 0 && !only ? new Map([['imported', 'Imported processors']]) : new Map(),
      ownTerms: new Map(),
      changes: [],
    },
    { ...options, remarks: understood.rows.filter((r) => r.kind === 'remark').map((r) => r.text) },
    files,
    report,
  );
  return { files, report, understood, fates };
}

/**
 * This project's own CSV, in a table the reader read: the per-activity file as rows for
 * importCsv, or the per-recipient file as the JSON of each entry (its last column).
 */
function exportedRows(
  doc: ListDocument,
  report: string[],
): { records: string[][] } | { document: unknown } | undefined {
  const table = doc.blocks.find((b) => b.kind === 'table');
  if (!table || table.kind !== 'table' || doc.format === 'html' || doc.format === 'markdown')
    return undefined;
  const [header, ...rows] = table.rows.map((row) => row.cells.map((c) => c.text));
  if (!header || !isExportHeader(header)) return undefined;
  const json = LOCALES.map((code) => dictionaries[code]['export.col.entryJson'].toLowerCase());
  const at = header.findIndex((cell) => json.includes(cell.trim().toLowerCase()));
  if (at < 0) return { records: [header, ...rows] };
  const processors = rows
    .filter((row) => row.some((cell) => cell.trim() !== ''))
    .flatMap((row, i) => {
      try {
        return [exportProcessorSchema.parse(JSON.parse(row[at] ?? ''))];
      } catch {
        report.push(
          `row ${i + 2}: its ${header[at]} is not an entry of this project's list; row skipped`,
        );
        return [];
      }
    });
  return { document: { processors } };
}
