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

/**
 * A reminder copied above the answer by hand, in the leader's own shape rather than the bot's: "[Nhắc việc] 2. Ban hành
 * kế hoạch …", "Nhắc: Nhiệm vụ 3 – Báo cáo thiệt hại …, hạn 01/12", "Nhiệm vụ 4: … Hạn: 28/11/2026. Trạng thái: Quá hạn."
 * A line is one when it opens with a task's number and carries a mark or its deadline ("hạn …", "trạng thái"); lines of
 * such fields ("Hạn: 10/12") may follow. Folded.
 */
// "[Chuyển tiếp] Nhắc việc: 3. …", "Fwd: …": a forwarded copy (round 13).
const TASK_HEAD = /^[ \t>*•\-–—🔔📌📣⏰❗]*(?:\[?\s*(?:chuyen\s+tiep|fwd?|forwarded)\s*\]?\s*:?\s*)?(?:(\[?\s*(?:nhac(?:\s+viec)?|reminder)\s*\]?\s*[:\-–—]?\s*))?(?:((?:nhiem\s+vu|nv|viec)\s*(?:so\s*)?\d{1,2})\s*[:\-–—.)]|(\d{1,2})\s*[.):]\s)/d;
const DUE_FIELD = /(?<![a-z])(?:(?:thoi\s+)?han(?:\s+hoan\s+thanh)?\s*:?|truoc(?:\s+ngay)?)\s*\d{1,2}\s*\/\s*\d{1,2}|(?<![a-z])trang\s+thai\s*:/;
const FIELD_LINE = /^[ \t]*(?:(?:thoi\s+)?han|trang\s+thai|noi\s+dung|deadline)\s*:/;
/** A second task inside a copied line: "(hạn 01/12) 2. Rà soát …", "; nhiệm vụ 3: …". */
const INLINE_HEAD = /(?:[);,]\s*\d{1,2}\s*[.)]\s|(?<![a-z])(?:nhiem\s+vu|nv)\s*(?:so\s*)?\d{1,2}\s*[:\-–—.)])/g;

/**
 * A task's title copied without its deadline ("Nhiệm vụ 1: Báo cáo tình hình sạt lở bờ sông Hậu"): "nhiệm vụ N:" or "nv N:"
 * and at least four words with no word of the leader's own state ("đã", "đang", "xong", "rồi", "chưa", "còn", "%" …) — a
 * leader's own line "NV1: đã xong" or "Nhiệm vụ 2: đang làm, được 70%" is an answer, not a copy.
 */
function isTitleLine(line: string): boolean {
  const head = TITLE_HEAD.exec(line);
  if (!head) return false;
  const rest = line.slice(head[0].length);
  return (rest.match(/[a-z0-9]+/g)?.length ?? 0) >= 4 && !OWN_STATE.test(rest);
}
/** The bot's salutation above a copied task. Folded. */
const SALUTATION = /^[ \t]*(?:kinh\s+gui|kinh\s+thua|gui)\s+(?:dong\s+chi|d\/c|dc|d\.c|ong|ba|anh|chi|chu\s+tich|giam\s+doc|lanh\s+dao)(?![a-z])/;
const TITLE_HEAD = /^[ \t>*•\-–—🔔📌📣⏰❗]*(?:nhiem\s+vu|nv|viec)\s*(?:so\s*)?\d{1,2}\s*[:\-–—.)]/;
const OWN_STATE = /(?<![a-z])(?:da|dang|xong|xog|roi|r|chua|con|moi|sap|gan|ok|oke|ko|k|khong|van|duoc|dc|dat|het|xin|cho|em|e|toi|tui)(?![a-z])|%|\?/;

/** A copied reminder line: a task's number with a mark, its deadline or its title, in the bot's words (no "em", "tôi"). */
function isCopiedHead(line: string): RegExpExecArray | null {
  const head = TASK_HEAD.exec(line);
  return head && (head[1] || DUE_FIELD.test(line) || isTitleLine(line)) && !FIRST_PERSON.test(line) ? head : null;
}

/** Whether a copied line names a second task after its head: "(hạn 01/12) 2. Rà soát …", "; nhiệm vụ 3: …". */
const namesAnother = (line: string, head: RegExpExecArray): boolean => (line.slice(head[0].length).match(INLINE_HEAD)?.length ?? 0) > 0;

/**
 * Where a task head (TASK_HEAD) names its task, as the leader would write it: "nhiệm vụ 3", or a bare number with its mark
 * ("1."), since "1 Sở …" would read as "một số" (some) and name no task (round 17).
 */
function headNumber(head: RegExpExecArray): [number, number] | null {
  const named = head.indices![2];
  if (named) return [named[0], named[1]];
  const bare = head.indices![3];
  return bare ? [bare[0], bare[1] + 1] : null;
}

/**
 * The reminder lines copied into the reply, each group with the answer below it: "1. Rà soát … – Hạn 20/12/2026\nSở đã hoàn
 * thành\n2. Báo cáo … – Hạn 16/12/2026\nĐã gửi chiều qua" (round 17). Each group's lines are blanked with the newline after
 * them, so that the answer reads as said of the group's numbers, which are kept as the leader would write them ("1.", "nhiệm
 * vụ 3") — unless the answer names its own tasks, or a line names a second task inline. Null when the reply opens with no
 * copied line (after the bot's salutation) and has none further down either, or when no answer follows.
 */
function copiedReminder(folded: string): { blank: Array<[number, number]>; keep: Array<[number, number]> } | null {
  const lines = folded.split("\n");
  if (lines.length < 2) return null;
  const at: number[] = [];
  for (let k = 0, pos = 0; k < lines.length; pos += lines[k]!.length + 1, k++) at.push(pos);
  // "Kính gửi đ/c Chủ tịch UBND huyện …" above the task: the reminder's salutation, copied with it (round 16).
  let s = 0;
  while (s < lines.length - 2 && SALUTATION.test(lines[s]!)) s++;
  const blank: Array<[number, number]> = [];
  const keep: Array<[number, number]> = [];
  if (s > 0 && !isCopiedHead(lines[s]!)) return null;
  if (s > 0) blank.push([0, at[s]!]);
  let groups = 0;
  for (let k = s; k < lines.length;) {
    const first = isCopiedHead(lines[k]!);
    if (!first) { k++; continue; }
    // The first group opens the reply (after the salutation) or follows an answer: a lone copied line among the leader's own
    // lines with no copy above is the leader's own list ("1. Đã xong – hạn 20/12 em gửi" has its "em").
    if (groups === 0 && k !== s) return null;
    // Each head with the line it opens.
    const heads: Array<[RegExpExecArray, number]> = [[first, k]];
    let inline = namesAnother(lines[k]!, first);
    let j = k + 1;
    for (let h: RegExpExecArray | null; j < lines.length - 1; j++) {
      if (FIELD_LINE.test(lines[j]!)) continue;
      if (!(h = isCopiedHead(lines[j]!))) break;
      heads.push([h, j]);
      inline ||= namesAnother(lines[j]!, h);
    }
    // The answer: to the next copied line or the end.
    let e = j;
    while (e < lines.length && !isCopiedHead(lines[e]!)) e++;
    const answer = lines.slice(j, e).join("\n");
    if (!WORD.test(answer)) return groups ? { blank, keep } : null;
    groups++;
    const blockEnd = j < lines.length ? at[j]! : folded.length;
    blank.push([at[k]!, blockEnd]);
    // One task named in the block: the answer is about it. Several ("1. … (hạn 01/12) 2. …"): the answer names its own, or
    // they are the tasks it answers ("Cả hai nhiệm vụ trên đã hoàn thành").
    if (!inline && (heads.length === 1 || findRefs(answer).length === 0)) {
      for (const [head, line] of heads) {
        const span = headNumber(head);
        if (span) keep.push([at[line]! + span[0], at[line]! + span[1]]);
      }
    }
    k = e;
  }
  return groups ? { blank, keep } : null;
}

/** Straight or curly double quotes, guillemets (to the last on the line, as they nest: «… «Rà soát …» …»), and lines opened by ">". */
const QUOTED = /"[^"\n]{3,}"|“[^”\n]{3,}”|«[^\n]{3,}»|^[ \t]*>[^\n]*/gm;
const WORD = /[a-z0-9]/;
/** A quoted list item: its number, after the opening quote. Folded. */
const QUOTED_ITEM = /^["“«]\s*(\d{1,2})(?=\s*[.)]\s)/;

/** `says`: whether a text says something about a task (units.ts knows the words). */
export function blankQuotes(folded: string, says: (f: string) => boolean): string {
  const pasted = pastedEnd(folded);
  const copied = pasted < 0 ? copiedReminder(folded) : null;
  if (copied) {
    // The copied lines are the bot's words: only the tasks' numbers are kept, written as the leader would name them.
    let out = folded;
    for (const [a, b] of copied.blank) out = out.slice(0, a) + " ".repeat(b - a) + out.slice(b);
    for (const [a, b] of copied.keep) out = out.slice(0, a) + folded.slice(a, b) + out.slice(b);
    return out;
  }
  if (pasted < 0 && !folded.includes('"') && !folded.includes("“") && !folded.includes(">") && !folded.includes("«")) return folded;
  let out = folded;
  let any = false;
  const spans: Array<{ index: number; 0: string }> = pasted > 0 ? [{ index: 0, 0: folded.slice(0, pasted) }] : [];
  for (const m of folded.matchAll(QUOTED)) if (m.index >= pasted) spans.push(m);
  // A pasted block of several tasks above an answer that names its own ("…Nhiệm vụ 2 …\nNhắc việc: Nhiệm vụ 3 …\n\n2 đang thống kê
  // 80%, 3 gửi rồi"): the answer's numbers say which is which, and the block's would give the first statement to every task (round 16).
  const ownRefs = pasted > 0 && findRefs(folded.slice(pasted)).length > 0;
  for (const m of spans) {
    const start = m.index, seg = m[0];
    let kept = " ".repeat(seg.length);
    // The pasted block (the only span at 0) keeps no numbers of its own when the answer names its tasks.
    if (!(ownRefs && start === 0)) {
      for (const g of findRefs(seg.replace(/^[\s>]+/, (s) => " ".repeat(s.length)))) kept = kept.slice(0, g.start) + seg.slice(g.start, g.end) + kept.slice(g.end);
      // "Nhắc việc: 2. Tổng hợp số liệu …, hạn 15/12\n\nxong rồi anh": the pasted block's own item number, after its mark (round 17).
      const head = start === 0 && pasted > 0 && !/\d/.test(kept) ? TASK_HEAD.exec(seg) : null;
      const span = head?.indices?.[3] ? headNumber(head) : null;
      if (span) kept = kept.slice(0, span[0]) + seg.slice(span[0], span[1]) + kept.slice(span[1]);
      // "Trích: «1. Hoàn thiện hồ sơ … — hạn 15/12»": the quoted item's own number names its task (round 16).
      const item = QUOTED_ITEM.exec(seg);
      if (item) { const at = item[0].length - item[1]!.length; kept = kept.slice(0, at) + item[1] + kept.slice(at + item[1]!.length); }
    }
    out = out.slice(0, start) + kept + out.slice(start + seg.length);
    any = true;
  }
  // Only the leader's own words count; with none left, the quotation was the message.
  if (!any) return folded;
  let rest = out;
  for (const g of findRefs(out)) rest = rest.slice(0, g.start) + " ".repeat(g.end - g.start) + rest.slice(g.end);
  return WORD.test(rest) && says(rest) ? out : folded;
}
