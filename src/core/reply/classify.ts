/**
 * What one clause says, before task numbers are attached: its status (status.ts), percent, dates,
 * blocker, extension request, whose the task is, acknowledgement, or that it asks a question.
 */
import { alternation, fold } from "../text/fold.ts";
import { dateWords, W } from "./date-words.ts";
import { findDates, type DateMatch } from "./dates.ts";
import { dayNumber, toIso } from "./calendar.ts";
import { findBlocker, findReason } from "./blocker.ts";
import { type Clause, negatedBefore, matches } from "./context.ts";
import { datedPast, findExtension } from "./extension.ts";
import {
  ACK_ALONE, ACK_EMOTICONS, ACK_SYMBOLS, ACK_WORDS, CHU, CONTRAST_WORDS, DONE_WORDS, GREETINGS, NOT_DONE_PHRASES, ONGOING, PARTIAL_LOOKALIKES,
  PARTS_LEFT, PLAN_VERBS, PROGRESS_STEPS, PROGRESS_WORDS, REMAINING_AFTER_CON, REST_WORDS, RETRACTIONS, TURN_WORDS, WORK_VERBS,
} from "./grammar.ts";
import { anchoredPhrases, findAll, isWord, phraseAt, phrases, wordsBefore, type Span, type Token } from "./lexicon.ts";
import { findNotMine, mayBeNotMine } from "./notmine.ts";
import { isQuestion } from "./question.ts";
import { doneToday, openingNegation, pickStatus, S, saysPast, SINCE, statuses, type Status } from "./status.ts";

export type { Status } from "./status.ts";

/**
 * How a clause opens, which decides how it bears on the one before about the same task:
 * - contrast: "nhưng …", "mà …" (a limit on a completion said before: "xong rồi mà chưa nghiệm thu");
 * - remaining: "còn 2 xã chưa", "còn phần phê duyệt", "còn phải sửa" (what is left: the task is under way);
 * - except: "trừ số 4", "ngoại trừ nhiệm vụ 3" (the task named is the exception to a "done" for the others);
 * - turn: "riêng NV3", "còn nhiệm vụ 2" alone (turns to a task and says nothing of it);
 * - retract: "à không" (takes back the clause before);
 * - deny: "chứ chưa …", "chứ không …" (denies the other reading: says nothing of its own).
 */
export type Opener = "contrast" | "remaining" | "except" | "turn" | "retract" | "deny";

export interface Reading {
  question: boolean;
  status: Status | null;
  /**
   * The status rests on weak signs only: progress from a work verb or a step ("đã trình"), which a
   * "done" elsewhere outweighs; not done from a vague negation or a condition, which anything else outweighs.
   */
  weak: boolean;
  percent: number | null;
  /** Expected date (with a status) or the date asked for (with an extension). */
  until: string | null;
  /** The last calendar date named in the clause, whatever it is about. */
  date: string | null;
  extension: boolean;
  days: number | null;
  /** Where the status, the blocker and the extension are said in the clause: they are listed in that order. */
  statusAt: number;
  blockerAt: number;
  extensionAt: number;
  /** undefined: no blocker; otherwise the blocker's note span (null when it gives none). */
  blocker: Span | null | undefined;
  /** The reason given ("vì thiếu người"), as a span. */
  reason: Span | null;
  ack: boolean;
  /** "còn lại", "the rest": about the other tasks. */
  rest: boolean;
  /** The task is not the unit's: the note's span. */
  notMine: Span | null;
  opener: Opener | null;
  /** The clause negates a step after the work, not the work: "chưa nghiệm thu", "chưa chạy thử". */
  limits: boolean;
  /** The progress rests only on work left ("còn 3 hộ chưa bàn giao") or a bare work verb ("làm không xuể"): a blocker beside it says more. */
  soft: boolean;
  /** Of soft progress, that read from work left only ("còn thiếu"): a day it will be done says more, too. */
  left: boolean;
}

const RE = {
  done: phrases(DONE_WORDS), notDone: phrases(NOT_DONE_PHRASES), progress: phrases(PROGRESS_WORDS), ongoing: phrases(ONGOING),
  work: phrases(WORK_VERBS), steps: phrases(PROGRESS_STEPS), ack: phrases(ACK_WORDS), rest: phrases(REST_WORDS), greeting: phrases(GREETINGS),
  retraction: phrases(RETRACTIONS), partialLookalike: phrases(PARTIAL_LOOKALIKES), plan: phrases(PLAN_VERBS),
  contrast: anchoredPhrases(CONTRAST_WORDS), remaining: anchoredPhrases(REMAINING_AFTER_CON), turn: anchoredPhrases(TURN_WORDS),
};
const ACK_ALONE_SET = new Set(ACK_ALONE.map((w) => fold(w)));
const ACK_ALONE_TYPED = new Set(ACK_ALONE);
const CHU_SET = new Set(CHU.map((w) => fold(w)));
/** An acknowledging word as typed: "dạ" yes, "đã" no, although both fold to "da"; "da" without marks yes. */
function acknowledges(c: Clause, t: { start: number; end: number; text: string }): boolean {
  // Both readings below need the folded word in the list: ask the cheap question first.
  if (!ACK_ALONE_SET.has(t.text)) return false;
  const typed = c.o.slice(t.start, t.end).toLowerCase();
  return ACK_ALONE_TYPED.has(typed) || (/^[a-z]+$/.test(typed) && ACK_ALONE_SET.has(t.text));
}
const PERCENT = /(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|phan\s+tram|percent)/g;
/** A clause without any of these holds no date ("today", "friday" hold "day"). */
const MAY_HOLD_DATE = W.digit | W.thang | W.tuan | W.nam | W.quy | W.ngay | W.mai | W.hom | W.month | W.week | W.year | W.day | W.tomorrow | W.thu | W.chu | W.fri | W.nay | W.partOfDay;
const hasSymbol = (c: Clause, list: readonly string[]): boolean => c.symbols && list.some((s) => c.o.includes(s));

/** "được 7 phần" (seven tenths, as leaders say it), "3 phần tư"; not "1 phần" (a part), "2 phần việc" or "phần còn lại". Folded. */
// "chắc 7 phần r": a hedged share is still a share (round 19, BH).
const TENTHS = /(?<![\p{L}\d])(?:duoc|dc|dat|khoang|tam|chung|lam duoc|xong|chac)\s+(?:khoang\s+|tam\s+)?([2-9])\s+phan(?!\s+(?:tu|ba|nam|viec|cong viec|noi dung|con lai|cua|nho))(?![\p{L}\d])/gu;
/** "7 phần r anh": the share alone opening the clause, nothing after it but "rồi" and politeness. Folded. */
const TENTHS_ALONE = /^\s*(?:khoang\s+|tam\s+)?([2-9])\s+phan(?=\s*(?:$|[,.;!]|(?:roi|r|a|anh|chi|em|nhe|nha)(?![\p{L}\d])))/gu;
const QUARTERS = /(?<![\p{L}\d])([1-3])\s+phan\s+tu(?![\p{L}\d])/gu;
/** "được 8/10", "đạt 9/10 khối lượng": a share of the work; "xong 2/3", "xong 4/5 xã" count parts done and are no percent. Folded. */
const SHARE = /(?<![\p{L}\d])(?:duoc|dc|dat|lam duoc)\s+(\d{1,2})\s*\/\s*(\d{1,3})(?=\s*(?:$|[,.;!?)]|roi\b|r\b|a\b|anh\b|chi\b|em\b|nhe\b|khoi luong\b|cong viec\b|ke hoach\b|tien do\b))/gu;

/** "đã xong 9/10 hạng mục", "xong 2/5 hạng mục": items of the work done, a share when it is a whole percent (4/7 is none). Folded. */
const ITEMS_DONE = /(?<![\p{L}\d])(?:xong|xg|hoan thanh|hoan tat)\s+(\d{1,2})\s*\/\s*(\d{1,3})\s+(?:hang muc|khoi luong|phan viec|cong viec)(?![\p{L}\d])|(?<![\p{L}\d])(?:xong|xg|hoan thanh|hoan tat|duoc)\s+([1-9])\s*\/\s*(10)(?=\s*(?:$|[,.;!?)]|roi\b|r\b|a\b|anh\b|chi\b(?!\s+tieu)|em\b|nhe\b|nha\b))/gu;
const wholeShare = (n: number, d: number): number | null => (d > 0 && n < d && (n * 100) % d === 0 ? (n * 100) / d : null);

function findPercent(c: Clause): { value: number; span: Span } | null {
  // Every percent ends in one of these; most clauses hold none.
  const phan = c.f.includes("phan");
  if (!c.f.includes("%") && !phan && !c.f.includes("percent") && !c.f.includes("/")) return null;
  let last: { value: number; span: Span } | null = null;
  for (const m of findAll(PERCENT, c.f)) {
    const value = Number(/^[\d.,]+/.exec(m.text)![0].replace(",", "."));
    if (value >= 0 && value <= 100) last = { value, span: m };
  }
  if (last) return last;
  const spoken = (re: RegExp, value: (m: RegExpExecArray) => number | null): { value: number; span: Span } | null => {
    re.lastIndex = 0;
    let found: { value: number; span: Span } | null = null;
    for (let m = re.exec(c.f); m; m = re.exec(c.f)) {
      const v = value(m);
      if (v !== null) found = { value: v, span: { start: m.index, end: m.index + m[0].length, text: m[0] } };
    }
    return found;
  };
  if (phan) {
    const q = spoken(QUARTERS, (m) => Number(m[1]) * 25) ?? spoken(TENTHS, (m) => Number(m[1]) * 10) ?? spoken(TENTHS_ALONE, (m) => Number(m[1]) * 10);
    if (q) return q;
  }
  if (!c.hasDigit) return null;
  return spoken(SHARE, (m) => { const n = Number(m[1]), d = Number(m[2]); return d > 0 && n < d ? Math.round((n / d) * 100) : null; })
    // "Xong 9/10 rồi anh": nine tenths of the work, not the 9th of October (a date is said with "ngày" or a year).
    ?? spoken(ITEMS_DONE, (m) => wholeShare(Number(m[1] ?? m[3]), Number(m[2] ?? m[4])));
}

/** "em chưa kiểm tra (lại)", "chưa check", "chưa xác minh": a check not made, the whole of what the clause negates. Folded. */
// "e chua kt lai", "e chua nam dc", "em chưa rõ", "chưa thấy bc" (round 13): "kt" is "kiểm tra" here, after "chưa" and alone.
const UNCHECKED = /^\s*(?:(?:ma|nhung)\s+)?(?:(?:em|e|toi|tui|minh|ben em)\s+)?(?:chua|ko|khong|k|hong)\s+(?:kiem tra|kt|check|xac minh|xem|coi|nam|nam duoc|ro|biet|thay bao cao|thay bc|thay)(?:\s+(?:lai|bao cao|bc|ho so|van ban|ket qua))*(?:\s+(?:a|anh|chi|nhe|nha|duoc|dc|ro|het))*\s*[.!]*\s*$/;

/** Where the clause's status is said: its first done word, percent, negation or work word. */
function statusAt(c: Clause): number {
  let at = Infinity;
  for (const list of [RE.done, RE.notDone, RE.progress, RE.ongoing, RE.work, RE.steps]) { const m = matches(c, list)[0]; if (m && m.start < at) at = m.start; }
  const neg = c.content.find((t) => c.negs.includes(t.start));
  if (neg && neg.start < at) at = neg.start;
  const pct = c.f.search(/\d\s*%/);
  if (pct >= 0 && pct < at) at = pct;
  return Number.isFinite(at) ? at : 0;
}

/** "chứ thực tế chưa …", "chứ thực ra chưa …": the fact denied after "chứ". Folded. */
const IN_FACT_NEG = /^(?:tren\s+)?thuc\s+(?:te|ra)\s+(?:thi\s+|la\s+)?(?:van\s+)?(?:chua|khong|ko|k|chang|cha)(?![a-z0-9])/;
/** "chứ không phải sở em", "chứ chưa phải": the other reading is denied, so the clause says whose or what it is, not a status. */
const DENIES_OTHER = /^\s*chu\s+(?:(?:tren\s+)?thuc\s+(?:te|ra)\s+)?(?:khong|ko|k|chua|chang|cha)\s+phai(?![a-z0-9])/;

/** How the clause opens (see Opener). */
function openerOf(c: Clause): Opener | null {
  let first: Token | undefined, second: Token | undefined;
  for (const t of c.tokens) if (isWord(t)) { if (!first) first = t; else { second = t; break; } }
  if (!first) return null;
  const retraction = matches(c, RE.retraction)[0];
  // "…, em rút lại nhé": politeness after the retraction still leaves it alone in its clause (round 16).
  if (retraction && retraction.start <= first.start && c.tokens.every((t) => !isWord(t) || t.end <= retraction.end || AFTER_RETRACTION.test(t.text))) return "retract";
  if (CHU_SET.has(first.text) && second && (c.negs.includes(second.start) || IN_FACT_NEG.test(c.f.slice(second.start))) && /^(?:chứ|chu)$/i.test(c.o.slice(first.start, first.end))) return "deny";
  if (phraseAt(RE.contrast, c.f, first.start) >= 0) return "contrast";
  // "còn xã em chưa triển khai": the speaker's own unit, set against another that finished (round 16), is no part left.
  if (first.text === "con" && second && (/^\d/.test(second.text) || phraseAt(RE.remaining, c.f, second.start) >= 0) && !OWN_UNIT_AFTER.test(c.f.slice(second.end))) return "remaining";
  // "phần của các xã thì chưa": the part still to do (typed "phần"; folded, "phấn đấu" is "phan dau").
  if (first.text === "phan" && (c.o.slice(first.start, first.end).toLowerCase() === "phần" || second?.text === "cua")
    && !matches(c, RE.partialLookalike).some((m) => m.start === first!.start)) return "remaining";
  // The clause is only a turn phrase (its task number blanked, politeness after it): "trừ số 4", "ngoại trừ nhiệm vụ 3", "còn NV3 ạ".
  const turnEnd = phraseAt(RE.turn, c.f, first.start);
  if (turnEnd >= 0 && c.content.every((t) => t.end <= turnEnd)) return /^(?:tru|ngoai|except)/.test(first.text) ? "except" : "turn";
  return null;
}

/**
 * What the leader said before, taken back inside the clause: "vừa rồi em báo chưa xong là nhầm", "lúc nãy e nói đang làm là e
 * nhìn nhầm tin cũ" (round 17) — no status of its own; the clause around it says the right one. Folded.
 */
const EARLIER_MISTAKE = /(?<![a-z])(?:luc nay|vua roi|vua nay|hoi nay|luc sang|luc chieu|hom qua|tin truoc|tin nhan truoc)\s+(?:(?:em|e|toi|tui|minh)\s+)?(?:bao|noi|nhan|gui|ghi|go|tra loi)\s.{1,60}?(?<![a-z])(?:la\s+)?(?:(?:em|e|toi|tui|minh)\s+)?(?:nham|nhin nham|go nham|ghi nham|doc nham|noi nham)(?![a-z])/;
/** "Sở Nội vụ báo cáo tiến độ các nhiệm vụ như sau:": a report's heading, no status of its own (round 17). Folded. */
const ANNOUNCES = /(?<![a-z])(?:cu the\s+)?nhu sau\s*[:.]?\s*$/;
/** "không như hôm qua em nói đâu": the earlier message denied, no status of its own (round 17). Folded. */
const NOT_AS_SAID = /(?<![a-z])(?:khong|ko|k|chu khong)\s+(?:nhu|giong(?:\s+nhu)?)\s+(?:(?:hom qua|luc nay|vua roi|hoi nay|hom truoc|lan truoc|tuan truoc|luc sang|tin truoc)\s+)?(?:(?:em|e|toi|tui|minh)\s+)?(?:da\s+)?(?:bao|noi|nhan|bao cao)(?![a-z])/;
/** An earlier message taken back or denied, or a report's heading: the clause holds no status of its own. */
function saysNoStatusOfItsOwn(c: Clause): boolean {
  return (c.f.includes("nham") && EARLIER_MISTAKE.test(c.f)) || NOT_AS_SAID.test(c.f) || (c.f.includes("nhu sau") && ANNOUNCES.test(c.f));
}
/** Politeness after a retraction: "em rút lại nhé", "à khoan anh". Folded. */
const AFTER_RETRACTION = /^(?:nhe|nha|nghen|nhen|a|anh|chi|ha|u)$/;
/** After "còn xã", "còn phòng": the speaker's own. Folded. */
const OWN_UNIT_AFTER = /^\s+(?:em|e|toi|tui|minh|chung em|nha)(?![a-z])/;

/** A day-month moved to next year that falls within the coming 100 days: early next year, said in the last weeks of this one. */
function soonAfterNewYear(c: Clause, d: DateMatch): boolean {
  const today = c.today();
  if (today === null) return false;
  const [y, m, day] = d.iso.split("-").map(Number) as [number, number, number];
  const ahead = dayNumber(y, m, day) - today;
  return ahead > 0 && ahead <= 100;
}

/** "hôm 30/11", "từ hôm thứ hai": a day in the past that the leader dates a fact by, no expected date. */
function datesAhead(c: Clause, dates: DateMatch[]): DateMatch[] {
  return dates.filter((d) => {
    // "hôm 20/11" said on 25/11 rolls to next November: a day past, not one ahead. "dự kiến 10/1 xong" said on 23/12 is next month's.
    if (d.rolled && !soonAfterNewYear(c, d)) return false;
    const before = wordsBefore(c.tokens, d.start, 1)[0];
    // "ko kịp xong hôm nay", "chưa thể xong trước 10/12": a day it will not be done by is no day it will be.
    // "chưa xong ạ thứ 6 em gửi" (round 18, voice-to-text): a particle after the negated done word ends that statement, and the
    // day opens the plan; "chưa thể xong trước 10/12", "ko kịp xong hôm nay" keep the day inside the negation.
    const neg = c.negs.length ? negatedBefore(c, d.start, 4) : null;
    // "viec 1 chua xong mai xong" (round 19, BB): a done word or a sending right after the day opens a statement of its own.
    if (neg && !PAUSE_BEFORE_DAY.test(c.f.slice(neg.start, d.start)) && !OWN_DONE_AFTER_DAY.test(c.f.slice(d.end, d.end + 24))) return false;
    // "Việc số 4 hoàn thành sáng nay ạ": today's morning right after the done word is when it was done (round 16); "sáng nay
    // hoàn thành" (the time first) stays a plan.
    if (doneToday(c, d)) return false;
    // "bcao gửi VP qua email lúc 8h sáng nay": the hour it was sent, said with nothing to come (round 17).
    if (AT_HOUR.test(c.f.slice(Math.max(0, d.start - 16), d.start)) && !TO_COME.test(c.f)) return false;
    // "hồ sơ đã nộp Sở Tài chính từ ngày 15/01/2027, hiện đang chờ thẩm định": a day past dates a fact (round 18).
    // "lỗi từ sáng thứ 2": a weekday since (relative, so rolled forward) is past too.
    if ((!d.rolled || d.relative) && datedPast(c, d)) return false;
    return !before || !SINCE.test(before.text);
  });
}

/** A done word then a particle or politeness before the day: "chưa xong ạ ", "chua xong a ", "chưa xong đâu anh ". Folded. */
const PAUSE_BEFORE_DAY = /(?<![a-z])(?:xong|hoan thanh|ht|lam)\s+(?:(?:a|da|anh|chi|dau|nhe|nha|oi)\s+)+$/;
/** Right after a day, its own done word or sending: "… mai xong", "… thứ 6 em gửi". Folded. */
const OWN_DONE_AFTER_DAY = /^\s+(?:(?:em|e|toi|tui|minh|ben em)\s+)?(?:(?:se|moi|la)\s+)?(?:xong|hoan thanh|ht|gui|nop)(?![a-z])/;
/** "lúc 8h", "lúc 14 giờ 30" right before a day. Folded. */
const AT_HOUR = /(?<![a-z])luc\s+\d{1,2}\s*(?:h|gio)(?:\s*\d{2})?\s*$/;
/** Words of what is still to come. Folded. */
const TO_COME = /(?<![a-z])(?:se|sap|du kien|dinh|hen|chua)(?![a-z])/;
const MOT = /(?:^|[^\p{L}])mốt(?![\p{L}])/iu;
/** "3 ngay mot xong": "ngày mốt" typed with no marks, before a done word or a plan (round 19, BK: it read as done). */
const MOT_BARE = /(?<![\p{L}])ngay\s+mot(?=\s+(?:xong|hoan thanh|ht|gui|nop|lam|em|e|moi|la|se|tui|minh)(?![\p{L}]))/iu;
function addMot(c: Clause, dates: DateMatch[]): void {
  const bare = c.f.includes("ngay mot") ? MOT_BARE.exec(c.o) : null;
  const m = bare ?? MOT.exec(c.o);
  if (!m) return;
  const start = m.index + m[0].length - 3;
  // "mai mốt" is "some day", no date.
  if (/mai\s+$/.test(c.f.slice(Math.max(0, start - 6), start))) return;
  const today = c.today();
  const iso = today === null ? null : toIso(today + 2);
  if (iso) dates.push({ start, end: start + 3, iso, relative: true, rolled: false, past: false });
}

const SO_FAR = /^tới\s+nay$/iu;
/** A clause opening with "mới" (only, so far) then work, not a done word: "mới khởi công mà", "mới đổ móng xong à". Folded. */
const ONLY_SO_FAR = /^\s*(?:(?:thi|ma|con|chi|moi chi)\s+)?moi\s+(?!(?:xong|hoan thanh|hoan tat|ht|xog|song|bat dau xong|biet|nhan|nghe|thay|hay|doc|ve|den|toi|giao|duoc giao)(?![a-z]))(?:duoc\s+|dc\s+|co\s+)?[a-z]/;
/** A week to come with no day in it. Folded. */
// "trong tuần này", "tuần này tổng hợp" too, as rounds 4–13 wrote them (round 13); "cuối tuần này" names a day.
/** "khó xong được", "chưa chắc đã hoàn thành", "khó mà kịp": finishing is unlikely. Folded. */
const UNLIKELY_DONE = /(?<![a-z])(?:kho|kho ma|kho long|chua chac|khong chac)\s+(?:(?:da|co the|la)\s+)?(?:xong|hoan thanh|hoan tat|kip)(?![a-z])/;
/** "đầu tháng 1", "giữa tháng 1": a plan's time with no day in it (the writers of rounds 10 and 16). Folded. */
const MONTH_PART = /^(?:dau|giua)\s+thang\s+\d/;
const WEEK_ONLY = /^(?:(?:trong|vao)\s+)?tuan\s+(?:sau|toi|next|nay)$|^(?:next|this)\s+week$/;
/** "kế hoạch thanh tra năm 2027", "dự toán ngân sách năm 2027": a year that names a document or a budget, not a day. Folded. */
// "06 đề tài khoa học cấp tỉnh kết thúc năm 2026": what ends in a year is described by it (round 17).
const NAMING_YEAR = /(?<![a-z])(?:ke hoach|chuong trinh|du toan|ngan sach|von|kinh phi|danh muc|de an|chi tieu|de tai|ket thuc)(?:\s+[a-z]+){0,4}\s+$/;
const YEAR_ONLY = /^nam\s+\d{4}$/;
const UNTIL_YEAR = /(?<![a-z])(?:trong|den|toi|truoc|het|cuoi|vao|dau|giua|qua|sang)\s+$/;
function namedYear(c: Clause, d: DateMatch): boolean {
  if (!YEAR_ONLY.test(c.f.slice(d.start, d.end))) return false;
  const before = c.f.slice(Math.max(0, d.start - 48), d.start);
  return NAMING_YEAR.test(before) && !UNTIL_YEAR.test(before);
}
/** "QĐ số 1527/QĐ-SNNMT ngày 30/11/2026", "BC số 312/BC-SYT ngày 02/12", "TTr 245/TTr-STC ngày …": the day a document is dated is no plan. Folded. */
const DOCUMENT_NUMBER_BEFORE = /(?<![a-z0-9])\d{1,6}\s*\/\s*[a-z&]{1,8}(?:\s*-\s*[a-z&]{1,10}){0,3}\s+(?:ngay\s+)?$/;
const documentDate = (c: Clause, d: DateMatch): boolean => DOCUMENT_NUMBER_BEFORE.test(c.f.slice(Math.max(0, d.start - 40), d.start));
/** Words a day said alone may carry: "thứ 5 nhé", "dự kiến 10/12". */
// "sáng mai", "chiều mai" (round 12): the part of the day before it.
// "chưa hoàn thành, dự kiến ngày 25/01/2027" (round 18, AF and AG): "ngày", "vào", "trước", "đến" before the day too.
const WITH_DAY = new Set(["nhe", "nha", "nghen", "du", "kien", "dinh", "khoang", "tam", "phai", "chac", "thi", "sang", "chieu", "trua", "ngay", "vao", "truoc", "den"]);
/** A clause that is only a day ahead ("thứ 5 nhé", "cuối tuần này", "ngày kia em báo cáo anh", "dự kiến 10/12"): after a "not done", the day it will be done. */
function onlyDays(c: Clause, ahead: DateMatch[]): boolean {
  return ahead.length > 0 && c.content.length > 0 && c.content.every((t) => ahead.some((d) => d.start <= t.start && t.end <= d.end) || WITH_DAY.has(t.text));
}

/** "còn phần …", "còn khâu …", "còn ấp Bình Thạnh …": a part of the work left (PARTS_LEFT). Folded. */
const PART_LEFT = new RegExp(String.raw`^\s*con\s+(?:mot\s+|moi\s+)?(?:${alternation(PARTS_LEFT)})(?![a-z0-9])`);

/** A day ahead (not a past one) with a work or plan verb ("gửi", not "Kính gửi"), and no past marker. */
function plansAhead(c: Clause, ahead: DateMatch[]): boolean {
  if (!ahead.some((d) => !d.past) || saysPast(c)) return false;
  if (matches(c, RE.work).length > 0) return true;
  if (onlyDays(c, ahead)) return true;
  return matches(c, RE.plan).some((m) => !(m.text === "gui" && /kinh\s+$/.test(c.f.slice(Math.max(0, m.start - 6), m.start))));
}

/** A clause of politeness only ("Kính gửi anh,", "dạ"): it acknowledges, unless it asks or names a task. */
function politenessOnly(c: Clause, referenced: boolean): Reading {
  const question = isQuestion(c);
  const ack = !question && !referenced && !(matches(c, RE.greeting).length > 0 && !c.tokens.some((t) => isWord(t) && acknowledges(c, t))) && c.tokens.some(isWord);
  return {
    question, status: null, weak: false, rest: false, ack, notMine: null, opener: openerOf(c), limits: false, soft: false, left: false, percent: null, until: null, date: null,
    extension: false, days: null, statusAt: 0, blockerAt: 0, extensionAt: 0, blocker: undefined, reason: null,
  };
}

/** A clause that says some work cannot be done yet: "(nên) chưa (thể) <up to six words> được". Folded. */
const CANNOT_YET = /^(?:(?:cho\s+)?nen\s+)?(?:van\s+)?(?:chua|khong|ko|k|hong)\s+(?:the\s+)?(?:[a-z0-9]+\s+){1,6}?(?:duoc|dc)(?:\s+(?:a|anh|chi|nha|nhe|ạ))*\s*[.!]*$/;

/**
 * A blocker noted as a wait: "chờ họp Hội đồng", "còn đợi Sở TC" — typed so, or in a note typed without any marks ("con cho
 * Kiem toan"); "cho đối tượng chính sách" (for) is none.
 */
export function isWaitNote(note: string): boolean {
  const n = `${note.toLowerCase()} `;
  return /^(?:(?:đang|còn|vẫn|phải)\s+)*(?:chờ|đợi)\s/u.test(n) || (!/[^\x00-\x7f]/.test(n) && /^(?:(?:dang|con|van|phai)\s+)*(?:cho|doi)\s/.test(n));
}

/** A share the work aims at: "dự kiến … đạt 95%", "phấn đấu … đạt 95%", "mục tiêu 90%". Folded. */
const TARGET_SHARE = /(?<![a-z])(?:du kien|phan dau|muc tieu|ky vong|hy vong|hi vong)(?![a-z])[^,.;]*?\d{1,3}\s*%/;

/** "ok rồi", "ok r", "oke hết rồi", said of a task. Folded. */
const OK_SETTLED = /(?<![a-z])(?:ok|oke|okay|oki)\s+(?:het(?:\s+(?:roi|r))?|roi|r)(?![a-z])/;

/** `referenced`: the clause names a task, so a bare "dạ" next to it is not an acknowledgement. */
export function readClause(c: Clause, referenced = false): Reading {
  // Nothing but politeness, no symbol, no digit: no reader below finds anything in it.
  if (!c.content.length && !c.symbols && !c.hasDigit && !c.o.includes("(")) return politenessOnly(c, referenced);
  const opener = openerOf(c);
  // "mới đổ móng xong à", "mới khởi công mà": only so far — a statement of how far, its "à" no question.
  const onlySoFar = ONLY_SO_FAR.test(c.f) && !c.o.includes("?");
  const question = !onlySoFar && isQuestion(c);
  const words = dateWords(c.f);
  const today = words & MAY_HOLD_DATE ? c.today() : null;
  // "tới nay đạt 68%" (so far) folds like "tối nay" (tonight): typed with its marks it names no day.
  const dates = today === null ? [] : findDates(c.f, today, words).filter((d) => !SO_FAR.test(c.o.slice(d.start, d.end)) && !namedYear(c, d) && !documentDate(c, d));
  // "mốt em gửi" (Southern: the day after tomorrow), typed with its marks: folded, "một" (one) is "mot" too.
  if (c.f.includes("mot")) addMot(c, dates);
  // "dự kiến đến 31/12 đạt khoảng 95%", "phấn đấu đến 31/12 đạt 95%": a share aimed at, not how far the work is, nor its day the
  // day it will be done (round 14); "dự kiến 31/12 đạt 100%" is that day.
  const aimedShort = TARGET_SHARE.test(c.f) && !/(?<![\d.,])100\s*%/.test(c.f);
  const percent = aimedShort ? null : findPercent(c);
  const ext = findExtension(c, dates);
  let blocker = findBlocker(c);
  const reason = findReason(c);
  const rest = (matches(c, RE.rest).length > 0);
  const opening = openingNegation(c);
  const signs = statuses(c, percent, dates, blocker?.note?.start ?? null, reason, opening);
  let { status, weak } = pickStatus(signs, percent?.value ?? null);
  // "đã xử lý xong điểm sạt lở", "di dời xong 12 hộ ra khỏi vùng sạt lở": the fact named is what the finished work dealt with.
  if (status === "done" && !weak && blocker?.fact && !blocker.request) blocker = undefined;
  // "hình như xong rồi, em chưa kiểm tra lại": the check not made is no status of the task; the guess beside it decides.
  if (status === "not_done" && UNCHECKED.test(c.f) && !matches(c, RE.done).length) { status = null; weak = false; }
  // "… nên chưa chi trả cho dân được", "nên chưa thể tổ chức lựa chọn nhà thầu được": whatever the verb, it cannot be done yet.
  if (status === null && CANNOT_YET.test(c.f)) { status = "not_done"; weak = false; }
  // "không xong thì em xin gia hạn": what follows a condition is not asked for yet.
  const hypothetical = signs.has(S.condition);
  const ackWords = matches(c, RE.ack).some((m) => !negatedBefore(c, m.start, 1)) || hasSymbol(c, ACK_SYMBOLS) || (c.o.includes("(") && ACK_EMOTICONS.some((e) => c.o.includes(e)));
  // A greeting alone ("hello", "chào anh") opens a conversation; it does not acknowledge the reminder.
  const greets = matches(c, RE.greeting).length > 0 && !c.tokens.some((t) => isWord(t) && acknowledges(c, t));
  const ackAlone = !referenced && !greets && c.tokens.some(isWord) && c.content.every((t) => acknowledges(c, t));
  let ack = !question && (ackWords || ackAlone);
  // "nv4 ok rồi a", "1 ok r", "nv 1 2 ok hết rồi": a task named and "ok" said of it as settled is done (three blind writers);
  // "ok r" alone acknowledges.
  if (referenced && status === null && !question && OK_SETTLED.test(c.f)) { status = "done"; weak = false; ack = false; }
  // "Việc này bên Sở Xây dựng làm chứ ạ": a final "chứ" without "?" insists, it does not ask whose the task is.
  const insists = question && !c.o.includes("?") && /(?:^|\s)chứ(?:\s+(?:ạ|a|anh|chị|ạ anh))?\s*[.!]*$/iu.test(c.o.trimEnd());
  const notMine = (question && !insists) || !mayBeNotMine(c) ? null : findNotMine(c);
  let extension = ext.extension && !hypothetical;
  if (question) status = null;
  if (opener === "except" && status === null) status = "not_done";
  // "xong đâu mà xong anh, mới khởi công mà", "ko phai xong dau, moi do dc mong": only so far is work under way ("mới xong hôm qua", just
  // finished, stays done).
  if (onlySoFar && !question && !c.negs.length && (status === null || (status === "progress" && weak) || (status === "done" && weak))) { status = "progress"; weak = false; }
  // "…, còn khâu in ấn thôi", "còn phần lập dự toán": what is left says the work is under way (and limits a "done" before it).
  if (opener === "remaining" && status === null && !question && !c.negs.length && PART_LEFT.test(c.f) && !/(?<![a-z])thi(?![a-z])/.test(c.f)) { status = "progress"; weak = false; }
  // "chứ chưa …", "à không": the clause says nothing of its own; "chứ không phải sở em" may still say whose the task is.
  // "xong trên giấy thôi chứ thực tế chưa đâu", "chứ chưa xong đâu anh": a statement that it is not done; "xong rồi chứ chưa à" asks.
  const deniesDone = opener === "deny" && !question && !notMine && !DENIES_OTHER.test(c.f);
  if (opener === "deny" || opener === "retract" || notMine || saysNoStatusOfItsOwn(c)) { status = deniesDone ? "not_done" : null; weak = false; blocker = undefined; ack = false; extension = false; }
  // "làm xong rồi, nhưng còn chờ Kiểm toán nhà nước kiểm toán": a wait after a contrast limits the completion before it.
  if (opener === "contrast" && status === null && !question && blocker?.note && isWaitNote(c.o.slice(blocker.note.start, blocker.note.end))) { status = "progress"; weak = false; }
  // A reason for not finishing or for asking more time is what stands in the way.
  // "…, lý do: khối lượng hồ sơ lớn, cần thêm thời gian thẩm định" (after an extension asked): a clause that opens with its reason
  // is that reason (round 18, PP and VV).
  const statedReason = !!reason && !question && status === null && !extension && /^[\s,;:.-]*ly do\b/.test(c.f);
  if (blocker === undefined && reason && !question && (extension || statedReason || (status === "not_done" && !weak))) blocker = { note: reason, request: false, at: reason.start, fact: false };
  const ahead = extension || hypothetical || aimedShort ? [] : dates.length ? datesAhead(c, dates) : dates;
  // "Thứ 2 tuần sau em gửi", "Hôm nay em xử lý luôn": a day ahead, work to do on it, nothing said as done: a plan.
  if (!question && !extension && !notMine && (status === null || (status === "progress" && weak)) && plansAhead(c, ahead)) { status = "not_done"; weak = false; }
  const partialPercent = percent?.value === 100 && status === "progress";
  return {
    question, status, weak, rest, ack, notMine, opener,
    limits: (signs.has(S.not_done) && opening === "limit") || signs.has(S.remaining) || signs.has(S.unaccepted),
    soft: status === "progress" && percent === null && !signs.has(S.progress) && !signs.has(S.step) && !signs.has(S.done) && !signs.has(S.planned)
      && (signs.has(S.remaining) || signs.has(S.weak) || opener === "remaining") && matches(c, RE.steps).length === 0,
    left: status === "progress" && percent === null && !signs.has(S.progress) && !signs.has(S.step) && !signs.has(S.done) && !signs.has(S.planned)
      && !signs.has(S.weak) && (signs.has(S.remaining) || opener === "remaining"),
    percent: (status === "progress" || status === "done") && !partialPercent ? percent?.value ?? null : null,
    // "tuần sau mới xong", "tuần tới tui mần": a week names no day it will be done (every blind writer from round 4 on); asked
    // for as more time ("xin lùi sang tuần sau") it does.
    // "tháng 12 này khó xong được": a day it will hardly be done by is no day it will be.
    until: extension ? ext.until : (status === "not_done" || status === "progress") && !UNLIKELY_DONE.test(c.f) ? ahead.filter((d) => !WEEK_ONLY.test(c.f.slice(d.start, d.end)) && !MONTH_PART.test(c.f.slice(d.start, d.end))).at(-1)?.iso ?? null : null,
    date: dates.filter((d) => !d.relative).at(-1)?.iso ?? null,
    extension, days: extension ? ext.days : null,
    // Only needed to order two or more statements of one clause.
    statusAt: status && (blocker || extension) ? statusAt(c) : 0, blockerAt: blocker?.at ?? 0, extensionAt: ext.at,
    blocker: question && !blocker?.request ? undefined : blocker?.note,
    reason,
  };
}
