/**
 * Rows already read from a sheet (CSV or JSON) → officials, all or nothing: any error and the
 * whole import is refused, with every error listed so the admin can fix the sheet in one pass.
 */
import type { Official, UnitType } from "../model.ts";
import { FIELD_LABELS, REQUIRED_FIELDS, fieldOfHeader, type Field } from "./columns.ts";
import { CELL_PROBLEMS, ROSTER_PROBLEMS, at, whole, type CellProblem, type Place, type Text } from "./messages.ts";
import { RosterRow } from "./row-schema.ts";
import { unitTypeFromName, unitTypeOf } from "./unit-types.ts";

/** One row of the sheet: its number as the admin sees it, and its cells keyed by header as written. */
export interface RosterRecord {
  n: number;
  values: Readonly<Record<string, unknown>>;
}

export type RosterResult =
  | { ok: true; officials: Official[]; warnings: string[] }
  | { ok: false; errors: string[] };

type Kind = Place["kind"];

/** Messages with the row they are about, listed in row order whichever check found them. */
class Problems {
  private readonly list: Array<{ n: number; text: string }> = [];
  get length(): number {
    return this.list.length;
  }
  push(text: string, n = 0): void {
    this.list.push({ n, text });
  }
  sorted(): string[] {
    return [...this.list].sort((a, b) => a.n - b.n).map((p) => p.text);
  }
}

/** Header problems sit on row 1 of a sheet; a JSON file has no header row, so they are about the file. */
const onHeader = (kind: Kind, column: string | null, text: Text): string =>
  kind === "row" ? at({ kind, n: 1, column }, text) : whole({ vi: `${column === null ? "" : `Trường «${column}»: `}${text.vi}`, en: text.en });

/** Header → field; unknown headers warned about, duplicates and missing required ones are errors. */
function mapHeaders(headers: readonly string[], kind: Kind, errors: Problems, warnings: Problems): Map<Field, string> {
  const columns = new Map<Field, string>();
  for (const header of headers) {
    if (header.trim() === "") continue;
    const field = fieldOfHeader(header);
    if (field === "ignored") continue;
    if (field === null) warnings.push(onHeader(kind, header, ROSTER_PROBLEMS.ignoredColumn()));
    else if (columns.has(field)) errors.push(onHeader(kind, header, ROSTER_PROBLEMS.duplicateColumn(columns.get(field)!, header, FIELD_LABELS[field].vi)));
    else columns.set(field, header);
  }
  for (const field of REQUIRED_FIELDS) {
    if (!columns.has(field)) errors.push(onHeader(kind, null, ROSTER_PROBLEMS.missingColumn(FIELD_LABELS[field].vi, FIELD_LABELS[field].en)));
  }
  return columns;
}

const isBlank = (v: unknown): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

const cellText = (v: unknown): string => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : JSON.stringify(v) ?? "");

/** The unit type cell, or failing that the unit's name, → a type; "khác" with a warning otherwise. */
function readUnitType(cell: string, unit: string, place: (column: string | null) => Place, header: string | undefined, warnings: Problems): UnitType {
  if (cell !== "") {
    const type = unitTypeOf(cell);
    if (type) return type;
    warnings.push(at(place(header ?? null), ROSTER_PROBLEMS.unknownUnitType(cell)), place(null).n);
    return "khác";
  }
  const implied = unitTypeFromName(unit);
  if (implied) return implied;
  warnings.push(at(place(header ?? null), ROSTER_PROBLEMS.noUnitType(unit)), place(null).n);
  return "khác";
}

/**
 * Validates and converts the rows. `headers` are the columns in file order (for a JSON array, every
 * key in order of first appearance); `kind` says whether places are sheet rows or array items.
 */
export function parseRosterRecords(headers: readonly string[], records: readonly RosterRecord[], kind: Kind): RosterResult {
  if (headers.every((h) => h.trim() === "")) return { ok: false, errors: [whole(ROSTER_PROBLEMS.emptyFile())] };
  const errors = new Problems();
  const warnings = new Problems();
  const columns = mapHeaders(headers, kind, errors, warnings);
  if (errors.length) return { ok: false, errors: errors.sorted() };

  const officials: Array<{ n: number; official: Official }> = [];
  const ids: Array<{ n: number; id: string }> = [];
  for (const record of records) {
    if (Object.values(record.values).every(isBlank)) continue;
    const place = (column: string | null): Place => ({ kind, n: record.n, column });
    // Every field present, a missing column read as empty cells, so each gets its default.
    const input: Record<string, unknown> = {};
    for (const field of Object.keys(FIELD_LABELS)) input[field] = null;
    for (const [field, header] of columns) input[field] = record.values[header] ?? null;
    // Duplicates are looked for even on rows with other errors, so one pass shows them all.
    const rawId = cellText(input.id);
    if (rawId !== "") ids.push({ n: record.n, id: rawId });
    const parsed = RosterRow.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        const header = columns.get(field) ?? FIELD_LABELS[field].vi;
        const render = CELL_PROBLEMS[issue.message as CellProblem] as ((v: string) => Text) | undefined;
        errors.push(at(place(header), render ? render(cellText(input[field])) : { vi: issue.message, en: issue.message }), record.n);
      }
      continue;
    }
    const row = parsed.data;
    const unitType = readUnitType(row.unitType, row.unit, place, columns.get("unitType"), warnings);
    officials.push({ n: record.n, official: { ...row, unitType } });
  }
  checkAcrossRows(ids, officials, columns, kind, errors, warnings);
  if (errors.length) return { ok: false, errors: errors.sorted() };
  if (officials.length === 0) return { ok: false, errors: [whole(ROSTER_PROBLEMS.noRows())] };
  return { ok: true, officials: officials.map((o) => o.official), warnings: warnings.sorted() };
}

/** Ids unique, supervisors present and not oneself; a warning for whoever no channel can reach. */
function checkAcrossRows(
  ids: ReadonlyArray<{ n: number; id: string }>,
  rows: ReadonlyArray<{ n: number; official: Official }>,
  columns: ReadonlyMap<Field, string>,
  kind: Kind,
  errors: Problems,
  warnings: Problems,
): void {
  const firstRow = new Map<string, number>();
  for (const { n, id } of ids) {
    const seen = firstRow.get(id);
    if (seen === undefined) firstRow.set(id, n);
    else errors.push(at({ kind, n, column: columns.get("id")! }, ROSTER_PROBLEMS.duplicateId(id, seen, kind)), n);
  }
  for (const { n, official } of rows) {
    const { supervisorId } = official;
    const column = columns.get("supervisorId") ?? null;
    if (supervisorId === null) continue;
    if (supervisorId === official.id) errors.push(at({ kind, n, column }, ROSTER_PROBLEMS.selfSupervisor()), n);
    else if (!firstRow.has(supervisorId)) errors.push(at({ kind, n, column }, ROSTER_PROBLEMS.unknownSupervisor(supervisorId)), n);
  }
  for (const { n, official } of rows) {
    if (official.telegramChatId === null && official.zaloUserId === null) warnings.push(at({ kind, n, column: null }, ROSTER_PROBLEMS.noChannel(official.fullName)), n);
  }
}
