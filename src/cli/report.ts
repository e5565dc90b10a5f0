/**
 * `npm run cli -- report [--csv]`: the four official buckets per unit. The table for the terminal;
 * --csv for Excel (UTF-8 with BOM, so Vietnamese shows right when opened by double-click).
 */
import { bucketsByUnit, bar } from "../app/reports.ts";
import type { CliIo } from "./io.ts";
import { openContext } from "./context.ts";
import { renderTable } from "./table.ts";

const csvCell = (v: string | number): string => (/[",\n;]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

export async function run(args: string[], io: CliIo): Promise<number> {
  const csv = args.includes("--csv");
  if (args.some((a) => a !== "--csv")) { io.err("usage: npm run cli -- report [--csv]"); return 2; }
  const ctx = await openContext(io.env);
  try {
    const r = await bucketsByUnit(ctx.deps.store, new Date(), ctx.config.timeZone);
    const header = ["Đơn vị", "Tổng số", "Đúng hạn", "Hoàn thành quá hạn", "Trong hạn", "Quá hạn", "Tỷ lệ hoàn thành (%)"];
    const rows = [...r.units.map((u) => ({ name: u.unit, c: u.counts })), { name: "TỔNG CỘNG", c: r.overall }].map(({ name, c }) => [
      name, c.total, c.on_time, c.late, c.open_in_time, c.open_overdue, c.total ? Math.round(((c.on_time + c.late) / c.total) * 100) : 0,
    ]);
    if (csv) {
      io.out(`\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}`);
      return 0;
    }
    io.out(renderTable([{ title: "Đơn vị", width: 36 }, { title: "Tổng", width: 5 }, { title: "Đúng hạn", width: 8 }, { title: "HT quá hạn", width: 10 }, { title: "Trong hạn", width: 9 }, { title: "Quá hạn", width: 7 }, { title: "Hoàn thành", width: 15 }],
      [...r.units.map((u) => ({ name: u.unit, c: u.counts })), { name: "TỔNG CỘNG", c: r.overall }].map(({ name, c }) => [name, String(c.total), String(c.on_time), String(c.late), String(c.open_in_time), String(c.open_overdue), bar(c)]), { dense: true }));
    return 0;
  } finally {
    await ctx.close();
  }
}
