/** The delivery queues, one per channel, created lazily on one shared connection. */
import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { ChannelName } from "../src/channels/port.ts";
import type { DeliveryJob } from "./job-data.ts";
import { bullPrefix, deliveryQueueName } from "./names.ts";

/** Retries for transient failures: exponential backoff from 5 s, with jitter; about 1 h in all. Permanent failures are not retried. */
export const DELIVERY_ATTEMPTS = 10;
export const DELIVERY_BACKOFF = { type: "exponential", delay: 5_000, jitter: 0.5 } as const;

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
