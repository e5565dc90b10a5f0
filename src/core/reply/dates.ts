/**
 * Date phrases in a reply, resolved to a calendar day from "today". Patterns run on FOLDED text.
 * Conventions: a day-month without a year is the next such date not before today; a month, quarter
 * or year means its last day; a week means its Friday, the last working day ("tuần sau" = Friday of
 * next week); "đầu tuần sau" is Monday, "đầu tháng sau" the 1st, "giữa tháng" the 15th.
 */
import {
  dayNumber, daysInMonth, endOfMonth, isValidDay, mondayOf, parts, toIso, weekday, type DayNumber,
} from "./calendar.ts";
import { dateWords, W } from "./date-words.ts";
import { COUNTED_NOUNS } from "./grammar.ts";
import { alternation } from "../text/fold.ts";

export interface DateMatch {
  start: number;
  end: number;
  iso: string;
  /** Counted from today ("3 ngày nữa", "in 2 weeks"), not a calendar date. */
  relative: boolean;
  /** A day-month without a year that has passed this year, so it was moved to next year. */
  rolled: boolean;
  /** Before today (a year was given). */
  past: boolean;
}

interface Flags { rolled: boolean }
type Resolve = (m: RegExpExecArray, today: DayNumber, flags: Flags) => DayNumber | null;

/** Words before a day/month that make "1/2" a date rather than a half. */
const DATE_CONTEXT = /(?:den|toi|truoc|ngay|han|vao|sang|qua|het|tu|until|till|by|to|on|before)\s*$/;
/** "9/10 chỉ tiêu", "3/5 xã": a count of things after a slash pair, not a day and month. */
const COUNTED_AFTER = new RegExp(String.raw`^\s*(?:${alternation(COUNTED_NOUNS)})(?![a-z0-9])`);
/** Numbers right after a task prefix are task references, not dates: "NV2-5", "#3/4". */
const AFTER_TASK_PREFIX = /(?:nv|#|vu|viec|so|task|item|muc)\s*$/;

/** The word after "thứ" that names a weekday, and its number (Monday 1). Folded. */
export const VN_WEEKDAYS: Readonly<Record<string, number>> = { hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6 };
const EN_WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, fri: 5, saturday: 6 };
const EN_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
/** Vietnamese and English number words for "hai tuần nữa", "in two weeks". */
export const NUMBER_WORDS: Record<string, number> = {
  mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10, "muoi lam": 15, "hai muoi": 20, "ba muoi": 30,
  // the South counts in tens: "chục bữa" (ten days), "hai chục ngày"
  chuc: 10, "hai chuc": 20, "ba chuc": 30,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, fifteen: 15, thirty: 30,
};
const COUNT = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join("|")})`;
const countOf = (s: string): number => NUMBER_WORDS[s] ?? Number(s);

const year4 = (s: string | undefined): number | null => (s === undefined ? null : s.length === 2 ? 2000 + Number(s) : Number(s));
const addMonths = (day: DayNumber, n: number): DayNumber => {
  const { y, m, d } = parts(day);
  const ty = y + Math.floor((m - 1 + n) / 12), tm = ((m - 1 + n) % 12) + 1;
  return dayNumber(ty, tm, Math.min(d, daysInMonth(ty, tm)));
};
/** The next (d, m) not before today, or that exact date when the year is given. */
function dayMonth(d: number, m: number, y: number | null, today: DayNumber, flags?: Flags): DayNumber | null {
  if (y !== null) return isValidDay(y, m, d) ? dayNumber(y, m, d) : null;
  const ty = parts(today).y;
  if (flags && isValidDay(ty, m, d) && dayNumber(ty, m, d) < today) flags.rolled = true;
  for (let yy = ty; yy <= ty + 8; yy++) if (isValidDay(yy, m, d) && dayNumber(yy, m, d) >= today) return dayNumber(yy, m, d);
  return null;
}
/** The next day numbered d (1–31) not before today: this month or the following ones. */
function dayOfMonth(d: number, today: DayNumber): DayNumber | null {
  const { y, m } = parts(today);
  for (let i = 0; i < 3; i++) {
    const yy = y + Math.floor((m - 1 + i) / 12), mm = ((m - 1 + i) % 12) + 1;
    if (isValidDay(yy, mm, d) && dayNumber(yy, mm, d) >= today) return dayNumber(yy, mm, d);
  }
  return null;
}
/** The last day of month m, not before this month when the year is not given. */
function monthEnd(m: number, y: number | null, today: DayNumber): DayNumber | null {
  if (m < 1 || m > 12) return null;
  const t = parts(today);
  return endOfMonth(y ?? (m >= t.m ? t.y : t.y + 1), m);
}
function quarterEnd(q: number, y: number | null, today: DayNumber): DayNumber {
  const end = endOfMonth(y ?? parts(today).y, q * 3);
  return y === null && end < today ? endOfMonth(parts(today).y + 1, q * 3) : end;
}
const currentQuarter = (today: DayNumber): number => Math.ceil(parts(today).m / 3);
/** Friday of this week, or today when Friday has passed (a weekend reply about "cuối tuần"). */
const thisFriday = (today: DayNumber): DayNumber => Math.max(mondayOf(today) + 4, today);
const nextOnOrAfter = (w: number, today: DayNumber): DayNumber => today + ((w - weekday(today) + 7) % 7);
function onWeek(w: number, which: string | undefined, today: DayNumber): DayNumber {
  const offset = (w + 6) % 7; // days after Monday
  if (!which) return nextOnOrAfter(w, today);
  return mondayOf(today) + offset + (/nay|this/.test(which) ? 0 : 7);
}

/**
 * Date patterns, most specific first; a later pattern never takes text an earlier one matched.
 * Each is preceded by what every match of it contains, as date-word bits: all of the first (a digit
 * or nothing), one of the second; a clause without those skips the pattern.
 */
const WEEK = W.tuan | W.week;
const MONTH = W.thang | W.month;
const QUARTER = W.quy | W.quarter;
const YEAR = W.nam | W.year;
const PATTERNS: Array<[number, number, RegExp, Resolve, boolean?]> = [
  // ISO 2026-12-30
  [W.digit, W.dash, /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g, (m) => (isValidDay(+m[1]!, +m[2]!, +m[3]!) ? dayNumber(+m[1]!, +m[2]!, +m[3]!) : null)],
  // 30/12/2026, 30-12-26, 30.12.2026
  [W.digit, W.slash | W.dot | W.dash, /(?<![\d/.])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?![\d/])/g, (m, t, f) => dayMonth(+m[1]!, +m[3]!, year4(m[4]), t, f)],
  // "mùng 5 tháng sau", "ngày 10 tháng tới": that day of next month (round 17; "5 tháng sau" alone is five months on)
  [W.digit, W.thang, /(?<![a-z])(?:ngay|mung|mong)\s+(\d{1,2})\s+thang\s+(?:sau|toi)(?![a-z])/g, (m, t) => {
    const p = parts(t);
    const [y, mo] = p.m === 12 ? [p.y + 1, 1] : [p.y, p.m + 1];
    return isValidDay(y, mo, +m[1]!) ? dayNumber(y, mo, +m[1]!) : null;
  }],
  // 15/1 năm sau, ngày 15 tháng 1 năm sau: that day of next year
  [W.digit, W.nam, /(?<![\d/.,-])(?:ngay\s+)?(\d{1,2})\s*(?:[/-]|\s+thang\s+)\s*(\d{1,2})\s+nam\s+(?:sau|toi)(?![a-z])/g, (m, t) => dayMonth(+m[1]!, +m[2]!, parts(t).y + 1, t)],
  // ngày 30 tháng 6 (năm 2027)
  [W.digit, W.thang, /(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*(?:nam|\/|,)\s*(\d{4}))?(?![\d/])/g, (m, t, f) => dayMonth(+m[1]!, +m[2]!, year4(m[3]), t, f)],
  // 30 june (2027), june 30(, 2027)
  // Without marks "máy" is "may": "xin them 2 may bom", "1 may xuc" count machines, so May is a month only with no word after
  // it ("2 May", "2 May 2027") and, written first, only before an ordinal or a year ("May 2nd", "May 2, 2027"; "may 2" is machine 2).
  [W.digit, W.monthName, new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${EN_MONTHS.join("|")})(?<!may(?=\\s+[a-z]))[a-z]*\\.?(?:,?\\s+(\\d{4}))?(?![a-z0-9])`, "g"),
    (m, t, f) => dayMonth(+m[1]!, EN_MONTHS.indexOf(m[2]!) + 1, year4(m[3]), t, f)],
  [W.digit, W.monthName, new RegExp(`(?<![a-z])(${EN_MONTHS.join("|")})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![0-9])(?<!(?<![a-z])may\\s+\\d{1,2})`, "g"),
    (m, t, f) => dayMonth(+m[2]!, EN_MONTHS.indexOf(m[1]!) + 1, year4(m[3]), t, f)],
  // thứ sáu tuần sau, thứ 6 tuần này, chủ nhật, next friday
  [0, W.thu, /(?<![a-z])thu\s+(hai|ba|tu|nam|sau|bay|[2-7])(?![a-z0-9])(?:\s+(tuan\s+(?:nay|sau|toi)))?/g, (m, t) => onWeek(VN_WEEKDAYS[m[1]!]!, m[2], t)],
  // "t6 e gui", "t5 tuan sau": a weekday as chat writes it (round 16); "T6/2026" is a month and stays one.
  [W.digit, W.digit, /(?<![a-z0-9/.-])t([2-7])(?![a-z0-9%/.-]|\s*[/-]\s*\d)(?:\s+(tuan\s+(?:nay|sau|toi)))?/g, (m, t) => onWeek(VN_WEEKDAYS[m[1]!]!, m[2], t)],
  [0, W.chu, /(?<![a-z])chu\s+nhat(?:\s+(tuan\s+(?:nay|sau|toi)))?/g, (m, t) => onWeek(0, m[1], t)],
  [0, W.day | W.fri, /(?<![a-z])(?:(next|this)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|fri|saturday)(?![a-z])/g,
    (m, t) => onWeek(EN_WEEKDAYS[m[2]!]!, m[1] === "next" ? "sau" : m[1], t)],
  // weeks
  [0, WEEK, /(?<![a-z])(?:dau\s+tuan\s+(?:sau|toi)|early\s+next\s+week)(?![a-z])/g, (_m, t) => mondayOf(t) + 7],
  // "cuối tuần sau" is next week's Sunday, as "cuối tuần" is this week's (two round-18/19 writers of three); "hết tuần sau" its Friday.
  [0, WEEK, /(?<![a-z])cuoi\s+tuan\s+(?:sau|toi)(?![a-z])/g, (_m, t) => mondayOf(t) + 13],
  [0, WEEK, /(?<![a-z])(?:het\s+|trong\s+)?tuan\s+(?:sau|toi)(?![a-z])|next\s+week/g, (_m, t) => mondayOf(t) + 11],
  // "cuối tuần (này)", "weekend": the coming Sunday, as the blind writers of round 5 read it; the working week's end ("hết tuần", "trong tuần này") is its Friday.
  [0, WEEK, /(?<![a-z])(?:cuoi\s+tuan(?:\s+nay)?|(?:the\s+|this\s+)?weekend)(?![a-z])/g, (_m, t) => mondayOf(t) + 6],
  [0, WEEK, /(?<![a-z])(?:het\s+tuan(?:\s+nay)?|trong\s+tuan(?:\s+nay)?|tuan\s+nay|this\s+week|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?week)(?![a-z])/g, (_m, t) => thisFriday(t)],
  // months
  [0, MONTH, /(?<![a-z])(?:dau\s+thang\s+(?:sau|toi)|early\s+next\s+month)(?![a-z])/g, (_m, t) => { const p = parts(t); return endOfMonth(p.y, p.m) + 1; }],
  [0, W.thang, /(?<![a-z])giua\s+thang\s+(?:sau|toi)(?![a-z])/g, (_m, t) => { const p = parts(t); return endOfMonth(p.y, p.m) + 15; }],
  [0, MONTH, /(?<![a-z])(?:cuoi\s+|het\s+|trong\s+)?thang\s+(?:sau|toi)(?![a-z])|(?:(?:the\s+)?end\s+of\s+)?next\s+month/g, (_m, t) => { const p = parts(t); return endOfMonth(p.y, p.m + 1); }],
  // "đầu tháng 1", "giữa tháng 1" are matched whole: they make a plan but name no day it is due (classify.ts MONTH_PART).
  [W.digit, W.thang, /(?<![a-z])(?:cuoi|het|trong|den|truoc|vao|dau|giua)?\s*thang\s+(\d{1,2})(?:\s*(?:\/|-|nam)\s*(\d{4}))?(?![\d/])/g, (m, t) => {
    const end = monthEnd(+m[1]!, year4(m[2]), t);
    // asked for as more time, "đến đầu tháng 1" is its first day, "giữa tháng 1" its 15th
    return end === null ? null : m[0].startsWith("dau") ? end - parts(end).d + 1 : m[0].startsWith("giua") ? end - parts(end).d + 15 : end;
  }],
  [0, MONTH, /(?<![a-z])(?:cuoi\s+thang(?:\s+nay)?|het\s+thang(?:\s+nay)?|trong\s+thang(?:\s+nay)?|thang\s+nay|this\s+month|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month)(?![a-z])/g,
    (_m, t) => { const p = parts(t); return endOfMonth(p.y, p.m); }],
  [0, W.thang, /(?<![a-z])giua\s+thang(?:\s+nay)?(?![a-z])/g, (_m, t) => { const p = parts(t); return Math.max(dayNumber(p.y, p.m, 15), t); }],
  // quarters: hết quý I/2027, quý 4, Q1 2027
  // "quý 1 năm sau": the quarter of next year, read whole so "năm sau" is not a date of its own
  [0, W.quy, /(?<![a-z])quy\s+(iv|iii|ii|i|[1-4])(?![a-z0-9])(?:\s*(?:\/|-|nam)\s*(\d{4})|\s+(?:nam\s+(?:sau|toi)|next\s+year)(?![a-z]))?/g,
    (m, t) => quarterEnd(ROMAN[m[1]!]!, year4(m[2]) ?? (/(?:sau|toi|year)$/.test(m[0]) ? parts(t).y + 1 : null), t)],
  [W.digit, W.q, /(?<![a-z])q([1-4])(?:\s*[/-]?\s*(\d{4}))?(?![a-z0-9])/g, (m, t) => quarterEnd(+m[1]!, year4(m[2]), t)],
  [0, QUARTER, /(?<![a-z])(?:cuoi|het|trong)?\s*quy\s+(?:sau|toi)(?![a-z])|next\s+quarter/g, (_m, t) => { const q = currentQuarter(t) + 1; return q > 4 ? quarterEnd(1, parts(t).y + 1, t) : quarterEnd(q, parts(t).y, t); }],
  [0, QUARTER, /(?<![a-z])(?:cuoi\s+quy|het\s+quy|trong\s+quy|quy\s+nay|this\s+quarter|end\s+of\s+(?:the\s+)?quarter)(?![a-z])/g, (_m, t) => quarterEnd(currentQuarter(t), parts(t).y, t)],
  // years
  [0, YEAR, /(?<![a-z])nam\s+(?:sau|toi)(?![a-z])|next\s+year/g, (_m, t) => dayNumber(parts(t).y + 1, 12, 31)],
  // "6 tháng cuối năm" is the year's second half, a period named, never a day (round 19, BC).
  [0, YEAR, /(?<![a-z])(?:(?<!thang\s)(?:cuoi|het|trong)\s+nam(?:\s+nay|(?!\s*\d))|nam\s+nay|this\s+year|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year)(?![a-z])/g, (_m, t) => dayNumber(parts(t).y, 12, 31)],
  [W.digit, W.nam, /(?<![a-z])nam\s+(\d{4})(?![\d/])/g, (m) => dayNumber(+m[1]!, 12, 31)],
  // today ("chiều nay là xong"), tomorrow ("mai xong", "mai em nộp", a clause of "mai nghen" or "mai" alone: "Chưa, mai")
  // "mấy hôm nay", "3 hôm nay", "cả tuần nay": the days up to now, no day (round 19).
  [0, W.hom | W.ngay | W.today | W.nay, /(?<![a-z])(?:(?<!(?:may|vai|\d{1,2}|ca|suot|nhung|hai|ba|bon|nam)\s+)hom\s+nay|trong\s+ngay(?!\s+(?:mai|kia|mot))|today|(?:sang|trua|chieu|toi|dem)\s+nay)(?![a-z])/g, (_m, t) => t],
  // "Để chiều em làm cho xong": "let it be the afternoon", today's (round 16).
  [0, W.partOfDay, /(?<![a-z])de\s+(?:chieu|trua)(?!\s+(?:qua|hom|mai|nay))(?![a-z])/g, (_m, t) => t],
  [0, W.mai | W.tomorrow, /(?<![a-z])(?:ngay\s+mai|tomorrow|(?<=(?:den|toi|truoc|sang|hen|chieu|trua)\s+)mai|mai(?=\s+(?:(?:da\s+)?(?:em|e|minh|toi|tui|ben\s+em|ben\s+tui)\s+)?(?:(?:la|se|moi|thi)\s+)?(?:xong|hoan\s+(?:thanh|tat)|ht|nop|gui|lam|bo\s+sung|bao\s+cao|xu\s+ly|trinh|hoan\s+thien)(?![a-z]))|(?<=^\s*)mai(?=(?:\s+(?:nghen|nhe|nha|nhen|a|anh|chi))?\s*[.!]*\s*$)|(?<=(?<![a-z])thi\s+)mai(?=(?:\s+(?:nghen|nhe|nha|nhen|a|anh|chi))?\s*[.!]*\s*$)|mai(?=\s+(?:[a-z]+\s+){1,2}moi\s+(?:di|lam|gui|nop|xong|bat dau|trien khai|kiem tra)(?![a-z])))(?![a-z])/g, (_m, t) => t + 1],
  [0, W.ngay, /(?<![a-z])ngay\s+kia(?![a-z])/g, (_m, t) => t + 2],
  // 30/6, 30-6, ngày 30.6
  [W.digit, W.slash | W.dash, /(?<![\d/.,-])(\d{1,2})\s?[/-]\s?(\d{1,2})(?![\d/]|[.,]\d)/g, (m, t, f) => dayMonth(+m[1]!, +m[2]!, null, t, f)],
  [W.digit, W.ngay, /ngay\s+(\d{1,2})\.(\d{1,2})(?![\d.])/g, (m, t, f) => dayMonth(+m[1]!, +m[2]!, null, t, f)],
  // đến 20.12, trước 5.1: a dot between day and month after a word that asks for a date
  [W.digit, W.dot, /(?<=(?<![a-z])(?:den|toi|truoc|vao|han|sang|tu|nhat|kien|dk|khoang|phai|kip|tam|until|by)\s+)(\d{1,2})\.(\d{1,2})(?![\d.]|\s*%)/g, (m, t, f) => dayMonth(+m[1]!, +m[2]!, null, t, f)],
  // ngày 30: the next 30th
  [W.digit, W.ngay, /(?<![a-z])ngay\s+(\d{1,2})(?![\d/.]|\s+thang)/g, (m, t) => dayOfMonth(+m[1]!, t)],
  // 3 ngày nữa, trong 2 tuần, in 5 days
  [0, W.ngay | W.hom | W.tuan | W.thang | W.day | W.week | W.month, new RegExp(`(?<![a-z0-9])(?:(?:trong|in|within)\\s+)?${COUNT}\\s+(ngay|hom|tuan|thang|days?|weeks?|months?)\\s+(?:nua|toi|later|from\\s+now)(?![a-z])|(?<![a-z])(?:trong|in|within)\\s+${COUNT}\\s+(ngay|tuan|thang|days?|weeks?|months?)(?![a-z])`, "g"),
    (m, t) => { const n = countOf(m[1] ?? m[3]!), u = m[2] ?? m[4]!; return /^(?:thang|month)/.test(u) ? addMonths(t, n) : t + n * (/^(?:tuan|week)/.test(u) ? 7 : 1); }, true],
];

/** Around "sáng nay": "từ" before it, or "vừa", "đã", "rồi" after it. Folded. */
const MORNING_PAST = /^tu\s|\btu\s+\d{1,2}\s*h|(?<![a-z])(?:vua|da|roi|r)(?![a-z])/;
/** Before a "sáng nay" said last, a plan: "em sẽ gửi sáng nay", "định gửi sáng nay". Folded. */
const MORNING_PLAN = /(?<![a-z])(?:se|sap|dinh|du kien|chua)(?![a-z])/;
/** Before a "sáng nay" said last, what was sent or opened then ("em làm xong sáng nay" may still be a plan). Folded. */
const MORNING_SENT = /(?<![a-z])(?:gui|nop|phat hanh|ban hanh|ky|thong xe|chuyen)(?![a-z])/;
/** After "sáng nay", nothing but politeness to the end of the clause. Folded. */
const MORNING_LAST = /^(?:\s+(?:a|ah|anh|chi|nhe|nha|roi|r))*\s*[.!]*\s*$/;
/** "sáng nay" at [start, end) told as past: "từ" or a past marker around it, or said last after a sending with no plan before. */
function morningPast(folded: string, start: number, end: number): boolean {
  if (MORNING_PAST.test(folded.slice(Math.max(0, start - 4), end + 40))) return true;
  const before = folded.slice(Math.max(0, start - 40), start);
  return MORNING_LAST.test(folded.slice(end)) && MORNING_SENT.test(before) && !MORNING_PLAN.test(before);
}
/** Every date phrase in the folded text, in order of position, non-overlapping. */
/** `words`: dateWords(folded), when the caller has it already. */
export function findDates(folded: string, today: DayNumber, words = dateWords(folded)): DateMatch[] {
  const taken: DateMatch[] = [];
  for (let p = 0; p < PATTERNS.length; p++) {
    const pattern = PATTERNS[p]!, all = pattern[0], re = pattern[2], resolve = pattern[3];
    if ((words & all) !== all || (words & pattern[1]) === 0) continue;
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const start = m.index + (m[0].length - m[0].trimStart().length), end = m.index + m[0].length;
      if (taken.some((x) => x.start < end && start < x.end)) continue;
      const before = folded.slice(Math.max(0, start - 12), start);
      if (AFTER_TASK_PREFIX.test(before) && /^\d/.test(m[0])) continue;
      // "1/2", "3/4" are fractions unless a date word comes first.
      if (m.length >= 3 && /^\d{1,2}\s?[/-]\s?\d{1,2}$/.test(m[0]) && +m[1]! < +m[2]! && +m[2]! <= 4 && !DATE_CONTEXT.test(before)) continue;
      // "lùi qua 15/12 nha anh": after a word that asks for a date, "nha" is "nhé", not "nhà" counted.
      if (/^\d{1,2}\s?\/\s?\d{1,2}$/.test(m[0]) && COUNTED_AFTER.test(folded.slice(end, end + 16)) && !DATE_CONTEXT.test(before)) continue;
      const flags: Flags = { rolled: false };
      const day = resolve(m, today, flags);
      const iso = day === null ? null : toIso(day);
      // "sáng nay em vừa ký phát hành", "sáng nay gửi rồi", "từ sáng nay": this morning, told as done, is past (round 19, BF).
      // Said last, after what was done ("thông xe từ 6h sáng nay", "gửi qua bưu chính sáng nay ạ"), it dates that too.
      const past = day! < today || (folded.startsWith("sang nay", start) && morningPast(folded, start, end));
      if (iso) taken.push({ start, end, iso, relative: pattern[4] ?? false, rolled: flags.rolled, past });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
