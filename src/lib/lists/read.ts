/**
 * The one reader of published lists, for `npm run import` and for watching vendors' lists: a
 * file's bytes (and its name, or the content type it was served with) to a ListDocument, whatever
 * its format. Each format has its reader beside this file; this one only tells which it is.
 */
import { readCsv } from './csv';
import { readData } from './data';
import { decode } from './decode';
import { readDocx } from './docx';
import { readHtml } from './html';
import { type ListDocument, type ListFormat } from './list';
import { readMarkdown } from './markdown';
import { readPdf } from './pdf';
import { readXlsx } from './xlsx';

export interface ReadOptions {
  /** The sheet of a workbook to read; every sheet when left out. */
  sheet?: string | undefined;
  /** The CSV delimiter, where finding it should be skipped. */
  delimiter?: string | undefined;
  /** The text encoding, where finding it should be skipped. */
  encoding?: string | undefined;
  /** The Content-Type a server gave the file, which decides over its name. */
  contentType?: string | undefined;
}

const BY_ENDING: Readonly<Record<string, ListFormat>> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  docx: 'docx',
  pdf: 'pdf',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  mdx: 'markdown',
  json: 'json',
  yaml: 'yaml',
  yml: 'yaml',
};

const BY_TYPE: readonly [RegExp, ListFormat][] = [
  [/spreadsheetml/, 'xlsx'],
  [/application\/pdf/, 'pdf'],
  [/wordprocessingml/, 'docx'],
  [/html/, 'html'],
  [/markdown/, 'markdown'],
  [/json/, 'json'],
  [/yaml/, 'yaml'],
  [/csv|tab-separated/, 'csv'],
];

const startsWith = (bytes: Uint8Array, text: string) =>
  [...text].every((char, i) => bytes[i] === char.charCodeAt(0));

/** A zip file's kind, from the names of the parts it holds. */
function zipKind(bytes: Uint8Array): ListFormat | undefined {
  const names = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).toString('latin1');
  if (names.includes('word/document.xml')) return 'docx';
  if (names.includes('xl/workbook.xml') || names.includes('xl/worksheets')) return 'xlsx';
  return undefined;
}

/** The format of a file: its content type, its bytes, its ending, then a look at its text. */
export function formatOf(bytes: Uint8Array, name: string, contentType?: string): ListFormat {
  if (startsWith(bytes, 'PK\x03\x04')) {
    const kind = zipKind(bytes);
    if (kind) return kind;
  }
  if (startsWith(bytes, '%PDF')) return 'pdf';
  const typed = contentType
    ? BY_TYPE.find(([pattern]) => pattern.test(contentType))?.[1]
    : undefined;
  if (typed) return typed;
  const ending = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ending && BY_ENDING[ending]) return BY_ENDING[ending];
  const head = Buffer.from(bytes.subarray(0, 512))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^<(!doctype|html|table|body|div|ul|dl|h\d)/i.test(head)) return 'html';
  if (/^[[{]/.test(head)) return 'json';
  return 'csv';
}

/** A published list, read into blocks of rows; a file that is no list gets a ListReadError. */
export async function readList(
  bytes: Uint8Array,
  name: string,
  options: ReadOptions = {},
): Promise<ListDocument> {
  const format = formatOf(bytes, name, options.contentType);
  if (format === 'xlsx')
    return { source: name, format, blocks: await readXlsx(bytes, name, options.sheet) };
  if (format === 'docx') return { source: name, format, blocks: await readDocx(bytes, name) };
  if (format === 'pdf') return { source: name, format, blocks: await readPdf(bytes, name) };
  const { text, encoding } = decode(bytes, name, options.encoding);
  switch (format) {
    case 'csv': {
      const { blocks, delimiter } = readCsv(text, name, options.delimiter);
      return { source: name, format, encoding, delimiter, blocks };
    }
    case 'html':
      return { source: name, format, encoding, blocks: readHtml(text) };
    case 'markdown':
      return { source: name, format, encoding, blocks: readMarkdown(text) };
    case 'json':
    case 'yaml': {
      const { blocks, exported } = readData(text, name, format);
      return { source: name, format, encoding, blocks, ...(exported ? { exported } : {}) };
    }
  }
}
