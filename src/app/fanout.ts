/**
 * One message to many officials, with a delivery report: resumable and idempotent. Every job id is
 * deterministic (report id + official), the jobs go in bulk, the report is opened once, and the
 * officials no channel reaches are counted once — so a fan-out killed half-way and run again
 * completes it without sending anyone a second copy. A deadline job sends the report even when
 * some deliveries never end, naming them.
 */
import type { Official } from "../core/model.ts";
import type { ChannelName } from "../channels/port.ts";
import { countOutcome, openReport } from "../../jobs/report.ts";
import { channelOf } from "../../jobs/schedule.ts";
import type { MessageJob } from "../../jobs/job-data.ts";
import type { AppDeps } from "./deps.ts";

/** Jobs per addBulk call. */
const BULK = 500;
/** The report goes out at the latest this long after the messages were due. Default 6 hours. */
export const REPORT_WAIT_MS = 6 * 3_600_000;

export interface FanOutRequest {
  /** Deterministic for the request (a pending broadcast's id, a directive's id): a retry repeats it. */
  reportId: string;
  admin: Official;
  label: string;
  recipients: Official[];
  render(o: Official): Pick<MessageJob, "text" | "buttons" | "refs">;
  /** Hold the messages this long (office hours). Default 0. */
  delayMs?: number;
}

export async function fanOut(deps: AppDeps, f: FanOutRequest): Promise<{ queued: number; unreachable: number }> {
  const delay = Math.max(0, Math.round(f.delayMs ?? 0));
  await openReport(deps.store, f.reportId, f.admin.id, f.recipients.map((o) => o.id), f.label);
  const rows = new Map<ChannelName, Array<{ name: string; data: MessageJob; opts: { jobId: string; delay: number } }>>();
  let unreachable = 0;
  for (const o of f.recipients) {
    const route = channelOf(o, deps.available);
    if (!route) {
      unreachable++;
      await countOutcome(deps.store, deps.queues, deps.available, f.reportId, "unreachable", { id: o.id, label: `${o.fullName} (${o.unit})` });
      continue;
    }
    const list = rows.get(route.channel) ?? [];
    rows.set(route.channel, list);
    list.push({ name: "message", data: { type: "message", o: o.id, report: f.reportId, ...f.render(o) }, opts: { jobId: `${f.reportId}~${o.id}`.replace(/:/g, "_"), delay } });
  }
  let queued = 0;
  for (const [channel, list] of rows) {
    const q = deps.queues.get(channel);
    for (let i = 0; i < list.length; i += BULK) await q.addBulk(list.slice(i, i + BULK));
    queued += list.length;
  }
  const route = channelOf(f.admin, deps.available);
  if (route) {
    await deps.queues.get(route.channel).add("report", { type: "report", id: f.reportId }, { jobId: `repdl~${f.reportId}`.replace(/:/g, "_"), delay: delay + REPORT_WAIT_MS });
  }
  return { queued, unreachable };
}
