/**
 * CSV text → header and records, the way Excel exports it: separator ",", ";" (locales whose decimal
 * mark is a comma) or tab ("Unicode text"), detected from the header line; quoted fields; CRLF.
 */
import { parse, type CsvError } from "csv-parse/sync";
import type { RosterRecord } from "../core/roster/rows.ts";

export type CsvSheet = { ok: true; headers: string[]; records: RosterRecord[] } | { ok: false; error: string };

const SEPARATORS = [",", ";", "\t"] as const;

/** The separator used most often in the first line, outside quotes; "," when there is none. */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ",";
  for (const s of SEPARATORS) if (counts.get(s)! > counts.get(best)!) best = s;
  return best;
}

/** What the admin reads for the csv-parse errors an export can actually produce. */
const CSV_ERRORS: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: "có dấu ngoặc kép chưa được đóng",
  CSV_INVALID_CLOSING_QUOTE: "có ký tự lạ ngay sau dấu ngoặc kép đóng",
};

export function readCsv(text: string): CsvSheet {
  let rows: string[][];
  try {
    // Blank lines are kept so that row numbers stay those Excel shows; they are skipped later.
    rows = parse(text, { delimiter: detectSeparator(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true });
  } catch (cause: unknown) {
    const err = cause as CsvError;
    const reason = CSV_ERRORS[err.code] ?? err.message;
    return { ok: false, error: `Tệp CSV không đọc được ở dòng ${err.lines ?? "?"} của tệp: ${reason}. (CSV error at line ${err.lines ?? "?"}: ${err.code ?? err.message}.)` };
  }
  const [header, ...body] = rows;
  if (!header) return { ok: true, headers: [], records: [] };
  const headers = header.map((h) => h.trim());
  const records = body.map((cells, i): RosterRecord => ({
    n: i + 2,
    values: Object.fromEntries(headers.map((h, c) => [h, cells[c] ?? ""])),
  }));
  return { ok: true, headers, records };
}
