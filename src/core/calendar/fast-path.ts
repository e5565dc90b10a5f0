/**
 * Calendars made by createCalendar answer "is day number n a working day?" without building ISO
 * strings; the stepping functions use that when they can and fall back to isWorkingDay otherwise,
 * so any object implementing Calendar (a test fake, a wrapper) still works.
 */
import type { Calendar } from "./calendar.ts";
import { fromDayNumber } from "./iso-date.ts";

export type WorkingDayTest = (dayNumber: number) => boolean;

const fastTests = new WeakMap<Calendar, WorkingDayTest>();

export function registerWorkingDayTest(cal: Calendar, test: WorkingDayTest): void {
  fastTests.set(cal, test);
}

export function workingDayTest(cal: Calendar): WorkingDayTest {
  return fastTests.get(cal) ?? ((n) => cal.isWorkingDay(fromDayNumber(n)));
}
