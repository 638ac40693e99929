/**
 * Characters that have no business in content text: controls (a vertical tab pasted from a
 * spreadsheet, a CR/LF that would start a new calendar line), and in names the invisible ones
 * (zero-width spaces, bidi overrides that reorder the text around them).
 */
import unhomoglyph from 'unhomoglyph';

/** C0 and C1 controls and DEL; `allowLines` lets line feeds and tabs through (multi-line text). */
export function controlCharacter(text: string, allowLines: boolean): string | undefined {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (allowLines && (char === '\n' || char === '\t')) continue;
    // U+2028 and U+2029 are line breaks too, to JavaScript and to most feed readers.
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029)
      return char;
  }
  return undefined;
}

/** Bidi embeddings, overrides and isolates: they reorder the text around them on a page. */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u;
/**
 * Invisible characters that make two names look the same: every default-ignorable code point and
 * format character (zero-width spaces and joiners, soft hyphens, tag characters, variation
 * selectors, Hangul fillers) and the blank Braille pattern.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\u2800]/u;

/** The first bidi control in a text, if any. */
export const bidiControl = (text: string): string | undefined => BIDI.exec(text)?.[0];

/** The first invisible or bidi character in a name, if any. */
export const invisibleCharacter = (text: string): string | undefined =>
  BIDI.exec(text)?.[0] ?? INVISIBLE.exec(text)?.[0];

/** A character as an author can find it: U+200B. */
export const codePoint = (char: string): string =>
  `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * What two names are compared by to find duplicates: invisible characters dropped, white space
 * collapsed, case folded, then the Unicode TR39 skeleton (so "Аmazon" with a Cyrillic А and
 * "Amazon" have the same key), over NFD as TR39 prescribes.
 */
export function nameKey(name: string): string {
  const plain = name
    .replace(new RegExp(`${INVISIBLE.source}|${BIDI.source}`, 'gu'), '')
    .replace(/\s+/gu, ' ')
    .trim()
    .normalize('NFD');
  // Case first: the confusables table maps some capitals to other letters (I to l), so "MAILJET"
  // and "Mailjet" would part ways after it.
  return unhomoglyph(plain.toLowerCase()).normalize('NFD').toLowerCase();
}
