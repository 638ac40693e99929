/** Looks up UI strings in the dictionaries and fills in {placeholders}. */
import { en, type MessageKey } from './en';
import { nl } from './nl';

export type Dictionary = Record<MessageKey, string>;

/**
 * The languages the site can be published in, one dictionary each. Adding a language is a new
 * dictionary file beside these and one line here; organization.yaml then lists it under `locales`.
 */
export const dictionaries = {
  en,
  nl,
} satisfies Record<string, Dictionary>;

export type Locale = keyof typeof dictionaries;

export const LOCALES = Object.keys(dictionaries) as [Locale, ...Locale[]];

/** The language every built-in vocabulary label and error message exists in. */
export const BASE_LOCALE: Locale = 'en';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translate function for one locale. */
export function translator(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, params) => {
    const text = dictionary[key];
    // Most calls are plain labels: no placeholder to fill, nothing to scan.
    if (params === undefined || !text.includes('{')) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}
