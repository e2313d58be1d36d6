/**
 * The class summary as CSV (papaparse): one row per student, one column per
 * item, cells separated by ";" (the list separator of spreadsheets set to
 * Indonesian, which read a "," file as one column). Cells that a spreadsheet
 * would run as a formula (a name starting with `=`, `+`, `-` or `@`) are
 * escaped. Starts with a byte-order mark so spreadsheet programs read names
 * with accents right. Times are written "YYYY-MM-DD HH:MM" so they sort.
 */
import Papa from "papaparse";
import type { ItemKey, ItemStatus } from "./models.ts";
import type { ClassSummary, StudentRow } from "./summary.ts";

/** The words of the CSV, in the reader's language. */
export interface CsvLabels {
  nim: string;
  name: string;
  status: string;
  quizScore: string;
  passed: string;
  /** Column title of the minutes spent on the quiz. */
  quizMinutes: string;
  createdAt: string;
  late: string;
  file: string;
  yes: string;
  no: string;
  /** The word for a status. */
  statusOf: (status: ItemStatus) => string;
  /** The column title of an item. */
  itemTitle: (key: ItemKey) => string;
  /** A time as written in the CSV (ms epoch in), see `csvTime`. */
  time: (ms: number) => string;
}

/** The header and rows of the CSV, as text cells. */
export function summaryTable(
  summary: ClassSummary,
  rows: readonly StudentRow[],
  labels: CsvLabels,
): string[][] {
  const hasQuiz = summary.keys.includes("q");
  const header = [
    labels.nim,
    labels.name,
    labels.status,
    ...summary.keys.map(labels.itemTitle),
    ...(hasQuiz ? [labels.quizScore, labels.passed, labels.quizMinutes] : []),
    labels.createdAt,
    labels.late,
    labels.file,
  ];
  const body = rows.map((r) => [
    r.nim,
    r.name,
    labels.statusOf(r.status),
    ...summary.keys.map((key) =>
      labels.statusOf(r.cells[key]?.status ?? "todo"),
    ),
    ...(hasQuiz
      ? [
          // Empty when the quiz was not worked on: not a score of 0.
          typeof r.quizScore === "number"
            ? String(Math.round(r.quizScore * 100))
            : "",
          r.passed ? labels.yes : labels.no,
          String(r.cells["q"]?.minutes ?? ""),
        ]
      : []),
    labels.time(r.createdAt),
    r.late ? labels.yes : labels.no,
    r.file,
  ]);
  return [header, ...body];
}

/** The cell separator of the CSV. */
export const CSV_DELIMITER = ";";

/** The CSV text of a table from `summaryTable` (";" between cells, CRLF line ends, BOM first). */
export function toCsv(table: readonly string[][]): string {
  return `\uFEFF${Papa.unparse(table as string[][], { delimiter: CSV_DELIMITER, escapeFormulae: true, newline: "\r\n" })}`;
}

/**
 * A time as "YYYY-MM-DD HH:MM" in the reader's time zone, which a
 * spreadsheet sorts and reads as a date.
 * @param ms ms epoch.
 * @param offsetMinutes the zone as `Date#getTimezoneOffset` gives it (UTC minus local time, e.g. -420 for WIB).
 */
export function csvTime(ms: number, offsetMinutes: number): string {
  return new Date(ms - offsetMinutes * 60_000)
    .toISOString()
    .slice(0, 16)
    .replace("T", " ");
}
