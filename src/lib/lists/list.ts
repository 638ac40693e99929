/**
 * A published list as read from its file, before anyone understands it: blocks of rows of cell
 * texts in the order the publisher laid them out, each row with the place a person finds it at
 * ("line 7", "sheet Subprocessors, row 4", "table 2, row 3"). The readers (one per format, beside
 * this file) only take the file apart; ./understand.ts decides what the rows mean.
 */

/** One cell: its text as a reader sees it, and the address it links to, if it is a link. */
export interface Cell {
  text: string;
  href?: string | undefined;
  /** How many columns it spans (HTML colspan, merged spreadsheet cells): a section title often does. */
  span?: number | undefined;
}

/** One row of a block, where a person finds it in the file. */
export interface Row {
  at: string;
  cells: Cell[];
}

/**
 * A block of the file: a table (with or without a header row, which the understanding finds), a
 * list whose items read "Name — purpose — location", or a line of text (a heading, a paragraph,
 * a footnote under a table) that may give a section or a footnote.
 */
export type Block =
  | { kind: 'table'; name: string; rows: Row[] }
  | { kind: 'list'; name: string; rows: Row[] }
  | { kind: 'text'; role: 'heading' | 'paragraph'; row: Row };

/** The formats a list is read from. */
export type ListFormat = 'csv' | 'xlsx' | 'html' | 'markdown' | 'docx' | 'pdf' | 'json' | 'yaml';

export interface ListDocument {
  /** The file's name as given, for messages. */
  source: string;
  format: ListFormat;
  /** For text files: the encoding the bytes were read in (utf-8, utf-16le, windows-1252, …). */
  encoding?: string | undefined;
  /** For a CSV file: the delimiter found. */
  delimiter?: string | undefined;
  blocks: Block[];
  /**
   * This project's own subprocessors.json, recognised by its shape: its entries need no
   * understanding, and ./understand.ts hands them over as they are.
   */
  exported?: unknown;
}

/** A file that cannot be read as a list, with what to do: never a half-read list. */
export class ListReadError extends Error {
  override name = 'ListReadError';
}
