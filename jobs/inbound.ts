/**
 * Inbound messages go through a queue: the webhook answers the platform as soon as the message is
 * in Redis, and a worker handles it (parse, change tasks, answer in chat). A crash after the
 * answer loses nothing that reached the queue; the job id (channel, message id) keeps a platform's
 * re-delivery from being queued twice while the first is pending.
 */
import { Queue, Worker } from "bullmq";
import type { Redis } from "ioredis";
import { z } from "zod";
import type { InboundMessage } from "../src/channels/port.ts";
import type { Logger } from "../src/log.ts";
import { bullPrefix } from "./names.ts";

export const INBOUND_QUEUE = "inbound";

const InboundJobSchema = z.object({
  channel: z.enum(["telegram", "zalo", "web", "memory"]),
  chatId: z.string(),
  userId: z.string(),
  text: z.string(),
  messageId: z.string(),
  replyToMessageId: z.string().nullable(),
  buttonData: z.string().nullable(),
  at: z.string(),
  displayName: z.string().optional(),
  document: z.object({ fileId: z.string(), fileName: z.string(), mimeType: z.string().nullable() }).optional(),
  kind: z.enum(["text", "sticker", "photo", "voice", "video", "location", "contact", "other"]).optional(),
  forwarded: z.boolean().optional(),
  addressed: z.boolean().optional(),
});

export function inboundQueue(connection: Redis, keyPrefix: string): Queue {
  const q = new Queue(INBOUND_QUEUE, {
    connection, prefix: bullPrefix(keyPrefix),
    // A handler that failed on a Redis blip is tried again; done messages leave Redis at once.
    defaultJobOptions: { attempts: INBOUND_ATTEMPTS, backoff: { type: "exponential", delay: 1_000 }, removeOnComplete: true, removeOnFail: { age: 7 * 86_400 } },
  });
  q.on("error", () => {});
  return q;
}

export async function enqueueInbound(queue: Queue, msg: InboundMessage): Promise<void> {
  await queue.add("in", { ...msg, at: msg.at.toISOString() }, { jobId: `${msg.channel}~${msg.messageId}`.replace(/:/g, "_") });
}

/** Tries over about a quarter of an hour: a Redis restart or failover is waited out, not dropped. */
export const INBOUND_ATTEMPTS = 10;

/** `lockMs`: how long a message stays with a worker that stopped answering before another handles it. Default BullMQ's 30 s. */
export function startInboundWorker(connection: Redis, keyPrefix: string, handle: (msg: InboundMessage, options: { lastAttempt: boolean }) => Promise<void>, logger: Logger, lockMs?: number): Worker {
  const worker = new Worker(INBOUND_QUEUE, async (job) => {
    const parsed = InboundJobSchema.safeParse(job.data);
    if (!parsed.success) { logger.warn("inbound job with bad data dropped", { job: job.id }); return; }
    const { at, ...rest } = parsed.data;
    await handle({ ...rest, at: new Date(at) } as InboundMessage, { lastAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1) });
  }, { connection, prefix: bullPrefix(keyPrefix), concurrency: 8, maxStalledCount: 50, ...(lockMs ? { lockDuration: lockMs, stalledInterval: lockMs } : {}) });
  worker.on("error", (err) => { if (!/ECONNREFUSED|ETIMEDOUT|Connection is closed/.test(err.message)) logger.error("inbound worker error", { err }); });
  return worker;
}
