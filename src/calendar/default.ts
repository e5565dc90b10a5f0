/** The calendar the CLI and the service use: tables from DONDOC_HOLIDAYS_DIR or the shipped data/holidays. */
import { fileURLToPath } from "node:url";
import { createCalendar, type Calendar } from "../core/calendar/calendar.ts";
import { loadHolidayTables } from "./load.ts";

export const SHIPPED_HOLIDAYS_DIR = fileURLToPath(new URL("../../data/holidays", import.meta.url));

export async function loadCalendar(env: Record<string, string | undefined>, timeZone = "Asia/Ho_Chi_Minh"): Promise<Calendar> {
  return createCalendar(await loadHolidayTables(env.DONDOC_HOLIDAYS_DIR ?? SHIPPED_HOLIDAYS_DIR), { timeZone });
}
