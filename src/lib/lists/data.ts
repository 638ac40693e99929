/**
 * A list kept as data: a JSON or YAML file holding an array of entries (or an object with one),
 * as sites that render their list from a data file keep it. Each entry is a row, its keys the
 * columns: a nested object's keys become columns of their own ("dataTypes Contact"), a list of
 * values one cell, and HTML inside a value reads as the page shows it. This project's own
 * subprocessors.json is recognised by its shape and handed over whole.
 */
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { parse as parseYaml } from 'yaml';
import type { Block, Cell, Row } from './list';
import { ListReadError } from './list';

type Entry = Record<string, unknown>;

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as a reader of the rendered page sees it: HTML read as text, lists joined. */
function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join('; ');
  if (isEntry(value))
    return Object.entries(value)
      .map(([key, inner]) => `${key}: ${textOf(inner)}`)
      .join('; ');
  const text =
    typeof value === 'object' ? JSON.stringify(value) : String(value as string | number | boolean);
  if (!/<[a-z][\s\S]*>/i.test(text)) return text.trim();
  return toText(fromHtml(text, { fragment: true }), { whitespace: 'normal' })
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** The first link in a value, where it holds one (an address, or an HTML link). */
function hrefOf(value: unknown): string | undefined {
  const text = Array.isArray(value) ? value.map((v) => textOf(v)).join(' ') : textOf(value);
  return /https?:\/\/[^\s"'<>]+/.exec(text)?.[0];
}

/** An entry's cells by column: nested objects one level deep become columns of their own. */
function flatten(entry: Entry): Map<string, unknown> {
  const columns = new Map<string, unknown>();
  for (const [key, value] of Object.entries(entry)) {
    if (isEntry(value))
      for (const [inner, nested] of Object.entries(value)) columns.set(`${key} ${inner}`, nested);
    else columns.set(key, value);
  }
  return columns;
}

/** The entries a data file holds: its array, or the one array of entries its top object holds. */
function entriesOf(data: unknown): Entry[] | undefined {
  if (Array.isArray(data) && data.every(isEntry)) return data;
  if (!isEntry(data)) return undefined;
  const arrays = Object.values(data).filter(
    (value): value is Entry[] => Array.isArray(value) && value.length > 0 && value.every(isEntry),
  );
  return arrays.length === 1 ? arrays[0] : undefined;
}

/** Whether data is this project's subprocessors.json (or a release of it). */
export const isExportDocument = (data: unknown): boolean =>
  isEntry(data) &&
  Array.isArray(data['processors']) &&
  isEntry(data['publisher']) &&
  Array.isArray(data['changes']);

export function readData(
  text: string,
  source: string,
  format: 'json' | 'yaml',
): { blocks: Block[]; exported?: unknown } {
  let data: unknown;
  try {
    data = format === 'json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ListReadError(
      `${source} is not valid ${format.toUpperCase()}: ${(error as Error).message}`,
    );
  }
  if (isExportDocument(data)) return { blocks: [], exported: data };
  // A release file holds the list under `list`.
  if (isEntry(data) && isExportDocument(data['list']))
    return { blocks: [], exported: data['list'] };
  const entries = entriesOf(data);
  if (!entries)
    throw new ListReadError(
      `${source} holds no list of entries: write an array of objects, one per recipient, e.g. [{ "name": …, "purpose": …, "location": … }].`,
    );
  const flat = entries.map(flatten);
  const header = [...new Set(flat.flatMap((columns) => [...columns.keys()]))];
  const rows: Row[] = [
    { at: 'the keys', cells: header.map((text) => ({ text })) },
    ...flat.map((columns, i) => ({
      at: `entry ${i + 1}`,
      cells: header.map((key): Cell => {
        const value = columns.get(key);
        const href = hrefOf(value);
        return { text: textOf(value), ...(href ? { href } : {}) };
      }),
    })),
  ];
  return { blocks: [{ kind: 'table', name: source, rows }] };
}
