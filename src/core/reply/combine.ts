/**
 * From units to intents: which task each statement is about, then one intent per kind and task.
 * - "NV1, NV2 xong": a reference alone is carried forward to the next statement;
 * - "xong nhiệm vụ 1, 2 và 3": references after a statement join it;
 * - "NV1 chưa xong, đang làm": a statement without a reference is about the last task named;
 * - "vướng mắc do thiếu kinh phí, nhân lực": a clause that says nothing continues the note.
 * For one task, "done" next to "not done" or "progress" is dropped: closing a task that is not done
 * is the worst mistake, so the doubt goes to the open side.
 */
import { cleanNote } from "./context.ts";
import type { Reading } from "./classify.ts";
import type { Intent, IntentKind } from "./types.ts";
import type { Unit } from "./units.ts";

interface Piece {
  kind: IntentKind;
  percent: number | null;
  until: string | null;
  days: number | null;
  /** Note as [start, end) in the reply text. */
  note: [number, number] | null;
}

interface Entry {
  unit: Unit;
  pieces: Piece[];
  tasks: number[];
  /** Tasks taken from an earlier statement, replaced if references follow. */
  inherited: boolean;
  end: number;
}

const piece = (kind: IntentKind, p: Partial<Piece> = {}): Piece => ({ kind, percent: null, until: null, days: null, note: null, ...p });
const BARE_NUMBER = /(?<![\d/.,])(\d{1,3})(?![\d/%]|[.,]\d)/;

/** A command decides the kind; the words after it add details: "/tiendo 3 50", "/giahan 2 15". */
function applyCommand(u: Unit, r: Reading): Reading {
  const cmd = u.command;
  if (!cmd) return r;
  const n = BARE_NUMBER.exec(u.clause.f);
  const number = n ? Number(n[1]) : null;
  const out: Reading = { ...r, question: false };
  if (cmd.kind === "done") out.status = r.status === "not_done" || r.status === "progress" ? r.status : "done";
  if (cmd.kind === "not_done") out.status = "not_done";
  if (cmd.kind === "progress") { out.status = "progress"; out.percent = r.percent ?? (number !== null && number <= 100 ? number : null); }
  if (cmd.kind === "blocker" && r.blocker === undefined) {
    const rest = u.clause.content[0];
    out.blocker = rest ? { start: rest.start, end: u.clause.f.length, text: "" } : null;
  }
  if (cmd.kind === "extension") { out.extension = true; out.until = r.until ?? r.date; out.days = r.days ?? (out.until === null && number !== null && number >= 1 && number <= 366 ? number : null); }
  if (cmd.kind === "ack") out.ack = true;
  return out;
}

/** A span of the unit as [start, end) in the reply text. */
const at = (u: Unit, s: { start: number; end: number } | null | undefined): [number, number] | null => (s ? [u.start + s.start, u.start + s.end] : null);

function piecesOf(u: Unit): Piece[] {
  const r = applyCommand(u, u.reading);
  const reason = at(u, r.reason);
  const out: Piece[] = [];
  if (r.status) out.push(piece(r.status, { percent: r.percent, until: r.status === "done" ? null : r.until, note: r.status === "done" ? null : reason }));
  if (r.blocker !== undefined) out.push(piece("blocker", { note: at(u, r.blocker) }));
  if (r.extension) out.push(piece("extension", { until: r.until, days: r.days, note: reason }));
  if (!out.length && r.question) out.push(piece("unknown"));
  if (!out.length && r.ack) out.push(piece("ack"));
  return out;
}

const isWeak = (ps: Piece[]): boolean => ps.every((p) => p.kind === "ack");

/** Attach task numbers to statements (see the rules at the top). */
function assign(units: Unit[]): Entry[] {
  const entries: Entry[] = [];
  let pending: number[] = [];
  let lastTasks: number[] = [];
  units.forEach((u, i) => {
    const pieces = piecesOf(u);
    const prev = entries.at(-1);
    if (u.tasks.length && isWeak(pieces)) {
      const next = units[i + 1];
      const nextTakes = next && (next.tasks.length === 0 || !next.trailing || isWeak(piecesOf(next)));
      if (next && nextTakes && !next.reading.rest) { pending.push(...u.tasks); return; }
      if (prev && prev.end <= u.start && !isWeak(prev.pieces) && (prev.inherited || prev.tasks.length === 0 || prev.unit.trailing)) {
        prev.tasks = prev.inherited ? [...u.tasks] : [...prev.tasks, ...u.tasks];
        prev.inherited = false;
        lastTasks = prev.tasks;
        return;
      }
      entries.push({ unit: u, pieces: pieces.length ? pieces : [piece("unknown")], tasks: [...pending, ...u.tasks], inherited: false, end: u.end });
      pending = [];
      lastTasks = entries.at(-1)!.tasks;
      return;
    }
    if (!pieces.length) {
      // Says nothing: it continues the note of the statement before ("…thiếu kinh phí, nhân lực").
      if (prev) for (const p of prev.pieces) if (p.note && p.note[1] === prev.end) p.note[1] = u.end;
      if (prev) prev.end = u.end;
      return;
    }
    const own = [...pending, ...u.tasks];
    pending = [];
    const inherit = own.length === 0 && !u.reading.rest && !isWeak(pieces);
    const tasks = own.length ? own : inherit ? [...lastTasks] : [];
    entries.push({ unit: u, pieces, tasks, inherited: own.length === 0 && tasks.length > 0, end: u.end });
    if (own.length) lastTasks = own;
    if (u.reading.rest) lastTasks = [];
  });
  if (pending.length) entries.push({ unit: units.at(-1)!, pieces: [piece("unknown")], tasks: pending, inherited: false, end: units.at(-1)!.end });
  return entries;
}


/** One intent per kind for one task; "done" yields to any open status; ack and unknown to anything. */
function mergeTask(list: Intent[]): Intent[] {
  let out = list;
  if (out.some((i) => i.kind === "not_done" || i.kind === "progress")) out = out.filter((i) => i.kind !== "done");
  if (out.some((i) => i.kind === "progress")) out = out.map((i) => (i.kind === "not_done" ? { ...i, kind: "progress" as const } : i));
  if (out.some((i) => i.kind !== "ack" && i.kind !== "unknown")) out = out.filter((i) => i.kind !== "ack" && i.kind !== "unknown");
  else if (out.some((i) => i.kind === "unknown")) out = out.filter((i) => i.kind !== "ack");
  const byKind = new Map<IntentKind, Intent>();
  for (const i of out) {
    const had = byKind.get(i.kind);
    if (!had) { byKind.set(i.kind, { ...i }); continue; }
    had.percent = i.percent ?? had.percent;
    had.until = i.until ?? had.until;
    had.days = i.days ?? had.days;
    if (i.note && i.note !== had.note) had.note = had.note ? `${had.note}; ${i.note}` : i.note;
  }
  return [...byKind.values()];
}

/** `origin`: where each position the units point at lies in `text` (null: the same place). */
export function combine(text: string, units: Unit[], origin: Int32Array | null = null): Intent[] {
  const at = (i: number): number => (origin ? origin[i]! : i);
  const flat: Intent[] = [];
  for (const e of assign(units)) {
    for (const task of e.tasks.length ? e.tasks : [null]) {
      for (const p of e.pieces) {
        flat.push({ kind: p.kind, task, percent: p.percent, until: p.until, days: p.days, note: p.note ? cleanNote(text.slice(at(p.note[0]), at(p.note[1]))) : null });
      }
    }
  }
  const order: Array<number | null> = [];
  for (const i of flat) if (!order.includes(i.task)) order.push(i.task);
  // A plain loop: Array.prototype.flatMap is slow in V8 and this runs on every reply.
  let out: Intent[] = [];
  for (const t of order) for (const i of mergeTask(flat.filter((x) => x.task === t))) out.push(i);
  const says = out.some((i) => i.kind !== "ack" && i.kind !== "unknown");
  // Politeness or an unread clause next to something about a task adds nothing.
  if (says || out.some((i) => i.task !== null)) out = out.filter((i) => i.task !== null || (i.kind !== "unknown" && i.kind !== "ack"));
  return out.length ? out : [{ kind: "unknown", task: null, percent: null, until: null, days: null, note: null }];
}

