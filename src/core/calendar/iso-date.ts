/**
 * Calendar dates as ISO strings ("2026-02-17") and as day numbers (days since 1970-01-01).
 * A date here has no time and no zone: it is a day on the Vietnamese wall calendar.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date; throws RangeError on anything that is not a real date. */
export function toDayNumber(isoDate: string): number {
  const m = ISO_DATE.exec(isoDate);
  if (m === null) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(isoDate)}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March and maps years 0–99 to 19xx; a round trip catches both.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    throw new RangeError(`No such date: ${isoDate}`);
  }
  return Math.round(ms / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** ISO date from year, month (1–12) and day. */
export function isoDate(year: number, month: number, day: number): string {
  return fromDayNumber(Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY));
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
