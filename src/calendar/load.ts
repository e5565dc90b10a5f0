/** Reads the yearly holiday tables an admin keeps in data/holidays/YYYY.json. */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import type { HolidayTable } from "../core/calendar/calendar.ts";
import { holidayTableSchema } from "./holiday-table-schema.ts";

const TABLE_FILE = /^(\d{4})\.json$/;

/** A table file that cannot be used; the message names the file and every field at fault. */
export class HolidayTableError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
    options?: { cause?: unknown },
  ) {
    super(`Lịch nghỉ ${file} không hợp lệ:\n${problems.map((p) => `  - ${p}`).join("\n")}`, options);
    this.name = "HolidayTableError";
  }
}

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), "");
}

/** Parses and validates one table; `file` is only used in error messages. */
export function parseHolidayTable(text: string, file: string): HolidayTable {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new HolidayTableError(file, [`không phải JSON hợp lệ (${(e as Error).message})`], { cause: e });
  }
  // Vietnamese messages for this parse only; the global zod config stays untouched.
  const parsed = holidayTableSchema.safeParse(raw, { error: z.locales.vi().localeError });
  if (!parsed.success) {
    throw new HolidayTableError(
      file,
      parsed.error.issues.map((i) => `${fieldPath(i.path) || "(gốc)"}: ${i.message}`),
    );
  }
  return parsed.data;
}

/** Every YYYY.json in `dir`, validated, sorted by year. Other files are ignored. */
export async function loadHolidayTables(dir = "data/holidays"): Promise<HolidayTable[]> {
  const names = (await readdir(dir)).filter((n) => TABLE_FILE.test(n)).sort();
  const tables: HolidayTable[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const table = parseHolidayTable(await readFile(file, "utf8"), file);
    const fileYear = Number(TABLE_FILE.exec(name)?.[1]);
    if (table.year !== fileYear) {
      throw new HolidayTableError(file, [`year: ${table.year} không khớp với tên tệp (${fileYear})`]);
    }
    tables.push(table);
  }
  return tables;
}
