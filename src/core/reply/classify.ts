/**
 * What one clause says, before task numbers are attached: its status (done, not done, progress),
 * percent, dates, blocker, extension request, acknowledgement, or that it asks a question.
 * When the words pull both ways, the reading that does not close the task wins.
 */
import { fold } from "../text/fold.ts";
import { dateWords, W } from "./date-words.ts";
import { findDates, type DateMatch } from "./dates.ts";
import { findBlocker, findReason } from "./blocker.ts";
import { completion, negation, type Word } from "./completion.ts";
import { type Clause, NEGATION_SET, negatedBefore, precededBy, matches } from "./context.ts";
import { findExtension } from "./extension.ts";
import {
  ACCEPTANCE_WORDS, ACK_ALONE, ACK_EMOTICONS, ACK_SYMBOLS, CHU, CONTRAST_WORDS, GREETINGS, INABILITY_AFTER_NEGATION, LATE_REPLY, ACK_WORDS,
  CONDITIONAL_WORDS, DONE_SYMBOLS, DONE_WORDS, FUTURE_WORDS, NEGATION_NOT_ABOUT_WORK, NOT_DONE_PHRASES, NOT_DONE_SYMBOLS, NOT_WORK,
  ONGOING, ONGOING_NOT_WORK, ONLY_END, ONLY_WORDS, PARTIAL_LOOKALIKES, PARTIAL_TYPED, PARTIAL_WORDS, PAST_MARKERS, PROGRESS_STEPS, PROGRESS_WORDS,
  PROGRESS_LOOKALIKES, REMAINING_AFTER_CON, REMAINING_PHRASES, RESOURCES, REST_WORDS, RETRACTIONS, THEN_WORDS, TURN_WORDS, WORK_VERBS,
} from "./grammar.ts";
import { anchoredPhrases, findAll, isBlankCode, isWord, phraseAt, phrases, wordsAfter, wordsBefore, type Span, type Token } from "./lexicon.ts";
import { findNotMine, mayBeNotMine } from "./notmine.ts";
import { isQuestion } from "./question.ts";

export type Status = "done" | "not_done" | "progress";

/**
 * How a clause opens, which decides how it bears on the one before about the same task:
 * - contrast: "nhưng …", "mà …" (a limit on a completion said before: "xong rồi mà chưa nghiệm thu");
 * - remaining: "còn 2 xã chưa", "còn phần phê duyệt", "còn phải sửa" (what is left: the task is under way);
 * - except: "trừ số 4" (the task named is the exception to a "done" for the others);
 * - retract: "à không" (takes back the clause before);
 * - deny: "chứ chưa …", "chứ không …" (denies the other reading: says nothing of its own).
 */
export type Opener = "contrast" | "remaining" | "except" | "retract" | "deny";

export interface Reading {
  question: boolean;
  status: Status | null;
  /**
   * The status rests on weak signs only: progress from a work verb or a step ("đã trình"), which a
   * "done" elsewhere outweighs; not done from a vague negation or a condition, which anything else outweighs.
   */
  weak: boolean;
  percent: number | null;
  /** Expected date (with a status) or the date asked for (with an extension). */
  until: string | null;
  /** The last calendar date named in the clause, whatever it is about. */
  date: string | null;
  extension: boolean;
  days: number | null;
  /** Where the status, the blocker and the extension are said in the clause: they are listed in that order. */
  statusAt: number;
  blockerAt: number;
  extensionAt: number;
  /** undefined: no blocker; otherwise the blocker's note span (null when it gives none). */
  blocker: Span | null | undefined;
  /** The reason given ("vì thiếu người"), as a span. */
  reason: Span | null;
  ack: boolean;
  /** "còn lại", "the rest": about the other tasks. */
  rest: boolean;
  /** The task is not the unit's: the note's span. */
  notMine: Span | null;
  opener: Opener | null;
  /** The clause negates a step after the work, not the work: "chưa nghiệm thu", "chưa chạy thử". */
  limits: boolean;
}

const RE = {
  done: phrases(DONE_WORDS), future: phrases(FUTURE_WORDS), conditional: phrases(CONDITIONAL_WORDS), past: phrases(PAST_MARKERS),
  partial: phrases(PARTIAL_WORDS), partialLookalike: phrases(PARTIAL_LOOKALIKES),
  notDone: phrases(NOT_DONE_PHRASES), progress: phrases(PROGRESS_WORDS), ongoing: phrases(ONGOING), work: phrases(WORK_VERBS),
  notWork: phrases(NOT_WORK), ack: phrases(ACK_WORDS), rest: phrases(REST_WORDS), steps: phrases(PROGRESS_STEPS),
  negNotAboutWork: anchoredPhrases(NEGATION_NOT_ABOUT_WORK), lateReply: phrases(LATE_REPLY), ongoingNotWork: anchoredPhrases(ONGOING_NOT_WORK), greeting: phrases(GREETINGS),
  only: phrases(ONLY_WORDS), onlyEnd: phrases(ONLY_END), acceptance: anchoredPhrases(ACCEPTANCE_WORDS), acceptanceAnywhere: phrases(ACCEPTANCE_WORDS), then: phrases(THEN_WORDS),
  progressLookalike: phrases(PROGRESS_LOOKALIKES), resource: phrases(RESOURCES), remainingPhrase: phrases(REMAINING_PHRASES), contrast: anchoredPhrases(CONTRAST_WORDS), remaining: anchoredPhrases(REMAINING_AFTER_CON), turn: anchoredPhrases(TURN_WORDS), retraction: phrases(RETRACTIONS),
  /** After an opening negation, words read by their own rules ("chưa xong", "chưa thực hiện"): the negation adds nothing. */
  readElsewhere: anchoredPhrases([...DONE_WORDS, ...WORK_VERBS, ...PROGRESS_WORDS, ...NOT_DONE_PHRASES, ...PROGRESS_STEPS]),
  /** After an opening negation, words that make it about the work: "không kịp", "chưa được", "chưa đâu", "chưa làm gì". */
  aboutWork: anchoredPhrases([...INABILITY_AFTER_NEGATION, "bắt đầu", "có kết quả", "đâu", "gì", "có gì", "hết", "hẳn", "xuể"]),
};
const ACK_ALONE_SET = new Set(ACK_ALONE.map((w) => fold(w)));
const ACK_ALONE_TYPED = new Set(ACK_ALONE);
const CHU_SET = new Set(CHU.map((w) => fold(w)));
/** An acknowledging word as typed: "dạ" yes, "đã" no, although both fold to "da"; "da" without marks yes. */
function acknowledges(c: Clause, t: { start: number; end: number; text: string }): boolean {
  // Both readings below need the folded word in the list: ask the cheap question first.
  if (!ACK_ALONE_SET.has(t.text)) return false;
  const typed = c.o.slice(t.start, t.end).toLowerCase();
  return ACK_ALONE_TYPED.has(typed) || (/^[a-z]+$/.test(typed) && ACK_ALONE_SET.has(t.text));
}
const PERCENT = /(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|phan\s+tram|percent)/g;
/** "xong 2/3", "hoàn thành 9/10 chỉ tiêu": a part of the whole, unless that text was read as a date. */
const FRACTION = /(?<![\d/])(\d{1,3})\s?\/\s?(\d{1,3})(?![\d/])/g;
function hasFraction(f: string, dates: DateMatch[]): boolean {
  if (!f.includes("/")) return false;
  for (const m of f.matchAll(FRACTION)) if (+m[1]! < +m[2]! && !dates.some((d) => d.start <= m.index && m.index < d.end)) return true;
  return false;
}
/** "làm được 42 căn", "đã nhập được 1.250 thửa": a count of things done, which is progress. */
const COUNT_DONE = /(?<![a-z0-9])(?:duoc|dc|dat)\s+(?:khoang\s+|hon\s+|gan\s+)?\d[\d.,]*\s+(?!%|phan\s+tram|ngay|tuan|thang|nam|gio)[a-z]/;
/** A clause without any of these holds no date ("today", "friday" hold "day"). */
const MAY_HOLD_DATE = W.digit | W.thang | W.tuan | W.nam | W.quy | W.ngay | W.mai | W.hom | W.month | W.week | W.year | W.day | W.tomorrow | W.thu | W.chu | W.fri | W.nay;
const hasSymbol = (c: Clause, list: readonly string[]): boolean => c.symbols && list.some((s) => c.o.includes(s));
const NO_SPANS: readonly Span[] = [];
const inside = (m: Span, list: readonly Span[]): boolean => list.some((x) => x.start <= m.start && m.end <= x.end);

function skipBlanks(s: string, from: number): number {
  let i = from;
  while (i < s.length && isBlankCode(s.charCodeAt(i))) i++;
  return i;
}

function wordsBetweenTokens(c: Clause, from: number, to: number): number {
  let n = 0;
  for (const t of c.tokens) if (t.start >= from && t.end <= to && isWord(t)) n++;
  return n;
}

/** "mới xong dự thảo thôi", "chỉ … thôi": only so much. */
function onlySoMuch(c: Clause): boolean {
  if (!matches(c, RE.only).length) return false;
  const last = c.content.at(-1) ?? c.tokens.filter(isWord).at(-1);
  const end = c.tokens.filter(isWord).at(-1)?.end;
  return !!last && matches(c, RE.onlyEnd).some((m) => m.end === end);
}

/** What an opening negation is about: the work ("chưa xong", "chưa ạ"), nothing of it ("không sao"), or something vague ("không thấy …"). */
function openingNegation(c: Clause): "work" | "limit" | "vague" | null {
  const first = c.content[0];
  if (!first || !c.negs.includes(first.start)) return null;
  const next = skipBlanks(c.f, first.end);
  if (phraseAt(RE.negNotAboutWork, c.f, next) >= 0) return null;
  // "chưa có vốn", "chưa được bố trí kinh phí": a missing resource, which is a blocker (blocker.ts).
  if (matches(c, RE.resource).some((m) => m.start > first.start && wordsBetweenTokens(c, first.end, m.start) <= 3)) return null;
  if (phraseAt(RE.acceptance, c.f, next) >= 0) return "limit";
  if (phraseAt(RE.readElsewhere, c.f, next) >= 0) return null;
  if (!c.content[1] || phraseAt(RE.aboutWork, c.f, next) >= 0) return "work";
  return "vague";
}

/** Whether a word follows `pos`. */
function wordAfter(c: Clause, pos: number): boolean {
  for (let i = c.tokens.length - 1; i >= 0 && c.tokens[i]!.start >= pos; i--) if (isWord(c.tokens[i]!)) return true;
  return false;
}

/** A past marker as typed: "đã", "rồi"; "dạ" (yes) folds like "đã" but says nothing of time. */
function saysPast(c: Clause): boolean {
  return matches(c, RE.past).some((m) => m.text !== "da" || c.o.slice(m.start, m.end).toLowerCase() !== "dạ");
}

/** "xong 1 phần", "xong 2/3", "xong hết trừ …": only part of the work. */
function isPartial(c: Clause, dates: DateMatch[]): boolean {
  const list = matches(c, RE.partial);
  if (list.length > 0 && list.some((m) => !inside(m, matches(c, RE.partialLookalike)))) return true;
  if (c.f.includes("nua") && c.tokens.some((t) => t.text === "nua" && PARTIAL_TYPED.includes(c.o.slice(t.start, t.end).toLowerCase()))) return true;
  return c.hasDigit && hasFraction(c.f, dates);
}

/** Work verbs and steps before `until`: progress (weakly), or not done when negated. */
function workSigns(c: Clause, list: readonly Span[], out: Signs, until: number, blockerAt: number | null): void {
  if (!list.length) return;
  const notWork = matches(c, RE.notWork);
  for (const m of list) {
    if (m.start >= until || (notWork.length && inside(m, notWork))) continue;
    const n = negated(c, m.start);
    if (n) out.add(n);
    // "xin thêm 10 ngày để hoàn thiện": a purpose, not work under way.
    // A verb inside a blocker's note ("chờ ý kiến Sở Xây dựng") is not work under way either.
    else if (!precededBy(c, RE.future, m.start, 2) && !precededBy(c, RE.conditional, m.start, 1) && (blockerAt === null || m.start < blockerAt)) out.add("weak");
  }
}

/** A work or progress word negated ("chưa bắt đầu"), or a negation of it denied ("không phải bên em không làm"). */
function negated(c: Clause, pos: number): Sign | null {
  const n = negation(c, pos);
  return n === "not" ? "not_done" : n === "denied" ? "none" : null;
}

/** Statuses, with "weak" (a work verb or step) and "vague" (a vague negation) as signs that outweigh nothing, and "remaining" (work left). */
type Sign = Word | "weak" | "vague" | "remaining" | "unaccepted";

const SIGN_BITS: Record<Sign, number> = {
  done: 1, not_done: 2, progress: 4, planned: 8, step: 16, condition: 32, believed: 64, none: 128, weak: 256, vague: 512, remaining: 1024, unaccepted: 2048,
};
/** The signs of one clause as bits of a number: read on every clause, so no Set is made for them. */
class Signs {
  bits = 0;
  add(s: Sign): void { this.bits |= SIGN_BITS[s]; }
  has(s: Sign): boolean { return (this.bits & SIGN_BITS[s]) !== 0; }
  delete(s: Sign): void { this.bits &= ~SIGN_BITS[s]; }
  get size(): number { return this.bits === 0 ? 0 : 1; }
}

/** The statuses the clause's words point to, each once. */
function statuses(c: Clause, percent: { value: number; span: Span } | null, dates: DateMatch[], blockerAt: number | null, reason: Span | null, opening: ReturnType<typeof openingNegation>): Signs {
  const out = new Signs();
  const only = onlySoMuch(c);
  for (const m of matches(c, RE.done)) out.add(completion(c, m.start, m.end));
  if (hasSymbol(c, DONE_SYMBOLS)) out.add("done");
  if (hasSymbol(c, NOT_DONE_SYMBOLS)) out.add("not_done");
  const partial = (out.size > 0 || percent !== null) && isPartial(c, dates);
  if (percent) {
    const reading = percent.value === 100 ? completion(c, percent.span.start, percent.span.end) : negatedBefore(c, percent.span.start) ? "not_done" : "progress";
    out.add(reading === "done" && partial ? "progress" : reading);
  }
  // "hoàn thành 30/11" without "đã": a plan with a date, not a fact.
  if (out.has("done") && dates.some((d) => !d.rolled && !d.past) && !saysPast(c)) { out.delete("done"); out.add("not_done"); }
  if (out.has("done") && (partial || only)) { out.delete("done"); out.add("progress"); }
  const late = matches(c, RE.lateReply);
  for (const m of matches(c, RE.notDone)) if (!negatedBefore(c, m.start, 1) && !inside(m, late)) out.add("not_done");
  // "chưa bắt đầu"; "không phải bên em không làm" denies a negation, which says nothing.
  const how = out.has("done") ? matches(c, RE.progressLookalike) : NO_SPANS;
  for (const m of matches(c, RE.progress)) if (!inside(m, how)) out.add(negated(c, m.start) ?? "progress");
  const reasonAt = reason ? reason.start : Infinity;
  // "em đang họp", "đang vướng mặt bằng": the leader is busy elsewhere or stuck, which is not work going on.
  for (const m of matches(c, RE.ongoing)) {
    if (m.start >= reasonAt || !wordAfter(c, m.end) || phraseAt(RE.ongoingNotWork, c.f, skipBlanks(c.f, m.end)) >= 0) continue;
    out.add("progress");
  }
  // "chờ họp xong mới triển khai": the work after "xong mới" is still to come.
  const thenList = matches(c, RE.then);
  const then = thenList.length ? thenList.find((m) => precededBy(c, RE.done, m.start, 0)) : undefined;
  const after = then ? then.end : Infinity;
  workSigns(c, matches(c, RE.work), out, Math.min(after, reasonAt), blockerAt);
  workSigns(c, matches(c, RE.steps), out, Math.min(after, reasonAt), blockerAt);
  if (c.hasDigit && COUNT_DONE.test(c.f)) out.add("progress");
  // "… nhưng Sở chưa nghiệm thu": a step after the work is not done, which limits a completion.
  if (c.negs.length && matches(c, RE.acceptanceAnywhere).some((m) => negatedBefore(c, m.start, 1))) out.add("unaccepted");
  // "còn phải chỉnh sửa", "còn thiếu hồ sơ": work is left, so the task is under way.
  if (matches(c, RE.remainingPhrase).some((m) => !negatedBefore(c, m.start, 1)) || (c.hasDigit && /(?<![a-z0-9])con\s+\d/.test(c.f))) out.add("remaining");
  if (only && !out.has("not_done")) out.add("progress");
  // A clause that opens with a negation is about the task: "chưa ạ", "không", "chưa nghiệm thu".
  if (opening === "work" || opening === "limit") out.add("not_done");
  else if (opening === "vague") out.add("vague");
  // "riêng nhiệm vụ 2 thì chưa", "2 xã chưa": a final negation states it.
  const last = c.content.at(-1);
  if (last && c.content.length > 1 && c.negs.includes(last.start) && NEGATION_SET.has(last.text)) out.add("not_done");
  return out;
}

function pickStatus(s: Signs, percent: number | null): { status: Status | null; weak: boolean } {
  if (s.has("not_done") || s.has("unaccepted")) return { status: percent !== null && percent < 100 ? "progress" : "not_done", weak: false };
  if (s.has("progress") || s.has("remaining")) return { status: "progress", weak: false };
  // "đang triển khai, dự kiến cuối tháng xong": work under way with a planned end.
  if (s.has("planned")) return s.has("weak") || s.has("step") || (percent !== null && percent < 100) ? { status: "progress", weak: false } : { status: "not_done", weak: false };
  if (s.has("none") && s.has("done")) return { status: null, weak: false };
  if (s.has("done")) return { status: "done", weak: false };
  if (s.has("condition") || s.has("vague") || s.has("believed")) return { status: "not_done", weak: true };
  return s.has("weak") || s.has("step") ? { status: "progress", weak: true } : { status: null, weak: false };
}

function findPercent(c: Clause): { value: number; span: Span } | null {
  // Every percent ends in one of these; most clauses hold none.
  if (!c.f.includes("%") && !c.f.includes("phan") && !c.f.includes("percent")) return null;
  let last: { value: number; span: Span } | null = null;
  for (const m of findAll(PERCENT, c.f)) {
    const value = Number(/^[\d.,]+/.exec(m.text)![0].replace(",", "."));
    if (value >= 0 && value <= 100) last = { value, span: m };
  }
  return last;
}

/** Where the clause's status is said: its first done word, percent, negation or work word. */
function statusAt(c: Clause): number {
  let at = Infinity;
  for (const list of [RE.done, RE.notDone, RE.progress, RE.ongoing, RE.work, RE.steps]) { const m = matches(c, list)[0]; if (m && m.start < at) at = m.start; }
  const neg = c.content.find((t) => c.negs.includes(t.start));
  if (neg && neg.start < at) at = neg.start;
  const pct = c.f.search(/\d\s*%/);
  if (pct >= 0 && pct < at) at = pct;
  return Number.isFinite(at) ? at : 0;
}

/** How the clause opens (see Opener). */
function openerOf(c: Clause): Opener | null {
  let first: Token | undefined, second: Token | undefined;
  for (const t of c.tokens) if (isWord(t)) { if (!first) first = t; else { second = t; break; } }
  if (!first) return null;
  const retraction = matches(c, RE.retraction)[0];
  if (retraction && retraction.start <= first.start && c.tokens.every((t) => !isWord(t) || t.end <= retraction.end)) return "retract";
  if (CHU_SET.has(first.text) && second && c.negs.includes(second.start) && /^(?:chứ|chu)$/i.test(c.o.slice(first.start, first.end))) return "deny";
  if (phraseAt(RE.contrast, c.f, first.start) >= 0) return "contrast";
  if (first.text === "con" && second && (/^\d/.test(second.text) || phraseAt(RE.remaining, c.f, second.start) >= 0)) return "remaining";
  // "phần của các xã thì chưa": the part still to do (typed "phần"; folded, "phấn đấu" is "phan dau").
  if (first.text === "phan" && (c.o.slice(first.start, first.end).toLowerCase() === "phần" || second?.text === "cua")
    && !matches(c, RE.partialLookalike).some((m) => m.start === first!.start)) return "remaining";
  const content = c.content;
  if (content.length === 1 && phraseAt(RE.turn, c.f, content[0]!.start) >= 0 && /^(?:tru|ngoai|except)/.test(content[0]!.text)) return "except";
  return null;
}

/** "hôm 30/11", "từ hôm thứ hai": a day in the past that the leader dates a fact by, no expected date. */
function datesAhead(c: Clause, dates: DateMatch[]): DateMatch[] {
  return dates.filter((d) => {
    if (d.rolled) return false;
    const before = wordsBefore(c.tokens, d.start, 1)[0];
    return !before || !/^(?:hom|tu|since)$/.test(before.text);
  });
}

/** A clause of politeness only ("Kính gửi anh,", "dạ"): it acknowledges, unless it asks or names a task. */
function politenessOnly(c: Clause, referenced: boolean): Reading {
  const question = isQuestion(c);
  const ack = !question && !referenced && !(matches(c, RE.greeting).length > 0 && !c.tokens.some((t) => isWord(t) && acknowledges(c, t))) && c.tokens.some(isWord);
  return {
    question, status: null, weak: false, rest: false, ack, notMine: null, opener: null, limits: false, percent: null, until: null, date: null,
    extension: false, days: null, statusAt: 0, blockerAt: 0, extensionAt: 0, blocker: undefined, reason: null,
  };
}

/** `referenced`: the clause names a task, so a bare "dạ" next to it is not an acknowledgement. */
export function readClause(c: Clause, referenced = false): Reading {
  // Nothing but politeness, no symbol, no digit: no reader below finds anything in it.
  if (!c.content.length && !c.symbols && !c.hasDigit && !c.o.includes("(")) return politenessOnly(c, referenced);
  const opener = openerOf(c);
  const question = isQuestion(c);
  const words = dateWords(c.f);
  const today = words & MAY_HOLD_DATE ? c.today() : null;
  const dates = today === null ? [] : findDates(c.f, today, words);
  const percent = findPercent(c);
  const ext = findExtension(c, dates);
  let blocker = findBlocker(c);
  const reason = findReason(c);
  const rest = (matches(c, RE.rest).length > 0);
  const opening = openingNegation(c);
  const signs = statuses(c, percent, dates, blocker?.note?.start ?? null, reason, opening);
  let { status, weak } = pickStatus(signs, percent?.value ?? null);
  // "không xong thì em xin gia hạn": what follows a condition is not asked for yet.
  const hypothetical = signs.has("condition");
  const ackWords = matches(c, RE.ack).some((m) => !negatedBefore(c, m.start, 1)) || hasSymbol(c, ACK_SYMBOLS) || (c.o.includes("(") && ACK_EMOTICONS.some((e) => c.o.includes(e)));
  // A greeting alone ("hello", "chào anh") opens a conversation; it does not acknowledge the reminder.
  const greets = matches(c, RE.greeting).length > 0 && !c.tokens.some((t) => isWord(t) && acknowledges(c, t));
  const ackAlone = !referenced && !greets && c.tokens.some(isWord) && c.content.every((t) => acknowledges(c, t));
  let ack = !question && (ackWords || ackAlone);
  const notMine = question || !mayBeNotMine(c) ? null : findNotMine(c);
  let extension = ext.extension && !hypothetical;
  if (question) status = null;
  if (opener === "except" && status === null) status = "not_done";
  // "chứ chưa …", "à không": the clause says nothing of its own; "chứ không phải sở em" may still say whose the task is.
  if (opener === "deny" || opener === "retract" || notMine) { status = null; weak = false; blocker = undefined; ack = false; extension = false; }
  // A reason for not finishing or for asking more time is what stands in the way.
  if (blocker === undefined && reason && !question && (extension || (status === "not_done" && !weak))) blocker = { note: reason, request: false, at: reason.start };
  const ahead = extension || hypothetical ? [] : dates.length ? datesAhead(c, dates) : dates;
  const partialPercent = percent?.value === 100 && status === "progress";
  return {
    question, status, weak, rest, ack, notMine, opener,
    limits: (signs.has("not_done") && opening === "limit") || signs.has("remaining") || signs.has("unaccepted"),
    percent: (status === "progress" || status === "done") && !partialPercent ? percent?.value ?? null : null,
    until: extension ? ext.until : status === "not_done" || status === "progress" ? ahead.at(-1)?.iso ?? null : null,
    date: dates.filter((d) => !d.relative).at(-1)?.iso ?? null,
    extension, days: extension ? ext.days : null,
    // Only needed to order two or more statements of one clause.
    statusAt: status && (blocker || extension) ? statusAt(c) : 0, blockerAt: blocker?.at ?? 0, extensionAt: ext.at,
    blocker: question && !blocker?.request ? undefined : blocker?.note,
    reason,
  };
}
