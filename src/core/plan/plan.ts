/**
 * planReminders: (task, policy, calendar, now, until) → the reminders to send. Pure: the clock and
 * the calendar come in as arguments. Every reminder lands on a working day, inside office hours,
 * in the calendar's time zone, and never before `now`.
 */
import type { Calendar } from "../calendar/calendar.ts";
import { addDays, toDayNumber, weekdayOf } from "../calendar/iso-date.ts";
import { nextWorkingMoment } from "../calendar/office-hours.ts";
import { atLocalTime, localDate } from "../calendar/time-zone.ts";
import { addWorkingDays, nextWorkingDay, workingDayOnOrAfter, workingDayOnOrBefore, workingDaysBetween } from "../calendar/working-days.ts";
import type { Priority, Recurrence } from "../directive/types.ts";
import type { ReminderPolicy } from "./policy.ts";

export type ReminderKind = "before" | "due" | "overdue" | "prompt";

/** What the planner needs of a task (a parsed Task or an Assignment with its task's rhythm). */
export interface PlannableTask {
  /** Task code or assignment id: echoed in each reminder. */
  id: string;
  deadline: string | null;
  recurrence: Recurrence | null;
  priority: Priority;
}

export interface Reminder {
  task: string;
  kind: ReminderKind;
  at: Date;
  /** Local date the reminder is for (the key of its job id). */
  day: string;
  /** For overdue reminders: working days late (1 = the first working day after the deadline). */
  daysLate?: number;
  /** Overdue long enough to copy the supervisor and the admins. */
  escalate?: boolean;
}

export interface PlanInput {
  task: PlannableTask;
  policy: ReminderPolicy;
  calendar: Calendar;
  now: Date;
  /** Last local date to plan for (inclusive), e.g. the end of the follow-up horizon. */
  until: string;
}

/** The first day of each period from `from` to `to`, moved to the first working day of that period. */
function periodStarts(cal: Calendar, from: string, to: string, rhythm: Recurrence): string[] {
  const out: string[] = [];
  const [y0, m0] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  if (rhythm === "weekly") {
    // Monday of each week: the first working day of the week.
    let monday = addDays(from, -((weekdayOf(toDayNumber(from)) + 6) % 7));
    for (; monday <= to; monday = addDays(monday, 7)) {
      const d = workingDayOnOrAfter(cal, monday);
      if (d < addDays(monday, 7)) out.push(d);
    }
    return out;
  }
  const stepMonths = { monthly: 1, regular: 1, quarterly: 3, "half-yearly": 6, yearly: 12 }[rhythm];
  // Periods aligned to the calendar: quarters start in Jan/Apr/Jul/Oct, half-years in Jan/Jul.
  let m = Math.floor((m0 - 1) / stepMonths) * stepMonths;
  for (let y = y0; ; m += stepMonths) {
    if (m >= 12) { y += Math.floor(m / 12); m %= 12; }
    const first = `${y}-${String(m + 1).padStart(2, "0")}-01`;
    if (first > to) break;
    out.push(workingDayOnOrAfter(cal, first));
  }
  return out;
}

export function planReminders({ task, policy, calendar: cal, now, until }: PlanInput): Reminder[] {
  const tz = cal.timeZone;
  const today = localDate(now, tz);
  const out: Reminder[] = [];
  const seen = new Set<string>();
  const add = (day: string, kind: ReminderKind, extra: Partial<Reminder> = {}) => {
    if (day > until) return;
    const planned = atLocalTime(day, policy.sendAtMinute, tz);
    // Today's reminder whose hour has passed still goes out today, at the next office moment;
    // one whose day has passed is dropped (after an outage the catch-up digest covers it).
    const at = nextWorkingMoment(cal, planned.getTime() < now.getTime() ? now : planned, policy.officeHours);
    if (localDate(at, tz) !== day) return;
    const key = `${kind}|${day}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ task: task.id, kind, at, day, ...extra });
  };

  const deadline = task.deadline;
  if (deadline) {
    const dueDay = workingDayOnOrBefore(cal, deadline);
    if (toDayNumber(deadline) - toDayNumber(today) > policy.farThresholdDays) {
      add(workingDayOnOrBefore(cal, addDays(deadline, -policy.farBeforeDays)), "before");
    }
    for (const n of [...policy.beforeWorkingDays].sort((a, b) => b - a)) add(addWorkingDays(cal, dueDay, -n), "before");
    add(dueDay, "due");
    // Overdue: every working day after the deadline until `until` (the task closing removes them).
    // Days before today are dropped anyway: start at today, counting the working days late once.
    const firstLate = nextWorkingDay(cal, deadline);
    const start = firstLate < today ? workingDayOnOrAfter(cal, today) : firstLate;
    let late = workingDaysBetween(cal, deadline, start);
    for (let d = start; d <= until; d = nextWorkingDay(cal, d), late++) {
      const sinceFirst = late - policy.escalateAfterWorkingDays;
      add(d, "overdue", { daysLate: late, escalate: sinceFirst >= 0 && sinceFirst % policy.escalateEveryWorkingDays === 0 });
    }
  }
  const promptUntil = deadline && deadline < until ? deadline : until;
  if (task.recurrence) {
    for (const d of periodStarts(cal, today, promptUntil, task.recurrence)) if (d >= today && d !== deadline) add(d, "prompt");
  } else if (!deadline && task.priority === "urgent") {
    for (let d = workingDayOnOrAfter(cal, today); d <= until; d = addWorkingDays(cal, d, policy.urgentEveryWorkingDays)) add(d, "prompt");
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime() || a.kind.localeCompare(b.kind));
}

/** Monday-morning progress prompts: the first working day of every week from now to `until`. */
export function weeklyPromptDays(cal: Calendar, policy: ReminderPolicy, now: Date, until: string): Array<{ day: string; at: Date }> {
  const today = localDate(now, cal.timeZone);
  return periodStarts(cal, today, until, "weekly")
    .map((day) => ({ day, at: nextWorkingMoment(cal, atLocalTime(day, policy.sendAtMinute, cal.timeZone), policy.officeHours) }))
    .filter((p) => p.at.getTime() >= now.getTime());
}

/** Where a reminder stands among its task's others: by day, then kind (one day's reminders share their moment, as the plan sorts them). */
export function reminderOrder(r: Pick<Reminder, "day" | "kind">): string {
  return `${r.day}|${r.kind}`;
}

/** Planning windows tried in turn, in days from today: an overdue task plans a week, not its whole horizon. */
const NEXT_WINDOWS_DAYS = [7, 35];

/**
 * The one reminder to queue for a task: the first of its plan up to `until` that comes after `after`
 * (the reminder being delivered now), or the first of all; null when none falls before `until`.
 * The same reminders, in the same order, as planReminders: a smaller window plans a prefix of them.
 */
export function nextReminder(input: PlanInput, after?: Pick<Reminder, "day" | "kind">): Reminder | null {
  const today = localDate(input.now, input.calendar.timeZone);
  const past = after ? reminderOrder(after) : "";
  for (const days of [...NEXT_WINDOWS_DAYS, null]) {
    const window = days === null ? input.until : addDays(today, days);
    const until = window < input.until ? window : input.until;
    let best: Reminder | null = null;
    for (const r of planReminders({ ...input, until })) {
      if (reminderOrder(r) > past && (!best || reminderOrder(r) < reminderOrder(best))) best = r;
    }
    if (best || until === input.until) return best;
  }
  return null;
}
