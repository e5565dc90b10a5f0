/**
 * Replies that quote the reminder: '"Đề nghị hoàn thành nhiệm vụ 3 trước 30/11" – chưa kịp ạ',
 * "> Nhắc việc: Nhiệm vụ 5 … đến hạn 30/11\nĐã xong". The quoted words are the bot's, not the
 * leader's: they are blanked (same length) except the task numbers, which say what the answer is about.
 * A reply whose own words say nothing about the task ('Em báo cáo: "đã hoàn thành"') quoted itself,
 * so it is left as it is. A reminder pasted above the answer (see REMINDER_MARKS) is a quotation too.
 */
import { alternation } from "../text/fold.ts";
import { REMINDER_MARKS } from "./grammar.ts";
import { findRefs } from "./refs.ts";

const MARK = new RegExp(String.raw`(?<![a-z0-9])(?:${alternation(REMINDER_MARKS)})(?![a-z0-9])`, "g");
const FIRST_PERSON = /(?<![a-z0-9])(?:em|e|toi|tui|chung toi|chung em|minh|ben em|ben tui)(?![a-z0-9])/;
/** Where a pasted block ends: a blank line, or its closing "Trân trọng." line. */
const BLOCK_END = /\n[ \t]*\n|\n[ \t]*tran trong[ \t]*[.!]?[ \t]*(?=\n)/g;

/** The end of a pasted reminder at the top of the reply (see REMINDER_MARKS), or -1: its last mark, then the first end after it. */
function pastedEnd(folded: string): number {
  if (!folded.includes("\n")) return -1;
  let last = -1;
  MARK.lastIndex = 0;
  for (let m = MARK.exec(folded); m; m = MARK.exec(folded)) last = m.index;
  if (last < 0) return -1;
  BLOCK_END.lastIndex = last;
  const end = BLOCK_END.exec(folded);
  // The bot never speaks in the first person: a block with "em", "tôi" is the leader's own letter.
  return end && !FIRST_PERSON.test(folded.slice(0, end.index)) ? end.index + end[0].length : -1;
}

/** Straight or curly double quotes, guillemets (to the last on the line, as they nest: «… «Rà soát …» …»), and lines opened by ">". */
const QUOTED = /"[^"\n]{3,}"|“[^”\n]{3,}”|«[^\n]{3,}»|^[ \t]*>[^\n]*/gm;
const WORD = /[a-z0-9]/;

/** `says`: whether a text says something about a task (units.ts knows the words). */
export function blankQuotes(folded: string, says: (f: string) => boolean): string {
  const pasted = pastedEnd(folded);
  if (pasted < 0 && !folded.includes('"') && !folded.includes("“") && !folded.includes(">") && !folded.includes("«")) return folded;
  let out = folded;
  let any = false;
  const spans: Array<{ index: number; 0: string }> = pasted > 0 ? [{ index: 0, 0: folded.slice(0, pasted) }] : [];
  for (const m of folded.matchAll(QUOTED)) if (m.index >= pasted) spans.push(m);
  for (const m of spans) {
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
