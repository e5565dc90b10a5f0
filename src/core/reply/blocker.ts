/**
 * Blockers and reasons. "vướng mắc do thiếu kinh phí" → a blocker noted "thiếu kinh phí";
 * "cần hỗ trợ về mặt bằng" and "chưa có kinh phí" are blockers noted as written; "không có vướng
 * mắc gì" is none. Notes are spans of the clause, so they keep the leader's spelling.
 */
import { type Clause, negatedBefore, precededBy, matches } from "./context.ts";
import {
  BLOCKER_LABELS, BLOCKER_NEGATORS, EXTENSION_WORDS, HELP_REQUESTS, LABEL_JOINERS, LACK_LOOKALIKES, LACK_WORDS, NOT_REASON_BEFORE_DO,
  REASON_WORDS, REFUSALS, RESOURCES,
} from "./grammar.ts";
import { phraseAt, phrases, wordsBefore, type Span } from "./lexicon.ts";

const RE = {
  label: phrases(BLOCKER_LABELS), help: phrases(HELP_REQUESTS), lack: phrases(LACK_WORDS), lookalike: phrases(LACK_LOOKALIKES),
  resource: phrases(RESOURCES), negator: phrases(BLOCKER_NEGATORS), reason: phrases(REASON_WORDS),
  joiner: phrases(LABEL_JOINERS), extension: phrases(EXTENSION_WORDS), refusal: phrases(REFUSALS),
};
const NOT_REASON = new Set(NOT_REASON_BEFORE_DO);

export interface Blocker {
  /** Where the note is, or null when the clause names a blocker without saying what. */
  note: Span | null;
  /** A request for help ("cần hỗ trợ"): stands even inside a question ("hỗ trợ em được không?"). */
  request: boolean;
}

/** The note after a label: skip blanks, ":" and joiners ("do", "vì", "là"). */
function afterLabel(c: Clause, pos: number): number {
  let p = pos;
  for (;;) {
    while (p < c.f.length && /[\s:\-–—,]/.test(c.f[p]!)) p++;
    const j = phraseAt(RE.joiner, c.f, p);
    if (j < 0) return p;
    p = j;
  }
}

const span = (c: Clause, start: number): Span | null =>
  start < c.f.length && /[a-z0-9]/u.test(c.f.slice(start)) ? { start, end: c.f.length, text: c.f.slice(start) } : null;

/** "không có vướng mắc", "hết vướng": the label is denied. */
const denied = (c: Clause, pos: number): boolean => !!negatedBefore(c, pos) || !!precededBy(c, RE.negator, pos, 2);

export function findBlocker(c: Clause): Blocker | undefined {
  const found: Array<{ at: number; note: Span | null; request: boolean }> = [];
  for (const m of matches(c, RE.label)) if (!denied(c, m.start)) found.push({ at: m.start, note: span(c, afterLabel(c, m.end)), request: false });
  // "gia hạn giúp em đến 30/11": help asked for the extension itself is politeness, not a blocker.
  for (const m of matches(c, RE.help)) if (!negatedBefore(c, m.start, 2) && !precededBy(c, RE.extension, m.start, 1)) found.push({ at: m.start, note: span(c, m.start), request: true });
  // "không thuộc chức năng của đơn vị": stands even beside a question ("… em hỏi bên Sở Nội vụ xem").
  for (const m of matches(c, RE.refusal)) found.push({ at: m.start, note: span(c, m.start), request: true });
  const lookalikes = matches(c, RE.lookalike);
  for (const m of matches(c, RE.lack)) {
    if (lookalikes.some((x) => x.start <= m.start && m.end <= x.end)) continue;
    if (!negatedBefore(c, m.start, 1)) found.push({ at: m.start, note: span(c, m.start), request: false });
  }
  // "chưa có kinh phí", "chưa được phê duyệt": a missing resource.
  for (const m of matches(c, RE.resource)) {
    const neg = negatedBefore(c, m.start, 4);
    if (neg) found.push({ at: neg.start, note: span(c, neg.start), request: false });
  }
  if (!found.length) return undefined;
  found.sort((a, b) => a.at - b.at);
  return { note: found[0]!.note, request: found.some((x) => x.request) };
}

/** "chưa xong vì thiếu người" → the span "thiếu người". "tiến độ" is not "do" (because). */
export function findReason(c: Clause): Span | null {
  for (const m of matches(c, RE.reason)) {
    if (m.text === "do") {
      const prev = wordsBefore(c.tokens, m.start, 1)[0];
      if (prev && NOT_REASON.has(prev.text)) continue;
    }
    const s = span(c, afterLabel(c, m.end));
    if (s) return s;
  }
  return null;
}
