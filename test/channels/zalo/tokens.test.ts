import { Redis } from "ioredis";
import { afterEach, describe, expect, inject, it } from "vitest";
import { ZaloChannel } from "../../../src/channels/zalo/channel.ts";
import { zaloKeys } from "../../../src/channels/zalo/keys.ts";
import { ZaloTokenManager } from "../../../src/channels/zalo/tokens.ts";
import { RateLimiter } from "../../../src/channels/limiter.ts";
import { withRedis } from "../../support/redis.ts";
import { startFakeZalo, type FakeZalo, type FakeZaloOptions } from "../../fakes/zalo-server.ts";

let zalo: FakeZalo | undefined;
const extra: Redis[] = [];
afterEach(async () => {
  await zalo?.close();
  zalo = undefined;
  for (const r of extra.splice(0)) r.disconnect();
});

function manager(z: FakeZalo, redis: Redis, prefix: string, over: Partial<ConstructorParameters<typeof ZaloTokenManager>[0]> = {}) {
  return new ZaloTokenManager({ redis, prefix, appId: z.appId, appSecret: z.appSecret, refreshToken: z.refreshToken, oauthRoot: z.oauthRoot, ...over });
}

function channel(z: FakeZalo, redis: Redis, prefix: string, tokens = manager(z, redis, prefix)) {
  return { tokens, channel: new ZaloChannel({ tokens, redis, prefix, apiRoot: z.apiRoot, limiter: new RateLimiter({ perSecond: 200, perChatPerSecond: 100 }) }) };
}

async function fake(options: FakeZaloOptions = {}): Promise<FakeZalo> {
  zalo = await startFakeZalo(options);
  return zalo;
}

describe("ZaloTokenManager", () => {
  it("two processes racing: exactly one refresh, both keep sending", () => withRedis(async (_redis, prefix) => {
    const z = await fake({ refreshDelayMs: 300 });
    // Two processes: separate Redis connections, separate managers and channels, one prefix.
    const [r1, r2] = [new Redis(inject("redisUrl")), new Redis(inject("redisUrl"))];
    extra.push(r1, r2);
    const a = channel(z, r1, prefix);
    const b = channel(z, r2, prefix);
    await Promise.all([
      a.channel.send("u1", { text: "Nhắc việc 1" }), b.channel.send("u2", { text: "Nhắc việc 2" }),
      a.channel.send("u3", { text: "Nhắc việc 3" }), b.channel.send("u4", { text: "Nhắc việc 4" }),
    ]);
    expect(z.refreshCount).toBe(1);
    expect(z.refusedRefreshCount).toBe(0);
    expect(a.tokens.refreshes + b.tokens.refreshes).toBe(1);
    // The token expires everywhere: both get -220, still one refresh between them.
    z.expireAccessTokens();
    await Promise.all([a.channel.send("u1", { text: "Nhắc lại 1" }), b.channel.send("u2", { text: "Nhắc lại 2" })]);
    expect(z.refreshCount).toBe(2);
    expect(z.refusedRefreshCount).toBe(0);
    expect(z.delivered.map((m) => m.text).sort()).toEqual(["Nhắc lại 1", "Nhắc lại 2", "Nhắc việc 1", "Nhắc việc 2", "Nhắc việc 3", "Nhắc việc 4"]);
  }));

  it("stores the new single-use refresh token, and takes ZALO_REFRESH_TOKEN only when Redis holds none", () => withRedis(async (redis, prefix) => {
    const z = await fake();
    const keys = zaloKeys(prefix);
    await manager(z, redis, prefix).accessToken();
    const stored = await redis.get(keys.refresh);
    expect(stored).not.toBeNull();
    expect(stored).not.toBe(z.refreshToken);
    // A process started later with the (now spent) configured token refreshes with the stored one.
    await redis.del(keys.token);
    const later = manager(z, redis, prefix);
    await later.accessToken();
    expect(z.refusedRefreshCount).toBe(0);
    expect(z.refreshCount).toBe(2);
  }));

  it("refreshes an hour before expiry, not at every send", () => withRedis(async (redis, prefix) => {
    const z = await fake({ accessTokenTtlSeconds: 2 * 3600 });
    let now = Date.now();
    const tokens = manager(z, redis, prefix, { now: () => now });
    const first = await tokens.accessToken();
    now += 30 * 60_000;
    expect(await tokens.accessToken()).toBe(first);
    now += 31 * 60_000;
    expect(await tokens.accessToken()).not.toBe(first);
    expect(z.refreshCount).toBe(2);
  }));

  it("an invalidated token is refreshed once and the message retried once", () => withRedis(async (redis, prefix) => {
    const z = await fake();
    const { channel: ch, tokens } = channel(z, redis, prefix);
    await ch.send("u9", { text: "một" });
    z.invalidateAccessToken(await tokens.accessToken());
    await ch.send("u9", { text: "hai" });
    expect(z.messagesTo("u9").map((m) => m.text)).toEqual(["một", "hai"]);
    expect(z.countOf(-216)).toBe(1);
    expect(z.refreshCount).toBe(2);
  }));

  it("a refused refresh token is a transient auth failure that names the variable to set", () => withRedis(async (redis, prefix) => {
    const z = await fake();
    z.invalidateRefreshToken(z.refreshToken);
    const { channel: ch } = channel(z, redis, prefix);
    const e = await ch.send("u1", { text: "x" }).catch((err: unknown) => err);
    expect(e).toMatchObject({ permanent: false, reason: "auth" });
    expect((e as Error).message).toContain("ZALO_REFRESH_TOKEN");
  }));
});
