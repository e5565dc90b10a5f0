/**
 * The console's import review: a parsed notice kept as an editable draft (one day, like the chat's
 * preview), each task with the officials its roles resolve to. The admin edits text, deadline,
 * recurrence, priority and recipients, adds and deletes tasks, turns a skipped fragment into a
 * task, then confirms: the same import and announcement as Confirm in chat.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { addWorkingDays } from "../core/calendar/working-days.ts";
import { parseDirective } from "../core/directive/parse.ts";
import { TASK_FLAGS, type Directive, type Task } from "../core/directive/types.ts";
import type { Official } from "../core/model.ts";
import { readJson, StoredDirectiveSchema, TaskSchema } from "../store/schemas.ts";
import { importAndAnnounce } from "./admin.ts";
import type { AppDeps } from "./deps.ts";
import { previewImport } from "./import-notice.ts";

/** A draft is kept this long. Default 86_400 s, as the chat's preview. */
export const DRAFT_TTL_SECONDS = 86_400;
/** Characters of a summary made from a fragment turned into a task. */
const SUMMARY_CHARS = 120;

const DraftTaskSchema = TaskSchema.extend({
  flags: z.array(z.enum(TASK_FLAGS)),
  /** Who will get it: resolved from the roles, or chosen by the admin. */
  officials: z.array(z.string()),
  /** Roles that reached nobody in the roster. */
  unresolved: z.array(z.string()),
  /** True once the admin changed or added it (shown as such). */
  edited: z.boolean(),
});
export type DraftTask = z.infer<typeof DraftTaskSchema>;

export const DraftSchema = z.object({
  id: z.string(),
  by: z.string(),
  createdAt: z.string(),
  notice: StoredDirectiveSchema.shape.notice,
  tasks: z.array(DraftTaskSchema),
  skipped: z.array(z.object({ text: z.string(), reason: z.string(), line: z.number().nullable() })),
  /** How intake read the file, in the admin's language. */
  notes: z.array(z.string()),
});
export type Draft = z.infer<typeof DraftSchema>;

const key = (deps: AppDeps, id: string) => `${deps.store.prefix}console:draft:${id}`;

export type DraftResult = { ok: true; draft: Draft } | { ok: false; reason: string };

/** Parses a notice's text and keeps it as a draft for `admin`. */
export async function createDraft(deps: AppDeps, admin: Official, text: string, notes: string[] = []): Promise<DraftResult> {
  const cal = deps.calendar;
  const parsed = parseDirective(text, { workingDays: { addWorkingDays: (d, n) => addWorkingDays(cal, d, n) } });
  let d: Directive;
  if (parsed.ok) d = parsed.directive;
  else {
    const reason = parsed.issues.map((i) => i.message).join(" ");
    // No task found, but fragments read: a draft with none, so the admin sees each fragment and why, and can make one a task.
    if (parsed.issues[0]?.code !== "no_tasks" || !parsed.skipped?.length || !parsed.notice) return { ok: false, reason };
    d = { notice: parsed.notice, tasks: [], skipped: parsed.skipped };
    notes = [reason, ...notes];
  }
  const roster = (await deps.store.listOfficials()).filter((o) => o.active !== false);
  const p = previewImport(d, roster, deps.aliases);
  const draft: Draft = {
    id: randomBytes(9).toString("base64url"), by: admin.id, createdAt: deps.clock().toISOString(), notice: d.notice, notes,
    tasks: d.tasks.map((task, i) => ({
      ...task, officials: p.byTask[i]!.officials.map((o) => o.id), edited: false,
      unresolved: p.unresolved.filter((u) => u.task === task.code).map((u) => u.assignee),
    })),
    skipped: d.skipped,
  };
  await saveDraft(deps, draft);
  return { ok: true, draft };
}

export async function getDraft(deps: AppDeps, id: string): Promise<Draft | null> {
  if (!/^[A-Za-z0-9_-]{6,32}$/.test(id)) return null;
  return readJson(DraftSchema, await deps.store.redis.get(key(deps, id)), key(deps, id));
}

export async function saveDraft(deps: AppDeps, draft: Draft): Promise<void> {
  await deps.store.redis.set(key(deps, draft.id), JSON.stringify(DraftSchema.parse(draft)), "EX", DRAFT_TTL_SECONDS);
}

/** What the admin may change in a task from the table. */
export interface TaskEdit {
  summary?: string;
  text?: string;
  deadline?: string | null;
  recurrence?: Task["recurrence"];
  priority?: Task["priority"];
  officials?: string[];
}

export function editTask(draft: Draft, code: string, e: TaskEdit): Draft {
  return {
    ...draft,
    tasks: draft.tasks.map((t) => {
      if (t.code !== code) return t;
      // The same officials in another order (the form lists the roster's order) are no change.
      const sameOfficials = e.officials && e.officials.length === t.officials.length && e.officials.every((id) => t.officials.includes(id));
      const next: DraftTask = { ...t, ...Object.fromEntries(Object.entries(e).filter(([k, v]) => v !== undefined && !(k === "officials" && sameOfficials))) };
      const changed = JSON.stringify(next) !== JSON.stringify(t);
      if (!changed) return t;
      // A deadline the admin typed is no longer inferred; a recipient chosen answers "no assignee".
      const flags = next.flags.filter((f) => !(e.deadline !== undefined && e.deadline !== t.deadline && (f === "deadline_inferred" || f === "year_guessed"))
        && !(next.officials.length && f === "no_assignee"));
      return { ...next, flags, edited: true, deadlineText: e.deadline !== undefined && e.deadline !== t.deadline ? null : next.deadlineText };
    }),
  };
}

function nextCode(draft: Draft): string {
  const n = Math.max(0, ...draft.tasks.map((t) => Number(t.code.replace(/^\D+/, "")) || 0));
  return `T${n + 1}`;
}

function summaryOf(text: string): string {
  // The first sentence: a fragment's clauses (";") often name who before they say what.
  const first = text.split(/\.(?:\s|$)/)[0]!.trim();
  return first.length > SUMMARY_CHARS ? `${first.slice(0, SUMMARY_CHARS - 1).trimEnd()}…` : first;
}

/** A new task, from the admin's text or a skipped fragment; no one receives it until officials are chosen. */
export function addTask(draft: Draft, text: string): Draft {
  const clean = text.replace(/\s+/g, " ").trim();
  const task: DraftTask = {
    code: nextCode(draft), text: clean, summary: summaryOf(clean), assignees: [], lead: null, partners: [], deadline: null, deadlineText: null,
    recurrence: null, priority: "normal", references: [], flags: ["no_assignee"], officials: [], unresolved: [], edited: true,
  };
  return { ...draft, tasks: [...draft.tasks, task] };
}

export function deleteTask(draft: Draft, code: string): Draft {
  return { ...draft, tasks: draft.tasks.filter((t) => t.code !== code) };
}

/** Where a task's text splits in two: after its first sentence, or else at its first ";". */
const SPLIT_AT = [/\.\s+(?=\p{Lu})/u, /;\s*/];

/** Splits a task in two at its first sentence (or ";"): both keep its officials, deadline and recurrence; the second takes the next code. */
export function splitTask(draft: Draft, code: string): Draft {
  const i = draft.tasks.findIndex((t) => t.code === code);
  const task = draft.tasks[i];
  if (!task) return draft;
  for (const re of SPLIT_AT) {
    const m = re.exec(task.text);
    if (!m || m.index === 0 || m.index + m[0].length >= task.text.length) continue;
    const first = task.text.slice(0, m.index + (m[0].startsWith(".") ? 1 : 0)).trim();
    const second = task.text.slice(m.index + m[0].length).trim();
    const a: DraftTask = { ...task, text: first, summary: summaryOf(first), edited: true };
    const b: DraftTask = { ...task, code: nextCode(draft), text: second, summary: summaryOf(second), edited: true };
    return { ...draft, tasks: [...draft.tasks.slice(0, i), a, b, ...draft.tasks.slice(i + 1)] };
  }
  return draft;
}

/** Merges a task into the one above it: texts joined, officials together, the earlier deadline kept. */
export function mergeUp(draft: Draft, code: string): Draft {
  const i = draft.tasks.findIndex((t) => t.code === code);
  const above = draft.tasks[i - 1];
  const task = draft.tasks[i];
  if (!above || !task) return draft;
  const deadline = [above.deadline, task.deadline].filter((d): d is string => !!d).sort()[0] ?? null;
  const merged: DraftTask = {
    ...above, text: `${above.text} ${task.text}`, officials: [...new Set([...above.officials, ...task.officials])], deadline,
    deadlineText: deadline === above.deadline ? above.deadlineText : task.deadlineText, flags: [...new Set([...above.flags, ...task.flags])],
    unresolved: [...new Set([...above.unresolved, ...task.unresolved])], edited: true,
  };
  return { ...draft, tasks: [...draft.tasks.slice(0, i - 1), merged, ...draft.tasks.slice(i + 1)] };
}

/** The skipped fragment at `index` becomes a task (and leaves the skipped list). */
export function promoteSkipped(draft: Draft, index: number): Draft {
  const s = draft.skipped[index];
  if (!s) return draft;
  const added = addTask(draft, s.text);
  return { ...added, skipped: draft.skipped.filter((_, i) => i !== index) };
}

export type ConfirmOutcome = { outcome: "confirmed" | "duplicate"; text: string; directiveId: string; recipients: number } | { outcome: "empty" };

/** Confirm: the draft as edited is imported, scheduled and announced exactly as Confirm in chat does. */
export async function confirmDraft(deps: AppDeps, admin: Official, draft: Draft): Promise<ConfirmOutcome> {
  const tasks = draft.tasks.filter((t) => t.officials.length);
  if (!tasks.length) return { outcome: "empty" };
  const directive: Directive = {
    notice: draft.notice,
    tasks: tasks.map(({ officials: _o, unresolved: _u, edited: _e, ...t }) => t),
    skipped: draft.skipped.map((s) => ({ ...s, reason: s.reason as Directive["skipped"][number]["reason"] })),
  };
  const recipients = Object.fromEntries(tasks.map((t) => [t.code, t.officials]));
  const r = await importAndAnnounce(deps, admin, directive, { who: admin.id, channel: "console", text: `console import ${draft.id}` }, { recipients });
  if (r.created) {
    await deps.store.audit({
      at: deps.clock().toISOString(), who: admin.id, channel: "console", text: `console import ${draft.id}`, target: r.directiveId, action: "console_confirm",
      from: null, to: `${tasks.length} nhiệm vụ (${draft.tasks.filter((t) => t.edited).length} đã sửa)`,
    });
  }
  await deps.store.redis.del(key(deps, draft.id));
  return { outcome: r.created ? "confirmed" : "duplicate", text: r.text, directiveId: r.directiveId, recipients: r.recipients };
}
