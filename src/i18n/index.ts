/** Looks up UI strings in the dictionaries and fills in {placeholders}. */
import { en, type MessageKey } from './en';
import type { Locale } from '../lib/vocabulary';

export type Dictionary = Record<MessageKey, string>;

const dictionaries: Partial<Record<Locale, Dictionary>> = { en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translate function for one locale; a missing locale falls back to English. */
export function translator(locale: Locale): Translate {
  const dictionary = dictionaries[locale] ?? en;
  return (key, params = {}) =>
    dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
