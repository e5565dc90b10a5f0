/**
 * Stopping with work in hand (issue 12): stop() lets the jobs in flight finish, so after it every
 * message is either delivered or still waiting in Redis — none half-done, none lost — and the next
 * start delivers the rest, each once.
 */
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { ChatLog } from "../../src/channels/web/chat-log.ts";
import { bullPrefix, deliveryQueueName } from "../../jobs/names.ts";
import { afterAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { silentLogger } from "../../src/log.ts";
import { startService } from "../../src/service.ts";
import { official, until } from "../support/harness.ts";
import { deleteByPrefix, uniquePrefix } from "../support/redis.ts";

const prefix = uniquePrefix("stop");
const redis = new Redis(inject("redisUrl"));
afterAll(async () => { await deleteByPrefix(redis, prefix); redis.disconnect(); });

// Under the chat log's cap (300 entries a chat), so every delivered message can be counted.
const N = 250;

describe("stop() with deliveries in flight", () => {
  it("finishes what it started, leaves the rest waiting, and the next start sends the rest once", async () => {
    const env = { REDIS_URL: inject("redisUrl"), DONDOC_KEY_PREFIX: prefix, PORT: "0", HOST: "127.0.0.1", DONDOC_SANDBOX: "1" };
    const first = await startService(loadConfig(env), { logger: silentLogger, env, daily: false });
    await first.deps.store.saveOfficials([official("SNV-GD", { telegramChatId: null, webChatId: "SNV-GD" })]);
    // The test's own connections: the service's close with it.
    const queue = new Queue(deliveryQueueName("web"), { connection: redis, prefix: bullPrefix(prefix) });
    const chats = new ChatLog(redis, prefix);
    await queue.addBulk(Array.from({ length: N }, (_, i) => ({ name: "message", data: { type: "message" as const, o: "SNV-GD", text: `Thông báo số ${i + 1}` }, opts: { jobId: `stop-${i}` } })));
    const delivered = async () => (await chats.history("SNV-GD", 1_000)).length;
    await until(async () => (await delivered()) >= 20, 10_000, "deliveries under way");
    await first.stop();

    const counts = await queue.getJobCounts("active", "waiting", "completed", "failed");
    const after = await delivered();
    expect(counts.active).toBe(0);
    expect(counts.failed).toBe(0);
    expect(after).toBeLessThan(N);
    expect(after + counts.waiting!).toBe(N);

    const second = await startService(loadConfig(env), { logger: silentLogger, env, daily: false });
    try {
      await until(async () => (await delivered()) >= N, 20_000, "the rest delivered");
      await new Promise((r) => setTimeout(r, 300));
      const texts = (await chats.history("SNV-GD", 1_000)).map((e) => e.text);
      expect(texts).toHaveLength(N);
      expect(new Set(texts).size).toBe(N);
    } finally {
      await second.stop();
      await queue.close();
    }
  }, 60_000);
});
