/**
 * Where dondoc's Redis is and how to connect to it: the REDIS_URL it was given (rediss:// with the
 * REDIS_TLS_ files), or else its own embedded redis-server. Never any other Redis.
 */
import { readFileSync } from "node:fs";
import { Redis, type RedisOptions } from "ioredis";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import { startEmbeddedRedis, runningEmbeddedRedis, type EmbeddedRedis } from "./embedded-redis.ts";

export interface RedisTarget {
  /** redis:// or rediss:// URL, password included for the embedded one. */
  url: string;
  /** Extra ioredis options (TLS). */
  options: RedisOptions;
  /** Set when this process started the redis-server and must stop it. */
  embedded: EmbeddedRedis | null;
  /** For logs and messages: the URL without its password. */
  label: string;
}

/** The URL with any password replaced by ***. */
export function maskUrl(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, (_, auth: string) => `//${auth.includes(":") ? `${auth.split(":")[0]}:***` : "***"}@`);
}

/** TLS options for ioredis from the configured files (read here, not in loadConfig). */
export function tlsOptions(config: Config): RedisOptions {
  if (!config.redisUrl?.startsWith("rediss://")) return {};
  const f = config.redisTls;
  return {
    tls: {
      rejectUnauthorized: f.rejectUnauthorized,
      ...(f.caFile ? { ca: readFileSync(f.caFile) } : {}),
      ...(f.certFile ? { cert: readFileSync(f.certFile) } : {}),
      ...(f.keyFile ? { key: readFileSync(f.keyFile) } : {}),
    },
  };
}

/**
 * The service's Redis: REDIS_URL, or a redis-server it starts under DONDOC_REDIS_DIR (and stops).
 * Throws EmbeddedRedisError when there is neither a REDIS_URL nor a redis-server to start.
 */
export async function serviceRedis(config: Config, log: Logger): Promise<RedisTarget> {
  if (config.redisUrl) return { url: config.redisUrl, options: tlsOptions(config), embedded: null, label: maskUrl(config.redisUrl) };
  const embedded = await startEmbeddedRedis({ dir: config.redisDir, bin: config.redisServerBin, logger: log.child({ part: "embedded-redis" }) });
  return { url: embedded.url, options: {}, embedded, label: `${embedded.label} (embedded, data in ${embedded.dir})` };
}

/**
 * A command's Redis (the CLI): REDIS_URL; else the embedded redis-server a running `npm start`
 * owns on the same DONDOC_REDIS_DIR; else one started for the command on that directory (the same
 * data the service will find), stopped when the command ends.
 */
export async function commandRedis(config: Config, log: Logger): Promise<RedisTarget> {
  if (config.redisUrl) return { url: config.redisUrl, options: tlsOptions(config), embedded: null, label: maskUrl(config.redisUrl) };
  const running = await runningEmbeddedRedis(config.redisDir);
  if (running) return { url: running.url, options: {}, embedded: null, label: `${running.label} (dondoc's own, data in ${running.dir})` };
  return serviceRedis(config, log);
}

/**
 * A connection with unlimited retries per request (BullMQ's blocking commands need it). While Redis
 * is down ioredis reconnects on its own; the operator gets one log line per connection every 30 s,
 * not a stack trace per attempt.
 */
export function connectRedis(target: RedisTarget, log: Logger, name: string, extra: RedisOptions = {}): Redis {
  const r = new Redis(target.url, { maxRetriesPerRequest: null, connectionName: `dondoc-${name}`, ...target.options, ...extra });
  let lastLogged = 0;
  r.on("error", (err: Error) => {
    if (Date.now() - lastLogged < 30_000) return;
    lastLogged = Date.now();
    log.warn("redis unavailable, reconnecting", { connection: name, redis: target.label, err: err.message });
  });
  r.on("ready", () => {
    if (!lastLogged) return;
    lastLogged = 0;
    log.info("redis reconnected", { connection: name });
  });
  return r;
}
