/**
 * "Send the next reminders now": the sandbox cannot wait days for a reminder, so it promotes the
 * delayed delivery jobs of one official planned for their next reminder day. The jobs then run as
 * they would have on that day — same processor, same checks, same rendering — only earlier.
 */
import type { Job, Queue } from "bullmq";
import { localDate } from "../../core/calendar/time-zone.ts";
import type { Store } from "../../store/store.ts";

export interface Promoted {
  count: number;
  /** Local day the promoted jobs were planned for, or null when nothing was planned. */
  day: string | null;
}

/** Delayed jobs looked at per call: far more than a sandbox roster plans. */
const SCAN = 20_000;

export async function promoteNextReminders(queue: Queue, store: Store, officialId: string, timeZone: string): Promise<Promoted> {
  const mine = new Set((await store.assignmentsOf(officialId)).map((a) => a.id));
  const delayed = await queue.getDelayed(0, SCAN - 1);
  const theirs = delayed.filter((j: Job) => {
    const d = j.data as { a?: unknown; o?: unknown };
    return (typeof d.a === "string" && mine.has(d.a)) || d.o === officialId;
  });
  if (!theirs.length) return { count: 0, day: null };
  const at = (j: Job) => j.timestamp + (j.delay ?? 0);
  const first = Math.min(...theirs.map(at));
  const day = localDate(new Date(first), timeZone);
  const due = theirs.filter((j) => localDate(new Date(at(j)), timeZone) === day).sort((a, b) => at(a) - at(b));
  let count = 0;
  for (const j of due) {
    // Another click, or the job's own time, may have moved it already.
    if (await j.promote().then(() => true, () => false)) count++;
  }
  return { count, day };
}
