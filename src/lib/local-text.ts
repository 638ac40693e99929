/**
 * Content text given per language ({ en: "…", nl: "…" }) or as one string in the site's default
 * language, and how a page in one language picks its text: its own language, else the default
 * language, marked as untranslated.
 */
import type { Locale } from '../i18n';

export type LocalText = string | Partial<Record<Locale, string>>;

export interface Localized {
  text: string;
  /** The language the text is in. */
  lang: Locale;
  /** The reader's language was missing: this is the fallback. */
  untranslated: boolean;
}

/** The text of `value` for a reader of `locale` on a site whose default language is `defaultLocale`. */
export function localize(value: LocalText, locale: Locale, defaultLocale: Locale): Localized {
  if (typeof value === 'string')
    return { text: value, lang: defaultLocale, untranslated: locale !== defaultLocale };
  const own = value[locale];
  if (own !== undefined) return { text: own, lang: locale, untranslated: false };
  const fallback = value[defaultLocale];
  if (fallback !== undefined) return { text: fallback, lang: defaultLocale, untranslated: true };
  // The checks require the default language; a list written before a language was added may lack it.
  const [lang, text] = Object.entries(value)[0] as [Locale, string];
  return { text, lang, untranslated: true };
}

/** Just the text, for places a marker cannot go (feeds, downloads, titles). */
export function textIn(value: LocalText, locale: Locale, defaultLocale: Locale): string;
export function textIn(
  value: LocalText | undefined,
  locale: Locale,
  defaultLocale: Locale,
): string | undefined;
export function textIn(
  value: LocalText | undefined,
  locale: Locale,
  defaultLocale: Locale,
): string | undefined {
  return value === undefined ? undefined : localize(value, locale, defaultLocale).text;
}

/** The text of content fields, required or optional, for readers of one language. */
export interface TextsIn {
  (value: LocalText): string;
  (value: LocalText | undefined): string | undefined;
}

/** A function giving the text of any content field for readers of `locale`. */
export function textsIn(locale: Locale, defaultLocale: Locale): TextsIn {
  return ((value: LocalText | undefined) => textIn(value, locale, defaultLocale)) as TextsIn;
}

export interface LanguageProblem {
  field: string;
  message: string;
}

const isLocalTextObject = (
  value: unknown,
  known: readonly string[],
): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.entries(value).every(([key, text]) => known.includes(key) && typeof text === 'string');

/**
 * Texts given per language in one entry's data that the site cannot show: a language the site is
 * not published in, or no text in the default language to fall back on.
 */
export function languageProblems(
  data: unknown,
  allLocales: readonly string[],
  siteLocales: readonly Locale[],
  defaultLocale: Locale,
): LanguageProblem[] {
  const problems: LanguageProblem[] = [];
  const walk = (value: unknown, field: string) => {
    if (isLocalTextObject(value, allLocales)) {
      for (const code of Object.keys(value)) {
        if (!siteLocales.includes(code as Locale)) {
          problems.push({
            field: `${field}.${code}`,
            message: `the site is not published in "${code}": add ${code} to locales in organization.yaml, or remove this text`,
          });
        }
      }
      if (value[defaultLocale] === undefined) {
        problems.push({
          field,
          message: `give the text in ${defaultLocale} too, the default language, which readers of a missing translation see: { ${defaultLocale}: …, ${Object.keys(value).join(': …, ')}: … }`,
        });
      }
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${field}[${i}]`));
    else if (typeof value === 'object' && value !== null)
      for (const [key, item] of Object.entries(value)) walk(item, field ? `${field}.${key}` : key);
  };
  walk(data, '');
  return problems;
}
