/**
 * Words a PDF or a portal glued together, split again: "Giaocho Sở Xây dựng" → "Giao cho Sở Xây dựng", "theoQuyết định" →
 * "theo Quyết định", "cácsở" → "các sở". Vietnamese is written one syllable per word, so a run of letters that is no
 * syllable but is two syllables end to end lost its space. Guards: only runs of 5 or more letters that carry no capital
 * after the first, except at the glue itself ("theoQuyết"); never a run in capitals (an acronym, a heading), one that
 * splits more than one way, a part of a web or mail address, or a loanword (LOANWORDS); a word of a foreign language whose halves are no syllables ("Website", "online") is left.
 */
import { fold } from "./fold.ts";
import { isSyllable } from "./syllables.ts";

/**
 * Words of other languages, written as one word, whose halves happen to be syllables ("hecta" is no "hec ta"). Words
 * Vietnamese writes in two ("vắc xin", "ắc quy", "xăng đan") are split, as the dictionary spells them. Folded.
 */
const LOANWORDS = new Set(["hecta", "video", "nilon", "cacbon", "laptop", "atlat", "baren", "canxi", "photpho", "sauna", "modem", "pano", "tivi", "taxi", "radio", "ozon", "silic"]);
/** Words that glue to their neighbour and carry no mark: "giao", "cho", "theo", "và", "với" typed or extracted without marks. Folded. */
const FUNCTION_WORDS = new Set(["giao", "cho", "theo", "va", "voi", "tai", "cac", "trong", "nay", "khi", "nhu"]);
const hasMarks = (word: string): boolean => fold(word) !== word.toLowerCase();
/** A run of letters, on the folded text (lower case a–z and đ as d). */
const RUN = /[a-z]{5,}/g;
const isUpper = (ch: string): boolean => ch !== ch.toLowerCase();

/** The one place `word` (`f` its folded lower-case form) splits into two syllables, or -1. */
function gluePoint(word: string, f: string): number {
  // A capital inside the run marks the glue ("theoQuyết"); anywhere else a capital is a name or an acronym.
  const caps = [...word.slice(1)].flatMap((ch, i) => (isUpper(ch) ? [i + 1] : []));
  if (caps.length > 1) return -1;
  if (caps.length === 1) return isSyllable(f.slice(0, caps[0])) && isSyllable(f.slice(caps[0])) ? caps[0]! : -1;
  let at = -1;
  for (let k = 1; k < f.length; k++) {
    if (!isSyllable(f.slice(0, k)) || !isSyllable(f.slice(k))) continue;
    if (at >= 0) return -1;
    at = k;
  }
  return at;
}

/** Every run of letters is looked at: the text is folded once (the same length), and most runs are a syllable, a Set lookup. */
export function unglue(text: string): string {
  if (!/\p{L}{5,}/u.test(text)) return text;
  const folded = fold(text).toLowerCase();
  if (folded.length !== text.length) return text;
  // Where a space goes back in; most texts have none, and are returned as they came.
  const cuts: number[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(folded); m; m = RUN.exec(folded)) {
    const f = m[0];
    if (isSyllable(f) || LOANWORDS.has(f)) continue;
    const at = m.index;
    const word = text.slice(at, at + f.length);
    if (word === word.toUpperCase()) continue;
    // A part of an address ("laichau.gov.vn", "vpub@…", "/thongbao/") is not prose.
    if (/[./@:_\-\d]/.test(text[at - 1] ?? "") || /[./@_\-\d]/.test(text[at + f.length] ?? "")) continue;
    const k = gluePoint(word, f);
    // Without marks, a glued pair is taken only with a function word in it ("Giaocho"): "title", "hecta", "laptop" are words.
    if (k > 0 && (hasMarks(word) || /\p{Lu}/u.test(word.slice(1)) || FUNCTION_WORDS.has(f.slice(0, k)) || FUNCTION_WORDS.has(f.slice(k)))) cuts.push(at + k);
  }
  if (!cuts.length) return text;
  let out = "";
  let from = 0;
  for (const c of cuts) { out += `${text.slice(from, c)} `; from = c; }
  return out + text.slice(from);
}
