/**
 * The console's lists: every assignment as a row (the whole task list export), and through the store's
 * indexes the overdue ones with days late (the deadline index), a directive's, a unit's officials' and an
 * official's: only the whole export reads every assignment.
 */
import { localDate } from "../core/calendar/time-zone.ts";
import type { Assignment, Bucket } from "../core/model.ts";
import type { StoredDirective } from "../store/schemas.ts";
import { bucketOf, daysLeft } from "../core/status.ts";
import { overdueIds } from "../store/indexes.ts";
import type { Store } from "../store/store.ts";

export interface TaskRow {
  assignmentId: string;
  directiveId: string;
  /** "147/TB-UBND", or "" when the notice has no number. */
  notice: string;
  noticeDate: string | null;
  taskCode: string;
  number: number;
  summary: string;
  officialId: string;
  official: string;
  title: string;
  unit: string;
  deadline: string | null;
  status: "open" | "done";
  bucket: Bucket;
  progress: number | null;
  /** Local day it was done, or null. */
  doneDay: string | null;
  /** Days past the deadline (open and overdue, or done late); 0 otherwise. */
  daysLate: number;
}

export async function taskRows(store: Store, now: Date, timeZone: string): Promise<TaskRow[]> {
  return rowsOf(store, await store.allAssignments(), now, timeZone);
}

/** The open assignments past their deadline, through the deadline index: as many reads as there are overdue tasks. */
export async function overdueTaskRows(store: Store, now: Date, timeZone: string): Promise<TaskRow[]> {
  const today = localDate(now, timeZone);
  return overdueRows(await rowsOf(store, await store.getAssignments(await overdueIds(store.redis, store.k, today)), now, timeZone));
}

/** A unit's assignments: those of the officials the roster places in it, through each one's index. */
export async function unitRows(store: Store, unit: string, now: Date, timeZone: string): Promise<TaskRow[]> {
  const officials = (await store.listOfficials()).filter((o) => o.unit === unit);
  const all = (await Promise.all(officials.map((o) => store.assignmentsOf(o.id, now)))).flat();
  return rowsOf(store, all, now, timeZone);
}

/** One directive's assignments, through the store's per-directive index. */
export async function directiveRows(store: Store, directiveId: string, now: Date, timeZone: string): Promise<TaskRow[]> {
  const rows = await rowsOf(store, await store.getAssignments(await store.redis.smembers(store.k.assignmentsOfDirective(directiveId))), now, timeZone);
  return rows.sort((x, y) => x.taskCode.localeCompare(y.taskCode, undefined, { numeric: true }) || x.unit.localeCompare(y.unit, "vi"));
}

/** One official's assignments, by their number. */
export async function officialRows(store: Store, officialId: string, now: Date, timeZone: string): Promise<TaskRow[]> {
  return (await rowsOf(store, await store.assignmentsOf(officialId, now), now, timeZone)).sort((x, y) => x.number - y.number);
}

/** The newest imported directives first. */
export async function recentDirectives(store: Store, count = 200): Promise<StoredDirective[]> {
  const ids = await store.redis.zrevrange(store.k.directives, 0, count - 1);
  return (await Promise.all(ids.map((id) => store.getDirective(id)))).filter((d): d is StoredDirective => !!d);
}

async function rowsOf(store: Store, all: Assignment[], now: Date, timeZone: string): Promise<TaskRow[]> {
  const today = localDate(now, timeZone);
  const officials = new Map((await store.listOfficials()).map((o) => [o.id, o]));
  const tasks = new Map((await store.getTasks([...new Set(all.map((a) => a.taskId))])).map((t) => [t.id, t]));
  const dirIds = [...new Set(all.map((a) => a.directiveId))];
  const directives = new Map((await Promise.all(dirIds.map((id) => store.getDirective(id)))).flatMap((d) => (d ? [[d.id, d] as const] : [])));
  const rows = all.map((a): TaskRow => {
    const o = officials.get(a.officialId);
    const d = directives.get(a.directiveId);
    const doneDay = a.doneAt ? localDate(new Date(a.doneAt), timeZone) : null;
    const bucket = bucketOf(a, today, doneDay);
    const late = a.deadline ? -daysLeft(a.deadline, bucket === "late" ? doneDay! : today) : 0;
    return {
      assignmentId: a.id, directiveId: a.directiveId, notice: d?.notice.number ?? "", noticeDate: d?.notice.date ?? null, taskCode: a.taskCode, number: a.number,
      summary: tasks.get(a.taskId)?.summary ?? a.taskCode, officialId: a.officialId, official: o?.fullName ?? a.officialId, title: o?.title ?? "", unit: o?.unit ?? "?",
      deadline: a.deadline, status: a.status, bucket, progress: a.progress, doneDay,
      daysLate: bucket === "open_overdue" || bucket === "late" ? Math.max(0, late) : 0,
    };
  });
  return rows.sort((x, y) => x.unit.localeCompare(y.unit, "vi") || x.official.localeCompare(y.official, "vi") || x.number - y.number);
}

/** Open assignments past their deadline, most days late first. */
export function overdueRows(rows: readonly TaskRow[]): TaskRow[] {
  return rows.filter((r) => r.bucket === "open_overdue").sort((a, b) => b.daysLate - a.daysLate || a.unit.localeCompare(b.unit, "vi"));
}
