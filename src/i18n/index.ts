/** Looks up UI strings in the dictionaries and fills in {placeholders}. */
import { en, type MessageKey } from './en';
import { nl } from './nl';
import type { Locale } from '../lib/vocabulary';

export type Dictionary = Record<MessageKey, string>;

export const dictionaries: Record<Locale, Dictionary> = { en, nl };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translate function for one locale. */
export function translator(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, params = {}) =>
    dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
