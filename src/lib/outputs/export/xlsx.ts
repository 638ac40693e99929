/** subprocessors.xlsx: a sheet each for processors, transfers and changes; header frozen, columns sized. */
import ExcelJS from 'exceljs';
import zipStream from 'exceljs/lib/utils/zip-stream.js';
import type { Translate } from '../../../i18n';
import type { ExportDocument } from '../../../schemas/export';
import { xmlSafe } from '../text';
import { documentJson } from './document';
import { createHash } from 'node:crypto';
import {
  CELL_LIMIT,
  activitySheet,
  cellText,
  chainSheet,
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

/** Points per line of 11-point text, as Excel and LibreOffice lay it out. */
const LINE_HEIGHT = 15;
/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;

/**
 * How many lines a cell's text wraps to in a column `width` characters wide: neither Excel nor
 * LibreOffice grows a row to fit on opening, so each row is given its height. It wraps word by
 * word as they do, a word longer than the line broken across lines, and counts a character as
 * wide as the digit zero a width is measured in, so it leans to one line more, never letting
 * wrapped text run under the next row.
 */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const length = [...word].length;
      const needed = line === 0 ? length : line + 1 + length;
      if (needed <= perLine) line = needed;
      else if (line === 0) {
        lines += Math.ceil(length / perLine) - 1;
        line = length % perLine || perLine;
      } else {
        lines += Math.ceil(length / perLine);
        line = length % perLine || perLine;
      }
    }
  }
  return lines;
}

const rowHeight = (cells: readonly string[], columns: Sheet['columns']) =>
  Math.min(
    MAX_ROW_HEIGHT,
    LINE_HEIGHT * Math.max(1, ...cells.map((c, i) => wrappedLines(c, columns[i]?.width ?? 10))),
  );

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const WEB = /^https?:\/\//;

/** A cell's value: a date cell for a date, a link for an address, else text. */
function cellValue(text: string, kind: Sheet['columns'][number]['kind']): ExcelJS.CellValue {
  if (kind === 'date' && ISO_DATE.test(text)) return new Date(`${text}T00:00:00Z`);
  if (kind === 'url' && WEB.test(text)) return { text: xlsxCell(text), hyperlink: text };
  return xlsxCell(text);
}

/** A column's letter: 1 → A, 27 → AA. */
const columnLetter = (n: number): string =>
  n <= 0 ? '' : columnLetter(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));

/** The title sheet: what the workbook is, whose, as of when, and how to check it. */
export interface TitleSheet {
  name: string;
  title: string;
  /** Label and value, one row each; a date or an address becomes a date cell or a link. */
  facts: { label: string; value: string; kind?: Sheet['columns'][number]['kind'] }[];
}

/** The print setup every sheet shares: A4 landscape, one page wide, the header row on every page. */
function printSetup(ws: ExcelJS.Worksheet, footer: string, columns: number, title?: boolean) {
  ws.pageSetup = {
    paperSize: 9,
    orientation: title ? 'portrait' : 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.2, footer: 0.25 },
    ...(title ? {} : { printTitlesRow: '1:1' }),
    // exceljs writes `$` + each corner: with the row's own `$` the range is absolute,
    // $A$1:$N$23, which LibreOffice needs (it ignores $A1:$N23 and prints every column).
    printArea: `A$1:${columnLetter(columns)}$${Math.max(1, ws.rowCount)}`,
  };
  // &P of &N: page numbers; the footer's text has its ampersands doubled, as the codes require.
  ws.headerFooter = {
    oddFooter: `&L${footer.replaceAll('&', '&&')}&R&P / &N`,
  };
}

export async function toXlsx(
  sheets: readonly Sheet[],
  meta: { title: string; creator: string; date: string; titleSheet?: TitleSheet },
): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = xmlSafe(meta.creator);
  workbook.title = xmlSafe(meta.title);
  // The list's date, not the build's clock.
  workbook.created = workbook.modified = new Date(`${meta.date}T00:00:00Z`);
  const footer = xmlSafe(meta.title);
  if (meta.titleSheet) {
    const about = meta.titleSheet;
    const ws = workbook.addWorksheet(xlsxCell(about.name).slice(0, 31));
    ws.columns = [
      { width: 28, style: { alignment: { vertical: 'top', wrapText: true } } },
      { width: 80, style: { alignment: { vertical: 'top', wrapText: true } } },
    ];
    const head = ws.addRow([xlsxCell(about.title)]);
    head.font = { bold: true, size: 14 };
    head.height = LINE_HEIGHT * Math.min(4, wrappedLines(about.title, 100)) * 1.3;
    ws.mergeCells(1, 1, 1, 2);
    for (const fact of about.facts) {
      const row = ws.addRow([xlsxCell(fact.label), cellValue(fact.value, fact.kind ?? 'text')]);
      row.getCell(1).font = { bold: true };
      if (fact.kind === 'date') row.getCell(2).numFmt = 'yyyy-mm-dd';
      row.getCell(2).alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
      row.height = rowHeight(
        [fact.label, fact.value],
        [
          { header: '', width: 28, kind: 'text' },
          { header: '', width: 80, kind: 'text' },
        ],
      );
    }
    printSetup(ws, footer, 2, true);
  }
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(xlsxCell(sheet.name).slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
    });
    ws.columns = sheet.columns.map((c) => ({
      header: xlsxCell(c.header),
      width: c.width,
      style: {
        numFmt: c.kind === 'date' ? 'yyyy-mm-dd' : '@',
        alignment: { vertical: 'top', wrapText: true },
      },
    }));
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.height = rowHeight(
      sheet.columns.map((c) => c.header),
      sheet.columns,
    );
    // One style object per column, shared by its cells: exceljs looks a style up by its object
    // before it serialises it, so a million cells cost a column's worth of style work.
    const styles = sheet.columns.map((c): Partial<ExcelJS.Style> => ({
      numFmt: c.kind === 'date' ? 'yyyy-mm-dd' : '@',
      alignment: { vertical: 'top', wrapText: true },
    }));
    // Every text is a text cell; the apostrophe keeps formula-looking text inert even when copied out.
    for (const cells of sheet.rows) {
      const row = ws.addRow(
        cells.map((text, i) => cellValue(text, sheet.columns[i]?.kind ?? 'text')),
      );
      row.height = rowHeight(cells, sheet.columns);
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cell.style = styles[column - 1] ?? {};
      });
    }
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    printSetup(ws, footer, sheet.printColumns);
  }
  // It opens on the first list, the title sheet a tab to its left (and the first page printed).
  if (meta.titleSheet && sheets.length > 0)
    workbook.views = [
      {
        x: 0,
        y: 0,
        width: 20000,
        height: 12000,
        firstSheet: 0,
        activeTab: 1,
        visibility: 'visible',
      },
    ];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer).slice().buffer;
}

/** The workbook of a list: a title sheet, then processors, activities, transfers, the chain and changes. */
export function listWorkbook(doc: ExportDocument, t: Translate): Promise<ArrayBuffer> {
  const title = t('export.title', { name: doc.publisher.tradeName, date: doc.asOf });
  const sheets = [
    processorSheet(doc, t),
    activitySheet(doc, t),
    transferSheet(doc, t),
    chainSheet(doc, t),
    changeSheet(doc, t),
  ];
  const processors = sheets[0]!;
  return toXlsx(sheets, {
    title,
    creator: doc.publisher.legalName,
    date: doc.asOf,
    titleSheet: {
      name: t('export.sheet.about'),
      title,
      facts: [
        { label: t('export.about.publisher'), value: doc.publisher.legalName },
        { label: t('export.about.asOf'), value: doc.asOf, kind: 'date' },
        { label: t('export.about.source'), value: doc.publisher.siteUrl, kind: 'url' },
        { label: t('export.about.contact'), value: doc.publisher.privacyContact },
        { label: t('export.about.objections'), value: doc.publisher.objectionAddress },
        {
          label: t('export.about.counts'),
          value: t('export.about.countsText', {
            processors: doc.processors.length,
            changes: doc.changes.length,
          }),
        },
        {
          label: t('export.about.checksum'),
          value: createHash('sha256').update(documentJson(doc)).digest('hex'),
        },
        { label: t('export.about.sheets'), value: sheets.map((s) => s.name).join(', ') },
        {
          label: t('export.about.print'),
          value: t('export.about.printText', {
            sheet: processors.name,
            last: processors.columns[processors.printColumns - 1]?.header ?? '',
          }),
        },
      ],
    },
  });
}
