/**
 * A reply cut into clauses, each about one thing: "NV1 xong; NV2 vướng mắc do thiếu kinh phí" →
 * two. Cuts at line ends, ";", "!", "?", a sentence-ending ".", commas, " - ", "nhưng"/"but", and
 * before a list number inside a line ("1. xong 2. đang làm"). Never inside "30/6", "1,2" or "50,5%".
 */
import { isBlankCode } from "./lexicon.ts";

export interface ClauseSpan {
  start: number;
  end: number;
}

/** Strong stops and commas ("phẩy" too, as voice typing spells the comma); a "?" stays with its clause so the question can be seen. */
const BREAK = /\n|[;!…]|\?+|,(?!\d)|(?<!\d),|\s[-–—]\s|\.(?=\s|$)|(?<![a-z0-9])phay(?![a-z0-9])/g;
/** Words of contrast that start a new clause: "đã xong nhưng chưa nghiệm thu". */
const CONTRAST = /(?<![a-z0-9])(?:nhung|tuy nhien|but|however)(?![a-z0-9])/g;
/** A list number inside a line: " 2. ", " 3) "; the cut is after the blank. */
const INNER_LIST = /\s\d{1,2}[.)](?=\s)/g;
/** "3." or "nv." before the dot: a list mark or abbreviation, not the end of a sentence. */
const DOT_NOT_END = /(?:^|[\s\-*•])(?:\d{1,2}|nv|no|tp|q|p|v\.v)$/;

function cuts(folded: string): number[] {
  const out: number[] = [];
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(folded); m; m = BREAK.exec(folded)) {
    if (m[0] === "." && DOT_NOT_END.test(folded.slice(Math.max(0, m.index - 6), m.index))) continue;
    // A "?" ends its clause but belongs to it; other breaks are dropped.
    if (m[0].startsWith("?")) out.push(m.index + m[0].length, m.index + m[0].length);
    else out.push(m.index, m.index + m[0].length);
  }
  CONTRAST.lastIndex = 0;
  for (let m = CONTRAST.exec(folded); m; m = CONTRAST.exec(folded)) out.push(m.index, m.index);
  INNER_LIST.lastIndex = 0;
  for (let m = INNER_LIST.exec(folded); m; m = INNER_LIST.exec(folded)) out.push(m.index + 1, m.index + 1);
  return out;
}

/** The clauses of a folded reply, in order, as [start, end) spans without surrounding blanks. */
export function splitClauses(folded: string): ClauseSpan[] {
  const marks = cuts(folded);
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < marks.length; i += 2) pairs.push([marks[i]!, marks[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: ClauseSpan[] = [];
  let from = 0;
  for (const [cutStart, cutEnd] of pairs) {
    if (cutStart < from) { from = Math.max(from, cutEnd); continue; }
    pushTrimmed(out, folded, from, cutStart);
    from = cutEnd;
  }
  pushTrimmed(out, folded, from, folded.length);
  return out;
}

/** Adds [a, b) without its surrounding blanks, unless nothing but blanks and punctuation is left. */
function pushTrimmed(out: ClauseSpan[], folded: string, a: number, b: number): void {
  while (a < b && isBlankCode(folded.charCodeAt(a))) a++;
  while (b > a && isBlankCode(folded.charCodeAt(b - 1))) b--;
  if (b > a && /[^\s.,;:!\-–—]/u.test(folded.slice(a, b))) out.push({ start: a, end: b });
}
