/**
 * Where data is processed or stored: a country (an ISO 3166-1 alpha-2 code in capitals, `US`),
 * an international organisation (its code in the law tables, three or more capitals: `EPO`), or
 * a region, where that is all a list says (`eu`, `eea`, `europe`, `worldwide`, in lower case).
 * A region is recorded as the list gives it, never narrowed to countries nobody named.
 */
import { decisionOn, lawOrganisation, LAW } from '../law';
import { EEA, countryName } from './countries';
import { REGIME_HOME, regimesOf, type Regime } from './regimes';

/** The international organisations a location may name, by code. */
export const ORGANISATION_CODES: readonly string[] = LAW.organisations.map(({ code }) => code);

/** Whether a location code names an international organisation (`EPO`). */
export const isOrganisation = (code: string): boolean => lawOrganisation(code) !== undefined;

interface LocationRegion {
  /** Every country of the region is in the EEA: data there is not transferred under the GDPR. */
  insideEea: boolean;
  label: Record<'en' | 'nl' | 'de' | 'fr', string>;
}

/** The regions a location may name, with their names. */
export const LOCATION_REGIONS: Readonly<Record<string, LocationRegion>> = {
  eu: {
    insideEea: true,
    label: {
      en: 'European Union',
      nl: 'Europese Unie',
      de: 'Europäische Union',
      fr: 'Union européenne',
    },
  },
  eea: {
    insideEea: true,
    label: {
      en: 'European Economic Area',
      nl: 'Europese Economische Ruimte',
      de: 'Europäischer Wirtschaftsraum',
      fr: 'Espace économique européen',
    },
  },
  europe: {
    insideEea: false,
    label: { en: 'Europe', nl: 'Europa', de: 'Europa', fr: 'Europe' },
  },
  worldwide: {
    insideEea: false,
    label: { en: 'Worldwide', nl: 'Wereldwijd', de: 'Weltweit', fr: 'Monde entier' },
  },
};

/** Whether a location code names a region rather than a country. */
export const isRegion = (code: string): boolean => Object.hasOwn(LOCATION_REGIONS, code);

/** Whether data at a location stays in the EEA: an EEA country, or the EU or the EEA as a whole. */
export const insideEea = (code: string): boolean =>
  isRegion(code) ? LOCATION_REGIONS[code]!.insideEea : EEA.has(code);

/** A location's name in a locale: the country's name from CLDR, the organisation's, or the region's. */
export function locationName(code: string, locale: string): string {
  const organisation = lawOrganisation(code);
  if (organisation)
    return organisation.name[locale as keyof typeof organisation.name] ?? organisation.name.en;
  const region = LOCATION_REGIONS[code];
  if (!region) return countryName(code, locale);
  return region.label[locale as keyof LocationRegion['label']] ?? region.label.en;
}

/**
 * Where one recipient's transfer to a location stands under one regime's law: at home (`eea` for
 * the GDPR, `uk` for the UK GDPR, `ch` for the Swiss FADP: no transfer); covered by an adequacy
 * decision or approval (for the US under the GDPR, only a recipient certified under the Data
 * Privacy Framework); a third country with a safeguard of that law; a third country whose
 * safeguard is not given (`not-stated`, for either gap); or one with none (a derogation at most). It is a property of
 * the transfer, not of the country: one US recipient is covered by the decision and the next is
 * not.
 */
export type Region =
  'eea' | 'uk' | 'ch' | 'adequate' | 'third-country' | 'safeguard-not-stated' | 'no-safeguard';

export const REGIONS: readonly Region[] = [
  'eea',
  'uk',
  'ch',
  'adequate',
  'third-country',
  'safeguard-not-stated',
  'no-safeguard',
];

/** The region code of a regime's own territory, where its data is not transferred. */
export const HOME_REGION: Record<Regime, Region> = { eu: 'eea', uk: 'uk', ch: 'ch' };

/** Whether a region is a regime's own territory: data there is not transferred. */
export const isHomeRegion = (region: Region): boolean =>
  region === 'eea' || region === 'uk' || region === 'ch';

/** Whether data at a location is at home under a regime's law: not transferred at all. */
export const atHome = (code: string, regime: Regime): boolean =>
  regime === 'eu' ? insideEea(code) : REGIME_HOME[regime] === code;

/**
 * Whether a regime's law approves transfers to a location in the EEA wholesale: the UK's
 * regulations and Switzerland's Annex 1 list every EEA state, so no mechanism is named for them.
 */
export const approvedForEea = (code: string, regime: Regime): boolean =>
  regime !== 'eu' && insideEea(code);

/** The mechanism that claims an adequacy decision or approval under each regime's law. */
export const ADEQUACY_MECHANISM: Record<Regime, string> = {
  eu: 'adequacy',
  uk: 'uk-adequacy',
  ch: 'swiss-adequacy',
};
/** The Data Privacy Framework's part under each regime's law, for a certified US recipient. */
export const DPF_MECHANISM: Record<Regime, string> = {
  eu: 'dpf',
  uk: 'uk-dpf-extension',
  ch: 'swiss-dpf',
};

/**
 * Mechanisms that are no Art. 46 safeguard: an adequacy decision or approval is one, a derogation
 * is none, and a mechanism covers its own law's data only.
 */
const isSafeguard = (mechanism: string, regime: Regime): boolean =>
  mechanism !== ADEQUACY_MECHANISM[regime] &&
  mechanism !== DPF_MECHANISM[regime] &&
  mechanism !== 'derogation' &&
  regimesOf(mechanism).includes(regime);

/**
 * The region of one recipient's transfer to a location on a date, under a regime's law, given the
 * mechanisms it relies on (`'not-stated'`: our list does not state them). The regime's decision or
 * approval in force that day (src/law/) covers a destination: every recipient there, or, where it
 * covers a scheme's members only (the DPF and its UK and Swiss parts), a recipient relying on it.
 */
export function regionOf(
  code: string,
  date: string,
  mechanisms: readonly string[] | 'not-stated' = [],
  regime: Regime = 'eu',
): Region {
  if (atHome(code, regime)) return HOME_REGION[regime];
  if (approvedForEea(code, regime)) return 'adequate';
  const given = mechanisms === 'not-stated' ? [] : mechanisms;
  // The regime's decision or approval in force, for every recipient there or only one in its scheme.
  const decision = isRegion(code) ? undefined : decisionOn(regime, code, date);
  if (decision && (decision.requires === undefined || given.includes(decision.requires)))
    return 'adequate';
  if (mechanisms === 'not-stated') return 'safeguard-not-stated';
  return given.some((m) => isSafeguard(m, regime)) ? 'third-country' : 'no-safeguard';
}
