/** One cell of a CSV table: text, a number, a yes/no, or nothing (an empty cell). */
export type CsvCell = string | number | boolean | null | undefined;

/** A table: the names of its columns and its rows, each with one cell per column. */
export interface CsvTable {
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

// RFC 4180 §2.6: a field holding a comma, a quote or a line break is quoted; quotes are doubled.
const needsQuotes = /[",\r\n]/;

// A text cell a spreadsheet would read as a formula (OWASP "CSV Injection"): it starts with
// = + - @, a tab or a carriage return. Numbers are cells of their own type and never match.
const formulaStart = /^[=+\-@\t\r]/;

/**
 * The RFC 4180 text of one field: quoted when it holds a comma, quote or line break. A text
 * that a spreadsheet would run as a formula gets a leading single quote (OWASP), so an article
 * quoting "=HYPERLINK(…)" is shown, not run; the quote is the only change.
 */
export function csvField(cell: CsvCell): string {
  const raw = cell === null || cell === undefined ? '' : String(cell);
  const text = typeof cell === 'string' && formulaStart.test(raw) ? `'${raw}` : raw;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One RFC 4180 record, ended by CRLF. */
export function csvRecord(cells: readonly CsvCell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** A whole table as RFC 4180 text (UTF-8 when written): the header record, then every row. */
export function csvText(table: CsvTable): string {
  return csvRecord(table.header) + table.rows.map(csvRecord).join('');
}
