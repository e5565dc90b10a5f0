import { afterEach, describe, expect, it } from "vitest";
import { RateLimiter } from "../../../src/channels/limiter.ts";
import { DeliveryError } from "../../../src/channels/port.ts";
import { TelegramChannel } from "../../../src/channels/telegram/channel.ts";
import { startFakeTelegram, type FakeTelegram, type FakeTelegramOptions } from "../../fakes/telegram-server.ts";

let tg: FakeTelegram | undefined;
afterEach(async () => { await tg?.close(); tg = undefined; });

/** A fake and a channel whose limiter is fast enough for tests (the fake's limits set to match). */
async function setup(fake: FakeTelegramOptions = {}, limiter = new RateLimiter({ perSecond: 500, perChatPerSecond: 50 }), timeoutMs = 2_000) {
  // The fake tolerates a burst of 2 per chat, as Telegram tolerates network jitter; our limiter itself never bursts.
  tg = await startFakeTelegram({ globalPerSecond: 500, perChatPerSecond: 50, perChatBurst: 2, ...fake });
  const channel = new TelegramChannel({ token: tg.token, apiRoot: tg.url, limiter, requestTimeoutMs: timeoutMs, retryAfterUnitMs: fake.secondMs ?? 1000 });
  return { tg, channel };
}

async function failureOf(p: Promise<unknown>): Promise<DeliveryError> {
  const error = await p.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}

const BUTTONS = [[{ label: "Hoàn thành", data: "done" }, { label: "Đang thực hiện", data: "progress" }, { label: "Xin gia hạn", data: "extend" }]];

describe("TelegramChannel.send", () => {
  it("sends plain text with the buttons as an inline keyboard", async () => {
    const { tg, channel } = await setup();
    const { messageId } = await channel.send("4242", { text: "Kính gửi Đồng chí: nhiệm vụ báo cáo CCHC đến hạn ngày 30/6.", buttons: BUTTONS });
    const [m] = tg.messagesTo(4242);
    expect(String(m!.message_id)).toBe(messageId);
    expect(m!.parse_mode).toBeUndefined();
    expect(m!.reply_markup?.inline_keyboard).toEqual([[
      { text: "Hoàn thành", callback_data: "done" }, { text: "Đang thực hiện", callback_data: "progress" }, { text: "Xin gia hạn", callback_data: "extend" },
    ]]);
  });

  it("shows directive text that looks like HTML or Markdown exactly as written", async () => {
    const { tg, channel } = await setup();
    const text = "Thực hiện <b>Chỉ thị</b> số 05/CT-UBND & Kế hoạch *khẩn* _gấp_ <2026> [TB-12] (a<b)";
    await channel.send("7", { text });
    expect(tg.messagesTo(7).map((m) => m.text)).toEqual([text]);
  });

  it("splits a text over 4096 characters at line boundaries, buttons on the last part, returning its id", async () => {
    const { tg, channel } = await setup();
    const lines = Array.from({ length: 120 }, (_, i) => `${i + 1}. Giao Sở Kế hoạch và Đầu tư chủ trì tham mưu triển khai nội dung số ${i + 1}, báo cáo kết quả trước ngày 15/${(i % 12) + 1}/2026.`);
    const text = lines.join("\n");
    expect(text.length).toBeGreaterThan(2 * 4096);
    const { messageId } = await channel.send("9", { text, buttons: BUTTONS });
    const got = tg.messagesTo(9);
    expect(got.length).toBeGreaterThanOrEqual(Math.ceil(text.length / 4096));
    expect(got.map((m) => m.text).join("\n")).toBe(text);
    for (const m of got) {
      expect(m.text.length).toBeLessThanOrEqual(4096);
      for (const line of m.text.split("\n")) expect(lines).toContain(line);
    }
    expect(got.map((m) => m.reply_markup !== undefined)).toEqual(got.map((_, i) => i === got.length - 1));
    expect(messageId).toBe(String(got.at(-1)!.message_id));
  });

  it("keeps one chat at its per-chat rate, split parts included, without a single 429", async () => {
    const { tg, channel } = await setup({ perChatPerSecond: 10 }, new RateLimiter({ perSecond: 500, perChatPerSecond: 10 }));
    const long = Array.from({ length: 80 }, (_, i) => `Dòng ${i}: ${"nội dung ".repeat(10)}`).join("\n");
    await Promise.all([channel.send("5", { text: long }), channel.send("5", { text: "tin hai" }), channel.send("5", { text: "tin ba" })]);
    const at = tg.messagesTo(5).map((m) => m.at);
    expect(at.length).toBeGreaterThanOrEqual(4);
    expect(tg.count429).toBe(0);
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(90);
  });
});

describe("TelegramChannel errors", () => {
  it("blocked by the user: permanent, reason blocked", async () => {
    const { tg, channel } = await setup();
    tg.blockedBy(11);
    const e = await failureOf(channel.send("11", { text: "Nhắc việc" }));
    expect([e.permanent, e.reason]).toEqual([true, "blocked"]);
  });

  it("chat not found: permanent, reason not_found", async () => {
    const { channel } = await setup({ requireKnownChat: true });
    const e = await failureOf(channel.send("12", { text: "Nhắc việc" }));
    expect([e.permanent, e.reason]).toEqual([true, "not_found"]);
  });

  it("a request the API refuses: permanent, reason bad_request", async () => {
    const { channel } = await setup();
    const e = await failureOf(channel.send("13", { text: "Nhắc việc", buttons: [[{ label: "Quá dài", data: "x".repeat(65) }]] }));
    expect([e.permanent, e.reason]).toEqual([true, "bad_request"]);
    expect(e.message).toContain("BUTTON_DATA_INVALID");
  });

  it("429: transient, retryAfterMs from retry_after", async () => {
    const { channel } = await setup({ perChatPerSecond: 1, perChatBurst: 1 }, new RateLimiter({ perSecond: 1000, perChatPerSecond: 1000 }));
    await channel.send("14", { text: "một" });
    const e = await failureOf(channel.send("14", { text: "hai" }));
    expect([e.permanent, e.reason, e.retryAfterMs]).toEqual([false, "rate_limited", 1000]);
  });

  it("5xx, an nginx 502 page, a dropped connection and a hung request: transient", async () => {
    const { tg, channel } = await setup({}, undefined, 300);
    tg.faults.script([{ kind: "500", phase: "before" }, { kind: "502", phase: "before" }, { kind: "drop", phase: "before" }, { kind: "hang", phase: "before" }]);
    const reasons: string[] = [];
    for (let i = 0; i < 4; i++) {
      const e = await failureOf(channel.send(`2${i}`, { text: "Nhắc việc" }));
      expect(e.permanent).toBe(false);
      reasons.push(e.reason);
    }
    expect(reasons).toEqual(["server", "server", "network", "network"]);
    await channel.send("30", { text: "sau sự cố" });
    expect(tg.messagesTo(30)).toHaveLength(1);
  });
});
