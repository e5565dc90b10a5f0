/**
 * Undo. Every status change a leader (or an admin) makes is recorded with what it replaced; the
 * acknowledgement carries a "Hoàn tác" button and names /hoantac. Within one working day the change
 * can be taken back: the task, its reminders and so its report buckets return to what they were,
 * and the undo is audited like any change. Only the one who made the change, or an admin, may undo
 * it, and only while nothing else has changed the task since.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { addDays } from "../core/calendar/iso-date.ts";
import { atLocalTime, localDate, localMinuteOfDay } from "../core/calendar/time-zone.ts";
import { nextWorkingDay } from "../core/calendar/working-days.ts";
import type { Assignment, Official } from "../core/model.ts";
import { formatDateTime, formatTaskLine, t } from "../i18n/index.ts";
import { readJson } from "../store/schemas.ts";
import type { Actor } from "../store/store.ts";
import { cancelReminders, scheduleReminders } from "../../jobs/schedule.ts";
import { taskLine } from "../../jobs/render.ts";
import { notify, type AppDeps } from "./deps.ts";
import { HORIZON_DAYS } from "./import-notice.ts";

/** The fields a status change may touch, as they were before it. */
const RestorableSchema = z.object({
  status: z.enum(["open", "done"]),
  deadline: z.string().nullable(),
  progress: z.number().nullable(),
  blocker: z.string().nullable(),
  doneAt: z.string().nullable(),
});

const UndoSchema = z.object({
  id: z.string(),
  assignmentId: z.string(),
  /** Who made the change. */
  by: z.string(),
  action: z.string(),
  before: RestorableSchema,
  /** The assignment's version right after the change: undo applies only if nothing changed since. */
  version: z.number(),
  at: z.string(),
  /** Epoch ms: one working day after the change. */
  expiresAt: z.number(),
});
export type UndoRecord = z.infer<typeof UndoSchema>;

/** Undo records live a week; the working-day rule decides, the TTL only cleans up. */
const UNDO_TTL_SECONDS = 7 * 86_400;
const undoKey = (deps: AppDeps, id: string) => `${deps.store.prefix}undo:${id}`;
const recentKey = (deps: AppDeps, officialId: string) => `${deps.store.prefix}undo-of:${officialId}`;

/** The same time of day on the next working day: "within one working day". */
export function undoDeadline(deps: Pick<AppDeps, "calendar">, at: Date): Date {
  const tz = deps.calendar.timeZone;
  return atLocalTime(nextWorkingDay(deps.calendar, localDate(at, tz)), localMinuteOfDay(at, tz), tz);
}

/** Records what a change replaced; returns the id the "Hoàn tác" button carries. */
export async function recordUndo(deps: AppDeps, by: Official, action: string, change: { before: Assignment; after: Assignment }, now: Date): Promise<string> {
  const { status, deadline, progress, blocker, doneAt } = change.before;
  const rec: UndoRecord = {
    id: randomBytes(6).toString("base64url"), assignmentId: change.after.id, by: by.id, action,
    before: { status, deadline, progress, blocker, doneAt }, version: change.after.version, at: now.toISOString(), expiresAt: undoDeadline(deps, now).getTime(),
  };
  await deps.store.redis.multi()
    .set(undoKey(deps, rec.id), JSON.stringify(rec), "EX", UNDO_TTL_SECONDS)
    .lpush(recentKey(deps, by.id), rec.id).ltrim(recentKey(deps, by.id), 0, 49).expire(recentKey(deps, by.id), UNDO_TTL_SECONDS)
    .exec();
  return rec.id;
}

/** The "Hoàn tác" button row for an acknowledgement; `number` names the task when several changed at once. */
export function undoButton(l: Official["locale"], id: string, number?: number): { label: string; data: string } {
  return { label: number === undefined ? t(l, "buttons.undo") : t(l, "buttons.undo_number", { number }), data: `u:${id}` };
}

async function getUndo(deps: AppDeps, id: string): Promise<UndoRecord | null> {
  return readJson(UndoSchema, await deps.store.redis.get(undoKey(deps, id)), undoKey(deps, id));
}

/** The newest change `me` may still undo, optionally only for their task `number`. */
async function latestUndo(deps: AppDeps, me: Official, number: number | null): Promise<UndoRecord | null> {
  for (const id of await deps.store.redis.lrange(recentKey(deps, me.id), 0, -1)) {
    const rec = await getUndo(deps, id);
    if (!rec || rec.expiresAt < deps.clock().getTime()) continue;
    if (number === null) return rec;
    const a = await deps.store.getAssignment(rec.assignmentId);
    if (a?.number === number && a.officialId === me.id) return rec;
  }
  return null;
}

/** Takes a change back (button `u:<id>`, or /hoantac [số]); answers in `me`'s words. */
export async function undoChange(deps: AppDeps, me: Official, ref: { id: string } | { number: number | null }, actor: Actor): Promise<string> {
  const l = me.locale;
  const now = deps.clock();
  const rec = "id" in ref ? await getUndo(deps, ref.id) : await latestUndo(deps, me, ref.number);
  if (!rec) return t(l, "undo.nothing");
  if (rec.by !== me.id && me.role !== "admin") return t(l, "error.not_allowed");
  if (rec.expiresAt < now.getTime()) return t(l, "undo.expired", { until: formatDateTime(new Date(rec.expiresAt), l) });
  let moved = false;
  const r = await deps.store.updateAssignment(rec.assignmentId, actor, `undo_${rec.action}`, (a) => {
    if (a.version !== rec.version) { moved = true; return null; }
    return { ...a, ...rec.before };
  }, now);
  if (!r) return t(l, "undo.nothing");
  if (moved) return t(l, "undo.changed_since");
  await deps.store.redis.del(undoKey(deps, rec.id));
  await replan(deps, r.before, r.after);
  return t(l, "undo.done", { task: await lineOf(deps, r.after, l) });
}

/**
 * Reopens a closed task (an admin's correction): open again, reminders back, the leader told.
 * `/molai <mã cán bộ> <số>`. The reopen itself can be undone like any change.
 */
export async function reopenTask(deps: AppDeps, admin: Official, officialId: string, number: number, actor: Actor): Promise<{ text: string; undoId?: string }> {
  const l = admin.locale;
  const a = await deps.store.assignmentByNumber(officialId, number);
  if (!a) return { text: t(l, "error.task_not_found", { number }) };
  if (a.status === "open") return { text: t(l, "undo.already_open", { task: await lineOf(deps, a, l) }) };
  const now = deps.clock();
  const r = await deps.store.updateAssignment(a.id, actor, "reopened", (x) => (x.status === "open" ? null : { ...x, status: "open", doneAt: null, progress: null }), now);
  if (!r || r.before.status === "open") return { text: t(l, "undo.already_open", { task: await lineOf(deps, a, l) }) };
  await replan(deps, r.before, r.after);
  const leader = await deps.store.getOfficial(officialId);
  if (leader) {
    await notify(deps, leader, { text: t(leader.locale, "undo.reopened_leader", { admin: admin.fullName, task: await lineOf(deps, r.after, leader.locale) }), refs: [a.id] }, `reopen~${a.id}~${r.after.version}`);
  }
  return { text: t(l, "undo.reopened_admin", { official: leader?.fullName ?? officialId, task: await lineOf(deps, r.after, l) }), undoId: await recordUndo(deps, admin, "reopened", r, now) };
}

/** Reminders follow the restored state: gone when it is done, re-planned when it is open again or its deadline moved. */
async function replan(deps: AppDeps, before: Assignment, after: Assignment): Promise<void> {
  if (after.status === "done") { await cancelReminders(deps, after.id, deps.available); return; }
  if (before.status === "open" && before.deadline === after.deadline) return;
  await cancelReminders(deps, after.id, deps.available);
  const [task, official] = await Promise.all([deps.store.getTask(after.taskId), deps.store.getOfficial(after.officialId)]);
  if (!task || !official) return;
  const today = localDate(deps.clock(), deps.calendar.timeZone);
  await scheduleReminders(deps, [{ assignment: after, task, official }], addDays(today, HORIZON_DAYS), deps.available);
}

async function lineOf(deps: AppDeps, a: Assignment, l: Official["locale"]): Promise<string> {
  const [task, official] = await Promise.all([deps.store.getTask(a.taskId), deps.store.getOfficial(a.officialId)]);
  if (!task || !official) return `${a.number}. ${a.taskCode}`;
  return formatTaskLine(taskLine({ number: a.number, assignment: a, task }, official, localDate(deps.clock(), deps.calendar.timeZone), deps.calendar.timeZone), l);
}
