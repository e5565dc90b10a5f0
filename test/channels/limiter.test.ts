import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../src/channels/limiter.ts";

async function timesOf(limiter: RateLimiter, chats: string[]): Promise<number[]> {
  const t0 = Date.now();
  return Promise.all(chats.map(async (c) => { await limiter.acquire(c); return Date.now() - t0; }));
}

describe("RateLimiter", () => {
  it("spaces messages to one chat by the per-chat rate", async () => {
    const times = await timesOf(new RateLimiter({ perSecond: 1000, perChatPerSecond: 20 }), ["a", "a", "a", "a"]);
    expect(times[0]).toBeLessThan(60);
    expect(times[3]).toBeGreaterThanOrEqual(145);
  });

  it("does not make other chats wait behind a busy one", async () => {
    const times = await timesOf(new RateLimiter({ perSecond: 1000, perChatPerSecond: 5 }), ["a", "a", "a", "b", "c"]);
    expect(times[3]).toBeLessThan(150);
    expect(times[4]).toBeLessThan(150);
    expect(times[2]).toBeGreaterThanOrEqual(390);
  });

  it("holds the overall rate across chats", async () => {
    const chats = Array.from({ length: 41 }, (_, i) => `c${i}`);
    const times = await timesOf(new RateLimiter({ perSecond: 200 }), chats);
    // 41 messages at 200/s: the last goes no sooner than 200 ms after the first.
    expect(Math.max(...times)).toBeGreaterThanOrEqual(195);
  });

  it("waits out a penalty the platform asked for", async () => {
    const limiter = new RateLimiter({ perSecond: 1000, perChatPerSecond: 1000 });
    limiter.penalize("a", 120);
    const [a, b] = await timesOf(limiter, ["a", "b"]);
    expect(a).toBeGreaterThanOrEqual(115);
    expect(b).toBeLessThan(80);
  });
});

describe("RateLimiter adapts to a slower platform", () => {
  it("cuts the overall rate by a tenth at a 429, at most once a second, and climbs back slowly", () => {
    let now = 0;
    const l = new RateLimiter({ perSecond: 25, now: () => now });
    l.slowDown();
    expect(l.currentRate).toBeCloseTo(22.5);
    l.slowDown(); // the same burst of 429s
    expect(l.currentRate).toBeCloseTo(22.5);
    now = 1_500;
    l.slowDown();
    expect(l.currentRate).toBeCloseTo(20.25);
    // Quiet: +2% of the setting every 2 s, back to 25 and no further.
    for (let t = 1; t <= 40; t++) {
      now = 1_500 + t * 2_000;
      void l.acquire(`c${t}`);
    }
    expect(l.currentRate).toBe(25);
  });

  it("never goes below its floor", () => {
    let now = 0;
    const l = new RateLimiter({ perSecond: 10, minPerSecond: 4, now: () => now });
    for (let i = 0; i < 50; i++) { now += 1_001; l.slowDown(); }
    expect(l.currentRate).toBe(4);
  });
});
