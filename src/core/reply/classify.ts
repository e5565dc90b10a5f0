/**
 * What one clause says, before task numbers are attached: its status (done, not done, progress),
 * percent, dates, blocker, extension request, acknowledgement, or that it asks a question.
 * When the words pull both ways, the reading that does not close the task wins.
 */
import { fold } from "../text/fold.ts";
import { dateWords, W } from "./date-words.ts";
import { findDates, type DateMatch } from "./dates.ts";
import { findBlocker, findReason } from "./blocker.ts";
import { type Clause, NEGATION_SET, negatedBefore, precededBy, matches } from "./context.ts";
import { findExtension } from "./extension.ts";
import {
  ACK_ALONE, ACK_SYMBOLS, BELIEF_LOOKALIKES, BELIEF_WORDS, GREETINGS, LATE_REPLY, ACK_WORDS, CONDITIONAL_WORDS, DONE_SYMBOLS, DONE_WORDS, FUTURE_WORDS, INABILITY_AFTER_NEGATION,
  NEAR_WORDS, NEGATION_NOT_ABOUT_WORK, NOT_DONE_PHRASES, NOT_DONE_SYMBOLS, NOT_WORK, ONGOING, ONGOING_NOT_WORK, PARTIAL_WORDS,
  PAST_MARKERS, PROGRESS_WORDS, PROGRESSIVE_WORDS, REST_WORDS, WORK_VERBS,
} from "./grammar.ts";
import { findAll, isBlankCode, isWord, phraseAt, phrases, wordsAfter, type Span } from "./lexicon.ts";
import { isQuestion } from "./question.ts";

export type Status = "done" | "not_done" | "progress";

export interface Reading {
  question: boolean;
  status: Status | null;
  percent: number | null;
  /** Expected date (with a status) or the date asked for (with an extension). */
  until: string | null;
  /** The last calendar date named in the clause, whatever it is about. */
  date: string | null;
  extension: boolean;
  days: number | null;
  /** undefined: no blocker; otherwise the blocker's note span (null when it gives none). */
  blocker: Span | null | undefined;
  /** The reason given ("vì thiếu người"), as a span. */
  reason: Span | null;
  ack: boolean;
  /** "còn lại", "the rest": about the other tasks. */
  rest: boolean;
}

const RE = {
  done: phrases(DONE_WORDS), near: phrases(NEAR_WORDS), future: phrases(FUTURE_WORDS), conditional: phrases(CONDITIONAL_WORDS),
  progressive: phrases(PROGRESSIVE_WORDS), past: phrases(PAST_MARKERS), partial: phrases(PARTIAL_WORDS),
  notDone: phrases(NOT_DONE_PHRASES), progress: phrases(PROGRESS_WORDS), ongoing: phrases(ONGOING), work: phrases(WORK_VERBS),
  notWork: phrases(NOT_WORK), ack: phrases(ACK_WORDS), rest: phrases(REST_WORDS),
  negNotAboutWork: phrases(NEGATION_NOT_ABOUT_WORK), belief: phrases(BELIEF_WORDS), beliefLookalike: phrases(BELIEF_LOOKALIKES), lateReply: phrases(LATE_REPLY), ongoingNotWork: phrases(ONGOING_NOT_WORK), greeting: phrases(GREETINGS),
};
const ACK_ALONE_SET = new Set(ACK_ALONE.map((w) => fold(w)));
const ACK_ALONE_TYPED = new Set(ACK_ALONE);
/** An acknowledging word as typed: "dạ" yes, "đã" no, although both fold to "da"; "da" without marks yes. */
function acknowledges(c: Clause, t: { start: number; end: number; text: string }): boolean {
  // Both readings below need the folded word in the list: ask the cheap question first.
  if (!ACK_ALONE_SET.has(t.text)) return false;
  const typed = c.o.slice(t.start, t.end).toLowerCase();
  return ACK_ALONE_TYPED.has(typed) || (/^[a-z]+$/.test(typed) && ACK_ALONE_SET.has(t.text));
}
const INABILITY_SET = new Set(INABILITY_AFTER_NEGATION.map((w) => fold(w)));
const PERCENT = /(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|phan\s+tram|percent)/g;
/** "xong 2/3": two thirds, unless that text was read as a date. */
const FRACTION = /(?<![\d/])([1-9])\s?\/\s?([2-9])(?![\d/])/g;
function hasFraction(f: string, dates: DateMatch[]): boolean {
  for (const m of f.matchAll(FRACTION)) if (+m[1]! < +m[2]! && !dates.some((d) => d.start <= m.index && m.index < d.end)) return true;
  return false;
}
/** A clause without any of these holds no date ("today", "friday" hold "day"). */
const MAY_HOLD_DATE = W.digit | W.thang | W.tuan | W.nam | W.quy | W.ngay | W.mai | W.hom | W.month | W.week | W.year | W.day | W.tomorrow | W.thu | W.chu | W.fri;
const hasSymbol = (c: Clause, list: readonly string[]): boolean => c.symbols && list.some((s) => c.o.includes(s));

/** "planned": finishing is a plan ("dự kiến cuối tháng xong"), open, and under way if work is said to be. */
type Word = Status | "planned";

/** "tưởng xong rồi": only believed done; "đối tượng đã xong" is not that. */
function believed(c: Clause, start: number): boolean {
  const m = precededBy(c, RE.belief, start, 2);
  return !!m && !matches(c, RE.beliefLookalike).some((x) => x.start <= m.start && m.end <= x.end);
}

/** How a done word (or "100%") at [start, end) reads in context: a fact, or not. */
function completion(c: Clause, start: number, end: number): Word {
  if (negatedBefore(c, start)) return "not_done";
  const [a, b] = wordsAfter(c.tokens, end, 2);
  if (a && b && NEGATION_SET.has(a.text) && INABILITY_SET.has(b.text)) return "not_done";
  if (precededBy(c, RE.near, start, 1) || believed(c, start)) return "not_done";
  if (precededBy(c, RE.progressive, start, 2)) return "progress";
  if (precededBy(c, RE.future, start, 3)) return "planned";
  if (precededBy(c, RE.conditional, start, 2)) return "not_done";
  return "done";
}

function skipBlanks(s: string, from: number): number {
  let i = from;
  while (i < s.length && isBlankCode(s.charCodeAt(i))) i++;
  return i;
}

/** The statuses the clause's words point to, each once. */
function statuses(c: Clause, percent: { value: number; span: Span } | null, dates: DateMatch[], blockerAt: number | null): Set<Word | "weak"> {
  const out = new Set<Word | "weak">();
  for (const m of matches(c, RE.done)) out.add(completion(c, m.start, m.end));
  if (hasSymbol(c, DONE_SYMBOLS)) out.add("done");
  if (hasSymbol(c, NOT_DONE_SYMBOLS)) out.add("not_done");
  if (percent) {
    const reading = percent.value === 100 ? completion(c, percent.span.start, percent.span.end) : negatedBefore(c, percent.span.start) ? "not_done" : "progress";
    out.add(reading);
  }
  // "hoàn thành 30/11" without "đã": a plan with a date, not a fact.
  if (out.has("done") && dates.some((d) => !d.rolled && !d.past) && matches(c, RE.past).length === 0) { out.delete("done"); out.add("not_done"); }
  if (out.has("done") && (matches(c, RE.partial).length > 0 || hasFraction(c.f, dates))) { out.delete("done"); out.add("progress"); }
  const late = matches(c, RE.lateReply);
  for (const m of matches(c, RE.notDone)) if (!negatedBefore(c, m.start, 1) && !late.some((x) => x.start <= m.start && m.end <= x.end)) out.add("not_done");
  for (const m of matches(c, RE.progress)) out.add(negatedBefore(c, m.start) ? "not_done" : "progress");
  // "em đang họp": the leader is busy elsewhere, which says nothing about the work.
  for (const m of matches(c, RE.ongoing)) if (wordsAfter(c.tokens, m.end, 1).length && phraseAt(RE.ongoingNotWork, c.f, skipBlanks(c.f, m.end)) < 0) out.add("progress");
  const notWork = matches(c, RE.notWork);
  for (const m of matches(c, RE.work)) {
    if (notWork.some((x) => x.start <= m.start && m.end <= x.end)) continue;
    if (negatedBefore(c, m.start)) out.add("not_done");
    // "xin thêm 10 ngày để hoàn thiện": a purpose, not work under way.
    // A verb inside a blocker's note ("chờ ý kiến Sở Xây dựng") is not work under way either.
    else if (!precededBy(c, RE.future, m.start, 2) && !precededBy(c, RE.conditional, m.start, 1) && (blockerAt === null || m.start < blockerAt)) out.add("weak");
  }
  // A clause that opens with a negation is about the task: "chưa ạ", "không", "chưa nghiệm thu".
  const first = c.content[0];
  if (first && NEGATION_SET.has(first.text) && phraseAt(RE.negNotAboutWork, c.f, skipBlanks(c.f, first.end)) < 0) out.add("not_done");
  return out;
}

function pickStatus(s: Set<Word | "weak">, percent: number | null): Status | null {
  if (s.has("not_done")) return percent !== null && percent < 100 ? "progress" : "not_done";
  if (s.has("progress")) return "progress";
  // "đang triển khai, dự kiến cuối tháng xong": work under way with a planned end.
  if (s.has("planned")) return s.has("weak") || (percent !== null && percent < 100) ? "progress" : "not_done";
  if (s.has("done")) return "done";
  return s.has("weak") ? "progress" : null;
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

/** `referenced`: the clause names a task, so a bare "dạ" next to it is not an acknowledgement. */
export function readClause(c: Clause, referenced = false): Reading {
  const question = isQuestion(c);
  const words = dateWords(c.f);
  const today = words & MAY_HOLD_DATE ? c.today() : null;
  const dates = today === null ? [] : findDates(c.f, today, words);
  const percent = findPercent(c);
  const ext = findExtension(c, dates);
  const blocker = findBlocker(c);
  const rest = (matches(c, RE.rest).length > 0);
  let status = pickStatus(statuses(c, percent, dates, blocker?.note?.start ?? null), percent?.value ?? null);
  const ackWords = matches(c, RE.ack).some((m) => !negatedBefore(c, m.start, 1)) || hasSymbol(c, ACK_SYMBOLS);
  // A greeting alone ("hello", "chào anh") opens a conversation; it does not acknowledge the reminder.
  const greets = matches(c, RE.greeting).length > 0 && !c.tokens.some((t) => isWord(t) && acknowledges(c, t));
  const ackAlone = !referenced && !greets && c.tokens.some(isWord) && c.content.every((t) => acknowledges(c, t));
  const ack = !question && (ackWords || ackAlone);
  if (question) status = null;
  const datesForStatus = ext.extension ? [] : dates;
  return {
    question, status, rest, ack,
    percent: status === "progress" || status === "done" ? percent?.value ?? null : null,
    until: ext.extension ? ext.until : status === "not_done" || status === "progress" ? datesForStatus.at(-1)?.iso ?? null : null,
    date: dates.filter((d) => !d.relative).at(-1)?.iso ?? null,
    extension: ext.extension, days: ext.days,
    blocker: question && !blocker?.request ? undefined : blocker?.note,
    reason: findReason(c),
  };
}
