/**
 * A company's own list, as privacy statements and DPA annexes publish it ("Name, Purpose, Data,
 * Country, Retention", "Entity name, Purpose, Location", "Sub-processor, Services, Country,
 * Safeguard", in English or Dutch), read into processors. It never guesses silently: a fact the
 * list does not state (the legal entity, where it is established, the role, a safeguard's
 * details) is written as a marked placeholder that `npm run check` reports until a person fills
 * it in, and every cell it cannot read is reported with its row, its column and what it held.
 */
import isoCountries from 'i18n-iso-countries';
import { LOCALES, translator } from '../../i18n';
import { EEA } from '../../core/countries';
import { PLACEHOLDER } from '../../core/placeholder';
import { ROLES } from '../../core/roles';
import {
  MECHANISM_ABBREVIATIONS,
  type Vocabularies,
  type VocabularyName,
} from '../../core/vocabulary';
import { RETENTION_EVENTS } from '../../schemas/retention';
import { durationFromWords } from './durations';

/** The columns a list may have, each with the headers it goes by in English and Dutch. */
export const LIST_COLUMNS = {
  name: [
    'name',
    'vendor',
    'vendor name',
    'service',
    'service name',
    'processor',
    'sub-processor',
    'subprocessor',
    'sub processor',
    'third party',
    'provider',
    'supplier',
    'recipient',
    'naam',
    'leverancier',
    'verwerker',
    'subverwerker',
    'sub-verwerker',
    'ontvanger',
  ],
  entity: [
    'legal entity',
    'entity',
    'entity name',
    'legal name',
    'company',
    'company name',
    'rechtspersoon',
    'entiteit',
    'bedrijfsnaam',
  ],
  purpose: [
    'purpose',
    'purposes',
    'services',
    'service provided',
    'function',
    'processing activity',
    'nature of processing',
    'description',
    'doel',
    'doeleinden',
    'dienst',
    'diensten',
    'verwerking',
    'activiteit',
  ],
  data: [
    'data',
    'personal data',
    'data categories',
    'categories of data',
    'types of data',
    'gegevens',
    'persoonsgegevens',
    'categorieën persoonsgegevens',
  ],
  country: [
    'country',
    'countries',
    'location',
    'locations',
    'data location',
    'hosting location',
    'processing location',
    'land',
    'landen',
    'locatie',
    'locaties',
  ],
  safeguard: [
    'safeguard',
    'safeguards',
    'transfer mechanism',
    'transfer mechanisms',
    'transfer safeguard',
    'mechanism',
    'waarborg',
    'waarborgen',
    'doorgiftemechanisme',
  ],
  retention: ['retention', 'retention period', 'storage period', 'bewaartermijn', 'bewaren'],
  role: ['role', 'rol'],
} as const;
export type ListColumn = keyof typeof LIST_COLUMNS;

/** Headers that say every recipient on the list is a sub-processor. */
const SUB_PROCESSOR_HEADERS = new Set([
  'sub-processor',
  'subprocessor',
  'sub processor',
  'subverwerker',
  'sub-verwerker',
]);

const normal = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

/** Which column of a list each header is, by its words; undefined for a header of none. */
export function listLayout(header: readonly string[]): (ListColumn | undefined)[] {
  const taken = new Set<ListColumn>();
  return header.map((cell) => {
    const words = normal(cell);
    const column = (Object.keys(LIST_COLUMNS) as ListColumn[]).find(
      (c) => !taken.has(c) && (LIST_COLUMNS[c] as readonly string[]).includes(words),
    );
    if (column) taken.add(column);
    return column;
  });
}

/** The event phrases people write after "after" / "na", by event: the site's own words and common ones. */
const EVENT_WORDS: Record<(typeof RETENTION_EVENTS)[number], readonly string[]> = {
  collection: ['collection', 'being collected', 'verzamelen', 'verzameling'],
  'deletion-by-user': [
    'deletion',
    'deletion by the user',
    'user deletion',
    'verwijdering',
    'verwijderen',
  ],
  'end-of-contract': [
    'end of contract',
    'end of the contract',
    'contract end',
    'termination',
    'end of the agreement',
    'einde contract',
    'einde van het contract',
    'einde overeenkomst',
    'einde van de overeenkomst',
    'beëindiging',
  ],
  'account-closure': [
    'account closure',
    'account deletion',
    'closing the account',
    'opheffen account',
    'opheffen van het account',
    'opzegging',
  ],
  'last-activity': ['last activity', 'last login', 'laatste activiteit', 'laatste login'],
  'end-of-financial-year': [
    'end of financial year',
    'end of the financial year',
    'einde boekjaar',
    'einde van het boekjaar',
  ],
};

const ARTICLES = /^(the|a|an|het|de|een)\s+/;

/** The event of a phrase after "after" / "na", in any of the site's languages. */
function eventOf(phrase: string): (typeof RETENTION_EVENTS)[number] | undefined {
  const words = normal(phrase).replace(ARTICLES, '').replace(/[.]$/, '');
  for (const event of RETENTION_EVENTS) {
    const own = LOCALES.map((code) =>
      normal(translator(code)(`retention.event.${event}`)).replace(ARTICLES, ''),
    );
    if ([...own, ...EVENT_WORDS[event]].includes(words)) return event;
  }
  return undefined;
}

const UP_TO = /^(up to|at most|max(imum)?\.?|no more than|hoogstens|maximaal|ten hoogste|tot)\s+/;
const AFTER = /\s+(after|from|following|na|vanaf)\s+/;

/**
 * A retention period as people write it, in English or Dutch: "26 months", "26 maanden",
 * "7 jaar", "up to 30 days", "1 jaar na verwijdering", "30 dagen na einde contract". The
 * content's retention, or undefined when it is not a period this reads.
 */
export function retentionFromFreeText(cell: string): Record<string, string> | undefined {
  const text = normal(cell);
  const upTo = UP_TO.exec(text);
  const rest = upTo ? text.slice(upTo[0].length) : text;
  const [period = '', ...after] = rest.split(AFTER);
  const phrase = after.length >= 2 ? after.slice(1).join(' ') : undefined;
  const event = phrase === undefined ? undefined : eventOf(phrase);
  if (phrase !== undefined && !event) return undefined;
  for (const locale of LOCALES) {
    const duration = durationFromWords(period, locale);
    if (duration)
      return { [upTo ? 'upTo' : 'period']: duration, ...(event ? { after: event } : {}) };
  }
  return undefined;
}

/** Words that name a region, not a country: a list must say which countries. */
const REGIONS = new Set([
  'eu',
  'eea',
  'europe',
  'european union',
  'eer',
  'europa',
  'worldwide',
  'global',
  'wereldwijd',
]);

/** A country code from a code or a name in English or Dutch. */
export function countryFrom(cell: string): string | undefined {
  const text = cell.trim();
  if (/^[A-Za-z]{2}$/.test(text) && isoCountries.isValid(text.toUpperCase()))
    return text.toUpperCase();
  return (
    isoCountries.getAlpha2Code(text, 'en') ??
    isoCountries.getAlpha2Code(text, 'nl') ??
    (/^(usa|us|united states of america|the united states|vs|verenigde staten van amerika)$/i.test(
      text,
    )
      ? 'US'
      : /^(uk|the united kingdom|great britain|england)$/i.test(text)
        ? 'GB'
        : undefined)
  );
}

/** A processor read from a list: its id, its fields, and its activities. */
export interface ListedProcessor {
  id: string;
  data: Record<string, unknown>;
  activities: Record<string, unknown>[];
}

export interface ListContext {
  vocabularies: Vocabularies;
  /** The report to add a line to for every cell it cannot read and every fact it did not find. */
  report: string[];
  slug: (text: string) => string;
  /** The product the list's recipients serve. */
  product: string;
}

const split = (cell: string) =>
  cell
    .split(/\s*[;,/]\s*|\s+(?:and|en|&)\s+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A code of a vocabulary from its code, any label in any language, or (for a safeguard) its abbreviation. */
function codeOf(vocabularies: Vocabularies, vocabulary: VocabularyName, label: string) {
  const wanted = normal(label);
  for (const term of vocabularies[vocabulary].values()) {
    if (term.code === wanted || Object.values(term.label).some((l) => normal(l) === wanted))
      return term.code;
  }
  if (vocabulary === 'transferMechanisms') {
    if (
      /^(standard contractual clauses|modelcontractbepalingen|standaardcontractbepalingen)$/.test(
        wanted,
      )
    )
      return 'scc';
    if (/^(eu-us data privacy framework|data privacy framework|eu-us dpf)$/.test(wanted))
      return 'dpf';
    if (/^(adequacy|adequacy decision|adequaatheidsbesluit)$/.test(wanted)) return 'adequacy';
    return Object.entries(MECHANISM_ABBREVIATIONS).find(([, words]) =>
      words.some((w) => normal(w) === wanted),
    )?.[0];
  }
  return undefined;
}

/** What a cell that is not a country looks like instead, if it looks like another column. */
function looksLike(vocabularies: Vocabularies, cell: string): string | undefined {
  if (retentionFromFreeText(cell)) return 'a retention period';
  if (/@/.test(cell)) return 'an e-mail address';
  if (/^https?:\/\//i.test(cell)) return 'a web address';
  if (codeOf(vocabularies, 'purposes', cell)) return 'a purpose';
  if (split(cell).some((part) => codeOf(vocabularies, 'dataCategories', part)))
    return 'personal data';
  if (codeOf(vocabularies, 'transferMechanisms', cell)) return 'a transfer safeguard';
  return undefined;
}

/** The processors of a company's own list; every gap and unread cell goes to `context.report`. */
export function importList(
  header: readonly string[],
  rows: readonly string[][],
  context: ListContext,
): ListedProcessor[] {
  const { vocabularies, report, slug } = context;
  const layout = listLayout(header);
  const at = (column: ListColumn) => layout.indexOf(column);
  const known = (column: ListColumn) => at(column) >= 0;
  const headerText = header.map((h) => `"${h.trim()}"`).join(', ');
  if (!known('name') && !known('entity')) {
    report.push(
      `the header names no column for the recipient (looked for: ${LIST_COLUMNS.name.slice(0, 6).join(', ')}, …, or ${LIST_COLUMNS.entity.slice(0, 3).join(', ')}); it has ${headerText}; nothing imported`,
    );
    return [];
  }
  for (const column of ['purpose', 'data', 'country', 'retention'] as const)
    if (!known(column))
      report.push(
        `the header has no ${column} column (looked for: ${LIST_COLUMNS[column].slice(0, 5).join(', ')}, …): every recipient's ${column} is left as a placeholder`,
      );
  header.forEach((h, i) => {
    if (layout[i] === undefined && h.trim())
      report.push(`column ${i + 1} "${h.trim()}" is not a column this importer reads; left out`);
  });
  const namedSubProcessors =
    known('name') && SUB_PROCESSOR_HEADERS.has(normal(header[at('name')]!));
  const fill = (what: string) => `${PLACEHOLDER}: ${what}`;
  const processors = new Map<string, ListedProcessor>();

  rows.forEach((row, index) => {
    const number = index + 2;
    if (row.every((c) => c.trim() === '')) return;
    if (row.length !== header.length) {
      report.push(
        `row ${number}: ${row.length} cells where the header has ${header.length}: a column is missing or shifted (a comma in an unquoted cell?); it reads ${row.map((c) => JSON.stringify(c.trim())).join(', ')}; row skipped`,
      );
      return;
    }
    const cell = (column: ListColumn) => (known(column) ? (row[at(column)] ?? '').trim() : '');
    const entity = cell('entity');
    const name = cell('name') || entity;
    if (!name) {
      report.push(`row ${number}: no name; row skipped`);
      return;
    }

    // Where it processes: countries, never a region, and a value from another column is a shift.
    const countries: string[] = [];
    for (const part of split(cell('country'))) {
      const code = countryFrom(part);
      if (code) {
        if (!countries.includes(code)) countries.push(code);
        continue;
      }
      const other = looksLike(vocabularies, part);
      report.push(
        REGIONS.has(normal(part))
          ? `row ${number}: ${header[at('country')]!.trim()}: "${part}" names a region, not a country; left as a placeholder: write the countries`
          : other
            ? `row ${number}: ${header[at('country')]!.trim()}: "${part}" looks like ${other}, not a country: is a column shifted? Left as a placeholder`
            : `row ${number}: ${header[at('country')]!.trim()}: "${part}" is not a country name or ISO code; left as a placeholder`,
      );
      countries.push(fill(`a country code for "${part}"`));
    }
    if (countries.length === 0)
      countries.push(fill(`the countries where ${name} processes the data, e.g. [NL]`));

    const key = normal(name);
    let processor = processors.get(key);
    if (!processor) {
      let id = slug(name);
      while ([...processors.values()].some((p) => p.id === id)) id = `${id}-2`;
      const roleText = cell('role');
      const role = roleText
        ? ROLES.find(
            (r) =>
              r === normal(roleText) ||
              LOCALES.some((code) => normal(translator(code)(`role.${r}`)) === normal(roleText)),
          )
        : namedSubProcessors
          ? 'sub-processor'
          : undefined;
      if (roleText && !role)
        report.push(
          `row ${number}: ${header[at('role')]!.trim()}: "${roleText}" is not a role; left as a placeholder`,
        );
      processor = {
        id,
        data: {
          name,
          // Who the contract is with: the list's entity if it names one; else a person must say.
          legalEntity: {
            name: entity || fill(`the legal entity of ${name} (the list names the service only)`),
            country: fill(
              `the country ${entity || name} is established in${countries[0] && !countries[0].startsWith(PLACEHOLDER) ? ` (the list says it processes in ${countries.filter((c) => !c.startsWith(PLACEHOLDER)).join(', ')})` : ''}`,
            ),
          },
          role:
            role ??
            fill(`the role of ${name} to you: one of ${ROLES.join(', ')} (the list does not say)`),
          products: [context.product],
          transfers: [] as Record<string, unknown>[],
        },
        activities: [],
      };
      processors.set(key, processor);
    }

    // A transfer for each country outside the EEA, with the list's safeguard if it names one.
    const mechanisms = split(cell('safeguard')).map((text) => {
      const code = codeOf(vocabularies, 'transferMechanisms', text);
      if (!code)
        report.push(
          `row ${number}: ${header[at('safeguard')]!.trim()}: "${text}" is not a transfer safeguard this importer knows; left as a placeholder`,
        );
      return code ?? fill(`the transfer mechanism for "${text}", e.g. scc`);
    });
    const transfers = processor.data['transfers'] as Record<string, unknown>[];
    for (const country of countries) {
      if (
        country.startsWith(PLACEHOLDER) ||
        EEA.has(country) ||
        transfers.some((t) => t['country'] === country)
      )
        continue;
      transfers.push({
        country,
        // A copy each: one array shared by two transfers would be written as a YAML alias.
        mechanisms: mechanisms.length
          ? [...mechanisms]
          : [fill(`the transfer mechanism for ${country}, e.g. scc`)],
        ...(mechanisms.includes('scc')
          ? { sccModule: fill('the SCC module: 3 for a sub-processor, 2 for a processor') }
          : {}),
        ...(mechanisms.includes('dpf')
          ? {
              dpfVerifiedOn: fill(`the day you checked ${name} on the Data Privacy Framework list`),
            }
          : {}),
      });
    }

    const purposeText = cell('purpose');
    const purpose = purposeText ? codeOf(vocabularies, 'purposes', purposeText) : undefined;
    if (purposeText && !purpose)
      report.push(
        `row ${number}: ${header[at('purpose')]!.trim()}: "${purposeText}" is not a known purpose; left as a placeholder`,
      );
    const dataCategories = split(cell('data')).map((label) => {
      const code = codeOf(vocabularies, 'dataCategories', label);
      if (!code)
        report.push(
          `row ${number}: ${header[at('data')]!.trim()}: "${label}" is not a known dataCategories label; left as a placeholder`,
        );
      return code ?? fill(`a dataCategories code for "${label}"`);
    });
    const retentionText = cell('retention');
    const retention = retentionText ? retentionFromFreeText(retentionText) : undefined;
    const undisclosed =
      /^(|-|–|—|n\/a|not (specified|disclosed)( by the vendor)?|niet (gespecificeerd|bekend|bekendgemaakt)|onbekend|unknown)$/i.test(
        retentionText,
      );
    if (retentionText && !retention && !undisclosed)
      report.push(
        `row ${number}: ${header[at('retention')]!.trim()}: "${retentionText}" is not a period this importer reads; left as a placeholder`,
      );
    processor.activities.push({
      purpose: purpose ?? fill(`a purpose code for "${purposeText || name}"`),
      description: purposeText || fill(`what ${name} does`),
      dataCategories: dataCategories.length
        ? dataCategories
        : [fill(`data category codes for ${name}`)],
      dataSubjects: [fill('data subject codes, e.g. users')],
      retention:
        retention ??
        (undisclosed && known('retention')
          ? 'not-disclosed'
          : { period: fill(`a duration for "${retentionText || name}"`) }),
      processing: countries,
    });
  });
  const all = [...processors.values()];
  const unstated = (field: string) =>
    all
      .filter((p) => JSON.stringify(p.data[field]).includes(PLACEHOLDER))
      .map((p) => p.data['name']);
  for (const [field, what] of [
    ['legalEntity', 'the legal entity or where it is established'],
    ['role', 'the role'],
  ] as const) {
    const names = unstated(field);
    if (names.length > 0)
      report.push(
        `the list does not state ${what} of ${names.join(', ')}: left as placeholders for you to fill in (npm run check lists them)`,
      );
  }
  return all;
}
