/**
 * Phone typing repaired before reading: telex leftovers ("xongf", "hoanf thanhf", "ddax" → "đã"),
 * one wrong, missing, extra or swapped letter in a key word ("xonh", "xnog", "cưha", "hoan thah",
 * "hoàn thàng"), and key words run together ("chưaxong", "nv2xongroi"). Works on FOLDED text.
 *
 * Guards, so that a word the leader meant is never rewritten: a word is repaired only when it is no
 * Vietnamese syllable (syllables.ts) and no word of the grammar; the slip is one edit
 * (Damerau–Levenshtein ≤ 1) from exactly one key word of four letters or more, or from one word of a
 * two-word key phrase whose other word is typed right. Commands ("/hoanthanh"), addresses and mail
 * are left alone. Negations come first: a word one slip from "chưa"/"không" is read as it, and right
 * before a done word even a slip that makes another word ("cua xong") is (nearNegator), so a
 * misspelt negation never lets "xong" through.
 *
 * A repair may change the text's length ("thah" → "thanh"), so the result carries, for each of its
 * positions, the position in the text as typed: notes are cut from the leader's own words.
 */
import { fold } from "../text/fold.ts";
import * as grammar from "./grammar.ts";
import { NEGATIONS, NEGATIONS_TYPED_ONLY, NEGATOR_KEYS, PARTICLES, SPLIT_KEYS, TYPO_KEYS, TYPO_PHRASES, TYPO_PHRASES_LOOSE } from "./grammar.ts";
import { allSyllables, isSyllable, onsetOf } from "../text/syllables.ts";

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
/**
 * Words of the grammar that only English entries hold ("than" of "other than"): inside a Vietnamese key phrase they are still a
 * slip ("hoàn thàn rồi ạ", round 13).
 */
const ENGLISH_ONLY = new Set<string>();
{
  const vietnamese = new Set<string>();
  for (const v of Object.values(grammar)) {
    if (!Array.isArray(v)) continue;
    for (const p of v) {
      if (typeof p !== "string") continue;
      const words = foldWord(p).split(/[^a-z0-9]+/).filter(Boolean);
      const english = /^[\x00-\x7f]*$/.test(p) && words.some((w) => !isSyllable(w));
      for (const w of words) { LEXICON.add(w); if (!english) vietnamese.add(w); }
    }
  }
  for (const w of LEXICON) if (!vietnamese.has(w)) ENGLISH_ONLY.add(w);
}
const KEYS = TYPO_KEYS.map(foldWord).filter((k) => k.length >= 4);
const PHRASES = TYPO_PHRASES.map((p) => foldWord(p).split(" ") as [string, string]);
const LOOSE = new Set(TYPO_PHRASES_LOOSE.map(foldWord));
const SPLIT = SPLIT_KEYS.map(foldWord);
const NEGATORS = NEGATOR_KEYS.map(foldWord);
/** What telex decoding may produce: a syllable that is a word of the grammar ("da", "roi", "thieu"). */
const TELEX_TARGETS = new Set([...LEXICON].filter((w) => w.length >= 2 && isSyllable(w)));

/** A word that needs no repair: a syllable, a grammar word, or a number. */
const known = (w: string): boolean => LEXICON.has(w) || isSyllable(w) || /^\d+$/.test(w);

/** Whether `a` and `b` differ by at most one substitution, insertion, deletion or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length, lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (tailEqual(a, i + 1, b, i + 1)) return true;
    return a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && tailEqual(a, i + 2, b, i + 2);
  }
  return la > lb ? tailEqual(a, i + 1, b, i) : tailEqual(a, i, b, i + 1);
}

/** Whether a from i and b from j are the same to their ends. */
function tailEqual(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
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
 * Telex typed without the keyboard converting it: tone keys (s f r x j) after a vowel dropped,
 * doubled vowels and "dd" made single, "w" (ă ơ ư) dropped: "xongf" "xong", "chuaw" "chua",
 * "thieeus" "thieu", "vuowng" "vuong", "ddax" "da". A key before any vowel is no tone ("cjưa").
 */
export function untelex(w: string): string {
  let s = w.replace(/^dd/, "d");
  const onset = onsetOf(s);
  let rest = s.slice(onset.length).replace(/(?<=[aeiouy][a-z]*)[sfrxj]/g, "").replace(/aa/g, "a").replace(/ee/g, "e").replace(/oo/g, "o");
  // "guiwr" "gui": a "w" typed after the whole syllable marks its first vowel.
  rest = rest.replace(/([aou])w/g, "$1").replace(/(?<=[aeiouy][a-z]*)w/g, "").replace(/w/g, "u");
  return onset + rest;
}

/** A telex key left in a word: a tone key after its vowel, or a doubled vowel or "dd". */
const TELEX_MARK = /[aeiouy][a-z]*[sfrxj]$|^dd|aa|ee|oo|[aou]w/;

/** A tone key after the vowel before the word's last letter: no telex of one syllable ("tests"). */
const ONE_KEY_BEFORE = /[aeiouy][a-z]*[sfrxj][a-z]/;

/** The last letter once, however long it was held down: "xonggg" "xong". */
const squeezeEnd = (w: string): string => w.replace(/([a-z])\1+$/, "$1");

/** A repair of one typed word: the folded form to read instead. */
function repairWord(w: string): string | null {
  if (w.length < 3 || known(w)) return null;
  // A slip of a negation is read as one before anything else ("chưs" is no telex "chứ" here): never a false close.
  if (w.length >= 4) { const n = nearestKey(w, NEGATORS); if (n) return n; }
  // "kkkkkk", "kkk": laughter typed, never a held-down "k" (không) — read as "haha" (round 17).
  if (/^k{3,}$/.test(w)) return "haha";
  // A last letter held down: "xonggg", "roiii", "okkk".
  const squeezed = squeezeEnd(w);
  if (squeezed !== w && known(squeezed)) return squeezed;
  // No Vietnamese word begins with f, j or z: "jan", "fix" are English.
  const t = /^[fjz]/.test(w) ? w : untelex(w);
  if (t !== w && TELEX_TARGETS.has(t)) return t;
  // A letter held down, then a tone key: "xonggf".
  const t2 = squeezeEnd(t);
  if (t2 !== t && TELEX_TARGETS.has(t2)) return t2;
  // Any syllable telex spells, once it carries a tone key or a doubled letter ("hanj ddeens cuoois thangs" "han den cuoi thang",
  // "mawtj bawngf" "mat bang", round 16): the words around the key words (dates, obstacles) are read too.
  // One tone key only, at the end: "tests", "reports" are English, not "tet", "repot".
  if (t !== w && w.length >= 4 && TELEX_MARK.test(w) && !ONE_KEY_BEFORE.test(w) && isSyllable(t)) return t;
  if (w.length >= 4) {
    const k = nearestKey(w, KEYS);
    if (k) return k;
  }
  return w.length >= 5 ? split(w) : null;
}

/**
 * A note's words typed as telex or with a slip, repaired ("vuowngs mawtj bawngf" → "vuong mat bang", round 16): the admin reads the
 * obstacle, not the keys. Only words of plain letters; short names ("QĐ", "KH&CN") and words with marks stay as typed.
 */
export function spelledNote(note: string): string {
  return note.replace(PLAIN_WORD, (w) => {
    const r = repairWord(w.toLowerCase());
    return r !== null && !r.includes(" ") ? r : w;
  });
}
const PLAIN_WORD = /(?<![\p{L}\d&])[A-Za-z]{3,}(?![\p{L}\d&])/gu;

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
  if (w.length < 3 || (LEXICON.has(w) && !ENGLISH_ONLY.has(w)) || /\d/.test(w)) return null;
  const syllable = isSyllable(w);
  for (const [a, b] of PHRASES) {
    const loose = LOOSE.has(`${a} ${b}`);
    if (syllable && (!loose || w.length < 4)) continue;
    if (prev === a && w !== b && withinOneEdit(w, b)) return b;
    if (next === b && w !== a && withinOneEdit(w, a)) return a;
  }
  return null;
}

/** Only blanks between two words of a phrase. */
const BLANKS = /^[ \t]+$/;
/** The words of the two-word key phrases: a syllable is looked at only next to one of them. */
const ANCHORS = new Set(PHRASES.flat());
/** A character before or after a word that makes it part of a command, an address or a file name. */
const NOT_PROSE_BEFORE = /[/@._\\]/;
const NOT_PROSE_AFTER = /[@_\\]|\.[a-z0-9]/;
const DIGIT_TAIL = /^([a-z]*\d+)([a-z]{2,})$/;

interface Edit { start: number; end: number; text: string; typed?: string }
interface Word { start: number; end: number; text: string }

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** What a word is, in one look-up: a grammar word, a syllable, a word of a key phrase (bits). */
const LEX = 1, SYL = 2, ANCHOR = 4;
const CLASS = new Map<string, number>();
// An English word that is also a syllable ("than") is only a syllable here: next to a key phrase's word it may be a slip.
for (const w of LEXICON) CLASS.set(w, ENGLISH_ONLY.has(w) && isSyllable(w) ? SYL : LEX);
for (const w of ANCHORS) CLASS.set(w, (CLASS.get(w) ?? 0) | ANCHOR);

function classOf(w: string): number {
  const known = CLASS.get(w);
  if (known !== undefined) return known;
  return isSyllable(w) ? SYL : 0;
}

interface ClassedWord extends Word { cls: number }

/**
 * The classes of all known words as an automaton over [a-z] (26 edges a state), so a text's words
 * are classed without cutting them out of it: most replies need no repair, and this is all they cost.
 */
const EDGES = 26;
const edge = (c: number): number => c - 97;
const automaton = ((): { next: Uint16Array; cls: Uint8Array } => {
  const words = new Map<string, number>();
  // Letters only: a word with a digit is settled without it (see anySuspect).
  for (const [w, k] of CLASS) if (/^[a-z]+$/.test(w)) words.set(w, k);
  for (const w of allSyllables()) if (!words.has(w)) words.set(w, SYL);
  let states = 1;
  const next: number[] = [];
  const cls: number[] = [0];
  for (const [w, k] of words) {
    let s = 0;
    for (let i = 0; i < w.length; i++) {
      const e = s * EDGES + edge(w.charCodeAt(i));
      if (!next[e]) { next[e] = states++; cls.push(0); }
      s = next[e]!;
    }
    cls[s] = k | (isSyllable(w) ? SYL : 0);
  }
  if (states > 0xffff) throw new Error("typing automaton: too many states for 16 bits");
  const table = new Uint16Array(states * EDGES);
  next.forEach((v, i) => { if (v) table[i] = v; });
  return { next: table, cls: Uint8Array.from(cls) };
})();

/** Whether any word of the text needs a closer look (see wordsOf), found without allocating. */
function anySuspect(f: string): boolean {
  const n = f.length;
  let prevCls = LEX;
  for (let i = 0; i < n; i++) {
    let c = f.charCodeAt(i);
    if (!isWordCode(c)) continue;
    const start = i;
    let s = 0;
    let digit = false, letterAfterDigit = false;
    for (;;) {
      if (c < 97) { digit = true; s = -1; } else {
        if (digit) letterAfterDigit = true;
        if (s >= 0) { const t = automaton.next[s * EDGES + edge(c)]!; s = t > 0 ? t : -1; }
      }
      if (i + 1 >= n || !isWordCode(c = f.charCodeAt(i + 1))) break;
      i++;
    }
    // "nv5", "2027" need nothing; "nv2xongroi" may.
    const cls = i + 1 - start < 3 || (digit && !letterAfterDigit) ? LEX : s > 0 ? automaton.cls[s]! : 0;
    if (!(cls & LEX) && (!(cls & SYL) || prevCls & ANCHOR)) return true;
    if (cls & ANCHOR && !(prevCls & LEX)) return true;
    prevCls = cls;
  }
  return false;
}

/**
 * The words of a folded text, as [a-z0-9] runs, and whether any needs a closer look: one of three
 * letters or more that is no grammar word and either no syllable or next to a word of a key phrase.
 */
function wordsOf(f: string): { words: ClassedWord[]; suspect: boolean } {
  const words: ClassedWord[] = [];
  let suspect = false;
  const n = f.length;
  for (let i = 0; i < n; i++) {
    if (!isWordCode(f.charCodeAt(i))) continue;
    const start = i;
    while (i + 1 < n && isWordCode(f.charCodeAt(i + 1))) i++;
    const text = f.slice(start, i + 1);
    const cls = text.length >= 3 ? classOf(text) : LEX;
    words.push({ start, end: i + 1, text, cls });
    if (suspect || cls & LEX) continue;
    const prev = words[words.length - 2];
    if (!(cls & SYL) || (prev && prev.cls & ANCHOR)) suspect = true;
  }
  // A syllable before a key phrase's word: "vướn mắc".
  if (!suspect) for (let k = 1; k < words.length; k++) if (words[k]!.cls & ANCHOR && !(words[k - 1]!.cls & LEX)) { suspect = true; break; }
  return { words, suspect };
}

/** The repair of the i-th word, or null. */
function repairAt(f: string, words: readonly ClassedWord[], i: number): string | null {
  const wd = words[i]!;
  const w = wd.text;
  const syllable = (wd.cls & SYL) !== 0;
  const prev = words[i - 1], next = words[i + 1];
  // A syllable is a slip only inside a key phrase, next to the phrase's other word.
  if (syllable && !(prev && prev.cls & ANCHOR) && !(next && next.cls & ANCHOR)) return null;
  if (wd.start > 0 && NOT_PROSE_BEFORE.test(f[wd.start - 1]!)) return null;
  if (NOT_PROSE_AFTER.test(f.slice(wd.end, wd.end + 2))) return null;
  const code = w.charCodeAt(w.length - 1);
  if (code >= 48 && code <= 57) return null;
  // "nv2xongroi", "2xong": a word after the digits of a reference.
  const digits = /\d/.test(w) ? DIGIT_TAIL.exec(w) : null;
  if (digits) {
    const tail = digits[2]!;
    const fixed = LEXICON.has(tail) ? tail : repairWord(tail);
    return fixed ? `${digits[1]} ${fixed}` : null;
  }
  if (digits === null && /\d/.test(w)) return null;
  const anchorBefore = prev && prev.cls & ANCHOR && BLANKS.test(f.slice(prev.end, wd.start)) ? prev.text : undefined;
  const anchorAfter = next && next.cls & ANCHOR && BLANKS.test(f.slice(wd.end, next.start)) ? next.text : undefined;
  const fixed = (syllable ? null : repairWord(w)) ?? (anchorBefore || anchorAfter ? repairInPhrase(w, anchorBefore, anchorAfter) : null);
  return fixed && fixed !== w ? fixed : null;
}

/** The edits the text needs, left to right. */
function edits(f: string): Edit[] {
  const out: Edit[] = [];
  if (!anySuspect(f)) return out;
  const { words, suspect } = wordsOf(f);
  if (!suspect) return out;
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.cls & LEX) continue;
    const fixed = repairAt(f, words, i);
    if (fixed) out.push({ start: words[i]!.start, end: words[i]!.end, text: fixed });
  }
  return out;
}

/**
 * Words of the central provinces (Thanh Hóa to Huế, Quảng Nam), read as the standard word they are, typed with their marks:
 * "chưa xong mô" (đâu), "răng mà xong được" (sao), "nỏ xong" (không), "xong chi mà xong" (gì), "chiều ni" (nay), "rứa" (vậy),
 * "chừ" (giờ), "nớ" (đó), "tê" (kia), "hỉ" (nhỉ). Folded, "mô" is "mở", "răng" "rằng", "nỏ" "no", so only the typed form counts;
 * "mô hình", "chi phí", "thu chi" keep their own sense. Found by round 11's blind set A (eleven false closes before this).
 */
const DIALECT: Record<string, [folded: string, typed: string]> = {
  "mô": ["dau", "đâu"], "răng": ["sao", "sao"], "nỏ": ["khong", "không"], "ni": ["nay", "nay"], "rứa": ["vay", "vậy"], "chừ": ["gio", "giờ"],
  "nớ": ["do", "đó"], "tê": ["kia", "kia"], "hỉ": ["nhi", "nhỉ"], "chi": ["gi", "gì"],
  "mo": ["dau", "đâu"], "rang": ["sao", "sao"], "te": ["kia", "kia"],
  // the South, typed with marks: "tui mần xong hết trơn rồi", "hổng kịp rầu anh", "xong dzới ai", "sao dzậy"
  "mần": ["lam", "làm"], "rầu": ["roi", "rồi"], "dzới": ["voi", "với"], "dzậy": ["vay", "vậy"],
};
const DIALECT_WORDS = Object.keys(DIALECT).join("|");
const DIALECT_WORD = new RegExp(String.raw`(?<![\p{L}\d])(${DIALECT_WORDS})(?![\p{L}\d])`, "giu");
/** Most replies hold none of the words at all: one test skips the walk. */
const MAY_HOLD_DIALECT = new RegExp(DIALECT_WORDS, "iu");
/** Typed with its marks, the word is the dialect's wherever it stands, but for the standard words it begins ("mô hình", "tê liệt"). */
const MARKED = new Set(["mô", "răng", "nỏ", "rứa", "chừ", "nớ", "tê", "hỉ", "mần", "rầu", "dzới", "dzậy"]);
const NOT_DIALECT_AFTER: Record<string, RegExp> = {
  "mô": /^\s+(?:hình|tả|phỏng|đun|men|tơ|tô)(?![\p{L}])/iu,
  "tê": /^\s+(?:liệt|tái|buốt)(?![\p{L}])/iu,
};
/**
 * Without marks (and "chi", "ni", which have none), only where no standard word fits: "xong mo ma xong", "chua xong mo anh" (not "mở"),
 * "rang ma xong duoc" (not "rằng"), "xong chi ma xong", "vuong chi nua" (not "chị", "chi phí"), "chieu ni" (not "ni cô"), "ben te".
 */
const UNMARKED_AFTER: Record<string, RegExp> = {
  mo: /^(?:\s+(?:ma|mà|anh|chị|chi|a|ạ|eng|o|nghe|nghen|nha|nhe|hết|het|cả|ca))*\s*(?:[.,!?;]|$)|^\s+(?:ma|mà)\s/iu,
  rang: /^\s+(?:ma|mà|duoc|được|dc|đc|khong|không|ko|chua|chưa|noi|nổi|kip|kịp)(?![\p{L}])/iu,
  chi: /^\s+(?:ma|mà|nua|nữa|ca|cả|het|hết|rua|rứa)(?![\p{L}])/iu,
};
const UNMARKED_BEFORE: Record<string, RegExp> = {
  mo: /(?:xong|thanh|thành|tat|tất|chua|chưa|co|có|duoc|được|dc|đc|roi|rồi|r)\s+$/iu,
  ni: /(?:chieu|chiều|sang|sáng|toi|tối|trua|trưa|hom|hôm|bua|bữa|tuan|tuần|thang|tháng|nam|năm|dot|đợt|cai|cái|viec|việc|ngay|ngày)\s+$/iu,
  te: /(?:ben|bên|hom|hôm|bua|bữa|ngay|ngày|cai|cái|dang|đằng)\s+$/iu,
};
/**
 * Words of the typed text read as others, each match of `re` (its group 1 the word) that `reads` gives a [folded, typed]
 * reading; `reads` has the word lower-cased, the match, and where it ends.
 */
function wordEdits(typed: string, re: RegExp, reads: (word: string, m: RegExpExecArray, end: number) => readonly [string, string] | null): Edit[] {
  const out: Edit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(typed); m; m = re.exec(typed)) {
    const end = m.index + m[0].length;
    const reading = reads(m[1]!.toLowerCase(), m, end);
    if (reading) out.push({ start: m.index, end, text: reading[0], typed: reading[1] });
  }
  return out;
}

const dialectEdits = (typed: string): Edit[] => wordEdits(typed, DIALECT_WORD, (word, m, end) => {
  const after = typed.slice(end, end + 16), before = typed.slice(Math.max(0, m.index - 10), m.index);
  if (MARKED.has(word)) {
    if (NOT_DIALECT_AFTER[word]?.test(after)) return null;
  } else {
    // "Chi" may be a name.
    if (m[1] !== word && word !== "mo" && word !== "rang") return null;
    const a = UNMARKED_AFTER[word], b = UNMARKED_BEFORE[word];
    if ((a && !a.test(after)) || (b && !b.test(before))) return null;
  }
  return DIALECT[word]!;
});

/**
 * Documents as officials abbreviate them: "đã gửi BC số 312/BC-SYT", "bc gửi rồi", "ban hành KH", "NV1 đã ban hành QĐ",
 * "có VB đôn đốc", "TTr số 245". Read as the words they stand for, so "gửi BC" is the report sent. "kh" is "không" as often
 * as not: it stands for "kế hoạch" only typed in capitals or before the document's number ("kh số 215", "KH-UBND").
 */
const DOCUMENT_SHORT: Record<string, [string, string]> = {
  bc: ["bao cao", "báo cáo"], vb: ["van ban", "văn bản"], qd: ["quyet dinh", "quyết định"], "qđ": ["quyet dinh", "quyết định"],
  ttr: ["to trinh", "tờ trình"], kh: ["ke hoach", "kế hoạch"],
};
const DOCUMENT_WORD = new RegExp(String.raw`(?<![\p{L}\d])(${Object.keys(DOCUMENT_SHORT).join("|")})(?![\p{L}\d])`, "giu");
const MAY_HOLD_DOCUMENT = new RegExp(DOCUMENT_WORD.source, "iu");
const documentEdits = (typed: string): Edit[] => wordEdits(typed, DOCUMENT_WORD, (word, m, end) => {
  // The document's own number: "312/BC-SYT" names it, and is kept as typed.
  if (/^[-/]/.test(typed.slice(end)) || /[-/]$/.test(typed.slice(0, m.index))) return null;
  if (word === "kh" && !(m[1] === "KH" || /^\s*(?:s[oố]\s*)?\d/iu.test(typed.slice(end, end + 8)))) return null;
  return DOCUMENT_SHORT[word]!;
});

/**
 * Chat shorthand with one reading: "j" is "gì" ("xong j mà xong" mocks a done), "dg"/"đg"/"đag" "đang" ("e dg lam", "đag lm";
 * "ĐG" in capitals is "đánh giá"), "lm" "làm", "ntn" "như thế nào" (a question). Others have several ("ns" is "nói" or "ngân sách", "kt" "kiểm
 * tra" or "kinh tế") and are left to the lists that know their place.
 */
const SHORTHAND: Record<string, [string, string]> = {
  j: ["gi", "gì"], dg: ["dang", "đang"], "đg": ["dang", "đang"], "đag": ["dang", "đang"], dag: ["dang", "đang"], lm: ["lam", "làm"],
  ntn: ["nhu the nao", "như thế nào"], nhg: ["nhung", "nhưng"],
};
const SHORTHAND_WORD = new RegExp(String.raw`(?<![\p{L}\d/.\-])(${Object.keys(SHORTHAND).join("|")})(?![\p{L}\d/\-])`, "giu");
/** A cheap first look: most replies hold none of the letters' pairs. */
const MAY_HOLD_SHORTHAND = /j|J|[dđDĐ]a?g|lm|LM|ntn|NTN|nhg|NHG/;
const shorthandEdits = (typed: string): Edit[] => wordEdits(typed, SHORTHAND_WORD, (word, m) =>
  (word === "j" || m[1] === word) ? SHORTHAND[word]! : null);

/** The folded text with phone typing repaired; `typed` is the text as typed, of the same length as `folded`. */
export function repairTyping(folded: string, typed: string): Typed {
  // Most replies have only syllables and grammar words: one pass finds that nothing is to be done.
  let list = edits(folded);
  // Edits of the typed text (the dialect, documents' short names) where no slip was repaired already.
  const add = (more: Edit[]): void => {
    if (more.length) list = [...list, ...more.filter((d) => !list.some((e) => e.start < d.end && d.start < e.end))].sort((a, b) => a.start - b.start);
  };
  if (MAY_HOLD_DIALECT.test(typed)) add(dialectEdits(typed));
  if (MAY_HOLD_DOCUMENT.test(typed)) add(documentEdits(typed));
  if (MAY_HOLD_SHORTHAND.test(typed) && SHORTHAND_WORD.test(typed)) add(shorthandEdits(typed));
  if (!list.length) return { f: folded, o: typed, origin: null };
  let f = "", o = "";
  const origin: number[] = [];
  let from = 0;
  for (const e of list) {
    f += folded.slice(from, e.start);
    o += typed.slice(from, e.start);
    for (let i = from; i < e.start; i++) origin.push(i);
    f += e.text;
    o += e.typed ?? e.text;
    for (let k = 0; k < e.text.length; k++) origin.push(e.start + Math.min(k, e.end - e.start - 1));
    from = e.end;
  }
  f += folded.slice(from);
  o += typed.slice(from);
  for (let i = from; i <= folded.length; i++) origin.push(i);
  return { f, o, origin: Int32Array.from(origin) };
}

/** Politeness ("thưa") and the negations themselves: one slip from "chưa" but no slip of it. */
// "hổng", "hông" negate only as typed; "hong" without marks may still be a slip of "không".
const NOT_A_SLIP = new Set([...PARTICLES, ...NEGATIONS.filter((w) => !NEGATIONS_TYPED_ONLY.includes(w))].filter((p) => !p.includes(" ")).map(foldWord));

/**
 * Whether a typed word is one slip from a negation ("cưha", "chuaw", "khogn", "cua", "hông"), though not
 * repaired to it: right before a done word such a word is read as the negation, so a slip never closes a task.
 */
export function nearNegator(w: string): boolean {
  return w.length >= 3 && !NOT_A_SLIP.has(w) && NEGATORS.some((n) => w !== n && withinOneEdit(w, n));
}
