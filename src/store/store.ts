/**
 * The Redis store: directives, tasks, the roster, chat bindings, per-official assignments and the
 * append-only audit log, all under one key prefix. Every status change is one Lua script that
 * checks the version it read, writes the new value and appends its audit entry atomically.
 */
import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import type { Directive } from "../core/directive/types.ts";
import type { Assignment, Official } from "../core/model.ts";
import { keys, safeId, type Keys } from "./keys.ts";
import {
  AssignmentSchema, AuditEntrySchema, OfficialSchema, readJson, StoredDirectiveSchema, StoredTaskSchema,
  type AuditEntry, type StoredDirective, type StoredTask,
} from "./schemas.ts";

/** KEYS: assignment, global audit stream, the assignment's audit list. ARGV: expected version, new JSON, audit JSON. */
const CAS_ASSIGNMENT = `
local cur = redis.call('GET', KEYS[1])
if not cur then return -1 end
if cjson.decode(cur).version ~= tonumber(ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
redis.call('XADD', KEYS[2], '*', 'e', ARGV[3])
redis.call('RPUSH', KEYS[3], ARGV[3])
return 1`;

/** Who changed something, how, and the words that made them do it. */
export interface Actor {
  who: string;
  channel: string;
  text: string;
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

  constructor(readonly redis: Redis, readonly prefix: string) {
    this.k = keys(prefix);
    redis.defineCommand("dondocCasAssignment", { numberOfKeys: 3, lua: CAS_ASSIGNMENT });
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

  /** Creates assignments that do not exist yet (SET NX): importing twice creates nothing new. */
  async createAssignments(list: Assignment[]): Promise<Assignment[]> {
    if (!list.length) return [];
    const m = this.redis.multi();
    for (const a of list) m.set(this.k.assignment(a.id), JSON.stringify(a), "NX");
    const res = (await m.exec()) ?? [];
    const created = list.filter((_, i) => res[i]?.[1] === "OK");
    if (created.length) {
      const idx = this.redis.multi();
      for (const a of created) {
        idx.sadd(this.k.assignments, a.id);
        idx.sadd(this.k.assignmentsOf(a.officialId), a.id);
        idx.sadd(this.k.assignmentsOfDirective(a.directiveId), a.id);
      }
      await idx.exec();
    }
    return created;
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
   * An official's assignments, open and done, oldest first: by when their notice was imported, then
   * task code (T2 before T10). The order never changes when a task closes and new notices go last,
   * so the numbers leaders reply with ("2 xong") stay put.
   */
  async assignmentsOf(officialId: string): Promise<Assignment[]> {
    const list = await this.getAssignments(await this.redis.smembers(this.k.assignmentsOf(officialId)));
    const dirs = [...new Set(list.map((a) => a.directiveId))];
    const scores = dirs.length ? await this.redis.zmscore(this.k.directives, ...dirs) : [];
    const importedAt = new Map(dirs.map((d, i) => [d, Number(scores[i] ?? Number.MAX_SAFE_INTEGER)]));
    return list.sort((a, b) => importedAt.get(a.directiveId)! - importedAt.get(b.directiveId)!
      || a.taskCode.localeCompare(b.taskCode, undefined, { numeric: true }) || a.id.localeCompare(b.id));
  }

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
      const r = await (this.redis as unknown as CasRedis).dondocCasAssignment(
        this.k.assignment(id), this.k.audit, this.k.auditOf(id), String(before.version), JSON.stringify(after), JSON.stringify(entry));
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

  async auditOf(assignmentId: string): Promise<AuditEntry[]> {
    const raw = await this.redis.lrange(this.k.auditOf(assignmentId), 0, -1);
    return raw.map((r) => readJson(AuditEntrySchema, r, this.k.auditOf(assignmentId))!);
  }

  /** The newest `count` entries of the whole log, oldest first. */
  async recentAudit(count = 100): Promise<AuditEntry[]> {
    const rows = await this.redis.xrevrange(this.k.audit, "+", "-", "COUNT", count);
    return rows.reverse().map(([, fields]) => readJson(AuditEntrySchema, fields[1] ?? null, this.k.audit)!);
  }

  // ---------- Delivery bookkeeping ----------

  /** True the first time a reminder id is claimed for sending; the guard against sending twice. */
  async claimSend(reminderId: string, ttlSeconds = 180 * 86_400): Promise<boolean> {
    return (await this.redis.set(this.k.sent(safeId(reminderId)), "1", "EX", ttlSeconds, "NX")) === "OK";
  }

  /** Releases a claim after a send that certainly failed, so a retry may send. */
  async releaseSend(reminderId: string): Promise<void> {
    await this.redis.del(this.k.sent(safeId(reminderId)));
  }

  /** Remembers which assignments a bot message was about, so a reply to it finds them. */
  async rememberMessage(channel: string, chatId: string, messageId: string, assignmentIds: string[], ttlSeconds = 180 * 86_400): Promise<void> {
    await this.redis.set(this.k.messageRef(channel, chatId, messageId), JSON.stringify(assignmentIds), "EX", ttlSeconds);
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

  /** True the first time an inbound update is seen: the same Telegram update or Zalo msg_id is handled once. */
  async firstSeen(channel: string, messageId: string, ttlSeconds = 7 * 86_400): Promise<boolean> {
    return (await this.redis.set(this.k.inbound(channel, messageId), "1", "EX", ttlSeconds, "NX")) === "OK";
  }
}

interface CasRedis {
  dondocCasAssignment(...args: string[]): Promise<number>;
}

/** The part of an assignment an auditor reads: status, deadline, progress. */
function describe(a: Assignment): string {
  return [a.status, a.deadline ? `hạn ${a.deadline}` : null, a.progress !== null ? `${a.progress}%` : null, a.blocker ? `vướng: ${a.blocker}` : null]
    .filter(Boolean).join(", ");
}
