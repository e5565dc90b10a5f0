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
    for (let d = nextWorkingDay(cal, deadline); d <= until; d = nextWorkingDay(cal, d)) {
      const late = workingDaysBetween(cal, deadline, d);
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
