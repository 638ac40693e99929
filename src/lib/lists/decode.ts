/**
 * The text of a file whose encoding nobody said: UTF-8 (with or without a byte-order mark),
 * UTF-16 (with a mark, or recognised by its zero bytes), or a legacy one-byte encoding such as
 * Windows-1252, which Excel writes CSV files in (chardet tells which). A byte that is no
 * character in the encoding found is an error naming its line: never a U+FFFD in the content.
 * A file with well-formed UTF-8 sequences and one broken byte is broken UTF-8, not Windows-1252:
 * read as Windows-1252 every accented letter in it would turn into two wrong ones.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ListReadError } from './list';

/** The one-byte encodings a list may be saved in, as TextDecoder names them. */
const LEGACY: Readonly<Record<string, string>> = {
  'windows-1252': 'windows-1252',
  // Latin-1 files are read as Windows-1252, its superset (as browsers do): 0x80–0x9F are € … Ÿ.
  'iso-8859-1': 'windows-1252',
  'iso-8859-15': 'iso-8859-15',
  'windows-1250': 'windows-1250',
  'iso-8859-2': 'iso-8859-2',
};

/** The line (from 1) the byte at `offset` is on. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The offset of the first byte that is no part of a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length =
      b < 0x80
        ? 1
        : b >= 0xc2 && b < 0xe0
          ? 2
          : b >= 0xe0 && b < 0xf0
            ? 3
            : b >= 0xf0 && b < 0xf5
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/** Whether the bytes hold well-formed UTF-8 sequences of more than one byte: the file was UTF-8. */
function hasUtf8Sequences(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0xc2 && b < 0xf5 && (bytes[i + 1]! & 0xc0) === 0x80) return true;
  }
  return false;
}

/** UTF-16 without a byte-order mark: most ASCII text then has a zero byte in every other place. */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.min(bytes.length >> 1, 4096);
  if (pairs < 2) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) even++;
    if (bytes[2 * i + 1] === 0) odd++;
  }
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function strict(encoding: string, bytes: Uint8Array, source: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ListReadError(
      `${source} is not valid ${encoding.toUpperCase()}: a byte is no character in it. Save the file again as UTF-8.`,
    );
  }
}

/**
 * The text of `bytes` and the encoding it was read in. `encoding` forces one (the user's
 * --encoding); otherwise it is found as the file comment says.
 */
export function decode(
  bytes: Uint8Array,
  source: string,
  encoding?: string,
): { text: string; encoding: string } {
  if (encoding) {
    const asked: string = encoding;
    if (!iconv.encodingExists(encoding))
      throw new ListReadError(
        `--encoding ${asked}: no such encoding; write e.g. utf-8, windows-1252 or utf-16le`,
      );
    const text = /^utf-?(8|16)/i.test(encoding)
      ? strict(encoding, bytes, source)
      : iconv.decode(Buffer.from(bytes), encoding);
    return { text: text.replace(/^\uFEFF/, ''), encoding: encoding.toLowerCase() };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return checkedUtf8(bytes.subarray(3), source, 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: strict('utf-16le', bytes.subarray(2), source), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: strict('utf-16be', bytes.subarray(2), source), encoding: 'utf-16be' };
  const wide = utf16Without(bytes);
  if (wide) return { text: strict(wide, bytes, source), encoding: wide };
  if (isUtf8(bytes) || hasUtf8Sequences(bytes)) return checkedUtf8(bytes, source, 'utf-8');
  // High bytes that are no UTF-8 at all: a one-byte encoding, as chardet judges it.
  const guess = chardet
    .analyse(bytes)
    .map((match) => LEGACY[match.name.toLowerCase()])
    .find((name) => name !== undefined);
  const chosen = guess ?? 'windows-1252';
  // iconv-lite, not TextDecoder: Node before 22 decodes Windows-1252 as Latin-1 (0x96 is no dash).
  const text = iconv.decode(Buffer.from(bytes), chosen);
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    // One byte, one character: the unassigned byte is at the same offset.
    throw new ListReadError(
      `${source}, line ${lineAt(bytes, bad)}: byte 0x${bytes[bad]!.toString(16).toUpperCase()} is no character in ${chosen.toUpperCase()} or UTF-8. Save the file again as UTF-8, or give its encoding with --encoding.`,
    );
  }
  return { text, encoding: chosen };
}

/** Whether the bytes are well-formed UTF-8 (overlong forms and surrogates included), by TextDecoder. */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-8 that must be well formed: a broken sequence is named by its line. */
function checkedUtf8(
  bytes: Uint8Array,
  source: string,
  encoding: string,
): { text: string; encoding: string } {
  if (!isUtf8(bytes)) {
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    throw new ListReadError(
      `${source}, line ${lineAt(bytes, bad)}: byte 0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')} is not valid UTF-8, and the rest of the file is UTF-8. Fix or retype the character there, then read the file again.`,
    );
  }
  return { text: new TextDecoder('utf-8').decode(bytes), encoding };
}
