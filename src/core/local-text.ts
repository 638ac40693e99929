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
