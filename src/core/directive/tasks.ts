/** One block → one task: its assignment, deadline, rhythm, urgency and references. */
import { readAssignment, type Assignment } from "./assignees.ts";
import { findDeadlines, pickDeadline, type DateContext } from "./dates.ts";
import { RECURRENCE_WORDS, REGULAR_WORD, URGENT_EXACT, URGENT_FOLDED } from "./grammar.ts";
import { findReferences } from "./references.ts";
import type { Recurrence, Task } from "./types.ts";

/** What a task inherits from the headings and paragraphs that introduce it. */
export interface Inherited {
  assignment: Assignment | null;
  deadline: { date: string; text: string } | null;
}

export function readRecurrence(folded: string): Recurrence | null {
  for (const [re, r] of RECURRENCE_WORDS) if (re.test(folded)) return r;
  return REGULAR_WORD.test(folded) ? "regular" : null;
}

export function isUrgent(orig: string, folded: string): boolean {
  return URGENT_FOLDED.test(folded) || URGENT_EXACT.test(orig);
}

/** The first clause, cut at a word boundary near 120 characters. */
export function summarize(text: string, max = 120): string {
  const clause = /^(.{20,}?)(?:[;:](?:\s|$)|\.(?:\s|$)(?!\d))/u.exec(text);
  let s = clause ? clause[1]! : text;
  if (s.length > max) {
    const cut = s.lastIndexOf(" ", max - 1);
    s = `${s.slice(0, cut > 40 ? cut : max - 1).replace(/[\s,;:]+$/, "")}…`;
  }
  return s.replace(/[\s,;:.]+$/, "");
}

export function buildTask(code: string, orig: string, folded: string, ctx: DateContext, inherited: Inherited, ownNumber: string | null): Task {
  const own = readAssignment(orig, folded);
  const assignment = own ?? inherited.assignment;
  const deadline = pickDeadline(findDeadlines(orig, folded, ctx)) ?? inherited.deadline;
  return {
    code,
    text: orig,
    summary: summarize(orig),
    assignees: assignment ? [...assignment.assignees] : [],
    lead: assignment?.lead ?? null,
    partners: assignment ? [...assignment.partners] : [],
    deadline: deadline?.date ?? null,
    deadlineText: deadline?.text ?? null,
    recurrence: readRecurrence(folded),
    priority: isUrgent(orig, folded) ? "urgent" : "normal",
    references: findReferences(orig, folded).filter((r) => r.number !== ownNumber).map(({ number, date }) => ({ number, date })),
  };
}
