/**
 * The admin console at provincial size: 100,000 assignments (2,000 officials in 200 units, 50
 * notices), on a private redis-server. Times the dashboard page and the .xlsx task-list export as
 * a browser gets them (through the HTTP app, with a session), with the process's peak memory above
 * what it held before, against bucketsByUnit alone (the report the dashboard starts from) in the same run.
 */
import { Hono } from "hono";
import { setSignedCookie } from "hono/cookie";
import { Redis } from "ioredis";
import type { AppDeps } from "../src/app/deps.ts";
import { createSession } from "../src/app/console-login.ts";
import { bucketsByUnit } from "../src/app/reports.ts";
import { loadCalendar } from "../src/calendar/default.ts";
import type { Assignment, Official } from "../src/core/model.ts";
import { DEFAULT_POLICY } from "../src/core/plan/policy.ts";
import type { Directive, Task } from "../src/core/directive/types.ts";
import { createHttpApp } from "../src/http/server.ts";
import { silentLogger } from "../src/log.ts";
import { Store } from "../src/store/store.ts";
import { DeliveryQueues } from "../jobs/queues.ts";
import { startRedisServer } from "../test/support/redis-server.ts";
import { fmt, table } from "./harness.ts";

const ASSIGNMENTS = 100_000;
const OFFICIALS = 2_000;
const UNITS = 200;
const NOTICES = 50;
const SECRET = "b".repeat(40);

/** What the process holds in JS objects and buffers (the resident set never shrinks back, so it would hide the second run's peak). */
const held = () => { const m = process.memoryUsage(); return m.heapUsed + m.external; };

/** Runs `fn` and samples memory every 5 ms: its time and the peak above what was held before (run with --expose-gc for a clean start). */
async function measure<T>(fn: () => Promise<T>): Promise<{ ms: number; peakMb: number; value: T }> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = held();
  let peak = start;
  const timer = setInterval(() => { peak = Math.max(peak, held()); }, 5);
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, held());
  return { ms, peakMb: (peak - start) / 1e6, value };
}

export default async function (): Promise<void> {
  const server = process.env.DONDOC_TEST_REDIS_URL ? null : await startRedisServer();
  const url = process.env.DONDOC_TEST_REDIS_URL ?? server!.url;
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  try {
    const prefix = "benchconsole:";
    const store = new Store(redis, prefix);
    const now = new Date("2026-11-20T09:00:00+07:00");
    const officials: Official[] = Array.from({ length: OFFICIALS }, (_, i) => ({
      id: `O${i}`, fullName: `Nguyễn Văn ${i}`, title: i % UNITS === 0 ? "Giám đốc" : "Phó Giám đốc", unit: `Sở số ${i % UNITS}`, unitType: "sở", supervisorId: null,
      locale: "vi", role: i === 0 ? "admin" : "leader", telegramChatId: String(100_000 + i), zaloUserId: null,
    }));
    await store.saveOfficials(officials);
    const perNotice = ASSIGNMENTS / NOTICES; // 2,000 assignments: 10 tasks × 200 officials
    const t0 = performance.now();
    let made = 0;
    for (let n = 0; n < NOTICES; n++) {
      const tasks: Task[] = Array.from({ length: perNotice / 200 }, (_, k) => ({
        code: `T${k + 1}`, text: `Nhiệm vụ ${k + 1} của thông báo ${n + 1}: rà soát, báo cáo kết quả thực hiện.`, summary: `Nhiệm vụ ${k + 1} của thông báo ${n + 1}`,
        assignees: ["Giám đốc các sở"], lead: null, partners: [], deadline: `2026-${String(1 + (k % 12)).padStart(2, "0")}-28`, deadlineText: null,
        recurrence: null, priority: "normal", references: [], flags: [],
      }));
      const d: Directive = { notice: { number: `${n + 1}/TB-UBND`, date: "2026-01-05", issuer: "UBND tỉnh", meetingDate: null, kind: "Thông báo", subject: null }, tasks, skipped: [] };
      const saved = await store.saveDirective(d, "O0", now);
      const list: Assignment[] = [];
      for (const [k, task] of saved.tasks.entries()) {
        for (let j = 0; j < 200; j++) {
          const o = officials[(n * 37 + k * 200 + j) % OFFICIALS]!;
          const done = (made + j) % 3 === 0;
          list.push({
            id: `${task.id}~${o.id}~${j}`, taskId: task.id, directiveId: task.directiveId, taskCode: task.code, officialId: o.id, number: 0,
            deadline: task.deadline, status: done ? "done" : "open", progress: done ? 100 : null, blocker: null,
            // Done five days before or after the deadline (never after now): on time and late both.
            doneAt: done ? new Date(Math.min(now.getTime(), Date.parse(`${task.deadline}T03:00:00Z`) + ((made + j) % 2 ? 5 : -5) * 86_400_000)).toISOString() : null,
            updatedAt: now.toISOString(), version: 1,
          });
        }
        made += 200;
      }
      await store.createAssignments(list, now);
    }
    const loadMs = performance.now() - t0;

    const deps: AppDeps = {
      store, queues: new DeliveryQueues(redis, prefix), calendar: await loadCalendar({}), policy: DEFAULT_POLICY, clock: () => now,
      channels: new Map(), logger: silentLogger, available: new Set(["telegram"]),
    };
    const app = createHttpApp({ port: 0, redis, onInbound: async () => {}, console: { deps, secret: SECRET } });
    const session = await createSession(deps, "O0");
    const signer = new Hono().get("/", async (c) => { await setSignedCookie(c, "dd_console", session.id, SECRET); return c.text(""); });
    const cookie = ((await signer.request("/")).headers.get("set-cookie") ?? "").split(";")[0]!;
    const get = async (path: string) => {
      const res = await app.request(path, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      return (await res.arrayBuffer()).byteLength;
    };

    // One warm-up of each, then the measured runs.
    await get("/admin");
    const buckets = await measure(() => bucketsByUnit(store, now, "Asia/Ho_Chi_Minh"));
    const dashboard = await measure(() => get("/admin"));
    const xlsx = await measure(() => get("/admin/export/tasks.xlsx"));
    const csv = await measure(() => get("/admin/export/tasks.csv"));
    const total = buckets.value.overall.total;
    console.log(`${total.toLocaleString("en")} assignments of ${OFFICIALS.toLocaleString("en")} officials in ${UNITS} units (${NOTICES} notices), loaded in ${fmt(loadMs / 1000, 1)} s`);
    table([
      { step: "bucketsByUnit (baseline)", ms: fmt(buckets.ms, 0), "peak MB": fmt(buckets.peakMb, 0), bytes: "", "× baseline": "1.00" },
      { step: "GET /admin (dashboard)", ms: fmt(dashboard.ms, 0), "peak MB": fmt(dashboard.peakMb, 0), bytes: dashboard.value, "× baseline": fmt(dashboard.ms / buckets.ms) },
      { step: "GET /admin/export/tasks.xlsx", ms: fmt(xlsx.ms, 0), "peak MB": fmt(xlsx.peakMb, 0), bytes: xlsx.value, "× baseline": fmt(xlsx.ms / buckets.ms) },
      { step: "GET /admin/export/tasks.csv", ms: fmt(csv.ms, 0), "peak MB": fmt(csv.peakMb, 0), bytes: csv.value, "× baseline": fmt(csv.ms / buckets.ms) },
    ]);
    if (total !== ASSIGNMENTS) throw new Error(`expected ${ASSIGNMENTS} assignments, got ${total}`);
    await deps.queues.close();
  } finally {
    redis.disconnect();
    await server?.stop();
  }
}
