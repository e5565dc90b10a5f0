/**
 * 5,000 messages to 5,000 chats through the fake Telegram Bot API with its overall limit set to
 * 1,000 messages/s, in the same run: (a) a plain loop of telegraf sendMessage, (b) TelegramChannel
 * with our limiter alone, (c) TelegramChannel driven by the real BullMQ delivery queue and worker
 * (limiter 1,000/s). Reports achieved rate ÷ limit, 429s, lost and duplicated.
 * Target for ours: ≥ 0.9 of the limit, none lost, none duplicated.
 */
import { Redis } from "ioredis";
import { Telegram } from "telegraf";
import { DeliveryQueues } from "../jobs/queues.ts";
import { startDeliveryWorker } from "../jobs/worker.ts";
import type { DeliveryDeps } from "../jobs/deliver.ts";
import { loadCalendar } from "../src/calendar/default.ts";
import { RateLimiter } from "../src/channels/limiter.ts";
import type { Channel, ChannelName } from "../src/channels/port.ts";
import { TelegramChannel } from "../src/channels/telegram/channel.ts";
import type { Official } from "../src/core/model.ts";
import { DEFAULT_POLICY } from "../src/core/plan/policy.ts";
import { silentLogger } from "../src/log.ts";
import { Store } from "../src/store/store.ts";
import { startFakeTelegram, type FakeTelegram } from "../test/fakes/telegram-server.ts";
import { startRedisServer } from "../test/support/redis-server.ts";
import { fmt, table } from "./harness.ts";

const N = 5_000;
const LIMIT = 1_000;
const chatOf = (i: number): number => 1_000_000 + i;

interface Row { run: string; ms: number; fake: FakeTelegram; failed: number }

/** Achieved rate over the whole run, and what the fake saw: 429s, chats that got nothing, extra copies. */
function figures({ run, ms, fake, failed }: Row): Record<string, string | number> {
  const perChat = new Map<number, number>();
  for (const m of fake.delivered) perChat.set(m.chat_id, (perChat.get(m.chat_id) ?? 0) + 1);
  let lost = 0;
  let duplicated = 0;
  for (let i = 0; i < N; i++) {
    const n = perChat.get(chatOf(i)) ?? 0;
    if (n === 0) lost += 1;
    else duplicated += n - 1;
  }
  const rate = fake.delivered.length / (ms / 1000);
  return { run, "ms": fmt(ms, 0), "msg/s": fmt(rate, 0), "rate ÷ limit": fmt(rate / LIMIT), "429s": fake.count429, "send errors": failed, lost, duplicated };
}

async function plainLoop(): Promise<Row> {
  const fake = await startFakeTelegram({ globalPerSecond: LIMIT });
  const telegram = new Telegram(fake.token, { apiRoot: fake.url, webhookReply: false });
  let failed = 0;
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    try {
      await telegram.sendMessage(chatOf(i), `Nhắc việc số ${i}`);
    } catch {
      failed += 1;
    }
  }
  const ms = performance.now() - t0;
  await fake.close();
  return { run: "(a) plain telegraf sendMessage loop", ms, fake, failed };
}

async function channelAlone(): Promise<Row> {
  const fake = await startFakeTelegram({ globalPerSecond: LIMIT });
  const channel = new TelegramChannel({ token: fake.token, apiRoot: fake.url, limiter: new RateLimiter({ perSecond: LIMIT }) });
  let failed = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: N }, (_, i) => channel.send(String(chatOf(i)), { text: `Nhắc việc số ${i}` }).catch(() => { failed += 1; })));
  const ms = performance.now() - t0;
  await fake.close();
  return { run: "(b) TelegramChannel + our limiter", ms, fake, failed };
}

async function throughQueue(url: string): Promise<Row> {
  const fake = await startFakeTelegram({ globalPerSecond: LIMIT });
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  const workerConnection = new Redis(url, { maxRetriesPerRequest: null });
  await redis.flushdb();
  const prefix = "bench-tg:";
  const store = new Store(redis, prefix);
  const officials: Official[] = Array.from({ length: N }, (_, i) => ({
    id: `O${i}`, fullName: `Cán bộ ${i}`, title: "Giám đốc", unit: `Sở ${i}`, unitType: "sở", supervisorId: null,
    locale: "vi", role: "leader", telegramChatId: String(chatOf(i)), zaloUserId: null,
  }));
  await store.saveOfficials(officials);
  const channel = new TelegramChannel({ token: fake.token, apiRoot: fake.url, limiter: new RateLimiter({ perSecond: LIMIT }) });
  const queues = new DeliveryQueues(redis, prefix);
  const deps: DeliveryDeps = {
    store, queues, calendar: await loadCalendar({}), policy: DEFAULT_POLICY, clock: () => new Date(),
    channels: new Map<ChannelName, Channel>([["telegram", channel]]), logger: silentLogger,
  };
  const queue = queues.get("telegram");
  await queue.pause();
  for (let i = 0; i < N; i += 1_000) {
    await queue.addBulk(officials.slice(i, i + 1_000).map((o, j) => ({ name: "message", data: { type: "message" as const, o: o.id, text: `Nhắc việc số ${i + j}` }, opts: { jobId: `bench~${i + j}` } })));
  }
  const worker = startDeliveryWorker(deps, "telegram", workerConnection, { concurrency: 100, limit: { max: LIMIT, durationMs: 1_000 } });
  await worker.waitUntilReady();
  const t0 = performance.now();
  await queue.resume();
  while (fake.delivered.length < N && performance.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 5));
  const ms = performance.now() - t0;
  const failed = await queue.getFailedCount();
  await worker.close();
  await queues.close();
  await fake.close();
  redis.disconnect();
  workerConnection.disconnect();
  return { run: "(c) TelegramChannel via BullMQ worker", ms, fake, failed };
}

export default async function (): Promise<void> {
  const server = process.env.DONDOC_TEST_REDIS_URL ? null : await startRedisServer();
  try {
    const rows = [await plainLoop(), await channelAlone(), await throughQueue(process.env.DONDOC_TEST_REDIS_URL ?? server!.url)];
    console.log(`${N} messages to ${N} chats; the fake's overall limit ${LIMIT}/s (token bucket, burst ${LIMIT}); our limiter ${LIMIT}/s, no burst`);
    table(rows.map(figures));
  } finally {
    await server?.stop();
  }
}
