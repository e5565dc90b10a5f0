import { afterEach, describe, expect, it } from "vitest";
import { RateLimiter } from "../../../src/channels/limiter.ts";
import { DeliveryError, type OutboundMessage, type SendResult } from "../../../src/channels/port.ts";
import { TelegramChannel } from "../../../src/channels/telegram/channel.ts";
import { startFakeTelegram, type FakeTelegram } from "../../fakes/telegram-server.ts";

let tg: FakeTelegram | undefined;
afterEach(async () => { await tg?.close(); tg = undefined; });

/** What the delivery worker does, in small: retry transient failures, waiting exactly retryAfterMs when given. */
async function deliver(channel: TelegramChannel, chatId: string, message: OutboundMessage): Promise<SendResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await channel.send(chatId, message);
    } catch (e: unknown) {
      if (!(e instanceof DeliveryError) || e.permanent || attempt >= 40) throw e;
      await new Promise((r) => setTimeout(r, e.retryAfterMs ?? 10));
    }
  }
}

describe("TelegramChannel under a 429 storm and 10% server errors", () => {
  it("delivers every message exactly once and never retries before retry_after", async () => {
    // A Bot API "second" of 50 ms; the fake refuses any send inside a served retry_after window.
    tg = await startFakeTelegram({
      secondMs: 50, strictRetryAfter: true, globalPerSecond: 2000, perChatPerSecond: 5, perChatBurst: 1,
      faults: { ratio: 0.1, kinds: ["500", "502"], phase: "before", methods: ["sendMessage"], seed: 7 },
    });
    // Our limiter deliberately far above the fake's per-chat limit: every chat runs into 429s.
    const channel = new TelegramChannel({
      token: tg.token, apiRoot: tg.url, retryAfterUnitMs: 50, limiter: new RateLimiter({ perSecond: 2000, perChatPerSecond: 1000 }),
    });
    const chats = Array.from({ length: 20 }, (_, i) => String(5000 + i));
    // Each chat's messages in order (one official's queue), chats in parallel.
    await Promise.all(chats.map(async (chat) => {
      for (let n = 1; n <= 4; n++) await deliver(channel, chat, { text: `Nhắc việc số ${n} gửi ${chat}` });
    }));
    const seen = tg.delivered.map((m) => `${m.chat_id}|${m.text}`);
    expect(new Set(seen).size).toBe(80);
    expect(seen).toHaveLength(80);
    expect(tg.count429).toBeGreaterThan(20);
    expect(tg.faults.total).toBeGreaterThan(3);
    expect(tg.earlyRetries).toBe(0);
  });

  it("resumes a split message after a failed part instead of resending the parts already delivered", async () => {
    tg = await startFakeTelegram({ perChatPerSecond: 100, perChatBurst: 5 });
    const channel = new TelegramChannel({ token: tg.token, apiRoot: tg.url, limiter: new RateLimiter({ perSecond: 100, perChatPerSecond: 50 }) });
    const text = Array.from({ length: 200 }, (_, i) => `Nhiệm vụ ${i + 1}: tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.`).join("\n");
    tg.faults.script([null, { kind: "500", phase: "before" }]);
    const { messageId } = await deliver(channel, "77", { text });
    const got = tg.messagesTo(77);
    expect(got.length).toBeGreaterThanOrEqual(3);
    expect(got.map((m) => m.text).join("\n")).toBe(text);
    expect(messageId).toBe(String(got.at(-1)!.message_id));
  });
});
