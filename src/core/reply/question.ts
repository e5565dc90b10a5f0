/**
 * Whether a clause asks rather than tells: "xong chưa?", "bao giờ xong", "đã hoàn thành chưa ạ",
 * "is it done". A question never closes a task. "Khi nào xong em báo" is a condition, not a question.
 */
import { fold } from "../text/fold.ts";
import { type Clause, NEGATION_SET, matches, negatedBefore } from "./context.ts";
import {
  AFTER_PARTICLE, DONE_WORDS, ENGLISH_AUX, ENGLISH_SUBJECTS, QUESTION_PARTICLES, QUESTION_TAILS, QUESTION_WORDS, RHETORICAL_AFTER,
  STATEMENT_BEFORE_TAIL, TURN_WORDS, WORK_VERBS,
} from "./grammar.ts";
import { anchoredPhrases, isWord, phraseAt, phrases } from "./lexicon.ts";

/** English question words count only at the start: "will report when done" is not a question. */
const ENGLISH_WH = new Set(["what", "when", "how", "why", "where", "which", "who"]);
const QUESTION = phrases(QUESTION_WORDS.filter((w) => !ENGLISH_WH.has(w)));
const CONDITION_OPENERS = /^(?:khi nao|bao gio|luc nao)$/;
const ACTION = phrases([...DONE_WORDS, ...WORK_VERBS]);
const TAILS = new Set(QUESTION_TAILS.map((w) => fold(w)));
const AUX = new Set(ENGLISH_AUX);
const SUBJECTS = new Set(ENGLISH_SUBJECTS);
const PARTICLES_ORIGINAL = new Set(QUESTION_PARTICLES);
/** Folded, a particle's spelling is lost ("à" = "a"), but a word that does not fold to one is none. */
const PARTICLES_FOLDED = new Set(QUESTION_PARTICLES.map((w) => fold(w)));
const ADDRESS = new Set(AFTER_PARTICLE.map((w) => fold(w)));
const STATEMENT_TAIL = new Set(STATEMENT_BEFORE_TAIL.map((w) => fold(w)));
/** "Xong thế nào được", "xong sao được": rhetorical, a denial (completion.ts), not a question. */
const RHETORICAL = phrases(RHETORICAL_AFTER.filter((w) => w.includes(" ")));
const TURN = anchoredPhrases(TURN_WORDS);

/** "… chưa thì tôi phải hỏi lại", "… hay không thì em chưa nắm": a whether-question the speaker cannot answer yet. Folded. */
const EMBEDDED_WHETHER = /(?<![a-z])(?:chua|khong|ko|k)\s+thi\s+(?:(?:toi|tui|em|e|minh|anh|chi)\s+)?(?:(?:phai|can|se|de|con|chua|cung|van|khong|ko)\s+)*(?:hoi|xem|kiem tra|check|kt|biet|nam|ro|dam chac|chac|dam noi|dam bao cao)(?![a-z])/;

/** "hả", "hở", "hử" as typed right after a done word, "rồi" or "chưa", with more words after: a question (round 18). */
const MID_PARTICLE = /(?:^|[^\p{L}])(?:xong|rồi|chưa|hoàn thành)\s+(?:hả|hở|hử)(?=\s+\p{L})/iu;

/** "khi nào xong em báo": the asking word opens a condition followed by more words. */
function opensCondition(c: Clause, end: number): boolean {
  // "Khi nào có kinh phí thì mới làm xong được": "thì" answers the asking word.
  if (/(?<![a-z0-9])thi\s+(?:moi|se|em|xong|lam)(?![a-z0-9])/.test(c.f.slice(end))) return true;
  const action = matches(c, ACTION).find((m) => m.start >= end && m.start - end <= 12);
  return !!action && c.content.some((t) => t.start >= action.end);
}

/** "vẫn chưa", "thì chưa": the word before the tail (politeness included) makes it a statement. */
function statementTail(c: Clause, last: { start: number }): boolean {
  for (let i = c.tokens.length - 1; i >= 0; i--) {
    const t = c.tokens[i]!;
    if (t.start < last.start && isWord(t)) return STATEMENT_TAIL.has(t.text);
  }
  return false;
}

/** The clause opens with "còn", "riêng", "trừ": it says what is left. */
function turned(c: Clause): boolean {
  const first = c.tokens.find((t) => isWord(t));
  return !!first && phraseAt(TURN, c.f, first.start) >= 0;
}

export function isQuestion(c: Clause): boolean {
  const rhetorical = matches(c, RHETORICAL);
  if (rhetorical.length) return false;
  if (c.o.includes("?") || c.o.includes("？")) return true;
  for (const m of matches(c, QUESTION)) {
    if (CONDITION_OPENERS.test(m.text.replace(/\s+/g, " ")) && opensCondition(c, m.end)) continue;
    // "chưa thể nào hoàn thành": "thể nào" after a negation is "in no way", not "how".
    if (m.text.startsWith("the") && negatedBefore(c, m.start, 1)) continue;
    return true;
  }
  // "Đã ban hành quyết định chưa thì tôi phải hỏi lại Văn phòng": whether it is done, which the leader must still find out (round 16).
  if (EMBEDDED_WHETHER.test(c.f)) return true;
  const words = c.content;
  const first = words[0], second = words[1], last = words.at(-1), beforeLast = words.at(-2);
  if (first && (ENGLISH_WH.has(first.text) || (AUX.has(first.text) && second && SUBJECTS.has(second.text)))) return true;
  // "xong chưa", "hoàn thành không": a tail after something; "chưa" alone is an answer, and so are
  // "vẫn chưa", "thì chưa", and "còn 2 xã chưa", "riêng nhiệm vụ 2 chưa" (what is left, said).
  if (last && beforeLast && TAILS.has(last.text) && (last.text !== "hong" || c.o.slice(last.start, last.end).toLowerCase() === "hông") && !NEGATION_SET.has(beforeLast.text) && !statementTail(c, last) && !(last.text !== "khong" && turned(c))) {
    if (last.text !== "yet" || !words.some((t) => NEGATION_SET.has(t.text))) return true;
  }
  if (!words.length) return false;
  // "xong rồi hả anh em tưởng việc này chưa giao về xã em": typed without a stop, the particle asks mid-clause (round 18).
  if ((c.o.includes("ả") || c.o.includes("ở") || c.o.includes("ử")) && MID_PARTICLE.test(c.o)) return true;
  // A question particle at the end, maybe before address: "xong rồi à", "cái vụ đó hả anh".
  for (let i = c.tokens.length - 1; i >= 0; i--) {
    const t = c.tokens[i]!;
    const code = t.text.charCodeAt(0);
    if (!(code >= 97 && code <= 122)) continue;
    if (PARTICLES_FOLDED.has(t.text) && PARTICLES_ORIGINAL.has(c.o.slice(t.start, t.end).toLowerCase())) return true;
    if (!ADDRESS.has(t.text)) return false;
  }
  return false;
}
