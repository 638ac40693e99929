/** Turns data into the words a page shows, in the reader's locale, through Intl. */
import { parse } from 'tinyduration';
import type { Translate } from '../i18n';
import { countryName } from './countries';
import type { Retention } from '../schemas/retention';
import type { Locale, Vocabularies, VocabularyName } from './vocabulary';

/** A YYYY-MM-DD date written out, e.g. "15 December 2026". */
export function formatDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** "A, B and C" in the reader's language. */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** An ISO 8601 duration in words, e.g. P1Y → "1 year", PT24H → "24 hours". */
export function formatDuration(iso: string, locale: Locale): string {
  const { negative: _negative, ...parts } = parse(iso);
  return new Intl.DurationFormat(locale, { style: 'long' }).format(parts);
}

/** A retention period in words, e.g. "1 year after deletion by the user". */
export function formatRetention(retention: Retention, locale: Locale, t: Translate): string {
  if (retention === 'not-specified') return t('retention.notSpecified');
  const period =
    retention.period !== undefined
      ? t('retention.period', { duration: formatDuration(retention.period, locale) })
      : t('retention.upTo', { duration: formatDuration(retention.upTo!, locale) });
  return retention.after ? t('retention.after', { period, event: t(`retention.event.${retention.after}`) }) : period;
}

/** The label of a vocabulary code; the code itself if it is unknown. */
export function termLabel(vocabularies: Vocabularies, vocabulary: VocabularyName, code: string, locale: Locale): string {
  return vocabularies[vocabulary].get(code)?.label[locale] ?? code;
}

/** Country codes as names in the reader's language, e.g. "Ireland and the United States". */
export function formatCountries(codes: readonly string[], locale: Locale): string {
  return formatList(codes.map((code) => countryName(code, locale)), locale);
}
