import { afterEach, describe, expect, it } from "vitest";
import { RateLimiter } from "../../src/channels/limiter.ts";
import type { InboundMessage } from "../../src/channels/port.ts";
import { ZaloChannel } from "../../src/channels/zalo/channel.ts";
import { ZaloTokenManager } from "../../src/channels/zalo/tokens.ts";
import { ZaloWebhook, type ZaloAccountEvent } from "../../src/channels/zalo/webhook.ts";
import { createLogger } from "../../src/log.ts";
import { startHttpServer, type HttpServer } from "../../src/http/server.ts";
import { withRedis } from "../support/redis.ts";
import { startFakeZalo, type FakeZalo } from "../fakes/zalo-server.ts";
import { collector } from "./support.ts";
import type { Redis } from "ioredis";

let zalo: FakeZalo | undefined;
let server: HttpServer | undefined;
afterEach(async () => {
  await server?.close();
  await zalo?.close();
  server = undefined;
  zalo = undefined;
});

async function setup(redis: Redis, prefix: string, onInbound?: (m: InboundMessage) => Promise<void>) {
  const z = (zalo = await startFakeZalo());
  const inbound = collector<InboundMessage>();
  const events = collector<ZaloAccountEvent>();
  const logLines: string[] = [];
  server = await startHttpServer({
    port: 0, host: "127.0.0.1", redis,
    zalo: new ZaloWebhook({ appId: z.appId, oaSecret: z.oaSecret, redis, prefix }),
    onInbound: onInbound ?? inbound.push, onZaloEvent: events.push,
    logger: createLogger("debug", {}, (l) => logLines.push(l)),
  });
  const tokens = new ZaloTokenManager({ redis, prefix, appId: z.appId, appSecret: z.appSecret, refreshToken: z.refreshToken, oauthRoot: z.oauthRoot });
  const channel = new ZaloChannel({ tokens, redis, prefix, apiRoot: z.apiRoot, limiter: new RateLimiter({ perSecond: 100, perChatPerSecond: 100 }) });
  return { z, inbound, events, channel, logLines, url: `${server.url}/zalo/webhook` };
}

describe("Zalo webhook", () => {
  it("a correctly signed text becomes an InboundMessage", () => withRedis(async (redis, prefix) => {
    const { z, inbound, url } = await setup(redis, prefix);
    const next = inbound.next();
    const event = z.events.userText("3001", "Đã hoàn thành nhiệm vụ 2, xin báo cáo.");
    const delivery = await z.sendEvent(url, event);
    expect(delivery.status).toBe(200);
    expect(await next).toMatchObject({
      channel: "zalo", chatId: "3001", userId: "3001", text: "Đã hoàn thành nhiệm vụ 2, xin báo cáo.", messageId: event.message.msg_id, buttonData: null, replyToMessageId: null,
    });
  }));

  it("a forged or missing signature gets 401 and is not handed over", () => withRedis(async (redis, prefix) => {
    const { z, inbound, events, url } = await setup(redis, prefix);
    const forged = await z.sendEvent(url, z.events.userText("3002", "giả mạo"), { signature: "forged" });
    const missing = await z.sendEvent(url, z.events.follow("3002"), { signature: "omit" });
    expect([forged.status, missing.status]).toEqual([401, 401]);
    await new Promise((r) => setTimeout(r, 50));
    expect(inbound.got).toEqual([]);
    expect(events.got).toEqual([]);
  }));

  it("tells a button press (text equal to a payload we sent that user) from typed text", () => withRedis(async (redis, prefix) => {
    const { z, inbound, channel, url } = await setup(redis, prefix);
    const { messageId } = await channel.send("3003", { text: "Nhắc việc", buttons: [[{ label: "Hoàn thành", data: "done" }, { label: "Xin gia hạn", data: "extend" }]] });
    let next = inbound.next();
    await z.sendEvent(url, z.events.userText("3003", "done"));
    expect(await next).toMatchObject({ buttonData: "done", replyToMessageId: messageId, text: "done" });
    next = inbound.next();
    await z.sendEvent(url, z.events.userText("3003", "đã xong 50%"));
    expect(await next).toMatchObject({ buttonData: null, replyToMessageId: null });
    // Another user typing "done" never saw our buttons: plain text.
    next = inbound.next();
    await z.sendEvent(url, z.events.userText("3004", "done"));
    expect(await next).toMatchObject({ buttonData: null });
  }));

  it("follow, unfollow and user_withdraw go to onZaloEvent", () => withRedis(async (redis, prefix) => {
    const { z, events, url } = await setup(redis, prefix);
    for (const e of [z.events.follow("3005"), z.events.unfollow("3005"), z.events.userWithdraw("3005")]) {
      const next = events.next();
      expect((await z.sendEvent(url, e)).status).toBe(200);
      await next;
    }
    expect(events.got.map((e) => [e.kind, e.userId])).toEqual([["follow", "3005"], ["unfollow", "3005"], ["user_withdraw", "3005"]]);
  }));

  it("answers 503 when the update could not be stored, so Zalo sends it again; logs neither the text nor the secret", () => withRedis(async (redis, prefix) => {
    const { z, logLines, url } = await setup(redis, prefix, async () => { throw new Error("store unavailable"); });
    const delivery = await z.sendEvent(url, z.events.userText("3006", "Nội dung riêng tư của lãnh đạo"));
    expect(delivery.status).toBe(503);
    const logged = logLines.join("\n");
    expect(logged).toContain("store unavailable");
    expect(logged).not.toContain("riêng tư");
    expect(logged).not.toContain(z.oaSecret);
  }));

  it("answers 200 only after the update was stored: a slow store holds the answer back", () => withRedis(async (redis, prefix) => {
    const stored: string[] = [];
    const { z, url } = await setup(redis, prefix, async (m) => { await new Promise((r) => setTimeout(r, 300)); stored.push(m.messageId); });
    const event = z.events.userText("3007", "xong");
    const delivery = await z.sendEvent(url, event);
    expect(delivery.status).toBe(200);
    expect(delivery.elapsedMs).toBeGreaterThanOrEqual(290);
    expect(stored).toEqual([event.message.msg_id]);
  }));
});
