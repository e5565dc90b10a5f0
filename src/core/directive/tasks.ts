/** One block → one task: its assignment, deadline, rhythm, urgency and references. */
import { leadFromHeading, readAssignment, type Assignment } from "./assignees.ts";
import { findDeadlines, pickDeadline, type DateContext } from "./dates.ts";
import { taskFlags } from "./flags.ts";
import { EACH_FORMS, RECURRENCE_WORDS, REGULAR_WORD, URGENT_EXACT, URGENT_FOLDED } from "./grammar.ts";
import { findReferences } from "./references.ts";
import type { Recurrence, Task } from "./types.ts";

/** What a task inherits from the headings and paragraphs that introduce it. */
export interface Inherited {
  assignment: Assignment | null;
  deadline: InheritedDeadline | null;
}

/** A deadline stated by a heading, a shared sentence or the list's year. */
export interface InheritedDeadline {
  date: string;
  text: string;
  /** Written without a year ("Thời hạn: trước 15/11"). */
  yearGuessed?: boolean;
}

/** The task's rhythm. With `orig`, "mới năm 2019" (new, folded "moi nam") is not "mỗi năm" (each year). */
export function readRecurrence(folded: string, orig?: string): Recurrence | null {
  for (const [re, r] of RECURRENCE_WORDS) {
    const m = re.exec(folded);
    if (!m) continue;
    const each = /\bmoi\s/.exec(m[0]);
    if (orig && each) {
      const at = m.index + each.index;
      const word = orig.slice(at, at + 3).toLowerCase();
      if (!EACH_FORMS.includes(word) && /[^\x00-\x7f]/.test(word)) continue;
    }
    return r;
  }
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

/** `own` is the task's own assignment when the caller has read it already (undefined: read it here). */
export function buildTask(
  code: string, orig: string, folded: string, ctx: DateContext, inherited: Inherited, ownNumber: string | null, own = readAssignment(orig, folded),
): Task {
  const heading = inherited.assignment;
  const assignment = own ?? (heading ? leadFromHeading(orig, folded, heading) ?? heading : null);
  const ownDeadline = pickDeadline(findDeadlines(orig, folded, ctx));
  const deadline = ownDeadline ?? inherited.deadline;
  const assignees = assignment ? [...assignment.assignees] : [];
  return {
    code,
    text: orig,
    summary: summarize(orig),
    assignees,
    lead: assignment?.lead ?? null,
    partners: assignment ? [...assignment.partners] : [],
    deadline: deadline?.date ?? null,
    deadlineText: deadline?.text ?? null,
    recurrence: readRecurrence(folded, orig),
    priority: isUrgent(orig, folded) ? "urgent" : "normal",
    references: findReferences(orig, folded).filter((r) => r.number !== ownNumber).map(({ number, date }) => ({ number, date })),
    flags: taskFlags({ assignees, deadlineInherited: !ownDeadline && !!deadline, yearGuessed: !!deadline?.yearGuessed }),
  };
}
