/**
 * A CSV file as a list: its delimiter found the way Python's csv.Sniffer does (the one that
 * splits the first rows into the same number of cells, more than one), then parsed by csv-parse
 * with each row's line number, so every message can name the line a person sees in an editor.
 */
import { parse } from 'csv-parse/sync';
import type { Block, Row } from './list';
import { ListReadError } from './list';

const DELIMITERS = [',', ';', '\t', '|'] as const;

type Parsed = { record: string[]; info: { lines: number } }[];

function parsed(text: string, delimiter: string, to?: number): Parsed {
  return parse(text, {
    delimiter,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    ...(to ? { to } : {}),
  }) as unknown as Parsed;
}

/** How well a delimiter splits the first rows: rows agreeing on the most common width above one. */
function score(text: string, delimiter: string): number {
  let rows: Parsed;
  try {
    rows = parsed(text, delimiter, 50);
  } catch {
    return -1;
  }
  const widths = rows
    .map((r) => r.record.length)
    .filter((width, i) => width > 1 || (rows[i]!.record[0] ?? '') !== '');
  const counts = new Map<number, number>();
  for (const width of widths) counts.set(width, (counts.get(width) ?? 0) + 1);
  let best = 0;
  for (const [width, count] of counts)
    if (width > 1) best = Math.max(best, count * Math.log2(width + 1));
  return best;
}

/** The delimiter of a CSV text: given, or the one that splits it most regularly. */
export function sniffDelimiter(text: string): string {
  let chosen: string = ',';
  let top = 0;
  for (const delimiter of DELIMITERS) {
    const value = score(text, delimiter);
    if (value > top) [chosen, top] = [delimiter, value];
  }
  return chosen;
}

/** A CSV text as one table block, each row with its first line in the file. */
export function readCsv(
  text: string,
  source: string,
  given?: string,
): { blocks: Block[]; delimiter: string } {
  const delimiter = given ?? sniffDelimiter(text);
  let records: Parsed;
  try {
    records = parsed(text, delimiter);
  } catch (error) {
    const { lines } = (error as { lines?: number }) ?? {};
    throw new ListReadError(
      `${source}${lines ? `, line ${lines}` : ''}: ${(error as Error).message.replace(/^Invalid Record Length: /, '')}. Open it in a spreadsheet and save it again as CSV.`,
    );
  }
  let line = 1;
  const rows: Row[] = records.map(({ record, info }) => {
    const row = { at: `line ${line}`, cells: record.map((text) => ({ text })) };
    line = info.lines + 1;
    return row;
  });
  return { blocks: [{ kind: 'table', name: source, rows }], delimiter };
}
