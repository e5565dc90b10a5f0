/**
 * A reply cut into clauses, each about one thing: "NV1 xong; NV2 vướng mắc do thiếu kinh phí" →
 * two. Cuts at line ends, ";", "!", "?", a sentence-ending ".", commas, " - ", "nhưng"/"but", and
 * before a list number inside a line ("1. xong 2. đang làm"). Never inside "30/6", "1,2" or "50,5%".
 * Run-on speech is cut before "mà", "nên", "chứ không" and "còn 8 căn", and at a spoken "chấm".
 */
import { alternation } from "../text/fold.ts";
import { CUT_AFTER_CHU, CUT_AFTER_MA, CUT_AFTER_NEN, SAME_CLAUSE_AFTER_COMMA, SPOKEN_STOPS } from "./grammar.ts";
import { isBlankCode } from "./lexicon.ts";


export interface ClauseSpan {
  start: number;
  end: number;
}

/** Strong stops and commas ("phẩy" too, as voice typing spells the comma); a "?" stays with its clause so the question can be seen. */
const BREAK = /\n|[;!…]|\?+|,(?!\d)|(?<!\d),|\s[-–—]\s|\.(?=\s|$)|(?<![a-z0-9])phay(?![a-z0-9])/g;
/** After a comma, words that keep the clause going: ", tức là đến 9/12". */
const SAME_CLAUSE = new RegExp(String.raw`^\s*(?:${alternation(SAME_CLAUSE_AFTER_COMMA)})(?![a-z])`);
/** ": số 1 đã trình, …": a list of tasks after a preamble starts at the colon. */
const LIST_COLON = /:(?=\s*(?:so\s+)?\d{1,2}(?![\d/.:,])\s)/g;
/** Conjunctions of run-on speech, cut before when typed as such (folded, "mà" is also "mã", "nên" "nến"). */
const RUN_ON = new RegExp(String.raw`(?=[mnc])(?<=[a-z0-9]\s+)(?:(ma)(?=\s+(?:${alternation(CUT_AFTER_MA)})(?![a-z0-9]))|(nen)(?=\s+(?:${alternation(CUT_AFTER_NEN)})(?![a-z0-9]))|(chu)(?=\s+(?:${alternation(CUT_AFTER_CHU)})(?![a-z0-9]))|con(?=\s+\d))`, "g");
const RUN_ON_TYPED: Record<string, RegExp> = { ma: /^(?:mà|ma)$/i, nen: /^(?:nên|nen)$/i, chu: /^(?:chứ|chu)$/i };
/** "… gì mà …", "… đâu mà …": rhetorical, one clause ("xong gì mà xong"). */
const RHETORICAL_MA = /(?:^|\s)(?:gi|dau|sao|nao|the)\s+$/;
const SPOKEN_STOP = new RegExp(String.raw`(?<![a-z0-9])(?:${alternation(SPOKEN_STOPS)})(?![a-z0-9])`, "g");
const SPOKEN_TYPED = new Set(SPOKEN_STOPS.map((w) => w.split(" ")[0]!));
/** Words of contrast that start a new clause: "đã xong nhưng chưa nghiệm thu". */
const CONTRAST = /(?<![a-z0-9])(?:nhung|tuy nhien|but|however)(?![a-z0-9])/g;
/** A list number inside a line: " 2. ", " 3) ", " 2/ "; the cut is after the blank. */
const INNER_LIST = /\s\d{1,2}[.)/](?=\s)/g;
/** A bare number between two statements: "… xong 2 xong …", "… 50% 3 đang làm"; the cut is before the number. Folded. */
const INNER_BARE = /((?<![a-z0-9])(?:xong|roi|r|ok|ht|chua|lam|\d+%)\s+)[1-9](?=\s+(?:xong|dang|chua|da|dat|duoc|dc|ok|ht|xin|vuong|moi|mai|ngay mai|mot|thu [2-7]|chieu nay|toi nay|cuoi tuan|cuoi thang|tuan sau)(?![a-z0-9]))/g;
/** "3." or "nv." before the dot: a list mark or abbreviation, not the end of a sentence. */
const DOT_NOT_END = /(?:^|[\s\-*•])(?:\d{1,2}|nv|no|tp|q|p|v\.v)$/;

/** "Đã xong việc 2. Việc 1 …": a number a task word names, so the dot after it ends the sentence; it is no list mark. */
const NAMED_NUMBER = /(?<![a-z])(?:viec|nhiem\s+vu|noi\s+dung|muc|so|task|item)\s+\d{1,2}$/;

/** Before " - ": a unit's head and one or two capitalised words of its name ("phòng Tài chính", "Sở Lao động"). Typed. */
const UNIT_BEFORE_DASH = /(?:^|[^\p{L}])(?:[Pp]hòng|Sở|sở|Ban|ban|Trung tâm|Chi cục|Văn phòng|Phòng)\s+\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?$/u;

function cuts(folded: string, typed: string): number[] {
  const out: number[] = [];
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(folded); m; m = BREAK.exec(folded)) {
    if (m[0] === "." && DOT_NOT_END.test(folded.slice(Math.max(0, m.index - 6), m.index)) && !NAMED_NUMBER.test(folded.slice(Math.max(0, m.index - 16), m.index))) continue;
    if (m[0] === "," && SAME_CLAUSE.test(folded.slice(m.index + 1, m.index + 12))) continue;
    // "phòng Tài chính - Kế hoạch huyện", "Sở Lao động - Thương binh và Xã hội": a unit's name holds its dash (round 13).
    if (/^\s[-–]\s$/.test(m[0]) && /^\p{Lu}/u.test(typed.slice(m.index + 3, m.index + 4)) && UNIT_BEFORE_DASH.test(typed.slice(Math.max(0, m.index - 30), m.index))) continue;
    // A "?" ends its clause but belongs to it; other breaks are dropped.
    if (m[0].startsWith("?")) out.push(m.index + m[0].length, m.index + m[0].length);
    else out.push(m.index, m.index + m[0].length);
  }
  CONTRAST.lastIndex = 0;
  for (let m = CONTRAST.exec(folded); m; m = CONTRAST.exec(folded)) out.push(m.index, m.index);
  if (folded.includes(":")) {
    LIST_COLON.lastIndex = 0;
    for (let m = LIST_COLON.exec(folded); m; m = LIST_COLON.exec(folded)) out.push(m.index, m.index + 1);
  }
  RUN_ON.lastIndex = 0;
  const runOn = folded.includes("ma ") || folded.includes("nen ") || folded.includes("chu ") || folded.includes("con ");
  for (let m = runOn ? RUN_ON.exec(folded) : null; m; m = RUN_ON.exec(folded)) {
    const word = m[1] ?? m[2] ?? m[3];
    if (word && !RUN_ON_TYPED[word]!.test(typed.slice(m.index, m.index + word.length))) continue;
    if (m[1] && RHETORICAL_MA.test(folded.slice(Math.max(0, m.index - 8), m.index))) continue;
    out.push(m.index, m.index);
  }
  if (folded.includes("cham")) {
    SPOKEN_STOP.lastIndex = 0;
    for (let m = SPOKEN_STOP.exec(folded); m; m = SPOKEN_STOP.exec(folded)) {
      if (SPOKEN_TYPED.has(typed.slice(m.index, m.index + 4).toLowerCase())) out.push(m.index, m.index + m[0].length);
    }
  }
  INNER_LIST.lastIndex = 0;
  for (let m = INNER_LIST.exec(folded); m; m = INNER_LIST.exec(folded)) {
    // "Ngày 28/12 (thứ 2) em gửi": a weekday, not the second item.
    if (/(?<![a-z])thu\s*$/.test(folded.slice(Math.max(0, m.index - 5), m.index))) continue;
    if (!NAMED_NUMBER.test(folded.slice(Math.max(0, m.index - 12), m.index + m[0].length - 1))) out.push(m.index + 1, m.index + 1);
  }
  // "1 xong 2 xong 3 đang chờ ký": a bare task number after a status and before another starts a new clause.
  if (/\d/.test(folded)) {
    INNER_BARE.lastIndex = 0;
    for (let m = INNER_BARE.exec(folded); m; m = INNER_BARE.exec(folded)) out.push(m.index + m[1]!.length, m.index + m[1]!.length);
  }
  return out;
}

/** The clauses of a folded reply, in order, as [start, end) spans without surrounding blanks; `typed` is the reply as typed, aligned. */
export function splitClauses(folded: string, typed: string = folded): ClauseSpan[] {
  const marks = cuts(folded, typed);
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
