/**
 * The daily control job (06:00 Vietnam time, a BullMQ job scheduler): extends every open
 * assignment's reminders to the rolling horizon (idempotent: deterministic ids and sent markers),
 * and on the first working day of a week queues each official's Monday progress prompt.
 */
import { Queue, Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { ChannelName } from "../src/channels/port.ts";
import { addDays } from "../src/core/calendar/iso-date.ts";
import { atLocalTime, localDate } from "../src/core/calendar/time-zone.ts";
import { isLastWorkingDayOfWeek } from "../src/app/weekly-summary.ts";
import { weeklyPromptDays } from "../src/core/plan/plan.ts";
import type { Logger } from "../src/log.ts";
import { bullPrefix, weeklyJobId } from "./names.ts";
import { channelOf, HORIZON_DAYS, scheduleReminders, type ScheduleDeps, type ScheduleItem } from "./schedule.ts";

export const CONTROL_QUEUE = "control";

export interface DailyDeps extends ScheduleDeps {
  available: ReadonlySet<ChannelName>;
  logger: Logger;
  /** Days ahead reminders are queued. Default 92. */
  horizonDays?: number;
}

export interface DailyReport {
  assignments: number;
  reminders: number;
  weeklyPrompts: number;
  /** Admins who will get the weekly summary this afternoon (on the week's last working day). */
  summaries: number;
}

/** The admins' weekly summary goes out at 15:00 local time. */
export const SUMMARY_MINUTE = 15 * 60;

export async function runDaily(deps: DailyDeps): Promise<DailyReport> {
  const now = deps.clock();
  const today = localDate(now, deps.calendar.timeZone);
  const open = (await deps.store.allAssignments()).filter((a) => a.status === "open");
  const officials = new Map((await deps.store.listOfficials()).map((o) => [o.id, o]));
  const tasks = new Map((await deps.store.getTasks([...new Set(open.map((a) => a.taskId))])).map((t) => [t.id, t]));
  const items: ScheduleItem[] = open.flatMap((assignment) => {
    const official = officials.get(assignment.officialId);
    const task = tasks.get(assignment.taskId);
    return official && task ? [{ assignment, task, official }] : [];
  });
  // Only assignments with nothing queued: those whose next reminder has come within the horizon, or a chain a crash broke.
  const pending = await Promise.all(items.map((i) => deps.store.redis.scard(deps.store.k.jobsOf(i.assignment.id))));
  const { jobs } = await scheduleReminders(deps, items.filter((_, i) => pending[i] === 0), addDays(today, deps.horizonDays ?? HORIZON_DAYS), deps.available);

  let weeklyPrompts = 0;
  const monday = weeklyPromptDays(deps.calendar, deps.policy, now, today).find((p) => p.day === today);
  if (monday) {
    for (const officialId of new Set(open.map((a) => a.officialId))) {
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
  deps.logger.info("daily re-plan", { today, assignments: items.length, reminders: jobs, weeklyPrompts, summaries });
  return { assignments: items.length, reminders: jobs, weeklyPrompts, summaries };
}

/** Registers the 06:00 scheduler (idempotent) and starts the worker that runs it. */
export async function startDaily(deps: DailyDeps, connection: Redis): Promise<{ queue: Queue; worker: Worker }> {
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
