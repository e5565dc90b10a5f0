/** The delivery queues, one per channel, created lazily on one shared connection. */
import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { ChannelName } from "../src/channels/port.ts";
import type { DeliveryJob } from "./job-data.ts";
import { bullPrefix, deliveryQueueName } from "./names.ts";

/**
 * Retries for transient failures (5xx, timeouts): exponential backoff from 1 s — a platform's
 * passing error costs a second, not five — doubling with jitter, about 1 h in all over 12
 * attempts. Permanent failures are not retried; a 429 waits its retry_after without an attempt.
 */
export const DELIVERY_ATTEMPTS = 12;
export const DELIVERY_BACKOFF = { type: "exponential", delay: 1_000, jitter: 0.5 } as const;

export class DeliveryQueues {
  private readonly queues = new Map<ChannelName, Queue<DeliveryJob>>();

  constructor(readonly connection: Redis, readonly keyPrefix: string) {}

  get(channel: ChannelName): Queue<DeliveryJob> {
    let q = this.queues.get(channel);
    if (!q) {
      q = new Queue<DeliveryJob>(deliveryQueueName(channel), {
        connection: this.connection,
        prefix: bullPrefix(this.keyPrefix),
        defaultJobOptions: {
          attempts: DELIVERY_ATTEMPTS,
          backoff: DELIVERY_BACKOFF,
          // Done jobs leave Redis at once (the store's sent markers remember them); failed ones stay a month for the operator.
          removeOnComplete: true,
          removeOnFail: { age: 30 * 86_400 },
        },
      });
      // Connection errors are the connection owner's to log (throttled); an unheard 'error' event would crash.
      q.on("error", () => {});
      this.queues.set(channel, q);
    }
    return q;
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
