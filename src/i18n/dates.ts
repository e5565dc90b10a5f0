/**
 * Dates as officials read them: dd/MM/yyyy, 24-hour time, weekday names from the catalogue,
 * always in Asia/Ho_Chi_Minh unless told otherwise, whatever the server's own time zone.
 */
import type { Locale } from "./catalogue.ts";
import { t } from "./translate.ts";
import { utcOffsetMinutes } from "../core/calendar/time-zone.ts";

export const VIETNAM_TZ = "Asia/Ho_Chi_Minh";

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
type Weekday = (typeof WEEKDAYS)[number];

interface Wall {
  day: string;
  month: string;
  year: string;
  time: string;
  weekday: Weekday;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** The wall-clock fields of an instant in a time zone (the calendar's offset rules, no Intl per call). */
function wall(d: Date, timeZone: string): Wall {
  const ms = d.getTime();
  if (Number.isNaN(ms)) throw new RangeError("i18n: cannot format an invalid Date");
  const w = new Date(ms + utcOffsetMinutes(ms, timeZone) * 60_000);
  return {
    day: pad(w.getUTCDate()),
    month: pad(w.getUTCMonth() + 1),
    year: String(w.getUTCFullYear()),
    time: `${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}`,
    weekday: WEEKDAYS[(w.getUTCDay() + 6) % 7]!,
  };
}

/** "25/11/2026": the calendar day of `d` in `timeZone` (default Asia/Ho_Chi_Minh). */
export function formatDate(d: Date, _locale: Locale, timeZone: string = VIETNAM_TZ): string {
  const w = wall(d, timeZone);
  return `${w.day}/${w.month}/${w.year}`;
}

/** "09:00 Thứ Tư, 25/11/2026" (vi) or "09:00 Wed, 25/11/2026" (en). */
export function formatDateTime(d: Date, locale: Locale, timeZone: string = VIETNAM_TZ): string {
  const w = wall(d, timeZone);
  return `${w.time} ${t(locale, `date.weekday_short.${w.weekday}`)}, ${w.day}/${w.month}/${w.year}`;
}

/** "Thứ Hai" … "Chủ Nhật" (vi), "Monday" … "Sunday" (en), for the day of `d` in `timeZone`. */
export function weekdayName(d: Date, locale: Locale, timeZone: string = VIETNAM_TZ): string {
  return t(locale, `date.weekday.${wall(d, timeZone).weekday}`);
}

/** An ISO calendar date: a day without a time zone. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2022-12-31" → "31/12/2022". Throws on anything that is not a real YYYY-MM-DD date. */
export function formatIsoDate(iso: string, _locale: Locale): string {
  const m = ISO_DATE.exec(iso);
  const probe = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !probe || probe.getUTCDate() !== Number(m[3]) || probe.getUTCMonth() !== Number(m[2]) - 1) {
    throw new RangeError(`i18n: "${iso}" is not a YYYY-MM-DD date`);
  }
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/**
 * Days until a deadline as a phrase: n > 0 "còn 3 ngày" / "3 days left", 0 "hôm nay" / "today",
 * n < 0 "quá hạn 2 ngày" / "2 days overdue". n is a whole number of days.
 */
export function daysPhrase(n: number, locale: Locale): string {
  if (!Number.isInteger(n)) throw new RangeError(`i18n: daysPhrase needs a whole number of days, got ${n}`);
  if (n === 0) return t(locale, "days.today");
  return n > 0 ? t(locale, "days.left", { n }) : t(locale, "days.overdue", { n: -n });
}
