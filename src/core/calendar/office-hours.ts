/** Office hours on working days, in the calendar's time zone. */
import type { Calendar, OfficeHours } from "./calendar.ts";
import { atLocalTime, localDate, localMinuteOfDay } from "./time-zone.ts";
import { nextWorkingDay } from "./working-days.ts";

function sortedRanges(hours: OfficeHours): Array<[number, number]> {
  const ranges = hours.ranges.filter(([start, end]) => end > start);
  if (ranges.length === 0) throw new RangeError("Office hours need at least one non-empty range");
  return [...ranges].sort((a, b) => a[0] - b[0]);
}

/** True when `instant` falls in an office window, start included, end excluded, on a working day. */
export function isWithinOfficeHours(cal: Calendar, instant: Date, hours: OfficeHours): boolean {
  if (!cal.isWorkingDay(localDate(instant, cal.timeZone))) return false;
  const minute = localMinuteOfDay(instant, cal.timeZone);
  return hours.ranges.some(([start, end]) => minute >= start && minute < end);
}

/**
 * `instant` itself when it is inside office hours on a working day, otherwise the start of the
 * next office window (later the same day, or the first window of the next working day).
 */
export function nextWorkingMoment(cal: Calendar, instant: Date, hours: OfficeHours): Date {
  const ranges = sortedRanges(hours);
  const today = localDate(instant, cal.timeZone);
  if (cal.isWorkingDay(today)) {
    const minute = localMinuteOfDay(instant, cal.timeZone);
    for (const [start, end] of ranges) {
      if (minute < start) return atLocalTime(today, start, cal.timeZone);
      if (minute < end) return instant;
    }
  }
  const [firstStart] = ranges[0] ?? [0];
  return atLocalTime(nextWorkingDay(cal, today), firstStart, cal.timeZone);
}
