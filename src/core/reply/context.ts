/**
 * One clause made ready for reading: its folded text, tokens, the words that carry meaning (not
 * politeness), and "today" computed only if a date is met. Helpers answer "is this word negated?",
 * "does that phrase come just before?".
 */
import { fold } from "../text/fold.ts";
import type { DayNumber } from "./calendar.ts";
import { ACK_SYMBOLS, DAU, DAU_LOOKALIKES_BEFORE, DAU_NEGATES_BEFORE, DONE_SYMBOLS, NEGATIONS, NEGATIONS_TYPED_ONLY, NEGATIONS_UNMARKED_ONLY, NOT_DONE_SYMBOLS, PARTICLES } from "./grammar.ts";
import { isWord, listTotal, phrases, scan, select, tokenize, type Hit, type Phrases, type Span, type Token } from "./lexicon.ts";

const PARTICLE = phrases(PARTICLES);
/** The negations as a phrase list, so the clause's one scan says whether it holds any. */
const NEGATION = phrases(NEGATIONS);
/** One-word particles as typed: folded, "tối" (late) and "tới" would be "tôi", "đã" would be "dạ". */
const PARTICLE_TYPED = new Set(PARTICLES.filter((p) => !p.includes(" ")).map((p) => p.normalize("NFC").toLowerCase()));
/** Folded one-word particles some spelling of which has marks: only these need the typed look. */
const PARTICLE_FOLDED = new Set(PARTICLES.filter((p) => !p.includes(" ") && fold(p) !== p.toLowerCase()).map((p) => fold(p)));
const DAU_TYPED = new Set(DAU);
const UNMARKED_ONLY = new Set(NEGATIONS_UNMARKED_ONLY);
const TYPED_ONLY = new Set(NEGATIONS_TYPED_ONLY.map((w) => fold(w)));
const TYPED_ONLY_AS = new Set(NEGATIONS_TYPED_ONLY.map((w) => w.normalize("NFC")));
const DAU_NEGATES = new Set(DAU_NEGATES_BEFORE.map((w) => fold(w)));
const DAU_LOOKALIKE = new Set(DAU_LOOKALIKES_BEFORE.map((w) => fold(w)));
/** The lowest first code unit of any listed symbol: a text without a unit this high holds none. */
const SYMBOL_FLOOR = Math.min(...[...DONE_SYMBOLS, ...NOT_DONE_SYMBOLS, ...ACK_SYMBOLS].map((s) => s.charCodeAt(0)));
const MAY_HOLD_SYMBOL = new RegExp(`[\\u${SYMBOL_FLOOR.toString(16).padStart(4, "0")}-\\uffff]`);
export const NEGATION_SET = new Set(NEGATIONS.map((w) => fold(w)));

export interface Clause {
  /** Folded text, task references blanked out. */
  f: string;
  /** The same text as typed (NFC), same length. */
  o: string;
  tokens: Token[];
  /** Whether `o` may hold a listed symbol (✅, ❌, 👍): they are looked for only then. */
  symbols: boolean;
  /** Whether the clause holds a digit: the readers of numbers look only then. */
  hasDigit: boolean;
  /** Word tokens that are not politeness or address ("dạ", "anh", "em báo cáo"). */
  content: Token[];
  /** Start positions of the word tokens that negate here: "chưa", "ko", and "đâu" before "có" ("đâu có vướng gì"). */
  negs: readonly number[];
  /** A denying "đâu" after what it denies ("làm xong đâu mà báo", "có xong đâu"), or null. */
  dau: Token | null;
  today: () => DayNumber | null;
  /** Every phrase of every list in the clause, from one pass over the shared trie. */
  hits: Hit[];
  /** Per list id, whether any of its phrases is among the hits, as bits (see isPresent): most lists have none. */
  present: number[];
  /** Matches already selected from `hits`, per list id: several readers ask for the same ones. */
  found: Array<Span[] | undefined>;
}

const NONE: readonly Span[] = Object.freeze([]);
const NO_NEGATIONS: { negs: readonly number[]; dau: Token | null } = Object.freeze({ negs: Object.freeze([]) as readonly number[], dau: null });

/** Every match of a phrase list in the clause, selected once. */
const hasBit = (bits: readonly number[], id: number): boolean => ((bits[id >> 5] ?? 0) & (1 << (id & 31))) !== 0;

/** Whether a phrase of the list is among the clause's hits. */
export const isPresent = (c: Clause, list: Phrases): boolean => hasBit(c.present, list.id);

export function matches(c: Clause, list: Phrases): readonly Span[] {
  if (!isPresent(c, list)) return NONE;
  return c.found[list.id] ??= select(c.f, c.hits, list);
}

export function makeClause(f: string, o: string, today: () => DayNumber | null): Clause {
  const tokens = tokenize(f);
  const hits = scan(f);
  const present: number[] = new Array<number>((listTotal() + 31) >> 5).fill(0);
  for (const h of hits) for (const id of h.lists) present[id >> 5]! |= 1 << (id & 31);
  const polite = hasBit(present, PARTICLE.id) ? select(f, hits, PARTICLE) : NONE;
  // Politeness spans and tokens both run left to right, so one walk tells which words are politeness.
  const content: Token[] = [];
  let k = 0;
  for (const t of tokens) {
    if (!isWord(t)) continue;
    while (k < polite.length && polite[k]!.end < t.end) k++;
    const p = k < polite.length && polite[k]!.start <= t.start ? polite[k]! : null;
    if (!p || (p.start === t.start && p.end === t.end && PARTICLE_FOLDED.has(t.text) && !typedAs(o, t, PARTICLE_TYPED))) content.push(t);
  }
  // Most clauses hold neither a negation nor "đâu": then there is nothing to look at.
  const { negs, dau } = hasBit(present, NEGATION.id) || f.includes("dau") ? negations(tokens, o) : NO_NEGATIONS;
  return { f, o, tokens, content, negs, dau, today, hits, present, found: [], symbols: MAY_HOLD_SYMBOL.test(o), hasDigit: /\d/.test(f) };
}

/** Whether a word is typed as one of `set`, or typed without marks (then its folded form stands for any). */
function typedAs(o: string, t: Token, set: ReadonlySet<string>): boolean {
  const typed = o.slice(t.start, t.end).toLowerCase();
  return set.has(typed) || /^[a-z0-9']+$/.test(typed);
}

/** A word joined by "/", "-" or "&" to letters or digits on either side, as in "215/KH-UBND" or "Sở KH&ĐT". */
function inCode(o: string, t: Token): boolean {
  const before = o.charCodeAt(t.start - 1), after = o.charCodeAt(t.end);
  const joined = (c: number, next: number): boolean => (c === 47 || c === 45 || c === 38) && /[\p{L}\d]/u.test(String.fromCharCode(next || 32));
  return (t.start > 0 && joined(before, o.charCodeAt(t.start - 2))) || joined(after, o.charCodeAt(t.end + 1));
}

/** The negating words of a clause, and a final denying "đâu". */
function negations(tokens: readonly Token[], o: string): { negs: readonly number[]; dau: Token | null } {
  const negs: number[] = [];
  let dau: Token | null = null;
  let prev: Token | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isWord(t)) continue;
    if (NEGATION_SET.has(t.text)) {
      // "215/KH-UBND", "KH-SKHĐT": a document's code, not "không".
      if (inCode(o, t)) { prev = t; continue; }
      if (TYPED_ONLY.has(t.text) && !TYPED_ONLY_AS.has(o.slice(t.start, t.end).toLowerCase())) { prev = t; continue; }
      // "sửa chữa xong", "phòng cháy, chữa cháy", "chứa nước": folded "chữa", "chứa" are "chưa" (round 19, BJ, BL read a finished
      // inspection as not done); typed with those marks, or bare after "sửa" / "phòng cháy", they never negate.
      // A slip right before the done word ("chữa xong" for "chưa xong") still negates.
      if (t.text === "chua" && ((/^ch(?:ữ|ử|ứ|ừ|ự)a$/i.test(o.slice(t.start, t.end)) && (prev?.text === "sua" || !/^\s+(?:xong|hoàn|hoan|ht|xog|kịp|kip)/iu.test(o.slice(t.end, t.end + 8)))) || (/^chua$/i.test(o.slice(t.start, t.end)) && prev && (prev.text === "sua" || (prev.text === "chay" && /phong\s+chay\s*,?\s*$/i.test(fold(o.slice(Math.max(0, t.start - 14), t.start)))))))) { prev = t; continue; }
      // "chằng chống 14 nhà" (tie down): folded it is "chẳng" (round 19, BG); a slip "chằng xong" still negates.
      if (t.text === "chang" && !/^ch(?:ẳ|a)ng$/i.test(o.slice(t.start, t.end)) && /^\s+(?:chống|néo|buộc|chịt)/iu.test(o.slice(t.end, t.end + 8))) { prev = t; continue; }
      if (!UNMARKED_ONLY.has(t.text) || /^[a-z]+$/i.test(o.slice(t.start, t.end))) negs.push(t.start);
      prev = t;
      continue;
    }
    if (t.text !== "dau" || !DAU_TYPED.has(o.slice(t.start, t.end).toLowerCase())) { prev = t; continue; }
    let next: Token | undefined;
    for (let j = i + 1; j < tokens.length && !next; j++) if (isWord(tokens[j]!)) next = tokens[j];
    if (next && DAU_NEGATES.has(next.text)) negs.push(t.start);
    // "đâu" after what it denies: typed without marks it may be "đầu" ("từ đầu"), so not after those words.
    else if (prev && !DAU_LOOKALIKE.has(prev.text)) dau = t;
    prev = t;
  }
  return { negs, dau };
}

/** Number of word tokens lying wholly between two positions. */
export function wordsBetween(c: Clause, from: number, to: number): number {
  let n = 0;
  for (const t of c.tokens) if (t.start >= from && t.end <= to && isWord(t)) n++;
  return n;
}

/** Whether a match of `list` ends before `pos` with at most `gap` words in between. */
export function precededBy(c: Clause, list: Phrases, pos: number, gap: number): Span | null {
  for (const m of matches(c, list)) if (m.end <= pos && wordsBetween(c, m.end, pos) <= gap) return m;
  return null;
}

/** The farthest of the `n` words before `pos` that negates ("chưa", "ko", "not", "đâu có"), or null. */
export function negatedBefore(c: Clause, pos: number, n = 3): Token | null {
  if (!c.negs.length) return null;
  let seen = 0;
  let found: Token | null = null;
  for (let i = c.tokens.length - 1; i >= 0 && seen < n; i--) {
    const t = c.tokens[i]!;
    if (t.end > pos || !isWord(t)) continue;
    if (c.negs.includes(t.start)) found = t;
    seen++;
  }
  return found;
}

/** The leader's words, trimmed of blanks, punctuation and a closing "ạ"; null if nothing is left. */
export function cleanNote(text: string): string | null {
  const s = text
    .replace(/^[\s:：\-–—,.;]+/u, "")
    .replace(/(?:[\s.,;:!…]|\s(?:ạ|a|nhé|nha|ạ\.))+$/u, "")
    .trim();
  return s.length ? s : null;
}
