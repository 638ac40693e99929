/** The list as rows for spreadsheets: one per processor activity, per transfer and per change. */
import type { Translate } from '../../../i18n';
import type { ExportDocument } from '../../../schemas/export';
import { xmlSafe } from '../text';

export interface Sheet {
  name: string;
  columns: { header: string; width: number }[];
  rows: string[][];
}

const join = (values: readonly string[]) => values.join('; ');

type Undisclosed = { notDisclosed: true; note?: string | undefined };

/** A fact the list holds, in a cell: the value, or "not disclosed by the vendor (what was asked)". */
function fact<T>(value: T | Undisclosed, show: (value: T) => string, t: Translate): string {
  if (typeof value === 'object' && value !== null && 'notDisclosed' in value)
    return value.note ? `${t('export.notDisclosed')} (${value.note})` : t('export.notDisclosed');
  return show(value);
}

/** A transfer in words: "US: EU-US Data Privacy Framework (checked 2026-05-12), Standard contractual clauses (2021/914) module 3". */
function safeguards(
  transfer: ExportDocument['processors'][number]['transfers'][number],
  t: Translate,
): string {
  const mechanisms = transfer.mechanisms.map((m) => {
    if (m.code === 'scc' && transfer.sccModule)
      return `${m.label} ${t('export.sccModule', { module: transfer.sccModule })}`;
    if (m.code === 'dpf' && transfer.dpfVerifiedOn)
      return `${m.label} ${t('export.checked', { date: transfer.dpfVerifiedOn })}`;
    return m.label;
  });
  return `${transfer.country}: ${mechanisms.join(', ') || t('export.none')}`;
}

/** The columns of the processors sheet (and the CSV), as message keys with their widths. */
export const PROCESSOR_COLUMNS = [
  ['export.col.processor', 24],
  ['export.col.legalEntity', 30],
  ['export.col.entityCountry', 10],
  ['export.col.parent', 20],
  ['export.col.role', 14],
  ['export.col.products', 24],
  ['export.col.purpose', 24],
  ['export.col.activity', 50],
  ['export.col.data', 40],
  ['export.col.special', 16],
  ['export.col.subjects', 28],
  ['export.col.processing', 14],
  ['export.col.storage', 14],
  ['export.col.safeguards', 50],
  ['export.col.retention', 28],
  ['export.col.legalBasis', 24],
  ['export.col.certifications', 30],
  ['export.col.dpa', 40],
  ['export.col.arrangement', 40],
  ['export.col.chain', 40],
  ['export.col.status', 10],
  ['export.col.announced', 12],
  ['export.col.effective', 12],
] as const;

export function processorSheet(doc: ExportDocument, t: Translate): Sheet {
  const columns = PROCESSOR_COLUMNS;
  const rows = doc.processors.flatMap((p) =>
    p.activities.map((a) => [
      p.name,
      p.legalEntity ? fact(p.legalEntity, (e) => e.name, t) : '',
      p.legalEntity ? fact(p.legalEntity, (e) => fact(e.country, (c) => c, t), t) : '',
      p.parent ?? '',
      t(`role.${p.role}`),
      join(p.products.map((product) => product.name)),
      a.purpose.label,
      a.description,
      join(a.dataCategories.map((c) => c.label)),
      (join(a.dataCategories.filter((c) => c.special).map((c) => c.label)) || t('export.none')) +
        (a.specialCategoryCondition ? ` (${a.specialCategoryCondition})` : ''),
      join(a.dataSubjects.map((s) => s.label)),
      fact(a.processing, join, t),
      fact(a.storage, join, t),
      join(p.transfers.map((transfer) => safeguards(transfer, t))) ||
        (p.activities.every((x) => Array.isArray(x.processing) && Array.isArray(x.storage))
          ? t('export.eeaOnly')
          : t('export.notDisclosed')),
      a.retention.basis
        ? `${a.retention.text} (${a.retention.basis})`
        : !a.retention.specified && a.retention.note
          ? `${a.retention.text} (${a.retention.note})`
          : a.retention.text,
      a.legalBasis?.label ?? '',
      join(p.certifications.map((c) => c.label)),
      p.dpa
        ? [p.dpa.title, p.dpa.url, p.dpa.signedOn && t('export.signed', { date: p.dpa.signedOn })]
            .filter(Boolean)
            .join(', ')
        : '',
      p.arrangement
        ? [
            p.arrangement.title,
            p.arrangement.url,
            p.arrangement.signedOn && t('export.signed', { date: p.arrangement.signedOn }),
          ]
            .filter(Boolean)
            .join(', ')
        : '',
      p.subprocessorListUrl ? fact(p.subprocessorListUrl, (url) => url, t) : '',
      t(`status.${p.status}`),
      p.announced ?? '',
      p.effective ?? '',
    ]),
  );
  return {
    name: t('export.sheet.processors'),
    columns: columns.map(([key, width]) => ({ header: t(key), width })),
    rows,
  };
}

export function transferSheet(doc: ExportDocument, t: Translate): Sheet {
  const columns = [
    ['export.col.processor', 24],
    ['export.col.country', 10],
    ['export.col.region', 14],
    ['export.col.safeguards', 50],
    ['export.col.sccModule', 10],
    ['export.col.dpfVerified', 14],
    ['export.col.note', 60],
  ] as const;
  const rows = doc.processors.flatMap((p) =>
    p.transfers.map((tr) => [
      p.name,
      tr.country,
      t(`region.${tr.region}`),
      join(tr.mechanisms.map((m) => m.label)),
      tr.sccModule ? String(tr.sccModule) : '',
      tr.dpfVerifiedOn ?? '',
      [
        tr.certifiedOnly &&
          t(`processor.certifiedOnly.${tr.certifiedOnly.certified ? 'yes' : 'no'}`, {
            decision: tr.certifiedOnly.decision,
          }),
        tr.justification,
        tr.note,
      ]
        .filter(Boolean)
        .join(' '),
    ]),
  );
  return {
    name: t('export.sheet.transfers'),
    columns: columns.map(([key, width]) => ({ header: t(key), width })),
    rows,
  };
}

export function changeSheet(doc: ExportDocument, t: Translate): Sheet {
  const columns = [
    ['export.col.change', 36],
    ['export.col.type', 10],
    ['export.col.state', 10],
    ['export.col.processors', 30],
    ['export.col.replaces', 24],
    ['export.col.products', 24],
    ['export.col.announced', 12],
    ['export.col.effective', 12],
    ['export.col.deadline', 12],
    ['export.col.summary', 60],
  ] as const;
  const rows = doc.changes.map((c) => [
    c.id,
    t(`change.type.${c.type}`),
    t(`change.state.${c.state}`),
    join(c.processors),
    join(c.replaces),
    join(c.products),
    c.announced,
    c.effective,
    c.objectionDeadline ?? t('export.noObjection'),
    c.summary,
  ]);
  return {
    name: t('export.sheet.changes'),
    columns: columns.map(([key, width]) => ({ header: t(key), width })),
    rows,
  };
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
