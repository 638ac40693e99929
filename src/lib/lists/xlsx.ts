/**
 * An Excel workbook as a list, read with exceljs: every sheet (or the one named), each a table.
 * A cell reads as Excel shows it (a date as YYYY-MM-DD, a link with its address); a cell merged
 * across a row spans it (a section title often is), one merged down a column repeats its value
 * in each row it covers, as the eye reads it.
 */
import ExcelJS from 'exceljs';
import type { Block, Cell } from './list';
import { ListReadError } from './list';

function cellOf(cell: ExcelJS.Cell): Cell {
  const value = cell.value;
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  const href =
    typeof value === 'object' && value !== null && 'hyperlink' in value
      ? String(value.hyperlink)
      : undefined;
  return { text: cell.text ?? '', ...(href ? { href } : {}) };
}

/** The sheets of a workbook as tables; `sheet` names the one to read, else every one. */
export async function readXlsx(
  bytes: Uint8Array,
  source: string,
  sheet?: string,
): Promise<Block[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new ListReadError(
      `${source} is not a workbook Excel or LibreOffice writes (${(error as Error).message}): save it again as .xlsx.`,
    );
  }
  const sheets = workbook.worksheets.filter((ws) => sheet === undefined || ws.name === sheet);
  if (sheets.length === 0)
    throw new ListReadError(
      `${source} has no sheet named "${sheet}": its sheets are ${workbook.worksheets.map((ws) => `"${ws.name}"`).join(', ')}.`,
    );
  return sheets.map((ws) => {
    const width = ws.actualColumnCount;
    const rows = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: Cell[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        if (cell.isMerged && cell.master !== cell) {
          // Merged across the row: the master spans it. Merged down a column: the master's value.
          if (Number(cell.master.row) === r) {
            const master = cells[Number(cell.master.col) - 1];
            if (master) master.span = (master.span ?? 1) + 1;
            cells.push({ text: '' });
          } else cells.push(cellOf(cell.master));
          continue;
        }
        cells.push(cellOf(cell));
      }
      rows.push({ at: `sheet "${ws.name}", row ${r}`, cells });
    }
    return { kind: 'table' as const, name: `sheet "${ws.name}"`, rows };
  });
}
