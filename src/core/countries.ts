/**
 * Countries: their names, and whether a code is one. Where data may go without a mechanism (the
 * EEA, the adequacy decisions) is the law tables' (src/law/), by date.
 */
import isoCountries from 'i18n-iso-countries';
import { decisionOn, type LawDecision } from '../law';

export { EEA } from '../law';

/** The EU adequacy decision for a country or organisation in force on a date (YYYY-MM-DD), if any. */
export const adequacyOn = (destination: string, date: string): LawDecision | undefined =>
  decisionOn('eu', destination, date);

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
