/**
 * Zalo OA access tokens, shared by every dondoc process through Redis. The access token (25 h)
 * is cached with its expiry and refreshed an hour before it runs out, or at once when Zalo rejects
 * it (-216/-220). Refresh tokens are single-use, so exactly one process refreshes at a time (a
 * Redis lock) and the new refresh token is written to Redis before the access token is handed out.
 */
import { createHash } from "node:crypto";
import axios, { type AxiosInstance } from "axios";
import type { Redis } from "ioredis";
import { z } from "zod";
import { DeliveryError } from "../port.ts";
import { zaloKeys } from "./keys.ts";
import { tryLock, unlock } from "./lock.ts";

export interface ZaloTokenOptions {
  redis: Redis;
  /** The store's key prefix. */
  prefix: string;
  appId: string;
  appSecret: string;
  /** ZALO_REFRESH_TOKEN: used only when Redis holds none, or when it differs from the one that seeded Redis (a new grant). */
  refreshToken: string;
  /** Default https://oauth.zaloapp.com. */
  oauthRoot?: string;
  /** Refresh this long before expiry. Default 3_600_000 ms (1 h). */
  refreshMarginMs?: number;
  /** Lock lifetime; must exceed the refresh request's timeout. Default 30_000 ms. */
  lockTtlMs?: number;
  /** Timeout of the refresh request. Default 10_000 ms. */
  requestTimeoutMs?: number;
  /** How often a process waiting for another's refresh looks again. Default 50 ms. */
  waitPollMs?: number;
  /** Clock, ms since the epoch. Default Date.now. */
  now?: () => number;
  http?: AxiosInstance;
}

const StoredToken = z.object({ accessToken: z.string().min(1), expiresAt: z.number() });
type StoredToken = z.infer<typeof StoredToken>;

const TokenAnswer = z.object({ access_token: z.string().min(1), refresh_token: z.string().min(1), expires_in: z.coerce.number().positive() });
const ErrorAnswer = z.looseObject({ error: z.number(), error_name: z.string().optional(), error_reason: z.string().optional() });

const sha256 = (s: string): string => createHash("sha256").update(s).digest("hex");

export class ZaloTokenManager {
  private readonly keys: ReturnType<typeof zaloKeys>;
  private readonly http: AxiosInstance;
  private readonly now: () => number;
  private readonly marginMs: number;
  private readonly lockTtlMs: number;
  private cached: StoredToken | null = null;
  /** Refreshes this instance performed (for tests and metrics). */
  refreshes = 0;

  constructor(private readonly options: ZaloTokenOptions) {
    this.keys = zaloKeys(options.prefix);
    this.http = options.http ?? axios.create();
    this.now = options.now ?? Date.now;
    this.marginMs = options.refreshMarginMs ?? 3_600_000;
    this.lockTtlMs = options.lockTtlMs ?? 30_000;
  }

  /** A token good for at least the margin; refreshes (or waits for another process's refresh) otherwise. */
  async accessToken(): Promise<string> {
    if (this.cached && this.fresh(this.cached)) return this.cached.accessToken;
    return this.obtain(null);
  }

  /** Zalo said `rejected` is invalid or expired: the token another process refreshed since, or a new one. */
  async replaceRejected(rejected: string): Promise<string> {
    if (this.cached?.accessToken === rejected) this.cached = null;
    return this.obtain(rejected);
  }

  private fresh(t: StoredToken): boolean {
    return t.expiresAt - this.marginMs > this.now();
  }

  private async read(): Promise<StoredToken | null> {
    const raw = await this.options.redis.get(this.keys.token);
    if (raw === null) return null;
    const parsed = StoredToken.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  }

  private async obtain(rejected: string | null): Promise<string> {
    const { redis } = this.options;
    const deadline = Date.now() + this.lockTtlMs + 5_000;
    while (Date.now() < deadline) {
      const current = await this.read();
      if (current && current.accessToken !== rejected && this.fresh(current)) {
        this.cached = current;
        return current.accessToken;
      }
      const owner = await tryLock(redis, this.keys.lock, this.lockTtlMs);
      if (owner === null) {
        await new Promise((r) => setTimeout(r, this.options.waitPollMs ?? 50));
        continue;
      }
      try {
        // Another process may have finished its refresh between our read and our lock.
        const again = await this.read();
        if (again && again.accessToken !== rejected && this.fresh(again)) {
          this.cached = again;
          return again.accessToken;
        }
        return await this.refresh();
      } finally {
        await unlock(redis, this.keys.lock, owner);
      }
    }
    throw new DeliveryError("zalo: timed out waiting for another process to refresh the access token", false, "auth");
  }

  /** Under the lock: spends the refresh token, stores the new pair (refresh token first, same transaction), returns the access token. */
  private async refresh(): Promise<string> {
    const { redis, appId, appSecret, refreshToken: configured } = this.options;
    const [stored, seed] = await Promise.all([redis.get(this.keys.refresh), redis.get(this.keys.seed)]);
    const configSeed = sha256(configured);
    const useConfigured = stored === null || (seed !== null && seed !== configSeed);
    const presented = useConfigured ? configured : stored;
    let data: unknown;
    try {
      const res = await this.http.post(`${this.options.oauthRoot ?? "https://oauth.zaloapp.com"}/v4/oa/access_token`,
        new URLSearchParams({ refresh_token: presented, app_id: appId, grant_type: "refresh_token" }).toString(),
        { headers: { secret_key: appSecret, "content-type": "application/x-www-form-urlencoded" }, timeout: this.options.requestTimeoutMs ?? 10_000, validateStatus: () => true });
      if (res.status >= 500) throw new Error(`HTTP ${res.status}`);
      data = res.data;
    } catch (err: unknown) {
      throw new DeliveryError(`zalo: refreshing the access token failed: ${(err as Error).message}`, false, "network", null, { cause: err });
    }
    const ok = TokenAnswer.safeParse(data);
    if (!ok.success) {
      const e = ErrorAnswer.safeParse(data);
      const why = e.success ? `${e.data.error} ${e.data.error_reason ?? e.data.error_name ?? ""}`.trim() : "unreadable answer";
      throw new DeliveryError(`zalo: the refresh token was refused (${why}); grant the OA again and set a new ZALO_REFRESH_TOKEN`, false, "auth");
    }
    const token: StoredToken = { accessToken: ok.data.access_token, expiresAt: this.now() + ok.data.expires_in * 1000 };
    const ttlMs = Math.max(1, token.expiresAt - this.now());
    // The old refresh token is spent: losing the new one would lock the OA out until someone grants it again.
    for (let attempt = 1; ; attempt++) {
      try {
        await redis.multi()
          .set(this.keys.refresh, ok.data.refresh_token)
          .set(this.keys.seed, useConfigured ? configSeed : seed ?? configSeed)
          .set(this.keys.token, JSON.stringify(token), "PX", ttlMs)
          .exec();
        break;
      } catch (err: unknown) {
        if (attempt >= 3) throw new Error("zalo: could not store the new refresh token; the OA must be granted again (ZALO_REFRESH_TOKEN)", { cause: err });
        await new Promise((r) => setTimeout(r, 200 * attempt));
      }
    }
    this.refreshes += 1;
    this.cached = token;
    return token.accessToken;
  }
}
