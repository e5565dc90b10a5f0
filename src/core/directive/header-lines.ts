/**
 * The header of an official document as a copy from a legal-document site or a PDF leaves it: a two-column
 * table drawn with "|" ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI …", a "|" alone on a line between cells), and cells
 * wrapped inside ("Quảng Bình," / "ngày 25 tháng 5 năm 2015", "ỦY BAN NHÂN" / "DÂN"). Put back as one line per cell.
 */
import { fold } from "../text/fold.ts";
import { KIND_LINE, MOTTO, PLACE_DATE_LINE, TABLE_NUMBER_COLUMN, TABLE_TASK_COLUMN } from "./grammar.ts";
import { CHROME_CELLS } from "./grammar-reports.ts";
import type { Line } from "./header.ts";

/** How far into the text the header may reach, in lines. */
const HEADER_REACH = 40;
/** How far portal chrome ("Giới thiệu | Tin tức | Liên hệ") may reach, in lines. */
const CHROME_REACH = 12;

/** The agency's name, with its level: "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH", "UBND HUYỆN X", "ỦY BAN NHÂN DÂN". */
const AGENCY_CELL = /^(?:uy ban nhan dan|ubnd)(?:\s+(?:tinh|thanh pho|huyen|thi xa|xa|phuong|dac khu)\b.*)?$/;

const isHeaderCell = (folded: string): boolean =>
  AGENCY_CELL.test(folded) || PLACE_DATE_LINE.test(folded) || KIND_LINE.test(folded) || MOTTO.test(` ${folded}`) || /^so\s*:\s*\d/.test(folded);

/** A row of a task table: a header cell ("STT", "Nội dung nhiệm vụ") or a row number ("3"). */
const isTableRow = (cells: string[]): boolean => cells.some((c) => {
  const f = fold(c).trim();
  return TABLE_TASK_COLUMN.test(f) || TABLE_NUMBER_COLUMN.test(f) || /^\d{1,3}$/.test(f);
});

const line = (orig: string, no: number): Line => ({ orig, folded: fold(orig), no });

/** "a | b | c" → its cells, when one of them is a header cell; null for any other line (a task table, a sentence). */
function headerCells(l: Line, cells: string[]): Line[] | null {
  if (cells.length < 2 || isTableRow(cells) || !cells.some((c) => isHeaderCell(fold(c)))) return null;
  return cells.map((c) => line(c, l.no));
}

/**
 * Lines of the header region, with "|"-cells split, lone "|" lines and portal chrome rows ("Giới thiệu | Tin tức |
 * Liên hệ") dropped, and a cell wrapped over two lines joined when only the joined line reads as a header line.
 */
export function mendHeaderLines(lines: Line[]): Line[] {
  const out: Line[] = [];
  // The columns of consecutive header rows: the agency's column is read before the motto's.
  let columns: Line[][] = [];
  const flush = () => { for (const c of columns) out.push(...c); columns = []; };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (i >= HEADER_REACH) { flush(); out.push(l); continue; }
    if (/^[|\s]+$/.test(l.orig)) continue;
    if (!l.orig.includes("|")) { flush(); out.push(l); continue; }
    const cells = l.orig.split("|").map((c) => c.trim()).filter(Boolean);
    // Chrome sits at the very top and carries no figures: a row of a task table wrapped over lines has dates and units.
    if (i < CHROME_REACH && CHROME_CELLS.test(l.folded) && !/\d/.test(l.orig) && !isTableRow(cells) && !cells.some((c) => isHeaderCell(fold(c)))) continue;
    const split = headerCells(l, cells);
    if (split) { split.forEach((c, k) => (columns[k] ??= []).push(c)); continue; }
    // A wrapped cell's rest, alone between bars ("ngày 12 tháng 3 năm 2025 |"): the last column goes on.
    if (cells.length === 1 && columns.length && !isTableRow(cells)) { columns[columns.length - 1]!.push(line(cells[0]!, l.no)); continue; }
    flush();
    out.push(l);
  }
  flush();
  // "Quảng Bình," + "ngày 25 tháng 5 năm 2015"; "ỦY BAN NHÂN" + "DÂN"; "CỘNG HÒA XÃ" + "HỘI CHỦ NGHĨA VIỆT NAM".
  const joined: Line[] = [];
  for (let i = 0; i < out.length; i++) {
    const l = out[i]!;
    const next = out[i + 1];
    if (next && i < HEADER_REACH && l.orig.length < 60 && next.orig.length < 60 && !isHeaderCell(l.folded.trim())) {
      const both = line(`${l.orig} ${next.orig}`, l.no);
      if (isHeaderCell(both.folded) && !isHeaderCell(next.folded.trim())) { joined.push(both); i++; continue; }
    }
    joined.push(l);
  }
  return joined;
}
