/** Stepping over working days of a Calendar. All dates are local ISO dates ("2026-02-17"). */
import type { Calendar } from "./calendar.ts";
import { addDays } from "./iso-date.ts";

// No real year has a run of days off this long; a table that does is broken, so fail loudly.
const MAX_DAYS_OFF_IN_A_ROW = 366;

function step(cal: Calendar, isoDate: string, direction: 1 | -1): string {
  let d = isoDate;
  for (let i = 0; i < MAX_DAYS_OFF_IN_A_ROW; i++) {
    d = addDays(d, direction);
    if (cal.isWorkingDay(d)) return d;
  }
  throw new Error(`No working day within ${MAX_DAYS_OFF_IN_A_ROW} days ${direction > 0 ? "after" : "before"} ${isoDate}`);
}

/** The first working day strictly after `isoDate`. */
export function nextWorkingDay(cal: Calendar, isoDate: string): string {
  return step(cal, isoDate, 1);
}

/** The last working day strictly before `isoDate`. */
export function previousWorkingDay(cal: Calendar, isoDate: string): string {
  return step(cal, isoDate, -1);
}

/** `isoDate` itself if it is a working day, else the last working day before it (a Saturday deadline → Friday). */
export function workingDayOnOrBefore(cal: Calendar, isoDate: string): string {
  return cal.isWorkingDay(isoDate) ? isoDate : step(cal, isoDate, -1);
}

/** `isoDate` itself if it is a working day, else the first working day after it. */
export function workingDayOnOrAfter(cal: Calendar, isoDate: string): string {
  return cal.isWorkingDay(isoDate) ? isoDate : step(cal, isoDate, 1);
}

/**
 * The n-th working day after `isoDate` (n > 0) or before it (n < 0), not counting `isoDate`
 * itself; n = 0 returns `isoDate` unchanged, working day or not.
 */
export function addWorkingDays(cal: Calendar, isoDate: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays needs a whole number of days, got ${n}`);
  let d = isoDate;
  const direction = n > 0 ? 1 : -1;
  for (let i = 0; i < Math.abs(n); i++) d = step(cal, d, direction);
  return d;
}

/**
 * Working days in (fromIso, toIso] when from ≤ to. When to < from, minus the working days in
 * [toIso, fromIso), so that workingDaysBetween(d, addWorkingDays(d, n)) === n for every d and n.
 */
export function workingDaysBetween(cal: Calendar, fromIso: string, toIso: string): number {
  if (fromIso === toIso) return 0;
  const forward = fromIso < toIso;
  let count = 0;
  let d = forward ? addDays(fromIso, 1) : toIso;
  const end = forward ? toIso : addDays(fromIso, -1);
  for (; d <= end; d = addDays(d, 1)) if (cal.isWorkingDay(d)) count++;
  return forward ? count : -count;
}
