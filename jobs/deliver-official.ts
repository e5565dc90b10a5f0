/**
 * Messages to one official (a broadcast, an escalation, an admin notice), the weekly prompt, the
 * catch-up digest, the admins' weekly summary, /quahan's whole list as a file, a deferred answer to a chat, and a delivery report's
 * deadline. A broadcast's recipient counts once in its report, whatever the outcome.
 */
import { UnrecoverableError, type Job } from "bullmq";
import type { Channel, OutboundMessage } from "../src/channels/port.ts";
import type { Logger } from "../src/log.ts";
import { overdueFile } from "../src/app/reports.ts";
import { renderWeeklySummary } from "../src/app/weekly-summary.ts";
import type { DeliveryDeps, Outcome } from "./deliver.ts";
import type { DeliveryJob, MessageJob, ReminderJob } from "./job-data.ts";
import { countOutcome, sendReport } from "./report.ts";
import { openTasksOf, renderCatchup, renderWeekly, todayIn } from "./render.ts";
import { GaveUp, sendToChat, sendToOfficial } from "./send.ts";

export function toOutbound(data: MessageJob): OutboundMessage {
  return {
    text: data.text, ...(data.buttons ? { buttons: data.buttons } : {}),
    ...(data.document ? { document: { fileName: data.document.fileName, mimeType: data.document.mimeType, content: Buffer.from(data.document.base64, "base64"), fallbackText: data.document.fallbackText } } : {}),
  };
}

export async function deliverToOfficial(deps: DeliveryDeps, channel: Channel, job: Job<DeliveryJob>, data: Exclude<DeliveryJob, ReminderJob>, log: Logger): Promise<Outcome> {
  if (data.type === "report") return (await sendReport(deps.store, deps.queues, new Set(deps.channels.keys()), data.id, true)) ? "sent" : "nothing-to-send";
  if (data.type === "message" && data.chat !== undefined) return sendToChat(deps, channel, job.id!, data.chat, toOutbound(data), data.refs ?? []);
  const official = await deps.store.getOfficial(data.o ?? "");
  if (!official) return "unreachable";
  const today = todayIn(deps.calendar, deps.clock());
  let message: OutboundMessage;
  let refs: string[] = [];
  if (data.type === "message") {
    message = toOutbound(data);
    refs = data.refs ?? [];
  } else if (data.type === "overdue_list") {
    // The file alone (captioned with its name): the answer before it said what it holds.
    message = await overdueFile(deps.store, official.locale, deps.clock(), deps.calendar.timeZone);
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
  if (data.type !== "message" || !data.report) return sendToOfficial(deps, channel, job.id!, official, message, refs, log);
  // A broadcast: every outcome is counted, so the admin's delivery report adds up.
  const who = { id: official.id, label: `${official.fullName} (${official.unit})` };
  const count = (o: "sent" | "failed" | "unreachable") => countOutcome(deps.store, deps.queues, new Set(deps.channels.keys()), data.report!, o, who);
  try {
    // The broadcast's report lists who was missed: no separate notice per failure.
    const outcome = await sendToOfficial(deps, channel, job.id!, official, message, refs, log, false);
    // Sent before a crash and marked so, its count may not have made it: counting is once per recipient anyway.
    if (outcome === "sent" || outcome === "rerouted" || outcome === "skipped-duplicate") await count("sent");
    else if (outcome === "unreachable") await count("unreachable");
    return outcome;
  } catch (err) {
    if (err instanceof GaveUp) await count(["unreachable", "blocked", "not_found"].includes(err.reason) ? "unreachable" : "failed");
    else if (err instanceof UnrecoverableError) await count("failed");
    else if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await count("failed");
    throw err;
  }
}
