/** A Redis lock with an owner token: only its owner can release it, and it expires if the owner dies. */
import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";

/** Deletes the key only if it still holds our token (a lock that expired and was retaken is not ours). */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/** The owner token when the lock was free and is now ours, else null. */
export async function tryLock(redis: Redis, key: string, ttlMs: number): Promise<string | null> {
  const owner = randomBytes(16).toString("hex");
  return (await redis.set(key, owner, "PX", ttlMs, "NX")) === "OK" ? owner : null;
}

export async function unlock(redis: Redis, key: string, owner: string): Promise<boolean> {
  return (await redis.eval(RELEASE, 1, key, owner)) === 1;
}
