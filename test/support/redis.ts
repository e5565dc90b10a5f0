import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { inject } from "vitest";

/** A fresh key prefix per test, so tests sharing the run's redis-server never see each other's keys. */
export function uniquePrefix(label = "t"): string {
  return `dd-${label}-${randomBytes(4).toString("hex")}:`;
}

/**
 * Runs `fn` with a connection to the test run's Redis and a unique key prefix; afterwards deletes
 * every key under that prefix and closes the connection, whatever `fn` did.
 */
export async function withRedis<T>(fn: (redis: Redis, prefix: string) => Promise<T>, label?: string): Promise<T> {
  const redis = new Redis(inject("redisUrl"), { maxRetriesPerRequest: 3, lazyConnect: false });
  const prefix = uniquePrefix(label);
  try {
    return await fn(redis, prefix);
  } finally {
    await deleteByPrefix(redis, prefix).catch(() => {});
    redis.disconnect();
  }
}

/** Deletes every key that starts with `prefix` (SCAN, never KEYS or FLUSHDB). */
export async function deleteByPrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 500);
    cursor = next;
    if (keys.length) await redis.unlink(...keys);
  } while (cursor !== "0");
}
