/**
 * Validation at the edge (issue 10): authenticated but malformed platform updates are checked in
 * their adapter, dropped, logged once without their content — never thrown inside a handler.
 * The shapes are the ones that used to throw: `inline_keyboard.flat is not a function`,
 * `Cannot read properties of null (reading 'id')`, `Invalid time value`.
 */
import type { Telegram } from "telegraf";
import { afterEach, describe, expect, it } from "vitest";
import type { InboundMessage } from "../../src/channels/port.ts";
import { receiveTelegramUpdate } from "../../src/channels/telegram/updates.ts";
import { ZaloWebhook } from "../../src/channels/zalo/webhook.ts";
import { startHttpServer, type HttpServer } from "../../src/http/server.ts";
import { createLogger } from "../../src/log.ts";
import { zaloSignature } from "../fakes/zalo-webhook.ts";
import { withRedis } from "../support/redis.ts";

const PRIVATE = "Nội dung riêng tư của lãnh đạo";
const from = { id: 7001, is_bot: false, first_name: "Thu" };
const chat = { id: 7001, type: "private" };

/** Bot API updates that are authentic in form (an update_id) but broken where dondoc reads them. */
const BROKEN_TELEGRAM: Array<[string, unknown]> = [
  ["inline_keyboard that is no array", { update_id: 1, callback_query: { id: "q1", from, data: "d:abcd", message: { message_id: 5, date: 1_700_000_000, chat, reply_markup: { inline_keyboard: {} } } } }],
  ["a button press from null", { update_id: 2, callback_query: { id: "q2", from: null, data: "d:abcd", message: { message_id: 5, date: 1_700_000_000, chat } } }],
  ["a message date that is no number", { update_id: 3, message: { message_id: 6, date: "hôm qua", chat, from, text: PRIVATE } }],
  ["a message with chat null", { update_id: 4, message: { message_id: 7, date: 1_700_000_000, chat: null, from, text: PRIVATE } }],
  ["reply_to_message null", { update_id: 5, message: { message_id: 8, date: 1_700_000_000, chat, from, text: PRIVATE, reply_to_message: null } }],
  ["a text that is an object", { update_id: 6, message: { message_id: 9, date: 1_700_000_000, chat, from, text: { t: PRIVATE } } }],
  ["no update_id", { message: { message_id: 10, date: 1_700_000_000, chat, from, text: PRIVATE } }],
  ["not even an object", null],
];

describe("Telegram updates checked at the edge", () => {
  it.each(BROKEN_TELEGRAM)("drops %s, logs it once without its text, answers no button", async (_, update) => {
    const lines: string[] = [];
    let answered = 0;
    const telegram = { answerCbQuery: async () => { answered++; return true; } } as unknown as Telegram;
    const msg = await receiveTelegramUpdate(telegram, update, createLogger("debug", {}, (l) => lines.push(l)));
    expect(msg).toBeNull();
    expect(answered).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("telegram: malformed update dropped");
    expect(lines[0]).not.toContain("riêng tư");
  });

  it("still reads a well-formed press and answers it", async () => {
    let answered = 0;
    const telegram = { answerCbQuery: async () => { answered++; return true; } } as unknown as Telegram;
    const msg = await receiveTelegramUpdate(telegram, {
      update_id: 9, callback_query: { id: "q9", from, data: "d:abcd", message: { message_id: 5, date: 0, chat, reply_markup: { inline_keyboard: [[{ text: "Hoàn thành", callback_data: "d:abcd" }]] } } },
    }, createLogger("error", {}, () => {}));
    expect(msg).toMatchObject({ buttonData: "d:abcd", text: "Hoàn thành", replyToMessageId: "5", chatId: "7001" });
    expect(answered).toBe(1);
  });
});

let server: HttpServer | undefined;
afterEach(async () => { await server?.close(); server = undefined; });

describe("Zalo events checked at the edge", () => {
  const appId = "1234567890123456789";
  const oaSecret = "edge-oa-secret";
  const BROKEN_ZALO: Array<[string, Record<string, unknown>]> = [
    ["a timestamp that is no time", { event_name: "user_send_text", timestamp: "abc", sender: { id: "3001" }, message: { msg_id: "m1", text: PRIVATE } }],
    ["a sender id '*' (it would become a key pattern)", { event_name: "user_withdraw", timestamp: "1764000000000", sender: { id: "*" } }],
    ["sender null", { event_name: "user_send_text", timestamp: "1764000000000", sender: null, message: { msg_id: "m2", text: PRIVATE } }],
    ["a text that is a number", { event_name: "user_send_text", timestamp: "1764000000000", sender: { id: "3001" }, message: { msg_id: "m3", text: 42 } }],
    ["a follower without id", { event_name: "follow", timestamp: "1764000000000", follower: {} }],
  ];

  it.each(BROKEN_ZALO)("drops a signed event with %s: 200 (resending cannot mend it), nothing handed over, one log line without its text", (_, event) => withRedis(async (redis, prefix) => {
    const lines: string[] = [];
    const handed: unknown[] = [];
    server = await startHttpServer({
      port: 0, host: "127.0.0.1", redis, logger: createLogger("debug", {}, (l) => lines.push(l)),
      zalo: new ZaloWebhook({ appId, oaSecret, redis, prefix }),
      onInbound: async (m: InboundMessage) => { handed.push(m); }, onZaloEvent: async (e) => { handed.push(e); },
    });
    const body = JSON.stringify({ app_id: appId, ...event });
    const res = await fetch(`${server.url}/zalo/webhook`, {
      method: "POST", body, headers: { "content-type": "application/json", "x-zevent-signature": `mac=${zaloSignature(appId, body, String(event.timestamp), oaSecret)}` },
    });
    expect(res.status).toBe(200);
    expect(handed).toEqual([]);
    const dropped = lines.filter((l) => l.includes("malformed event dropped"));
    expect(dropped).toHaveLength(1);
    expect(lines.join("\n")).not.toContain("riêng tư");
  }));
});
