/** What an admin must check about a task before confirming it (TaskFlag in types.ts). */
import { fold } from "../text/fold.ts";
import { MAX_UNIT_CHARS, UNIT_FORM } from "./grammar-reports.ts";
import type { TaskFlag } from "./types.ts";

/** The assignee reads as a unit or role the roster knows the form of: "Sở Tài chính", "Chủ tịch UBND các xã", "các sở, ban, ngành". */
export function isUnitForm(assignee: string): boolean {
  return assignee.length <= MAX_UNIT_CHARS && UNIT_FORM.test(fold(assignee));
}

export interface FlagFacts {
  assignees: readonly string[];
  /** The deadline came from what introduces the task, a shared sentence or the list's year, not its own words. */
  deadlineInherited: boolean;
  yearGuessed: boolean;
}

/** The flags of a task, in TASK_FLAGS order. */
export function taskFlags(f: FlagFacts): TaskFlag[] {
  const flags: TaskFlag[] = [];
  if (!f.assignees.length) flags.push("no_assignee");
  else if (!f.assignees.every(isUnitForm)) flags.push("assignee_not_unit");
  if (f.deadlineInherited) flags.push("deadline_inferred");
  if (f.yearGuessed) flags.push("year_guessed");
  return flags;
}
