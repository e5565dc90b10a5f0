/**
 * Reminders: a reminder job re-checks its task (closed or re-planned reminders are dropped), queues
 * the task's next reminder (only one is ever waiting per task), folds
 * what an outage made late into one catch-up digest per official, folds several tasks due the same
 * day into one numbered message, and escalates an overdue task to the supervisor and the admins.
 */
import { UnrecoverableError, type Job } from "bullmq";
import type { Channel, OutboundMessage } from "../src/channels/port.ts";
import { workingDayOnOrBefore, workingDaysBetween } from "../src/core/calendar/working-days.ts";
import type { Assignment, Official } from "../src/core/model.ts";
import { t } from "../src/i18n/index.ts";
import type { Logger } from "../src/log.ts";
import type { DeliveryDeps, Outcome } from "./deliver.ts";
import type { DeliveryJob, ReminderJob } from "./job-data.ts";
import { catchupJobId } from "./names.ts";
import { answerButtons, openTasksOf, renderDigest, renderEscalation, renderReminder, todayIn, type OpenTask } from "./render.ts";
import { channelOf, forgetReminder, queueNextReminder } from "./schedule.ts";
import { sendToOfficial } from "./send.ts";

export async function deliverReminder(deps: DeliveryDeps, channel: Channel, job: Job<DeliveryJob>, data: ReminderJob, log: Logger): Promise<Outcome> {
  const a = await deps.store.getAssignment(data.a);
  if (!a || a.status !== "open") return "skipped-closed";
  // Re-planning (an extension) replaces the job-id set: a reminder no longer in it is stale.
  if (!(await deps.store.redis.sismember(deps.store.k.jobsOf(a.id), job.id!))) return "skipped-stale";
  // The next reminder is queued before this one is sent, so a failed or retried send never breaks the chain.
  await queueNextReminder(deps, channel.name, a, data);
  const outcome = await remind(deps, channel, job, data, a, log);
  await forgetReminder(deps, a.id, job.id!);
  return outcome;
}

async function remind(deps: DeliveryDeps, channel: Channel, job: Job<DeliveryJob>, data: ReminderJob, a: Assignment, log: Logger): Promise<Outcome> {
  const { store, calendar } = deps;
  const now = deps.clock();
  const today = todayIn(calendar, now);
  if (workingDaysBetween(calendar, data.d, today) >= (deps.graceWorkingDays ?? 1)) {
    // Missed during an outage: one digest per official and day instead of a flood of stale reminders.
    await deps.queues.get(channel.name).add("catchup", { type: "catchup", o: a.officialId, d: today }, { jobId: catchupJobId(a.officialId, today), delay: 2_000 });
    await store.sends.markSent(job.id!);
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
  const outcome = await sendToOfficial(deps, channel, job.id!, official, message, [a.id], log);
  if ((outcome === "sent" || outcome === "rerouted") && data.esc) await escalate(deps, official, mine, data, today);
  return outcome;
}

/**
 * The first reminder job of the planned day for an official and kind sends the digest; the others fold into
 * it ("batched"), keeping their own escalations. A digest that certainly failed frees the day for a retry.
 */
async function deliverDigest(deps: DeliveryDeps, channel: Channel, job: Job<DeliveryJob>, data: ReminderJob, official: Official, mine: OpenTask, alike: OpenTask[], today: string, log: Logger): Promise<Outcome> {
  const { store } = deps;
  // Keyed by the day the reminders were planned for, not the clock's: reminders of tomorrow sent now
  // (the sandbox's "send the next reminders now") are tomorrow's digest, not a repeat of today's.
  const key = `${store.prefix}digest:${official.id}:${data.d}:${data.k}`;
  const won = (await store.redis.set(key, job.id!, "EX", 3 * 86_400, "NX")) === "OK" || (await store.redis.get(key)) === job.id;
  if (!won) {
    await store.sends.markSent(job.id!);
    if (data.esc) await escalate(deps, official, mine, data, today);
    return "batched";
  }
  const message: OutboundMessage = { text: renderDigest(data.k === "due" ? "due" : "overdue", official, alike, today) };
  let outcome: Outcome;
  try {
    outcome = await sendToOfficial(deps, channel, job.id!, official, message, alike.map((o) => o.assignment.id), log);
  } catch (err) {
    if (!(err instanceof UnrecoverableError)) await store.redis.del(key);
    throw err;
  }
  if ((outcome === "sent" || outcome === "rerouted") && data.esc) await escalate(deps, official, mine, data, today);
  return outcome;
}

/**
 * An overdue task goes up to the leader's supervisor and the admins, each on their own channel
 * (Zalo for a Zalo-only supervisor). A supervisor no channel reaches is named to the admins, so the
 * escalation is never silently lost.
 */
async function escalate(deps: DeliveryDeps, official: Official, o: OpenTask, data: ReminderJob, today: string): Promise<void> {
  const admins = (await deps.store.listOfficials()).filter((x) => x.role === "admin");
  const supervisor = official.supervisorId ? await deps.store.getOfficial(official.supervisorId) : null;
  const to = [...(supervisor ? [supervisor] : []), ...admins].filter((x, i, all) => all.findIndex((y) => y.id === x.id) === i && x.id !== official.id);
  const available = new Set(deps.channels.keys());
  const unreachableSupervisor = supervisor && supervisor.id !== official.id && !channelOf(supervisor, available) ? supervisor : null;
  for (const r of to) {
    const route = channelOf(r, available);
    if (!route) continue;
    let text = renderEscalation(r, official, o, today);
    if (unreachableSupervisor && r.role === "admin" && r.id !== unreachableSupervisor.id) {
      text += `\n${t(r.locale, "reminder.escalation_no_supervisor", { supervisor: unreachableSupervisor.fullName, unit: unreachableSupervisor.unit })}`;
    }
    await deps.queues.get(route.channel).add("message", { type: "message", o: r.id, text, refs: [o.assignment.id] }, { jobId: `e~${o.assignment.id}~${data.d}~${r.id}`.replace(/:/g, "_") });
  }
}
