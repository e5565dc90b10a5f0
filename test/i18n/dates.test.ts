import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { daysPhrase, formatDate, formatDateTime, formatIsoDate, weekdayName } from "../../src/i18n/index.ts";

/** 18:30 UTC on the 24th is already 01:30 on the 25th in Vietnam (UTC+7). */
const AFTER_VN_MIDNIGHT = new Date("2026-11-24T18:30:00Z");
const BEFORE_VN_MIDNIGHT = new Date("2026-11-24T16:59:00Z");

describe("formatDate and formatDateTime", () => {
  it("use Vietnam's calendar day across the UTC/+07:00 boundary", () => {
    expect(formatDate(AFTER_VN_MIDNIGHT, "vi")).toBe("25/11/2026");
    expect(formatDate(BEFORE_VN_MIDNIGHT, "vi")).toBe("24/11/2026");
    expect(formatDateTime(AFTER_VN_MIDNIGHT, "vi")).toBe("01:30 Thứ Tư, 25/11/2026");
    expect(formatDateTime(AFTER_VN_MIDNIGHT, "en")).toBe("01:30 Wed, 25/11/2026");
    expect(formatDateTime(BEFORE_VN_MIDNIGHT, "vi")).toBe("23:59 Thứ Ba, 24/11/2026");
  });

  it("pad day, month and hour, and show midnight as 00:00", () => {
    expect(formatDateTime(new Date("2026-06-30T17:00:00Z"), "vi")).toBe("00:00 Thứ Tư, 01/07/2026");
    expect(formatDateTime(new Date("2027-01-04T02:05:00+07:00"), "en")).toBe("02:05 Mon, 04/01/2027");
  });

  it("honour another time zone when asked", () => {
    expect(formatDate(AFTER_VN_MIDNIGHT, "vi", "UTC")).toBe("24/11/2026");
    expect(formatDateTime(AFTER_VN_MIDNIGHT, "en", "UTC")).toBe("18:30 Tue, 24/11/2026");
  });

  it("refuse an invalid Date", () => {
    expect(() => formatDate(new Date("not a date"), "vi")).toThrow(/invalid Date/);
  });

  it("do not depend on the server's time zone", () => {
    const index = fileURLToPath(new URL("../../src/i18n/index.ts", import.meta.url));
    const script = `import { formatDateTime } from ${JSON.stringify(index)};
      process.stdout.write(formatDateTime(new Date("2026-11-24T18:30:00Z"), "vi"));`;
    for (const tz of ["America/Los_Angeles", "Pacific/Kiritimati", "UTC"]) {
      const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
        env: { ...process.env, TZ: tz },
        encoding: "utf8",
      });
      expect({ tz, out }).toEqual({ tz, out: "01:30 Thứ Tư, 25/11/2026" });
    }
  });
});

describe("weekdayName", () => {
  // Monday 23 November 2026 to Sunday 29 November 2026, at 00:30 in Vietnam (still the day before in UTC).
  const week = [23, 24, 25, 26, 27, 28, 29].map((d) => new Date(`2026-11-${d}T00:30:00+07:00`));

  it("names the days of a known week in Vietnamese", () => {
    expect(week.map((d) => weekdayName(d, "vi"))).toEqual(["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]);
  });

  it("names the days of a known week in English", () => {
    expect(week.map((d) => weekdayName(d, "en"))).toEqual(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);
  });
});

describe("formatIsoDate", () => {
  it.each([
    ["2022-12-31", "31/12/2022"],
    ["2026-01-05", "05/01/2026"],
    ["2024-02-29", "29/02/2024"],
  ])("%s → %s", (iso, expected) => {
    expect(formatIsoDate(iso, "vi")).toBe(expected);
    expect(formatIsoDate(iso, "en")).toBe(expected);
  });

  it.each(["2023-02-29", "2026-13-01", "31/12/2022", "2026-1-5", "2026-06-31", ""])("rejects %j", (iso) => {
    expect(() => formatIsoDate(iso, "vi")).toThrow(/not a YYYY-MM-DD date/);
  });
});

describe("daysPhrase", () => {
  it.each([
    [3, "còn 3 ngày", "3 days left"],
    [1, "còn 1 ngày", "1 day left"],
    [0, "hôm nay", "today"],
    [-1, "quá hạn 1 ngày", "1 day overdue"],
    [-2, "quá hạn 2 ngày", "2 days overdue"],
    [-30, "quá hạn 30 ngày", "30 days overdue"],
  ])("%i days → %s / %s", (n, vi, en) => {
    expect(daysPhrase(n, "vi")).toBe(vi);
    expect(daysPhrase(n, "en")).toBe(en);
  });

  it("refuses a fraction of a day", () => {
    expect(() => daysPhrase(1.5, "vi")).toThrow(/whole number/);
  });
});
