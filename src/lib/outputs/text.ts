/**
 * Content text as each kind of file can carry it. The content checks refuse control characters
 * where the text is written, but every serializer is safe on its own: whatever the text, the file
 * parses, no text becomes markup, a property, an event or a row, and a client reads back the same
 * text, less only what the format cannot hold:
 *
 * - a lone surrogate (half of a UTF-16 pair: no character, and not writable in UTF-8) becomes
 *   U+FFFD in every file;
 * - feeds, calendars and spreadsheets drop control characters (C0 but tab and line feed, DEL, C1)
 *   and the noncharacters U+FFFE and U+FFFF, and write every line break (CR LF, CR) as LF: XML 1.0
 *   cannot carry most C0 controls even as character references and reads CR as LF, RFC 5545
 *   forbids controls in a value, and feed readers take C1 controls for Windows-1252 (feedparser
 *   shows U+0080 as €);
 * - the JSON keeps everything else exactly, control characters escaped.
 */
import { decodeHTML } from 'entities';

/** What {@link xmlSafe} removes: no text file here keeps it. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/**
 * Text safe for XML (feeds, spreadsheets) and any line-based text format (calendars, CSV):
 * well-formed, line breaks as LF, no control characters. Everything else is kept exactly:
 * astral characters, bidirectional controls, `]]>`, `&`, `<`. Escaping is the serializer's job.
 */
export function xmlSafe(text: string): string {
  return text.toWellFormed().replace(/\r\n?/g, '\n').replace(CONTROLS, '');
}

/** Whether an HTML reader takes the `&` at `at` for the start of a character reference. */
function startsReference(text: string, at: number): boolean {
  // Named references are at most 33 characters long; a longer numeric one is one anyway.
  const rest = text.slice(at, at + 40);
  return decodeHTML(rest) !== `&${decodeHTML(rest.slice(1))}`;
}

/**
 * Plain text for a field a reader reads as HTML (an Atom `type="html"` title or summary, an RSS
 * description): {@link xmlSafe}, then `<` and `>` escaped, and `&` where a reader would otherwise
 * read a character reference ("R&D" stays as written, "&amp;" and "&copy" do not). No text
 * becomes markup, and none ends a CDATA section early.
 */
export function htmlText(text: string): string {
  const safe = xmlSafe(text);
  return safe.replace(/[<>&]/g, (c, at: number) => {
    if (c === '<') return '&lt;';
    if (c === '>') return '&gt;';
    return startsReference(safe, at) ? '&amp;' : '&';
  });
}

/**
 * A text value of an iCalendar property that the calendar library writes as given (the calendar's
 * name and description, the product id): {@link xmlSafe}, a backslash escaped and a line break
 * written as `\n` (RFC 5545, 3.3.11), so no text starts a property or an event of its own.
 * (Event texts are escaped by ical-generator itself.)
 */
export function icsText(text: string): string {
  return xmlSafe(text).replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

/**
 * JSON text for the JSON downloads and feeds: JSON.stringify escapes every control character,
 * and a lone surrogate, which it would write as an escape many parsers refuse (RFC 8259, 8.2),
 * becomes U+FFFD.
 */
export function toJson(value: unknown): string {
  // JSON.stringify writes a lone surrogate as an escape (\ud800), and every other character as
  // itself; only where such an escape may be is the slower walk that replaces them needed.
  const text = JSON.stringify(value, null, 2);
  if (!/\\ud[89a-f]/i.test(text)) return `${text}\n`;
  return `${JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? v.toWellFormed() : v), 2)}\n`;
}
