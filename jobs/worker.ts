/** A delivery worker per channel, with that channel's rate limit; `close()` waits for running jobs. */
import { Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { ChannelName } from "../src/channels/port.ts";
import type { DeliveryJob } from "./job-data.ts";
import { createDeliveryProcessor, type DeliveryDeps, type Outcome } from "./deliver.ts";
import { bullPrefix, deliveryQueueName } from "./names.ts";

export interface WorkerOptions {
  /** Messages per `durationMs` for the whole queue (all workers). Default 25 per 1000 ms (Telegram's ~30/s, with headroom). */
  limit?: { max: number; durationMs: number };
  /** Jobs processed at once by this worker. Default 5. */
  concurrency?: number;
  /** How long a job stays with a worker that stopped answering before another takes it, in ms. Default 30_000 (BullMQ's). */
  lockMs?: number;
}

/** `connection` must have maxRetriesPerRequest: null (BullMQ's blocking commands need it). */
export function startDeliveryWorker(deps: DeliveryDeps, channel: ChannelName, connection: Redis, opts: WorkerOptions = {}): Worker<DeliveryJob, Outcome> {
  const limit = opts.limit ?? { max: 25, durationMs: 1_000 };
  // The processor needs the worker to pause the queue on a 429; the worker needs the processor first.
  let self: Worker<DeliveryJob, Outcome> | null = null;
  const rateLimited = async (ms: number): Promise<Error> => {
    await self?.rateLimit(ms);
    return Worker.RateLimitError();
  };
  const worker = new Worker<DeliveryJob, Outcome>(deliveryQueueName(channel), createDeliveryProcessor(deps, channel, rateLimited), {
    connection,
    prefix: bullPrefix(deps.store.prefix),
    concurrency: opts.concurrency ?? 5,
    ...(opts.lockMs ? { lockDuration: opts.lockMs, stalledInterval: opts.lockMs } : {}),
    limiter: { max: limit.max, duration: limit.durationMs },
  });
  self = worker;
  worker.on("failed", (job, err) => deps.logger.warn("delivery job failed", { job: job?.id, attempts: job?.attemptsMade, err }));
  worker.on("error", (err) => { if (!/ECONNREFUSED|ETIMEDOUT|Connection is closed/.test(err.message)) deps.logger.error("delivery worker error", { err }); });
  return worker;
}
