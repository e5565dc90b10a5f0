/**
 * A Zalo user's withdrawal deletes exactly their keys (issue 10): found by name and by the chat's
 * index, never by a pattern, so an id like "*" can erase nothing but what it names — nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { handleAccountEvent } from "../../src/app/account-events.ts";
import type { AppDeps } from "../../src/app/deps.ts";
import type { ChannelName } from "../../src/channels/port.ts";
import { createHarness, official, type Harness } from "../support/harness.ts";

let h: Harness;
let deps: AppDeps;
const ALICE = "1840032000000001001", BOB = "1840032000000001002";

beforeEach(async () => {
  h = await createHarness();
  deps = { ...h.deps, available: new Set<ChannelName>(["memory"]) };
  await h.store.saveOfficials([official("A", { zaloUserId: ALICE, telegramChatId: null }), official("B", { zaloUserId: BOB, telegramChatId: null })]);
  for (const [user, n] of [[ALICE, 3], [BOB, 4]] as const) {
    for (let i = 0; i < n; i++) await h.store.rememberMessage("zalo", user, `m${i}`, [`asg-${i}`]);
    await h.redis.set(h.store.k.context("zalo", user), "asg-1");
    await h.redis.hset(h.store.k.zaloButtons(user), "d:abc", "m1");
  }
});
afterEach(async () => { await h.close(); });

const keyCount = async () => (await h.redis.keys(`${h.store.prefix}*`)).length;

describe("user_withdraw", () => {
  it.each(["*", "?", "[", "a*b", `${ALICE}*`, "", "\\*"])("with the id %j deletes nothing", async (id) => {
    const before = await keyCount();
    await handleAccountEvent(deps, { kind: "user_withdraw", userId: id, at: new Date() });
    expect(await keyCount()).toBe(before);
    expect((await h.store.getOfficial("A"))?.zaloUserId).toBe(ALICE);
  });

  it("deletes the user's binding, context, buttons and message references, and nothing of anyone else", async () => {
    const keysOf = async (id: string) => (await h.redis.keys(`${h.store.prefix}*`)).filter((k) => k.includes(id)).sort();
    const bobBefore = await keysOf(BOB);
    expect(await keysOf(ALICE)).toHaveLength(7);
    await handleAccountEvent(deps, { kind: "user_withdraw", userId: ALICE, at: new Date() });
    // binding, context, buttons, index and three message references
    expect(await keysOf(ALICE)).toEqual([]);
    expect(await keysOf(BOB)).toEqual(bobBefore);
    expect(await h.store.officialByChat("zalo", ALICE)).toBeNull();
    expect(await h.store.assignmentsForMessage("zalo", ALICE, "m0")).toEqual([]);
    expect(await h.store.assignmentsForMessage("zalo", BOB, "m3")).toEqual(["asg-3"]);
    expect((await h.store.officialByChat("zalo", BOB))?.id).toBe("B");
    expect((await h.store.recentAudit(1))[0]).toMatchObject({ action: "zalo_withdraw", to: "7 khóa đã xóa" });
  });
});
