/**
 * Must-show 3 of issue 12: two worker processes and one scheduler on one Redis. 1,000 reminders
 * become due at once (the real import's jobs, promoted), while the scheduler runs the daily re-plan
 * over the same assignments: every reminder reaches its official exactly once, and both workers
 * took a share. Real processes (`src/main.ts --role …`), the run's real redis-server, the web channel.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Queue, type Job } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { importNotice } from "../../src/app/import-notice.ts";
import { loadCalendar } from "../../src/calendar/default.ts";
import { webKeys } from "../../src/channels/web/chat-log.ts";
import { parseDirective } from "../../src/core/directive/parse.ts";
import { DEFAULT_POLICY } from "../../src/core/plan/policy.ts";
import { Store } from "../../src/store/store.ts";
import { CONTROL_QUEUE } from "../../jobs/daily.ts";
import { bullPrefix } from "../../jobs/names.ts";
import { DeliveryQueues } from "../../jobs/queues.ts";
import { official, until } from "../support/harness.ts";
import { quangTriNotice } from "../support/notices.ts";
import { deleteByPrefix, uniquePrefix } from "../support/redis.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const N = 1_000;
let redis: Redis;
let prefix: string;
const procs: Array<{ role: string; child: ChildProcess; url: Promise<string>; exit: Promise<number | null>; log: () => string }> = [];

function startRole(role: "worker" | "scheduler") {
  const env: NodeJS.ProcessEnv = { ...process.env, REDIS_URL: inject("redisUrl"), DONDOC_KEY_PREFIX: prefix, PORT: "0", HOST: "127.0.0.1", DONDOC_SANDBOX: "1", LOG_LEVEL: "info" };
  for (const k of Object.keys(env)) if (/^(TELEGRAM_|ZALO_|DONDOC_ROLE)/.test(k)) delete env[k];
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", "--role", role], { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  const url = new Promise<string>((resolve, reject) => {
    child.stderr!.on("data", (b: Buffer) => {
      err = (err + b.toString()).slice(-200_000);
      const m = /"http":"(http:\/\/[^"]+)"[^\n]*"msg":"dondoc started"/.exec(err);
      if (m) resolve(m[1]!);
    });
    child.once("exit", (code) => reject(new Error(`${role} exited with ${code}: ${err.slice(-2000)}`)));
  });
  url.catch(() => {});
  const exit = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  const p = { role, child, url, exit, log: () => err.slice(-2000) };
  procs.push(p);
  return p;
}

/** Sum of a counter's samples in a Prometheus text exposition. */
function total(metrics: string, name: string): number {
  return metrics.split("\n").filter((l) => l.startsWith(`${name}{`)).reduce((n, l) => n + Number(l.split(" ").at(-1)), 0);
}

beforeAll(async () => {
  redis = new Redis(inject("redisUrl"), { maxRetriesPerRequest: null });
  prefix = uniquePrefix("scale");
});

afterAll(async () => {
  for (const p of procs) if (p.child.exitCode === null) p.child.kill("SIGKILL"); // node itself: nothing under it
  await deleteByPrefix(redis, prefix);
  redis.disconnect();
});

describe("two workers and a scheduler on one Redis", () => {
  it("deliver 1,000 reminders, each exactly once, while the daily re-plan runs", async () => {
    const store = new Store(redis, prefix);
    const ids = Array.from({ length: N }, (_, i) => `XA${String(i + 1).padStart(4, "0")}`);
    await store.saveOfficials(ids.map((id, i) => official(id, { title: "Chủ tịch", unit: `UBND xã Số ${i + 1}`, unitType: "xã", telegramChatId: null, webChatId: id })));
    const due = new Date(Date.now() + 30 * 86_400_000);
    const dd = `${String(due.getUTCDate()).padStart(2, "0")}/${String(due.getUTCMonth() + 1).padStart(2, "0")}/${due.getUTCFullYear()}`;
    const parsed = parseDirective(quangTriNotice("90/TB-UBND", [`Giao Chủ tịch UBND các xã rà soát, báo cáo kết quả sắp xếp thôn, tổ dân phố, hoàn thành trước ngày ${dd}.`]));
    if (!parsed.ok) throw new Error("the notice did not parse");
    const queues = new DeliveryQueues(redis, prefix);
    const deps = { store, queues, calendar: await loadCalendar({}), policy: DEFAULT_POLICY, clock: () => new Date(), available: new Set(["web" as const]) };
    const imported = await importNotice(deps, parsed.directive, { who: "test", channel: "cli", text: "import" });
    expect(imported.assignments).toBe(N);

    // One reminder per assignment, its first: the ones to make due now.
    const delayed = await queues.get("web").getDelayed(0, -1);
    const first = new Map<string, Job>();
    const at = (j: Job) => j.timestamp + (j.delay ?? 0);
    for (const j of delayed) {
      const a = (j.data as { a: string }).a;
      const seen = first.get(a);
      if (!seen || at(j) < at(seen)) first.set(a, j);
    }
    expect(first.size).toBe(N);

    const workers = [startRole("worker"), startRole("worker")];
    const scheduler = startRole("scheduler");
    const [w1, w2, s] = await Promise.all([...workers, scheduler].map((p) => p.url));

    const control = new Queue(CONTROL_QUEUE, { connection: redis, prefix: bullPrefix(prefix) });
    const promoting = Promise.all([...first.values()].map((j) => j.promote()));
    // The scheduler's daily job, as its 06:00 scheduler would add it, re-plans the same 1,000 assignments meanwhile.
    await control.add("daily", {});
    await promoting;

    const chatKey = webKeys(prefix).chat;
    const counts = async () => (await redis.pipeline(ids.map((id) => ["llen", chatKey(id)])).exec())!.map(([, n]) => Number(n));
    await until(async () => (await counts()).reduce((a, b) => a + b, 0) >= N, 90_000, "1,000 deliveries");
    await new Promise((r) => setTimeout(r, 1_500));
    const final = await counts();
    expect(final.filter((n) => n !== 1)).toEqual([]);

    const sent = await Promise.all([w1, w2].map(async (u) => total(await (await fetch(`${u}/metrics`)).text(), "dondoc_messages_sent_total")));
    expect(sent[0]! + sent[1]!).toBe(N);
    expect(Math.min(...sent)).toBeGreaterThan(0);
    const health = await (await fetch(`${s}/healthz`)).json() as { role: string; daily: { lastOutcome: string; result: { assignments: number } } };
    expect(health.role).toBe("scheduler");
    await until(async () => ((await (await fetch(`${s}/healthz`)).json()) as typeof health).daily?.lastOutcome === "ok", 20_000, "the daily re-plan");
    expect(((await (await fetch(`${s}/healthz`)).json()) as typeof health).daily.result.assignments).toBe(N);

    for (const p of procs) p.child.kill("SIGTERM");
    expect(await Promise.all(procs.map((p) => p.exit))).toEqual([0, 0, 0]);
    await control.close();
    await queues.close();
  }, 180_000);
});
