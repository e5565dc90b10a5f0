import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HolidayTableError, loadHolidayTables } from "../../src/calendar/load.ts";

const DATA_DIR = fileURLToPath(new URL("../../data/holidays", import.meta.url));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "dondoc-holidays-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const good = {
  year: 2031,
  status: "official",
  source: "Thông báo thử nghiệm",
  holidays: [{ date: "2031-01-01", name: "Tết Dương lịch" }],
  workdays: [{ date: "2031-01-11", name: "Làm bù" }],
};

async function errorFor(name: string, content: unknown): Promise<HolidayTableError> {
  await writeFile(join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  const error = await loadHolidayTables(dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HolidayTableError);
  return error as HolidayTableError;
}

describe("loadHolidayTables", () => {
  it("loads the shipped tables: 2025 and 2026 official with their sources, 2027 provisional", async () => {
    const tables = await loadHolidayTables(DATA_DIR);
    expect(tables.map((t) => [t.year, t.status])).toEqual([
      [2025, "official"],
      [2026, "official"],
      [2027, "provisional"],
    ]);
    expect(tables[1]?.source).toContain("9441/TB-BNV");
  });

  it("reads every YYYY.json in year order and ignores other files", async () => {
    await writeFile(join(dir, "2032.json"), JSON.stringify({ ...good, year: 2032, holidays: [], workdays: [] }));
    await writeFile(join(dir, "2031.json"), JSON.stringify(good));
    await writeFile(join(dir, "README.md"), "# not a table");
    await writeFile(join(dir, "2031.json.bak"), "{");
    expect((await loadHolidayTables(dir)).map((t) => t.year)).toEqual([2031, 2032]);
  });

  it("names the file and each wrong field, in Vietnamese", async () => {
    const error = await errorFor("2031.json", {
      ...good,
      status: "final",
      source: " ",
      holidays: [{ date: "2031-02-30", name: "Ngày lạ" }, { date: "2031-05-01" }],
    });
    expect(error.file).toBe(join(dir, "2031.json"));
    expect(error.message.replace(dir, "<dir>")).toMatchInlineSnapshot(`
      "Lịch nghỉ <dir>/2031.json không hợp lệ:
        - status: Tùy chọn không hợp lệ: mong đợi một trong các giá trị "official"|"provisional"
        - source: phải ghi văn bản quyết định (số, ngày, cơ quan ban hành)
        - holidays[0].date: phải là ngày có thật dạng YYYY-MM-DD
        - holidays[1].name: phải ghi tên ngày nghỉ"
    `);
  });

  it("catches dates in the wrong year, a date listed twice and a weekday 'làm bù'", async () => {
    const error = await errorFor("2031.json", {
      ...good,
      holidays: [...good.holidays, { date: "2030-12-31", name: "Năm cũ" }],
      workdays: [{ date: "2031-01-01", name: "Trùng" }, { date: "2031-01-08", name: "Thứ Tư" }],
    });
    expect(error.problems).toEqual([
      "holidays[1].date: ngày 2030-12-31 không thuộc năm 2031",
      "workdays[0].date: ngày 2031-01-01 đã có trong holidays",
      "workdays[0].date: ngày làm bù 2031-01-01 phải là thứ Bảy hoặc Chủ nhật",
      "workdays[1].date: ngày làm bù 2031-01-08 phải là thứ Bảy hoặc Chủ nhật",
    ]);
  });

  it("rejects a file whose year does not match its name", async () => {
    const error = await errorFor("2032.json", good);
    expect(error.problems).toEqual(["year: 2031 không khớp với tên tệp (2032)"]);
  });

  it("reports broken JSON with the file name", async () => {
    const error = await errorFor("2031.json", '{ "year": 2031, ');
    expect(error.message).toContain("2031.json không hợp lệ");
    expect(error.problems[0]).toMatch(/^không phải JSON hợp lệ/);
  });
});
