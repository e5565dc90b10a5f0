/** The console's exports (src/app/exports.ts): what Excel opens, and nothing it would run. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportWorkbook, reportCsv, safeText, tasksCsv } from "../../src/app/exports.ts";
import type { TaskRow } from "../../src/app/task-rows.ts";

const row = (over: Partial<TaskRow> = {}): TaskRow => ({
  assignmentId: "a", directiveId: "d", notice: "147/TB-UBND", noticeDate: "2022-04-07", taskCode: "T1", number: 3, summary: "Rà soát quy trình",
  officialId: "SCT-GD", official: "Nguyễn Hữu Bình", title: "Giám đốc", unit: "Sở Công Thương", deadline: "2023-03-31", status: "done", bucket: "late",
  progress: 100, doneDay: "2023-04-03", daysLate: 3, ...over,
});
const report = { units: [{ unit: "=HYPERLINK(\"http://x\")", counts: { on_time: 1, late: 2, open_in_time: 3, open_overdue: 4, total: 10 } }], overall: { on_time: 1, late: 2, open_in_time: 3, open_overdue: 4, total: 10 } };

describe("exports", () => {
  it("escapes what Excel would run as a formula", () => {
    expect(["=1+1", "+84 912", "-5", "@SUM(A1)", "Sở Y tế"].map(safeText)).toEqual(["'=1+1", "'+84 912", "'-5", "'@SUM(A1)", "Sở Y tế"]);
  });

  it("writes CSV for Excel: BOM, CRLF, dd/MM/yyyy, escaped formulas", () => {
    const csv = tasksCsv("vi", [row({ summary: "=cmd|' /C calc'!A0" })]).toString("utf8");
    expect(csv.startsWith("\uFEFFSố TT của cán bộ,Văn bản,Mã nhiệm vụ,Nội dung nhiệm vụ")).toBe(true);
    expect(csv).toContain("\r\n3,147/TB-UBND,T1,'=cmd|' /C calc'!A0,Nguyễn Hữu Bình,Giám đốc,Sở Công Thương,31/03/2023,Đã hoàn thành,Hoàn thành quá hạn,03/04/2023,3\r\n");
    expect(reportCsv("vi", report).toString("utf8")).toContain("\"'=HYPERLINK(\"\"http://x\"\")\",10,1,2,3,4,30");
  });

  it("writes .xlsx with a frozen bold header, widths, real dates and escaped text", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportWorkbook("en", report, [row(), row({ official: "@evil", deadline: null, doneDay: null, status: "open", bucket: "open_in_time", daysLate: 0 })], { report: true, tasks: true })) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Report by unit", "Task list"]);
    const [rep, tasks] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(rep.getRow(2).values).toEqual([undefined, "'=HYPERLINK(\"http://x\")", 10, 1, 2, 3, 4, 30]);
    expect(tasks.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(tasks.getRow(1).font?.bold).toBe(true);
    expect(tasks.getColumn(4).width).toBe(60);
    expect(tasks.getRow(2).getCell(8).value).toEqual(new Date("2023-03-31T00:00:00Z"));
    expect(tasks.getRow(2).getCell(8).numFmt).toBe("dd/mm/yyyy");
    expect(tasks.getRow(3).getCell(5).value).toBe("'@evil");
    expect(tasks.getRow(3).getCell(8).value).toBeNull();
  });
});
