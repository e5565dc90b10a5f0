/**
 * "Durable before acknowledged": a platform's update is answered 200 only once it is in Redis.
 * While Redis is away the answer is 503 at once (the platform sends it again later), not a request
 * that hangs on a reconnecting client.
 */

/** Thrown when Redis did not take the write in time; the route answers 503. */
export class NotDurableError extends Error {
  override name = "NotDurableError";
}

/** Whether the connection that writes inbound updates is usable now (ioredis "ready"). */
export type RedisReady = () => boolean;

/** Runs `write`; throws NotDurableError when Redis is not ready or the write takes longer than `timeoutMs`. */
export async function durably<T>(ready: RedisReady, timeoutMs: number, write: () => Promise<T>): Promise<T> {
  if (!ready()) throw new NotDurableError("redis is not connected");
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      write(),
      new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new NotDurableError(`redis did not answer within ${timeoutMs} ms`)), timeoutMs); }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
