/** Stepping over working days of a Calendar. All dates are local ISO dates ("2026-02-17"). */
import type { Calendar } from "./calendar.ts";
import { type WorkingDayTest, workingDayTest } from "./fast-path.ts";
import { fromDayNumber, toDayNumber } from "./iso-date.ts";

// No real year has a run of days off this long; a table that does is broken, so fail loudly.
const MAX_DAYS_OFF_IN_A_ROW = 366;

function step(isWorking: WorkingDayTest, from: number, direction: 1 | -1): number {
  let n = from;
  for (let i = 0; i < MAX_DAYS_OFF_IN_A_ROW; i++) {
    n += direction;
    if (isWorking(n)) return n;
  }
  const where = direction > 0 ? "after" : "before";
  throw new Error(`No working day within ${MAX_DAYS_OFF_IN_A_ROW} days ${where} ${fromDayNumber(from)}`);
}

/** The first working day strictly after `isoDate`. */
export function nextWorkingDay(cal: Calendar, isoDate: string): string {
  return fromDayNumber(step(workingDayTest(cal), toDayNumber(isoDate), 1));
}

/** The last working day strictly before `isoDate`. */
export function previousWorkingDay(cal: Calendar, isoDate: string): string {
  return fromDayNumber(step(workingDayTest(cal), toDayNumber(isoDate), -1));
}

/** `isoDate` itself if it is a working day, else the last working day before it (a Saturday deadline → Friday). */
export function workingDayOnOrBefore(cal: Calendar, isoDate: string): string {
  return cal.isWorkingDay(isoDate) ? isoDate : previousWorkingDay(cal, isoDate);
}

/** `isoDate` itself if it is a working day, else the first working day after it. */
export function workingDayOnOrAfter(cal: Calendar, isoDate: string): string {
  return cal.isWorkingDay(isoDate) ? isoDate : nextWorkingDay(cal, isoDate);
}

/**
 * The n-th working day after `isoDate` (n > 0) or before it (n < 0), not counting `isoDate`
 * itself; n = 0 returns `isoDate` unchanged, working day or not.
 */
export function addWorkingDays(cal: Calendar, isoDate: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays needs a whole number of days, got ${n}`);
  const isWorking = workingDayTest(cal);
  let d = toDayNumber(isoDate);
  const direction = n > 0 ? 1 : -1;
  for (let i = 0; i < Math.abs(n); i++) d = step(isWorking, d, direction);
  return fromDayNumber(d);
}

/**
 * Working days in (fromIso, toIso] when from ≤ to. When to < from, minus the working days in
 * [toIso, fromIso), so that workingDaysBetween(d, addWorkingDays(d, n)) === n for every d and n.
 */
export function workingDaysBetween(cal: Calendar, fromIso: string, toIso: string): number {
  const isWorking = workingDayTest(cal);
  const from = toDayNumber(fromIso);
  const to = toDayNumber(toIso);
  const [first, last] = from <= to ? [from + 1, to] : [to, from - 1];
  let count = 0;
  for (let d = first; d <= last; d++) if (isWorking(d)) count++;
  return from <= to ? count : -count;
}
