import { describe, expect, it } from "vitest";
import { tryLock, unlock } from "../../../src/channels/zalo/lock.ts";
import { withRedis } from "../../support/redis.ts";

describe("Redis refresh lock", () => {
  it("is held by one owner at a time, released only by that owner, and expires", () => withRedis(async (redis, prefix) => {
    const key = `${prefix}zalo:lock`;
    const owner = await tryLock(redis, key, 200);
    expect(owner).not.toBeNull();
    expect(await tryLock(redis, key, 200)).toBeNull();
    expect(await unlock(redis, key, "someone-else")).toBe(false);
    expect(await redis.exists(key)).toBe(1);
    expect(await unlock(redis, key, owner!)).toBe(true);
    expect(await tryLock(redis, key, 50)).not.toBeNull();
    await new Promise((r) => setTimeout(r, 80));
    expect(await tryLock(redis, key, 50)).not.toBeNull();
  }));
});
