/**
 * The Redis store: directives, tasks, the roster, chat bindings, per-official assignments and the
 * append-only audit log, all under one key prefix. Every status change is one Lua script that
 * checks the version it read, writes the new value and appends its audit entry atomically.
 */
import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import type { ChannelName } from "../channels/port.ts";
import type { Directive } from "../core/directive/types.ts";
import type { Assignment, Official } from "../core/model.ts";
import { archiveAudit, archivedMonths, monthOfId, readArchivedMonth, type ArchivedEntry } from "./audit-archive.ts";
import { indexArgs, indexKeys } from "./indexes.ts";
import { keys, safeId, type Keys } from "./keys.ts";
import { SendLedger } from "./sends.ts";
import { CAS_ASSIGNMENT, CREATE_ASSIGNMENT, HELD_OPEN, NUMBER_ASSIGNMENT } from "./scripts.ts";
import {
  AssignmentSchema, AuditEntrySchema, OfficialSchema, readJson, StoredDirectiveSchema, StoredTaskSchema,
  type AuditEntry, type StoredDirective, type StoredTask,
} from "./schemas.ts";

/** Who changed something, how, and the words that made them do it. */
export interface Actor {
  who: string;
  channel: string;
  text: string;
  /** The inbound message behind it ("telegram:1234"), when there is one: what it queues is keyed by it, so a retry queues nothing twice. */
  ref?: string;
}

export class ConflictError extends Error {
  override name = "ConflictError";
}

/** A stable id for a notice, so importing it twice finds the first import. */
export function directiveIdOf(d: Directive): string {
  const n = d.notice;
  const basis = n.number ? `${n.number}|${n.date ?? ""}|${n.issuer ?? ""}` : d.tasks.map((t) => t.text).join("\n");
  return createHash("sha256").update(basis).digest("hex").slice(0, 12);
}

export class Store {
  readonly k: Keys;
  /** Which messages were sent, are being sent, or may be sent again (see SendLedger). */
  readonly sends: SendLedger;

  /** The province's time zone: whether a task was done on time is decided in it. Default Asia/Ho_Chi_Minh. */
  readonly timeZone: string;
  /** Where archived audit entries are (DONDOC_AUDIT_DIR); none: all of them are in Redis. */
  readonly auditDir: string | null;

  constructor(readonly redis: Redis, readonly prefix: string, options: { sendLeaseMs?: number; timeZone?: string; auditDir?: string } = {}) {
    this.k = keys(prefix);
    this.sends = new SendLedger(redis, prefix, options.sendLeaseMs);
    this.timeZone = options.timeZone ?? "Asia/Ho_Chi_Minh";
    this.auditDir = options.auditDir ?? null;
    redis.defineCommand("dondocCasAssignment", { numberOfKeys: 8, lua: CAS_ASSIGNMENT });
    redis.defineCommand("dondocCreateAssignment", { numberOfKeys: 10, lua: CREATE_ASSIGNMENT });
    redis.defineCommand("dondocNumberAssignment", { numberOfKeys: 3, lua: NUMBER_ASSIGNMENT });
  }

  // ---------- Directives and tasks ----------

  /** Saves a parsed notice once: a second import of the same notice returns the first and creates nothing. */
  async saveDirective(d: Directive, by: string, now: Date): Promise<{ directive: StoredDirective; tasks: StoredTask[]; created: boolean }> {
    const id = directiveIdOf(d);
    const tasks: StoredTask[] = d.tasks.map((t) => ({ ...t, id: `${id}~${t.code}`, directiveId: id }));
    const stored: StoredDirective = { id, notice: d.notice, taskIds: tasks.map((t) => t.id), importedAt: now.toISOString(), importedBy: by };
    const created = (await this.redis.set(this.k.directive(id), JSON.stringify(stored), "NX")) === "OK";
    if (!created) {
      const existing = (await this.getDirective(id))!;
      if (existing.complete) return { directive: existing, tasks: await this.getTasks(existing.taskIds), created: false };
      // An earlier import stopped half-way: write the tasks again (same ids) and let the caller finish.
    }
    const m = this.redis.multi();
    for (const t of tasks) m.set(this.k.task(t.id), JSON.stringify(t));
    m.zadd(this.k.directives, "NX", now.getTime(), id);
    await m.exec();
    return { directive: created ? stored : (await this.getDirective(id))!, tasks, created: true };
  }

  /** Marks an import finished (assignments created, reminders queued). */
  async completeDirective(id: string): Promise<void> {
    const d = await this.getDirective(id);
    if (d && !d.complete) await this.redis.set(this.k.directive(id), JSON.stringify({ ...d, complete: true }));
  }

  async getDirective(id: string): Promise<StoredDirective | null> {
    return readJson(StoredDirectiveSchema, await this.redis.get(this.k.directive(id)), this.k.directive(id));
  }

  async getTasks(ids: string[]): Promise<StoredTask[]> {
    if (!ids.length) return [];
    const raw = await this.redis.mget(ids.map((id) => this.k.task(id)));
    return raw.map((r, i) => readJson(StoredTaskSchema, r, this.k.task(ids[i]!))).filter((t): t is StoredTask => t !== null);
  }

  async getTask(id: string): Promise<StoredTask | null> {
    return (await this.getTasks([id]))[0] ?? null;
  }

  // ---------- Officials and chat bindings ----------

  /** Upserts the roster; bindings follow each official's Telegram chat and Zalo user ids. */
  async saveOfficials(officials: Official[]): Promise<void> {
    const before = await this.getOfficials(officials.map((o) => o.id));
    const m = this.redis.multi();
    for (const [i, given] of officials.entries()) {
      const old = before[i];
      // A roster file knows no sandbox chat: an official saved without one keeps theirs.
      const o = given.webChatId === undefined && old?.webChatId ? { ...given, webChatId: old.webChatId } : given;
      if (old?.telegramChatId && old.telegramChatId !== o.telegramChatId) m.del(this.k.binding("telegram", old.telegramChatId));
      if (old?.zaloUserId && old.zaloUserId !== o.zaloUserId) m.del(this.k.binding("zalo", old.zaloUserId));
      if (old?.webChatId && old.webChatId !== o.webChatId) m.del(this.k.binding("web", old.webChatId));
      m.set(this.k.official(o.id), JSON.stringify(o));
      m.sadd(this.k.officials, o.id);
      if (o.telegramChatId) m.set(this.k.binding("telegram", o.telegramChatId), o.id);
      if (o.zaloUserId) m.set(this.k.binding("zalo", o.zaloUserId), o.id);
      if (o.webChatId) m.set(this.k.binding("web", o.webChatId), o.id);
    }
    await m.exec();
  }

  /** Deletes officials and their chat bindings (a roster re-import for those who left with no open task). */
  async removeOfficials(ids: string[]): Promise<void> {
    const list = (await this.getOfficials(ids)).filter((o): o is Official => o !== null);
    if (!list.length) return;
    const m = this.redis.multi();
    for (const o of list) {
      if (o.telegramChatId && (await this.redis.get(this.k.binding("telegram", o.telegramChatId))) === o.id) m.del(this.k.binding("telegram", o.telegramChatId));
      if (o.zaloUserId && (await this.redis.get(this.k.binding("zalo", o.zaloUserId))) === o.id) m.del(this.k.binding("zalo", o.zaloUserId));
      m.del(this.k.official(o.id)).srem(this.k.officials, o.id);
    }
    await m.exec();
  }

  async getOfficials(ids: string[]): Promise<Array<Official | null>> {
    if (!ids.length) return [];
    const raw = await this.redis.mget(ids.map((id) => this.k.official(id)));
    return raw.map((r, i) => readJson(OfficialSchema, r, this.k.official(ids[i]!)));
  }

  async getOfficial(id: string): Promise<Official | null> {
    return (await this.getOfficials([id]))[0] ?? null;
  }

  async listOfficials(): Promise<Official[]> {
    const ids = (await this.redis.smembers(this.k.officials)).sort();
    return (await this.getOfficials(ids)).filter((o): o is Official => o !== null);
  }

  /** The official bound to a chat, or null for an unknown chat. */
  async officialByChat(channel: string, chatId: string): Promise<Official | null> {
    const id = await this.redis.get(this.k.binding(channel, chatId));
    return id ? this.getOfficial(id) : null;
  }

  /** Binds a chat to an official (registration) and records it on the official. */
  async bindChat(channel: "telegram" | "zalo" | "web", chatId: string, officialId: string): Promise<void> {
    const o = await this.getOfficial(officialId);
    if (!o) throw new Error(`no official ${officialId}`);
    await this.saveOfficials([{ ...o, ...(channel === "telegram" ? { telegramChatId: chatId } : channel === "zalo" ? { zaloUserId: chatId } : { webChatId: chatId }) }]);
  }

  /** Removes a chat binding and the official's id on that platform (Zalo user_withdraw, unfollow). */
  async unbindChat(channel: "telegram" | "zalo" | "web", chatId: string): Promise<Official | null> {
    const o = await this.officialByChat(channel, chatId);
    await this.redis.del(this.k.binding(channel, chatId));
    if (o) await this.redis.set(this.k.official(o.id), JSON.stringify({ ...o, ...(channel === "telegram" ? { telegramChatId: null } : channel === "zalo" ? { zaloUserId: null } : { webChatId: null }) }));
    return o;
  }

  // ---------- Assignments ----------

  /**
   * Creates assignments that do not exist yet, each with its official's next free number (one atomic
   * step each): importing twice creates nothing new. Returns the created ones, numbered.
   */
  async createAssignments(list: Assignment[], now: Date = new Date()): Promise<Assignment[]> {
    if (!list.length) return [];
    const p = this.redis.pipeline();
    for (const a of list) {
      (p as unknown as CasRedis).dondocCreateAssignment(
        this.k.assignment(a.id), this.k.numbers(a.officialId), this.k.numberOwners(a.officialId), this.k.assignments,
        this.k.assignmentsOf(a.officialId), this.k.assignmentsOfDirective(a.directiveId), ...indexKeys(this.k, a.officialId),
        JSON.stringify({ ...a, number: 0 }), String(now.getTime()), ...indexArgs(null, a, this.timeZone));
    }
    const res = (await p.exec()) ?? [];
    return list.flatMap((a, i) => {
      const [err, n] = res[i] ?? [null, 0];
      if (err) throw err;
      return Number(n) > 0 ? [{ ...a, number: Number(n) }] : [];
    });
  }

  async getAssignments(ids: string[]): Promise<Assignment[]> {
    if (!ids.length) return [];
    const raw = await this.redis.mget(ids.map((id) => this.k.assignment(id)));
    return raw.map((r, i) => readJson(AssignmentSchema, r, this.k.assignment(ids[i]!))).filter((a): a is Assignment => a !== null);
  }

  async getAssignment(id: string): Promise<Assignment | null> {
    return (await this.getAssignments([id]))[0] ?? null;
  }

  /**
   * An official's assignments, open and done, by their number. Assignments stored before numbers
   * existed get theirs here, once, oldest notice first, so a leader's old list keeps its order.
   */
  async assignmentsOf(officialId: string, now: Date = new Date()): Promise<Assignment[]> {
    let list = await this.getAssignments(await this.redis.smembers(this.k.assignmentsOf(officialId)));
    if (list.some((a) => a.number === 0)) list = await this.numberOld(officialId, list, now);
    return list.sort((a, b) => a.number - b.number);
  }

  private async numberOld(officialId: string, list: Assignment[], now: Date): Promise<Assignment[]> {
    const dirs = [...new Set(list.map((a) => a.directiveId))];
    const scores = await this.redis.zmscore(this.k.directives, ...dirs);
    const importedAt = new Map(dirs.map((d, i) => [d, Number(scores[i] ?? Number.MAX_SAFE_INTEGER)]));
    const old = list.filter((a) => a.number === 0).sort((a, b) => importedAt.get(a.directiveId)! - importedAt.get(b.directiveId)!
      || a.taskCode.localeCompare(b.taskCode, undefined, { numeric: true }) || a.id.localeCompare(b.id));
    for (const a of old) {
      const release = a.status === "done" ? String(releaseTime(a)) : "";
      await (this.redis as unknown as CasRedis).dondocNumberAssignment(this.k.assignment(a.id), this.k.numbers(officialId), this.k.numberOwners(officialId), String(now.getTime()), a.id, release);
    }
    return this.getAssignments(list.map((a) => a.id));
  }

  /** The assignment that has `number` in the official's list, or null. */
  async assignmentByNumber(officialId: string, number: number): Promise<Assignment | null> {
    const id = await this.redis.hget(this.k.numberOwners(officialId), String(number));
    const a = id ? await this.getAssignment(id) : null;
    return a && a.officialId === officialId && a.number === number ? a : null;
  }

  /** An official's open assignments by their number, read through the open index: what /nhiemvu and a reminder need. */
  async openAssignmentsOf(officialId: string, now: Date = new Date()): Promise<Assignment[]> {
    const list = await this.getAssignments(await this.redis.zrange(this.k.openOf(officialId), 0, -1));
    // Assignments stored before numbers existed get theirs from the whole list, once.
    if (list.some((a) => a.number === 0)) return (await this.assignmentsOf(officialId, now)).filter((a) => a.status === "open");
    return list.filter((a) => a.status === "open").sort((a, b) => a.number - b.number);
  }

  /** Every assignment: a full read, for tools and tests; reports and the daily job use the indexes. */
  async allAssignments(): Promise<Assignment[]> {
    return this.getAssignments(await this.redis.smembers(this.k.assignments));
  }

  /**
   * Changes an assignment atomically: `change` sees the current value and returns the new one (or
   * null to leave it); the write and its audit entry land together or not at all. Retries on a
   * concurrent change up to 5 times.
   */
  async updateAssignment(id: string, actor: Actor, action: string, change: (a: Assignment) => Assignment | null, now: Date): Promise<{ before: Assignment; after: Assignment } | null> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const before = await this.getAssignment(id);
      if (!before) return null;
      const next = change(before);
      if (!next) return { before, after: before };
      const after: Assignment = { ...next, version: before.version + 1, updatedAt: now.toISOString() };
      const entry: AuditEntry = {
        at: now.toISOString(), who: actor.who, channel: actor.channel, text: actor.text, target: id, action,
        from: describe(before), to: describe(after),
      };
      // Closing starts the number's hold; reopening holds it again while the task is open.
      const hold = before.status !== after.status ? String(after.status === "done" ? releaseTime(after) : HELD_OPEN) : "";
      const r = await (this.redis as unknown as CasRedis).dondocCasAssignment(
        this.k.assignment(id), this.k.audit, this.k.auditOf(id), this.k.numbers(after.officialId), ...indexKeys(this.k, after.officialId),
        String(before.version), JSON.stringify(after), JSON.stringify(entry), String(after.number), hold, ...indexArgs(before, after, this.timeZone));
      if (r === 1) return { before, after };
      if (r === -1) return null;
    }
    throw new ConflictError(`assignment ${id} kept changing under us`);
  }

  // ---------- Audit ----------

  /** Appends an entry that changes no assignment (a refused command, a broadcast, an import). */
  async audit(entry: AuditEntry): Promise<void> {
    await this.redis.xadd(this.k.audit, "*", "e", JSON.stringify(entry));
  }

  /**
   * An assignment's history, oldest first: its list holds the stream ids of its entries (or, written
   * before issue 15, the entries themselves); an entry no longer in the stream is read from its
   * month's archive file.
   */
  async auditOf(assignmentId: string): Promise<AuditEntry[]> {
    const key = this.k.auditOf(assignmentId);
    const raw = await this.redis.lrange(key, 0, -1);
    const ids = raw.filter((r) => !r.startsWith("{"));
    const found = new Map<string, AuditEntry>();
    if (ids.length) {
      const p = this.redis.pipeline();
      for (const id of ids) p.xrange(this.k.audit, id, id);
      for (const [i, [err, rows]] of ((await p.exec()) ?? []).entries()) {
        if (err) throw err;
        const fields = (rows as Array<[string, string[]]>)[0]?.[1];
        if (fields) found.set(ids[i]!, readJson(AuditEntrySchema, fields[1] ?? null, this.k.audit)!);
      }
      const archived = ids.filter((id) => !found.has(id));
      if (archived.length && this.auditDir) {
        for (const month of new Set(archived.map((id) => monthOfId(id, this.timeZone)))) {
          for (const e of await readArchivedMonth(this.auditDir, month)) if (archived.includes(e.id)) found.set(e.id, stripId(e));
        }
      }
    }
    return raw.flatMap((r) => (r.startsWith("{") ? [readJson(AuditEntrySchema, r, key)!] : found.has(r) ? [found.get(r)!] : []));
  }

  /** The whole audit log, oldest first: the archive files (when there is a directory), then what Redis holds. */
  async *exportAudit(): AsyncGenerator<ArchivedEntry> {
    if (this.auditDir) for (const month of await archivedMonths(this.auditDir)) yield* await readArchivedMonth(this.auditDir, month);
    let start = "-";
    for (;;) {
      const rows = await this.redis.xrange(this.k.audit, start, "+", "COUNT", 5_000);
      for (const [id, fields] of rows) yield { ...readJson(AuditEntrySchema, fields[1] ?? null, this.k.audit)!, id };
      if (rows.length < 5_000) return;
      start = `(${rows.at(-1)![0]}`;
    }
  }

  /** Moves the entries written before `before` to the archive files. Returns how many moved (0 without a directory). */
  async archiveAudit(before: Date): Promise<number> {
    return this.auditDir ? archiveAudit(this.redis, this.k, this.auditDir, before, this.timeZone) : 0;
  }

  /** The newest `count` entries of the whole log, oldest first. */
  async recentAudit(count = 100): Promise<AuditEntry[]> {
    const rows = await this.redis.xrevrange(this.k.audit, "+", "-", "COUNT", count);
    return rows.reverse().map(([, fields]) => readJson(AuditEntrySchema, fields[1] ?? null, this.k.audit)!);
  }

  // ---------- Delivery bookkeeping ----------

  /** Remembers which assignments a bot message was about, so a reply to it finds them. */
  async rememberMessage(channel: string, chatId: string, messageId: string, assignmentIds: string[], ttlSeconds = 180 * 86_400): Promise<void> {
    const key = this.k.messageRef(channel, chatId, messageId);
    await this.redis.multi().set(key, JSON.stringify(assignmentIds), "EX", ttlSeconds)
      .sadd(this.k.chatIndex(channel, chatId), key).expire(this.k.chatIndex(channel, chatId), ttlSeconds).exec();
  }

  /**
   * Deletes what the store holds about one chat (a Zalo user's withdrawal): its binding, context,
   * pending answers, registration tries, button payloads and message references — by their exact
   * names and the chat's index, never by a pattern. A chat id that is not a platform id deletes
   * nothing. Returns the number of keys deleted.
   */
  async forgetChat(channel: "telegram" | "zalo", chatId: string): Promise<number> {
    if (!(channel === "zalo" ? /^\d{1,25}$/ : /^-?\d{1,20}$/).test(chatId)) return 0;
    const fixed = [
      this.k.binding(channel, chatId), this.k.context(channel, chatId), this.k.pendingReply(channel, chatId),
      this.k.stranger(channel, chatId), this.k.attempts(channel, chatId), this.k.chatIndex(channel, chatId),
      ...(channel === "zalo" ? [this.k.zaloButtons(chatId)] : []),
    ];
    const indexed = await this.redis.smembers(this.k.chatIndex(channel, chatId));
    const prefix = this.k.messageRef(channel, chatId, "");
    return this.redis.unlink(...fixed, ...indexed.filter((k) => k.startsWith(prefix)));
  }

  async assignmentsForMessage(channel: string, chatId: string, messageId: string): Promise<string[]> {
    const raw = await this.redis.get(this.k.messageRef(channel, chatId, messageId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : [];
  }

  /** A short, stable token for an assignment (button data), and the way back. */
  async tokenFor(assignmentId: string): Promise<string> {
    const tok = createHash("sha256").update(assignmentId).digest("base64url").slice(0, 12);
    await this.redis.set(`${this.prefix}tok:${tok}`, assignmentId, "EX", 400 * 86_400);
    return tok;
  }

  async assignmentForToken(tok: string): Promise<string | null> {
    return this.redis.get(`${this.prefix}tok:${tok}`);
  }

  /** Marks an official unreachable on a channel; true if this is news (it was not marked before). */
  async markUnreachable(channel: string, officialId: string): Promise<boolean> {
    return (await this.redis.sadd(this.k.unreachable(channel), officialId)) === 1;
  }

  async isUnreachable(channel: string, officialId: string): Promise<boolean> {
    return (await this.redis.sismember(this.k.unreachable(channel), officialId)) === 1;
  }

  /** They wrote to us on that channel again: it can reach them. */
  async clearUnreachable(channel: string, officialId: string): Promise<void> {
    await this.redis.srem(this.k.unreachable(channel), officialId);
  }

  /** The channels the running service delivers on, recorded at its start, so the CLI queues for the same. */
  async recordServiceChannels(channels: string[]): Promise<void> {
    await this.redis.set(`${this.prefix}service:channels`, JSON.stringify(channels));
  }

  async serviceChannels(): Promise<ChannelName[]> {
    const raw = await this.redis.get(`${this.prefix}service:channels`);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    const known: readonly string[] = ["telegram", "zalo", "web", "memory"];
    return Array.isArray(parsed) ? parsed.filter((c): c is ChannelName => typeof c === "string" && known.includes(c)) : [];
  }

  /** An inbound update (Telegram update id, Zalo msg_id) handled before: a platform's re-delivery is not handled twice. */
  async wasHandled(channel: string, messageId: string): Promise<boolean> {
    return (await this.redis.exists(this.k.inbound(channel, messageId))) === 1;
  }

  /** Marks an inbound update handled, once its handling finished (so a crash before that is handled again). */
  async markHandled(channel: string, messageId: string, ttlSeconds = 7 * 86_400): Promise<void> {
    await this.redis.set(this.k.inbound(channel, messageId), "1", "EX", ttlSeconds);
  }
}

interface CasRedis {
  dondocCasAssignment(...args: string[]): Promise<number>;
  dondocCreateAssignment(...args: string[]): Promise<number>;
  dondocNumberAssignment(...args: string[]): Promise<number>;
}

/** A closed task's number is not given to another task for this long, so a late "3 xong" cannot hit a new task 3. */
export const NUMBER_HOLD_DAYS = 180;

/** When a done assignment's number may be given again (epoch ms). */
function releaseTime(a: Assignment): number {
  return Date.parse(a.doneAt ?? a.updatedAt) + NUMBER_HOLD_DAYS * 86_400_000;
}

function stripId(e: ArchivedEntry): AuditEntry {
  const { id: _id, ...entry } = e;
  return entry;
}

/** The part of an assignment an auditor reads: status, deadline, progress. */
function describe(a: Assignment): string {
  return [a.status, a.deadline ? `hạn ${a.deadline}` : null, a.progress !== null ? `${a.progress}%` : null, a.blocker ? `vướng: ${a.blocker}` : null]
    .filter(Boolean).join(", ");
}
