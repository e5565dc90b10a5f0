/**
 * Numbers said in words, as voice typing writes them: "bảy mươi phần trăm", "nhiệm vụ số hai",
 * "ngày mười lăm tháng mười hai", "thêm mười ngày", "một nửa", "hai phần ba". They are written over
 * the FOLDED text as digits padded with blanks, so the text keeps its length and every reader after
 * this one (percent, references, dates, day counts) sees "70", "2", "15 thang 12".
 * Only where a number is meant: "ba" alone may be "bà", "năm" a year, "lăm" is "làm" folded.
 */
import { alternation } from "../text/fold.ts";
import { COUNTED_NOUNS } from "./grammar.ts";

const UNIT = "mot|hai|ba|bon|nam|sau|bay|tam|chin";
/** 1–100 in words ("tám chục", the South's tens, too); the longest forms first so "hai muoi lam" is read whole. */
const NUMBER = String.raw`(?:(?:hai|ba|bon|nam|sau|bay|tam|chin)\s+(?:muoi|chuc)(?:\s+(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin))?|muoi(?:\s+(?:mot|hai|ba|bon|nam|lam|sau|bay|tam|chin))?|mot\s+tram|${UNIT})`;
const DIGITS: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, lam: 5, sau: 6, bay: 7, tam: 8, chin: 9 };

/** The value of a NUMBER match: "hai muoi lam" 25, "muoi" 10, "mot tram" 100. */
export function valueOf(words: string): number {
  const w = words.split(/\s+/);
  if (w[1] === "tram") return 100;
  if (w[0] === "muoi") return 10 + (w[1] ? DIGITS[w[1]]! : 0);
  if (w[1] === "muoi" || w[1] === "chuc") return DIGITS[w[0]!]! * 10 + (w[2] ? (w[2] === "mot" ? 1 : DIGITS[w[2]]!) : 0);
  return DIGITS[w[0]!]!;
}

const B = "(?<![a-z0-9])";
const E = "(?![a-z0-9])(?!\\s*\\d)";
/** Contexts where words are a number: before a percent, after a task word, in a day and month, before a count of days. */
// Every match begins with a number word, so the leading look-ahead rejects most positions before the look-behinds run.
const CONTEXTS = new RegExp("(?=[bchmnst])(?:" + [
  `${B}(${NUMBER})(?=\\s*(?:%|phan\\s+tram|percent))`,
  // "nhiệm vụ một cách nghiêm túc", "việc một chút": not task 1; plain "việc" needs "số" ("công việc hai bên"), and so do "cái số
  // ba", "vụ số hai", "mục số một" (voice typing, round 12)
  `(?<=${B}(?:nhiem\\s+vu(?:\\s+so)?|(?:viec|cai|vu|muc|noi\\s+dung)\\s+so|nv)\\s+)(${NUMBER})${E}(?!\\s+(?:cach|chut|ti|it|so|phan|lan|nua|ben)(?![a-z]))`,
  `(?<=${B}ngay\\s+(?:mung\\s+)?)(${NUMBER})(?=\\s+thang\\s)`,
  `(?<=${B}ngay\\s+(?:mung\\s+)?(?:\\d{1,2}\\s*|${NUMBER}\\s+)thang\\s+)(${NUMBER})${E}`,
  `(?<=${B}(?:them|gia\\s+han|han)\\s+)(${NUMBER})(?=\\s+(?:ngay|tuan|thang|hom)(?![a-z]))`,
].join("|") + ")", "g");
/** "tám mươi bảy phẩy năm phần trăm": a decimal said aloud, 87,5 (voice typing writes the comma as "phẩy"). */
const DECIMAL_WORDS = new RegExp(`(?=[bchmnst])${"(?<![a-z0-9])"}(${NUMBER})\\s+phay\\s+(${UNIT})(?![a-z0-9])(?=\\s*(?:%|phan\\s+tram|percent))`, "g");
/** "một nửa", "phân nửa": half; "hai phần ba": a fraction, as a percent written where the words were. */
const FRACTION_WORDS = new RegExp(`(?=[bchmnpst0-9])${B}(?:(?:mot|1|phan)\\s+nua|(${NUMBER}|\\d)\\s+phan\\s+(${NUMBER}|tu|\\d))(?![a-z0-9])(?!\\s*(?:%|tram))`, "g");
/** "khoảng 2/3", "được 3/4": a fraction of the work after a word of amount, not a date. */
const FRACTION_DIGITS = new RegExp(String.raw`(?<=(?<![a-z0-9])(?:khoang|duoc|dc|dat|tam|chung|moi|gan|hon|about|around)\s+)([1-9])\/([2-9]|10)(?![\d/])`
  // "được 7/9 thôn": seven of nine villages, a count rather than a share of the work.
  + String.raw`(?!\s+(?:${alternation(COUNTED_NOUNS)})(?![a-z]))`, "g");
/**
 * "xong 7/10 thôn", "đã phê duyệt 45/60 hồ sơ", "hoàn thành 9/10 chỉ tiêu": a count of the work's parts done, after a word of
 * finishing or amount, is its share (70, 75, 90), as every blind writer from round 10 on and REPLY-SPEC read it. "7/9 thôn" alone
 * stays a count; a count of all of them ("12/12 cơ sở") is no share.
 */
// Round 13: after "mới (có)", "có", "khoảng", "đã", "hiện" too ("mới có 3/10 hộ", "đc khoảng 9/10 thôn", "da 8/10 ap xong", "hiện mới
// 5/10 huyện gửi số liệu"), and "3 ấp trên 6 ấp" (the whole said after "trên"); never after "còn" (what is left).
const COUNTED = alternation(COUNTED_NOUNS);
const COUNTED_SHARE = new RegExp(String.raw`(?<=(?<![a-z0-9])(?:xong|hoan\s+thanh|ht|duoc|dc|dat|duyet|soat|kiem\s+tra|xu\s+ly|giai\s+quyet|thuc\s+hien|moi|co|khoang|chung|da|hien|giai\s+ngan|cap)\s+)(\d{1,3})(?:\/|\s+(?:(?:${COUNTED})\s+)?tren\s+)(\d{1,3})(?![\d/])`
  + String.raw`(?=\s+(?:${COUNTED})(?![a-z]))`, "g");
/**
 * "việc thứ nhất em làm xong rồi, việc thứ hai …, còn việc thứ ba …" (round 13, a long reply said aloud): a task's ordinal after
 * its word, written "số 1" so it names the task — and "thứ hai" there is no Monday.
 */
const ORDINAL = /(?<=(?<![a-z0-9])(?:viec|nhiem\s+vu|nv|cai|vu|noi\s+dung|muc)\s+)thu\s+(nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi|\d{1,2})(?![a-z0-9])/g;
const ORDINALS: Record<string, number> = { nhat: 1, hai: 2, ba: 3, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10 };
/**
 * "Việc một em làm xong từ tuần trước rồi", "việc hai được 70%", "việc ba bị kẹt" (round 18, five writers): a task's number in
 * words after its word, written as the digit so it names the task; not a count ("việc một phần", "số ba hộ").
 */
const CARDINAL_REF = /(?<![a-z0-9])((?:viec|nhiem\s+vu|nv|so)\s+)(mot|hai|ba|bon|bay|chin)(?![a-z0-9])(?!\s+(?:\d|ben|phia|loai|nhom|dot|phan|chut|it|cach|lan|nua|ngay|tuan|thang|nam|gio|ho|xa|thon|nguoi|trieu|ty|tram|muoi|chuc|nghin|ngan|can|cai|con|so|%))/g;
// Not "năm", "sáu", "tám": folded they are "nam" (year), "sau" (after), "tam" (tạm): "nhiệm vụ năm 2026", "việc tạm dừng".
const CARDINALS: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, bay: 7, chin: 9 };
/** "nv2 xong 9/10", "ht 7/10 r": tenths right after a done word are its share, not a day in October (round 18, AB). Folded. */
const TENTHS_AFTER_DONE = /(?<=(?<![a-z0-9])(?:xong|ht|hoan thanh|lam|lam duoc)\s+)([1-9])\/10(?![\d/])/g;
/** "9/10 hộ đã ký biên bản", "8/10 ấp xong": the count first, then its finishing (round 13). */
const COUNTED_DONE = new RegExp(String.raw`(?<![a-z0-9/.,])(\d{1,3})\/(\d{1,3})(?![\d/])(?=\s+(?:${COUNTED})\s+(?:da|xong|hoan\s+thanh|ht|duoc|dc)(?![a-z]))`, "g");
/** A text without one of these words as a whole word holds no number in words: most replies. */
const MAY_HOLD = /(?<![a-z0-9])(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|chuc|nua)(?![a-z0-9])/;

/** "9/10 rồi anh": tenths said alone, opening the reply or a clause, "rồi" after (round 19, BH); never a day (9 October). Folded. */
const TENTHS_ALONE_SLASH = /(?<=^\s*|[,.;:]\s*)([1-9])\/(10)(?=\s+(?:roi|r)(?![a-z0-9]))/g;
const pad = (s: string, n: number): string => (s.length <= n ? s + " ".repeat(n - s.length) : s);
const num = (s: string): number => (/^\d+$/.test(s) ? Number(s) : valueOf(s));

/** The folded text with numbers in words written as digits; same length. */
export function spellDigits(folded: string): string {
  const text = folded.includes("/") || folded.includes(" tren ")
    ? folded.replace(FRACTION_DIGITS, (m: string, a: string, b: string) => (+a < +b ? pad(`${Math.round((100 * +a) / +b)}%`, m.length) : m))
      .replace(TENTHS_AFTER_DONE, (m: string, a: string) => pad(`${Number(a) * 10}%`, m.length))
      .replace(TENTHS_ALONE_SLASH, (m: string, a: string) => pad(`${Number(a) * 10}%`, m.length))
      .replace(COUNTED_SHARE, (m: string, a: string, b: string) => (+a < +b && +a > 0 ? pad(`${Math.round((100 * +a) / +b)}%`, m.length) : m))
      .replace(COUNTED_DONE, (m: string, a: string, b: string) => (+a < +b && +a > 0 ? pad(`${Math.round((100 * +a) / +b)}%`, m.length) : m))
    : folded;
  const ordered = text.includes("thu ") ? text.replace(ORDINAL, (m: string, n: string) => pad(`so ${ORDINALS[n] ?? Number(n)}`, m.length)) : text;
  const named = MAY_HOLD.test(ordered) ? ordered.replace(CARDINAL_REF, (_m: string, head: string, n: string) => head + pad(String(CARDINALS[n]), n.length)) : ordered;
  return spellWords(named);
}

/** "3 phần 4", "3 phan tu": a fraction written with digits, which holds no number word. Folded. */
const DIGIT_FRACTION = /\d\s+phan\s+(?:\d|tu)(?![a-z0-9])/;

function spellWords(text: string): string {
  if (!MAY_HOLD.test(text) && !DIGIT_FRACTION.test(text)) return text;
  const decimals = text.includes("phay") ? text.replace(DECIMAL_WORDS, (m: string, a: string, b: string) => pad(`${valueOf(a)},${valueOf(b)}`, m.length)) : text;
  const out = decimals.replace(CONTEXTS, (m: string) => {
    // "tháng giêng", "rằm": lunar, not spelled here, so no solar date is made of them.
    return pad(String(valueOf(m.trim())), m.length);
  });
  return out.replace(FRACTION_WORDS, (m: string, a: string | undefined, b: string | undefined, at: number) => {
    // "hơn phân nửa", "trên một nửa": more than half is no share said.
    if (a === undefined || b === undefined) return /(?:hon|tren|qua)\s+$/.test(out.slice(Math.max(0, at - 5), at)) ? m : pad("50%", m.length);
    const top = num(a), bottom = num(b);
    if (!(top < bottom) || bottom > 10) return m;
    const pct = `${Math.round((100 * top) / bottom)}%`;
    return pct.length <= m.length ? pad(pct, m.length) : m;
  });
}
