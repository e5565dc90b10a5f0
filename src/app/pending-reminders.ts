/**
 * The reminders still waiting to be sent for some assignments, soonest first: read through the
 * per-assignment job index the scheduler keeps (what cancelReminders removes), on each channel's queue.
 */
import { ReminderJobSchema } from "../../jobs/job-data.ts";
import type { AppDeps } from "./deps.ts";

export interface PendingReminder {
  assignmentId: string;
  kind: "before" | "due" | "overdue" | "prompt";
  at: Date;
  channel: string;
}

export async function pendingReminders(deps: AppDeps, assignmentIds: readonly string[]): Promise<PendingReminder[]> {
  const out: PendingReminder[] = [];
  for (const a of assignmentIds) {
    const ids = await deps.store.redis.smembers(deps.store.k.jobsOf(a));
    for (const channel of deps.available) {
      const q = deps.queues.get(channel);
      for (const id of ids) {
        const job = await q.getJob(id);
        if (!job) continue;
        const data = ReminderJobSchema.safeParse(job.data);
        const state = data.success ? await job.getState() : null;
        if (data.success && (state === "delayed" || state === "waiting" || state === "prioritized")) out.push({ assignmentId: a, kind: data.data.k, at: new Date(data.data.at), channel });
      }
    }
  }
  return out.sort((x, y) => x.at.getTime() - y.at.getTime());
}
