import { utcOffsetMinutes } from "../calendar/time-zone.ts";

/** An instant as ISO 8601 with the zone's offset: 2026-12-31T01:00:00Z → "2026-12-31T08:00:00+07:00". */
export function isoWithOffset(instant: Date, timeZone: string): string {
  const offset = utcOffsetMinutes(instant.getTime(), timeZone);
  const wall = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${wall}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}
