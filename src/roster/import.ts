/**
 * Read an admin's roster file: CSV (any Excel export) or JSON, chosen by the file name and, failing
 * that, by the first character. All or nothing: see parseRosterRecords.
 */
import { extname } from "node:path";
import { parseRosterRecords, type RosterResult } from "../core/roster/rows.ts";
import { readCsv } from "./csv.ts";
import { decodeSheet } from "./decode.ts";
import { readJson } from "./json.ts";

export type { RosterResult } from "../core/roster/rows.ts";

export function readRoster(bytes: Buffer, fileName: string): RosterResult {
  const decoded = decodeSheet(bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  const ext = extname(fileName).toLowerCase();
  const isJson = ext === ".json" || (ext !== ".csv" && ext !== ".tsv" && ext !== ".txt" && /^\s*[[{]/.test(decoded.text));
  if (isJson) {
    const sheet = readJson(decoded.text);
    return sheet.ok ? parseRosterRecords(sheet.headers, sheet.records, "item") : { ok: false, errors: sheet.errors };
  }
  const sheet = readCsv(decoded.text);
  return sheet.ok ? parseRosterRecords(sheet.headers, sheet.records, "row") : { ok: false, errors: [sheet.error] };
}
