/**
 * The list as rows for spreadsheets: one per processor (its activities summarised), one per
 * activity, one per transfer and one per change. Each column is declared once with the value it
 * holds, so a header can never sit above another column's values. People read the first
 * columns, in the file's language; tools read the code columns at the end, which hold the
 * content's own codes in every language.
 */
import type { Locale, Translate } from '../../../i18n';
import { chainCountriesText } from '../../words/chain';
import type { MessageKey } from '../../../i18n/en';
import { locationName } from '../../../core/locations';
import { HOME_REGION } from '../../../core/locations';
import type { ExportDocument, ExportProcessor } from '../../../schemas/export';
import { xmlSafe } from '../text';
import { contentChain, contentRetention, contentTransfer } from './as-content';

/** What a column holds: a spreadsheet writes a date as a date cell, a link as a link. */
export type ColumnKind = 'text' | 'date' | 'url' | 'code' | 'json';

export interface Column {
  header: string;
  width: number;
  kind: ColumnKind;
}

export interface Sheet {
  name: string;
  columns: Column[];
  rows: string[][];
  /** How many leading columns a printout holds, one page wide. */
  printColumns: number;
}

/** A column: its header's message key, its width in characters, what it holds, its value. */
interface ColumnSpec<R> {
  key: MessageKey;
  width: number;
  kind?: ColumnKind;
  /** Printed: a sheet prints its leading printed columns one page wide (by default every column but the codes). */
  print?: boolean;
  value: (row: R) => string;
}

type Activity = ExportProcessor['activities'][number];
type Transfer = ExportProcessor['transfers'][number];
type Change = ExportDocument['changes'][number];
/** A fact the JSON does not give, and who did not: the publisher's list, or the vendor. */
type Gap =
  | { notDisclosed: true; note?: string | undefined }
  | { notStated: true; note?: string | undefined };

const join = (values: readonly string[]) => values.join('; ');
const distinct = (values: readonly string[]) => [...new Set(values.filter(Boolean))];
const isGap = (value: unknown): value is Gap =>
  typeof value === 'object' && value !== null && ('notDisclosed' in value || 'notStated' in value);

/** The words a cell holds: one language's, from the document it is made of. */
interface Words {
  t: Translate;
  country: (code: string) => string;
  /** The publisher's home, where data is not transferred: "the EEA". */
  home: string;
}

const wordsOf = (doc: ExportDocument, t: Translate): Words => {
  const language = doc.language ?? 'en';
  const regime = doc.publisher.regimes?.[0] ?? 'eu';
  return {
    t,
    country: (code) => locationName(code, language),
    home: t(`home.${HOME_REGION[regime] as 'eea' | 'uk' | 'ch'}`),
  };
};

/** A gap in words: "not stated in our list" or "not disclosed by the vendor", with its note. */
const gapText = (gap: Gap, t: Translate): string => {
  const words = t('notDisclosed' in gap ? 'export.notDisclosed' : 'export.notStated');
  return gap.note ? `${words} (${gap.note})` : words;
};

/** A fact the list holds, in a cell: the value, or who did not give it. */
function fact<T>(value: T | Gap, show: (value: T) => string, t: Translate): string {
  return isGap(value) ? gapText(value, t) : show(value);
}

/** A fact as a code cell: the value's codes, or `not-stated` / `not-disclosed`, the words the content writes. */
const factCode = <T>(value: T | Gap, show: (value: T) => string): string =>
  isGap(value) ? ('notDisclosed' in value ? 'not-disclosed' : 'not-stated') : show(value);

/** A term's label, or who did not give it. */
const labelOf = (value: { label: string } | Gap, t: Translate) => fact(value, (v) => v.label, t);
/** The labels of a list of terms, or who did not give them. */
const labelsOf = (value: readonly { label: string }[] | Gap, t: Translate): string[] =>
  isGap(value) ? [gapText(value, t)] : value.map((v) => v.label);
/** The codes of a list of terms, or the gap's word. */
const codesOf = (value: readonly { code: string }[] | Gap): string =>
  factCode(value, (terms) => join(terms.map((v) => v.code)));

/** A transfer in words: "United States (US): EU-US Data Privacy Framework (checked 2026-05-12), Standard contractual clauses module 3". */
function safeguards(transfer: Transfer, { t, country }: Words): string {
  const mechanisms = isGap(transfer.mechanisms)
    ? [gapText(transfer.mechanisms, t)]
    : transfer.mechanisms.map((m) => {
        if (m.code === 'scc' && typeof transfer.sccModule === 'number')
          return `${m.label} ${t('export.sccModule', { module: transfer.sccModule })}`;
        if (m.code === 'dpf' && transfer.dpfVerifiedOn)
          return `${m.label} ${t('export.checked', { date: transfer.dpfVerifiedOn })}`;
        return m.label;
      });
  return `${country(transfer.country)} (${transfer.country}): ${mechanisms.join(', ') || t('export.none')}`;
}

/**
 * Every transfer of a processor in words; for none, "only in the EEA" where every location is
 * given, else that the list cannot say.
 */
function allSafeguards(p: ExportProcessor, words: Words): string {
  if (p.transfers.length > 0) return join(p.transfers.map((tr) => safeguards(tr, words)));
  const known = p.activities.every((a) => Array.isArray(a.processing) && Array.isArray(a.storage));
  return words.t(known ? 'export.eeaOnly' : 'export.locationsUnknown', { home: words.home });
}

/** A retention in words, with its basis and its note: "Up to 1 day (request logs)". */
function retentionText(a: Activity): string {
  const { text, basis, note } = a.retention;
  const aside = [basis, note].filter(Boolean).join('; ');
  return aside ? `${text} (${aside})` : text;
}

/** The special-category data of activities: the categories of theirs that are special. */
const specialLabels = (a: Activity): string[] =>
  isGap(a.dataCategories) ? [] : a.dataCategories.filter((c) => c.special).map((c) => c.label);

function specialText(activities: readonly Activity[], t: Translate): string {
  const labels = distinct(activities.flatMap(specialLabels));
  const conditions = distinct(activities.map((a) => a.specialCategoryCondition ?? ''));
  return (
    (join(labels) || t('export.none')) + (conditions.length ? ` (${conditions.join('; ')})` : '')
  );
}

/** An activity as a numbered line of a summary: "2. Backup: Stores encrypted database backups…". */
const numbered = (a: Activity, i: number, text: string | undefined, t: Translate) =>
  `${i + 1}. ${labelOf(a.purpose, t)}${text ? `: ${text}` : ''}`;

/**
 * Where a processor's activities process (or store) data, once each country: the countries the
 * vendor disclosed, and for the activities it did not, that it did not.
 */
function locations(
  p: ExportProcessor,
  field: 'processing' | 'storage',
  { t, country }: Words,
): string {
  const shown = distinct(p.activities.flatMap((a) => (Array.isArray(a[field]) ? a[field] : [])));
  const hidden = p.activities.filter((a) => !Array.isArray(a[field]));
  if (hidden.length === 0) return join(shown.map(country));
  if (shown.length === 0) return join(distinct(hidden.map((a) => fact(a[field], join, t))));
  // Each gap once, with the activities it concerns: "not stated in our list for 2. Backups".
  const gaps = new Map<string, string[]>();
  for (const a of hidden) {
    const words = fact(a[field], join, t);
    gaps.set(words, [
      ...(gaps.get(words) ?? []),
      `${p.activities.indexOf(a) + 1}. ${labelOf(a.purpose, t)}`,
    ]);
  }
  return join([
    ...shown.map(country),
    ...[...gaps].map(([gap, activities]) =>
      t('export.notDisclosedFor', { gap, activities: activities.join(', ') }),
    ),
  ]);
}

const locationCodes = (p: ExportProcessor, field: 'processing' | 'storage') =>
  join(
    distinct(p.activities.flatMap((a) => factCode(a[field], (codes) => join(codes)).split('; '))),
  );

const agreementColumns = (
  field: 'dpa' | 'arrangement',
  keys: [MessageKey, MessageKey, MessageKey],
): ColumnSpec<ExportProcessor>[] => [
  { key: keys[0], width: 32, value: (p) => p[field]?.title ?? '' },
  { key: keys[1], width: 40, kind: 'url', value: (p) => p[field]?.url ?? '' },
  { key: keys[2], width: 12, kind: 'date', value: (p) => p[field]?.signedOn ?? '' },
];

/** The facts of a processor itself, the first columns of its rows: who, what role, which products. */
const whoColumns = ({ t, country }: Words): ColumnSpec<ExportProcessor>[] => [
  { key: 'export.col.processor', width: 24, value: (p) => p.name },
  { key: 'export.col.website', width: 30, kind: 'url', value: (p) => p.website ?? '' },
  {
    key: 'export.col.legalEntity',
    width: 30,
    value: (p) => (p.legalEntity ? fact(p.legalEntity, (e) => e.name, t) : ''),
  },
  {
    key: 'export.col.entityCountry',
    width: 16,
    value: (p) => (p.legalEntity ? fact(p.legalEntity, (e) => fact(e.country, country, t), t) : ''),
  },
  { key: 'export.col.parent', width: 20, value: (p) => p.parent ?? '' },
  { key: 'export.col.role', width: 16, value: (p) => t(`role.${p.role}`) },
  { key: 'export.col.products', width: 24, value: (p) => join(p.products.map((x) => x.name)) },
];

/** What a processor is bound by and what the publisher checked: transfers, contracts, reviews, status. */
const boundColumns = (words: Words): ColumnSpec<ExportProcessor>[] => {
  const { t } = words;
  return [
    { key: 'export.col.safeguards', width: 50, value: (p) => allSafeguards(p, words) },
    {
      key: 'export.col.certifications',
      width: 30,
      value: (p) => join(p.certifications.map((c) => c.label)),
    },
    { key: 'export.col.security', width: 36, kind: 'url', value: (p) => p.securityUrl ?? '' },
    {
      key: 'export.col.tiaDate',
      width: 12,
      kind: 'date',
      value: (p) => p.transferImpactAssessment?.assessedOn ?? '',
    },
    {
      key: 'export.col.tiaOutcome',
      width: 28,
      value: (p) => p.transferImpactAssessment?.outcome.label ?? '',
    },
    {
      key: 'export.col.tiaNote',
      width: 40,
      value: (p) => p.transferImpactAssessment?.note ?? '',
    },
    {
      key: 'export.col.tiaUrl',
      width: 36,
      kind: 'url',
      value: (p) => p.transferImpactAssessment?.url ?? '',
    },
    {
      key: 'export.col.lastReviewed',
      width: 12,
      kind: 'date',
      value: (p) => p.lastReviewed ?? '',
    },
    {
      key: 'export.col.otherFacts',
      width: 40,
      value: (p) => (p.otherFacts ?? []).map((f) => otherFactText(f, t)).join('\n'),
    },
    ...agreementColumns('dpa', ['export.col.dpa', 'export.col.dpaUrl', 'export.col.dpaSigned']),
    ...agreementColumns('arrangement', [
      'export.col.arrangement',
      'export.col.arrangementUrl',
      'export.col.arrangementSigned',
    ]),
    {
      key: 'export.col.chain',
      width: 40,
      kind: 'url',
      value: (p) => (p.subprocessorListUrl ? fact(p.subprocessorListUrl, (url) => url, t) : ''),
    },
    { key: 'export.col.status', width: 10, value: (p) => t(`status.${p.status}`) },
    { key: 'export.col.announced', width: 12, kind: 'date', value: (p) => p.announced ?? '' },
    { key: 'export.col.effective', width: 12, kind: 'date', value: (p) => p.effective ?? '' },
  ];
};

/** A fact of the publisher's list that no field holds, in one line as the page shows it. */
export const otherFactText = (
  fact: NonNullable<ExportProcessor['otherFacts']>[number],
  t: Translate,
): string =>
  fact.kind === 'section'
    ? t('otherFact.section', { text: fact.text })
    : fact.label
      ? `${fact.label}${fact.kind === 'footnote' ? ' ' : ': '}${fact.text}`
      : fact.text;

/** The processor's codes, for tools: the same facts in the content's words. */
const processorCodeColumns = (): ColumnSpec<ExportProcessor>[] => [
  { key: 'export.col.id', width: 20, kind: 'code', value: (p) => p.id },
  {
    key: 'export.col.entityCountryCode',
    width: 10,
    kind: 'code',
    value: (p) =>
      p.legalEntity ? factCode(p.legalEntity, (e) => factCode(e.country, (c) => c)) : '',
  },
  { key: 'export.col.roleCode', width: 16, kind: 'code', value: (p) => p.role },
  { key: 'export.col.statusCode', width: 10, kind: 'code', value: (p) => p.status },
  {
    key: 'export.col.productIds',
    width: 20,
    kind: 'code',
    value: (p) => join(p.products.map((x) => x.id)),
  },
  {
    key: 'export.col.transferCodes',
    width: 24,
    kind: 'code',
    value: (p) =>
      join(
        p.transfers.map(
          (tr) =>
            `${tr.country}: ${factCode(tr.mechanisms, (ms) => ms.map((m) => m.code).join(', '))}`,
        ),
      ),
  },
  {
    key: 'export.col.certificationCodes',
    width: 20,
    kind: 'code',
    value: (p) => join(p.certifications.map((c) => c.code)),
  },
  {
    key: 'export.col.tiaOutcomeCode',
    width: 20,
    kind: 'code',
    value: (p) => p.transferImpactAssessment?.outcome.code ?? '',
  },
  // The transfer entries and the facts kept verbatim as data, in the content's own shape: the
  // words above merge or leave out what npm run import needs to write them back exactly.
  {
    key: 'export.col.transferData',
    width: 20,
    kind: 'json',
    value: (p) => {
      const entries = p.transfers.flatMap((tr) => contentTransfer(tr) ?? []);
      return entries.length ? JSON.stringify(entries) : '';
    },
  },
  {
    key: 'export.col.otherFactsData',
    width: 20,
    kind: 'json',
    value: (p) => (p.otherFacts?.length ? JSON.stringify(p.otherFacts) : ''),
  },
  {
    key: 'export.col.chainData',
    width: 20,
    kind: 'json',
    value: (p) => (p.chain ? JSON.stringify(contentChain(p.chain)) : ''),
  },
];

/** A processor's activities summarised in one row each: every purpose, datum, country once. */
const summaryColumns = (words: Words): ColumnSpec<ExportProcessor>[] => {
  const { t } = words;
  return [
    {
      key: 'export.col.purposes',
      width: 24,
      value: (p) => join(distinct(p.activities.map((a) => labelOf(a.purpose, t)))),
    },
    {
      key: 'export.col.activities',
      width: 60,
      value: (p) => p.activities.map((a, i) => numbered(a, i, a.description, t)).join('\n'),
    },
    {
      key: 'export.col.data',
      width: 40,
      value: (p) => join(distinct(p.activities.flatMap((a) => labelsOf(a.dataCategories, t)))),
    },
    { key: 'export.col.special', width: 16, value: (p) => specialText(p.activities, t) },
    {
      key: 'export.col.subjects',
      width: 28,
      value: (p) => join(distinct(p.activities.flatMap((a) => labelsOf(a.dataSubjects, t)))),
    },
    { key: 'export.col.processing', width: 24, value: (p) => locations(p, 'processing', words) },
    { key: 'export.col.storage', width: 24, value: (p) => locations(p, 'storage', words) },
    {
      key: 'export.col.retention',
      width: 32,
      value: (p) => {
        const texts = distinct(p.activities.map(retentionText));
        return texts.length <= 1
          ? (texts[0] ?? '')
          : p.activities.map((a, i) => numbered(a, i, retentionText(a), t)).join('\n');
      },
    },
    {
      key: 'export.col.legalBasis',
      width: 24,
      value: (p) => join(distinct(p.activities.map((a) => a.legalBasis?.label ?? ''))),
    },
  ];
};

const summaryCodeColumns = (): ColumnSpec<ExportProcessor>[] => [
  {
    key: 'export.col.purposeCodes',
    width: 20,
    kind: 'code',
    value: (p) => join(distinct(p.activities.map((a) => factCode(a.purpose, (term) => term.code)))),
  },
  {
    key: 'export.col.dataCodes',
    width: 24,
    kind: 'code',
    value: (p) =>
      join(distinct(p.activities.flatMap((a) => codesOf(a.dataCategories).split('; ')))),
  },
  {
    key: 'export.col.subjectCodes',
    width: 20,
    kind: 'code',
    value: (p) => join(distinct(p.activities.flatMap((a) => codesOf(a.dataSubjects).split('; ')))),
  },
  {
    key: 'export.col.processingCodes',
    width: 14,
    kind: 'code',
    value: (p) => locationCodes(p, 'processing'),
  },
  {
    key: 'export.col.storageCodes',
    width: 14,
    kind: 'code',
    value: (p) => locationCodes(p, 'storage'),
  },
  {
    key: 'export.col.legalBasisCodes',
    width: 16,
    kind: 'code',
    value: (p) => join(distinct(p.activities.map((a) => a.legalBasis?.code ?? ''))),
  },
];

/** One activity of a processor. */
interface ActivityRow {
  processor: ExportProcessor;
  activity: Activity;
  n: number;
}

const activityColumns = ({ t, country }: Words): ColumnSpec<ActivityRow>[] => [
  { key: 'export.col.activityNumber', width: 6, value: (r) => String(r.n) },
  { key: 'export.col.purpose', width: 18, value: (r) => labelOf(r.activity.purpose, t) },
  { key: 'export.col.activity', width: 40, value: (r) => r.activity.description ?? '' },
  {
    key: 'export.col.data',
    width: 40,
    value: (r) => join(labelsOf(r.activity.dataCategories, t)),
  },
  { key: 'export.col.special', width: 13, value: (r) => specialText([r.activity], t) },
  {
    key: 'export.col.subjects',
    width: 28,
    value: (r) => join(labelsOf(r.activity.dataSubjects, t)),
  },
  {
    key: 'export.col.processing',
    width: 24,
    value: (r) => fact(r.activity.processing, (codes) => join(codes.map(country)), t),
  },
  {
    key: 'export.col.storage',
    width: 24,
    value: (r) => fact(r.activity.storage, (codes) => join(codes.map(country)), t),
  },
  { key: 'export.col.retention', width: 22, value: (r) => retentionText(r.activity) },
  { key: 'export.col.legalBasis', width: 18, value: (r) => r.activity.legalBasis?.label ?? '' },
  { key: 'export.col.conditional', width: 20, value: (r) => r.activity.conditional ?? '' },
];

const activityCodeColumns = (): ColumnSpec<ActivityRow>[] => [
  {
    key: 'export.col.purposeCodes',
    width: 20,
    kind: 'code',
    value: (r) => factCode(r.activity.purpose, (term) => term.code),
  },
  {
    key: 'export.col.dataCodes',
    width: 24,
    kind: 'code',
    value: (r) => codesOf(r.activity.dataCategories),
  },
  {
    key: 'export.col.subjectCodes',
    width: 20,
    kind: 'code',
    value: (r) => codesOf(r.activity.dataSubjects),
  },
  {
    key: 'export.col.processingCodes',
    width: 14,
    kind: 'code',
    value: (r) => factCode(r.activity.processing, join),
  },
  {
    key: 'export.col.storageCodes',
    width: 14,
    kind: 'code',
    value: (r) => factCode(r.activity.storage, join),
  },
  {
    key: 'export.col.retentionPeriod',
    width: 14,
    kind: 'code',
    value: (r) => r.activity.retention.period ?? r.activity.retention.upTo ?? '',
  },
  {
    key: 'export.col.retentionData',
    width: 20,
    kind: 'json',
    value: (r) => JSON.stringify(contentRetention(r.activity.retention)),
  },
  {
    key: 'export.col.legalBasisCodes',
    width: 16,
    kind: 'code',
    value: (r) => r.activity.legalBasis?.code ?? '',
  },
];

/** A processor column read from an activity's row. */
const ofProcessor = (spec: ColumnSpec<ExportProcessor>): ColumnSpec<ActivityRow> => ({
  ...spec,
  value: (r) => spec.value(r.processor),
});

function sheetOf<R>(
  name: string,
  specs: readonly ColumnSpec<R>[],
  items: readonly R[],
  t: Translate,
): Sheet {
  const marked = specs.some((c) => c.print);
  const printed = specs.findIndex((c) => (marked ? !c.print : c.kind === 'code'));
  return {
    name,
    columns: specs.map((c) => ({ header: t(c.key), width: c.width, kind: c.kind ?? 'text' })),
    rows: items.map((item) => specs.map((c) => c.value(item))),
    printColumns: printed < 0 ? specs.length : printed,
  };
}

const activityRows = (doc: ExportDocument): ActivityRow[] =>
  doc.processors.flatMap((processor) =>
    processor.activities.map((activity, i) => ({ processor, activity, n: i + 1 })),
  );

/**
 * The columns a DPA annex or a questionnaire asks for first, in the order a reader scans them:
 * the processors sheet starts with these and prints them one page wide; the rest follow on screen.
 */
const PRINTED: readonly MessageKey[] = [
  'export.col.processor',
  'export.col.legalEntity',
  'export.col.entityCountry',
  'export.col.role',
  'export.col.purposes',
  'export.col.data',
  'export.col.special',
  'export.col.subjects',
  'export.col.processing',
  'export.col.storage',
  'export.col.safeguards',
  'export.col.retention',
  'export.col.dpa',
  'export.col.status',
];

/** Narrower than on screen where the printed columns wrap: they must fit a landscape page together. */
const PRINT_WIDTH: Partial<Record<MessageKey, number>> = {
  'export.col.processor': 18,
  'export.col.legalEntity': 22,
  'export.col.entityCountry': 13,
  'export.col.role': 13,
  'export.col.purposes': 18,
  'export.col.data': 28,
  'export.col.special': 13,
  'export.col.subjects': 18,
  'export.col.processing': 16,
  'export.col.storage': 16,
  'export.col.safeguards': 34,
  'export.col.retention': 22,
  'export.col.dpa': 24,
};

const processorSpecs = (words: Words): ColumnSpec<ExportProcessor>[] => {
  const all = [
    ...whoColumns(words),
    ...summaryColumns(words),
    ...boundColumns(words),
    ...processorCodeColumns(),
    ...summaryCodeColumns(),
  ];
  const printed = PRINTED.map((key) => all.find((c) => c.key === key)!).map((c) => ({
    ...c,
    width: PRINT_WIDTH[c.key] ?? c.width,
    print: true,
  }));
  return [...printed, ...all.filter((c) => !PRINTED.includes(c.key))];
};

/** The headers of subprocessors.csv (the processors sheet, then the entry as JSON), in a language: for the downloads page. */
export const processorHeaders = (t: Translate): string[] => [
  ...processorSpecs({ t, country: (code) => code, home: '' }).map((c) => t(c.key)),
  t('export.col.entryJson'),
];

/** The headers of the activities file (subprocessor-activities.csv), in a language. */
export const activityFileHeaders = (t: Translate): string[] =>
  activityFileSpecs({ t, country: (code) => code, home: '' }).map((c) => t(c.key));

/** Processors: one row per processor, its activities summarised, for a questionnaire or an annex. */
export function processorSheet(doc: ExportDocument, t: Translate): Sheet {
  return sheetOf(t('export.sheet.processors'), processorSpecs(wordsOf(doc, t)), doc.processors, t);
}

/**
 * subprocessors.csv: the processors sheet, and last every fact of each entry as
 * subprocessors.json gives it (in the file's language), for tools and for npm run import, which
 * reads a row back from it: the summaries merge activities, and a spreadsheet cuts long cells.
 */
export function processorFileSheet(doc: ExportDocument, t: Translate): Sheet {
  const sheet = processorSheet(doc, t);
  return {
    ...sheet,
    columns: [...sheet.columns, { header: t('export.col.entryJson'), width: 30, kind: 'json' }],
    rows: sheet.rows.map((row, i) => [...row, JSON.stringify(doc.processors[i])]),
  };
}

/** Activities: one row per activity, with its processor's name and id. */
export function activitySheet(doc: ExportDocument, t: Translate): Sheet {
  const words = wordsOf(doc, t);
  const [name] = whoColumns(words);
  const [id] = processorCodeColumns();
  return sheetOf(
    t('export.sheet.activities'),
    [ofProcessor(name!), ...activityColumns(words), ofProcessor(id!), ...activityCodeColumns()],
    activityRows(doc),
    t,
  );
}

function activityFileSpecs(words: Words): ColumnSpec<ActivityRow>[] {
  const [name, ...who] = whoColumns(words);
  return [
    ofProcessor(name!),
    ...activityColumns(words),
    ...who.map(ofProcessor),
    ...boundColumns(words).map(ofProcessor),
    ...processorCodeColumns().map(ofProcessor),
    ...activityCodeColumns(),
  ];
}

/**
 * subprocessor-activities.csv: one row per activity with every fact of its processor repeated,
 * for tools and for `npm run import`, which reads it back into content files.
 */
export function activityFileSheet(doc: ExportDocument, t: Translate): Sheet {
  return sheetOf(
    t('export.sheet.activities'),
    activityFileSpecs(wordsOf(doc, t)),
    activityRows(doc),
    t,
  );
}

export function transferSheet(doc: ExportDocument, t: Translate): Sheet {
  const { country } = wordsOf(doc, t);
  const specs: ColumnSpec<{ p: ExportProcessor; tr: Transfer }>[] = [
    { key: 'export.col.processor', width: 24, value: ({ p }) => p.name },
    { key: 'export.col.country', width: 18, value: ({ tr }) => country(tr.country) },
    { key: 'export.col.region', width: 24, value: ({ tr }) => t(`region.${tr.region}`) },
    {
      key: 'export.col.safeguards',
      width: 50,
      value: ({ tr }) => join(labelsOf(tr.mechanisms, t)),
    },
    {
      key: 'export.col.sccModule',
      width: 10,
      value: ({ tr }) =>
        tr.sccModule === undefined ? '' : fact(tr.sccModule, (module) => String(module), t),
    },
    {
      key: 'export.col.decision',
      width: 40,
      value: ({ tr }) => (tr.decisions ?? []).map((d) => d.citation).join('; '),
    },
    {
      key: 'export.col.dpfVerified',
      width: 14,
      kind: 'date',
      value: ({ tr }) => tr.dpfVerifiedOn ?? '',
    },
    {
      key: 'export.col.note',
      width: 60,
      value: ({ tr }) =>
        [
          ...(tr.decisions ?? []).flatMap((d) => [
            d.schemeNote,
            ...d.challenges.map((challenge) => challenge.text),
          ]),
          tr.justification,
          tr.note,
        ]
          .filter(Boolean)
          .join(' '),
    },
    { key: 'export.col.id', width: 20, kind: 'code', value: ({ p }) => p.id },
    { key: 'export.col.countryCode', width: 10, kind: 'code', value: ({ tr }) => tr.country },
    { key: 'export.col.regionCode', width: 14, kind: 'code', value: ({ tr }) => tr.region },
    {
      key: 'export.col.mechanismCodes',
      width: 18,
      kind: 'code',
      value: ({ tr }) => codesOf(tr.mechanisms),
    },
  ];
  const rows = doc.processors.flatMap((p) => p.transfers.map((tr) => ({ p, tr })));
  return sheetOf(t('export.sheet.transfers'), specs, rows, t);
}

/** Chain: one row per sub-processor of a vendor that receives our data (the fourth parties). */
export function chainSheet(doc: ExportDocument, t: Translate): Sheet {
  const language = (doc.language ?? 'en') as Locale;
  type Link = NonNullable<ExportProcessor['chain']>['links'][number];
  const specs: ColumnSpec<{ p: ExportProcessor; link: Link }>[] = [
    { key: 'export.col.processor', width: 24, value: ({ p }) => p.name },
    { key: 'export.col.fourthParty', width: 24, value: ({ link }) => link.name },
    { key: 'export.col.legalEntity', width: 28, value: ({ link }) => link.legalEntity ?? '' },
    {
      key: 'export.col.processing',
      width: 40,
      value: ({ link }) => chainCountriesText(link.countries, language, t),
    },
    { key: 'export.col.purpose', width: 36, value: ({ link }) => link.purpose ?? '' },
    {
      key: 'export.col.chainChecked',
      width: 14,
      kind: 'date',
      value: ({ p }) => p.chain?.checkedOn ?? '',
    },
    { key: 'export.col.id', width: 20, kind: 'code', value: ({ p }) => p.id },
    {
      key: 'export.col.fourthPartyId',
      width: 20,
      kind: 'code',
      value: ({ link }) => link.processor ?? '',
    },
    {
      key: 'export.col.processingCodes',
      width: 14,
      kind: 'code',
      value: ({ link }) => join(link.countries.map((c) => c.country)),
    },
  ];
  const rows = doc.processors.flatMap((p) => (p.chain?.links ?? []).map((link) => ({ p, link })));
  return sheetOf(t('export.sheet.chain'), specs, rows, t);
}

export function changeSheet(doc: ExportDocument, t: Translate): Sheet {
  const names = new Map(doc.processors.map((p) => [p.id, p.name]));
  const named = (ids: readonly string[]) => join(ids.map((id) => names.get(id) ?? id));
  const specs: ColumnSpec<Change>[] = [
    { key: 'export.col.change', width: 36, value: (c) => c.id },
    { key: 'export.col.type', width: 12, value: (c) => t(`change.type.${c.type}`) },
    { key: 'export.col.state', width: 12, value: (c) => t(`change.state.${c.state}`) },
    { key: 'export.col.processors', width: 30, value: (c) => named(c.processors) },
    { key: 'export.col.replaces', width: 24, value: (c) => named(c.replaces) },
    { key: 'export.col.products', width: 24, value: (c) => join(c.products) },
    { key: 'export.col.announced', width: 12, kind: 'date', value: (c) => c.announced },
    { key: 'export.col.effective', width: 12, kind: 'date', value: (c) => c.effective },
    {
      key: 'export.col.deadline',
      width: 14,
      kind: 'date',
      value: (c) => c.objectionDeadline ?? t('export.noObjection'),
    },
    { key: 'export.col.summary', width: 60, value: (c) => c.summary },
    { key: 'export.col.typeCode', width: 10, kind: 'code', value: (c) => c.type },
    { key: 'export.col.stateCode', width: 10, kind: 'code', value: (c) => c.state },
    {
      key: 'export.col.processorIds',
      width: 24,
      kind: 'code',
      value: (c) => join([...c.processors, ...c.replaces]),
    },
  ];
  return sheetOf(t('export.sheet.changes'), specs, doc.changes, t);
}

/**
 * A value a spreadsheet would run as a formula (=, +, -, @, tab, carriage return at the start)
 * gets a leading apostrophe, which Excel and LibreOffice read as "this is text" (OWASP).
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The most characters a spreadsheet cell holds: Excel's limit, counted in UTF-16 code units. */
export const CELL_LIMIT = 32_767;

/**
 * A cell as the CSV and the XLSX write it: text safe for XML (no control characters, line breaks
 * as LF), then made inert as a formula, so the check sees the first character a spreadsheet
 * will. With `limit` (the XLSX, since Excel refuses a longer cell), a longer text is cut to end
 * in "…".
 */
export function cellText(value: string, limit?: number): string {
  const text = spreadsheetSafe(xmlSafe(value));
  if (limit === undefined || text.length <= limit) return text;
  // Never between the two halves of a surrogate pair.
  const cut = /[\uD800-\uDBFF]/.test(text[limit - 2] ?? '') ? limit - 2 : limit - 1;
  return `${text.slice(0, cut)}…`;
}
