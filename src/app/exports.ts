/**
 * The report and the task list as .xlsx (exceljs, written as a stream so 100,000 rows stay small in
 * memory) and as CSV for Excel (UTF-8 with BOM). Dates are real dates (dd/mm/yyyy in Excel), columns
 * have widths, the header row is bold and frozen. Text that Excel would run as a formula (= + - @)
 * is prefixed with an apostrophe, in both formats.
 */
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { t, type Locale } from "../i18n/index.ts";
import { toCsv } from "./csv.ts";
import type { Counts, UnitReport } from "./reports.ts";
import type { TaskRow } from "./task-rows.ts";

const BUCKETS = ["on_time", "late", "open_in_time", "open_overdue"] as const;
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell Excel will not evaluate. */
export function safeText(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** An ISO day as the Date Excel stores for it (midnight UTC: exceljs writes dates in UTC). */
const day = (iso: string | null) => (iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null);
const DATE_FORMAT = "dd/mm/yyyy";

type Report = { units: UnitReport[]; overall: Counts };

function reportTable(l: Locale, report: Report): { header: string[]; rows: Array<Array<string | number>> } {
  const header = [t(l, "admin.report.csv.unit"), t(l, "admin.report.csv.total"), ...BUCKETS.map((b) => t(l, `admin.report.buckets.${b}`)), t(l, "admin.report.csv.done_share")];
  const share = (c: Counts) => (c.total ? Math.round(((c.on_time + c.late) / c.total) * 100) : 0);
  const rows = [...report.units.map((u) => ({ name: u.unit, c: u.counts })), { name: t(l, "admin.report.csv.overall"), c: report.overall }]
    .map(({ name, c }) => [safeText(name), c.total, ...BUCKETS.map((b) => c[b]), share(c)]);
  return { header, rows };
}

const TASK_COLUMNS = ["number", "notice", "task", "summary", "official", "title", "unit", "deadline", "status", "bucket", "done_at", "days_late"] as const;

function taskHeader(l: Locale): string[] {
  return TASK_COLUMNS.map((c) => t(l, `console.export.columns.${c}`));
}

export function reportCsv(l: Locale, report: Report): Buffer {
  const { header, rows } = reportTable(l, report);
  return Buffer.from(toCsv([header, ...rows]), "utf8");
}

export function tasksCsv(l: Locale, rows: readonly TaskRow[]): Buffer {
  const fmt = (iso: string | null) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : "");
  return Buffer.from(toCsv([taskHeader(l), ...rows.map((r) => [
    r.number, r.notice, r.taskCode, r.summary, r.official, r.title, r.unit, fmt(r.deadline), t(l, `console.status.${r.status}`),
    t(l, `admin.report.buckets.${r.bucket}`), fmt(r.doneDay), r.daysLate,
  ])]), "utf8");
}

/** One workbook, two sheets: the four buckets per unit, and every task as assigned. */
export async function exportWorkbook(l: Locale, report: Report, rows: readonly TaskRow[], sheets: { report: boolean; tasks: boolean }): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => { out.on("end", resolve); out.on("error", reject); });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = "dondoc";
  if (sheets.report) {
    const { header, rows: data } = reportTable(l, report);
    const ws = wb.addWorksheet(t(l, "console.export.sheet_report"), { views: [{ state: "frozen", ySplit: 1, xSplit: 1 }] });
    ws.columns = header.map((h, i) => ({ header: h, width: i === 0 ? 42 : 14 }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();
    for (const r of data) ws.addRow(r).commit();
    ws.commit();
  }
  if (sheets.tasks) {
    const widths = [6, 16, 8, 60, 26, 22, 32, 12, 14, 20, 12, 10];
    const ws = wb.addWorksheet(t(l, "console.export.sheet_tasks"), { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = taskHeader(l).map((h, i) => ({ header: h, width: widths[i] ?? 14, ...(i === 7 || i === 10 ? { style: { numFmt: DATE_FORMAT } } : {}) }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();
    for (const r of rows) {
      ws.addRow([
        r.number, safeText(r.notice), r.taskCode, safeText(r.summary), safeText(r.official), safeText(r.title), safeText(r.unit), day(r.deadline),
        t(l, `console.status.${r.status}`), t(l, `admin.report.buckets.${r.bucket}`), day(r.doneDay), r.daysLate,
      ]).commit();
    }
    ws.commit();
  }
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}
