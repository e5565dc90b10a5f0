/**
 * Import a parsed notice: save it once, resolve its assignee roles against the roster, create one
 * assignment per task and official, and queue their reminders. Importing the same notice again
 * creates nothing and queues nothing new.
 */
import type { ChannelName } from "../channels/port.ts";
import { addDays } from "../core/calendar/iso-date.ts";
import { localDate } from "../core/calendar/time-zone.ts";
import { newAssignment } from "../core/assign.ts";
import type { Directive } from "../core/directive/types.ts";
import type { Official } from "../core/model.ts";
import { resolveAssignees } from "../core/roster/resolve.ts";
import type { StoredDirective } from "../store/schemas.ts";
import type { Actor } from "../store/store.ts";
import { HORIZON_DAYS, scheduleReminders, type ScheduleDeps, type ScheduleItem } from "../../jobs/schedule.ts";

/** How far ahead a task's next reminder is looked for; a daily run queues those that come into it. Default 92 days. */
export { HORIZON_DAYS };

export interface ImportResult {
  directive: StoredDirective;
  /** False when the notice had been imported before: nothing was created or queued. */
  created: boolean;
  byTask: Array<{ code: string; summary: string; officials: Official[]; groups: Array<{ assignee: string; count: number }> }>;
  /** Roles that reached nobody, per task: for the admins, never dropped. */
  unresolved: Array<{ task: string; assignee: string }>;
  assignments: number;
  reminders: number;
  /** Officials with no chat bound on any available channel: they get nothing until they register. */
  unreachable: Official[];
}

export interface ImportDeps extends ScheduleDeps {
  available: ReadonlySet<ChannelName>;
}

/** What an import would do, without writing anything: the preview an admin confirms. */
export function previewImport(directive: Directive, roster: readonly Official[], aliases: Record<string, string> = {}): Pick<ImportResult, "byTask" | "unresolved"> {
  const byTask: ImportResult["byTask"] = [];
  const unresolved: ImportResult["unresolved"] = [];
  for (const t of directive.tasks) {
    if (!t.assignees.length) unresolved.push({ task: t.code, assignee: "(văn bản không nêu chủ thể thực hiện)" });
    const r = resolveAssignees(t.assignees, roster, aliases);
    // A unit reached whose head post is empty (only a deputy in charge) is named, also when the
    // rest of its group ("Giám đốc các sở") was reached.
    const vacantRoles = new Set(r.headless.map((h) => h.assignee));
    for (const a of r.unresolved) if (!vacantRoles.has(a)) unresolved.push({ task: t.code, assignee: a });
    for (const h of r.headless) unresolved.push({ task: t.code, assignee: `${h.assignee} — ${h.unit}: chưa có người đứng đầu trong danh sách` });
    const officials = r.byAssignee.flatMap((b) => b.officials).filter((o, i, all) => all.findIndex((x) => x.id === o.id) === i);
    byTask.push({ code: t.code, summary: t.summary, officials, groups: r.byAssignee.map((b) => ({ assignee: b.assignee, count: b.officials.length })) });
  }
  return { byTask, unresolved };
}

export interface ImportOptions {
  aliases?: Record<string, string>;
  horizonDays?: number;
  /**
   * Mark the import finished when its assignments and reminders are in. Default true; a caller that
   * does more afterwards (the chat's announcement) marks it itself, so a crash before that is
   * finished by the retry rather than taken for a duplicate.
   */
  markComplete?: boolean;
  /**
   * Recipients chosen by an admin (the console's review), task code → official ids: they replace
   * what the task's roles resolve to. Tasks not listed are resolved as usual. Default none.
   */
  recipients?: Record<string, string[]>;
}

export async function importNotice(deps: ImportDeps, directive: Directive, actor: Actor, opts: ImportOptions = {}): Promise<ImportResult> {
  const now = deps.clock();
  // Officials a roster re-import left out keep their open tasks but get no new ones.
  const roster = (await deps.store.listOfficials()).filter((o) => o.active !== false);
  const preview = previewImport(directive, roster, opts.aliases);
  const { byTask, unresolved } = opts.recipients ? chosenRecipients(preview, opts.recipients, roster) : preview;
  const saved = await deps.store.saveDirective(directive, actor.who, now);
  if (!saved.created) {
    return { directive: saved.directive, created: false, byTask, unresolved, assignments: 0, reminders: 0, unreachable: [] };
  }
  const items: ScheduleItem[] = [];
  for (const [i, task] of saved.tasks.entries()) {
    for (const official of byTask[i]!.officials) items.push({ assignment: newAssignment(task, official.id, now), task, official });
  }
  const created = new Set((await deps.store.createAssignments(items.map((i) => i.assignment), now)).map((a) => a.id));
  const until = addDays(localDate(now, deps.calendar.timeZone), opts.horizonDays ?? HORIZON_DAYS);
  // An import cut short (its directive not yet complete) may have created assignments whose
  // reminders it never queued: queue every open one. Job ids are deterministic, so nothing doubles.
  const stored = new Map((await deps.store.getAssignments(items.map((i) => i.assignment.id))).map((a) => [a.id, a]));
  const toSchedule = items.flatMap((i) => {
    const a = stored.get(i.assignment.id);
    return a && a.status === "open" ? [{ ...i, assignment: a }] : [];
  });
  const { jobs, unreachable } = await scheduleReminders(deps, toSchedule, until, deps.available);
  if (opts.markComplete !== false) await deps.store.completeDirective(saved.directive.id);
  await deps.store.audit({
    at: now.toISOString(), who: actor.who, channel: actor.channel, text: actor.text, target: saved.directive.id, action: "import",
    from: null, to: `${saved.tasks.length} nhiệm vụ, ${created.size} lượt giao, ${jobs} lời nhắc`,
  });
  const uniqueUnreachable = unreachable.filter((o, i, all) => all.findIndex((x) => x.id === o.id) === i);
  return { directive: saved.directive, created: true, byTask, unresolved, assignments: created.size, reminders: jobs, unreachable: uniqueUnreachable };
}

/** The preview with the admin's choice of officials for the tasks they chose for; a chosen task has no unresolved roles left. */
function chosenRecipients(p: Pick<ImportResult, "byTask" | "unresolved">, chosen: Record<string, string[]>, roster: readonly Official[]): Pick<ImportResult, "byTask" | "unresolved"> {
  const byId = new Map(roster.map((o) => [o.id, o]));
  const byTask = p.byTask.map((t) => {
    const ids = chosen[t.code];
    if (!ids) return t;
    const officials = [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
    return { ...t, officials, groups: [{ assignee: "(chọn trên trang quản trị)", count: officials.length }] };
  });
  const unresolved = p.unresolved.filter((u) => !chosen[u.task]?.length);
  for (const t of byTask) if (chosen[t.code] && !t.officials.length) unresolved.push({ task: t.code, assignee: "(chưa chọn người thực hiện)" });
  return { byTask, unresolved };
}
