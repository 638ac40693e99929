import isoCountries from 'i18n-iso-countries';

/**
 * Where personal data may go without a transfer mechanism: the EEA, and the countries with an
 * EU adequacy decision in force (GDPR Art. 45). Facts as of early 2026; see PRODUCT.md.
 */

/** EU-27 plus Iceland, Liechtenstein and Norway. */
export const EEA: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
]);

export interface AdequacyDecision {
  country: string;
  /** Official reference of the Commission decision. */
  decision: string;
  /** First day the decision applies. */
  from: string;
  /** Last day it applies, where the decision has an end date. */
  until?: string;
  /** What the decision covers, when it is not the whole country. */
  scope?: string;
  /** The recipient must itself be certified (the EU-US Data Privacy Framework). */
  requiresCertification?: boolean;
}

export const ADEQUACY_DECISIONS: readonly AdequacyDecision[] = [
  { country: 'AD', decision: '2010/625/EU', from: '2010-10-19' },
  { country: 'AR', decision: '2003/490/EC', from: '2003-06-30' },
  {
    country: 'CA',
    decision: '2002/2/EC',
    from: '2001-12-20',
    scope: 'commercial organisations under PIPEDA',
  },
  { country: 'CH', decision: '2000/518/EC', from: '2000-07-26' },
  { country: 'FO', decision: '2010/146/EU', from: '2010-03-05' },
  { country: 'GG', decision: '2003/821/EC', from: '2003-11-21' },
  { country: 'IL', decision: '2011/61/EU', from: '2011-01-31' },
  { country: 'IM', decision: '2004/411/EC', from: '2004-04-28' },
  { country: 'JE', decision: '2008/393/EC', from: '2008-05-08' },
  { country: 'JP', decision: '(EU) 2019/419', from: '2019-01-23' },
  { country: 'KR', decision: '(EU) 2022/254', from: '2021-12-17' },
  { country: 'NZ', decision: '2013/65/EU', from: '2012-12-19' },
  { country: 'UY', decision: '2012/484/EU', from: '2012-08-21' },
  { country: 'GB', decision: '(EU) 2021/1772', from: '2021-06-28', until: '2031-12-27' },
  { country: 'BR', decision: '(EU) 2026/179', from: '2026-01-27' },
  {
    country: 'US',
    decision: '(EU) 2023/1795',
    from: '2023-07-10',
    scope: 'organisations certified under the EU-US Data Privacy Framework',
    requiresCertification: true,
  },
];

/** The adequacy decision for a country in force on a date (YYYY-MM-DD), if any. */
export function adequacyOn(country: string, date: string): AdequacyDecision | undefined {
  return ADEQUACY_DECISIONS.find(
    (d) => d.country === country && d.from <= date && (d.until === undefined || date <= d.until),
  );
}

const regionNames = new Map<string, Intl.DisplayNames>();

const countryNames = new Map<string, string>();

/** A country's name in a locale, from the runtime's CLDR data (remembered: pages ask for the same few often). */
export function countryName(code: string, locale: string): string {
  const key = `${locale} ${code}`;
  const known = countryNames.get(key);
  if (known !== undefined) return known;
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    regionNames.set(locale, names);
  }
  const name = names.of(code) ?? code;
  countryNames.set(key, name);
  return name;
}

const NOT_COUNTRIES: Record<string, string> = {
  UK: 'GB',
  EU: 'eu (in lower case) where only the region is known, or one code per EU country, e.g. DE or IE',
  EL: 'GR',
};

/** Whether a string is an assigned ISO 3166-1 alpha-2 country code; if not, what to write instead. */
export function checkCountryCode(code: string): { ok: true } | { ok: false; hint: string } {
  if (code in NOT_COUNTRIES) return { ok: false, hint: `write ${NOT_COUNTRIES[code]}` };
  if (!/^[A-Z]{2}$/.test(code) || !isoCountries.isValid(code)) {
    return { ok: false, hint: 'write an ISO 3166-1 alpha-2 code in capitals, e.g. NL, US or IE' };
  }
  return { ok: true };
}
