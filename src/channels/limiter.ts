/**
 * A send-rate limiter for one channel: an overall rate and a rate per chat, as Telegram enforces
 * (about 30 messages/s per bot, 1/s per chat). Each caller reserves the next free slot (GCRA, so
 * waiting callers never pile onto one instant) and sleeps until it; slots are kept in virtual
 * time, so a late timer does not make the next caller later still.
 */

export interface RateLimiterOptions {
  /** Messages a second over all chats. Default 25 (Telegram's ~30, with headroom). */
  perSecond?: number;
  /** Messages a second to one chat. Default 1 (Telegram's per-chat limit). */
  perChatPerSecond?: number;
  /** Messages that may go at once overall before spacing applies. Default 1 (evenly spaced). */
  burst?: number;
  /** Messages one chat may get at once before its spacing applies. Default 1. */
  perChatBurst?: number;
  /** Clock, ms since the epoch; for tests. Default Date.now. */
  now?: () => number;
  /** Lowest overall rate `slowDown` may bring it to, per second. Default a fifth of `perSecond`. */
  minPerSecond?: number;
}

/** After a "too many requests", the overall rate is cut to this share… */
const CUT_FACTOR = 0.9;
/** …at most once in this long (the sends already in flight at the old rate fail too). */
const CUT_COOLDOWN_MS = 1_000;
/** Without a cut for this long, the rate climbs back by a step… */
const CLIMB_EVERY_MS = 2_000;
/** …of this share of the configured rate. */
const CLIMB_STEP = 0.02;

/** Per-chat schedules idle this long are forgotten, so the map does not grow with every chat ever seen. */
const FORGET_AFTER_MS = 60_000;

/** One GCRA schedule: `tat` is the theoretical arrival time of the next message. */
class Schedule {
  tat = 0;
  constructor(public intervalMs: number, private readonly toleranceMs: number) {}

  /** Reserves the earliest slot at or after `now`; returns its time. */
  reserve(now: number): number {
    const at = Math.max(now, this.tat - this.toleranceMs);
    this.tat = Math.max(this.tat, at) + this.intervalMs;
    return at;
  }

  /** How long the next reservation made now would wait, in ms. */
  waitMs(now: number): number {
    return Math.max(0, this.tat - this.toleranceMs - now);
  }

  /** Nothing may go before `until` (the platform told us to wait). */
  holdUntil(until: number): void {
    this.tat = Math.max(this.tat, until + this.toleranceMs);
  }
}

export class RateLimiter {
  private readonly global: Schedule;
  private readonly chats = new Map<string, Schedule>();
  private readonly chatIntervalMs: number;
  private readonly chatToleranceMs: number;
  private readonly now: () => number;
  private lastSweep = 0;
  private readonly maxRate: number;
  private readonly minRate: number;
  private rate: number;
  private lastChange = 0;
  private lastCut = -Infinity;

  constructor(options: RateLimiterOptions = {}) {
    const perSecond = options.perSecond ?? 25;
    const perChat = options.perChatPerSecond ?? 1;
    if (!(perSecond > 0) || !(perChat > 0)) throw new Error("RateLimiter: rates must be positive");
    this.maxRate = this.rate = perSecond;
    this.minRate = Math.min(perSecond, options.minPerSecond ?? perSecond / 5);
    const interval = 1000 / perSecond;
    this.global = new Schedule(interval, ((options.burst ?? 1) - 1) * interval);
    this.chatIntervalMs = 1000 / perChat;
    this.chatToleranceMs = ((options.perChatBurst ?? 1) - 1) * this.chatIntervalMs;
    this.now = options.now ?? Date.now;
  }

  private chat(chatId: string): Schedule {
    let s = this.chats.get(chatId);
    if (!s) this.chats.set(chatId, (s = new Schedule(this.chatIntervalMs, this.chatToleranceMs)));
    return s;
  }

  /**
   * Resolves when one message may go to `chatId`. The chat's slot is reserved first and the
   * overall slot only once it is reached, so a chat waiting its turn holds no overall capacity.
   */
  async acquire(chatId: string): Promise<void> {
    this.sweep();
    this.climb();
    await sleepUntil(this.chat(chatId).reserve(this.now()), this.now);
    await sleepUntil(this.global.reserve(this.now()), this.now);
  }

  /** How long a message to `chatId` would wait now, for its own slot or the overall one; 0 when it goes at once. */
  waitMs(chatId: string): number {
    const now = this.now();
    return Math.max(this.chats.get(chatId)?.waitMs(now) ?? 0, this.global.waitMs(now));
  }

  /** After a 429: nothing more to `chatId` (or to anyone, when null) for `ms`. */
  penalize(chatId: string | null, ms: number): void {
    const until = this.now() + ms;
    if (chatId === null) this.global.holdUntil(until);
    else this.chat(chatId).holdUntil(until);
  }

  /**
   * The platform said "too many requests" although we kept to our rate: it is slower than we were
   * told. The overall rate goes down by a tenth (once a second at most) and climbs back slowly
   * while no more 429s come, so a platform slower than the setting still gets nearly its own limit.
   */
  slowDown(): void {
    const now = this.now();
    if (now - this.lastCut < CUT_COOLDOWN_MS) return;
    this.lastCut = this.lastChange = now;
    this.setRate(Math.max(this.minRate, this.rate * CUT_FACTOR));
  }

  /** The overall rate now, per second. */
  get currentRate(): number {
    return this.rate;
  }

  private climb(): void {
    if (this.rate >= this.maxRate) return;
    const now = this.now();
    if (now - this.lastChange < CLIMB_EVERY_MS) return;
    this.lastChange = now;
    this.setRate(Math.min(this.maxRate, this.rate + this.maxRate * CLIMB_STEP));
  }

  private setRate(perSecond: number): void {
    this.rate = perSecond;
    this.global.intervalMs = 1000 / perSecond;
  }

  /** Chats with a schedule in memory; for tests of the sweep. */
  get trackedChats(): number {
    return this.chats.size;
  }

  private sweep(): void {
    const now = this.now();
    if (now - this.lastSweep < FORGET_AFTER_MS) return;
    this.lastSweep = now;
    for (const [id, s] of this.chats) if (s.tat < now - FORGET_AFTER_MS) this.chats.delete(id);
  }
}

function sleepUntil(at: number, now: () => number): Promise<void> {
  const ms = at - now();
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
}
