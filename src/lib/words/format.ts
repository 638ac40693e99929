/** Turns data into the words a page shows, in the reader's locale, through Intl. */
import { parse } from 'tinyduration';
import type { Translate } from '../../i18n';
import { locationName } from '../../core/locations';
import type { Retention } from '../../schemas/retention';
import { gapOf, isKnown, type Unknown } from '../../core/disclosure';
import { BUILT_IN, labelIn, type Vocabularies, type VocabularyName } from '../../core/vocabulary';
import type { Locale } from '../../i18n';

/** One formatter per kind and locale: building Intl formatters is slow, and a large site formats a lot. */
function cached<T>(make: (locale: Locale) => T): (locale: Locale) => T {
  const byLocale = new Map<Locale, T>();
  return (locale) => {
    let formatter = byLocale.get(locale);
    if (formatter === undefined) byLocale.set(locale, (formatter = make(locale)));
    return formatter;
  };
}

/**
 * Remembers what a formatting function returned: a large registry formats the same dates, lists
 * and durations on thousands of pages, and Intl's format calls are among the build's slowest.
 */
export function memoized<A extends unknown[]>(
  format: (...args: A) => string,
  key: (...args: A) => string,
): (...args: A) => string {
  const seen = new Map<string, string>();
  return (...args) => {
    const k = key(...args);
    let text = seen.get(k);
    if (text === undefined) seen.set(k, (text = format(...args)));
    return text;
  };
}

const dateFormat = cached(
  (locale) =>
    new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
      dateStyle: 'long',
      timeZone: 'UTC',
    }),
);
const listFormat = cached(
  (locale) => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
);
const languageNames = cached(
  (locale) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }),
);
const durationFormat = cached((locale) => new Intl.DurationFormat(locale, { style: 'long' }));

/** Stands in a translated message for content rendered around it (components/Fill.astro). */
export const SLOT = '\u0000';

/** A YYYY-MM-DD date written out, e.g. "15 December 2026". */
export const formatDate = memoized(
  (date: string, locale: Locale): string =>
    dateFormat(locale).format(new Date(`${date}T00:00:00Z`)),
  (date, locale) => `${locale} ${date}`,
);

const dateTimeFormat = cached(
  (locale) =>
    // Day before month, as the dates: en-GB for English.
    new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
      dateStyle: 'long',
      timeStyle: 'medium',
      timeZone: 'UTC',
    }),
);

/** An instant (ISO 8601) as a day and time in UTC, e.g. "5 December 2026 at 03:31:01". */
export const formatDateTimeUtc = (instant: string, locale: Locale): string =>
  dateTimeFormat(locale).format(new Date(instant));

/** A language's name in the reader's language, e.g. "Engels" for en when the reader reads Dutch. */
export function languageName(code: Locale, locale: Locale): string {
  return languageNames(locale).of(code) ?? code;
}

/** "A, B and C" in the reader's language. */
export const formatList = memoized(
  (items: readonly string[], locale: Locale): string => listFormat(locale).format(items),
  // NUL between items: the content refuses control characters, so no name or label holds one.
  (items, locale) => `${locale}\u0000${items.join('\u0000')}`,
);

/** An ISO 8601 duration in words, e.g. P1Y → "1 year", PT24H → "24 hours". */
export const formatDuration = memoized(
  (iso: string, locale: Locale): string => {
    const { negative: _negative, ...parts } = parse(iso);
    return durationFormat(locale).format(parts);
  },
  (iso, locale) => `${locale} ${iso}`,
);

/** A retention period as given: not a gap, and not the older not-specified. */
export type RetentionPeriod = Exclude<
  Retention,
  string | { notDisclosed: unknown } | { notStated: unknown }
>;

/** Whether the list gives how long the data is kept. */
export const retentionDisclosed = (retention: Retention): retention is RetentionPeriod =>
  retention !== 'not-specified' && isKnown(retention);

/** A retention the list does not give, as a gap: the older not-specified was read as not-disclosed. */
export const retentionGap = (retention: Retention): Unknown | undefined =>
  retention === 'not-specified'
    ? 'not-disclosed'
    : retentionDisclosed(retention)
      ? undefined
      : (retention as Unknown);

/** A retention period in words, e.g. "1 year after deletion by the user". */
export function formatRetention(retention: Retention, locale: Locale, t: Translate): string {
  if (!retentionDisclosed(retention))
    return t(
      gapOf(retentionGap(retention)) === 'not-stated'
        ? 'retention.notStated'
        : 'retention.notDisclosed',
    );
  const period =
    retention.period !== undefined
      ? t('retention.period', { duration: formatDuration(retention.period, locale) })
      : t('retention.upTo', { duration: formatDuration(retention.upTo!, locale) });
  return retention.after
    ? t('retention.after', { period, event: t(`retention.event.${retention.after}`) })
    : period;
}

/** The label of a vocabulary code; the code itself if it is unknown. */
export function termLabel(
  vocabularies: Vocabularies,
  vocabulary: VocabularyName,
  code: string,
  locale: Locale,
): string {
  const term = vocabularies[vocabulary].get(code);
  return term ? labelIn(term, locale) : code;
}

/** Vocabularies of common nouns, whose labels are written in lower case inside a sentence. */
const COMMON_NOUNS: ReadonlySet<VocabularyName> = new Set([
  'dataCategories',
  'dataSubjects',
  'purposes',
]);

/**
 * A label as it reads inside a sentence: "Content of messages" becomes "content of messages",
 * "E-mail address" "e-mail address"; "IP address", whose first word has another capital, stays.
 */
export const inSentence = (label: string, locale: Locale): string =>
  /^\p{Lu}[^\s\p{Lu}]*(\s|$)/u.test(label)
    ? label[0]!.toLocaleLowerCase(locale) + label.slice(1)
    : label;

/** Whether a code's term is the built-in one, whose labels this project wrote (an author's own may hold a name). */
const builtInTerm = (vocabularies: Vocabularies, vocabulary: VocabularyName, code: string) => {
  const ours = BUILT_IN[vocabulary].find((term) => term.code === code);
  return ours !== undefined && vocabularies[vocabulary].get(code)?.label.en === ours.label.en;
};

/**
 * Labels of a vocabulary as the items of a list in running text: the first keeps its capital,
 * as the start of a cell or a line; the others, built-in terms of common nouns, are written as
 * inside a sentence ("IP address, e-mail address and all customer data"). Names (certifications,
 * safeguards such as "Swiss standard contractual clauses") and an author's own terms, which may
 * hold a brand ("Google Analytics data"), keep their capitals.
 */
export function termLabels(
  vocabularies: Vocabularies,
  vocabulary: VocabularyName,
  codes: readonly string[],
  locale: Locale,
): string[] {
  return codes.map((code, i) => {
    const label = termLabel(vocabularies, vocabulary, code, locale);
    return i > 0 && COMMON_NOUNS.has(vocabulary) && builtInTerm(vocabularies, vocabulary, code)
      ? inSentence(label, locale)
      : label;
  });
}

/** Country codes as names in the reader's language, e.g. "Ireland and the United States". */
export function formatCountries(codes: readonly string[], locale: Locale): string {
  return formatList(
    codes.map((code) => locationName(code, locale)),
    locale,
  );
}

/** A message with {@link SLOT} in it, in pieces: the text around the slot, and the slot itself. */
export const messageParts = (message: string): string[] =>
  message.split(new RegExp(`(${SLOT})`)).filter(Boolean);

/** The pieces of a list in the reader's language, so each item can be rendered as a link. */
export function listParts(
  count: number,
  locale: Locale,
): readonly ({ index: number } | { literal: string })[] {
  const key = `${locale} ${count}`;
  let parts = LIST_PARTS.get(key);
  if (!parts) {
    const placeholders = Array.from({ length: count }, (_, i) => `\u0000${i}\u0000`);
    parts = listFormat(locale)
      .formatToParts(placeholders)
      .map((part) =>
        part.type === 'element'
          ? { index: Number(part.value.slice(1, -1)) }
          : { literal: part.value },
      );
    LIST_PARTS.set(key, parts);
  }
  return parts;
}
/** The parts of a list of each length, by language: pages ask for the same few thousands of times. */
const LIST_PARTS = new Map<string, readonly ({ index: number } | { literal: string })[]>();
