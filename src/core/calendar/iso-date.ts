/**
 * Calendar dates as ISO strings ("2026-02-17") and as day numbers (days since 1970-01-01).
 * A date here has no time and no zone: it is a day on the Vietnamese wall calendar.
 * Hand-rolled rather than via Date: the planner converts hundreds of thousands of dates per run.
 */

const DIGIT_0 = 48;

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days since 1970-01-01 of an ISO date; throws RangeError on anything that is not a real date. */
export function toDayNumber(isoDate: string): number {
  const ok = isoDate.length === 10 && isoDate.charCodeAt(4) === 45 && isoDate.charCodeAt(7) === 45;
  const year = ok ? digits(isoDate, 0, 4) : -1;
  const month = ok ? digits(isoDate, 5, 7) : -1;
  const day = ok ? digits(isoDate, 8, 10) : -1;
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a real ISO date (YYYY-MM-DD): ${JSON.stringify(isoDate)}`);
  }
  return dayNumberOf(year, month, day);
}

/** [year, month, day] of a day number (Hinnant's civil_from_days). */
export function civilOf(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

export function fromDayNumber(dayNumber: number): string {
  const [y, m, d] = civilOf(dayNumber);
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** ISO date from year, month (1–12) and day; out-of-range days roll over like Date.UTC. */
export function isoDate(year: number, month: number, day: number): string {
  return fromDayNumber(dayNumberOf(year, month, 1) + day - 1);
}

export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(toDayNumber(isoDate) + days);
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export function weekdayOf(dayNumber: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isWeekend(dayNumber: number): boolean {
  const wd = weekdayOf(dayNumber);
  return wd === 0 || wd === 6;
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}
