/**
 * Which date words a folded text holds, as a bit mask found in one pass: the date patterns (dates.ts)
 * each need a digit or one of a few words, and most clauses hold none, so each pattern first asks
 * the mask instead of searching the text. Substring semantics, like String.prototype.includes.
 */

/** Each word and the bit it sets; the English month names share one bit, digits another. */
const WORDS: Record<string, number> = {};
let bits = 0;
const bit = (...words: string[]): number => {
  const b = 1 << bits++;
  for (const w of words) WORDS[w] = (WORDS[w] ?? 0) | b;
  return b;
};

export const W = {
  digit: bit("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
  dash: bit("-"), slash: bit("/"), dot: bit("."),
  monthName: bit("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
  thu: bit("thu"), chu: bit("chu"), day: bit("day"), fri: bit("fri"),
  tuan: bit("tuan"), week: bit("week"), thang: bit("thang"), month: bit("month"),
  quy: bit("quy"), q: bit("q"), quarter: bit("quarter"), nam: bit("nam"), year: bit("year"),
  hom: bit("hom"), ngay: bit("ngay"), today: bit("today"), mai: bit("mai"), tomorrow: bit("tomorrow"), nay: bit("nay"),
  // "để chiều", "để trưa" (not "tối": folded, it is also "tôi", "tới", in most replies)
  partOfDay: bit("chieu", "trua"),
} as const;

/** Children by ASCII code: every listed word is ASCII, so any other character ends a walk. */
interface Node { next: Array<Node | undefined>; mask: number }
const root: Node = { next: [], mask: 0 };
for (const [word, mask] of Object.entries(WORDS)) {
  let node = root;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) throw new Error(`date word "${word}" must be ASCII`);
    node = node.next[c] ??= { next: [], mask: 0 };
  }
  node.mask |= mask;
}

/** The bits of every listed word that occurs anywhere in `text`. */
export function dateWords(text: string): number {
  let mask = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let node = c < 128 ? root.next[c] : undefined;
    for (let j = i + 1; node; j++) {
      mask |= node.mask;
      if (j >= n) break;
      const d = text.charCodeAt(j);
      node = d < 128 ? node.next[d] : undefined;
    }
  }
  return mask;
}
