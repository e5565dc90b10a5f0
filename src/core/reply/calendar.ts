/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, no time of day).
 * Pure: "today" is computed from the `now` the caller passes in.
 */

/** A day as days since 1970-01-01. */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
/** Asia/Ho_Chi_Minh is UTC+7 all year: Vietnam has no daylight saving time. */
const VIETNAM = "Asia/Ho_Chi_Minh";
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

export const dayNumber = (y: number, m: number, d: number): DayNumber => Date.UTC(y, m - 1, d) / MS_PER_DAY;

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function parts(day: DayNumber): { y: number; m: number; d: number } {
  const dt = new Date(day * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** YYYY-MM-DD, or null for a year outside 1000–9999. */
export function toIso(day: DayNumber): string | null {
  const { y, m, d } = parts(day);
  if (!Number.isFinite(y) || y < 1000 || y > 9999) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekday = (day: DayNumber): number => (((day + 4) % 7) + 7) % 7;

/** The Monday of the week `day` is in (weeks start on Monday, as in Vietnam). */
export const mondayOf = (day: DayNumber): DayNumber => day - ((weekday(day) + 6) % 7);

export const endOfMonth = (y: number, m: number): DayNumber => dayNumber(y, m + 1, 0);

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day of `now` in `timeZone`, or null when `now` is not a valid date. An unknown time
 * zone falls back to Asia/Ho_Chi_Minh rather than failing: understanding a reply never throws.
 */
export function todayIn(now: Date, timeZone: string = VIETNAM): DayNumber | null {
  const ms = now instanceof Date ? now.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) return null;
  if (timeZone !== VIETNAM) {
    try {
      let f = formatters.get(timeZone);
      if (!f) {
        f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
        formatters.set(timeZone, f);
      }
      const p = Object.fromEntries(f.formatToParts(now).map((x) => [x.type, x.value]));
      return dayNumber(Number(p.year), Number(p.month), Number(p.day));
    } catch {
      // Unknown zone: fall through to Vietnam time.
    }
  }
  return Math.floor((ms + VIETNAM_OFFSET_MS) / MS_PER_DAY);
}
