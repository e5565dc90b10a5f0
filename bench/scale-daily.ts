/**
 * The scale bench's daily run, in a process of its own so that its peak RSS is the daily job's
 * alone (run by bench/scale.bench.ts; prints one JSON line: ms, maxRssMb, assignments, reminders).
 */
import { Redis } from "ioredis";
import { runDaily } from "../jobs/daily.ts";
import { DeliveryQueues } from "../jobs/queues.ts";
import { loadCalendar } from "../src/calendar/default.ts";
import { DEFAULT_POLICY } from "../src/core/plan/policy.ts";
import { silentLogger } from "../src/log.ts";
import { Store } from "../src/store/store.ts";

const url = process.env.BENCH_REDIS_URL;
const prefix = process.env.BENCH_PREFIX ?? "bench:";
if (!url) throw new Error("BENCH_REDIS_URL is not set: run this through `npm run bench scale`");
const now = new Date(process.env.BENCH_NOW ?? Date.now());
const redis = new Redis(url, { maxRetriesPerRequest: null });
const store = new Store(redis, prefix, { timeZone: "Asia/Ho_Chi_Minh" });
const queues = new DeliveryQueues(redis, prefix);
const calendar = await loadCalendar({});
const t0 = performance.now();
const r = await runDaily({
  store, queues, calendar, policy: DEFAULT_POLICY, clock: () => now, available: new Set(["telegram"]), logger: silentLogger,
});
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, assignments: r.assignments, reminders: r.reminders }));
await queues.close();
redis.disconnect();
