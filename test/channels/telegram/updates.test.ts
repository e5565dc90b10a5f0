import { afterEach, describe, expect, it } from "vitest";
import { RateLimiter } from "../../../src/channels/limiter.ts";
import type { InboundMessage } from "../../../src/channels/port.ts";
import { TelegramChannel } from "../../../src/channels/telegram/channel.ts";
import { telegramUpdateToInbound } from "../../../src/channels/telegram/inbound.ts";
import { startTelegramUpdates, type TelegramUpdates } from "../../../src/channels/telegram/start.ts";
import { silentLogger } from "../../../src/log.ts";
import { startFakeTelegram, type FakeTelegram } from "../../fakes/telegram-server.ts";

let tg: FakeTelegram | undefined;
let updates: TelegramUpdates | undefined;
afterEach(async () => {
  await updates?.stop();
  await tg?.close();
  updates = undefined;
  tg = undefined;
});

/** Collects inbound messages; `next()` resolves with the next one to arrive. */
function inbox() {
  const got: InboundMessage[] = [];
  const waiters: Array<(m: InboundMessage) => void> = [];
  return {
    got,
    onInbound: async (m: InboundMessage) => { got.push(m); waiters.shift()?.(m); },
    next: () => new Promise<InboundMessage>((resolve) => waiters.push(resolve)),
  };
}

describe("Telegram long polling end to end", () => {
  it("sends a reminder with buttons, gets the press and a reply back, answers the press, sets the menus", async () => {
    tg = await startFakeTelegram({ secondMs: 20 });
    const channel = new TelegramChannel({ token: tg.token, apiRoot: tg.url, limiter: new RateLimiter({ perSecond: 100, perChatPerSecond: 50 }) });
    const box = inbox();
    updates = await startTelegramUpdates({ channel, onInbound: box.onInbound, logger: silentLogger, polling: { timeoutSeconds: 5 } });
    expect(updates.mode).toBe("polling");

    const { messageId } = await channel.send("8001", {
      text: "Đề nghị Đồng chí báo cáo tiến độ nhiệm vụ 3 (TB 45/TB-UBND).",
      buttons: [[{ label: "Hoàn thành", data: "done" }, { label: "Xin gia hạn", data: "extend" }]],
    });
    const pressed = box.next();
    const press = tg.userPresses(8001, Number(messageId), "done");
    expect(await pressed).toMatchObject({
      channel: "telegram", chatId: "8001", userId: "8001", buttonData: "done", replyToMessageId: messageId, text: "Hoàn thành",
      messageId: String(press.update_id),
    });
    expect(tg.callbackAnswers).toHaveLength(1);

    const replied = box.next();
    const reply = tg.userSends(8001, "đã xong 80%, tuần sau hoàn thành", { replyTo: Number(messageId) });
    expect(await replied).toMatchObject({ text: "đã xong 80%, tuần sau hoàn thành", replyToMessageId: messageId, buttonData: null, messageId: String(reply.update_id) });

    expect(tg.commands()?.find((c) => c.command === "nhiemvu")?.description).toBe("Xem các nhiệm vụ chưa hoàn thành");
    expect(tg.commands("default", "en")?.find((c) => c.command === "nhiemvu")?.description).toBe("See your open tasks");

    await updates.stop();
    updates = undefined;
    // Handled updates are confirmed on stop: a restart does not read them again.
    expect(tg.pendingUpdates).toBe(0);
  });
});

describe("telegramUpdateToInbound", () => {
  const from = { id: 31, is_bot: false, first_name: "Lê", last_name: "Thị Hoa", language_code: "vi" };
  const chat = { id: 31, type: "private" as const, first_name: "Lê" };

  it("reads a document with its caption", () => {
    const msg = telegramUpdateToInbound({
      update_id: 1,
      message: { message_id: 4, date: 1_767_225_600, chat, from, caption: "TB số 12", document: { file_id: "F1", file_unique_id: "U1", file_name: "tb-12.txt", mime_type: "text/plain" } },
    });
    expect(msg).toMatchObject({ text: "TB số 12", document: { fileId: "F1", fileName: "tb-12.txt", mimeType: "text/plain" }, displayName: "Lê Thị Hoa" });
    expect(msg?.at.toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("gives two chats' messages with the same message_id different de-duplication keys", () => {
    const a = telegramUpdateToInbound({ update_id: 10, message: { message_id: 1, date: 1, chat, from, text: "xong" } });
    const b = telegramUpdateToInbound({ update_id: 11, message: { message_id: 1, date: 1, chat: { ...chat, id: 32 }, from: { ...from, id: 32 }, text: "xong" } });
    expect(a?.messageId).not.toBe(b?.messageId);
  });

  it("ignores edits and messages from bots", () => {
    expect(telegramUpdateToInbound({ update_id: 2, edited_message: { message_id: 4, date: 1, edit_date: 2, chat, from, text: "x" } })).toBeNull();
    expect(telegramUpdateToInbound({ update_id: 4, message: { message_id: 6, date: 1, chat, from: { ...from, is_bot: true }, text: "x" } })).toBeNull();
  });

  it("passes a sticker or a photo on as such, so the bot can say it reads text only", () => {
    expect(telegramUpdateToInbound({ update_id: 3, message: { message_id: 5, date: 1, chat, from, sticker: {} as never } })).toMatchObject({ kind: "sticker", text: "" });
    expect(telegramUpdateToInbound({ update_id: 5, message: { message_id: 7, date: 1, chat, from, photo: [{ file_id: "small", width: 90, height: 60 }, { file_id: "large", width: 1280, height: 853 }], caption: "ảnh hiện trường" } } as never)).toMatchObject({ kind: "photo", text: "ảnh hiện trường", document: { fileId: "large" } });
  });

  it("marks forwarded messages, and in a group only what speaks to the bot as addressed", () => {
    const bot = { id: 7000000001, username: "dondoc_test_bot" };
    const group = { id: -100500, type: "supergroup" as const, title: "Nhóm" };
    const fwd = telegramUpdateToInbound({ update_id: 6, message: { message_id: 8, date: 1, chat, from, text: "xong", forward_origin: { type: "hidden_user", sender_user_name: "A", date: 1 } } as never }, new Date(), bot);
    expect(fwd).toMatchObject({ forwarded: true, addressed: true });
    const say = (text: string, extra: object = {}) => telegramUpdateToInbound({ update_id: 7, message: { message_id: 9, date: 1, chat: group, from, text, ...extra } as never }, new Date(), bot)!.addressed;
    expect(say("xong")).toBe(false);
    expect(say("/nhiemvu")).toBe(true);
    expect(say("@dondoc_test_bot 2 xong")).toBe(true);
    expect(say("xong", { reply_to_message: { message_id: 1, date: 1, chat: group, from: { id: bot.id, is_bot: true, first_name: "B" }, text: "Nhắc việc" } })).toBe(true);
    expect(say("xong", { reply_to_message: { message_id: 1, date: 1, chat: group, from, text: "ai đó" } })).toBe(false);
  });
});
