/** A delivery worker per channel, with that channel's rate limit; `close()` waits for running jobs. */
import { UnrecoverableError, Worker } from "bullmq";
import { countOutcome } from "./report.ts";
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

/** Stalls (the worker died while the job was active) a job survives before it fails for good. */
export const MAX_STALLS = 50;

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
    // A job stalls when its worker died; it is tried again however often that happens (BullMQ's
    // default fails it for good at the second stall — a message lost after two crashes). The send
    // ledger's lease keeps a stalled send from going out twice.
    maxStalledCount: MAX_STALLS,
    limiter: { max: limit.max, duration: limit.durationMs },
  });
  self = worker;
  worker.on("failed", (job, err) => {
    deps.logger.warn("delivery job failed", { job: job?.id, attempts: job?.attemptsMade, err });
    // A broadcast's recipient whose job failed for good outside the processor (it stalled too often)
    // still counts in the report, as failed; a count made before is not made twice.
    const data = job?.data;
    const final = !!job && (err instanceof UnrecoverableError || err.message.includes("stalled") || job.attemptsMade >= (job.opts.attempts ?? 1));
    if (final && data?.type === "message" && data.report && data.o) {
      const { report, o } = data;
      void deps.store.getOfficial(o)
        .then((official) => countOutcome(deps.store, deps.queues, new Set(deps.channels.keys()), report, "failed", { id: o, label: official ? `${official.fullName} (${official.unit})` : o }))
        .catch((e: unknown) => deps.logger.warn("could not count a failed broadcast message", { err: e }));
    }
  });
  worker.on("error", (err) => { if (!/ECONNREFUSED|ETIMEDOUT|Connection is closed/.test(err.message)) deps.logger.error("delivery worker error", { err }); });
  return worker;
}
