/**
 * Task references in a clause: "#3", "NV3", "nhiệm vụ 1 và 2", "#3 #4", "NV1-3", a bare "3." or
 * "1 xong" at the start, and bot commands ("/done 7"). Runs on FOLDED text.
 */
import {
  ACK_WORDS, BLOCKER_LABELS, CLAUSE_OPENERS, COMMANDS, DONE_WORDS, EXTENSION_WORDS, HELP_REQUESTS, LACK_WORDS,
  NEAR_WORDS, NEGATIONS, NOT_DONE_PHRASES, ONGOING, PROGRESS_WORDS, QUANTITY_UNITS, RANGE_JOINER, TASK_JOINER,
  TASK_PREFIX, TURN_WORDS, WORK_VERBS, COUNTED_NOUNS, FUTURE_TIME_WORDS, HANDING_OVER, HEDGES, NOT_MINE_PHRASES, OWNER_OPENERS,
} from "./grammar.ts";
import { alternation } from "../text/fold.ts";
import { VN_WEEKDAYS } from "./dates.ts";
import { anchoredPhrases, phraseAt } from "./lexicon.ts";
import type { IntentKind } from "./types.ts";

export interface RefGroup {
  start: number;
  end: number;
  tasks: number[];
}

/** Task numbers above this are not tasks: "NV1000" is noise. */
const MAX_TASK = 999;
/** A bare leading number is a task only up to this: "100" alone is more likely a percent. */
const MAX_BARE_TASK = 99;
/** Longest range "NV1-20" expands to; longer ranges are kept as their two ends. */
const MAX_RANGE = 20;

const NUM = String.raw`(?:\d{1,3})(?![\d%]|[.,]\d|\s*%|\s*[/.]\s*\d|\s+${QUANTITY_UNITS}(?!\s+(?:sau|toi|nay|mot|kia)(?![a-z])))`;
/**
 * After a task's number, another one alone ("nv 2 3 4 đang làm", "nv 1 2 ok hết rồi"): one or two digits, never a count ("nv 2 3 xã"),
 * and below 20: "nv1 70 nv2 xong" is task 1 at 70 percent, not tasks 1 and 70 closed (round 19, BD, a false close).
 */
const LISTED = String.raw`(?:1\d|[1-9])(?![\d%]|[.,]\d|\s*%|\s*[/.]\s*\d|\s+${QUANTITY_UNITS}|\s+(?:${alternation(COUNTED_NOUNS)})(?![a-z]))`;
// Every task prefix begins with one of the look-ahead's characters, so most positions fail before the look-behind.
const PREFIXED = new RegExp(
  String.raw`(?=[#nctvim])(?<![a-z0-9])${TASK_PREFIX}\s*(?:[1-9]\d?(?:,[1-9]\d?)+(?![\d%]|\s*%|[.,]\d)|${NUM})(?:\s*${TASK_JOINER}\s*(?:${TASK_PREFIX}\s*|so\s+)?${NUM}|\s*${TASK_PREFIX}\s*${NUM}|\s+${LISTED})*`, "g");
// "dạ 1 xong, 2 xin thêm 1 tuần": a "dạ" (folded "da") before the first number is politeness, not "đã".
const BULLET = /^[\s\-*•+>]*(?:(?:da|vang|da vang)\s+(?=(?:so\s+)?[1-9]\d?(?!\d)\s*(?:[,.)&+]|va\b|vs\b|voi\b|xong|ok|dang|chua|dat|duoc|dc|xin|hong|khong|ko|gui|nop|trinh|ht|hoan thanh|da\b|em\b|e\b|tui\b|toi\b|ben\b|minh\b)))?/;
const HAS_DIGIT = /\d/;
/** "21:20", "8h30", "9 giờ": a time of day at the start is no task number. */
const CLOCK = String.raw`h\d{2}|\s*(?:gio|h)(?![a-z])`;
/** A leading number or list of them: "1", "số 3", "1, 2 và 3", "1 2 3", "số 2 với số 5"; never "2 30%", nor "05-12" (a day: tasks are never written with a 0). */
// A number after a blank alone is a task below 20 only: "số 2 30 thôi" is task 2 at 30 percent (round 19, BD).
const BARE = new RegExp(String.raw`^(?:so\s+)?(?!0)\d{1,2}(?![\d%]|\/\S|\s*%|${CLOCK}|\s*[-.]\s*0\d)(?:(?:\s*${TASK_JOINER}\s*(?:so\s+)?(?!0)\d{1,2}|\s+(?:so\s+)?(?:1\d|[1-9]))(?![\d/]|\s*%|${CLOCK}))*`);
/** After "còn", "riêng", "trừ": a bare number is the task turned to ("… còn 3 mới 10%", "trừ số 4"). */
/** Between the numbers of a list named after a word ("còn số 1 với số 4", "xong 1,2", "cả 2 và 3"): never a range. Folded. */
const LIST_JOINER = String.raw`\s*(?:,|va|voi|vs|&|\+)\s*`;
// "còn số 1 với số 4 xong rồi": a list of them (round 17).
const TURNED_ONE = String.raw`(?:so\s+)?\d{1,2}(?![\d/]|[.,]\d|\s*%|\s+${QUANTITY_UNITS})`;
const TURNED = new RegExp(String.raw`(?=[s0-9])(?<=(?<![a-z0-9])(?:${alternation(TURN_WORDS)})\s+)${TURNED_ONE}(?:${LIST_JOINER}${TURNED_ONE})*`, "g");
const UNIT_AFTER = new RegExp(String.raw`^\s*${QUANTITY_UNITS}`);
/** After a number, a counted thing: "3 xã xong", "còn 2 xã chưa" name no task. */
const QUANTITY_AFTER = new RegExp(String.raw`^\s*(?:${alternation(COUNTED_NOUNS)})(?![a-z0-9])`);
/** What may follow a bare leading number for it to be a task: a list mark ("1.", "1)", "1/ "), the end, or a reply word. */
const BARE_END = /^(?:\s*[.):]|\/\s|\s*-\s|\s*$)/;
/** Days said after a task's number: "2 thứ 6 xong", "3 cuối tuần em gửi", "1 chiều nay xong" (the weekdays as dates.ts reads them). */
const DAY_WORDS = [...Object.keys(VN_WEEKDAYS).map((w) => `thu ${w}`), "chủ nhật", "cuối tuần", "cuối tháng", "đầu tuần", "hôm nay", "sáng nay", "chiều nay",
  "tối nay", "trong tuần", "trong ngày", "ngày mốt", "ngày kia"];
const SIGNAL_START = anchoredPhrases([
  ...DONE_WORDS, ...NEGATIONS, ...NOT_DONE_PHRASES, ...NEAR_WORDS, ...PROGRESS_WORDS, ...ONGOING, ...WORK_VERBS,
  ...BLOCKER_LABELS, ...HELP_REQUESTS, ...LACK_WORDS, ...EXTENSION_WORDS, ...ACK_WORDS, ...CLAUSE_OPENERS,
  // "1 xong, 2 mai xong", "2 thứ 6 xong": a day to come after the number, so the number is the task it is about.
  ...FUTURE_TIME_WORDS, ...DAY_WORDS,
  // "2 chuyển sang phòng Tài chính - Kế hoạch rồi", "3 giao Sở Y tế rồi": the task handed to another unit (notmine.ts).
  ...HANDING_OVER, ...NOT_MINE_PHRASES, ...OWNER_OPENERS,
  // "5 chắc mai mới xong", "3 hình như xong rồi": a guess about that task (found on the sandbox, round 10).
  ...HEDGES,
  // "1 gửi rồi, 2 đang làm": the task's document sent (round 14).
  "gửi", "nộp", "trình", "ban hành",
]);
const PERCENT_START = /^\d{1,3}(?:[.,]\d+)?\s*%|^[^\sa-z0-9]/u;
/** "1xong 2 50%": a status glued to the task's number (round 19, BD). */
const GLUED_STATUS = /^(?:xong|xog|done|ok)(?![a-z0-9])/;
/** "1 xong 2 50%", "1 done 2 pending": a bare number between a status and the next one's word or share (round 19, BD and BK). Folded. */
const REF_BETWEEN_STATUS = /(?<=(?<![a-z0-9])(?:xong|xog|done|ok|roi|r|ht)\s+)([1-9]|1\d)(?=\s+(?:\d{1,3}\s*%|pending|dang|xin|gia han)(?![a-z0-9]))/g;
/** "1 xong 2 60": after a task's number, a share alone to the end (round 19, BD). */
const SHARE_START = /^(?:[2-9]\d|100)\s*(?:(?:r|roi|thoi|a|nhe|nha)(?![a-z0-9])\s*)*[.,;!]*\s*$/;
const COMMAND = /^\/([a-z_]+)(?:@[a-z0-9_]+)?(?![a-z0-9_])/;
const COMMAND_TASKS = new RegExp(String.raw`^\s+#?\d{1,3}(?![\d/%]|[.,]\d)(?:\s*${TASK_JOINER}\s*#?\d{1,3}(?![\d/%]|[.,]\d))*`);

/** The numbers of a group's text, with ranges ("1-3", "1 đến 3") expanded. */
function numbersOf(text: string, max: number): number[] {
  const out: number[] = [];
  const re = /(\d{1,3})|(-|–|den|toi)/g;
  let range = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[2]) { range = RANGE_JOINER.test(m[2]); continue; }
    const n = Number(m[1]);
    const last = out[out.length - 1];
    if (range && last !== undefined && n > last && n - last <= MAX_RANGE) for (let i = last + 1; i < n; i++) out.push(i);
    range = false;
    if (n >= 1 && n <= max && !out.includes(n)) out.push(n);
  }
  return out;
}

/**
 * Every reference in the clause, in order. `folded` is the clause's folded text; `bare` allows a
 * bare leading number ("1 xong"), which is off after a command ("/tiendo 3 50": 50 is a percent).
 */
export function findRefs(folded: string, bare = true): RefGroup[] {
  const groups: RefGroup[] = [];
  // Every reference holds a digit; most clauses hold none once references are blanked.
  if (!HAS_DIGIT.test(folded)) return groups;
  const lead = BULLET.exec(folded)?.[0].length ?? 0;
  let leading = bare ? BARE.exec(folded.slice(lead)) : null;
  // "5-12 xong", "1-12 em gửi": a day and a month, not tasks 5 to 12 ("1-3 xong" is a range).
  const span = leading ? /^(\d{1,2})\s*-\s*(\d{1,2})$/.exec(leading[0]) : null;
  if (span && Number(span[2]) <= 12 && Number(span[2]) - Number(span[1]) >= 4) leading = null;
  if (leading) {
    const after = folded.slice(lead + leading[0].length);
    const rest = after.trimStart();
    // "số 3 sở không chủ trì", "số 3 đơn vị chỉ phối hợp": "số" names a task, unless a unit of time or a percent follows.
    const named = leading[0].startsWith("so") && !UNIT_AFTER.test(after);
    if (named || BARE_END.test(after) || GLUED_STATUS.test(after) || (after.length > rest.length && (phraseAt(SIGNAL_START, rest) >= 0 || PERCENT_START.test(rest) || SHARE_START.test(rest)))) {
      const tasks = numbersOf(leading[0], MAX_BARE_TASK);
      if (tasks.length) groups.push({ start: lead, end: lead + leading[0].length, tasks });
    }
  }
  PREFIXED.lastIndex = 0;
  for (let m = PREFIXED.exec(folded); m; m = PREFIXED.exec(folded)) {
    const tasks = numbersOf(m[0].replace(/nv\.|no\./g, " "), MAX_TASK);
    if (tasks.length && !groups.some((g) => g.start < m!.index + m![0].length && m!.index < g.end)) {
      groups.push({ start: m.index, end: m.index + m[0].length, tasks });
    }
  }
  if (/(?:con|rieng|tru|except|as for|while)\s/.test(folded)) {
    TURNED.lastIndex = 0;
    for (let m = TURNED.exec(folded); m; m = TURNED.exec(folded)) {
      const end = m.index + m[0].length;
      const rest = folded.slice(end).trimStart();
      if (QUANTITY_AFTER.test(folded.slice(end)) || !(rest === "" || /^[.,;:)]/.test(rest) || phraseAt(SIGNAL_START, rest) >= 0 || PERCENT_START.test(rest))) continue;
      const tasks = numbersOf(m[0], MAX_BARE_TASK);
      if (tasks.length && !groups.some((g) => g.start < end && m!.index < g.end)) groups.push({ start: m.index, end, tasks });
    }
  }
  // "từ 1 đến 3 xong hết", "e xog 5 r", "xong 1,2 rồi", "cả 2 và 3 đều đang làm": numbers named after a range word, a done word
  // or "cả", with nothing counted after them (round 17, set II: each read as a done of no task).
  if (AFTER_WORD_HINT.test(folded)) {
    for (const re of [FROM_RANGE, AFTER_DONE, AFTER_DONE_LIST, BOTH]) {
      re.lastIndex = 0;
      for (let m = re.exec(folded); m; m = re.exec(folded)) {
        const start = m.index + m[0].length - m[1]!.length;
        const end = m.index + m[0].length;
        if (QUANTITY_AFTER.test(folded.slice(end)) || UNIT_AFTER.test(folded.slice(end)) || /^\s*(?:[%/]|[.,]\d)/.test(folded.slice(end))) continue;
        const tasks = numbersOf(m[1]!, MAX_BARE_TASK);
        if (tasks.length && !groups.some((g) => g.start < end && start < g.end)) groups.push({ start, end, tasks });
      }
    }
  }
  if (STATUS_THEN_DIGIT.test(folded)) addSingleRefs(folded, REF_BETWEEN_STATUS, groups);
  // "số 1 70 số 2 xong": "số N" right after a number names the next task; without it, task 1 took task 2's done (round 19).
  if (folded.includes("so ") && SO_DIGIT.test(folded)) addSingleRefs(folded, SO_AFTER_NUMBER, groups);
  // "báo cáo 6 tháng (số 1) gửi rồi": the task's number in brackets after its name (round 19, BE; the done had no task).
  if (folded.includes("(")) addSingleRefs(folded, PAREN_REF, groups);
  return groups.sort((a, b) => a.start - b.start);
}
/** "số N" after a number and a blank ("số 1 70 số 2 xong"), never a document's number ("số 245/QĐ"). Folded. */
// Also after a guess or "nên" ("Hình như số 4 xong rồi", "… nên số 1 chưa làm được"; round 19); after a verb ("làm nốt số 4")
// it would cut the clause in two.
const SO_AFTER_NUMBER = new RegExp(String.raw`(?<=(?:\d|(?<![a-z])(?:hinh nhu|chac|co le|nen))\s+)so\s+([1-9]\d?)(?![\d/.,-]|\s*%|\s+${QUANTITY_UNITS})`, "g");
const SO_DIGIT = /(?<![a-z])so\s+[1-9]/;
/** What every match of REF_BETWEEN_STATUS holds: a status, then a digit. Folded. */
const STATUS_THEN_DIGIT = /(?:xong|xog|done|ok|roi|r|ht)\s+\d/;
/** Each match of `re` (global, group 1 a task's number) that overlaps no group found yet, as a group of that one task. */
function addSingleRefs(folded: string, re: RegExp, groups: RefGroup[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const start = m.index, end = m.index + m[0].length;
    if (!groups.some((g) => g.start < end && start < g.end)) groups.push({ start, end, tasks: [Number(m[1])] });
  }
}
/** "(số 1)", "(nv 2)", "(nhiệm vụ 3)": a task's number in brackets. Folded. */
const PAREN_REF = /\(\s*(?:so|nv|nhiem vu|viec|cai so)\s*([1-9]\d?)\s*\)/g;

const LISTED_NUMBER = String.raw`(?:so\s+)?[1-9]\d?(?!\d)`;
const NUMBER_LIST = String.raw`${LISTED_NUMBER}(?:${LIST_JOINER}${LISTED_NUMBER})*`;
const AFTER_WORD_HINT = /(?<![a-z])(?:tu|xong|xog|hoan thanh|ht|done|ca)\s+(?:(?:so|duoc|dc)\s+)?\d/;
/** "từ 1 đến 3", "từ số 2 tới số 4": a range of tasks. Folded; group 1 the numbers. */
const FROM_RANGE = /(?<![a-z0-9])tu\s+((?:so\s+)?[1-9]\d?\s*(?:den|toi|-)\s*(?:so\s+)?[1-9]\d?)(?![\d/])/g;
/** "xong 1,2 rồi", "xog 5 r nha": the numbers right after a done word, then nothing but "rồi", politeness or the end. Folded. */
const AFTER_DONE = new RegExp(String.raw`(?<![a-z])(?:xong|xog|hoan thanh|ht|done)\s+(${NUMBER_LIST})(?=\s*(?:$|[.,;!?]|(?:roi|r|nhe|nha|a|ah|anh|chi|luon|het|ca)(?![a-z0-9])))`, "g");
/**
 * "5 việc thì xong 1 đến 4", "mới xong được 1 với 2 thôi" (round 18, set YY): a range or a list after a done word, maybe after
 * "được" — a list, never one number ("xong được 5 rồi" counts). Folded; group 1 the numbers.
 */
const AFTER_DONE_LIST = new RegExp(String.raw`(?<![a-z])(?:xong|xog|hoan thanh|ht|done)\s+(?:(?:duoc|dc)\s+)?(${LISTED_NUMBER}(?:(?:${LIST_JOINER}|\s*(?:den|toi)\s*)${LISTED_NUMBER})+)(?=\s*(?:$|[.,;!?]|(?:roi|r|nhe|nha|a|ah|anh|chi|luon|het|ca|thoi)(?![a-z0-9])))`, "g");
/** "cả 2 và 3", "cho cả 2 và 4": both of the tasks named. Folded. */
const BOTH = new RegExp(String.raw`(?<![a-z])ca\s+(${LISTED_NUMBER}${LIST_JOINER}${NUMBER_LIST})`, "g");

export interface Command {
  kind: Exclude<IntentKind, "unknown">;
  tasks: number[];
  /** Where the command and its task numbers end: the rest is read as an ordinary reply. */
  end: number;
}

/** "/done 7", "/tiendo 3 50", "/done@dondoc_bot 7 8": a bot command at the start of the clause. */
export function findCommand(folded: string): Command | null {
  if (!folded.includes("/")) return null;
  const lead = folded.length - folded.trimStart().length;
  const m = COMMAND.exec(folded.slice(lead));
  const kind = m ? COMMANDS[m[1]!] : undefined;
  if (!m || !kind) return null;
  const afterName = lead + m[0].length;
  const t = COMMAND_TASKS.exec(folded.slice(afterName));
  return { kind, tasks: t ? numbersOf(t[0], MAX_TASK) : [], end: afterName + (t ? t[0].length : 0) };
}
