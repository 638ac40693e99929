/**
 * What a cell says, without guessing: several values in one cell ("US, EU", "Ireland and the
 * United States"), countries by ISO code or by name in English, Dutch, German or French, regions
 * kept as regions ("EU", "Worldwide"), safeguards in the four languages, and terms of the
 * vocabularies only where the cell is a term's label or one of its listed words. Whatever a cell
 * holds beyond what was read from it is returned as `rest`, for the caller to keep verbatim.
 */
import isoCountries from 'i18n-iso-countries';
import { LAW } from '../../law';
import type { Vocabularies, VocabularyName } from '../../core/vocabulary';

/** Text folded for comparing: lower case, accents and punctuation at the ends gone, spaces single. */
export const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:*()[\]]+|[\s.,;:*()[\]]+$/g, '')
    .trim();

/** Words that join values in a cell, in the four languages; "or" too: each place a list names is one the data may go. */
const JOINERS = /\s*(?:[;,/|·•\n]|\s(?:and|or|und|oder|et|ou|en|y|&|\+)\s)\s*/i;

/** A cell's values: split at commas, semicolons, slashes, line breaks and joining words, outside brackets. */
export function splitValues(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '(' || char === '[') depth++;
    else if ((char === ')' || char === ']') && depth > 0) depth--;
    if (depth > 0) continue;
    const match = JOINERS.exec(text.slice(i));
    if (match && match.index === 0 && match[0].length > 0) {
      parts.push(text.slice(start, i));
      i += match[0].length - 1;
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** Names for countries that i18n-iso-countries does not hold, as lists write them. */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  usa: 'US',
  us: 'US',
  'u.s.': 'US',
  'u.s.a.': 'US',
  'united states of america': 'US',
  america: 'US',
  vs: 'US',
  'verenigde staten van amerika': 'US',
  'vereinigte staaten von amerika': 'US',
  'etats-unis': 'US',
  "etats-unis d'amerique": 'US',
  uk: 'GB',
  'u.k.': 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  'united kingdom of great britain and northern ireland': 'GB',
  grossbritannien: 'GB',
  'vereinigtes konigreich': 'GB',
  'verenigd koninkrijk': 'GB',
  'royaume-uni': 'GB',
  'grande-bretagne': 'GB',
  holland: 'NL',
  'the netherlands': 'NL',
  'south korea': 'KR',
  'republic of korea': 'KR',
  'czech republic': 'CZ',
  russia: 'RU',
};

/** Words that name a region rather than a country, by region code (./core/locations). */
const REGION_WORDS: Readonly<Record<string, readonly string[]>> = {
  eu: [
    'eu',
    'e.u.',
    'european union',
    'the european union',
    'europese unie',
    'europaische union',
    'union europeenne',
    'ue',
    "l'ue",
    "l'union europeenne",
    'in der eu',
    'in the eu',
    'binnen de eu',
  ],
  eea: [
    'eea',
    'european economic area',
    'the european economic area',
    'eer',
    'europese economische ruimte',
    'ewr',
    'europaischer wirtschaftsraum',
    'eee',
    'espace economique europeen',
  ],
  europe: ['europe', 'europa'],
  worldwide: [
    'worldwide',
    'world wide',
    'global',
    'globally',
    'international',
    'wereldwijd',
    'weltweit',
    'monde',
    'monde entier',
    'mondial',
    'dans le monde entier',
  ],
};

const ARTICLES = /^(the|de|het|die|der|den|la|le|les|l')\s*/;

/** The international organisation a text names, by its code or a name in any of the four languages. */
function organisationOf(raw: string, folded: string): string | undefined {
  return LAW.organisations.find(
    (o) =>
      o.code === raw ||
      [...Object.values(o.name), ...(o.also ?? [])].some(
        (name) => fold(name) === folded || fold(name) === folded.replace(ARTICLES, ''),
      ),
  )?.code;
}

/**
 * The country a text names: an ISO code (two or three letters) or a name in the four languages; or
 * an international organisation of the law tables (EPO, "European Patent Organisation").
 */
export function countryOf(text: string): string | undefined {
  const raw = text.trim().replace(/[.]$/, '');
  if (/^[A-Z]{2}$/.test(raw) && isoCountries.isValid(raw)) return raw;
  const organisation = organisationOf(raw, fold(raw));
  if (organisation) return organisation;
  if (/^[A-Z]{3}$/.test(raw) && isoCountries.isValid(raw)) return isoCountries.alpha3ToAlpha2(raw);
  const folded = fold(raw);
  if (COUNTRY_ALIASES[folded]) return COUNTRY_ALIASES[folded];
  const plain = folded.replace(ARTICLES, '');
  if (COUNTRY_ALIASES[plain]) return COUNTRY_ALIASES[plain];
  for (const language of ['en', 'nl', 'de', 'fr']) {
    const code =
      isoCountries.getAlpha2Code(raw, language) ??
      isoCountries.getAlpha2Code(raw.replace(ARTICLES, ''), language);
    if (code) return code;
  }
  return undefined;
}

/** The region a text names (eu, eea, europe, worldwide), if it names one. */
export function regionOf(text: string): string | undefined {
  const folded = fold(text);
  const plain = folded.replace(ARTICLES, '');
  return Object.entries(REGION_WORDS).find(
    ([, words]) => words.includes(folded) || words.includes(plain),
  )?.[0];
}

/** Where a cell says data is: countries and regions found, and what else it holds. */
export interface Places {
  codes: string[];
  /** Parts that are no country or region ("Frankfurt", "AWS us-east-1"), as written. */
  unread: string[];
}

/** The places a cell names; a part in brackets after a place ("USA (US cloud)") is unread, kept. */
export function placesOf(text: string): Places {
  const codes: string[] = [];
  const unread: string[] = [];
  for (const part of splitValues(text)) {
    const bracket = /^(.*?)\s*[([](.+)[)\]]\s*$/.exec(part);
    const head = bracket ? bracket[1]! : part;
    const code = countryOf(head) ?? regionOf(head);
    if (code) {
      if (!codes.includes(code)) codes.push(code);
      if (bracket) unread.push(bracket[2]!);
    } else {
      // "Frankfurt, Duitsland" has split already; "EU (Sweden)": the place may be in the brackets.
      const inner = bracket ? (countryOf(bracket[2]!) ?? regionOf(bracket[2]!)) : undefined;
      if (inner && !codes.includes(inner)) codes.push(inner);
      unread.push(inner ? head : part);
    }
  }
  return { codes, unread: unread.filter((u) => fold(u) !== '') };
}

/** A safeguard cell read: the mechanisms it names, an SCC module, or that it says there is no transfer. */
export interface Safeguard {
  mechanisms: string[];
  sccModule?: number | undefined;
  noTransfer: boolean;
  /** The cell says more than the mechanisms: it is kept verbatim beside them. */
  unread: boolean;
}

const MECHANISM_WORDS: readonly [string, RegExp][] = [
  [
    'scc',
    /standard (contractual|data protection) clauses|model (contract )?clauses|\bsccs?\b|\bscc's\b|standarddatenschutzklauseln|standardvertragsklauseln|clauses contractuelles types|\bccts?\b|clauses types|standaardcontractbepalingen|modelcontractbepalingen|standaardbepalingen|art(icle|ikel)?\.? ?46 ?(\(2\)|abs\.? ?2|lid 2)? ?(\(c\)|lit\.? ?c|onder c|sub c)/,
  ],
  ['dpf', /data privacy framework|\bdpf\b/],
  [
    'adequacy',
    /adequacy|angemessenheitsbeschluss|angemessenes datenschutzniveau|decision d'adequation|adequaatheidsbesluit|passend beschermingsniveau|art(icle|ikel)?\.? ?45\b/,
  ],
  [
    'bcr',
    /binding corporate rules|\bbcrs?\b|verbindliche interne datenschutzvorschriften|regles d'entreprise contraignantes|bindende bedrijfsvoorschriften/,
  ],
  ['derogation', /art(icle|ikel)?\.? ?49\b|derogation/],
];

const NO_TRANSFER =
  /^(no transfer|no transfers|none|n\/a|not applicable|kein transfer|keine ubermittlung|kein drittlandtransfer|keine drittlandubermittlung|nicht erforderlich|entfallt|pas de transfert|aucun transfert|sans objet|geen doorgifte|niet van toepassing|nvt|n\.v\.t\.)$/;

/** The mechanisms a safeguard cell names, in the four languages; never a guess at the rest. */
export function safeguardOf(text: string): Safeguard {
  const folded = fold(text);
  if (NO_TRANSFER.test(folded)) return { mechanisms: [], noTransfer: true, unread: false };
  const mechanisms = MECHANISM_WORDS.filter(([, pattern]) => pattern.test(folded)).map(
    ([code]) => code,
  );
  const module = /module\s*(\d)/.exec(folded);
  // What the cell says beyond the mechanisms' own words: kept, since it may qualify them.
  const leftover = MECHANISM_WORDS.reduce(
    (rest, [, pattern]) => rest.replace(new RegExp(pattern, 'g'), ' '),
    folded,
  )
    .replace(
      /module\s*\d|\(eu\)|2021\/914|\(\s*\)|[;,.()\-–—&+/]|\b(and|und|et|en|the|de|die|der|eu|us|gdpr|dsgvo|avg|rgpd|2016\/679)\b/g,
      ' ',
    )
    .trim();
  return {
    mechanisms,
    ...(module ? { sccModule: Number(module[1]) } : {}),
    noTransfer: false,
    unread: mechanisms.length === 0 || leftover !== '',
  };
}

/** A vocabulary's code for a text that is one of its terms' labels or listed words; else undefined. */
export function termOf(
  vocabularies: Vocabularies,
  vocabulary: VocabularyName,
  text: string,
): string | undefined {
  const wanted = fold(text);
  if (!wanted) return undefined;
  for (const term of vocabularies[vocabulary].values()) {
    // Not by its code: a code is a word of ours ("authentication" is two-factor authentication).
    if (
      Object.values(term.label).some((label) => fold(label) === wanted) ||
      (term.also ?? []).some((word) => fold(word) === wanted)
    )
      return term.code;
  }
  return undefined;
}

/** Markers a cell may end in to point to a footnote: *, **, †, ‡, ¹²³, (1), [1]. */
const MARKER = /\s*(\*{1,3}|†{1,2}|‡|[¹²³⁴⁵]|\(\d\)|\[\d\])$/;

/** A cell's text without its footnote marker, and the marker. */
export function footnoteMarker(text: string): { text: string; marker?: string } {
  const match = MARKER.exec(text);
  return match ? { text: text.slice(0, match.index).trim(), marker: match[1]! } : { text };
}

/** A line that opens with a footnote marker: the marker, and the note. */
export function footnoteOf(line: string): { marker: string; note: string } | undefined {
  const match = /^\s*(\*{1,3}|†{1,2}|‡|[¹²³⁴⁵]|\(\d\)|\[\d\]|\d\))\s*(.+)$/s.exec(line);
  return match ? { marker: match[1]!, note: match[2]!.trim() } : undefined;
}

/** A line that dates the list or remarks on it, not a recipient: "Last updated: …", "Stand: …". */
export const isRemark = (line: string): boolean =>
  /^(last updated|last update|updated|update|as of|effective( date)?|date|version|note|notes|stand|gultig ab|zuletzt aktualisiert|aktualisiert|hinweis|anmerkung|mise a jour|derniere mise a jour|mis a jour|en vigueur|remarque|laatst bijgewerkt|bijgewerkt|versie|opmerking|datum)\b[\s:]/i.test(
    fold(line) + ' ',
  );

/** "Amazon Web Services EMEA SARL, 38 Avenue John F. Kennedy, L-1855 Luxemburg": the name, and the address after it. */
export function splitNameAddress(text: string): {
  name: string;
  address?: string;
  country?: string;
} {
  const parts = text.split(/,\s*/);
  if (parts.length < 3) return { name: text };
  const last = parts
    .at(-1)!
    .replace(/^[A-Z]{1,2}-?\d{4,5}\s+/, '')
    .replace(/^\d{4,5}\s+/, '');
  const country = countryOf(last) ?? countryOf(last.split(/\s+/).at(-1) ?? '');
  return country
    ? { name: parts[0]!, address: parts.slice(1).join(', '), country }
    : { name: text };
}
