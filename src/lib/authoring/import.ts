/**
 * Turns a spreadsheet into content files: the CSV this project exports, or a simple list with
 * name, purpose, data, country and retention columns. Every cell it cannot map is reported; a row
 * it cannot read is skipped. Pure: it returns files to write and the report.
 */
import { stringify } from 'yaml';
import { LOCALES, dictionaries, translator, type Locale, type Translate } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { RETENTION_EVENTS } from '../../schemas/retention';
import type { Vocabularies, VocabularyName } from '../../core/vocabulary';
import { PLACEHOLDER } from '../../core/placeholder';
import { slugId } from '../../core/slug';
import { durationFromWords } from './durations';
import { countryFrom, importList } from './import-list';
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
): Record<string, string> | 'not-disclosed' | { notDisclosed: string } | undefined {
  const text = cell.trim();
  const said = text.toLowerCase();
  if (
    /^(-|–|—|)$/.test(text) ||
    said === t('retention.notSpecified').toLowerCase() ||
    said === t('retention.notDisclosed').toLowerCase() ||
    /^not (specified|disclosed)( by the vendor)?$/i.test(text)
  )
    return 'not-disclosed';
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
  'securityUrl',
  'transferImpactAssessment',
  'lastReviewed',
];

export function importCsv(
  records: string[][],
  vocabularies: Vocabularies,
  english: Translate,
  options: {
    source: string;
    noticePeriodDays: number;
    /** The registry's products: a list's recipients serve the one product, if it has one only. */
    products?: readonly string[];
  },
): ImportResult {
  const [header, ...dirty] = records;
  if (!header) return { files: new Map(), report: ['the file is empty'] };
  const report: string[] = [];
  // Text pasted from spreadsheets brings control characters (vertical tabs, form feeds) along;
  // the content refuses them, so they are taken out here, and each one is reported.
  const rows = dirty.map((row, index) =>
    row.map((value, c) => {
      const found = new Set<string>();
      let clean = value;
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
          `row ${index + 2}: ${header[c] ?? `column ${c + 1}`}: removed the control character${found.size > 1 ? 's' : ''} ${[...found].join(', ')}; check the text`,
        );
      return clean;
    }),
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
  /** "not disclosed by the vendor (what was asked)" as the content writes it; undefined for a fact. */
  const undisclosed = (text: string): 'not-disclosed' | { notDisclosed: string } | undefined => {
    const words = t('export.notDisclosed');
    if (text.toLowerCase() === words.toLowerCase()) return 'not-disclosed';
    if (!text.toLowerCase().startsWith(`${words.toLowerCase()} (`) || !text.endsWith(')'))
      return undefined;
    return { notDisclosed: text.slice(words.length + 2, -1) };
  };
  /** A cell that holds a fact or says the vendor did not disclose it. */
  const fact = <T>(text: string, read: (text: string) => T) => undisclosed(text) ?? read(text);

  // A company's own list: read column by column, every gap a marked placeholder (./import-list.ts).
  if (!exported) {
    const only = options.products?.length === 1 ? options.products[0] : undefined;
    const listed = importList(header, rows, {
      vocabularies,
      report,
      slug,
      product: only ?? 'imported',
    });
    for (const processor of listed) processors.set(processor.id, processor);
    if (listed.length > 0 && !only) products.set('imported', 'Imported processors');
  }
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
        const transfers =
          safeguards === t('export.eeaOnly') || undisclosed(safeguards)
            ? []
            : split(safeguards).map((part) => transferFrom(part, number));
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
                        countryFrom(country) ||
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
      const retention = retentionFromText(cell(row, 'retention'), t, exported ? language : 'en');
      if (!retention)
        report.push(
          `row ${number}: Retention: "${cell(row, 'retention')}" is not a period this importer reads; left as a placeholder`,
        );
      processor.activities.push({
        purpose: mapTerms(
          number,
          'Purpose',
          'purposes',
          cell(row, 'purpose'),
          cell(row, 'purpose codes'),
        )[0],
        description: cell(row, 'activity'),
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
        ...(JSON.stringify(storage) !== JSON.stringify(processing) ? { storage } : {}),
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
    if (codes) return split(codes);
    return split(names).map((name) => {
      const code = countryFrom(name);
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
    const named = /^.+ \(([A-Z]{2})\): (.+)$/.exec(part);
    const match = named ?? /^([A-Z]{2}): (.+)$/.exec(part);
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

  for (const [vocabulary, terms] of ownTerms) {
    files.set(
      `vocabulary/${vocabulary}.yaml`,
      `${schemaLine('vocabulary', 1)}\n# Imported from ${options.source}.\n${stringify({ vocabulary, terms: [...terms].map(([code, label]) => ({ code, label: { en: label, nl: label } })) }, { lineWidth: 0 })}`,
    );
  }
  // A list that begins its log with recipients announced and in effect on one day, the earliest
  // of all, was listed when the log began: one listed change, with no notice and no emergency.
  const days = [...processors.values()].flatMap((p) =>
    p.announced && isRealDate(p.announced) ? [p.announced] : [],
  );
  const began = days.sort()[0];
  const firstList = [...processors.values()].filter(
    (p) => began !== undefined && p.announced === began && p.effective === began,
  );
  if (firstList.length > 0) {
    const listed = {
      type: 'listed',
      processors: firstList.map((p) => p.id),
      announced: began,
      effective: began,
      products: [...new Set(firstList.flatMap((p) => p.data['products'] as string[]))],
      summary: 'The list as it stood when the change log began.',
    };
    files.set(
      `changes/${began}-first-list.yaml`,
      `${schemaLine('change', 1)}\n# Imported from ${options.source}.
${stringify(listed, { lineWidth: 0 })}`,
    );
  }
  for (const p of processors.values()) {
    // The file reads as one written by hand: who, then what it does, then transfers and contracts.
    const data = Object.fromEntries([
      ...Object.entries(p.data).filter(([key]) => !AFTER_ACTIVITIES.includes(key)),
      ['activities', p.activities],
      ...AFTER_ACTIVITIES.flatMap((key) =>
        p.data[key] === undefined ? [] : [[key, p.data[key]] as const],
      ),
    ]);
    files.set(
      `processors/${p.id}.yaml`,
      `${schemaLine('processor', 1)}\n# Imported from ${options.source}.\n${stringify(data, { lineWidth: 0 })}`,
    );
    const dated = (label: string, value: string | undefined) => {
      if (value === undefined || isRealDate(value)) return true;
      report.push(
        `${String(p.data['name'])}: ${label} "${value}" is not a date (YYYY-MM-DD); no change was written for it`,
      );
      return false;
    };
    if (
      dated('announced', p.announced) &&
      dated('effective', p.effective) &&
      p.announced &&
      p.effective &&
      !firstList.includes(p)
    ) {
      // Only a new sub-processor is owed the notice period (GDPR Art. 28(2)).
      const short =
        p.data['role'] === 'sub-processor' &&
        daysBetween(p.announced, p.effective) < options.noticePeriodDays;
      if (short)
        report.push(
          `${String(p.data['name'])}: announced ${p.announced}, effective ${p.effective}: less than ${options.noticePeriodDays} days' notice, so the change is marked as an emergency; write the real reason in its justification`,
        );
      const change = {
        type: 'added',
        processors: [p.id],
        announced: p.announced,
        effective: p.effective,
        products: p.data['products'],
        summary: `${String(p.data['name'])} is added.`,
        ...(short
          ? {
              emergency: {
                justification: `Imported from ${options.source}: it gave less notice than ${options.noticePeriodDays} days, and the spreadsheet does not say why.`,
              },
            }
          : {}),
      };
      files.set(
        `changes/${p.effective}-${p.id}-added.yaml`,
        `${schemaLine('change', 1)}\n# Imported from ${options.source}.\n${stringify(change, { lineWidth: 0 })}`,
      );
    }
  }
  [...products].forEach(([id, name], i) =>
    files.set(
      `products/${id}.yaml`,
      `${schemaLine('product', 1)}\n${stringify({ name, description: `${name}, imported from ${options.source}.`, order: i + 1 })}`,
    ),
  );
  return { files, report };
}
