/** The shape of data/holidays/YYYY.json, checked when an admin's file is loaded. */
import { z } from "zod";
import type { HolidayTable } from "../core/calendar/calendar.ts";
import { isWeekend, toDayNumber, yearOf } from "../core/calendar/iso-date.ts";

const DATE_FORMAT = "phải là ngày có thật dạng YYYY-MM-DD";

const realDate = z.string({ error: DATE_FORMAT }).refine(
  (s) => {
    try {
      toDayNumber(s);
      return true;
    } catch {
      return false;
    }
  },
  { message: DATE_FORMAT },
);

const datedName = z.object({
  date: realDate,
  name: z.string({ error: "phải ghi tên ngày nghỉ" }).trim().min(1, "phải ghi tên ngày nghỉ"),
});

export const holidayTableSchema = z
  .object({
    year: z.number().int().min(1900).max(2199),
    status: z.enum(["official", "provisional"]),
    source: z.string().trim().min(1, "phải ghi văn bản quyết định (số, ngày, cơ quan ban hành)"),
    note: z.string().optional(),
    holidays: z.array(datedName),
    workdays: z.array(datedName),
  })
  .superRefine((t, ctx) => {
    const seen = new Map<string, string>();
    for (const list of ["holidays", "workdays"] as const) {
      t[list].forEach((entry, i) => {
        const path = [list, i, "date"];
        if (!/^\d{4}-/.test(entry.date)) return;
        if (yearOf(entry.date) !== t.year) {
          ctx.addIssue({ code: "custom", path, message: `ngày ${entry.date} không thuộc năm ${t.year}` });
        }
        const other = seen.get(entry.date);
        if (other !== undefined) {
          ctx.addIssue({ code: "custom", path, message: `ngày ${entry.date} đã có trong ${other}` });
        }
        seen.set(entry.date, list);
        // A swapped working day only means something on a Saturday or Sunday.
        let weekend = true;
        try {
          weekend = isWeekend(toDayNumber(entry.date));
        } catch {
          return;
        }
        if (list === "workdays" && !weekend) {
          ctx.addIssue({ code: "custom", path, message: `ngày làm bù ${entry.date} phải là thứ Bảy hoặc Chủ nhật` });
        }
      });
    }
  }) satisfies z.ZodType<HolidayTable>;
