/**
 * Dates and deadline phrases in a task's text. Pure: the notice date and the year in scope come in
 * as arguments; working days are counted by the calendar passed in (weekends only by default).
 */
import { CUT_OFF_BEFORE, DEADLINE_CUE, LUNAR_AFTER, NUMERIC_DATE, WORDED_DATE, QUARTER, MONTH, MONTH_CUE, PART_OF_YEAR, YEAR_END, PERIOD_END, WITHIN_DAYS, SAME_DAY, MONTHLY_DAY } from "./grammar.ts";
import { PLAN_HORIZON_BEFORE, READY_BY_CUE, TARGET_AFTER_YEAR } from "./grammar-reports.ts";

/** Counts working days; the default knows only weekends. core/calendar provides one with holidays. */
export interface WorkingDays {
  addWorkingDays(isoDate: string, n: number): string;
}

export const WEEKENDS_ONLY: WorkingDays = {
  addWorkingDays(isoDate, n) {
    let d = isoToUtc(isoDate);
    let left = n;
    while (left > 0) {
      d = new Date(d.getTime() + 86_400_000);
      const wd = d.getUTCDay();
      if (wd !== 0 && wd !== 6) left--;
    }
    return utcToIso(d);
  },
};

export interface DateContext {
  /** Date the notice was issued: "trong 10 ngày", "cuối tháng" count from it, and only from it. */
  noticeDate: string | null;
  /** Dates before this are past, not deadlines: the notice date, else the meeting date. Default: noticeDate. */
  earliest?: string | null;
  /** Year for dates written without one: the list's scope year, else the notice's year. */
  year: number | null;
  workingDays: WorkingDays;
}

export interface Deadline {
  date: string;
  /** The phrase, as written in the original text. */
  text: string;
  index: number;
  /** The phrase gave a day or month without its year ("trước 15/11", "quý II"); the year was taken from the context. */
  yearGuessed: boolean;
}

export function isoToUtc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
export function utcToIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Counted once per calendar, start and span: a long notice asks "trong 10 ngày làm việc" of the same date many times. */
const SPANS = new WeakMap<WorkingDays, Map<string, string>>();
function addWorkingDaysOnce(days: WorkingDays, from: string, n: number): string {
  let known = SPANS.get(days);
  if (!known) SPANS.set(days, (known = new Map()));
  const key = `${from}+${n}`;
  let date = known.get(key);
  if (date === undefined) known.set(key, (date = days.addWorkingDays(from, n)));
  return date;
}

/** ISO date of y-m-d, or null when that day does not exist (31/6). */
export function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return utcToIso(dt);
}

const lastDayOfMonth = (y: number, m: number): string => utcToIso(new Date(Date.UTC(y, m, 0)));
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/** Reads a date that starts exactly at `at` in the folded text: "15/5/2023", "ngày 4 tháng 3 năm 2022". */
export function dateAt(folded: string, at: number): { y: number | null; m: number; d: number; end: number } | null {
  for (const re of [NUMERIC_DATE, WORDED_DATE]) {
    re.lastIndex = at;
    const m = re.exec(folded);
    if (m) return { d: Number(m[1]), m: Number(m[2]), y: m[3] ? Number(m[3]) : null, end: re.lastIndex };
  }
  return null;
}

/** Every explicit date in the text with its position: used for references and the meeting date. */
export function findDates(folded: string): Array<{ iso: string | null; d: number; m: number; y: number | null; index: number; end: number }> {
  const out = [];
  const re = /(?:\bngay\s+)?\d{1,2}(?=\s*[/.-]\s*\d{1,2}|\s+thang\s)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded))) {
    const start = m.index + (m[0].startsWith("ngay") ? m[0].lastIndexOf(" ") + 1 : 0);
    if (start > 0 && /[\d/.]/.test(folded[start - 1]!)) continue;
    const got = dateAt(folded, start);
    if (!got) continue;
    out.push({ ...got, iso: got.y ? isoDate(got.y, got.m, got.d) : null, index: start });
    re.lastIndex = got.end;
  }
  return out;
}

/** The year for a day-month with no year: the context year, or the next one if the date would fall before the notice. */
function resolveYear(d: number, m: number, ctx: DateContext): string | null {
  if (ctx.year === null) return null;
  const same = isoDate(ctx.year, m, d);
  const earliest = ctx.earliest ?? ctx.noticeDate;
  if (same && earliest && same < earliest && earliest.slice(0, 4) === String(ctx.year)) return isoDate(ctx.year + 1, m, d);
  return same;
}

/**
 * Every deadline phrase in a task's text. `orig` and `folded` have the same length.
 * Returns candidates in text order; the caller keeps the earliest that is not before the notice.
 */
export function findDeadlines(orig: string, folded: string, ctx: DateContext): Deadline[] {
  const out: Deadline[] = [];
  const push = (date: string | null, index: number, end: number, yearGuessed = false) => {
    if (date) out.push({ date, index, text: orig.slice(index, end).trim(), yearGuessed });
  };
  const year = (y: string | undefined) => (y ? Number(y) : ctx.year);

  // Every phrase below but "cuối năm", "trong năm", "cuối tháng/quý" and "ngay trong ngày" has a figure: most clauses have none.
  const digits = /\d/.test(folded);
  for (const dt of digits ? findDates(folded) : []) {
    // Only a date after a deadline word counts: "trước ngày 15/5", "chậm nhất 30/6", "từ 1/7 đến 31/12".
    // A cited document's date ("số 1322/UBND-NCPC ngày 04/3/2022"), a meeting date or "sau ngày" does not.
    const before = folded.slice(Math.max(0, dt.index - 40), dt.index);
    const cue = DEADLINE_CUE.exec(before);
    // "kịp phục vụ Tết, vào ngày 20/01": the occasion's date is when the work must be ready.
    const ready = cue ? null : READY_BY_CUE.exec(folded.slice(Math.max(0, dt.index - 100), dt.index));
    if (!cue && !ready) continue;
    if (CUT_OFF_BEFORE.test(folded.slice(Math.max(0, dt.index - 40), dt.index)) || LUNAR_AFTER.test(folded.slice(dt.end, dt.end + 30))) continue;
    const iso = dt.y ? isoDate(dt.y, dt.m, dt.d) : resolveYear(dt.d, dt.m, ctx);
    const from = cue ? dt.index - (before.length - cue.index) : dt.index - ready![1]!.length;
    push(iso, from, dt.end, !dt.y);
  }
  if (folded.includes("quy ")) for (const m of folded.matchAll(QUARTER)) {
    const q = ROMAN[m[1]!]!;
    const y = year(m[2]);
    if (y) push(lastDayOfMonth(y, q * 3), m.index, m.index + m[0].length, !m[2]);
  }
  if (digits && folded.includes("thang")) for (const m of folded.matchAll(MONTH)) {
    const before = folded.slice(Math.max(0, m.index - 30), m.index);
    if (!MONTH_CUE.test(before)) continue;
    const mon = Number(m[1]);
    const y = year(m[2]);
    if (y && mon >= 1 && mon <= 12) {
      const lead = /truoc\s*$/.test(before) ? null : lastDayOfMonth(y, mon);
      // "trước tháng 6" means before June starts: the last day of May.
      push(lead ?? (mon === 1 ? `${y - 1}-12-31` : lastDayOfMonth(y, mon - 1)), m.index, m.index + m[0].length, !m[2]);
    }
  }
  if (digits && folded.includes("thang")) for (const m of folded.matchAll(PART_OF_YEAR)) {
    const y = year(m[3]);
    if (!y) continue;
    const month = m[2] === "dau" ? Number(m[1]) : 12;
    push(lastDayOfMonth(y, month), m.index, m.index + m[0].length);
  }
  if (folded.includes("nam")) for (const m of folded.matchAll(YEAR_END)) {
    const explicit = m[2] ?? m[3];
    // "trong năm" without a year is the scope year; "năm 2021" in the past is a description, not a deadline.
    if (!explicit && !/^(?:cuoi|het|den het|trong)/.test(m[1] ?? "")) continue;
    // "tầm nhìn đến năm 2050", "đến năm 2030, 80% …": a plan's horizon or a target, not when the work is due.
    if (/^(?:den|trong)\s+nam/.test(m[0]) && (PLAN_HORIZON_BEFORE.test(folded.slice(Math.max(0, m.index - 60), m.index))
      || TARGET_AFTER_YEAR.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 60)))) continue;
    const y = year(explicit);
    if (y) push(`${y}-12-31`, m.index, m.index + m[0].length);
  }
  if (folded.includes("cuoi")) for (const m of folded.matchAll(PERIOD_END)) {
    const base = ctx.noticeDate;
    if (!base) continue;
    const y = Number(base.slice(0, 4));
    const mon = Number(base.slice(5, 7));
    push(m[1] === "thang" ? lastDayOfMonth(y, mon) : lastDayOfMonth(y, Math.ceil(mon / 3) * 3), m.index, m.index + m[0].length);
  }
  if (digits && ctx.noticeDate && folded.includes("thang")) for (const m of folded.matchAll(MONTHLY_DAY)) {
    const day = Number(m[1]);
    const base = ctx.noticeDate;
    let y = Number(base.slice(0, 4));
    let mon = Number(base.slice(5, 7));
    // The first such day on or after the notice: this month's, or next month's when it has passed.
    if (day < Number(base.slice(8, 10))) [y, mon] = mon === 12 ? [y + 1, 1] : [y, mon + 1];
    push(isoDate(y, mon, Math.min(day, Number(lastDayOfMonth(y, mon).slice(8, 10)))), m.index, m.index + m[0].length);
  }
  if (folded.includes("trong ngay")) for (const m of folded.matchAll(SAME_DAY)) push(ctx.noticeDate, m.index, m.index + m[0].length);
  if (digits) for (const m of folded.matchAll(WITHIN_DAYS)) {
    if (!ctx.noticeDate) continue;
    const n = Number(m[1]);
    const date = m[2]
      ? addWorkingDaysOnce(ctx.workingDays, ctx.noticeDate, n)
      : utcToIso(new Date(isoToUtc(ctx.noticeDate).getTime() + n * 86_400_000));
    push(date, m.index, m.index + m[0].length);
  }
  const earliest = ctx.earliest ?? ctx.noticeDate;
  const valid = out.filter((c) => !earliest || c.date >= earliest);
  return valid.sort((a, b) => a.index - b.index);
}

/** The deadline of a task: the earliest valid candidate, so the first milestone is followed up. */
export function pickDeadline(cands: Deadline[]): Deadline | null {
  let best: Deadline | null = null;
  for (const c of cands) if (!best || c.date < best.date) best = c;
  return best;
}
