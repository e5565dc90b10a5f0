/**
 * Instants ↔ local wall-clock dates, independent of the server's own time zone.
 * Asia/Ho_Chi_Minh is a fixed UTC+7 (no daylight saving since 1975), so it takes a fast path;
 * any other IANA zone goes through Intl.
 */
import { fromDayNumber, toDayNumber } from "./iso-date.ts";

export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const VIETNAM_OFFSET_MINUTES = 420;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Minutes to add to UTC to get wall-clock time in `timeZone` at `instantMs`. */
export function utcOffsetMinutes(instantMs: number, timeZone: string): number {
  if (timeZone === VIETNAM_TIME_ZONE) return VIETNAM_OFFSET_MINUTES;
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(instantMs))) parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return Math.round((wall - (instantMs - (instantMs % 1000))) / MS_PER_MINUTE);
}

/** Wall-clock milliseconds of an instant: UTC fields of the result read as local time. */
function wallMs(instant: Date, timeZone: string): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError("Invalid Date");
  return ms + utcOffsetMinutes(ms, timeZone) * MS_PER_MINUTE;
}

/** The local ISO date of an instant, e.g. 2026-12-31T17:30:00Z → "2027-01-01" in Vietnam. */
export function localDate(instant: Date, tz: string = VIETNAM_TIME_ZONE): string {
  return fromDayNumber(Math.floor(wallMs(instant, tz) / MS_PER_DAY));
}

/** Minutes since local midnight of an instant, with fractions (07:30:30 → 450.5). */
export function localMinuteOfDay(instant: Date, tz: string = VIETNAM_TIME_ZONE): number {
  const ms = wallMs(instant, tz);
  return (ms - Math.floor(ms / MS_PER_DAY) * MS_PER_DAY) / MS_PER_MINUTE;
}

/** The instant at `minuteOfDay` minutes after local midnight of `isoDate`: ("2026-12-31", 480) → 2026-12-31T01:00:00Z. */
export function atLocalTime(isoDate: string, minuteOfDay: number, tz: string = VIETNAM_TIME_ZONE): Date {
  const wall = toDayNumber(isoDate) * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE;
  const guess = wall - utcOffsetMinutes(wall, tz) * MS_PER_MINUTE;
  // A second pass settles zones whose offset differs between the guess and the answer (DST edges).
  return new Date(wall - utcOffsetMinutes(guess, tz) * MS_PER_MINUTE);
}
