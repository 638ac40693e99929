/** subprocessors.csv: RFC 4180 (CRLF, quoted where needed) in UTF-8 with a BOM so Excel reads it as UTF-8. */
import { stringify } from 'csv-stringify/sync';
import { cellText, type Sheet } from './rows';

export function toCsv(sheet: Sheet): string {
  const records = [sheet.columns.map((c) => c.header), ...sheet.rows].map((row) =>
    row.map((value) => cellText(value)),
  );
  // Line breaks inside a value are quoted too, not only the CRLF record separator.
  return `\uFEFF${stringify(records, { record_delimiter: '\r\n', quoted_match: /[\r\n]|^\s|\s$/ })}`;
}
