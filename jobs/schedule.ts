/**
 * Reminder plans → delayed delivery jobs. Job ids are deterministic (assignment, kind, day), so
 * scheduling twice adds nothing; each assignment's job ids are kept in a set so that closing or
 * extending it removes exactly its pending reminders.
 */
import type { Calendar } from "../src/core/calendar/calendar.ts";
import type { Assignment, Official } from "../src/core/model.ts";
import { planReminders, type Reminder } from "../src/core/plan/plan.ts";
import type { ReminderPolicy } from "../src/core/plan/policy.ts";
import type { ChannelName } from "../src/channels/port.ts";
import type { StoredTask } from "../src/store/schemas.ts";
import type { Store } from "../src/store/store.ts";
import type { ReminderJob } from "./job-data.ts";
import { reminderJobId } from "./names.ts";
import type { DeliveryQueues } from "./queues.ts";

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

/** Plans and queues the reminders of each open assignment up to `until`. Returns the number of jobs added or kept. */
export async function scheduleReminders(deps: ScheduleDeps, items: ScheduleItem[], until: string, available: ReadonlySet<ChannelName>): Promise<{ jobs: number; unreachable: Official[] }> {
  const now = deps.clock();
  const byChannel = new Map<ChannelName, Array<{ name: string; data: ReminderJob; opts: { jobId: string; delay: number } }>>();
  const unreachable: Official[] = [];
  const idsOf = new Map<string, string[]>();
  for (const { assignment: a, task, official } of items) {
    if (a.status !== "open") continue;
    const route = channelOf(official, available);
    if (!route) { unreachable.push(official); continue; }
    const reminders = planReminders({ task: { id: a.id, deadline: a.deadline, recurrence: task.recurrence, priority: task.priority }, policy: deps.policy, calendar: deps.calendar, now, until });
    const rows = byChannel.get(route.channel) ?? [];
    byChannel.set(route.channel, rows);
    const ids: string[] = [];
    for (const r of reminders) {
      const jobId = reminderJobId(a.id, r.kind, r.day);
      ids.push(jobId);
      rows.push({ name: r.kind, data: toJob(a.id, r), opts: { jobId, delay: Math.max(0, r.at.getTime() - now.getTime()) } });
    }
    if (ids.length) idsOf.set(a.id, ids);
  }
  let jobs = 0;
  const writes: Array<Promise<unknown>> = [];
  for (const [channel, rows] of byChannel) {
    const q = deps.queues.get(channel);
    for (let i = 0; i < rows.length; i += BULK) writes.push(q.addBulk(rows.slice(i, i + BULK)));
    jobs += rows.length;
  }
  // The job-id index is written alongside, in one pipeline, so scheduling costs one extra round trip.
  const pipe = deps.store.redis.pipeline();
  for (const [asg, ids] of idsOf) pipe.sadd(deps.store.k.jobsOf(asg), ...ids);
  writes.push(pipe.exec());
  await Promise.all(writes);
  return { jobs, unreachable };
}

function toJob(assignmentId: string, r: Reminder): ReminderJob {
  return {
    type: "reminder", a: assignmentId, k: r.kind, d: r.day, at: r.at.getTime(),
    ...(r.daysLate !== undefined ? { late: r.daysLate } : {}), ...(r.escalate ? { esc: true } : {}),
  };
}

/** Removes an assignment's pending reminders (done, or about to be re-planned). Returns how many were removed. */
export async function cancelReminders(deps: Pick<ScheduleDeps, "store" | "queues">, assignmentId: string, channels: Iterable<ChannelName>): Promise<number> {
  const key = deps.store.k.jobsOf(assignmentId);
  const ids = await deps.store.redis.smembers(key);
  let removed = 0;
  for (const channel of channels) {
    const q = deps.queues.get(channel);
    for (const id of ids) removed += await q.remove(id);
  }
  await deps.store.redis.del(key);
  return removed;
}
