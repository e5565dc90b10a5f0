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

const BUTTONS = {
  inline_keyboard: [[
    { text: "Hoàn thành", callback_data: "done:t1" },
    { text: "Đang thực hiện", callback_data: "doing:t1" },
    { text: "Xin gia hạn", callback_data: "extend:t1" },
  ]],
};

describe("fake Telegram: envelopes and tokens", () => {
  it("answers getMe with the bot, a wrong token with 401 and an unknown method with 404", async () => {
    const t = await start();
    const me = await callBot(t, "getMe");
    expect(me).toMatchObject({ status: 200, body: { ok: true, result: { id: t.botId, is_bot: true, username: "dondoc_test_bot" } } });
    expect(await callBot(t, "getMe", {}, { token: "1:wrong" })).toEqual({
      status: 401, body: { ok: false, error_code: 401, description: "Unauthorized" },
    });
    expect((await callBot(t, "sendMessag")).status).toBe(404);
  });

  it("delivers a message, records it and returns a real Message object", async () => {
    const t = await start();
    const sent = await callBot(t, "sendMessage", { chat_id: 501, text: "Kính gửi đồng chí Giám đốc", reply_markup: BUTTONS });
    expect(sent.body.result).toMatchObject({
      message_id: 1, chat: { id: 501, type: "private" }, from: { id: t.botId, is_bot: true },
      text: "Kính gửi đồng chí Giám đốc", reply_markup: BUTTONS,
    });
    expect(typeof sent.body.result.date).toBe("number");
    expect(t.messagesTo(501)).toMatchObject([{ message_id: 1, chat_id: 501, reply_markup: BUTTONS, ackLost: false }]);
    expect(t.messagesTo(502)).toEqual([]);
  });

  it("takes form-encoded bodies with JSON-serialised fields, as the real API does", async () => {
    const t = await start();
    const sent = await callBot(t, "sendMessage", { chat_id: "77", text: "Nhắc việc", reply_markup: BUTTONS }, { form: true });
    expect(sent.body.ok).toBe(true);
    expect(t.delivered[0]).toMatchObject({ chat_id: 77, reply_markup: BUTTONS });
  });

  it("rejects empty and over-long texts but takes exactly 4096 characters", async () => {
    const t = await start({ perChatBurst: 10 });
    expect((await callBot(t, "sendMessage", { chat_id: 1, text: "" })).body).toEqual({
      ok: false, error_code: 400, description: "Bad Request: message text is empty",
    });
    expect((await callBot(t, "sendMessage", { chat_id: 1, text: "ạ".repeat(4097) })).body.description).toBe("Bad Request: message is too long");
    expect((await callBot(t, "sendMessage", { chat_id: 1, text: "ạ".repeat(4096) })).body.ok).toBe(true);
    // Markup does not count: 4096 visible characters inside <b> pass.
    expect((await callBot(t, "sendMessage", { chat_id: 1, text: `<b>${"a".repeat(4096)}</b>`, parse_mode: "HTML" })).body.ok).toBe(true);
    expect(t.delivered).toHaveLength(2);
  });

  it("refuses text that does not parse in its parse_mode", async () => {
    const t = await start({ perChatBurst: 10 });
    const html = await callBot(t, "sendMessage", { chat_id: 1, text: "Hạn <30/6> <b>gấp", parse_mode: "HTML" });
    expect(html.body.description).toMatch(/^Bad Request: can't parse entities: Unsupported start tag "30\/6"/);
    const md = await callBot(t, "sendMessage", { chat_id: 1, text: "Văn bản số 12/KH-UBND.", parse_mode: "MarkdownV2" });
    expect(md.body.description).toBe("Bad Request: can't parse entities: Character '-' is reserved and must be escaped with the preceding '\\'");
    const escaped = await callBot(t, "sendMessage", { chat_id: 1, text: "*Văn bản* số 12/KH\\-UBND\\.", parse_mode: "MarkdownV2" });
    expect(escaped.body.ok).toBe(true);
  });

  it("refuses callback_data over 64 bytes", async () => {
    const t = await start();
    const markup = { inline_keyboard: [[{ text: "Hoàn thành", callback_data: "đ".repeat(33) }]] };
    expect((await callBot(t, "sendMessage", { chat_id: 1, text: "x", reply_markup: markup })).body.description).toBe("Bad Request: BUTTON_DATA_INVALID");
  });

  it("answers 403 to a chat that blocked the bot and 400 to an unknown chat when chats must be known", async () => {
    const t = await start({ requireKnownChat: true });
    t.addChat(10);
    t.blockedBy(10);
    expect((await callBot(t, "sendMessage", { chat_id: 10, text: "x" })).body).toEqual({
      ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user",
    });
    expect((await callBot(t, "sendMessage", { chat_id: 11, text: "x" })).body).toEqual({
      ok: false, error_code: 400, description: "Bad Request: chat not found",
    });
    t.userSends(11, "/start");
    expect((await callBot(t, "sendMessage", { chat_id: 11, text: "x" })).body.ok).toBe(true);
    expect(t.delivered.map((m) => m.chat_id)).toEqual([11]);
  });

  it("edits a message and refuses an edit that changes nothing", async () => {
    const t = await start();
    await callBot(t, "sendMessage", { chat_id: 5, text: "Nhắc việc", reply_markup: BUTTONS });
    const edited = await callBot(t, "editMessageText", { chat_id: 5, message_id: 1, text: "Đã ghi nhận: Hoàn thành" });
    expect(edited.body.result).toMatchObject({ message_id: 1, text: "Đã ghi nhận: Hoàn thành" });
    expect(edited.body.result.reply_markup).toBeUndefined();
    const again = await callBot(t, "editMessageText", { chat_id: 5, message_id: 1, text: "Đã ghi nhận: Hoàn thành" });
    expect(again.body.description).toMatch(/^Bad Request: message is not modified/);
    expect((await callBot(t, "editMessageReplyMarkup", { chat_id: 5, message_id: 9 })).body.description).toBe("Bad Request: message to edit not found");
  });

  it("keeps the Vietnamese command menu per scope and language", async () => {
    const t = await start();
    const commands = [{ command: "viec", description: "Danh sách nhiệm vụ của đồng chí" }, { command: "giahan", description: "Xin gia hạn nhiệm vụ" }];
    expect((await callBot(t, "setMyCommands", { commands, language_code: "vi" })).body.result).toBe(true);
    expect((await callBot(t, "getMyCommands", { language_code: "vi" })).body.result).toEqual(commands);
    expect((await callBot(t, "getMyCommands")).body.result).toEqual([]);
    expect((await callBot(t, "setMyCommands", { commands: [{ command: "Gia-Han", description: "x" }] })).body.description).toBe("Bad Request: BOT_COMMAND_INVALID");
  });
});

describe("fake Telegram: users, buttons and getUpdates", () => {
  it("brings a button press back as a callback_query that must be answered once", async () => {
    const t = await start();
    await callBot(t, "sendMessage", { chat_id: 42, text: "Nhiệm vụ 1", reply_markup: BUTTONS });
    expect(() => t.userPresses(42, 1, "no-such-button")).toThrow(/no button/);
    t.userPresses(42, 1, "done:t1");
    const updates = (await callBot(t, "getUpdates")).body.result;
    expect(updates).toHaveLength(1);
    const query = updates[0].callback_query;
    expect(query).toMatchObject({ data: "done:t1", from: { id: 42 }, message: { message_id: 1, chat: { id: 42 } } });
    expect((await callBot(t, "answerCallbackQuery", { callback_query_id: query.id, text: "Đã ghi nhận" })).body.result).toBe(true);
    expect((await callBot(t, "answerCallbackQuery", { callback_query_id: query.id })).body.description).toBe(
      "Bad Request: query is too old and response timeout expired or query ID is invalid",
    );
    expect(t.callbackAnswers).toMatchObject([{ callback_query_id: query.id, text: "Đã ghi nhận" }]);
  });

  it("points a user's reply at the bot's message and confirms updates below offset", async () => {
    const t = await start();
    await callBot(t, "sendMessage", { chat_id: 42, text: "Nhiệm vụ 1" });
    const first = t.userSends(42, "xong rồi", { replyTo: 1 });
    t.userSends(42, "cảm ơn");
    const all = (await callBot(t, "getUpdates")).body.result;
    expect(all.map((u: { update_id: number }) => u.update_id)).toEqual([first.update_id, first.update_id + 1]);
    expect(all[0].message).toMatchObject({ message_id: 2, text: "xong rồi", reply_to_message: { message_id: 1, text: "Nhiệm vụ 1" } });
    const rest = (await callBot(t, "getUpdates", { offset: first.update_id + 1 })).body.result;
    expect(rest.map((u: { message: { text: string } }) => u.message.text)).toEqual(["cảm ơn"]);
    await callBot(t, "getUpdates", { offset: first.update_id + 2 });
    expect(t.pendingUpdates).toBe(0);
  });

  it("long-polls: returns as soon as a user sends, or empty when the timeout ends", async () => {
    const t = await start({ secondMs: 100 });
    const startedAt = Date.now();
    const poll = callBot(t, "getUpdates", { timeout: 50 });
    setTimeout(() => t.userSends(7, "đã xong"), 80);
    const { body } = await poll;
    expect(body.result[0].message.text).toBe("đã xong");
    expect(Date.now() - startedAt).toBeLessThan(1000);

    const emptyStart = Date.now();
    const empty = await callBot(t, "getUpdates", { offset: body.result[0].update_id + 1, timeout: 2 });
    expect(empty.body.result).toEqual([]);
    expect(Date.now() - emptyStart).toBeGreaterThanOrEqual(190);
  });

  it("ends an older long poll with 409 when another getUpdates starts", async () => {
    const t = await start({ secondMs: 100 });
    const older = callBot(t, "getUpdates", { timeout: 10 });
    await new Promise((r) => setTimeout(r, 30));
    const newer = callBot(t, "getUpdates", { timeout: 0 });
    expect((await older).body).toMatchObject({ ok: false, error_code: 409, description: expect.stringMatching(/^Conflict: terminated by other getUpdates/) });
    expect((await newer).body.ok).toBe(true);
  });
});
