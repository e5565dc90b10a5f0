/**
 * From units to intents: which task each statement is about, then one intent per kind and task.
 * - "NV1, NV2 xong": a reference alone is carried forward to the next statement;
 * - "xong nhiệm vụ 1, 2 và 3": references after a statement join it;
 * - "NV1 chưa xong, đang làm": a statement without a reference is about the last task named;
 * - "vướng mắc do thiếu kinh phí, nhân lực": a clause that says nothing continues the note.
 * For one task, "done" next to "not done" or "progress" is dropped: closing a task that is not done
 * is the worst mistake, so the doubt goes to the open side. "Xong rồi mà chưa nghiệm thu", "3 xã
 * xong, còn 2 xã chưa": a completion with a limit after it is progress. "Chưa xong, đang làm" says
 * both, and is said once, as progress: a bare "not done" yields to the progress, blocker or request beside it. A task
 * that is not the unit's is only that.
 */
import { alternation, fold } from "../text/fold.ts";
import { cleanNote } from "./context.ts";
import { spelledNote } from "./typing.ts";
import { AWAITED_DECISIONS } from "./grammar.ts";
import { isWaitNote, type Reading } from "./classify.ts";
import type { Intent, IntentKind } from "./types.ts";
import type { Unit } from "./units.ts";
import { ownerNamed } from "./notmine.ts";

interface Piece {
  kind: IntentKind;
  /** Outweighed by a stronger reading of the same task (see Reading.weak). */
  weak: boolean;
  /** Limits a completion said before ("mà chưa nghiệm thu", "còn 2 xã chưa"). */
  limit: boolean;
  /** A progress that a blocker of the same task outweighs (see Reading.soft), and one that a planned day outweighs too (Reading.left). */
  soft: boolean;
  left: boolean;
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

/** Who answers, said first: "Dạ em là Trưởng phòng Tổng hợp", "Tôi là Phó Giám đốc Sở". Folded clause. */
const SELF_INTRODUCTION = /^\s*(?:(?:da|vang|kinh gui anh|thua anh)\s+)*(?:em|toi|minh|chau)\s+la\s+(?:\S+\s+){0,2}?(?:truong|pho|giam doc|chanh|chuyen vien|can bo|thu ky|van thu|chu tich)\b/;
/** Before a task's number, "không phải" denies it ("… ko phải nv 3 đâu"); after it only particles. Folded clauses. */
const DENIES_NEXT = /(?:^|[^a-z0-9])(?:khong|ko|k|hong)\s+phai(?:\s+la)?\s*$/;
const BARE_BEFORE_DENIAL = /^(?:\s*(?:a|ah|nhe|nha|nghen|day|do|anh|chi))*\s*(?:khong|ko|k|hong)\s+phai(?:\s+la)?\s*$/;
const PARTICLES_ONLY = /^(?:\s*(?:dau|nhe|nha|a|anh|chi|nghen|ha|nhe anh|dau anh))*[\s.!]*$/;
const piece = (kind: IntentKind, p: Partial<Piece> = {}): Piece => ({ kind, weak: false, limit: false, soft: false, left: false, percent: null, until: null, days: null, note: null, ...p });
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
  const order: Array<[number, Piece]> = [];
  if (r.notMine) out.push(piece("not_mine", { note: at(u, r.notMine) }));
  const limit = r.opener === "contrast" || r.opener === "remaining" || r.limits;
  // "còn 2 xã chưa", "còn phải sửa": what is left says the task is under way.
  // "Báo cáo tiến độ:" heads what follows; "Dạ em là Trưởng phòng Tổng hợp" introduces who answers: neither is progress.
  const introduces = r.status === "progress" && r.percent === null && u.tasks.length === 0 && (/:\s*$/.test(u.clause.f) || SELF_INTRODUCTION.test(u.clause.f));
  const kind = introduces ? null : r.opener === "remaining" && r.status === "not_done" ? "progress" : r.status;
  const soft = kind === "progress" && r.percent === null && (r.soft || (r.opener === "remaining" && r.status === "not_done"));
  const left = kind === "progress" && r.percent === null && (r.left || (r.opener === "remaining" && r.status === "not_done"));
  // "Đã hoàn thành 100%": a done task is at 100 by being done, so its "done" carries no percent.
  const percent = kind === "done" && r.percent === 100 ? null : r.percent;
  if (kind) order.push([r.statusAt, piece(kind, { weak: r.weak, limit, soft, left, percent, until: kind === "done" ? null : r.until, note: kind === "done" ? null : reason })]);
  // "…, còn 6 xã chưa gửi số liệu", "gan xong, con 2 thon chua gui so lieu": what some have still to send is the part left — the
  // work under way — unless the clause says it stops the work ("vướng", "do", "nên", "không chịu"; round 19: BA, BC, BJ, BK).
  const partLeft = r.blocker !== undefined && r.opener === "remaining" && !STOPS_WORK.test(u.clause.f);
  if (partLeft && !kind) order.push([r.blockerAt, piece("progress", { soft: true })]);
  if (r.blocker !== undefined && !partLeft) order.push([r.blockerAt, piece("blocker", { note: at(u, r.blocker) })]);
  if (r.extension) order.push([r.extensionAt, piece("extension", { until: r.until, days: r.days, note: reason })]);
  // In the order they are said: "xin gia hạn đến 10/12 do chờ vốn" asks, then says why.
  if (order.length > 1) order.sort((a, b) => a[0] - b[0]);
  for (const [, p] of order) out.push(p);
  // A question, or a turn to a task that says nothing of it ("…, riêng NV3"): never the trailing number of what came before.
  if (!out.length && (r.question || r.opener === "turn")) out.push(piece("unknown"));
  if (!out.length && r.ack) out.push(piece("ack"));
  return out;
}

const isWeak = (ps: Piece[]): boolean => ps.every((p) => p.kind === "ack");
/** A unit that is only task numbers and politeness: no contrast, negation, denial or turn word beside them. */
const bareReference = (u: Unit): boolean => u.reading.opener === null && u.clause.content.length === 0 && u.clause.negs.length === 0 && !CONTRAST.test(u.clause.f);
/** Contrast words are politeness to the reader of content, but they keep a reference from the statement before. */
const CONTRAST = /(?<![a-z0-9])(?:nhung|ma|but|however|tuy nhien|song)(?![a-z0-9])/;

/** A clause that opens with "nên", "cho nên", "vì vậy", "do đó": it says what follows from the one before. Folded. */
const CONSEQUENCE = /^\s*(?:cho\s+)?(?:nen|vi\s+vay|do\s+do|vi\s+the|the\s+nen)\s/;

/** Attach task numbers to statements (see the rules at the top). */
/** "em không rõ", "chưa nắm", "để em hỏi lại": the leader does not know how the task stands. Folded. */
const UNSURE_OF_IT = /(?<![a-z])(?:(?:khong|chua|ko|k)\s+(?:ro|biet|nam)|(?:de|doi)\s+(?:em|e|toi|tui|minh)\s+(?:hoi|kiem tra|check|xem|coi)\s+lai)(?![a-z])/;
/** A done word in a clause whose reading has no status. Folded. */
const SET_ASIDE_DONE = /(?<![a-z0-9])(?:xong|hoan thanh|hoan tat|dut diem|done)(?![a-z0-9])/;

function assign(all: Unit[]): Entry[] {
  // "xong r ạ, à nv 4 nhé ko phải nv 3 đâu": a task number denied corrects which task is meant; it says nothing of the work,
  // and the reference before it ("à nv 4 nhé ko phải") is then a bare one.
  const denied = all.filter((u, i) => i > 0 && u.tasks.length && PARTICLES_ONLY.test(u.clause.f) && DENIES_NEXT.test(all[i - 1]!.clause.f));
  const units = denied.length && all.some((u) => u.tasks.length && !denied.includes(u)) ? all.filter((u) => !denied.includes(u)) : all;
  const corrected = new Set(all.filter((u, i) => denied.includes(all[i + 1]!) && u.tasks.length && BARE_BEFORE_DENIAL.test(u.clause.f)));
  const bare = (u: Unit): boolean => bareReference(u) || corrected.has(u);
  const entries: Entry[] = [];
  let pending: number[] = [];
  let lastTasks: number[] = [];
  units.forEach((u, i) => {
    const pieces = piecesOf(u);
    const prev = entries.at(-1);
    // "3 hộ chưa chịu di dời nên chưa giải ngân được": an effect said as the blocker; what blocks is the cause before it.
    const effect = i > 0 && CONSEQUENCE.test(u.clause.f) ? pieces.find((p) => p.kind === "blocker") : undefined;
    if (effect) {
      const cause = units[i - 1]!;
      const blocked = prev?.end === cause.end && prev.pieces.some((p) => p.kind === "blocker");
      // The effect still says the work stopped: "đang chờ Sở TC thẩm định giá nên chưa tổ chức mua sắm trang thiết bị được" is a
      // blocker, never the wait alone that reads as progress (REPLY-SPEC's own example; round 19, BC).
      if (blocked) pieces.splice(pieces.indexOf(effect), 1, ...(pieces.some((p) => p.kind === "not_done") ? [] : [{ ...effect, kind: "not_done" as const, note: null }]));
      else if (effect.note && (prev?.end !== cause.end || prev.pieces.every((p) => p.kind === "not_done" || p.kind === "unknown"))) effect.note[0] = cause.start;
    }
    // "Chưa có kinh phí nên số 4 chưa làm được": the task named in what follows is the one blocked; its "chưa làm được" is the
    // blocker's effect, not a statement of its own (round 19, BE and blind18).
    if (i > 0 && u.tasks.length && prev && prev.tasks.length === 0 && prev.end === units[i - 1]!.end && CONSEQUENCE.test(u.clause.f)
      && prev.pieces.some((p) => p.kind === "blocker") && pieces.length > 0 && pieces.every((p) => p.kind === "not_done" && p.until === null)) {
      prev.tasks = [...u.tasks];
      prev.inherited = false;
      prev.end = u.end;
      lastTasks = prev.tasks;
      return;
    }
    // "Xong rồi, à không, mới xong dự thảo": the clause before is taken back.
    // "nv 1 với 2 xong hết rồi. à ko, nv 2 còn thiếu biên bản": a correction that names a task takes back that task only.
    if (u.reading.opener === "retract" && u.tasks.length === 0) {
      const named = units[i + 1]?.tasks ?? [];
      const kept = prev ? prev.tasks.filter((t) => !named.includes(t)) : [];
      // "nv1 xong, à nhầm, nv 4 xong rồi": a correction naming none of the tasks before says they were the wrong number, so
      // their statement goes with them (round 19, BE: task 1 was closed).
      if (prev && named.length && kept.length && kept.length < prev.tasks.length && !prev.inherited) prev.tasks = kept;
      else if (prev) prev.pieces = [];
      return;
    }
    // "Em không phụ trách mảng này, anh hỏi chị Hương giúp em": who to ask is part of whose the task is.
    const owner = prev?.pieces.find((p) => p.kind === "not_mine");
    if (owner && u.tasks.length === 0 && !u.reading.rest && pieces.every((p) => p.kind === "blocker" || p.kind === "ack" || p.kind === "unknown" || p.kind === "not_mine")) {
      if (owner.note) owner.note[1] = u.end;
      prev!.end = u.end;
      return;
    }
    if (u.tasks.length && isWeak(pieces)) {
      const next = units[i + 1];
      // "nv2 hình như xong rồi mà em chưa kiểm tra, nv1 xong rồi": a done word the reading set aside (a guess, hearsay, a question)
      // says how the leader stands on that task — it does not wait for task 1's statement (round 18, a false close of task 2).
      // "Việc 1 thì em không rõ, để em hỏi lại. Việc 2 em xin thêm 10 ngày": not known, said of that task, lends it nothing either.
      const unsure = u.reading.status === null && (UNSURE_OF_IT.test(u.clause.f) || (!!next && next.tasks.length === 0 && !piecesOf(next).length && UNSURE_OF_IT.test(next.clause.f)));
      if (!bare(u) && u.reading.status === null && (SET_ASIDE_DONE.test(u.clause.f) || unsure)) {
        entries.push({ unit: u, pieces: [piece("unknown")], tasks: [...pending, ...u.tasks], inherited: false, end: u.end });
        pending = [];
        lastTasks = entries.at(-1)!.tasks;
        return;
      }
      // "NV1, NV2 xong": a bare reference waits for the next statement; "nv 1 <words not read>, nv 2 gia hạn" does not lend task 1 to task 2's statement.
      const nextTakes = next && (next.tasks.length === 0 || ((!next.trailing || isWeak(piecesOf(next))) && (bare(u) || u.clause.content.length === 0)));
      if (next && nextTakes && !next.reading.rest) { pending.push(...u.tasks); return; }
      // "Xong ạ, nhiệm vụ 3": a bare reference takes the statement before; "xong, nhưng nhiệm vụ 3", "xong, không phải NV3" do not.
      if (prev && prev.end <= u.start && bare(u) && !isWeak(prev.pieces) && (prev.inherited || prev.tasks.length === 0 || prev.unit.trailing)) {
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


interface Said extends Intent {
  weak: boolean;
  limit: boolean;
  soft: boolean;
  left: boolean;
}

/** A blocker that only waits for the decision on what was submitted (see AWAITED_DECISIONS). */
// "chờ phê duyệt", "chờ Sở Tài chính duyệt", "đợi lãnh đạo duyệt": who decides may stand between, up to seven words ("chờ Sở Nông
// nghiệp và Môi trường thẩm định", "chờ Sở Xây dựng kiểm tra nghiệm thu"; round 19, BB and BG wrote progress).
// Seven only after the one who decides is named as a unit: "chờ quy hoạch phân khu được duyệt" (blind5) is no wait for a decision.
const AWAITS = new RegExp(String.raw`^(?:cho|doi)\s+(?:dong chi\s+|lanh dao\s+)?(?:(?=(?:so|ubnd|uy ban|hdnd|phong|ban|cuc|bo|tinh|huyen|thanh pho|quan|xa|phuong|hoi dong|chu tich|giam doc|lanh dao)\s)(?:(?!y\s+kien|kinh\s+phi|von\b)[^\s,.;]+\s+){1,7}?|(?:(?!y\s+kien|kinh\s+phi|von\b)[^\s,.;]+\s+){0,4}?)(?:${alternation(AWAITED_DECISIONS)})(?![a-z0-9])`);
/** "nộp rồi, đang chờ": a wait that names nothing awaited is the submission's course too (round 15). Folded. */
// "sắp xog rồi anh, chờ chút": "chờ chút / xíu / tí" asks the admin to wait a moment (round 19, BK).
const BARE_WAIT = /^(?:cho|doi)(?:\s+(?:a|anh|chi|nhe|nha|thoi|ket qua|tiep|them|chut|chut xiu|xiu|ti|ti xiu|lat|mot chut|em))*[\s.!…]*$/;
const awaitsDecision = (i: Said): boolean => {
  if (i.kind !== "blocker" || i.note === null) return false;
  const n = fold(i.note.toLowerCase());
  return AWAITS.test(n) || BARE_WAIT.test(n);
};

/** A part left that stops the work: an obstacle word, a reason, a consequence, a refusal. Folded. */
const STOPS_WORK = /(?<![a-z])(?:vuong|do|vi|nen|doi|dang cho|con cho|kho khan|khong chiu|chua chiu|ko chiu|k chiu|hong chiu|phan doi|khong dong y|chua dong y|mat bang|thieu)(?![a-z])/;
/** A blocker's note that asks for something: "xin …", "đề nghị …", "… hỗ trợ …", "… hướng dẫn …", "nhờ …". Folded. */
const ASKS_HELP = /(?<![a-z])(?:xin|de nghi|kinh de nghi|nho|mong|ho tro|huong dan|giup)(?![a-z])/;
/** "Under way" and nothing more: no share, no day. */
const bareProgress = (i: Said): boolean => i.kind === "progress" && i.percent === null && i.until === null;
const OPEN = (i: Said): boolean => i.kind === "not_done" || i.kind === "progress";


/** What one task's pieces come to (see the rules at the top). */
/** `redoing`: the reply says the leader is putting right what was sent back or missing (REDOING). */
function settle(list: Said[], redoing = false): Said[] {
  let out = list;
  // Not the unit's task: nothing else about it counts.
  if (out.some((i) => i.kind === "not_mine")) out = out.filter((i) => i.kind === "not_mine" || i.kind === "extension");
  // "xong rồi mà chưa nghiệm thu", "3 xã xong rồi, còn 2 xã chưa": a completion with a limit is progress.
  const limits = out.filter((i) => i.limit && OPEN(i));
  const base = out.find((i) => !limits.includes(i) && (i.kind === "done" || i.kind === "progress"));
  if (limits.length && base) {
    out = out.filter((i) => !limits.includes(i)).map((i) => (i === base ? { ...i, kind: "progress" as const, weak: false, percent: i.kind === "done" ? null : i.percent } : i));
  }
  // "Hồ sơ … đã gửi Hội đồng thẩm định từ 3/12, đang chờ họp Hội đồng", "nộp rồi, đang chờ": sent or finished, and waiting on
  // someone else's decision — under way (REPLY-SPEC), the wait part of it.
  const wait = out.find((i) => i.kind === "blocker" && i.note !== null && isWaitNote(i.note));
  if (wait && out.some((i) => i.kind === "done") && !out.some((i) => i.kind === "not_done" && !i.weak)) out = out.filter((i) => i !== wait).map((i) => (i.kind === "done" ? { ...i, kind: "progress" as const, weak: false } : i));
  const strong = out.filter((i) => !i.weak && i.kind !== "ack" && i.kind !== "unknown");
  // A vague negation or a condition yields to anything else said; weak progress yields to "done".
  out = out.filter((i) => !(i.weak && i.kind === "not_done" && strong.some((x) => x.kind !== "done")));
  if (out.some((i) => i.kind === "done")) out = out.filter((i) => !(i.weak && i.kind === "progress"));
  if (out.some(OPEN)) out = out.filter((i) => i.kind !== "done");
  // "Chưa có kinh phí nên chưa triển khai được", "chưa xong, đang làm", "xin gia hạn đến 15/01, chưa xong kịp": the
  // blocker, the progress or the request already says it is not done; a bare "not done" beside them is said once, by
  // them. A day it will be done is kept, unless it is the day asked for.
  // "Vướng mặt bằng, còn 3 hộ chưa bàn giao", "Thiếu người quá, phòng có 2 người làm không xuể": the blocker says it;
  // "…còn thiếu, mai em bổ sung": so does a day it will be done.
  if (out.some((i) => i.kind === "blocker")) out = out.filter((i) => !i.soft);
  if (out.some((i) => i.kind === "not_done" && i.until !== null && !i.weak)) out = out.filter((i) => !i.left);
  // "Đã trình, đang chờ phê duyệt", "hồ sơ nộp rồi đang chờ ký": the wait for the decision on what was submitted is
  // part of the progress, said once.
  if (out.some((i) => i.kind === "progress") && !out.some((i) => i.kind === "not_done")) out = out.filter((i) => !awaitsDecision(i));
  // "nv 2 đang chờ UBND tỉnh phê duyệt", "NV2 đang chờ Sở TC thẩm định": a wait said alone for someone else's decision is
  // the work under way too (REPLY-SPEC; the writers of rounds 10 and 11) — unless it is why more time is asked, or it
  // stops the work ("… nên chưa làm tiếp được" says not done).
  else if (!out.some((i) => i.kind === "not_done" || i.kind === "extension" || i.kind === "done") && out.filter((i) => i.kind === "blocker").length === 1 && out.some(awaitsDecision)) {
    out = out.map((i) => (awaitsDecision(i) ? { ...i, kind: "progress" as const, note: null, weak: false, soft: false, left: false } : i));
  }
  // "Sở KH&ĐT trả về bắt làm lại theo mẫu mới, em đang làm lại", "còn thiếu biểu mẫu số 3, em đang bổ sung": what was sent back
  // or found missing is being put right — the work under way, said once (round 16; the writers of rounds 13 and 16).
  if (redoing) {
    out = out.filter((i) => !(i.kind === "blocker" && i.note !== null && SENT_BACK.test(fold(i.note.toLowerCase())) && out.some((x) => x.kind === "progress" && !x.soft)));
  }
  // "Xong r a. Nhưng a xin VP hướng dẫn giúp e cách nhập phụ lục … cho kỳ sau", "xong roi a ma phuong e de nghi so tc ho tro them kinh
  // phi … cho dot mua sau": after the work said done, a request is no obstacle to it (the blind writers of rounds 4–19 wrote "done |
  // blocker" only where the blocker was another task's). A new obstacle said after it stays ("xong rồi, nhưng sạt lở tiếp").
  const doneAt = out.findIndex((i) => i.kind === "done" && !i.weak);
  if (doneAt >= 0) out = out.filter((i, k) => !(k > doneAt && i.kind === "blocker" && i.note !== null && ASKS_HELP.test(fold(i.note.toLowerCase()))));
  // "nhà thầu bỏ công trình rồi anh, đang làm thủ tục chấm dứt hợp đồng": after the obstacle, what the leader does about it is no
  // progress of the task (no blind writer of rounds 4–19 wrote "blocker | progress" for one task; twelve wrote "progress | blocker").
  const firstBlocker = out.findIndex((i) => i.kind === "blocker");
  if (firstBlocker >= 0) out = out.filter((i, k) => !(k > firstBlocker && bareProgress(i)));
  const fuller = out.some((i) => i.kind === "progress" || i.kind === "blocker" || i.kind === "extension");
  const asks = out.some((i) => i.kind === "extension");
  if (fuller) out = out.filter((i) => !(i.kind === "not_done" && (i.until === null || asks)));
  // "cho phép gia hạn thời gian thực hiện đến 31/01/2027": a progress on the very day asked for is the request's day, said once.
  if (asks) {
    const asked = out.filter((i) => i.kind === "extension" && i.until !== null).map((i) => i.until);
    if (asked.length) out = out.filter((i) => !(i.kind === "progress" && i.percent === null && i.until !== null && asked.includes(i.until)));
    // "xin thêm 5 hôm, bão vô r ae đang trực", "xin gia hạn 1 tháng, đang mùa mưa không thi công được": beside a request for time, a
    // bare "under way" says nothing more (126 blind rows write "extension | blocker" for one task, two "extension | progress", both
    // of two tasks; round 19).
    out = out.filter((i) => !bareProgress(i));
  }
  // "nv2 đang triển khai, dự kiến 15/12 xong", "Sở đang phối hợp …, thứ 5 tuần sau trình": under way, and the day it will
  // be done — one progress by that day. "Chưa xong, em đang đôn đốc các thôn, chậm nhất thứ 5 tuần sau xong": said not done
  // first, so not done by that day (a share said keeps the progress).
  const planned = out.filter((i) => i.kind === "not_done" && i.until !== null && !i.weak);
  // "Em đã giao phòng QLDA tham mưu, dự kiến 30/12 xong", "đang gấp rút hoàn thiện, trước 31/12 chắc chắn xong": a work verb under
  // way, then the day — the work under way by that day (three writers of round 14 of four).
  const weakOnly = out.filter((i) => i.kind === "progress" && i.weak && i.percent === null && i.until === null);
  if (planned.length === 1 && weakOnly.length && weakOnly.length + 1 === out.length && !list.some((i) => i.kind === "not_done" && i.until === null && !i.weak)) {
    return [{ ...weakOnly[0]!, weak: false, until: planned[0]!.until }];
  }
  const going = out.filter((i) => i.kind === "progress" && i.until === null && !i.weak);
  // "đang làm, được 60%, thứ 6 xong": two statements of the work going on (round 13) are one progress, by that day.
  if (planned.length === 1 && going.length >= 1 && !out.some((i) => i.kind === "blocker" || i.kind === "extension" || i.kind === "done")) {
    const day = planned[0]!;
    const denied = list.some((i) => i.kind === "not_done" && i.until === null && !i.weak);
    out = denied && going.every((w) => w.percent === null) ? out.filter((i) => !going.includes(i))
      : out.filter((i) => i !== day).map((i) => (going.includes(i) ? { ...i, until: day.until } : i));
  }
  return out;
}

/** One intent per kind for one task; "done" yields to any open status; ack and unknown to anything. */
function mergeTask(list: Said[], redoing: boolean): Intent[] {
  // Most tasks are said one thing about.
  if (list.length === 1 && !awaitsDecision(list[0]!)) { const i = list[0]!; return [{ kind: i.kind, task: i.task, percent: i.percent, until: i.until, days: i.days, note: i.note }]; }
  let out = settle(list, redoing);
  if (out.some((i) => i.kind !== "ack" && i.kind !== "unknown")) out = out.filter((i) => i.kind !== "ack" && i.kind !== "unknown");
  else if (out.some((i) => i.kind === "unknown")) out = out.filter((i) => i.kind !== "ack");
  const byKind = new Map<IntentKind, Intent>();
  for (const i of out) {
    const had = byKind.get(i.kind);
    if (!had) { byKind.set(i.kind, { kind: i.kind, task: i.task, percent: i.percent, until: i.until, days: i.days, note: i.note }); continue; }
    had.percent = i.percent ?? had.percent;
    had.until = i.until ?? had.until;
    had.days = i.days ?? had.days;
    if (i.note && i.note !== had.note) had.note = had.note ? `${had.note}; ${i.note}` : i.note;
  }
  return [...byKind.values()];
}

/** Drops a done beside an extension of the same task, and what is said of no task beside the same said of the one task named. */
function onceEach(all: Intent[]): Intent[] {
  let task: number | null | undefined;
  let one = true;
  for (const i of all) if (i.task !== null) { if (task === undefined) task = i.task; else if (task !== i.task) one = false; }
  const kept: Intent[] = [];
  for (const i of all) {
    let drop = false;
    for (const x of all) {
      if ((i.kind === "done" && x.kind === "extension" && x.task === i.task) || (one && task !== undefined && i.task === null && x.task !== null && x.kind === i.kind)) { drop = true; break; }
    }
    if (!drop) kept.push(i);
  }
  return kept;
}

/** The words of the reply as typed at `span` of its read text (`origin` maps one to the other, or null when they are the same). */
const saidAt = (text: string, span: [number, number], origin: Int32Array | null): string =>
  origin ? text.slice(origin[span[0]], origin[span[1]]) : text.slice(span[0], span[1]);

/** A not-mine note that only denies the speaker's unit ("không phải Sở GD&ĐT") or names none gains the owner the task's words name. */
const DENIAL_FIRST = /^(?:không|ko|k|kh|hổng|hông|chẳng|chả)\s+phải\b/iu;
function ownerNote(note: string | null, span: [number, number] | undefined, text: string, origin: Int32Array | null): string | null {
  // "bên Công an tỉnh xử lý, không thuộc thẩm quyền Sở em": a note that names no unit gains the one the reply names (round 14).
  if (note !== null && !DENIAL_FIRST.test(note) && ownerNamed(note) !== null) return note;
  if (!span) return note;
  const words = saidAt(text, span, origin);
  // "cv nay cua phong KT ma a, ko phai ben e": the owner may be named in a clause before, read as nothing on its own.
  const owner = ownerNamed(words) ?? ownerNamed(origin ? text.slice(0, origin[span[1]]) : text.slice(0, span[1]));
  return owner === null ? note : note === null ? owner : `${owner} (${note})`;
}

/** "khỏi gia hạn", "không cần gia hạn nữa", "ko cần xin gia hạn": the extension taken back. Folded. */
const NO_EXTENSION = /(?<![a-z])(?:khoi|khong can|ko can|k can|khoi can)\s+(?:xin\s+)?(?:gia han|lui han|gian)(?![a-z])/;
/** The leader is about to check: "để em coi lại", "để e kiểm tra lại xem". Folded. */
const RECHECK = /(?<![a-z])(?:de|doi)\s+(?:em|e|tui|toi|minh)\s+(?:coi|xem|kiem tra|ktra|kt|check|ra soat|soat)\s+lai(?![a-z])/;
/** A guess or hearsay ("hình như", "nghe … nói", "tưởng"), and a check not made ("chưa kiểm tra lại"). Folded. */
// "Phòng LĐ báo đã chi trả xong": a unit's word, not the leader's own (round 17).
const GUESS = /(?<![a-z])(?:hinh nhu|nghe (?:noi|bao)|nghe [a-z ]{2,40}? (?:noi|bao)|tuong (?:la )?(?:xong|roi)|(?:ben|phong|ban|so|xa|thon|can bo)(?! (?:em|e|toi|tui|minh)(?![a-z]))(?: [a-z&]+){1,4} (?:bao|noi)(?: (?:voi|cho) (?:em|e|toi|tui|minh))?(?: la)? (?:da|xong|hoan thanh|ht)|(?:thu ky|van thu|chuyen vien|tui nho|may dua)(?: [a-z&]+){0,3} (?:bao|noi)(?: (?:voi|cho) (?:em|e|toi|tui|minh))?(?: la)? (?:da|xong|hoan thanh|ht)|theo (?:bao cao|thong tin)(?: mieng)? cua (?:ben|phong|ban|so|xa|thon|ap|to|cac|can bo|doi))(?![a-z])/;
const UNCHECKED = /(?<![a-z])(?:chua|chua duoc|ko|khong|k)\s+(?:kip\s+)?(?:(?:xuong|di|qua|len|ve)\s+)?(?:hoi lai|check|kiem tra|kiem|ktra|kt|xem|coi|doc|doi chieu|confirm|xac nhan|xac minh|nhan duoc|nhan)(?:\s+lai)?(?![a-z])/;
/** A blocker that is only a report or a paper not yet had. Folded. */
const NOT_RECEIVED = /^(?:(?:ma|nhung|ma|ben)\s+)?(?:[a-z]+\s+){0,2}chua\s+nhan(?:\s+duoc)?\b/;
/** A guess, hearsay, an unmade check or a report not yet had, anywhere in the reply. Folded. */
const UNSURE = /(?<![a-z])(?:hinh nhu|nghe (?:noi|bao|ben|dau)|chac (?:la )?(?:xong|roi|gui)|chua (?:check|kiem tra|ktra|kt)(?: lai)?|de (?:em|e|tui|toi|minh) (?:hoi|kiem tra|check) lai|(?:chua|hong|khong|ko|k|chang) thay (?:bao|tra loi|phan hoi|gui|noi|van ban|bao cao|ho so)|chua kip hoi lai|tuong (?:la )?(?:xong|roi))(?![a-z])/;

/** The leader putting right what was sent back or missing: "đang làm lại", "đang bổ sung", "đang sửa". Folded. */
const REDOING = /(?<![a-z])(?:dang|van dang|dg)\s+(?:bo sung|lam lai|man lai|sua lai|sua|chinh sua|hoan thien lai|hoan chinh lai)(?![a-z])/;
/** "tưởng xong", "tưởng là đã xong rồi", "tưởng việc này xong rồi": a done the leader believed. Folded. */
const THOUGHT_DONE = /(?<![a-z])tuong\s+(?:la\s+)?(?:(?:viec|cai|vu)\s+(?:nay|do|ay)\s+)?(?:da\s+)?(?:xong|hoan thanh|ht)(?![a-z])/;
/** Work to be done again: "phải làm lại", "bắt mần lại", "trả về bắt bổ sung", "trả hồ sơ lại". Folded. */
const REDO_NEEDED = /(?<![a-z])(?:(?:phai|bat|bieu|yeu cau)\s+(?:lam|man)\s+lai|(?:lam|man)\s+lai\s+(?:tu dau|ho so|theo)|tra\s+(?:ve|lai|ho so)(?:\s+\S+){0,3}\s+(?:bat|yeu cau)\s+(?:bo sung|lam lai|sua))(?![a-z])/;
/** A blocker that is a paper sent back or a part missing. Folded. */
const SENT_BACK = /(?<![a-z])(?:tra ve|tra lai|thieu\s+(?:bieu mau|mau|ho so|phu luc|giay to|tai lieu|thuyet minh|chu ky|bang bieu))(?![a-z])/;

export function combine(text: string, units: Unit[], origin: Int32Array | null = null): Intent[] {
  const flat: Said[] = [];
  /** Where each task's statements are said, as [start, end) of the reply: a not-mine note looks there for the owner. */
  const said = new Map<number | null, [number, number]>();
  // A statement's words run back to the end of the one before: "Cái này phần Sở Y tế, không phải Sở GD&ĐT" says the owner first.
  let before = 0;
  for (const e of assign(units)) {
    const from = Math.min(before, e.unit.start);
    before = e.end;
    for (const task of e.tasks.length ? e.tasks : [null]) {
      const span = said.get(task);
      said.set(task, span ? [Math.min(span[0], from), Math.max(span[1], e.end)] : [from, e.end]);
      for (const p of e.pieces) {
        flat.push({ kind: p.kind, task, percent: p.percent, until: p.until, days: p.days, note: p.note ? cleanNote(origin ? spelledNote(text.slice(origin[p.note[0]], origin[p.note[1]])) : text.slice(p.note[0], p.note[1])) : null, weak: p.weak, limit: p.limit, soft: p.soft, left: p.left });
      }
    }
  }
  // "Hình như phòng Tổng hợp gửi rồi, để em hỏi lại", "E đã giao phòng QLGD làm, chưa thấy báo lại": when all that is said
  // of the work is a verb of it, beside a guess, hearsay or a report not yet had, the leader does not know how it stands.
  const stated = flat.filter((i) => i.kind !== "ack" && i.kind !== "unknown");
  let reply: string | undefined;
  const folded = (): string => (reply ??= fold(text.toLowerCase()));
  // "Hình như phòng Tổng hợp gửi rồi, để em hỏi lại", "E đã giao phòng QLGD làm, chưa thấy báo lại": when all that is said
  // of the work is a verb of it, beside a guess, hearsay or a report not yet had, the leader does not know how it stands.
  if (stated.length && stated.every((i) => i.kind === "progress" && i.weak && i.percent === null) && UNSURE.test(folded())) {
    for (const i of stated) { i.kind = "unknown"; i.until = null; i.note = null; }
  } else for (const t of new Set(stated.map((i) => i.task))) {
    const mine = stated.filter((i) => i.task === t);
    const span = t === null || stated.every((i) => i.task === t) ? undefined : said.get(t);
    const words = span ? fold(saidAt(text, span, origin).toLowerCase()) : folded();
    // "Em nghe anh Phó giám đốc nói hình như xong rồi, nhưng em chưa kiểm tra lại": a guess beside a check not made — the "chưa" is
    // the check's, and how the work stands is not known (round 15); "nghe nói thôn 2 báo xong rồi nhưng em chưa nhận được văn
    // bản": the report not yet had is such a check; "1 thì xong rồi anh còn 2 hình như bên thôn làm xong rồi nhưng em chưa xuống
    // kiểm tra": task by task where the reply names them (round 17).
    if (mine.every((i) => ((i.kind === "not_done" || i.kind === "progress") && i.until === null && i.percent === null)
      || (i.kind === "blocker" && i.note !== null && NOT_RECEIVED.test(fold(i.note.toLowerCase()))))
      && GUESS.test(words) && UNCHECKED.test(words)) for (const i of mine) { i.kind = "unknown"; i.note = null; }
  }
  // "e tưởng xong r ai dè còn sai số liệu, phải làm lại", "… em tưởng xong rồi nhưng Sở Tài chính trả về bắt bổ sung biên bản": what
  // the leader thought done must be done again — not done, whatever the reason says (five writers of rounds 14 and 17); being
  // redone already ("đang cho bổ sung") is progress, read as it is.
  if (stated.length && stated.every((i) => i.task === null && i.kind !== "extension" && i.kind !== "not_mine" && i.until === null && i.percent === null)
    && THOUGHT_DONE.test(folded()) && REDO_NEEDED.test(folded()) && !REDOING.test(folded())) {
    flat.splice(0, flat.length, { ...stated[0]!, kind: "not_done", note: null, weak: false });
  }
  // "Xong rồi đó anh, mà để em coi lại chút có sót xã nào không": a done the leader is about to check is not yet known.
  if (stated.some((i) => i.kind === "done") && RECHECK.test(folded())) {
    for (const i of stated) if (i.kind === "done") { i.kind = "unknown"; i.weak = false; }
  }
  // "Hôm trước em xin gia hạn nhưng anh em làm kịp nên khỏi gia hạn ạ": no more time is asked for (round 18).
  if (flat.some((i) => i.kind === "extension") && NO_EXTENSION.test(folded())) for (let k = flat.length - 1; k >= 0; k--) if (flat[k]!.kind === "extension") flat.splice(k, 1);
  // "xong hết rồi anh, 1 2 3 đều xong": a done said of no task beside the same said of named ones is that statement, said once.
  if (flat.some((i) => i.kind === "done" && i.task !== null)) for (let k = flat.length - 1; k >= 0; k--) if (flat[k]!.kind === "done" && flat[k]!.task === null) flat.splice(k, 1);
  const order: Array<number | null> = [];
  for (const i of flat) if (!order.includes(i.task)) order.push(i.task);
  // A plain loop: Array.prototype.flatMap is slow in V8 and this runs on every reply.
  let out: Intent[] = [];
  // Folded only when a blocker is a paper sent back or missing: most replies have none.
  const redoing = flat.some((i) => i.kind === "blocker" && i.note !== null && SENT_BACK.test(fold(i.note.toLowerCase()))) && REDOING.test(fold(text).toLowerCase());
  for (const t of order) for (const i of mergeTask(flat.filter((x) => x.task === t), redoing)) out.push(i);
  // More time asked for a task is no report that it is finished: beside an extension, a done of the same task goes (round 18's AC
  // read "đề nghị gia hạn thời gian hoàn thành …" as both; the doubt goes to the open side, and a property test holds it).
  // "xong đâu mà xong, nv 3 còn chưa khởi công", "Đã trình UBND tỉnh, đang chờ ký ban hành ạ (nv 3)": what is said of no task beside
  // the same said of the one task named is that statement, said once (round 18). Plain loops: this runs on every reply.
  if (out.length > 1) out = onceEach(out);
  for (const i of out) if (i.kind === "not_mine") i.note = ownerNote(i.note, said.get(i.task), text, origin);
  const says = out.some((i) => i.kind !== "ack" && i.kind !== "unknown");
  // Politeness or an unread clause next to something about a task adds nothing.
  if (says || out.some((i) => i.task !== null)) out = out.filter((i) => i.task !== null || (i.kind !== "unknown" && i.kind !== "ack"));
  return out.length ? out : [{ kind: "unknown", task: null, percent: null, until: null, days: null, note: null }];
}

