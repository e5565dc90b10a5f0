/**
 * The report indexes: which assignments are open (all, and per official, each scored by its deadline)
 * and how many each official has done on time and late. The store's scripts keep them in the same
 * atomic step as every status change; this file says what they should hold for an assignment, reads
 * them, and rebuilds or checks them against the records (`npm run cli -- reindex [--check]`).
 *
 * Counters are per official, not per unit: a unit's figures are its officials' sums at report time,
 * so a roster re-import that moves an official or renames a unit moves their figures with them, as
 * the report always did.
 */
import type { Redis } from "ioredis";
import { localDate } from "../core/calendar/time-zone.ts";
import type { Assignment } from "../core/model.ts";
import { bucketOf } from "../core/status.ts";
import type { Keys } from "./keys.ts";

/** The deadline score of an open assignment without a deadline: after every date. */
export const NO_DEADLINE_SCORE = 99_991_231;

export type DoneBucket = "on_time" | "late";

/** A date as the number an index scores it with: "2026-12-15" → 20261215. */
export function dayScore(day: string): number {
  return Number(day.replace(/-/g, ""));
}

/** An open assignment's score in the open indexes, or null when it is done. */
export function openScore(a: Pick<Assignment, "status" | "deadline">): number | null {
  if (a.status !== "open") return null;
  return a.deadline ? dayScore(a.deadline) : NO_DEADLINE_SCORE;
}

/** A done assignment's bucket (on time or late, in the province's time zone), or null when it is open. */
export function doneBucket(a: Pick<Assignment, "status" | "deadline" | "doneAt">, timeZone: string): DoneBucket | null {
  if (a.status !== "done") return null;
  return bucketOf(a, "", a.doneAt ? localDate(new Date(a.doneAt), timeZone) : null) === "late" ? "late" : "on_time";
}

/** The index keys of one official, in the order the scripts take them. */
export function indexKeys(k: Keys, officialId: string): string[] {
  return [k.openByDeadline, k.openOf(officialId), k.doneCountsOf(officialId), k.assignees];
}

/** The index arguments of a change from `before` (null: a new assignment) to `after`, in the order the scripts take them. */
export function indexArgs(before: Assignment | null, after: Assignment, timeZone: string): string[] {
  const score = openScore(after);
  return [after.id, after.officialId, score === null ? "" : String(score), before ? doneBucket(before, timeZone) ?? "" : "", doneBucket(after, timeZone) ?? ""];
}

/** What one official's figures are, as the indexes hold them on `today`. */
export interface OfficialCounts {
  officialId: string;
  on_time: number;
  late: number;
  open_in_time: number;
  open_overdue: number;
}

/** Every assignee's four figures on `today`: one pipeline of four reads per official, whatever the number of assignments. */
export async function countsByOfficial(redis: Redis, k: Keys, today: string): Promise<OfficialCounts[]> {
  const ids = (await redis.smembers(k.assignees)).sort();
  if (!ids.length) return [];
  const p = redis.pipeline();
  for (const id of ids) p.hmget(k.doneCountsOf(id), "on_time", "late").zcard(k.openOf(id)).zcount(k.openOf(id), "-inf", `(${dayScore(today)}`);
  const res = (await p.exec()) ?? [];
  const at = (i: number): unknown => {
    const [err, v] = res[i] ?? [null, null];
    if (err) throw err;
    return v;
  };
  return ids.map((officialId, i) => {
    const [onTime, late] = (at(i * 3) as Array<string | null>).map((v) => Number(v ?? 0));
    const open = Number(at(i * 3 + 1));
    const overdue = Number(at(i * 3 + 2));
    return { officialId, on_time: onTime!, late: late!, open_in_time: open - overdue, open_overdue: overdue };
  });
}

/** Open assignments whose deadline is before `today`, oldest deadline first; the first `limit` only when given. */
export async function overdueIds(redis: Redis, k: Keys, today: string, limit?: number): Promise<string[]> {
  return limit === undefined ? redis.zrangebyscore(k.openByDeadline, "-inf", `(${dayScore(today)}`)
    : redis.zrangebyscore(k.openByDeadline, "-inf", `(${dayScore(today)}`, "LIMIT", 0, limit);
}

/** How many open assignments are overdue on `today`: one ZCOUNT. */
export async function overdueCount(redis: Redis, k: Keys, today: string): Promise<number> {
  return redis.zcount(k.openByDeadline, "-inf", `(${dayScore(today)}`);
}

/** Assignments read per round trip while walking the records. */
const CHUNK = 1_000;

/** Walks every assignment record in chunks (SSCAN, then MGET): memory stays one chunk, whatever the number. */
export async function* assignmentChunks(redis: Redis, k: Keys, read: (ids: string[]) => Promise<Assignment[]>): AsyncGenerator<Assignment[]> {
  let cursor = "0";
  do {
    const [next, ids] = await redis.sscan(k.assignments, cursor, "COUNT", CHUNK);
    cursor = next;
    if (ids.length) yield await read(ids);
  } while (cursor !== "0");
}

/** What the indexes should hold, counted from the records. */
interface Expected {
  open: Map<string, { officialId: string; score: number }>;
  done: Map<string, Record<DoneBucket, number>>;
  assignees: Set<string>;
}

async function expected(redis: Redis, k: Keys, read: (ids: string[]) => Promise<Assignment[]>, timeZone: string): Promise<Expected> {
  const e: Expected = { open: new Map(), done: new Map(), assignees: new Set() };
  for await (const chunk of assignmentChunks(redis, k, read)) {
    for (const a of chunk) {
      e.assignees.add(a.officialId);
      const score = openScore(a);
      if (score !== null) e.open.set(a.id, { officialId: a.officialId, score });
      const b = doneBucket(a, timeZone);
      if (b) {
        const c = e.done.get(a.officialId) ?? { on_time: 0, late: 0 };
        c[b]++;
        e.done.set(a.officialId, c);
      }
    }
  }
  return e;
}

export interface ReindexReport {
  assignments: number;
  open: number;
  officials: number;
  /** Where the indexes disagree with the records (empty: they agree). Written for the operator, in Vietnamese. */
  problems: string[];
}

/**
 * Compares the indexes with the records (`check`), or rebuilds them from the records. A rebuild
 * rewrites each official's keys in one MULTI; a status change racing it is re-applied by the next
 * rebuild, so run it when the service is quiet, and `--check` after.
 */
export async function reindex(redis: Redis, k: Keys, read: (ids: string[]) => Promise<Assignment[]>, timeZone: string, check: boolean): Promise<ReindexReport> {
  const e = await expected(redis, k, read, timeZone);
  const officials = new Set([...e.assignees, ...(await redis.smembers(k.assignees))]);
  const count = (await redis.scard(k.assignments));
  const report: ReindexReport = { assignments: count, open: e.open.size, officials: e.assignees.size, problems: [] };
  const openOf = new Map<string, Array<[string, number]>>();
  for (const [id, { officialId, score }] of e.open) {
    const list = openOf.get(officialId) ?? [];
    list.push([id, score]);
    openOf.set(officialId, list);
  }
  if (check) {
    report.problems.push(...diffZset("mở (theo hạn)", await readZset(redis, k.openByDeadline), new Map([...e.open].map(([id, v]) => [id, v.score]))));
    const stored = new Set(await redis.smembers(k.assignees));
    for (const id of e.assignees) if (!stored.has(id)) report.problems.push(`cán bộ ${id}: thiếu trong danh sách người được giao`);
    for (const id of officials) {
      report.problems.push(...diffZset(`mở của ${id}`, await readZset(redis, k.openOf(id)), new Map(openOf.get(id) ?? [])));
      const want = e.done.get(id) ?? { on_time: 0, late: 0 };
      const [onTime, late] = (await redis.hmget(k.doneCountsOf(id), "on_time", "late")).map((v) => Number(v ?? 0));
      if (onTime !== want.on_time) report.problems.push(`cán bộ ${id}: đúng hạn ghi ${onTime}, đếm được ${want.on_time}`);
      if (late !== want.late) report.problems.push(`cán bộ ${id}: hoàn thành quá hạn ghi ${late}, đếm được ${want.late}`);
    }
    return report;
  }
  const tmp = `${k.openByDeadline}:rebuild`;
  await redis.del(tmp);
  const all = [...e.open];
  for (let i = 0; i < all.length; i += CHUNK) {
    await redis.zadd(tmp, ...all.slice(i, i + CHUNK).flatMap(([id, v]) => [v.score, id]));
  }
  const m = redis.multi();
  if (all.length) m.rename(tmp, k.openByDeadline); else m.del(k.openByDeadline);
  m.del(k.assignees);
  if (e.assignees.size) m.sadd(k.assignees, ...e.assignees);
  await m.exec();
  for (const id of officials) {
    const mine = openOf.get(id) ?? [];
    const want = e.done.get(id) ?? { on_time: 0, late: 0 };
    const om = redis.multi().del(k.openOf(id), k.doneCountsOf(id));
    if (mine.length) om.zadd(k.openOf(id), ...mine.flatMap(([aid, score]) => [score, aid]));
    if (e.assignees.has(id)) om.hset(k.doneCountsOf(id), "on_time", want.on_time, "late", want.late);
    await om.exec();
  }
  return report;
}

async function readZset(redis: Redis, key: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  let cursor = "0";
  do {
    const [next, flat] = await redis.zscan(key, cursor, "COUNT", CHUNK);
    cursor = next;
    for (let i = 0; i + 1 < flat.length; i += 2) out.set(flat[i]!, Number(flat[i + 1]));
  } while (cursor !== "0");
  return out;
}

/** The first few differences between an index and what the records say it should hold. */
function diffZset(name: string, stored: Map<string, number>, want: Map<string, number>): string[] {
  const missing = [...want.keys()].filter((id) => !stored.has(id));
  const extra = [...stored.keys()].filter((id) => !want.has(id));
  const moved = [...want].filter(([id, s]) => stored.has(id) && stored.get(id) !== s).map(([id]) => id);
  const out: string[] = [];
  if (missing.length) out.push(`${name}: thiếu ${missing.length} (${missing.slice(0, 3).join(", ")})`);
  if (extra.length) out.push(`${name}: thừa ${extra.length} (${extra.slice(0, 3).join(", ")})`);
  if (moved.length) out.push(`${name}: sai hạn ${moved.length} (${moved.slice(0, 3).join(", ")})`);
  return out;
}

/** Walks the open assignments' ids in chunks (ZSCAN of the deadline index): what the daily job streams. */
export async function* openIdChunks(redis: Redis, k: Keys, count = CHUNK): AsyncGenerator<string[]> {
  let cursor = "0";
  do {
    const [next, flat] = await redis.zscan(k.openByDeadline, cursor, "COUNT", count);
    cursor = next;
    const ids = flat.filter((_, i) => i % 2 === 0);
    if (ids.length) yield ids;
  } while (cursor !== "0");
}

/**
 * Builds the indexes once for a store written before they existed (records, but no assignees set).
 * Returns true when it built them.
 */
export async function ensureIndexes(redis: Redis, k: Keys, read: (ids: string[]) => Promise<Assignment[]>, timeZone: string): Promise<boolean> {
  if ((await redis.exists(k.assignees)) || !(await redis.exists(k.assignments))) return false;
  await reindex(redis, k, read, timeZone, false);
  return true;
}
