/**
 * One clause made ready for reading: its folded text, tokens, the words that carry meaning (not
 * politeness), and "today" computed only if a date is met. Helpers answer "is this word negated?",
 * "does that phrase come just before?".
 */
import { fold } from "../text/fold.ts";
import type { DayNumber } from "./calendar.ts";
import { NEGATIONS, PARTICLES } from "./grammar.ts";
import { findAll, phrases, tokenize, wordsBefore, type Span, type Token } from "./lexicon.ts";

const PARTICLE = phrases(PARTICLES);
export const NEGATION_SET = new Set(NEGATIONS.map((w) => fold(w)));

export interface Clause {
  /** Folded text, task references blanked out. */
  f: string;
  /** The same text as typed (NFC), same length. */
  o: string;
  tokens: Token[];
  /** Word tokens that are not politeness or address ("dạ", "anh", "em báo cáo"). */
  content: Token[];
  today: () => DayNumber | null;
  /** Matches already found in this clause, per pattern: several readers ask for the same ones. */
  found: Map<RegExp, Span[]>;
}

/** Every match of a global phrase regex in the clause, computed once. */
export function matches(c: Clause, re: RegExp): Span[] {
  let m = c.found.get(re);
  if (!m) { m = findAll(re, c.f); c.found.set(re, m); }
  return m;
}

export function makeClause(f: string, o: string, today: () => DayNumber | null): Clause {
  const tokens = tokenize(f);
  const polite = findAll(PARTICLE, f);
  const content = tokens.filter((t) => /^[a-z0-9]/.test(t.text) && !polite.some((p) => p.start <= t.start && t.end <= p.end));
  return { f, o, tokens, content, today, found: new Map() };
}

/** Number of word tokens lying wholly between two positions. */
export function wordsBetween(c: Clause, from: number, to: number): number {
  let n = 0;
  for (const t of c.tokens) if (t.start >= from && t.end <= to && /^[a-z0-9]/.test(t.text)) n++;
  return n;
}

/** Whether a match of `re` ends before `pos` with at most `gap` words in between. */
export function precededBy(c: Clause, re: RegExp, pos: number, gap: number): Span | null {
  for (const m of matches(c, re)) if (m.end <= pos && wordsBetween(c, m.end, pos) <= gap) return m;
  return null;
}

/** Whether one of the `n` words before `pos` is a negation ("chưa", "ko", "not"). */
export function negatedBefore(c: Clause, pos: number, n = 3): Token | null {
  return wordsBefore(c.tokens, pos, n).find((t) => NEGATION_SET.has(t.text)) ?? null;
}

/** The leader's words, trimmed of blanks, punctuation and a closing "ạ"; null if nothing is left. */
export function cleanNote(text: string): string | null {
  const s = text
    .replace(/^[\s:：\-–—,.;]+/u, "")
    .replace(/(?:[\s.,;:!…]|\s(?:ạ|a|nhé|nha|ạ\.))+$/u, "")
    .trim();
  return s.length ? s : null;
}
