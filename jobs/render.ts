/** Texts of delivery jobs, from the locale catalogue: what a leader reads on the phone. */
import type { Calendar } from "../src/core/calendar/calendar.ts";
import { localDate } from "../src/core/calendar/time-zone.ts";
import type { Assignment, Official } from "../src/core/model.ts";
import { bucketOf, daysLeft } from "../src/core/status.ts";
import { VIETNAM_TZ, daysPhrase, formatIsoDate, formatTaskLine, t, type TaskLineInput } from "../src/i18n/index.ts";
import type { Button } from "../src/channels/port.ts";
import type { StoredTask } from "../src/store/schemas.ts";
import type { Store } from "../src/store/store.ts";

export interface OpenTask {
  number: number;
  assignment: Assignment;
  task: StoredTask;
}

/** An official's open tasks, by number, read through the open index: as many reads as open tasks, not as their whole history. */
export async function openTasksOf(store: Store, officialId: string): Promise<OpenTask[]> {
  return withTasks(store, await store.openAssignmentsOf(officialId));
}

async function withTasks(store: Store, list: Assignment[]): Promise<OpenTask[]> {
  const tasks = await store.getTasks([...new Set(list.map((a) => a.taskId))]);
  const byId = new Map(tasks.map((t) => [t.id, t]));
  return list.flatMap((a) => {
    const task = byId.get(a.taskId);
    return task ? [{ number: a.number, assignment: a, task }] : [];
  });
}

/**
 * A task as a line: its number, summary, deadline and days left, rhythm, urgency, percent and bucket. A done task's
 * bucket compares the day it was done (in `timeZone`, the calendar's) with its deadline: done 1,432 days late is late.
 */
export function taskLine(o: OpenTask, official: Official, today: string, timeZone: string = VIETNAM_TZ): TaskLineInput {
  const a = o.assignment;
  const doneDay = a.doneAt ? localDate(new Date(a.doneAt), timeZone) : null;
  return {
    number: o.number, summary: o.task.summary, deadline: a.deadline, daysLeft: a.deadline ? daysLeft(a.deadline, today) : null,
    recurrence: o.task.recurrence, priority: o.task.priority, percent: a.progress, status: bucketOf(a, today, doneDay),
  };
}

/**
 * The three answer buttons under a reminder. Their data names the task by a short token
 * ("d:Ab3…" done, "p:…" progress, "x:…" extension) because Zalo's buttons come back as plain text
 * with no message to point at, and Telegram allows 64 bytes of data.
 */
export async function answerButtons(store: Store, official: Official, assignmentId: string): Promise<Button[][]> {
  const l = official.locale;
  const tok = await store.tokenFor(assignmentId);
  return [[{ label: t(l, "buttons.done"), data: `d:${tok}` }, { label: t(l, "buttons.progress"), data: `p:${tok}` }, { label: t(l, "buttons.extend"), data: `x:${tok}` }]];
}

export function renderReminder(kind: "before" | "due" | "overdue" | "prompt", o: OpenTask, official: Official, today: string): string {
  const l = official.locale;
  const a = o.assignment;
  const task = formatTaskLine(taskLine(o, official, today), l);
  if (kind === "prompt") {
    return o.task.recurrence
      ? t(l, "prompt.recurring", { name: official.fullName, recurrence: t(l, `recurrence.${o.task.recurrence}`), task })
      : t(l, "prompt.urgent", { name: official.fullName, task });
  }
  const deadline = a.deadline ? formatIsoDate(a.deadline, l) : "";
  const days = a.deadline ? daysPhrase(daysLeft(a.deadline, today), l) : "";
  return t(l, `reminder.${kind}`, { name: official.fullName, deadline, days, task });
}

/** One overdue count in the message (calendar days, as reports count them); the task line shows no second one. */
export function renderEscalation(to: Official, official: Official, o: OpenTask, today: string): string {
  const deadline = o.assignment.deadline;
  return t(to.locale, "reminder.escalation", {
    name: to.fullName, assignee: official.fullName, unit: official.unit, days: deadline ? -daysLeft(deadline, today) : 0,
    deadline: deadline ? formatIsoDate(deadline, to.locale) : "",
    task: formatTaskLine({ ...taskLine(o, official, today), daysLeft: null }, to.locale),
  });
}

/** Several tasks due (or overdue) the same day, numbered as in the official's own list. */
export function renderDigest(kind: "due" | "overdue", official: Official, tasks: OpenTask[], today: string): string {
  const l = official.locale;
  return t(l, kind === "due" ? "reminder.due_digest" : "reminder.overdue_digest", {
    name: official.fullName, count: tasks.length, tasks: tasks.map((o) => formatTaskLine(taskLine(o, official, today), l)).join("\n"),
  });
}

/** One message after an outage: the official's open tasks that are due or overdue today. */
export function renderCatchup(official: Official, open: OpenTask[], today: string): string | null {
  const due = open.filter((o) => o.assignment.deadline && o.assignment.deadline <= today);
  if (!due.length) return null;
  const l = official.locale;
  return t(l, "catchup.digest", { name: official.fullName, date: formatIsoDate(today, l), tasks: due.map((o) => formatTaskLine(taskLine(o, official, today), l)).join("\n") });
}

export function renderWeekly(official: Official, open: OpenTask[], today: string): string | null {
  if (!open.length) return null;
  const l = official.locale;
  return t(l, "prompt.weekly", { name: official.fullName, count: open.length, date: formatIsoDate(today, l), tasks: open.map((o) => formatTaskLine(taskLine(o, official, today), l)).join("\n") });
}

export const todayIn = (cal: Calendar, now: Date): string => localDate(now, cal.timeZone);
