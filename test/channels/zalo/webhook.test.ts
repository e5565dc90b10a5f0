import { describe, expect, it } from "vitest";
import { ZaloWebhook } from "../../../src/channels/zalo/webhook.ts";
import { withRedis } from "../../support/redis.ts";
import { ZaloEvents, zaloSignature } from "../../fakes/zalo-webhook.ts";

const APP_ID = "1234567890123456789";
const OA_SECRET = "oa-secret-for-tests";

describe("ZaloWebhook.verify", () => {
  it("accepts Zalo's signature over the raw bytes and rejects a tampered body, a forged or missing mac", () => withRedis(async (redis, prefix) => {
    const hook = new ZaloWebhook({ appId: APP_ID, oaSecret: OA_SECRET, redis, prefix });
    const event = new ZaloEvents(APP_ID, "2197174064623873199", Date.now).userText("42", "Báo cáo: đã hoàn thành");
    const raw = JSON.stringify(event);
    const mac = `mac=${zaloSignature(APP_ID, raw, event.timestamp, OA_SECRET)}`;
    expect(hook.verify(Buffer.from(raw), mac)).toBe(true);
    expect(hook.verify(Buffer.from(raw.replace("đã hoàn thành", "chưa làm")), mac)).toBe(false);
    expect(hook.verify(Buffer.from(raw), `mac=${zaloSignature(APP_ID, raw, event.timestamp, "guess")}`)).toBe(false);
    expect(hook.verify(Buffer.from(raw), mac.slice(4))).toBe(false);
    expect(hook.verify(Buffer.from(raw), undefined)).toBe(false);
    expect(hook.verify(Buffer.from("not json"), mac)).toBe(false);
  }));

  it("ignores events dondoc does not read", () => withRedis(async (redis, prefix) => {
    const hook = new ZaloWebhook({ appId: APP_ID, oaSecret: OA_SECRET, redis, prefix });
    const raw = Buffer.from(JSON.stringify({ app_id: APP_ID, event_name: "user_seen_message", timestamp: "1767225600000", sender: { id: "42" } }));
    expect(await hook.receive(raw)).toEqual({ kind: "ignored", eventName: "user_seen_message" });
  }));

  it("passes a sticker on as such, so the bot can say it reads text only", () => withRedis(async (redis, prefix) => {
    const hook = new ZaloWebhook({ appId: APP_ID, oaSecret: OA_SECRET, redis, prefix });
    const raw = Buffer.from(JSON.stringify({ app_id: APP_ID, event_name: "user_send_sticker", timestamp: "1767225600000", sender: { id: "42" }, message: { msg_id: "m9", attachments: [] } }));
    expect(await hook.receive(raw)).toMatchObject({ kind: "message", message: { kind: "sticker", chatId: "42", messageId: "m9", text: "" } });
  }));
});
