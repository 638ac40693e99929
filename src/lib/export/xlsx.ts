/** subprocessors.xlsx: a sheet each for processors, transfers and changes; header frozen, columns sized. */
import ExcelJS from 'exceljs';
import { spreadsheetSafe, type Sheet } from './rows';

export async function toXlsx(sheets: readonly Sheet[], meta: { title: string; creator: string; date: string }): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.creator;
  workbook.title = meta.title;
  // The list's date, not the build's clock.
  workbook.created = workbook.modified = new Date(`${meta.date}T00:00:00Z`);
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width, style: { numFmt: '@', alignment: { vertical: 'top', wrapText: true } } }));
    // Every value is a text cell; the apostrophe keeps formula-looking text inert even when copied out.
    for (const row of sheet.rows) ws.addRow(row.map(spreadsheetSafe));
    ws.getRow(1).font = { bold: true };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer).slice().buffer;
}
