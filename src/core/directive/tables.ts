/**
 * Tables flattened to text ("STT | Nội dung | Cơ quan chủ trì | Thời hạn", then one row a line) become
 * the plan layout the parser already reads: "1. <task>" with "- Cơ quan chủ trì: …" and "- Thời hạn: …" below.
 */
import { fold } from "../text/fold.ts";
import { ATTRIBUTE_LINE, TABLE_CELL_SEPARATOR, TABLE_NUMBER_COLUMN, TABLE_TASK_COLUMN } from "./grammar.ts";
import type { Line } from "./header.ts";

const cells = (s: string): string[] => s.replace(/^\s*\|/, "").replace(/\|\s*$/, "").split(TABLE_CELL_SEPARATOR).map((c) => c.trim());

const line = (orig: string, no: number): Line => ({ orig, folded: fold(orig), no });

interface Columns {
  task: number;
  number: number;
  /** Columns whose header names an attribute the parser reads ("Cơ quan chủ trì", "Thời hạn"), by index. */
  attributes: Map<number, string>;
}

/** The columns of a header row, or null when the line is not a table header with a task column. */
function readHeader(l: Line): Columns | null {
  if (!l.orig.includes("|")) return null;
  const heads = cells(l.orig);
  const folded = heads.map((h) => fold(h).toLowerCase());
  const task = folded.findIndex((h) => TABLE_TASK_COLUMN.test(h));
  if (heads.length < 2 || task < 0) return null;
  const attributes = new Map<number, string>();
  // Only columns the plan layout knows become attribute lines; "Ghi chú" and the like are dropped.
  folded.forEach((h, i) => { if (i !== task && ATTRIBUTE_LINE.test(`${h}:`)) attributes.set(i, heads[i]!); });
  return { task, number: folded.findIndex((h) => TABLE_NUMBER_COLUMN.test(h)), attributes };
}

/** A table row's cells as task line and attribute lines. */
function rowLines(text: string, columns: Columns, row: number, no: number): Line[] {
  const values = cells(text);
  const task = values[columns.task];
  if (!task) return [];
  // Numbered even without an STT column, so that the row's attribute lines below attach to it.
  const n = columns.number >= 0 ? values[columns.number] ?? "" : "";
  const out = [line(`${/^\d{1,3}$/.test(n) ? n : row}. ${task}`, no)];
  for (const [i, head] of columns.attributes) {
    const value = values[i];
    if (value) out.push(line(`- ${head}: ${value}`, no));
  }
  return out;
}

/**
 * Each table row as a numbered task line followed by its attribute lines; other lines unchanged.
 * In a copy hard-wrapped at `width`, a row runs on while its line was cut by the wrap (reached most of the width).
 */
export function unfoldTables(lines: Line[], width: number | null): Line[] {
  if (!lines.some((l) => l.orig.includes("|"))) return lines;
  const out: Line[] = [];
  let columns: Columns | null = null;
  let pending: { text: string; no: number; cut: boolean } | null = null;
  let row = 0;
  const flush = () => {
    if (columns && pending) out.push(...rowLines(pending.text, columns, ++row, pending.no));
    pending = null;
  };
  for (const l of lines) {
    const header = readHeader(l);
    if (header) { flush(); columns = header; row = 0; continue; }
    const cut = width !== null && l.orig.length >= width * 0.75;
    // A line opening with its row number ("2 | …") starts a row, however long the line above was.
    const opensRow = columns !== null && columns.number === 0 && /^\s*\|?\s*\d{1,3}\s*\|/.test(l.orig);
    if (columns && pending?.cut && !opensRow) { pending = { text: `${pending.text} ${l.orig}`, no: pending.no, cut }; continue; }
    flush();
    if (!columns || !l.orig.includes("|")) { columns = null; out.push(l); continue; }
    pending = { text: l.orig, no: l.no, cut };
  }
  flush();
  return out;
}
