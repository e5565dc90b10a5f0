/**
 * The daily control job (06:00 Vietnam time, a BullMQ job scheduler, in the scheduler role): walks
 * the open assignments through their index a chunk at a time and queues the next reminder of those
 * with none waiting (a reminder queues the one after it, so most have one); idempotent
 * (deterministic ids and sent markers). On the first working day of a week it queues each
 * official's Monday progress prompt, on the last the admins' summary.
 */
import { Queue, Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { ChannelName } from "../src/channels/port.ts";
import { addDays } from "../src/core/calendar/iso-date.ts";
import { atLocalTime, localDate } from "../src/core/calendar/time-zone.ts";
import { isLastWorkingDayOfWeek } from "../src/app/weekly-summary.ts";
import { weeklyPromptDays } from "../src/core/plan/plan.ts";
import type { Logger } from "../src/log.ts";
import { ensureIndexes, openIdChunks } from "../src/store/indexes.ts";
import { bullPrefix, weeklyJobId } from "./names.ts";
import { channelOf, HORIZON_DAYS, scheduleReminders, type ScheduleDeps, type ScheduleItem } from "./schedule.ts";

export const CONTROL_QUEUE = "control";

export interface DailyDeps extends ScheduleDeps {
  available: ReadonlySet<ChannelName>;
  logger: Logger;
  /** Audit entries older than this many days move to the archive files (store.auditDir). Default 0: none. */
  auditRetentionDays?: number;
  /** Days ahead a task's next reminder is looked for. Default 92. */
  horizonDays?: number;
}

export interface DailyReport {
  assignments: number;
  /** Reminders queued by this run (assignments that had none waiting). */
  reminders: number;
  weeklyPrompts: number;
  /** Admins who will get the weekly summary this afternoon (on the week's last working day). */
  summaries: number;
  /** Audit entries moved from Redis to the archive files. */
  archived: number;
}

/** The admins' weekly summary goes out at 15:00 local time. */
export const SUMMARY_MINUTE = 15 * 60;

export async function runDaily(deps: DailyDeps): Promise<DailyReport> {
  const now = deps.clock();
  const today = localDate(now, deps.calendar.timeZone);
  const until = addDays(today, deps.horizonDays ?? HORIZON_DAYS);
  const { store } = deps;
  if (await ensureIndexes(store.redis, store.k, (ids) => store.getAssignments(ids), store.timeZone)) deps.logger.warn("report indexes built from the records (a store from before issue 15)");
  const officials = new Map((await store.listOfficials()).map((o) => [o.id, o]));
  const withOpen = new Set<string>();
  let assignments = 0;
  let jobs = 0;
  // Streamed through the open index a chunk at a time: memory holds one chunk, not the province.
  for await (const ids of openIdChunks(store.redis, store.k)) {
    const open = (await store.getAssignments(ids)).filter((a) => a.status === "open");
    const counted = open.filter((a) => officials.has(a.officialId));
    assignments += counted.length;
    for (const a of counted) withOpen.add(a.officialId);
    // The day's new work only: assignments with nothing queued (a next reminder come within the horizon, a chain a crash broke).
    const p = store.redis.pipeline();
    for (const a of counted) p.scard(store.k.jobsOf(a.id));
    const pending = ((await p.exec()) ?? []).map(([, n]) => Number(n));
    const idle = counted.filter((_, i) => pending[i] === 0);
    if (!idle.length) continue;
    const tasks = new Map((await store.getTasks([...new Set(idle.map((a) => a.taskId))])).map((t) => [t.id, t]));
    const items: ScheduleItem[] = idle.flatMap((assignment) => {
      const task = tasks.get(assignment.taskId);
      return task ? [{ assignment, task, official: officials.get(assignment.officialId)! }] : [];
    });
    jobs += (await scheduleReminders(deps, items, until, deps.available)).jobs;
  }

  let weeklyPrompts = 0;
  const monday = weeklyPromptDays(deps.calendar, deps.policy, now, today).find((p) => p.day === today);
  if (monday) {
    for (const officialId of withOpen) {
      const o = officials.get(officialId);
      const route = o && channelOf(o, deps.available);
      if (!route) continue;
      await deps.queues.get(route.channel).add("weekly", { type: "weekly", o: officialId, d: today }, {
        jobId: weeklyJobId(officialId, today), delay: Math.max(0, monday.at.getTime() - now.getTime()),
      });
      weeklyPrompts++;
    }
  }
  let summaries = 0;
  if (isLastWorkingDayOfWeek(deps.calendar, today)) {
    const at = atLocalTime(today, SUMMARY_MINUTE, deps.calendar.timeZone);
    for (const admin of [...officials.values()].filter((o) => o.role === "admin")) {
      const route = channelOf(admin, deps.available);
      if (!route) continue;
      // Rendered when sent, at 15:00, not from the state at 06:00.
      await deps.queues.get(route.channel).add("summary", { type: "summary", o: admin.id, d: today }, {
        jobId: `s~${admin.id}~${today}`.replace(/:/g, "_"), delay: Math.max(0, at.getTime() - now.getTime()),
      });
      summaries++;
    }
  }
  const archived = deps.auditRetentionDays ? await store.archiveAudit(new Date(now.getTime() - deps.auditRetentionDays * 86_400_000)) : 0;
  deps.logger.info("daily re-plan", { today, assignments, reminders: jobs, weeklyPrompts, summaries, archived });
  return { assignments, reminders: jobs, weeklyPrompts, summaries, archived };
}

/** Registers the 06:00 scheduler (idempotent) and starts the worker that runs it. */
export async function startDaily(deps: DailyDeps, connection: Redis): Promise<{ queue: Queue; worker: Worker }> {
  // A store from before the report indexes gets them at the scheduler's start, not only at 06:00.
  const { store } = deps;
  if (await ensureIndexes(store.redis, store.k, (ids) => store.getAssignments(ids), store.timeZone)) deps.logger.warn("report indexes built from the records (a store from before issue 15)");
  const queue = new Queue(CONTROL_QUEUE, { connection, prefix: bullPrefix(deps.store.prefix) });
  // Connection errors are logged, throttled, by the connection's owner; an unheard 'error' would print a stack per retry.
  queue.on("error", () => {});
  await queue.upsertJobScheduler("daily", { pattern: "0 6 * * *", tz: deps.calendar.timeZone }, { name: "daily", opts: { removeOnComplete: 30, removeOnFail: 30 } });
  const worker = new Worker(CONTROL_QUEUE, async () => runDaily(deps), { connection, prefix: bullPrefix(deps.store.prefix), concurrency: 1 });
  worker.on("failed", (job, err) => deps.logger.error("daily re-plan failed: reminders were not extended today", { job: job?.id, err }));
  // Connection errors are logged by the connection's owner (throttled); others here.
  worker.on("error", (err) => { if (!/ECONNREFUSED|ETIMEDOUT|Connection is closed/.test(err.message)) deps.logger.error("control worker error", { err }); });
  return { queue, worker };
}
