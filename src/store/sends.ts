/**
 * The send ledger: at least once, never silently skipped. A worker about to send claims the
 * message's id with a short lease ("sending"); the id becomes "sent" only when the platform said
 * OK. A send that failed for sure releases the lease so a retry sends; a worker that died mid-send
 * leaves the lease to expire, and the retry after it sends again — so a crash can cause at most one
 * duplicate, never a loss. Each final outcome is counted per day, channel and kind.
 */
import type { Redis } from "ioredis";
import { safeId } from "./keys.ts";

/** KEYS: the id's key. ARGV: lease ms. "sent" (done before), "busy" (another worker holds the lease) or "claimed". */
const CLAIM = `
local v = redis.call('GET', KEYS[1])
if v == 'sent' or v == '1' then return 'sent' end
if v then return 'busy' end
redis.call('SET', KEYS[1], 'sending', 'PX', tonumber(ARGV[1]))
return 'claimed'`;

/** A message's final state, as reports and /metrics count them. */
export type FinalOutcome = "sent" | "failed" | "unreachable";

/** How long a claim holds before a retry may send again. Default 30 s (twice the platforms' 15 s send timeout). */
export const DEFAULT_SEND_LEASE_MS = 30_000;
/** Sent markers live this long: a reminder is not sent twice within half a year. */
const SENT_TTL_SECONDS = 180 * 86_400;
const OUTCOMES_TTL_SECONDS = 90 * 86_400;

export class SendLedger {
  constructor(private readonly redis: Redis, private readonly prefix: string, readonly leaseMs = DEFAULT_SEND_LEASE_MS) {
    redis.defineCommand("dondocClaimSend", { numberOfKeys: 1, lua: CLAIM });
  }

  private key(id: string): string {
    return `${this.prefix}sent:${safeId(id)}`;
  }

  /** Claims a send: "claimed" (send it now), "sent" (it went before: skip), "busy" (a send is under way or died recently: try after the lease). */
  async claim(id: string): Promise<"claimed" | "sent" | "busy"> {
    return (this.redis as unknown as { dondocClaimSend(k: string, ms: string): Promise<"claimed" | "sent" | "busy"> }).dondocClaimSend(this.key(id), String(this.leaseMs));
  }

  /** The platform said OK (or the message was folded into another that did): never send it again. */
  async markSent(id: string): Promise<void> {
    await this.redis.set(this.key(id), "sent", "EX", SENT_TTL_SECONDS);
  }

  /** The send certainly did not happen: a retry may send at once. */
  async release(id: string): Promise<void> {
    await this.redis.del(this.key(id));
  }

  /** Milliseconds left on a lease (0: none). */
  async leaseLeftMs(id: string): Promise<number> {
    return Math.max(0, await this.redis.pttl(this.key(id)));
  }

  /**
   * Counts how a job ended: a final outcome (sent, failed, unreachable), "duplicate" (sent before),
   * or why nothing was due (skipped-closed, batched, caught-up, …); per local day, channel and kind.
   */
  async count(day: string, channel: string, kind: string, outcome: FinalOutcome | "duplicate" | string): Promise<void> {
    const key = `${this.prefix}outcomes:${day}`;
    await this.redis.multi().hincrby(key, `${channel}:${kind}:${outcome}`, 1).expire(key, OUTCOMES_TTL_SECONDS).exec();
  }

  /** The counts of one day: "telegram:reminder:sent" → n. */
  async counts(day: string): Promise<Record<string, number>> {
    const raw = await this.redis.hgetall(`${this.prefix}outcomes:${day}`);
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Number(v)]));
  }
}
