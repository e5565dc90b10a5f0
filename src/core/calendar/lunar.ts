/**
 * Gregorian ↔ Vietnamese lunar calendar, after Hồ Ngọc Đức's published algorithm
 * (astronomical new moons and solar terms, reckoned at the meridian of UTC+7).
 * The Vietnamese and Chinese calendars differ in some years only because of that meridian.
 */
import { fromDayNumber, toDayNumber } from "./iso-date.ts";

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** True for the repeated (intercalary) month, "tháng nhuận". */
  leap: boolean;
}

/** Vietnam's civil time zone in hours; the calendar is defined by it. */
export const VIETNAM_UTC_OFFSET_HOURS = 7;

// Julian day number of 1970-01-01; our day numbers count from there.
const JD_UNIX_EPOCH = 2_440_588;
const SYNODIC_MONTH = 29.530588853;
// Julian date of the new moon of 1900-01-01, the origin of Hồ Ngọc Đức's month index k.
const NEW_MOON_1900 = 2_415_021.076998695;
const DEG = Math.PI / 180;

const jdOf = (isoDate: string): number => toDayNumber(isoDate) + JD_UNIX_EPOCH;
const isoOf = (jd: number): string => fromDayNumber(jd - JD_UNIX_EPOCH);

/** Julian date (fractional, UT) of the k-th new moon after 1900-01-01 (Meeus, simplified). */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
  const m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEG; // sun's mean anomaly
  const mpr = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEG; // moon's mean anomaly
  const f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEG; // moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * t) * Math.sin(m) + 0.0021 * Math.sin(2 * m);
  c1 += -0.4068 * Math.sin(mpr) + 0.0161 * Math.sin(2 * mpr) - 0.0004 * Math.sin(3 * mpr);
  c1 += 0.0104 * Math.sin(2 * f) - 0.0051 * Math.sin(m + mpr) - 0.0074 * Math.sin(m - mpr);
  c1 += 0.0004 * Math.sin(2 * f + m) - 0.0004 * Math.sin(2 * f - m) - 0.0006 * Math.sin(2 * f + mpr);
  c1 += 0.001 * Math.sin(2 * f - mpr) + 0.0005 * Math.sin(2 * mpr + m);
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd1 + c1 - deltaT;
}

/** Sun's apparent longitude in radians, [0, 2π), at Julian date jdn (UT). */
function sunLongitude(jdn: number): number {
  const t = (jdn - 2451545.0) / 36525;
  const t2 = t * t;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(DEG * m);
  dl += (0.019993 - 0.000101 * t) * Math.sin(DEG * 2 * m) + 0.00029 * Math.sin(DEG * 3 * m);
  const l = (l0 + dl) * DEG;
  return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
}

/** Julian day number of the local day on which the k-th new moon falls. */
function newMoonDay(k: number, tz: number): number {
  return Math.floor(newMoon(k) + 0.5 + tz / 24);
}

/** Solar term index 0–11 (30° sectors) at the start of local day jdn. */
function solarSector(jdn: number, tz: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - tz / 24) / Math.PI) * 6);
}

/** Julian day number of the start of lunar month 11 (the month holding the winter solstice) of year yy. */
function lunarMonth11(yy: number, tz: number): number {
  const off = jdOf(`${String(yy).padStart(4, "0")}-12-31`) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k, tz);
  return solarSector(nm, tz) >= 9 ? newMoonDay(k - 1, tz) : nm;
}

/** Index (1-based, counted from month 11) of the leap month in the 13-month lunar year starting at a11. */
function leapMonthOffset(a11: number, tz: number): number {
  const k = Math.floor((a11 - NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = solarSector(newMoonDay(k + i, tz), tz);
  let last: number;
  // The leap month is the first one that contains no new solar term.
  do {
    last = arc;
    i++;
    arc = solarSector(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

/** The Vietnamese lunar date of a Gregorian ISO date. */
export function solarToLunar(isoDate: string, tz = VIETNAM_UTC_OFFSET_HOURS): LunarDate {
  const dayNumber = jdOf(isoDate);
  const yy = Number(isoDate.slice(0, 4));
  // The mean month's estimate of k can be one short of the true new moon's: on 2054-05-07 and 2062-04-09 both k + 1 and k began
  // after the day, and the day came out 0. Step back until the month has begun.
  let k = Math.floor((dayNumber - NEW_MOON_1900) / SYNODIC_MONTH) + 1;
  let monthStart = newMoonDay(k, tz);
  while (monthStart > dayNumber) monthStart = newMoonDay(--k, tz);
  let a11 = lunarMonth11(yy, tz);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = yy;
    a11 = lunarMonth11(yy - 1, tz);
  } else {
    year = yy + 1;
    b11 = lunarMonth11(yy + 1, tz);
  }
  const day = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  // More than 365 days between two months 11: this lunar year has 13 months.
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, tz);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { day, month, year, leap };
}

/** The Gregorian ISO date of a Vietnamese lunar date; throws RangeError for a leap month the year lacks. */
export function lunarToSolar(lunar: LunarDate, tz = VIETNAM_UTC_OFFSET_HOURS): string {
  const { day, month, year, leap } = lunar;
  const [a11, b11] =
    month < 11 ? [lunarMonth11(year - 1, tz), lunarMonth11(year, tz)] : [lunarMonth11(year, tz), lunarMonth11(year + 1, tz)];
  const k = Math.floor(0.5 + (a11 - NEW_MOON_1900) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) throw new RangeError(`Lunar year ${year} has no leap month ${month}`);
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    throw new RangeError(`Lunar year ${year} has no leap month`);
  }
  return isoOf(newMoonDay(k + off, tz) + day - 1);
}

/** Gregorian date of Tết (1 tháng Giêng) of the lunar year that begins in Gregorian year `year`. */
export function tetDate(year: number): string {
  return lunarToSolar({ day: 1, month: 1, year, leap: false });
}
