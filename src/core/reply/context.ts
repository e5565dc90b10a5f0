/**
 * One clause made ready for reading: its folded text, tokens, the words that carry meaning (not
 * politeness), and "today" computed only if a date is met. Helpers answer "is this word negated?",
 * "does that phrase come just before?".
 */
import { fold } from "../text/fold.ts";
import type { DayNumber } from "./calendar.ts";
import { ACK_SYMBOLS, DONE_SYMBOLS, NEGATIONS, NOT_DONE_SYMBOLS, PARTICLES } from "./grammar.ts";
import { farthestWordBefore, isWord, phrases, scan, select, tokenize, type Hit, type Phrases, type Span, type Token } from "./lexicon.ts";

const PARTICLE = phrases(PARTICLES);
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
  /** Word tokens that are not politeness or address ("dạ", "anh", "em báo cáo"). */
  content: Token[];
  today: () => DayNumber | null;
  /** Every phrase of every list in the clause, from one pass over the shared trie. */
  hits: Hit[];
  /** Per list id, whether any of its phrases is among the hits: most lists have none. */
  present: boolean[];
  /** Matches already selected from `hits`, per list id: several readers ask for the same ones. */
  found: Array<Span[] | undefined>;
}

const NONE: readonly Span[] = Object.freeze([]);

/** Every match of a phrase list in the clause, selected once. */
export function matches(c: Clause, list: Phrases): readonly Span[] {
  if (!c.present[list.id]) return NONE;
  return c.found[list.id] ??= select(c.f, c.hits, list);
}

export function makeClause(f: string, o: string, today: () => DayNumber | null): Clause {
  const tokens = tokenize(f);
  const hits = scan(f);
  const present: boolean[] = [];
  for (const h of hits) for (const id of h.lists) present[id] = true;
  const polite = present[PARTICLE.id] ? select(f, hits, PARTICLE) : NONE;
  // Politeness spans and tokens both run left to right, so one walk tells which words are politeness.
  const content: Token[] = [];
  let k = 0;
  for (const t of tokens) {
    if (!isWord(t)) continue;
    while (k < polite.length && polite[k]!.end < t.end) k++;
    if (!(k < polite.length && polite[k]!.start <= t.start)) content.push(t);
  }
  return { f, o, tokens, content, today, hits, present, found: [], symbols: MAY_HOLD_SYMBOL.test(o) };
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

/** Whether one of the `n` words before `pos` is a negation ("chưa", "ko", "not"). */
export function negatedBefore(c: Clause, pos: number, n = 3): Token | null {
  return farthestWordBefore(c.tokens, pos, n, NEGATION_SET);
}

/** The leader's words, trimmed of blanks, punctuation and a closing "ạ"; null if nothing is left. */
export function cleanNote(text: string): string | null {
  const s = text
    .replace(/^[\s:：\-–—,.;]+/u, "")
    .replace(/(?:[\s.,;:!…]|\s(?:ạ|a|nhé|nha|ạ\.))+$/u, "")
    .trim();
  return s.length ? s : null;
}
