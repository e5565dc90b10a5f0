/**
 * The delivery processor: one job → one message through the queue's channel. It re-checks the
 * task (closed or re-planned reminders are dropped), claims the reminder id so it is never sent
 * twice, folds reminders missed during an outage into one catch-up digest per official, and maps
 * channel errors to "retry later" or "give up and tell the admins".
 */
import { UnrecoverableError, type Job } from "bullmq";
import type { Channel, ChannelName, OutboundMessage } from "../src/channels/port.ts";
import { DeliveryError } from "../src/channels/port.ts";
import { workingDayOnOrBefore, workingDaysBetween } from "../src/core/calendar/working-days.ts";
import type { Official } from "../src/core/model.ts";
import { t } from "../src/i18n/index.ts";
import type { Logger } from "../src/log.ts";
import { DeliveryJobSchema, type DeliveryJob, type ReminderJob } from "./job-data.ts";
import { catchupJobId } from "./names.ts";
import { countOutcome } from "./report.ts";
import { renderWeeklySummary } from "../src/app/weekly-summary.ts";
import { answerButtons, openTasksOf, renderCatchup, renderDigest, renderEscalation, renderReminder, renderWeekly, todayIn, type OpenTask } from "./render.ts";
import { channelOf, type ScheduleDeps } from "./schedule.ts";

export interface DeliveryDeps extends ScheduleDeps {
  channels: Map<ChannelName, Channel>;
  logger: Logger;
  /** Reminders missed by at least this many working days go into the catch-up digest. Default 1. */
  graceWorkingDays?: number;
}

/** Told when a platform answers "too many requests, retry after N ms": the worker pauses the whole queue that long. */
export type RateLimited = (retryAfterMs: number) => Promise<Error>;

/** What happened to a job: the processor's return value, kept in logs and tests. */
/** A send given up for good; `reason` says why (the broadcast report files it by this, not by wording). */
export class GaveUp extends UnrecoverableError {
  constructor(message: string, readonly reason: DeliveryError["reason"]) {
    super(message);
  }
}

export type Outcome = "sent" | "skipped-closed" | "skipped-stale" | "skipped-duplicate" | "caught-up" | "batched" | "rerouted" | "nothing-to-send" | "unreachable";

export function createDeliveryProcessor(deps: DeliveryDeps, channelName: ChannelName, rateLimited?: RateLimited): (job: Job<DeliveryJob>) => Promise<Outcome> {
  const channel = deps.channels.get(channelName);
  if (!channel) throw new Error(`no channel adapter for ${channelName}`);
  return async (job) => {
    const parsed = DeliveryJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid job data: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
    const data = parsed.data;
    const log = deps.logger.child({ job: job.id, type: data.type });
    try {
      const outcome = data.type === "reminder"
        ? await deliverReminder(deps, channel, job, data, log)
        : await deliverToOfficial(deps, channel, job, data, log);
      log.info("delivery", { outcome });
      return outcome;
    } catch (err) {
      // 429: wait exactly what the platform asked, for the whole queue, without spending an attempt.
      if (err instanceof DeliveryError && err.retryAfterMs !== null && rateLimited) {
        log.warn("rate limited by the platform", { retryAfterMs: err.retryAfterMs });
        throw await rateLimited(err.retryAfterMs);
      }
      throw err;
    }
  };
}

/** The chat of `official` on `channel`, or null. */
function chatOn(o: Official, channel: ChannelName): string | null {
  if (channel === "telegram") return o.telegramChatId;
  if (channel === "zalo") return o.zaloUserId;
  if (channel === "web") return o.webChatId ?? null;
  return o.telegramChatId ?? o.zaloUserId;
}

async function deliverReminder(deps: DeliveryDeps, channel: Channel, job: Job<DeliveryJob>, data: ReminderJob, log: Logger): Promise<Outcome> {
  const { store, calendar } = deps;
  const a = await store.getAssignment(data.a);
  if (!a || a.status !== "open") return "skipped-closed";
  // Re-planning (an extension) replaces the job-id set: a reminder no longer in it is stale.
  if (!(await store.redis.sismember(store.k.jobsOf(a.id), job.id!))) return "skipped-stale";
  const now = deps.clock();
  const today = todayIn(calendar, now);
  if (workingDaysBetween(calendar, data.d, today) >= (deps.graceWorkingDays ?? 1)) {
    // Missed during an outage: one digest per official and day instead of a flood of stale reminders.
    if (!(await store.claimSend(job.id!))) return "skipped-duplicate";
    await deps.queues.get(channel.name).add("catchup", { type: "catchup", o: a.officialId, d: today }, { jobId: catchupJobId(a.officialId, today), delay: 2_000 });
    return "caught-up";
  }
  const official = await store.getOfficial(a.officialId);
  if (!official) return "unreachable";
  const open = await openTasksOf(store, official.id);
  const mine = open.find((o) => o.assignment.id === a.id);
  if (!mine) return "skipped-closed";
  // Several tasks due or overdue today: one message lists them all instead of one message each.
  const alike = data.k === "overdue" ? open.filter((o) => o.assignment.deadline !== null && o.assignment.deadline < today)
    : data.k === "due" ? open.filter((o) => o.assignment.deadline !== null && workingDayOnOrBefore(calendar, o.assignment.deadline) === today)
      : [];
  if (alike.length > 1) return deliverDigest(deps, channel, job, data, official, mine, alike, today, log);
  const message: OutboundMessage = { text: renderReminder(data.k, mine, official, today), buttons: await answerButtons(store, official, a.id) };
  const outcome = await sendOnce(deps, channel, job.id!, official, message, [a.id], log);
  if ((outcome === "sent" || outcome === "rerouted") && data.esc) await escalate(deps, official, mine, data, today);
  return outcome;
}

/**
 * The first reminder job of the day for an official and kind sends the digest; the others fold into
 * it ("batched"), keeping their own escalations. A digest that certainly failed frees the day for a retry.
 */
async function deliverDigest(deps: DeliveryDeps, channel: Channel, job: Job<DeliveryJob>, data: ReminderJob, official: Official, mine: OpenTask, alike: OpenTask[], today: string, log: Logger): Promise<Outcome> {
  const { store } = deps;
  const key = `${store.prefix}digest:${official.id}:${today}:${data.k}`;
  const won = (await store.redis.set(key, job.id!, "EX", 3 * 86_400, "NX")) === "OK" || (await store.redis.get(key)) === job.id;
  if (!won) {
    await store.claimSend(job.id!);
    if (data.esc) await escalate(deps, official, mine, data, today);
    return "batched";
  }
  const message: OutboundMessage = { text: renderDigest(data.k === "due" ? "due" : "overdue", official, alike, today) };
  let outcome: Outcome;
  try {
    outcome = await sendOnce(deps, channel, job.id!, official, message, alike.map((o) => o.assignment.id), log);
  } catch (err) {
    if (!(err instanceof UnrecoverableError)) await store.redis.del(key);
    throw err;
  }
  if ((outcome === "sent" || outcome === "rerouted") && data.esc) await escalate(deps, official, mine, data, today);
  return outcome;
}

async function escalate(deps: DeliveryDeps, official: Official, o: OpenTask, data: ReminderJob, today: string): Promise<void> {
  const admins = (await deps.store.listOfficials()).filter((x) => x.role === "admin");
  const supervisor = official.supervisorId ? await deps.store.getOfficial(official.supervisorId) : null;
  const to = [...(supervisor ? [supervisor] : []), ...admins].filter((x, i, all) => all.findIndex((y) => y.id === x.id) === i && x.id !== official.id);
  for (const r of to) {
    // Supervisors and admins hear it on their own channel, which may not be the leader's.
    const route = channelOf(r, new Set(deps.channels.keys()));
    if (!route) continue;
    await deps.queues.get(route.channel).add("message", {
      type: "message", o: r.id, text: renderEscalation(r, official, o, data.late ?? 0, today), refs: [o.assignment.id],
    }, { jobId: `e~${o.assignment.id}~${data.d}~${r.id}`.replace(/:/g, "_") });
  }
}

async function deliverToOfficial(deps: DeliveryDeps, channel: Channel, job: Job<DeliveryJob>, data: Exclude<DeliveryJob, ReminderJob>, log: Logger): Promise<Outcome> {
  const official = await deps.store.getOfficial(data.o);
  if (!official) return "unreachable";
  const today = todayIn(deps.calendar, deps.clock());
  let message: OutboundMessage;
  let refs: string[] = [];
  if (data.type === "message") {
    message = { text: data.text, ...(data.buttons ? { buttons: data.buttons } : {}) };
    refs = data.refs ?? [];
  } else if (data.type === "summary") {
    const pending = await deps.store.redis.scard(`${deps.store.prefix}ext:pending`);
    message = { text: await renderWeeklySummary(deps.store, official, deps.clock(), deps.calendar, pending) };
  } else {
    const open = await openTasksOf(deps.store, official.id);
    const text = data.type === "catchup" ? renderCatchup(official, open, today) : renderWeekly(official, open, today);
    if (!text) return "nothing-to-send";
    message = { text };
    refs = open.map((o) => o.assignment.id);
  }
  if (data.type !== "message" || !data.report) return sendOnce(deps, channel, job.id!, official, message, refs, log);
  // A broadcast: every outcome is counted, so the admin's delivery report adds up.
  const who = `${official.fullName} (${official.unit})`;
  const count = (o: "sent" | "failed" | "unreachable") => countOutcome(deps.store, deps.queues, new Set(deps.channels.keys()), data.report!, o, who);
  try {
    // The broadcast's report lists who was missed: no separate notice per failure.
    const outcome = await sendOnce(deps, channel, job.id!, official, message, refs, log, false);
    if (outcome === "sent" || outcome === "rerouted") await count("sent");
    else if (outcome === "unreachable") await count("unreachable");
    return outcome;
  } catch (err) {
    if (err instanceof GaveUp) await count(["unreachable", "blocked", "not_found"].includes(err.reason) ? "unreachable" : "failed");
    else if (err instanceof UnrecoverableError) await count("failed");
    else if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await count("failed");
    throw err;
  }
}

/**
 * Sends at most once per job id: the id is claimed first; a send that certainly failed releases
 * it for the retry. Permanent failures are recorded and reported, never retried.
 */
async function sendOnce(deps: DeliveryDeps, channel: Channel, id: string, official: Official, message: OutboundMessage, refs: string[], log: Logger, tell = true): Promise<Outcome> {
  const chatId = chatOn(official, channel.name);
  if (!chatId) return "unreachable";
  if (!(await deps.store.claimSend(id))) return "skipped-duplicate";
  const telegram = deps.channels.get("telegram");
  if (channel.name === "zalo" && official.telegramChatId && telegram && (await deps.store.isUnreachable("zalo", official.id))) {
    // Known unreachable on Zalo: straight to Telegram, without another failed Zalo call.
    return sendVia(deps, telegram, official, id, message, refs, tell);
  }
  try {
    const { messageId } = await channel.send(chatId, message);
    if (refs.length) await deps.store.rememberMessage(channel.name, chatId, messageId, refs);
    return "sent";
  } catch (err) {
    if (!(err instanceof DeliveryError) || !err.permanent) {
      await deps.store.releaseSend(id);
      throw err instanceof Error ? err : new Error(String(err), { cause: err });
    }
    log.warn("delivery failed permanently", { official: official.id, channel: channel.name, reason: err.reason, err });
    await deps.store.audit({
      at: deps.clock().toISOString(), who: "system", channel: channel.name, text: message.text.slice(0, 200), target: official.id,
      action: "delivery_failed", from: null, to: err.reason,
    });
    // Zalo cannot reach them (not following, no interaction in 7 days, inactive): Telegram if bound, never a blind retry.
    // The admins hear once per official and channel, not at every reminder, until the official writes again.
    const fresh = ["unreachable", "blocked", "not_found"].includes(err.reason) ? await deps.store.markUnreachable(channel.name, official.id) : true;
    if (channel.name === "zalo" && err.reason === "unreachable" && official.telegramChatId && telegram) {
      if (fresh && tell) await tellAdmins(deps, channel, official, "zalo_via_telegram", id, err.message);
      return sendVia(deps, telegram, official, id, message, refs, tell && fresh);
    }
    if (fresh && tell) await tellAdmins(deps, channel, official, channel.name === "zalo" && err.reason === "unreachable" ? "zalo_no_channel" : "failed", id, err.message);
    throw new GaveUp(`${channel.name}: ${err.message}${fresh ? "" : " (admins already told)"}`, err.reason);
  }
}

/**
 * The Telegram fallback for an official Zalo cannot reach. A transient failure is retried like any
 * send; a permanent one (blocked there too) is final and the admins hear that nothing reached them.
 */
async function sendVia(deps: DeliveryDeps, telegram: Channel, official: Official, id: string, message: OutboundMessage, refs: string[], tell: boolean): Promise<Outcome> {
  const chatId = official.telegramChatId!;
  try {
    const { messageId } = await telegram.send(chatId, message);
    if (refs.length) await deps.store.rememberMessage("telegram", chatId, messageId, refs);
    return "rerouted";
  } catch (err) {
    if (!(err instanceof DeliveryError) || !err.permanent) {
      await deps.store.releaseSend(id);
      throw err;
    }
    if ((await deps.store.markUnreachable("telegram", official.id)) && tell) await tellAdmins(deps, telegram, official, "failed", id, err.message);
    throw new GaveUp(`telegram (fallback from zalo): ${err.message}`, err.reason);
  }
}

async function tellAdmins(deps: DeliveryDeps, channel: Channel, official: Official, what: "failed" | "zalo_via_telegram" | "zalo_no_channel", id: string, reason: string): Promise<void> {
  const admins = (await deps.store.listOfficials()).filter((x) => x.role === "admin" && x.id !== official.id);
  for (const admin of admins) {
    const params = { official: official.fullName, unit: official.unit, channel: channel.name, reason };
    const text = what === "failed" ? t(admin.locale, "admin.delivery_failed", params) : t(admin.locale, `admin.unreachable.${what}`, params);
    // Admins hear it on their own channel.
    const route = channelOf(admin, new Set(deps.channels.keys()));
    if (route) await deps.queues.get(route.channel).add("message", { type: "message", o: admin.id, text }, { jobId: `f~${what}~${id}~${admin.id}`.replace(/:/g, "_") });
  }
}
