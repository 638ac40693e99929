/**
 * A PDF list (a DPA annex, a printed web page): its text, read with PDF.js (Mozilla's pdfjs-dist)
 * with each piece's position, laid back into lines and cells. Where lines line up in columns (a
 * table's shape) they are a table block; other lines are text blocks (headings, lead-ins). A PDF
 * with no such columns is no list this reader can read, and is refused, never guessed at.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ListReadError, type Block, type Cell, type Row } from './list';

/** More pages than a list has: a PDF beyond them is read no further. */
const MAX_PAGES = 200;
/** More pieces of text than a page of a list has: such a page is no list, and reading it would take long. */
const MAX_PIECES_PER_PAGE = 20_000;

interface Piece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Line {
  page: number;
  /** The line's number on its page, from the top. */
  number: number;
  /** Its baseline, and the size of its text. */
  y: number;
  size: number;
  cells: { x: number; end: number; text: string }[];
}

/** The text pieces of each page with their positions (PDF units, y upwards). */
async function piecesOf(bytes: Uint8Array, name: string): Promise<Piece[][]> {
  const task = getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: 0,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    throw new ListReadError(`${name} is a PDF that cannot be opened: ${(error as Error).message}`);
  }
  try {
    const pages: Piece[][] = [];
    for (let n = 1; n <= Math.min(pdf.numPages, MAX_PAGES); n += 1) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      if (content.items.length > MAX_PIECES_PER_PAGE)
        throw new ListReadError(
          `${name}: page ${n} holds ${content.items.length.toLocaleString('en')} pieces of text, more than a list's page has (${MAX_PIECES_PER_PAGE.toLocaleString('en')}): not read.`,
        );
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, , , x, y] = item.transform as number[];
        pieces.push({
          text: item.str,
          x: x!,
          y: y!,
          width: item.width,
          size: Math.hypot(a!, b!) || item.height || 10,
        });
      }
      pages.push(pieces);
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/** Pieces on one baseline are a line; pieces far apart on it are different cells. */
function linesOf(pages: readonly Piece[][]): Line[] {
  const lines: Line[] = [];
  pages.forEach((pieces, p) => {
    const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
    const groups: Piece[][] = [];
    for (const piece of sorted) {
      const last = groups.at(-1);
      if (last && Math.abs(last[0]!.y - piece.y) <= Math.max(2, piece.size * 0.4)) last.push(piece);
      else groups.push([piece]);
    }
    groups.forEach((group, i) => {
      group.sort((a, b) => a.x - b.x);
      const cells: { x: number; text: string; end: number }[] = [];
      for (const piece of group) {
        const cell = cells.at(-1);
        const gap = cell ? piece.x - cell.end : Infinity;
        if (cell && gap < Math.max(3, piece.size * 0.6)) {
          cell.text +=
            gap > piece.size * 0.15 && !/\s$/.test(cell.text) ? ` ${piece.text}` : piece.text;
          cell.end = Math.max(cell.end, piece.x + piece.width);
        } else cells.push({ x: piece.x, text: piece.text, end: piece.x + piece.width });
      }
      lines.push({
        page: p + 1,
        number: i + 1,
        y: group[0]!.y,
        size: group.reduce((most, piece) => Math.max(most, piece.size), 0),
        cells: cells
          .map((cell) => ({ ...cell, text: cell.text.replace(/\s+/g, ' ').trim() }))
          .filter((c) => c.text !== ''),
      });
    });
  });
  return lines.filter((line) => line.cells.length > 0);
}

/**
 * The columns of a run of lines: the bands of x its cells cover, where cells that overlap share
 * a band (a wrapped or centred cell's lines overlap; columns have space between them).
 */
function columnsOf(lines: readonly Line[]): { x: number; end: number }[] {
  const spans = lines
    .flatMap((line) => line.cells.map(({ x, end }) => ({ x, end })))
    .sort((a, b) => a.x - b.x);
  const bands: { x: number; end: number }[] = [];
  for (const span of spans) {
    const last = bands.at(-1);
    if (last && span.x < last.end - 1) last.end = Math.max(last.end, span.end);
    else bands.push({ ...span });
  }
  return bands;
}

/**
 * The lines of a run grouped into rows. Where some spaces between lines are wider than the usual
 * one (the lines of a wrapped cell sit closer than rows do), a wider space starts a row; where
 * they are all alike,
 * each line is a row, and a line with nothing in the first column continues the row above.
 */
function rowsOf(run: readonly Line[], first: { x: number; end: number }): Line[][] {
  const gaps = run
    .slice(1)
    .map((line, i) => (line.page === run[i]!.page ? run[i]!.y - line.y : Infinity));
  const finite = gaps.filter(Number.isFinite).sort((x, y) => x - y);
  // The usual space between lines; wider ones, where there are some, part rows.
  const usual = finite[Math.floor(finite.length / 2)] ?? 0;
  const twoKinds = finite.length > 0 && finite.at(-1)! > usual * 1.4;
  const rows: Line[][] = [[run[0]!]];
  run.slice(1).forEach((line, i) => {
    const startsRow = twoKinds
      ? gaps[i]! > usual * 1.4
      : line.cells.some((cell) => cell.x < first.end && cell.end > first.x);
    if (startsRow) rows.push([line]);
    else rows.at(-1)!.push(line);
  });
  return rows;
}

const at = (line: Line) => `page ${line.page}, line ${line.number}`;

/**
 * The blocks of a PDF: runs of at least three lines that line up in columns are tables; other
 * lines are text (headings, lead-ins, which may give a section).
 */
export async function readPdf(bytes: Uint8Array, name: string): Promise<Block[]> {
  const lines = linesOf(await piecesOf(bytes, name));
  if (lines.length === 0)
    throw new ListReadError(
      `${name} is a PDF without text (a scan?): there is nothing to read. Ask the publisher for the list as a web page, a spreadsheet or CSV.`,
    );
  const blocks: Block[] = [];
  let tables = 0;
  let i = 0;
  while (i < lines.length) {
    // A run: lines of two or more cells, and between them at most two lines of one cell (the
    // wrapped lines of a cell, which may come before the row's other cells when they are centred).
    let end = i;
    if (lines[i]!.cells.length >= 2) {
      end = i + 1;
      for (;;) {
        const next = lines.slice(end, end + 3).findIndex((line) => line.cells.length >= 2);
        if (next < 0) break;
        end += next + 1;
      }
      // A line of one cell continues the run where it sits inside one of its columns and close
      // below the line before (a cell's further lines: a name's address, a wrapped description).
      const bands = columnsOf(lines.slice(i, end));
      const inOneBand = (line: Line) => {
        const cell = line.cells[0]!;
        return bands.some((band, k) => {
          const next = bands[k + 1]?.x ?? Infinity;
          return cell.x >= band.x - 2 && cell.end < next;
        });
      };
      while (end < lines.length && bands.length > 1) {
        const line = lines[end]!;
        const before = lines[end - 1]!;
        const close = line.page !== before.page || before.y - line.y <= line.size * 4;
        if (!close) break;
        if (line.cells.length === 1 && inOneBand(line)) end += 1;
        else if (line.cells.length >= 2) end += 1;
        else break;
      }
    }
    if (end - i >= 3) {
      const run = lines.slice(i, end);
      const columns = columnsOf(run);
      const rows: Row[] = rowsOf(run, columns[0]!).map((group) => {
        const cells: Cell[] = columns.map(() => ({ text: '' }));
        for (const line of group)
          for (const cell of line.cells) {
            const column = Math.max(
              0,
              columns.findLastIndex((band) => cell.x >= band.x - 1),
            );
            const target = cells[column]!;
            target.text = target.text ? `${target.text}\n${cell.text}` : cell.text;
          }
        return { at: at(group[0]!), cells };
      });
      tables += 1;
      blocks.push({ kind: 'table', name: `table ${tables} (page ${run[0]!.page})`, rows });
      i = end;
      continue;
    }
    const line = lines[i]!;
    blocks.push({
      kind: 'text',
      role: 'paragraph',
      row: { at: at(line), cells: [{ text: line.cells.map((c) => c.text).join(' ') }] },
    });
    i += 1;
  }
  if (tables === 0)
    throw new ListReadError(
      `${name} is a PDF whose text has no table's shape (no lines that line up in columns): it is not read, so that nothing is guessed. Ask the publisher for the list as a web page, a spreadsheet or CSV.`,
    );
  return blocks;
}
