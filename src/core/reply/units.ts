/**
 * A reply as a list of units: a span of text, the task numbers written in it, and what it says.
 * A clause holding "NV1 xong NV2 đang làm" becomes two units, cut where a new reference follows
 * something said about the previous one.
 */
import { alternation, fold } from "../text/fold.ts";
import type { DayNumber } from "./calendar.ts";
import { readClause, type Reading } from "./classify.ts";
import { splitClauses } from "./clauses.ts";
import { makeClause, type Clause } from "./context.ts";
import {
  ACK_WORDS, BLOCKER_LABELS, DONE_WORDS, EXTENSION_WORDS, HELP_REQUESTS, LACK_WORDS, NEGATIONS, NOT_DONE_PHRASES,
  ISSUING_VERBS, ONGOING, PROGRESS_WORDS, TURN_WORDS, WORK_VERBS, CONTRAST_WORDS, DENIERS,
} from "./grammar.ts";
import { has, phrases } from "./lexicon.ts";
import { spellDigits } from "./numbers.ts";
import { blankQuotes } from "./quotes.ts";
import { findCommand, findRefs, type Command, type RefGroup } from "./refs.ts";
import { repairTyping, type Typed } from "./typing.ts";

export interface Unit {
  start: number;
  end: number;
  tasks: number[];
  /** The references come after what is said about them: "xong nhiệm vụ 1 và 2". */
  trailing: boolean;
  reading: Reading;
  command: Command | null;
  clause: Clause;
}

/** Anything that says something about a task, used to cut between references. */
const SAYS = phrases([
  ...DONE_WORDS, ...NEGATIONS, ...NOT_DONE_PHRASES, ...PROGRESS_WORDS, ...ONGOING, ...WORK_VERBS, ...BLOCKER_LABELS,
  ...HELP_REQUESTS, ...LACK_WORDS, ...EXTENSION_WORDS, ...ACK_WORDS, ...ISSUING_VERBS,
]);
const saysSomething = (f: string): boolean => /%|[✅✔☑❌]/u.test(f) || has(SAYS, f);
const TURN = phrases(TURN_WORDS);
/**
 * What the leader's own words under a pasted reminder must say for the block to be the bot's: a status, or a sending ("Dạ 1 đã
 * gửi" under "1. Báo cáo … 2. Kiểm tra …": the block kept its lines, and the sending closed task 2 too; round 19, BA).
 */
const answersQuote = (f: string): boolean => saysSomething(f) || ((f.includes("gui") || f.includes("nop")) && SENT_WORD.test(f));
const SENT_WORD = /(?<![a-z0-9])(?:gui|nop)(?![a-z0-9])/;
/** A turn, contrast or negation word right before a reference: "… trừ số 4", "… riêng NV3", "xong rồi mà nhiệm vụ 1 …", "… không phải NV1". */
const TURN_BEFORE = new RegExp(String.raw`(?<![a-z0-9])(?:${alternation([...TURN_WORDS, ...CONTRAST_WORDS, ...DENIERS, ...NEGATIONS.filter((w) => /^[^\s']+$/.test(w))])})\s+$`);

const blank = (s: string, from: number, to: number): string => s.slice(0, from) + " ".repeat(to - from) + s.slice(to);

/** Cut a clause before each reference group that follows words about the previous group. */
function cutAtReferences(f: string, groups: RefGroup[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  // "Tất cả đều xong trừ số 4", "xong rồi mà nhiệm vụ 1 …": the turn or contrast word and the task after it are a unit of their own.
  const first = groups[0];
  if (first && first.start > 0) {
    // The longest of those phrases is a dozen letters: only the end of what comes before can hold one.
    const offset = Math.max(0, first.start - 20);
    const turn = TURN_BEFORE.exec(f.slice(offset, first.start));
    const at = turn && !/[a-z0-9]/.test(f.charAt(offset + turn.index - 1)) ? offset + turn.index : -1;
    if (at > 0 && saysSomething(f.slice(0, at))) { out.push([0, at]); from = at; }
  }
  for (let i = 1; i < groups.length; i++) {
    const prev = groups[i - 1]!, g = groups[i]!;
    const between = f.slice(prev.end, g.start);
    if (saysSomething(between) || has(TURN, between) || SHARE_BETWEEN.test(between)) { out.push([from, g.start]); from = g.start; }
  }
  out.push([from, f.length]);
  return out;
}

/** `known`: the references of this very text when the caller already found them. */
function makeUnit(text: string, folded: string, start: number, end: number, today: () => DayNumber | null, known?: RefGroup[]): Unit {
  let f = folded.slice(start, end);
  const o = text.slice(start, end);
  const command = findCommand(f);
  if (command) f = blank(f, 0, command.end);
  const groups = command ? findRefs(f, false) : known ?? findRefs(f);
  const tasks = [...(command?.tasks ?? [])];
  for (const g of groups) { for (const t of g.tasks) if (!tasks.includes(t)) tasks.push(t); f = blank(f, g.start, g.end); }
  // "nv1 70 nv2 xong", "nv3 80 r": a task's number, then a number alone, is its share done, as if "%" were typed (round 19, BD);
  // the number moves one place left into the blanked reference so the text keeps its length.
  const share = tasks.length && groups.length && f.charCodeAt(0) === 32 ? SHARE_ALONE.exec(f) : null;
  if (share) {
    const at = share[0].length - share[1]!.length;
    if (Number(share[1]) >= 10 && Number(share[1]) <= 100) f = f.slice(0, at - 1) + share[1] + "%" + f.slice(share[0].length);
  }
  const clause = makeClause(f, o, today);
  const reading = readClause(clause, tasks.length > 0);
  const firstWord = clause.content[0];
  const trailing = !!command || (groups.length > 0 && !!firstWord && firstWord.start < groups[0]!.start);
  return { start, end, tasks, trailing, reading, command, clause };
}

/** Between two tasks' numbers, a share alone: "nv1 70 nv2 xong". Folded. */
const SHARE_BETWEEN = /^\s+(?:[2-9]\d|100)\s+$/;
/** A number alone after a task's blanked number, nothing but "rồi", "thôi" or politeness after it. Folded. */
const SHARE_ALONE = /^\s+([1-9]\d|100)(?=\s*(?:(?:r|roi|thoi|a|ah|nhe|nha|anh|chi)(?![a-z0-9]))*\s*[.,;!]*\s*$)/;
/** The space before a "còn" that turns from a part done to a part left: "xong phần A còn phần B", "xong thôn Đông rồi còn thôn Tây". Folded. */
const DONE_THEN_LEFT = /(?<=(?<![a-z])(?:xong|hoan thanh|hoan tat)(?:\s+[a-z0-9]+){1,6}?)\s(?=con\s+(?:phan|khau|thon|xa|phuong|hang muc|ho|cac|may|it|viec|noi dung|buoc|\d)(?![a-z]))/g;
/** A report's heading before its items: "… như sau:", "… cụ thể như sau:". Folded. */
const HEADING_COLON = /((?<![a-z])nhu sau\s*):/g;
/** "(1)" opening the reply, a line or an item after ":" or ";". Folded; " 1)" keeps the length. */
const BRACKETED_ITEM = /(?<=^|[:;.,\n]\s*|\s)\(([1-9])\)(?=\s)/g;
/** An exception's task then "còn lại" with no comma between: the space before "còn lại" becomes one (same length). Folded. */
const EXCEPT_THEN_REST = /((?<![a-z])(?:tru|ngoai tru)\s+(?:(?:so|nv|nhiem vu|viec)\s*)?\d{1,2})\s(?=con lai(?![a-z]))/g;
/**
 * The units of a normalized reply, in order, and the text they were read from: positions in units
 * are positions in `typed.f`; `typed.origin` takes them back to the reply as typed.
 */
export function readUnits(reply: string, today: () => DayNumber | null): { units: Unit[]; typed: Typed } {
  // Quotations of the reminder out, numbers in words as digits: both keep the text's length.
  const typed = repairTyping(spellDigits(blankQuotes(fold(reply), answersQuote)), reply);
  // "trừ số 5 còn lại xong hết rồi": the exception, then the rest — two clauses, as if the comma were typed (round 17).
  // "Sở Nội vụ báo cáo tiến độ các nhiệm vụ như sau: Nhiệm vụ 1 đã hoàn thành": the heading ends its own sentence, so its words
  // ("tiến độ") are no status of the first task (round 17).
  let folded = typed.f.includes("con lai") ? typed.f.replace(EXCEPT_THEN_REST, "$1,") : typed.f;
  // "Kính báo cáo: (1) Đã tổ chức xong …; (2) Đang rà soát …; (3) …": bracketed numbers that open the items name their tasks, as "1)"
  // does (round 19, BI: every item lost its task).
  if (folded.includes("(")) folded = folded.replace(BRACKETED_ITEM, " $1)");
  if (folded.includes("nhu sau")) folded = folded.replace(HEADING_COLON, "$1.");
  // "mới xong phần khảo sát còn phần lập dự toán chưa làm": the part done, then the part left — two clauses, as with the comma.
  if (folded.includes("con ")) folded = folded.replace(DONE_THEN_LEFT, ",");
  // "lúc nãy em báo đang làm, thực ra xong rồi anh ạ", "À nhầm, cái số 2 hôm qua em báo là đang làm, thực ra xong rồi": what the
  // leader said before and now puts right is no statement (round 18, UU and QQ); blanked, so its words keep their places.
  // "ý em là nv 3 hoàn thành rồi": "I mean", not "là" before a done word (a plan's "là xong").
  // "việc số 2 không phải đang làm mà đã hoàn thành từ hôm qua": the status denied is no statement; what follows "mà" is (round 19, BF).
  if (folded.includes("phai") && folded.includes("ma ")) folded = folded.replace(NOT_THIS_BUT, (m) => " ".repeat(m.length));
  if (CORRECTED.test(folded)) folded = folded.replace(SAID_BEFORE, (m) => " ".repeat(m.length)).replace(I_MEAN, (m) => " ".repeat(m.length));
  // "2 xong à nhầm 3 xong", "2 xong à lộn 3 xong": the slip owned mid-sentence ends what it takes back, as if the commas were
  // typed (round 19, BE); "nv 4 mới đúng" after it names the task meant and says nothing of the work.
  if (folded.includes("nham") || folded.includes("lon")) {
    const cut = folded.replace(SLIP_OWNED, ",$1,");
    if (cut !== folded || CORRECTED.test(folded)) folded = cut.replace(RIGHT_ONE, (m) => " ".repeat(m.length));
  }
  const text = typed.o;
  const units: Unit[] = [];
  for (const cl of splitClauses(folded, text)) {
    const f = folded.slice(cl.start, cl.end);
    const groups = findRefs(f);
    for (const [a, b] of cutAtReferences(f, groups)) {
      const whole = a === 0 && b === f.length;
      if (/[^\s.,;:!\-–—]/u.test(f.slice(a, b))) units.push(makeUnit(text, folded, cl.start + a, cl.start + b, today, whole ? groups : undefined));
    }
  }
  // "> 1. Kế hoạch …\n> 2. Báo cáo …\ncả 2 em gửi rồi anh": "both", "all" of the reminders quoted names each of them (round 14).
  if (reply.includes(">") && units.every((u) => u.tasks.length === 0)) {
    const quoted = [...fold(reply).matchAll(QUOTED_TASK)].map((m) => Number(m[1]));
    const all = units.find((u) => ALL_OF.test(u.clause.f));
    if (quoted.length >= 2 && all) all.tasks = [...new Set(quoted)];
  }
  return { units, typed };
}
/** Putting right what was said: "thực ra", "thật ra", "nhầm", "ý em là", "à không", "đính chính". Folded. */
// "… nhưng kiểm tra lại thì …", "… nhưng tính lại không kịp": the leader looked again (round 19, BF).
const CORRECTED = /(?<![a-z])(?:thuc ra|that ra|nham|y (?:em|e|toi|tui|minh) la|a khong|a ko|dinh chinh|(?:kiem tra|xem|hoi) lai thi|tinh lai)(?![a-z])/;
/** "à nhầm", "à lộn" right after a word, with no stop before it. Folded (the "a" of "à"). */
const SLIP_OWNED = /(?<=[a-z0-9]) ((?:a|ak|ah|ay)\s+(?:nham|lon)) (?=[a-z0-9])/g;
/** "mới đúng", "mới phải", "mới chính xác", "mới là đúng": the task just named is the one meant. Folded. */
const RIGHT_ONE = /(?<![a-z])(?:moi|moi la|la)\s+(?:dung|phai|chinh xac)(?![a-z])(?=\s*(?:[,.;!]|$|(?:a|nha|nhe|anh|chi)(?![a-z])))/g;
/** "không phải đang làm mà", "chứ không phải chưa xong mà": a status denied before the one meant. Folded. */
const NOT_THIS_BUT = /(?<![a-z])(?:chu\s+)?(?:khong|ko|k|chang|cha)\s+phai(?:\s+la)?\s+(?:dang|chua|moi|van)(?:\s+[a-z]+){1,3}?\s+ma(?=\s+(?:da|la|xong|hoan|ht|that ra|thuc ra)(?![a-z]))/g;
/** "ý em là", "ý tôi là": what the leader meant. Folded. */
const I_MEAN = /(?<![a-z])y\s+(?:em|e|toi|tui|minh)\s+la(?![a-z])/g;
/** What the leader said before, to the next stop or "thực ra" / "nhưng": "lúc nãy em báo 2 xong 3 chưa". Folded. */
// "Em vừa nhắn là chưa xong", "Lúc nãy em xin 1 tuần" (round 19, BF): the speaker first, and a request is said too.
const SAID_BEFORE = /(?<![a-z])(?:(?:luc nay|hoi nay|vua roi|vua nay|hom qua|sang nay|luc sang|luc chieu|tin truoc|hom truoc|lan truoc)\s+(?:(?:em|e|toi|tui|minh)\s+)?|(?:em|e|toi|tui|minh)\s+(?:vua|luc nay|hoi nay)\s+)(?:da\s+)?(?:bao|noi|nhan|tra loi|ghi|xin)(?![a-z])(?:\s+(?!(?:thuc ra|that ra|nhung|ma)(?![a-z]))[^\s,.;:!?]+)*/g;
/** A quoted reminder's line that opens with its task's number: "> 2. Báo cáo …", "> nv 3: …". Folded. */
const QUOTED_TASK = /^[ \t]*>[ \t]*(?:(?:nhiem vu|nv|viec)\s*)?(\d{1,2})\s*[.):]/gm;
/** "cả 2", "cả hai", "tất cả", "hết cả": every task quoted. Folded. */
const ALL_OF = /(?<![a-z0-9])(?:ca\s+(?:[2-9]|hai|ba|bon|nam)|tat ca|het ca)(?![a-z0-9])/;

