/**
 * The delivery processor: one job → one message through the queue's channel, thin as a shell
 * should be: validate the job, hand it to the reminder or message path, map what happened to
 * "done", "retry later" (a 429 waits the platform's retry_after; a send under way elsewhere waits
 * its lease, neither spending an attempt) or "give up", and count every final outcome.
 */
import { DelayedError, UnrecoverableError, type Job } from "bullmq";
import type { Channel, ChannelName } from "../src/channels/port.ts";
import { DeliveryError } from "../src/channels/port.ts";
import type { Logger } from "../src/log.ts";
import { deliverToOfficial } from "./deliver-official.ts";
import { deliverReminder } from "./deliver-reminder.ts";
import { DeliveryJobSchema, type DeliveryJob } from "./job-data.ts";
import { todayIn } from "./render.ts";
import type { ScheduleDeps } from "./schedule.ts";
import { GaveUp, LeaseHeld } from "./send.ts";

export { GaveUp } from "./send.ts";

export interface DeliveryDeps extends ScheduleDeps {
  channels: Map<ChannelName, Channel>;
  logger: Logger;
  /** Reminders missed by at least this many working days go into the catch-up digest. Default 1. */
  graceWorkingDays?: number;
}

/** Told when a platform answers "too many requests, retry after N ms": the worker pauses the whole queue that long. */
export type RateLimited = (retryAfterMs: number) => Promise<Error>;

/** What happened to a job: the processor's return value, kept in logs and counted per day. */
export type Outcome = "sent" | "skipped-closed" | "skipped-stale" | "skipped-duplicate" | "caught-up" | "batched" | "rerouted" | "nothing-to-send" | "unreachable";

export function createDeliveryProcessor(deps: DeliveryDeps, channelName: ChannelName, rateLimited?: RateLimited): (job: Job<DeliveryJob>, token?: string) => Promise<Outcome> {
  const channel = deps.channels.get(channelName);
  if (!channel) throw new Error(`no channel adapter for ${channelName}`);
  return async (job, token) => {
    const parsed = DeliveryJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid job data: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
    const data = parsed.data;
    const kind = data.type === "reminder" ? data.k : data.type;
    const log = deps.logger.child({ job: job.id, type: data.type });
    const count = (outcome: string) => deps.store.sends.count(todayIn(deps.calendar, deps.clock()), channelName, kind, outcome).catch(() => {});
    try {
      const outcome = data.type === "reminder" ? await deliverReminder(deps, channel, job, data, log) : await deliverToOfficial(deps, channel, job, data, log);
      log.info("delivery", { outcome });
      await count(outcome === "rerouted" ? "sent" : outcome === "skipped-duplicate" ? "duplicate" : outcome);
      return outcome;
    } catch (err) {
      // 429: wait exactly what the platform asked, for the whole queue, without spending an attempt.
      if (err instanceof DeliveryError && err.retryAfterMs !== null && rateLimited) {
        log.warn("rate limited by the platform", { retryAfterMs: err.retryAfterMs });
        throw await rateLimited(err.retryAfterMs);
      }
      // Another worker's lease: this job comes back when it ends, without spending an attempt.
      if (err instanceof LeaseHeld && token) {
        await job.moveToDelayed(Date.now() + err.waitMs, token);
        throw new DelayedError();
      }
      if (err instanceof GaveUp) await count(["unreachable", "blocked", "not_found"].includes(err.reason) ? "unreachable" : "failed");
      else if (err instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await count("failed");
      throw err;
    }
  };
}
