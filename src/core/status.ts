/** Task status rules: the four buckets of official reports, from an assignment and today's date. */
import type { Assignment, Bucket } from "./model.ts";

/**
 * on_time: done on or before the deadline (or done, with no deadline); late: done after it;
 * open_overdue: open and today is after the deadline; open_in_time: open otherwise.
 * `today` and the local date of doneAt are in the province's time zone.
 */
export function bucketOf(a: Pick<Assignment, "status" | "deadline" | "doneAt">, today: string, doneDay: string | null): Bucket {
  if (a.status === "done") return a.deadline && doneDay && doneDay > a.deadline ? "late" : "on_time";
  return a.deadline && today > a.deadline ? "open_overdue" : "open_in_time";
}

/** Calendar days from today to the deadline: 3 = three days left, -2 = two days overdue. */
export function daysLeft(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
