/**
 * Phone typing repaired before reading: telex leftovers ("xongf", "hoanf thanhf", "ddax" → "đã"),
 * one wrong, missing, extra or swapped letter in a key word ("xonh", "xnog", "cưha", "hoan thah",
 * "hoàn thàng"), and key words run together ("chưaxong", "nv2xongroi"). Works on FOLDED text.
 *
 * Guards, so that a word the leader meant is never rewritten: a word is repaired only when it is no
 * Vietnamese syllable (syllables.ts) and no word of the grammar; the slip is one edit
 * (Damerau–Levenshtein ≤ 1) from exactly one key word of four letters or more, or from one word of a
 * two-word key phrase whose other word is typed right. Commands ("/hoanthanh"), addresses and mail
 * are left alone.
 *
 * A repair may change the text's length ("thah" → "thanh"), so the result carries, for each of its
 * positions, the position in the text as typed: notes are cut from the leader's own words.
 */
import { fold } from "../text/fold.ts";
import * as grammar from "./grammar.ts";
import { NEGATOR_KEYS, SPLIT_KEYS, TYPO_KEYS, TYPO_PHRASES, TYPO_PHRASES_LOOSE } from "./grammar.ts";
import { isSyllable, onsetOf } from "./syllables.ts";

export interface Typed {
  /** The folded text with repairs. */
  f: string;
  /** The text as typed, aligned with `f`: a repaired word is written in its folded, repaired form. */
  o: string;
  /** For each position of `f` (and its end), the position in the text as typed; null when nothing was repaired. */
  origin: Int32Array | null;
}

const foldWord = (w: string): string => fold(w.normalize("NFC"));
/** Every word of every grammar list, folded: such a word is never repaired ("is", "ko", "dc", "tks"). */
const LEXICON = new Set<string>();
for (const v of Object.values(grammar)) {
  if (!Array.isArray(v)) continue;
  for (const p of v) if (typeof p === "string") for (const w of foldWord(p).split(/[^a-z0-9]+/)) if (w) LEXICON.add(w);
}
const KEYS = TYPO_KEYS.map(foldWord).filter((k) => k.length >= 4);
const PHRASES = TYPO_PHRASES.map((p) => foldWord(p).split(" ") as [string, string]);
const LOOSE = new Set(TYPO_PHRASES_LOOSE.map(foldWord));
const SPLIT = SPLIT_KEYS.map(foldWord);
const NEGATORS = NEGATOR_KEYS.map(foldWord);
/** What telex decoding may produce: a syllable that is a word of the grammar ("da", "roi", "thieu"). */
const TELEX_TARGETS = new Set([...LEXICON].filter((w) => w.length >= 2 && isSyllable(w)));

/** A word that needs no repair: a syllable, a grammar word, or a number. */
const known = (w: string): boolean => isSyllable(w) || LEXICON.has(w) || /^\d+$/.test(w);

/** Whether `a` and `b` differ by at most one substitution, insertion, deletion or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The one key `w` is one edit from, or null when none or several are. */
function nearestKey(w: string, keys: readonly string[]): string | null {
  let found: string | null = null;
  for (const k of keys) {
    if (!withinOneEdit(w, k)) continue;
    if (found !== null && found !== k) return null;
    found = k;
  }
  return found;
}

/**
 * Telex typed without the keyboard converting it: tone keys (s f r x j) after the onset dropped,
 * doubled vowels and "dd" made single, "w" (ă ơ ư) dropped: "xongf" "xong", "chuaw" "chua",
 * "thieeus" "thieu", "vuowng" "vuong", "ddax" "da".
 */
export function untelex(w: string): string {
  let s = w.replace(/^dd/, "d");
  const onset = onsetOf(s);
  let rest = s.slice(onset.length).replace(/[sfrxj]/g, "").replace(/aa/g, "a").replace(/ee/g, "e").replace(/oo/g, "o");
  rest = rest.replace(/([aou])w/g, "$1").replace(/w/g, "u");
  s = onset + rest;
  return s;
}

/** A repair of one typed word: the folded form to read instead. */
function repairWord(w: string): string | null {
  if (w.length < 3 || known(w)) return null;
  // No Vietnamese word begins with f, j or z: "jan", "fix" are English.
  const t = /^[fjz]/.test(w) ? w : untelex(w);
  if (t !== w && TELEX_TARGETS.has(t)) return t;
  if (w.length >= 4) {
    const k = nearestKey(w, KEYS);
    if (k) return k;
  }
  return w.length >= 5 ? split(w) : null;
}

/** "chuaxong" → "chua xong", "dahoanthanh" → "da hoan thanh": parts that are syllables, one of them a key. */
function split(w: string): string | null {
  if (!SPLIT.some((k) => w.includes(k.replace(" ", "")))) return null;
  const parts = segment(w, 0, 3);
  if (!parts) return null;
  const joined = parts.join(" ");
  return SPLIT.some((k) => ` ${joined} `.includes(` ${k} `)) ? joined : null;
}

/** The text from `from` as at most `left` known words, the longest first part first; null if none. */
function segment(w: string, from: number, left: number): string[] | null {
  if (from === w.length) return [];
  if (left === 0) return null;
  for (let end = Math.min(w.length, from + 7); end > from; end--) {
    const part = w.slice(from, end);
    if (!isSyllable(part) && !LEXICON.has(part)) continue;
    const rest = segment(w, end, left - 1);
    if (rest) return [part, ...rest];
  }
  return null;
}

/** A slip inside a two-word key phrase: the word right before (`prev`) or after (`next`) anchors it. */
function repairInPhrase(w: string, prev: string | undefined, next: string | undefined): string | null {
  if (w.length < 3 || LEXICON.has(w) || /\d/.test(w)) return null;
  const syllable = isSyllable(w);
  for (const [a, b] of PHRASES) {
    const loose = LOOSE.has(`${a} ${b}`);
    if (syllable && (!loose || w.length < 4)) continue;
    if (prev === a && w !== b && withinOneEdit(w, b)) return b;
    if (next === b && w !== a && withinOneEdit(w, a)) return a;
  }
  return null;
}

const WORD = /[a-z0-9]+/g;
/** Only blanks between two words of a phrase. */
const BLANKS = /^[ \t]+$/;
/** A character before or after a word that makes it part of a command, an address or a file name. */
const NOT_PROSE_BEFORE = /[/@._\\]/;
const NOT_PROSE_AFTER = /[@_\\]|\.[a-z0-9]/;

interface Edit { start: number; end: number; text: string }

/** The edits the text needs, left to right. */
function edits(f: string): Edit[] {
  const words: Array<{ start: number; end: number; text: string }> = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(f); m; m = WORD.exec(f)) words.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  const out: Edit[] = [];
  for (let i = 0; i < words.length; i++) {
    const wd = words[i]!;
    const w = wd.text;
    if (LEXICON.has(w) || /^\d+$/.test(w)) continue;
    if (wd.start > 0 && NOT_PROSE_BEFORE.test(f[wd.start - 1]!)) continue;
    if (NOT_PROSE_AFTER.test(f.slice(wd.end, wd.end + 2))) continue;
    // "nv2xongroi", "2xong": a word after the digits of a reference.
    const digits = /^([a-z]*\d+)([a-z]{2,})$/.exec(w);
    if (digits) {
      const tail = digits[2]!;
      const fixed = LEXICON.has(tail) ? tail : repairWord(tail);
      if (fixed) out.push({ start: wd.start, end: wd.end, text: `${digits[1]} ${fixed}` });
      continue;
    }
    const prev = words[i - 1], next = words[i + 1];
    const anchorBefore = prev && BLANKS.test(f.slice(prev.end, wd.start)) ? prev.text : undefined;
    const anchorAfter = next && BLANKS.test(f.slice(wd.end, next.start)) ? next.text : undefined;
    const fixed = (isSyllable(w) ? null : repairWord(w)) ?? repairInPhrase(w, anchorBefore, anchorAfter);
    if (fixed && fixed !== w) out.push({ start: wd.start, end: wd.end, text: fixed });
  }
  return out;
}

/** The folded text with phone typing repaired; `typed` is the text as typed, of the same length as `folded`. */
export function repairTyping(folded: string, typed: string): Typed {
  // Most replies have only syllables and grammar words: one pass finds that nothing is to be done.
  const list = edits(folded);
  if (!list.length) return { f: folded, o: typed, origin: null };
  let f = "", o = "";
  const origin: number[] = [];
  let from = 0;
  for (const e of list) {
    f += folded.slice(from, e.start);
    o += typed.slice(from, e.start);
    for (let i = from; i < e.start; i++) origin.push(i);
    f += e.text;
    o += e.text;
    for (let k = 0; k < e.text.length; k++) origin.push(e.start + Math.min(k, e.end - e.start - 1));
    from = e.end;
  }
  f += folded.slice(from);
  o += typed.slice(from);
  for (let i = from; i <= folded.length; i++) origin.push(i);
  return { f, o, origin: Int32Array.from(origin) };
}

/** Whether a typed word is one slip from a negation ("cưha", "chuaw", "khogn"), though not repaired to it. */
export function nearNegator(w: string): boolean {
  return w.length >= 3 && !LEXICON.has(w) && NEGATORS.some((n) => w !== n && withinOneEdit(w, n));
}
