import { afterEach, describe, expect, it } from "vitest";
import { callBot } from "./telegram-client.ts";
import { startFakeTelegram, type FakeTelegram, type FakeTelegramOptions } from "./telegram-server.ts";

let tg: FakeTelegram | undefined;
async function start(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  tg = await startFakeTelegram(options);
  return tg;
}
afterEach(async () => {
  await tg?.close();
  tg = undefined;
});

const send = (t: FakeTelegram, chatId: number, text = "Nhắc việc") => callBot(t, "sendMessage", { chat_id: chatId, text });
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("fake Telegram: rate limits", () => {
  it("lets a chat burst, then answers 429 with retry_after, and accepts again after waiting it", async () => {
    const t = await start({ perChatPerSecond: 10, perChatBurst: 2, secondMs: 100 });
    expect((await send(t, 9)).status).toBe(200);
    expect((await send(t, 9)).status).toBe(200);
    const limited = await send(t, 9);
    expect(limited).toEqual({
      status: 429,
      body: { ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } },
    });
    // Another chat is not affected by chat 9's limit.
    expect((await send(t, 10)).status).toBe(200);
    await wait(limited.body.parameters!.retry_after! * 100);
    expect((await send(t, 9)).status).toBe(200);
    expect(t.count429).toBe(1);
    expect(t.messagesTo(9)).toHaveLength(3);
  });

  it("limits the bot overall across chats", async () => {
    const t = await start({ globalPerSecond: 5 });
    const statuses = [];
    for (let chat = 1; chat <= 7; chat++) statuses.push((await send(t, chat)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(t.delivered).toHaveLength(5);
    expect(t.count429).toBe(2);
  });

  it("holds a sustained stream to about the configured rate", async () => {
    const t = await start({ globalPerSecond: 100, perChatPerSecond: 1000, perChatBurst: 1000 });
    const startedAt = Date.now();
    let lastBatchAt = startedAt;
    let accepted = 0;
    while (Date.now() - startedAt < 500) {
      lastBatchAt = Date.now();
      const batch = await Promise.all(Array.from({ length: 50 }, (_, i) => send(t, i)));
      accepted += batch.filter((r) => r.status === 200).length;
    }
    // A burst of 100, then 100/s up to the last batch, give or take a few for timer granularity.
    const expected = 100 + (100 * (lastBatchAt - startedAt)) / 1000;
    expect(accepted).toBeGreaterThan(expected - 10);
    expect(accepted).toBeLessThan(100 + (100 * (Date.now() - startedAt)) / 1000 + 10);
    expect(t.count429).toBeGreaterThan(0);
  });

  it("in strict mode, answers 429 again to a retry before retry_after and counts it", async () => {
    const t = await start({ perChatPerSecond: 50, perChatBurst: 1, secondMs: 100, strictRetryAfter: true });
    await send(t, 1);
    expect((await send(t, 1)).status).toBe(429);
    // The bucket has refilled after 20 ms, but retry_after (100 ms) has not elapsed.
    await wait(40);
    expect((await send(t, 1)).status).toBe(429);
    expect(t.earlyRetries).toBe(1);
    await wait(70);
    expect((await send(t, 1)).status).toBe(200);
  });
});

describe("fake Telegram: faults", () => {
  it("fails about the configured share of requests, with the configured kinds", async () => {
    const t = await start({ faults: { ratio: 0.1, kinds: ["500", "502"], seed: 7 } });
    const statuses: number[] = [];
    for (let i = 0; i < 400; i++) statuses.push((await callBot(t, "getMe")).status);
    const failed = statuses.filter((s) => s !== 200);
    expect(failed.length / statuses.length).toBeGreaterThan(0.06);
    expect(failed.length / statuses.length).toBeLessThan(0.14);
    expect(new Set(failed)).toEqual(new Set([500, 502]));
    expect(t.faults.total).toBe(failed.length);
  });

  it("answers a 502 as nginx does: HTML, not JSON", async () => {
    const t = await start();
    t.faults.script([{ kind: "502", phase: "before" }]);
    const res = await fetch(`${t.url}/bot${t.token}/getMe`, { method: "POST" });
    expect(res.status).toBe(502);
    expect(res.headers.get("content-type")).toBe("text/html");
    expect(await res.text()).toContain("502 Bad Gateway");
  });

  it("a connection dropped before delivery loses nothing; one dropped after delivery makes a resend a duplicate", async () => {
    const t = await start({ perChatBurst: 5 });
    t.faults.script([{ kind: "drop", phase: "before" }, { kind: "drop", phase: "after" }]);
    await expect(send(t, 3, "lần 1")).rejects.toThrow();
    expect(t.delivered).toHaveLength(0);
    await expect(send(t, 3, "lần 2")).rejects.toThrow();
    expect(t.delivered).toMatchObject([{ text: "lần 2", ackLost: true }]);
    expect((await send(t, 3, "lần 2")).status).toBe(200);
    expect(t.messagesTo(3).map((m) => [m.text, m.ackLost])).toEqual([["lần 2", true], ["lần 2", false]]);
    expect(t.requests.filter((r) => r.fault === "drop")).toHaveLength(2);
  });

  it("hangs a request until the client gives up", async () => {
    const t = await start();
    t.faults.script([{ kind: "hang", phase: "before" }]);
    const startedAt = Date.now();
    const request = callBot(t, "sendMessage", { chat_id: 4, text: "x" }, { signal: AbortSignal.timeout(150) });
    await expect(request).rejects.toThrow(/abort|timeout/i);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(140);
    expect(t.delivered).toHaveLength(0);
    expect(t.requests[0]).toMatchObject({ method: "sendMessage", status: 0, fault: "hang" });
  });
});
