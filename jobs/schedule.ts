/**
 * Reminder plans → delayed delivery jobs, one at a time: each open assignment keeps only its next
 * reminder queued, and that reminder, when it runs, queues the one after it (queueNextReminder).
 * Queued jobs so grow with open tasks, not with open tasks × days. Job ids are deterministic
 * (assignment, kind, day), so queuing twice adds nothing; each assignment's pending job ids are kept
 * in a set so that closing or extending it removes exactly them (one or two).
 */
import type { Calendar } from "../src/core/calendar/calendar.ts";
import { addDays } from "../src/core/calendar/iso-date.ts";
import { localDate } from "../src/core/calendar/time-zone.ts";
import type { Assignment, Official } from "../src/core/model.ts";
import { nextReminder, type Reminder } from "../src/core/plan/plan.ts";
import type { ReminderPolicy } from "../src/core/plan/policy.ts";
import type { ChannelName } from "../src/channels/port.ts";
import type { StoredTask } from "../src/store/schemas.ts";
import type { Store } from "../src/store/store.ts";
import type { ReminderJob } from "./job-data.ts";
import { reminderJobId } from "./names.ts";
import type { DeliveryQueues } from "./queues.ts";

/** Days ahead a task's next reminder is looked for. Default 92: a deadline further away is queued by a later daily run. */
export const HORIZON_DAYS = 92;

export interface ScheduleDeps {
  store: Store;
  queues: DeliveryQueues;
  calendar: Calendar;
  policy: ReminderPolicy;
  clock: () => Date;
}

/** Zalo first when bound (what agencies use), else Telegram; the in-memory channel for tests. */
export function channelOf(o: Official, available: ReadonlySet<ChannelName>): { channel: ChannelName; chatId: string } | null {
  if (o.zaloUserId && available.has("zalo")) return { channel: "zalo", chatId: o.zaloUserId };
  if (o.telegramChatId && available.has("telegram")) return { channel: "telegram", chatId: o.telegramChatId };
  // The sandbox's web chat comes after the platforms: trying dondoc never takes an official's real reminders.
  if (o.webChatId && available.has("web")) return { channel: "web", chatId: o.webChatId };
  if (available.has("memory") && (o.telegramChatId ?? o.zaloUserId)) return { channel: "memory", chatId: (o.telegramChatId ?? o.zaloUserId)! };
  return null;
}

export interface ScheduleItem {
  assignment: Assignment;
  task: Pick<StoredTask, "recurrence" | "priority">;
  official: Official;
}

/** Rows added per addBulk call: large enough to amortise round trips, small enough not to block Redis. */
const BULK = 2_000;

type Row = { name: string; data: ReminderJob; opts: { jobId: string; delay: number } };

/** The delayed job of one reminder. */
function rowOf(assignmentId: string, r: Reminder, now: Date): Row {
  return { name: r.kind, data: toJob(assignmentId, r), opts: { jobId: reminderJobId(assignmentId, r.kind, r.day), delay: Math.max(0, r.at.getTime() - now.getTime()) } };
}

/** The next reminder of an open assignment up to `until`, after `after` when given. */
function planNext(deps: Pick<ScheduleDeps, "calendar" | "policy">, a: Assignment, task: ScheduleItem["task"], now: Date, until: string, after?: Pick<Reminder, "day" | "kind">): Reminder | null {
  return nextReminder({ task: { id: a.id, deadline: a.deadline, recurrence: task.recurrence, priority: task.priority }, policy: deps.policy, calendar: deps.calendar, now, until }, after);
}

/**
 * Queues the next reminder of each open assignment (the first of its plan up to `until`). Returns
 * the number of jobs added or kept, and the officials no available channel reaches.
 */
export async function scheduleReminders(deps: ScheduleDeps, items: ScheduleItem[], until: string, available: ReadonlySet<ChannelName>): Promise<{ jobs: number; unreachable: Official[] }> {
  const now = deps.clock();
  const byChannel = new Map<ChannelName, Row[]>();
  const unreachable: Official[] = [];
  const pipe = deps.store.redis.pipeline();
  for (const { assignment: a, task, official } of items) {
    if (a.status !== "open") continue;
    const route = channelOf(official, available);
    if (!route) { unreachable.push(official); continue; }
    const r = planNext(deps, a, task, now, until);
    if (!r) continue;
    const row = rowOf(a.id, r, now);
    const rows = byChannel.get(route.channel) ?? [];
    byChannel.set(route.channel, rows);
    rows.push(row);
    pipe.sadd(deps.store.k.jobsOf(a.id), row.opts.jobId);
  }
  let jobs = 0;
  const writes: Array<Promise<unknown>> = [];
  for (const [channel, rows] of byChannel) {
    const q = deps.queues.get(channel);
    for (let i = 0; i < rows.length; i += BULK) writes.push(q.addBulk(rows.slice(i, i + BULK)));
    jobs += rows.length;
  }
  // The job-id index is written alongside, in one pipeline, so scheduling costs one extra round trip.
  if (pipe.length) writes.push(pipe.exec());
  await Promise.all(writes);
  return { jobs, unreachable };
}

/**
 * Queues the reminder after `current` on the same channel, while the assignment is open: what a
 * reminder job does first, so a send that fails or is retried never breaks the chain. Returns the
 * queued job's id, or null when the plan has nothing more before the horizon (a later daily run
 * queues what comes into it).
 */
export async function queueNextReminder(deps: ScheduleDeps, channel: ChannelName, a: Assignment, current: Pick<ReminderJob, "d" | "k">): Promise<string | null> {
  const task = await deps.store.getTask(a.taskId);
  if (!task) return null;
  const now = deps.clock();
  const until = addDays(localDate(now, deps.calendar.timeZone), HORIZON_DAYS);
  const r = planNext(deps, a, task, now, until, { day: current.d, kind: current.k });
  if (!r) return null;
  const row = rowOf(a.id, r, now);
  await Promise.all([deps.store.redis.sadd(deps.store.k.jobsOf(a.id), row.opts.jobId), deps.queues.get(channel).add(row.name, row.data, row.opts)]);
  return row.opts.jobId;
}

/** A reminder job finished: its id leaves the assignment's set, which so holds only what is still pending. */
export async function forgetReminder(deps: Pick<ScheduleDeps, "store">, assignmentId: string, jobId: string): Promise<void> {
  await deps.store.redis.srem(deps.store.k.jobsOf(assignmentId), jobId);
}

function toJob(assignmentId: string, r: Reminder): ReminderJob {
  return {
    type: "reminder", a: assignmentId, k: r.kind, d: r.day, at: r.at.getTime(),
    ...(r.daysLate !== undefined ? { late: r.daysLate } : {}), ...(r.escalate ? { esc: true } : {}),
  };
}

/** Removes an assignment's pending reminders (done, or about to be re-planned): one or two jobs. Returns how many were removed. */
export async function cancelReminders(deps: Pick<ScheduleDeps, "store" | "queues">, assignmentId: string, channels: Iterable<ChannelName>): Promise<number> {
  const key = deps.store.k.jobsOf(assignmentId);
  const ids = await deps.store.redis.smembers(key);
  const removals: Array<Promise<number>> = [];
  for (const channel of channels) {
    const q = deps.queues.get(channel);
    for (const id of ids) removals.push(q.remove(id));
  }
  const [removed] = await Promise.all([Promise.all(removals).then((n) => n.reduce((s, x) => s + x, 0)), deps.store.redis.del(key)]);
  return removed;
}
