/**
 * One numbered task as every message shows it, so reminders, prompts and lists look alike:
 *   1. Hoàn thành báo cáo CCHC quý II
 *      Khẩn · Hạn 30/06/2026 (còn 3 ngày) · Đạt 50% · Trong hạn
 */
import type { Priority, Recurrence } from "../core/directive/types.ts";
import type { Bucket } from "../core/model.ts";
import type { Locale } from "./catalogue.ts";
import { daysPhrase, formatIsoDate } from "./dates.ts";
import { t } from "./translate.ts";

/** The four buckets of official reports (core/model Bucket); status.<bucket> names each one. */
export type TaskStatus = Bucket;

export interface TaskLineInput {
  /** The number the leader types back ("1 xong"). */
  number: number;
  /** Short task text (Task.summary). */
  summary: string;
  /** Deadline as YYYY-MM-DD, or null/absent for undated tasks. */
  deadline?: string | null;
  /** Calendar days from today to the deadline, negative when overdue; the caller computes it from its clock. */
  daysLeft?: number | null;
  recurrence?: Recurrence | null;
  /** Default "normal", which is not shown. */
  priority?: Priority;
  /** Last reported progress, 0–100. */
  percent?: number | null;
  status?: TaskStatus | null;
  /** Who it is assigned to, already rendered ("Nguyễn Văn A (Sở Tài chính)"), for admin lists. */
  assignee?: string | null;
}

/** Indent of the details line, so it sits under the summary on a phone screen. */
const DETAIL_INDENT = "   ";
const SEPARATOR = " · ";

/** "1. Summary\n   details": the details line is left out when there is nothing to say. */
export function formatTaskLine(task: TaskLineInput, locale: Locale): string {
  const details: string[] = [];
  if (task.priority === "urgent") details.push(t(locale, "priority.urgent"));
  if (task.deadline) {
    const deadline = formatIsoDate(task.deadline, locale);
    details.push(
      task.daysLeft === undefined || task.daysLeft === null
        ? t(locale, "task.deadline_plain", { deadline })
        : t(locale, "task.deadline", { deadline, days: daysPhrase(task.daysLeft, locale) }),
    );
  }
  if (task.recurrence) {
    details.push(t(locale, "task.recurring", { recurrence: t(locale, `recurrence.${task.recurrence}`) }));
  }
  if (!task.deadline && !task.recurrence) details.push(t(locale, "task.no_deadline"));
  if (task.percent !== undefined && task.percent !== null) details.push(t(locale, "task.progress", { percent: task.percent }));
  if (task.status) details.push(t(locale, `status.${task.status}`));
  if (task.assignee) details.push(task.assignee);
  const head = `${task.number}. ${task.summary.trim()}`;
  return details.length ? `${head}\n${DETAIL_INDENT}${details.join(SEPARATOR)}` : head;
}

/** Several tasks, one block each, in the order given: the {tasks} placeholder of prompts and lists. */
export function formatTaskList(tasks: readonly TaskLineInput[], locale: Locale): string {
  return tasks.map((task) => formatTaskLine(task, locale)).join("\n");
}
