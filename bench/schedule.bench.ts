/**
 * Scheduling 100,000 reminders into BullMQ through scheduleReminders (planning, deterministic ids,
 * the per-assignment job-id index), against a bare BullMQ addBulk of the same number of jobs with
 * the same data, in the same run, on a private redis-server. Reports time and Redis memory per
 * pending reminder. Targets: ≤ 1.25× bare addBulk time, ≤ 1.5 KB per pending reminder.
 */
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { DeliveryQueues } from "../jobs/queues.ts";
import { scheduleReminders, type ScheduleItem } from "../jobs/schedule.ts";
import { loadCalendar } from "../src/calendar/default.ts";
import { newAssignment } from "../src/core/assign.ts";
import { DEFAULT_POLICY } from "../src/core/plan/policy.ts";
import { planReminders } from "../src/core/plan/plan.ts";
import type { Official } from "../src/core/model.ts";
import { Store } from "../src/store/store.ts";
import { startRedisServer } from "../test/support/redis-server.ts";
import { fmt, table } from "./harness.ts";

const TARGET = 100_000;

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info("memory");
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 0);
}

export default async function (): Promise<void> {
  const server = process.env.DONDOC_TEST_REDIS_URL ? null : await startRedisServer();
  const url = process.env.DONDOC_TEST_REDIS_URL ?? server!.url;
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  try {
    const calendar = await loadCalendar({});
    const now = new Date("2026-01-05T09:00:00+07:00");
    // A quarter ahead: the rolling horizon the service plans; assignments average about 8 reminders each.
    const HORIZON = "2026-03-31";
    // Assignments whose plans add up to TARGET reminders: weekly-prompted tasks with deadlines through the year.
    const items: ScheduleItem[] = [];
    let planned = 0;
    for (let i = 0; planned < TARGET; i++) {
      const deadline = `2026-${String(2 + (i % 10)).padStart(2, "0")}-${String(10 + (i % 15)).padStart(2, "0")}`;
      const official: Official = { id: `O${i}`, fullName: `Cán bộ ${i}`, title: "Giám đốc", unit: `Sở ${i}`, unitType: "sở", supervisorId: null, locale: "vi", role: "leader", telegramChatId: String(100000 + i), zaloUserId: null };
      const task = { id: `d${i % 50}~T${i}`, directiveId: `d${i % 50}`, code: `T${i}`, deadline, recurrence: "monthly" as const, priority: "normal" as const };
      const n = planReminders({ task: { id: "x", deadline, recurrence: "monthly", priority: "normal" }, policy: DEFAULT_POLICY, calendar, now, until: HORIZON }).length;
      if (planned + n > TARGET) break;
      planned += n;
      items.push({ assignment: newAssignment(task, official.id, now), task, official });
    }

    // Ours.
    await redis.flushdb();
    const mem0 = await usedMemory(redis);
    const store = new Store(redis, "bench:");
    const queues = new DeliveryQueues(redis, "bench:");
    const t0 = performance.now();
    const { jobs } = await scheduleReminders({ store, queues, calendar, policy: DEFAULT_POLICY, clock: () => now }, items, HORIZON, new Set(["telegram"]));
    const oursMs = performance.now() - t0;
    const oursMem = (await usedMemory(redis)) - mem0;
    const pending = await queues.get("telegram").getJobCountByTypes("delayed", "wait");
    await queues.close();

    // Bare addBulk: the same number of jobs, with data of the same size and shape, in the same chunks.
    await redis.flushdb();
    const mem1 = await usedMemory(redis);
    const bare = new Queue("bare", { connection: redis, prefix: "bench:q" });
    const rows = Array.from({ length: jobs }, (_, i) => ({
      name: "due",
      data: { type: "reminder", a: `d${i % 50}~T${i}~O${i}`, k: "due", d: "2026-03-10", at: now.getTime() + 86_400_000 },
      opts: { jobId: `r~d${i % 50}~T${i}~O${i}~due~${i}`, delay: 86_400_000, attempts: 10, backoff: { type: "exponential", delay: 5_000 }, removeOnComplete: true, removeOnFail: { age: 2_592_000 } },
    }));
    const t1 = performance.now();
    const writes = [];
    for (let i = 0; i < rows.length; i += 2_000) writes.push(bare.addBulk(rows.slice(i, i + 2_000)));
    await Promise.all(writes);
    const bareMs = performance.now() - t1;
    const bareMem = (await usedMemory(redis)) - mem1;
    await bare.close();

    table([
      { run: "dondoc scheduleReminders", reminders: jobs, pending, "ms": fmt(oursMs, 0), "reminders/s": fmt(jobs / (oursMs / 1000), 0), "bytes/pending": fmt(oursMem / pending, 0) },
      { run: "bare BullMQ addBulk", reminders: jobs, pending: jobs, "ms": fmt(bareMs, 0), "reminders/s": fmt(jobs / (bareMs / 1000), 0), "bytes/pending": fmt(bareMem / jobs, 0) },
    ]);
    console.log(`time ratio ours ÷ bare: ${fmt(oursMs / bareMs)} (target ≤ 1.25); memory per pending reminder ${fmt(oursMem / pending / 1024, 2)} KB (target ≤ 1.5 KB), includes planning ${items.length} assignments and the job-id index`);
    await redis.flushdb();
  } finally {
    redis.disconnect();
    await server?.stop();
  }
}
