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
  it("answers the leader that the system is busy, politely, instead of failing silently", async () => {
    // A port nobody listens on: every Redis command fails at once.
    const redis = new Redis(`redis://127.0.0.1:${await freePort()}`, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
    redis.on("error", () => {});
    const tg = new MemoryChannel("telegram");
    const store = new Store(redis, "outage:");
    const deps: AppDeps = {
      store, queues: new DeliveryQueues(redis, "outage:"), calendar: await loadCalendar({}), policy: DEFAULT_POLICY,
      clock: () => new Date(), channels: new Map([["telegram", tg]]), logger: silentLogger, available: new Set(["telegram"]),
    };
    await handleInbound(deps, { channel: "telegram", chatId: "42", userId: "42", text: "xong", messageId: "1", replyToMessageId: null, buttonData: null, at: new Date() });
    expect(tg.to("42").map((m) => m.text)).toEqual(["Hệ thống đang bận, xin Đồng chí thử lại sau ít phút."]);
    redis.disconnect();
  });
});
