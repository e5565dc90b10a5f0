/**
 * Replies that quote the reminder: '"Đề nghị hoàn thành nhiệm vụ 3 trước 30/11" – chưa kịp ạ',
 * "> Nhắc việc: Nhiệm vụ 5 … đến hạn 30/11\nĐã xong". The quoted words are the bot's, not the
 * leader's: they are blanked (same length) except the task numbers, which say what the answer is about.
 * A reply whose own words say nothing about the task ('Em báo cáo: "đã hoàn thành"') quoted itself,
 * so it is left as it is.
 */
import { findRefs } from "./refs.ts";

/** Straight or curly double quotes, guillemets (to the last on the line, as they nest: «… «Rà soát …» …»), and lines opened by ">". */
const QUOTED = /"[^"\n]{3,}"|“[^”\n]{3,}”|«[^\n]{3,}»|^[ \t]*>[^\n]*/gm;
const WORD = /[a-z0-9]/;

/** `says`: whether a text says something about a task (units.ts knows the words). */
export function blankQuotes(folded: string, says: (f: string) => boolean): string {
  if (!folded.includes('"') && !folded.includes("“") && !folded.includes(">") && !folded.includes("«")) return folded;
  let out = folded;
  let any = false;
  for (const m of folded.matchAll(QUOTED)) {
    const start = m.index, seg = m[0];
    let kept = " ".repeat(seg.length);
    for (const g of findRefs(seg.replace(/^[\s>]+/, (s) => " ".repeat(s.length)))) kept = kept.slice(0, g.start) + seg.slice(g.start, g.end) + kept.slice(g.end);
    out = out.slice(0, start) + kept + out.slice(start + seg.length);
    any = true;
  }
  // Only the leader's own words count; with none left, the quotation was the message.
  if (!any) return folded;
  let rest = out;
  for (const g of findRefs(out)) rest = rest.slice(0, g.start) + " ".repeat(g.end - g.start) + rest.slice(g.end);
  return WORD.test(rest) && says(rest) ? out : folded;
}
