/**
 * The matcher's tools: phrase lists compiled into whole-word regexes over FOLDED text, and a small
 * tokenizer. Folded text has the same length as the original, so every index found here points at
 * the same characters of what the leader typed.
 */
import { fold } from "../text/fold.ts";

export interface Span {
  start: number;
  end: number;
  /** The folded text matched. */
  text: string;
}

export interface Token extends Span {}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Folded, de-duplicated, longest first, so "hoàn thành" wins over "hoàn". */
function alternatives(list: readonly string[]): string {
  return [...new Set(list.map((p) => fold(p.normalize("NFC")).trim()))]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.split(/\s+/).map(escape).join("\\s+"))
    .join("|");
}

/** A phrase list as one global regex matching whole words only: "xong" matches "xong r", not "xongg". */
export function phrases(list: readonly string[]): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${alternatives(list)})(?![a-z0-9])`, "gu");
}

/** Same, but anchored: matches only at the very start of the text. */
export function leadingPhrases(list: readonly string[]): RegExp {
  return new RegExp(`^(?:${alternatives(list)})(?![a-z0-9])`, "u");
}

/** Every match of a global regex, as spans. */
export function findAll(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Whether a global regex matches anywhere. */
export function has(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

/** Words (with an optional apostrophe part: "can't") and single symbols, emoji included. */
const TOKEN = /[a-z0-9]+(?:['’][a-z]+)?|[^\s]/gu;

export function tokenize(folded: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m; m = TOKEN.exec(folded)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Up to `n` word tokens that end at or before `pos`, nearest last; punctuation is skipped. */
export function wordsBefore(tokens: readonly Token[], pos: number, n: number): Token[] {
  const out: Token[] = [];
  for (let i = tokens.length - 1; i >= 0 && out.length < n; i--) {
    const t = tokens[i]!;
    if (t.end > pos) continue;
    if (/^[a-z0-9]/.test(t.text)) out.unshift(t);
  }
  return out;
}

/** Up to `n` word tokens that start at or after `pos`. */
export function wordsAfter(tokens: readonly Token[], pos: number, n: number): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (out.length >= n) break;
    if (t.start >= pos && /^[a-z0-9]/.test(t.text)) out.push(t);
  }
  return out;
}
