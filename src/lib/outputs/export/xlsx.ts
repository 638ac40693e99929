/** subprocessors.xlsx: a sheet each for processors, transfers and changes; header frozen, columns sized. */
import ExcelJS from 'exceljs';
import zipStream from 'exceljs/lib/utils/zip-stream.js';
import type { Translate } from '../../../i18n';
import type { ExportDocument } from '../../../schemas/export';
import { xmlSafe } from '../text';
import {
  CELL_LIMIT,
  cellText,
  changeSheet,
  processorSheet,
  transferSheet,
  type Sheet,
} from './rows';

/**
 * The date of every entry in the workbook's zip: 1980-01-01, the earliest a zip can hold, as
 * Excel writes it. The workbook's own dates are the list's.
 */
const ZIP_DATE = new Date(Date.UTC(1980, 0, 1));

/*
 * exceljs hands JSZip each part of the workbook as a string, with no date, and has an option for
 * neither. JSZip then stamps every entry with the clock, so two builds of the same list differed
 * in every workbook (and in SHA256SUMS); and it encodes a string 16 K code units at a time, so a
 * character written with two (an emoji, a rare CJK character) that falls across a boundary came
 * out as two U+FFFD (Stuk/jszip#963). exceljs's zip writer gives JSZip the part's UTF-8 bytes and
 * a fixed date instead: the workbook's bytes depend on its content alone.
 */
zipStream.ZipWriter.prototype.append = function append(data, { name, base64 = false }) {
  const bytes = typeof data === 'string' && !base64 ? new TextEncoder().encode(data) : data;
  // No folder entries, which JSZip would date by the clock: a workbook needs none, Excel writes none.
  this.zip.file(name, bytes, { base64, date: ZIP_DATE, createFolders: false });
};

/**
 * A cell's text as the workbook stores it: {@link cellText}, cut at Excel's limit, and a literal
 * `_x` + four hex digits + `_` written with its underscore escaped (`_x005F_`), since Excel and
 * LibreOffice read that pattern as an escaped character (ECMA-376 ST_Xstring): "_x000B_" would
 * open as a vertical tab.
 */
const xlsxCell = (value: string) =>
  cellText(value, CELL_LIMIT).replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_');

export async function toXlsx(
  sheets: readonly Sheet[],
  meta: { title: string; creator: string; date: string },
): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = xmlSafe(meta.creator);
  workbook.title = xmlSafe(meta.title);
  // The list's date, not the build's clock.
  workbook.created = workbook.modified = new Date(`${meta.date}T00:00:00Z`);
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({
      header: xlsxCell(c.header),
      width: c.width,
      style: { numFmt: '@', alignment: { vertical: 'top', wrapText: true } },
    }));
    // Every value is a text cell; the apostrophe keeps formula-looking text inert even when copied out.
    for (const row of sheet.rows) ws.addRow(row.map(xlsxCell));
    ws.getRow(1).font = { bold: true };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer).slice().buffer;
}

/** The workbook of a list: processors, transfers and changes. */
export function listWorkbook(doc: ExportDocument, t: Translate): Promise<ArrayBuffer> {
  return toXlsx([processorSheet(doc, t), transferSheet(doc, t), changeSheet(doc, t)], {
    title: t('export.title', { name: doc.publisher.tradeName, date: doc.asOf }),
    creator: doc.publisher.legalName,
    date: doc.asOf,
  });
}
