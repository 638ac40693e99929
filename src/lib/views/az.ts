/**
 * The A–Z list: every recipient on the list today or announced to join it, each once whatever
 * the products it serves, in the reader's alphabet, on pages of BROWSE_PER_PAGE, with an index of
 * initial letters that points to the page and row each letter starts on.
 */
import { once } from '../../core/once';
import type { Locale } from '../../i18n';
import type { ProcessorView, Registry } from '../model/model';
import { BROWSE_PER_PAGE, listed } from './facets';

/** The rows of the A–Z list: listed recipients (active or upcoming), by name in `locale`. */
export const alphabetical = (registry: Registry, locale: Locale): ProcessorView[] =>
  // Once per language: every A–Z page shows its slice of the one order.
  once(registry, `a-z ${locale}`, () => {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    return registry.processors
      .filter(listed)
      .sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
  });

/** Letters that decomposing leaves whole, filed as the sort files them. */
const FILED_AS: Record<string, string> = {
  Ø: 'O',
  Œ: 'O',
  Æ: 'A',
  Ł: 'L',
  Đ: 'D',
  Ð: 'D',
  Þ: 'T',
  ß: 'S',
};

/** The letter a name is filed under: its first letter without accents, or # for a digit or sign. */
export function initialOf(name: string, locale: Locale): string {
  const first = (
    [...name.trim().normalize('NFD').replace(/\p{M}/gu, '')][0] ?? ''
  ).toLocaleUpperCase(locale);
  if (!/\p{L}/u.test(first)) return '#';
  return FILED_AS[first] ?? first;
}

/** The anchor of a letter's first row. */
export const letterAnchor = (letter: string): string =>
  letter === '#' ? 'letter-other' : `letter-${encodeURIComponent(letter.toLowerCase())}`;

export interface Letter {
  letter: string;
  /** The page its first recipient is on (1-based). */
  page: number;
  anchor: string;
}

/** Each initial letter the list has, in order, with the page its first recipient is on. */
export const letterIndex = (rows: readonly ProcessorView[], locale: Locale): Letter[] =>
  once(rows, `letters ${locale}`, () => {
    const letters = new Map<string, Letter>();
    rows.forEach((p, i) => {
      const letter = initialOf(p.name, locale);
      if (!letters.has(letter))
        letters.set(letter, {
          letter,
          page: Math.floor(i / BROWSE_PER_PAGE) + 1,
          anchor: letterAnchor(letter),
        });
    });
    return [...letters.values()];
  });

/** The anchors rows carry: the first row of each letter carries its letter's. */
export const rowAnchors = (
  rows: readonly ProcessorView[],
  locale: Locale,
): (string | undefined)[] =>
  once(rows, `anchors ${locale}`, () => {
    const seen = new Set<string>();
    return rows.map((p) => {
      const letter = initialOf(p.name, locale);
      if (seen.has(letter)) return undefined;
      seen.add(letter);
      return letterAnchor(letter);
    });
  });
