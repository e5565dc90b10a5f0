/**
 * Requests for more time: "xin gia hạn đến 30/12/2026", "gia hạn 15 ngày", "lùi đến cuối tháng",
 * "xin đến thứ sáu tuần sau", "cần thêm 2 tuần", "need extension until 30/6".
 */
import { findReason } from "./blocker.ts";
import { type Clause, negatedBefore, matches } from "./context.ts";
import { NUMBER_WORDS, type DateMatch } from "./dates.ts";
import { fold } from "../text/fold.ts";
import { DONE_WORDS, EXTENSION_WORDS, EXTRA_WORDS, NOT_REQUEST_AFTER, REQUEST_WORDS, UNTIL_WORDS } from "./grammar.ts";
import { anchoredPhrases, isBlankCode, phraseAt, phrases } from "./lexicon.ts";

const RE = { extension: phrases(EXTENSION_WORDS), request: phrases(REQUEST_WORDS), extra: phrases(EXTRA_WORDS), done: phrases(DONE_WORDS), notRequest: anchoredPhrases(NOT_REQUEST_AFTER) };
/** Just before a date, these make it the date asked for: "xin gia hạn đến 31/3 vì phải chờ vốn năm 2027". */
const UNTIL_BEFORE = /(?<![a-z])(?:den|toi|sang|until|till|to)\s+(?:ngay\s+|het\s+)?$/;
const UNTIL_OPENERS = new Set(UNTIL_WORDS.map((w) => fold(w)));
const COUNT = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join("|")})`;
/** "15 ngày", "5 bữa", "chục bữa", "2 tuần", "hai tuần", "1 tháng" (30 days), "10 days", "15 more days", "15 days more"; "nửa tháng" is 15 days. */
const DAYS = new RegExp(`(?<![a-z0-9/.,])${COUNT}\\s*(?:(more|additional|extra)\\s+)?(ngay|hom|bua|tuan|thang|days?|weeks?|months?)(?![a-z])(?:\\s+(more|extra)(?![a-z]))?|(?<![a-z])(nua\\s+thang|half\\s+a\\s+month)(?![a-z])`, "g");
/** Every match of DAYS holds one of these. */
const DAY_UNIT = /ngay|hom|bua|tuan|day|week|thang|month/;
const MORE_AFTER = /^\s*(?:nua|nx)(?![a-z])/;
/** Extensions longer than this are not a day count someone means: "gia hạn 900 ngày" is noise. */
const MAX_DAYS = 366;

export interface Extension {
  extension: boolean;
  /** Where the request is said in the clause. */
  at: number;
  until: string | null;
  days: number | null;
}

/** The first count of days that is not part of a date ("thứ sáu tuần sau" is not "6 tuần"). */
function dayCount(c: Clause, dates: DateMatch[]): { days: number; start: number; end: number; extra: boolean } | null {
  if (!DAY_UNIT.test(c.f)) return null;
  DAYS.lastIndex = 0;
  for (let m = DAYS.exec(c.f); m; m = DAYS.exec(c.f)) {
    const start = m.index, end = m.index + m[0].length;
    if (dates.some((d) => !d.relative && d.start < end && start < d.end)) continue;
    const days = m[5] ? 15 : (NUMBER_WORDS[m[1]!] ?? Number(m[1])) * (/^(?:tuan|week)/.test(m[3]!) ? 7 : /^(?:thang|month)/.test(m[3]!) ? 30 : 1);
    return days >= 1 && days <= MAX_DAYS ? { days, start, end, extra: !!(m[2] ?? m[4]) } : null;
  }
  return null;
}

/** "xin báo cáo", "xin lỗi": "xin" that asks for nothing. */
function politeXin(c: Clause, end: number): boolean {
  let p = end;
  while (p < c.f.length && isBlankCode(c.f.charCodeAt(p))) p++;
  return phraseAt(RE.notRequest, c.f, p) >= 0;
}

export function findExtension(c: Clause, dates: DateMatch[]): Extension {
  const count = dayCount(c, dates);
  const fixed = dates.filter((d) => !d.relative);
  // "tôi sẽ trao đổi lại với đồng chí", "thay đổi lại": "đổi lại" of an exchange folds like "dời lại" (round 17).
  const word = matches(c, RE.extension).find((m) => !negatedBefore(c, m.start) && !(c.f.startsWith("doi lai", m.start) && /(?:trao|thay|bien|hoan)\s+$/.test(c.f.slice(Math.max(0, m.start - 6), m.start))));
  // "a xin them kinh phi cho xa em voi chu nam nay …": money or people asked for, with a year named, is no more time (round 18).
  const request = dates.length > 0 ? matches(c, RE.request).find((m) => !negatedBefore(c, m.start, 2) && !politeXin(c, m.end) && !RESOURCE_ASKED.test(c.f.slice(m.end, m.end + 24))) : undefined;
  const extra = count ? matches(c, RE.extra).find((m) => m.end <= count.start && count.start - m.end <= 12) : undefined;
  // "cho e 2 tuần nữa", "xin 10 ngày nx": a length asked for, "nữa" after it; "2 tuần nữa xong" alone is a plan.
  const more = count && !extra && MORE_AFTER.test(c.f.slice(count.end, count.end + 6))
    ? matches(c, RE.request).find((m) => m.end <= count.start && count.start - m.end <= 8 && !negatedBefore(c, m.start, 2)) : undefined;
  // "anh cho em xin (hẳn) 1 tháng ạ": a length asked for right after the request (round 19, BF).
  const direct = count && !extra && !more && c.f.includes("xin") && !LEAVE_AFTER.test(c.f.slice(count.end, count.end + 8))
    ? matches(c, RE.request).find((m) => m.end <= count.start && DIRECT_GAP.test(c.f.slice(m.end, count.start)) && !negatedBefore(c, m.start, 2)) : undefined;
  const asked = !!word || !!request || !!more || !!direct || (!!count && (count.extra || !!extra));
  const at = Math.min(word?.start ?? Infinity, request?.start ?? Infinity, extra?.start ?? Infinity, count?.start ?? Infinity);
  // "đến hết quý I/2027", "until 30/6" as the whole answer: the date asked for.
  const first = c.content[0];
  // "tối nay em làm luôn": "tối" (tonight) folds like "tới" (until).
  const onlyDate = !!first && UNTIL_OPENERS.has(first.text) && !/^tối$/i.test(c.o.slice(first.start, first.end)) && fixed.length > 0 && matches(c, RE.done).length === 0;
  if (!asked && !onlyDate) return { extension: false, at: 0, until: null, days: null };
  return { extension: true, at: Number.isFinite(at) ? at : 0, until: askedDate(c, fixed)?.iso ?? null, days: count?.days ?? null };
}

/** "xin 2 ngày phép", "xin 3 ngày nghỉ": leave, not time for the task. Folded. */
const LEAVE_AFTER = /^\s+(?:phep|nghi)(?![a-z])/;
/** Between "xin" and the length it asks for: nothing, or "hẳn". Folded. */
const DIRECT_GAP = /^\s+(?:han\s+)?$/;
/** Right after a request: a resource asked for, not time. Folded. */
const RESOURCE_ASKED = /^\s+(?:(?:them|bo sung|ho tro|cap)\s+)*(?:kinh phi|von|tien|ngan sach|nguoi|nhan luc|can bo|may|xe|vat tu|thiet bi)(?![a-z])/;
/** "hôm 10/1", "từ ngày 15/01/2027", "tin nhắn ngày 12/1": a day past that dates a fact. Folded. */
const DATED_BY = /(?<![a-z])(?:hom|tu|since|tu ngay|hom ngay|ngay hom|tin nhan(?: ngay| hom)?|nhan ngay|tu (?:sang|chieu|toi|trua|dau)|(?:sang|chieu|toi) hom)\s+$/;
export const datedPast = (c: Clause, d: DateMatch): boolean => d.past || DATED_BY.test(c.f.slice(Math.max(0, d.start - 16), d.start));

/** The date asked for: the one after "đến", "sang", "until" if any, else the last one before a reason ("… vì phải chờ vốn năm 2027"). */
function askedDate(c: Clause, all: DateMatch[]): DateMatch | undefined {
  // "trả lời tin nhắn hôm 10/1 của anh: bên em xin gia hạn thêm 1 tháng": a day the leader dates something past by is no day asked
  // for (round 18; it rolled to next January).
  const fixed = all.filter((d) => !datedPast(c, d));
  if (fixed.length <= 1) return fixed[0];
  const after = fixed.filter((d) => UNTIL_BEFORE.test(c.f.slice(Math.max(0, d.start - 12), d.start)));
  if (after.length) return after.at(-1);
  const reason = findReason(c);
  const before = reason ? fixed.filter((d) => d.end <= reason.start) : fixed;
  return (before.length ? before : fixed).at(-1);
}
