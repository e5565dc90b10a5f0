/**
 * How far one Redis goes: the Redis CPU time and commands each unit of real work costs, measured
 * from redis-server's own INFO counters around the work, on a private redis-server (append-only on,
 * as in production). Units: one reminder delivered (the delivery processor through the web channel),
 * one reply handled ("1 xong" through the inbound queue and the real handler), and memory per
 * pending reminder. Redis runs commands on one thread, so 1 / (CPU per unit) is the ceiling of one
 * Redis core, whatever the number of worker processes; the figures say where that ceiling sits.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import type { Job } from "bullmq";
import { DeliveryQueues } from "../jobs/queues.ts";
import { enqueueInbound, inboundQueue, startInboundWorker } from "../jobs/inbound.ts";
import { startDeliveryWorker } from "../jobs/worker.ts";
import { importNotice } from "../src/app/import-notice.ts";
import type { AppDeps } from "../src/app/deps.ts";
import { handleInbound } from "../src/bot/handle.ts";
import { loadCalendar } from "../src/calendar/default.ts";
import type { Channel, ChannelName } from "../src/channels/port.ts";
import { ChatLog, webKeys } from "../src/channels/web/chat-log.ts";
import { WebChannel } from "../src/channels/web/channel.ts";
import { parseDirective } from "../src/core/directive/parse.ts";
import { DEFAULT_POLICY } from "../src/core/plan/policy.ts";
import { silentLogger } from "../src/log.ts";
import { startEmbeddedRedis } from "../src/runtime/embedded-redis.ts";
import { Store } from "../src/store/store.ts";
import { fmt, table } from "./harness.ts";

const N = 3_000;

interface RedisCounters { cpuSec: number; calls: number; memory: number }

async function counters(redis: Redis): Promise<RedisCounters> {
  const info = await redis.info("everything");
  const num = (k: string) => Number(new RegExp(`^${k}:([\\d.]+)`, "m").exec(info)?.[1] ?? 0);
  const calls = [...info.matchAll(/^cmdstat_[^:]+:calls=(\d+)/gm)].reduce((n, m) => n + Number(m[1]), 0);
  return { cpuSec: num("used_cpu_user") + num("used_cpu_sys"), calls, memory: num("used_memory") };
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("bench: timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

export default async function (): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "dondoc-bench-redis-"));
  const embedded = await startEmbeddedRedis({ dir, logger: silentLogger });
  const redis = new Redis(embedded.url, { maxRetriesPerRequest: null });
  const prefix = "bench:";
  const store = new Store(redis, prefix);
  const queues = new DeliveryQueues(redis, prefix);
  const chats = new ChatLog(redis, prefix);
  const web = new WebChannel(chats);
  const ids = Array.from({ length: N }, (_, i) => `XA${String(i + 1).padStart(5, "0")}`);
  await store.saveOfficials(ids.map((id, i) => ({
    id, fullName: `Nguyễn Văn ${i + 1}`, title: "Chủ tịch", unit: `UBND xã Số ${i + 1}`, unitType: "xã" as const, supervisorId: null,
    locale: "vi" as const, role: "leader" as const, telegramChatId: null, zaloUserId: null, webChatId: id,
  })));
  const due = new Date(Date.now() + 30 * 86_400_000);
  const dd = `${due.getUTCDate()}/${due.getUTCMonth() + 1}/${due.getUTCFullYear()}`;
  const parsed = parseDirective(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số: 91/TB-UBND", "Quảng Trị, ngày 02 tháng 12 năm 2026", "THÔNG BÁO",
    `1. Giao Chủ tịch UBND các xã rà soát, báo cáo kết quả sắp xếp thôn, tổ dân phố, hoàn thành trước ngày ${dd}.`].join("\n"));
  if (!parsed.ok) throw new Error("bench notice did not parse");
  const channels = new Map<ChannelName, Channel>([["web", web]]);
  const deps: AppDeps = { store, queues, calendar: await loadCalendar({}), policy: DEFAULT_POLICY, clock: () => new Date(), available: new Set(["web"]), channels, logger: silentLogger };

  const m0 = await counters(redis);
  await importNotice(deps, parsed.directive, { who: "bench", channel: "cli", text: "import" });
  const m1 = await counters(redis);
  const pending = await queues.get("web").getDelayedCount();

  // Deliveries: the first reminder of each assignment made due now, two workers of concurrency 10.
  const first = new Map<string, Job>();
  for (const j of await queues.get("web").getDelayed(0, -1)) {
    const a = (j.data as { a: string }).a;
    const seen = first.get(a);
    if (!seen || j.timestamp + (j.delay ?? 0) < seen.timestamp + (seen.delay ?? 0)) first.set(a, j);
  }
  const conns = [new Redis(embedded.url, { maxRetriesPerRequest: null }), new Redis(embedded.url, { maxRetriesPerRequest: null }), new Redis(embedded.url, { maxRetriesPerRequest: null })];
  const workers = conns.slice(0, 2).map((c) => startDeliveryWorker(deps, "web", c, { concurrency: 10, limit: { max: 100_000, durationMs: 1_000 } }));
  const d0 = await counters(redis);
  const t0 = performance.now();
  await Promise.all([...first.values()].map((j) => j.promote()));
  // One GET per poll (the chat log's id counter), so that watching costs Redis next to nothing.
  const written = async () => Number(await redis.get(webKeys(prefix).seq));
  await until(async () => (await written()) >= N, 300_000);
  const deliverMs = performance.now() - t0;
  const d1 = await counters(redis);

  // Replies: each official answers "1 xong" in the sandbox chat; the inbound worker handles it with the real handler.
  const inbound = inboundQueue(redis, prefix);
  const inWorker = startInboundWorker(conns[2]!, prefix, (m) => handleInbound(deps, m), silentLogger);
  const r0 = await counters(redis);
  const t1 = performance.now();
  await Promise.all(ids.map((id, i) => enqueueInbound(inbound, { channel: "web", chatId: id, userId: id, text: "1 xong", messageId: `r${i}`, replyToMessageId: null, buttonData: null, at: new Date() })));
  await until(async () => (await written()) >= 2 * N, 300_000);
  await until(async () => (await inbound.getJobCounts("waiting", "active")).waiting === 0, 60_000);
  const replyMs = performance.now() - t1;
  const r1 = await counters(redis);

  const per = (a: RedisCounters, b: RedisCounters) => ({ cpuUs: ((b.cpuSec - a.cpuSec) * 1e6) / N, calls: (b.calls - a.calls) / N });
  const imp = per(m0, m1);
  const del = per(d0, d1);
  const rep = per(r0, r1);
  table([
    { unit: "import (per assignment, all its reminders queued)", "redis CPU µs": fmt(imp.cpuUs, 0), "commands": fmt(imp.calls, 1), "ceiling / s (one Redis core)": fmt(1e6 / imp.cpuUs, 0), "measured / s (2 cores shared)": "—" },
    { unit: "reminder delivered (web channel)", "redis CPU µs": fmt(del.cpuUs, 0), "commands": fmt(del.calls, 1), "ceiling / s (one Redis core)": fmt(1e6 / del.cpuUs, 0), "measured / s (2 cores shared)": fmt(N / (deliverMs / 1000), 0) },
    { unit: "reply handled ('1 xong' → done, acknowledged)", "redis CPU µs": fmt(rep.cpuUs, 0), "commands": fmt(rep.calls, 1), "ceiling / s (one Redis core)": fmt(1e6 / rep.cpuUs, 0), "measured / s (2 cores shared)": fmt(N / (replyMs / 1000), 0) },
  ]);
  console.log(`pending reminders after the import: ${pending} (${fmt(pending / N, 1)} per assignment); Redis memory per pending reminder incl. store: ${fmt((m1.memory - m0.memory) / pending / 1024, 2)} KB`);

  await inWorker.close();
  await Promise.all(workers.map((w) => w.close()));
  await inbound.close();
  await queues.close();
  for (const c of conns) c.disconnect();
  redis.disconnect();
  await embedded.stop();
  await rm(dir, { recursive: true, force: true });
}
