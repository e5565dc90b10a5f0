import { Telegraf, TelegramError } from "telegraf";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeTelegram, type FakeTelegram } from "./telegram-server.ts";

// The real client the channel adapter will use must work against the fake unchanged.
let tg: FakeTelegram | undefined;
let bot: Telegraf | undefined;
let polling = false;
afterEach(async () => {
  if (polling) bot?.stop("test over");
  await tg?.close();
  polling = false;
  bot = undefined;
  tg = undefined;
});

describe("fake Telegram with telegraf 4", () => {
  it("sends with buttons, launches long polling and gets the press back", async () => {
    tg = await startFakeTelegram({ secondMs: 20 });
    bot = new Telegraf(tg.token, { telegram: { apiRoot: tg.url, webhookReply: false } });
    const sent = await bot.telegram.sendMessage(900, "Nhiệm vụ: báo cáo CCHC", {
      reply_markup: { inline_keyboard: [[{ text: "Hoàn thành", callback_data: "done:t9" }]] },
    });
    expect(sent.message_id).toBe(1);

    const pressed = new Promise<string>((resolve) => {
      bot!.on("callback_query", async (ctx) => {
        await ctx.answerCbQuery("Đã ghi nhận");
        resolve("data" in ctx.callbackQuery ? ctx.callbackQuery.data : "");
      });
    });
    const launched = new Promise<void>((resolve) => { void bot!.launch(() => resolve()); });
    await launched;
    polling = true;
    tg.userPresses(900, sent.message_id, "done:t9");
    expect(await pressed).toBe("done:t9");
    expect(tg.callbackAnswers).toMatchObject([{ text: "Đã ghi nhận" }]);
    expect(tg.requests.map((r) => r.method)).toEqual(expect.arrayContaining(["getMe", "deleteWebhook", "getUpdates"]));
  });

  it("reuses one keep-alive connection for sequential sends", async () => {
    tg = await startFakeTelegram({ perChatBurst: 100 });
    bot = new Telegraf(tg.token, { telegram: { apiRoot: tg.url, webhookReply: false } });
    for (let i = 0; i < 20; i++) await bot.telegram.sendMessage(1, `tin ${i}`);
    expect(tg.delivered).toHaveLength(20);
    expect(tg.connectionsOpened).toBe(1);
  });

  it("surfaces 429 as a TelegramError carrying retry_after", async () => {
    tg = await startFakeTelegram({ perChatBurst: 1 });
    bot = new Telegraf(tg.token, { telegram: { apiRoot: tg.url, webhookReply: false } });
    await bot.telegram.sendMessage(1, "một");
    const error = await bot.telegram.sendMessage(1, "hai").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TelegramError);
    expect((error as TelegramError).code).toBe(429);
    expect((error as TelegramError).parameters?.retry_after).toBe(1);
  });
});
