import type { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { RateLimiter } from "../../../src/channels/limiter.ts";
import { DeliveryError } from "../../../src/channels/port.ts";
import { ZaloChannel } from "../../../src/channels/zalo/channel.ts";
import { ZaloTokenManager } from "../../../src/channels/zalo/tokens.ts";
import { withRedis } from "../../support/redis.ts";
import { startFakeZalo, type FakeZalo } from "../../fakes/zalo-server.ts";

let zalo: FakeZalo | undefined;
afterEach(async () => { await zalo?.close(); zalo = undefined; });

async function setup(redis: Redis, prefix: string, requestTimeoutMs = 2_000) {
  const z = (zalo = await startFakeZalo());
  const tokens = new ZaloTokenManager({ redis, prefix, appId: z.appId, appSecret: z.appSecret, refreshToken: z.refreshToken, oauthRoot: z.oauthRoot });
  const channel = new ZaloChannel({ tokens, redis, prefix, apiRoot: z.apiRoot, requestTimeoutMs, limiter: new RateLimiter({ perSecond: 200, perChatPerSecond: 100 }) });
  return { z, channel };
}

async function failureOf(p: Promise<unknown>): Promise<DeliveryError> {
  const error = await p.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}

describe("ZaloChannel.send", () => {
  it("sends text, and buttons as an oa.query.show template whose payloads are the button data", () => withRedis(async (redis, prefix) => {
    const { z, channel } = await setup(redis, prefix);
    const plain = await channel.send("u1", { text: "Kính gửi Đồng chí Chủ tịch UBND xã: nhiệm vụ 2 đến hạn." });
    const withButtons = await channel.send("u1", { text: "Đề nghị báo cáo tiến độ.", buttons: [[{ label: "Hoàn thành", data: "done" }, { label: "Xin gia hạn", data: "extend" }]] });
    const [a, b] = z.messagesTo("u1");
    expect(a).toMatchObject({ message_id: plain.messageId, text: "Kính gửi Đồng chí Chủ tịch UBND xã: nhiệm vụ 2 đến hạn." });
    expect(a!.buttons).toBeUndefined();
    expect(b).toMatchObject({ message_id: withButtons.messageId, buttons: [{ type: "oa.query.show", title: "Hoàn thành", payload: "done" }, { type: "oa.query.show", title: "Xin gia hạn", payload: "extend" }] });
  }));

  it("splits texts over 2000 characters at line boundaries, buttons on the last part", () => withRedis(async (redis, prefix) => {
    const { z, channel } = await setup(redis, prefix);
    const lines = Array.from({ length: 60 }, (_, i) => `${i + 1}. UBND các huyện, thành phố triển khai thực hiện nội dung ${i + 1} của Kế hoạch.`);
    const { messageId } = await channel.send("u2", { text: lines.join("\n"), buttons: [[{ label: "Hoàn thành", data: "done" }]] });
    const got = z.messagesTo("u2");
    expect(got.length).toBeGreaterThanOrEqual(3);
    expect(got.map((m) => m.text).join("\n")).toBe(lines.join("\n"));
    for (const m of got) expect(m.text.length).toBeLessThanOrEqual(2000);
    expect(got.map((m) => m.buttons !== undefined)).toEqual(got.map((_, i) => i === got.length - 1));
    expect(messageId).toBe(got.at(-1)!.message_id);
  }));

  it("-230, -213 and -227: permanent, reason unreachable, saying which", () => withRedis(async (redis, prefix) => {
    const { z, channel } = await setup(redis, prefix);
    z.setUser("quiet", { lastInteractionAt: Date.now() - 8 * 86_400_000 });
    z.setUser("gone", { following: false });
    z.setUser("idle", { inactive: true });
    const quiet = await failureOf(channel.send("quiet", { text: "Nhắc việc" }));
    expect([quiet.permanent, quiet.reason]).toEqual([true, "unreachable"]);
    expect(quiet.message).toMatchInlineSnapshot(`"zalo -230 for user quiet: the user has not interacted with the OA in the last 7 days"`);
    expect((await failureOf(channel.send("gone", { text: "Nhắc việc" }))).message).toContain("does not follow");
    expect((await failureOf(channel.send("idle", { text: "Nhắc việc" }))).reason).toBe("unreachable");
    expect(z.delivered).toHaveLength(0);
  }));

  it("-32 and -211 are transient with a pause; -201 is a permanent bad request", () => withRedis(async (redis, prefix) => {
    const { z, channel } = await setup(redis, prefix);
    z.scriptErrors([-32, -211, -201]);
    const limited = await failureOf(channel.send("u3", { text: "a" }));
    expect([limited.permanent, limited.reason, limited.retryAfterMs]).toEqual([false, "rate_limited", 1_000]);
    const quota = await failureOf(channel.send("u3", { text: "b" }));
    expect([quota.permanent, quota.retryAfterMs]).toEqual([false, 3_600_000]);
    const bad = await failureOf(channel.send("u3", { text: "c" }));
    expect([bad.permanent, bad.reason]).toEqual([true, "bad_request"]);
  }));

  it("5xx, a dropped connection and a timeout are transient", () => withRedis(async (redis, prefix) => {
    const { z, channel } = await setup(redis, prefix, 300);
    await channel.send("u4", { text: "lấy token trước" });
    z.faults.script([{ kind: "502", phase: "before" }, { kind: "drop", phase: "before" }, { kind: "hang", phase: "before" }]);
    const reasons: string[] = [];
    for (let i = 0; i < 3; i++) {
      const e = await failureOf(channel.send("u4", { text: `lần ${i}` }));
      expect(e.permanent).toBe(false);
      reasons.push(e.reason);
    }
    expect(reasons).toEqual(["server", "network", "network"]);
  }));
});
