import { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import type { AppDeps } from "../../src/app/deps.ts";
import { handleInbound } from "../../src/bot/handle.ts";
import { loadCalendar } from "../../src/calendar/default.ts";
import { MemoryChannel } from "../../src/channels/memory.ts";
import { DEFAULT_POLICY } from "../../src/core/plan/policy.ts";
import { silentLogger } from "../../src/log.ts";
import { Store } from "../../src/store/store.ts";
import { DeliveryQueues } from "../../jobs/queues.ts";
import { freePort } from "../support/redis-server.ts";

describe("a Redis outage", () => {
  it("lets the queue retry the message, and on its last try answers that the system is busy, politely", async () => {
    // A port nobody listens on: every Redis command fails at once.
    const redis = new Redis(`redis://127.0.0.1:${await freePort()}`, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
    redis.on("error", () => {});
    const tg = new MemoryChannel("telegram");
    const store = new Store(redis, "outage:");
    const deps: AppDeps = {
      store, queues: new DeliveryQueues(redis, "outage:"), calendar: await loadCalendar({}), policy: DEFAULT_POLICY,
      clock: () => new Date(), channels: new Map([["telegram", tg]]), logger: silentLogger, available: new Set(["telegram"]),
    };
    const msg = { channel: "telegram" as const, chatId: "42", userId: "42", text: "xong", messageId: "1", replyToMessageId: null, buttonData: null, at: new Date() };
    // While the queue will try again, nothing is said: the retry will answer.
    await expect(handleInbound(deps, msg, { lastAttempt: false })).rejects.toThrow();
    expect(tg.to("42")).toEqual([]);
    await handleInbound(deps, msg, { lastAttempt: true });
    expect(tg.to("42").map((m) => m.text)).toEqual(["Hệ thống đang bận, xin Đồng chí thử lại sau ít phút."]);
    redis.disconnect();
  });
});
