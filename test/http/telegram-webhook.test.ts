import { afterEach, describe, expect, it } from "vitest";
import { RateLimiter } from "../../src/channels/limiter.ts";
import type { InboundMessage } from "../../src/channels/port.ts";
import { TelegramChannel } from "../../src/channels/telegram/channel.ts";
import { startTelegramUpdates } from "../../src/channels/telegram/start.ts";
import { startHttpServer, type HttpServer } from "../../src/http/server.ts";
import { silentLogger } from "../../src/log.ts";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram-server.ts";
import { collector } from "./support.ts";

const SECRET = "dondoc_webhook-Secret_2026";
let tg: FakeTelegram | undefined;
let server: HttpServer | undefined;
afterEach(async () => {
  await tg?.close();
  await server?.close();
  tg = undefined;
  server = undefined;
});

async function setup() {
  tg = await startFakeTelegram({ webhookRetryMs: 50 });
  const channel = new TelegramChannel({ token: tg.token, apiRoot: tg.url, limiter: new RateLimiter({ perSecond: 100, perChatPerSecond: 50 }) });
  const inbound = collector<InboundMessage>();
  let receive: (u: unknown) => Promise<InboundMessage | null> = async () => null;
  server = await startHttpServer({
    port: 0, host: "127.0.0.1", redis: { ping: async () => "PONG" }, onInbound: inbound.push,
    telegram: { secret: SECRET, receive: (u) => receive(u) },
  });
  const updates = await startTelegramUpdates({ channel, onInbound: inbound.push, logger: silentLogger, webhookUrl: `${server.url}/telegram/webhook`, webhookSecret: SECRET });
  receive = updates.receive;
  return { tg, channel, inbound, updates, url: `${server.url}/telegram/webhook` };
}

describe("Telegram webhook", () => {
  it("with the right secret: the button press arrives, is answered, and the update is acknowledged", async () => {
    const { tg, channel, inbound, updates } = await setup();
    expect(updates.mode).toBe("webhook");
    expect(tg.webhook).toEqual({ url: `${server!.url}/telegram/webhook`, secretToken: SECRET });
    const { messageId } = await channel.send("6001", { text: "Nhắc việc: báo cáo sơ kết 6 tháng.", buttons: [[{ label: "Hoàn thành", data: "done" }]] });
    const next = inbound.next();
    tg.userPresses(6001, Number(messageId), "done");
    expect(await next).toMatchObject({ chatId: "6001", buttonData: "done", replyToMessageId: messageId });
    await new Promise((r) => setTimeout(r, 50));
    expect(tg.callbackAnswers).toHaveLength(1);
    expect(tg.webhookDeliveries.map((d) => d.status)).toEqual([200]);
    expect(tg.pendingUpdates).toBe(0);
  });

  it("with a wrong secret or none: 401, and nothing is handed over", async () => {
    const { tg, inbound, url } = await setup();
    // The fake delivering with a secret that is not ours, as a stale or forged registration would.
    await fetch(`${tg.url}/bot${tg.token}/setWebhook`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ url, secret_token: "not_the_secret" }) });
    tg.userSends(6002, "xong rồi");
    await new Promise((r) => setTimeout(r, 150));
    expect(tg.webhookDeliveries.length).toBeGreaterThan(0);
    expect(new Set(tg.webhookDeliveries.map((d) => d.status))).toEqual(new Set([401]));

    const body = JSON.stringify({ update_id: 1, message: { message_id: 1, date: 1, chat: { id: 1, type: "private", first_name: "X" }, from: { id: 1, is_bot: false, first_name: "X" }, text: "giả mạo" } });
    const none = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
    const wrong = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": `${SECRET}x` }, body });
    expect([none.status, wrong.status]).toEqual([401, 401]);
    expect(inbound.got).toEqual([]);
  });
});
