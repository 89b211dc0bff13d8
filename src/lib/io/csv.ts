/**
 * The one writer of every download (chart CSV/JSON and the dataset's CSV/JSON): RFC 4180 CSV with
 * a header from the first row's keys, and JSON whose missing numbers are `null`. A row field that is
 * `null` (a number the source does not give) is an empty CSV cell; strings are written byte for
 * byte, so quoted source words stay exactly as on the source line.
 */

export type Cell = string | number | null;

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (LF line ends, as the site has always served): a header line, then one line per row. */
export function toCsv<Row extends object>(rows: readonly Row[]): string {
  const columns = Object.keys(rows[0] ?? {}) as (keyof Row)[];
  return [columns.join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))].join('\n') + '\n';
}

/** A JSON download: two-space indent and a final newline. */
export function toJson(body: unknown): string {
  return `${JSON.stringify(body, null, 2)}\n`;
}

export const CSV_HEADERS = { 'Content-Type': 'text/csv; charset=utf-8' } as const;
export const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' } as const;
