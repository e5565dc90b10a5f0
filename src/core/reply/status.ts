/**
 * What a clause's words say of the task's status, as signs (done, not done, progress, a plan, a step,
 * a condition, a guess, work left …), and the one status they come to. When the words pull both
 * ways, the reading that does not close the task wins.
 */
import { completion, hedged, morningFinished, negation, pastMarkers, type Word } from "./completion.ts";
import { type Clause, NEGATION_SET, negatedBefore, precededBy, matches, wordsBetween } from "./context.ts";
import type { DateMatch } from "./dates.ts";
import {
  ACCEPTANCE_WORDS, CONDITIONAL_WORDS, ISSUING_NOT_PRODUCT, ISSUING_ASKS_AFTER, ISSUING_PROPOSERS, ISSUING_VERBS, FUTURE_TIME_WORDS, EXTENSION_WORDS, DONE_SYMBOLS, DONE_WORDS, FUTURE_WORDS, INABILITY_AFTER_NEGATION, JUST_WORDS, LATE_REPLY, NEGATION_NOT_ABOUT_WORK,
  NOT_DONE_PHRASES, NOT_DONE_SYMBOLS, NOT_WORK, ONGOING, ONGOING_NOT_WORK, ONLY_END, ONLY_WORDS, PARTIAL_LOOKALIKES, PARTIAL_TYPED,
  PARTIAL_WORDS, PLAN_VERBS, PROGRESS_LOOKALIKES, PROGRESS_STEPS, PROGRESS_WORDS, REMAINING_PHRASES, RESOURCES, THEN_WORDS, WORK_VERBS,
} from "./grammar.ts";
import { anchoredPhrases, isBlankCode, isWord, phraseAt, phrases, type Span, wordsBefore } from "./lexicon.ts";

export type Status = "done" | "not_done" | "progress";

const RE = {
  done: phrases(DONE_WORDS), future: phrases(FUTURE_WORDS), conditional: phrases(CONDITIONAL_WORDS),
  partial: phrases(PARTIAL_WORDS), partialLookalike: phrases(PARTIAL_LOOKALIKES), notDone: phrases(NOT_DONE_PHRASES),
  progress: phrases(PROGRESS_WORDS), progressLookalike: phrases(PROGRESS_LOOKALIKES), ongoing: phrases(ONGOING), work: phrases(WORK_VERBS),
  notWork: phrases(NOT_WORK), steps: phrases(PROGRESS_STEPS), lateReply: phrases(LATE_REPLY), only: phrases(ONLY_WORDS), onlyEnd: phrases(ONLY_END),
  acceptanceAnywhere: phrases(ACCEPTANCE_WORDS), then: phrases(THEN_WORDS), resource: phrases(RESOURCES), remainingPhrase: phrases(REMAINING_PHRASES),
  just: phrases(JUST_WORDS), plan: phrases(PLAN_VERBS), issuing: phrases(ISSUING_VERBS), issuingAsks: phrases(ISSUING_ASKS_AFTER), futureTime: phrases(FUTURE_TIME_WORDS), extension: phrases(EXTENSION_WORDS), issuingProposer: phrases(ISSUING_PROPOSERS),
  issuingNotProduct: anchoredPhrases(ISSUING_NOT_PRODUCT),
  negNotAboutWork: anchoredPhrases(NEGATION_NOT_ABOUT_WORK), ongoingNotWork: anchoredPhrases(ONGOING_NOT_WORK), acceptance: anchoredPhrases(ACCEPTANCE_WORDS),
  /** After an opening negation, words read by their own rules ("chưa xong", "chưa thực hiện"): the negation adds nothing. */
  readElsewhere: anchoredPhrases([...DONE_WORDS, ...WORK_VERBS, ...PROGRESS_WORDS, ...NOT_DONE_PHRASES, ...PROGRESS_STEPS]),
  /** After an opening negation, words that make it about the work: "không kịp", "chưa được", "chưa đâu", "chưa làm gì". */
  aboutWork: anchoredPhrases([...INABILITY_AFTER_NEGATION, "bắt đầu", "có kết quả", "đâu", "gì", "có gì", "hết", "hẳn", "xuể"]),
};
const NO_SPANS: readonly Span[] = [];
const inside = (m: Span, list: readonly Span[]): boolean => list.some((x) => x.start <= m.start && m.end <= x.end);
const hasSymbol = (c: Clause, list: readonly string[]): boolean => c.symbols && list.some((s) => c.o.includes(s));

/** "xong 2/3", "hoàn thành 9/10 chỉ tiêu": a part of the whole, unless that text was read as a date. */
const FRACTION = /(?<![\d/])(\d{1,3})\s?\/\s?(\d{1,3})(?![\d/])/g;
function hasFraction(f: string, dates: DateMatch[]): boolean {
  if (!f.includes("/")) return false;
  // "… QĐ 2210/QĐ-UBND ngày 01/12": a day after "ngày" is a date even where it dates a document rather than the work.
  for (const m of f.matchAll(FRACTION)) if (+m[1]! < +m[2]! && !dates.some((d) => d.start <= m.index && m.index < d.end) && !/ngay\s*$/.test(f.slice(Math.max(0, m.index - 6), m.index))) return true;
  return false;
}
/** "làm được 42 căn", "đã nhập được 1.250 thửa": a count of things done, which is progress. */
const COUNT_DONE = /(?<![a-z0-9])(?:duoc|dc|dat)\s+(?:khoang\s+|hon\s+|gan\s+)?\d[\d.,]*\s+(?!%|phan\s+tram|ngay|tuan|thang|nam|gio)[a-z]/;
function skipBlanks(s: string, from: number): number {
  let i = from;
  while (i < s.length && isBlankCode(s.charCodeAt(i))) i++;
  return i;
}

function wordsBetweenTokens(c: Clause, from: number, to: number): number {
  let n = 0;
  for (const t of c.tokens) if (t.start >= from && t.end <= to && isWord(t)) n++;
  return n;
}

/** A done word, maybe "được", then only blanks (the task numbers) before "thôi". Folded. */
const ONLY_TASKS_NAMED = /(?<![a-z])(?:xong|hoan thanh|ht)\s+(?:(?:duoc|dc)\s+)?\s{2,}thoi(?![a-z])/;
/** "không còn (hồ sơ nào) " before "trễ hạn", "quá hạn": none left late. Folded. */
const NONE_LEFT_LATE = /(?<![a-z])(?:khong|ko|k|chang|hong)\s+con(?:\s+[a-z0-9]+){0,4}\s+$/;
/** The word at `at` is capitalised after a capitalised word: part of a proper name ("Khe Tre", "Bến Chậm"). */
function inName(c: Clause, at: number): boolean {
  const first = c.o.charAt(at);
  if (first === first.toLowerCase()) return false;
  const before = wordsBefore(c.tokens, at, 1)[0];
  const b = before ? c.o.charAt(before.start) : "";
  return !!before && b !== b.toLowerCase() && !/[.!?]\s*$/.test(c.o.slice(before.end, at));
}

/** "mới xong dự thảo thôi", "chỉ … thôi": only so much. */
function onlySoMuch(c: Clause): boolean {
  if (!matches(c, RE.only).length) return false;
  // "mới xong được 1 với 2 thôi, số 3 còn đang làm": only the tasks named (blanked here) are done — they are (round 18, YY).
  if (ONLY_TASKS_NAMED.test(c.f)) return false;
  const last = c.tokens.findLast(isWord);
  return !!last && matches(c, RE.onlyEnd).some((m) => m.end === last.end);
}


/** "đã ban hành Kế hoạch số 215/KH-UBND", "Đã ký ban hành Quyết định … rồi": the task's document issued or sent (see ISSUING_VERBS). */
function issued(c: Clause): boolean {
  const past = pastMarkers(c);
  if (!past.length && !c.f.includes("vua")) return false;
  for (const m of matches(c, RE.issuing)) {
    if (!saidAsFact(c, m.start)) continue;
    if (phraseAt(RE.issuingNotProduct, c.f, skipBlanks(c.f, m.end)) >= 0 || matches(c, RE.issuingAsks).some((a) => a.start >= m.end)) continue;
    const before = past.some((p) => p.end <= m.start && p.text === "da") || !!precededBy(c, RE.just, m.start, 3);
    const roi = past.some((p) => p.start >= m.end && (p.text === "roi" || p.text === "r"));
    // Said as past, with or without the document's number ("đã ban hành Kế hoạch số 215/KH-UBND", "vừa ký ban hành kế hoạch rồi").
    if (before || roi) return true;
  }
  // "em gửi rồi anh", "đã gửi", "e gửi r mà a, hôm 16 đó", "em nộp từ 12/12 rồi", "Nv 1,2,3 em đều gửi đủ rồi": what the reminder asks
  // for, sent (four blind writers of round 14); a file that is only a step ("đã gửi tờ trình", "hồ sơ nộp rồi") is not.
  if (c.f.includes("gui") || c.f.includes("nop")) for (const m of c.f.matchAll(SEND_VERB)) {
    if (/kinh\s+$/.test(c.f.slice(Math.max(0, m.index - 5), m.index)) || !saidAsFact(c, m.index)) continue;
    const after = c.f.slice(m.index + m[0].length);
    const roi = SENT_ROI.exec(after);
    const da = past.some((p) => p.text === "da" && p.end <= m.index && wordsBetween(c, p.end, m.index) <= 1);
    if (!da && !roi) continue;
    if (STEP_SENT.test(c.f.slice(Math.max(0, m.index - 48), m.index) + " " + after.slice(0, roi ? roi[0].length : 30))) continue;
    return true;
  }
  // "Báo cáo em đã gửi qua hệ thống sáng nay rồi", "báo cáo đã nộp": the report named first, then sent.
  const sent = REPORT_SENT.exec(c.f) ?? (ROI_END.test(c.f) ? DOCUMENT_THEN_ISSUED.exec(c.f) : null);
  return !!sent && !negatedBefore(c, sent.index + sent[0].length - 3, 3) && !unsureBefore(c, sent.index + sent[0].length - 3) && !matches(c, RE.issuingAsks).some((a) => a.start >= sent.index) &&
    !proposedBefore(c, sent.index + sent[0].length - 3, 6);
}
/**
 * The document named first, its issuing or sending after, and "rồi" closing the clause: "bc gửi VP r a", "qd ban hanh r a,
 * so 245/QĐ-UBND", "BC tháng 11 Sở gửi qua iOffice từ 02/12 rồi" (rounds 12 and 13). A report is sent ("gửi", "nộp"); a
 * plan or decision is issued ("ban hành", "phát hành"). Folded.
 */
const DOCUMENT_THEN_ISSUED = /(?<![a-z0-9])(?:bao cao(?:\s+[a-z0-9]+){0,5}?\s+(?:gui|nop)|(?:quyet dinh|ke hoach)(?:\s+[a-z0-9]+){0,3}?\s+(?:(?:ky\s+)?ban hanh|phat hanh))(?![a-z0-9])/;
/** A proposer before `pos` ("tham mưu", "trình", "chờ", "đợi" …); folded, "đối với" is "đợi với" and proposes nothing ("Đối với nhiệm
 * vụ số 2: Sở đã ban hành Kế hoạch …", round 19, BC). */
function proposedBefore(c: Clause, pos: number, gap: number): boolean {
  for (const m of matches(c, RE.issuingProposer)) if (m.end <= pos && wordsBetween(c, m.end, pos) <= gap && !(m.text === "doi" && c.f.startsWith(" voi", m.end))) return true;
  return false;
}
/** An issuing or sending at `pos` told as a fact: not negated, guessed, heard of, later today, proposed, to come or conditional. */
function saidAsFact(c: Clause, pos: number): boolean {
  return !negatedBefore(c, pos, 2) && !unsureBefore(c, pos) && !proposedBefore(c, pos, 4) && !precededBy(c, RE.future, pos, 3)
    && !precededBy(c, RE.futureTime, pos, 3) && !precededBy(c, RE.conditional, pos, 2);
}
/** A guess or someone else's word before `pos`: "hình như … gửi rồi", "nghe nói đã ban hành". */
// "chiều nay em gửi rồi" said in the morning is a plan: a later part of today before the sending is never read as past.
const unsureBefore = (c: Clause, pos: number): boolean => hedged(c, pos) || HEARSAY_SENT.test(c.f.slice(0, pos)) || LATER_TODAY.test(c.f.slice(Math.max(0, pos - 30), pos));
const LATER_TODAY = /(?<![a-z])(?:chieu|toi|trua|dem)\s+(?:nay|ni)(?![a-z])/;
/** Before the sending, someone else's word for it: "nghe nói …", "nghe bên phòng KH bảo …". Folded. */
const HEARSAY_SENT = /(?<![a-z0-9])(?:nghe|nghe noi|nghe dau|(?<!(?:doi|hien|an|bieu)\s)tuong)(?![a-z0-9])/;
/** "gửi", "nộp" as words. Folded. */
const SEND_VERB = /(?<![a-z0-9])(?:gui|nop)(?![a-z0-9])/g;
/** "rồi" within seven words after the sending: "gửi rồi", "gửi đủ rồi", "nộp từ 12/12 rồi", "gửi lâu rồi". Folded. */
const SENT_ROI = /^(?:\s+[^\s,.;!?]+){0,7}?\s+(?:roi|r)(?![a-z0-9])/;
/** A step sent, not the work: a submission awaiting a decision, a draft, a request. Folded, the words around the sending. */
const STEP_SENT = /(?<![a-z0-9])(?:ho so|to trinh|du thao|xin|de nghi|y kien|danh sach de xuat|ban mem|ban nhap|cho (?:em|anh|chi|tui|minh)|giup|dum|gium)(?![a-z0-9])/;

const SHORT_ROI = /(?<![a-z0-9])r(?![a-z0-9])/;
/** "rồi" (or "r") at the end of the clause, or before a politeness word or the document's number. Folded. */
const ROI_END = /(?<![a-z0-9])(?:roi|r)(?:\s+(?:a|anh|chi|nhe|nha|nghen|do|day|ha))*\s*(?:[.!,;]|$|\s+so\s+\d)/;
/** The report, then its sending said as past: "báo cáo em đã gửi", "báo cáo đã được gửi", "báo cáo vừa nộp". Folded. */
const REPORT_SENT = /(?<![a-z0-9])bao cao\s+(?:(?:em|e|ben em|toi|minh|xa|so|phong|huyen|don vi|chung em|chung toi)\s+)?(?:da|vua|da duoc)\s+(?:gui|nop)(?![a-z0-9])/;

/** What an opening negation is about: the work ("chưa xong", "chưa ạ"), nothing of it ("không sao"), or something vague ("không thấy …"). */
/** What an opening negation is about: the work, a step after it (a limit), or something vague. */
export type Opening = "work" | "limit" | "vague" | null;

export function openingNegation(c: Clause): Opening {
  const first = c.content[0];
  if (!first || !c.negs.includes(first.start)) return null;
  const next = skipBlanks(c.f, first.end);
  if (phraseAt(RE.negNotAboutWork, c.f, next) >= 0) return null;
  // "chưa có vốn", "chưa được bố trí kinh phí": a missing resource, which is a blocker (blocker.ts).
  if (matches(c, RE.resource).some((m) => m.start > first.start && wordsBetweenTokens(c, first.end, m.start) <= 3)) return null;
  if (phraseAt(RE.acceptance, c.f, next) >= 0) return "limit";
  if (phraseAt(RE.readElsewhere, c.f, next) >= 0) return null;
  if (!c.content[1] || phraseAt(RE.aboutWork, c.f, next) >= 0) return "work";
  return "vague";
}

/** Whether a word follows `pos`. */
function wordAfter(c: Clause, pos: number): boolean {
  for (let i = c.tokens.length - 1; i >= 0 && c.tokens[i]!.start >= pos; i--) if (isWord(c.tokens[i]!)) return true;
  return false;
}

/** A past marker as typed (see pastMarkers). */
export function saysPast(c: Clause): boolean {
  return pastMarkers(c).length > 0;
}

/** "xong 1 phần", "xong 2/3", "xong hết trừ …": only part of the work. */
function isPartial(c: Clause, dates: DateMatch[]): boolean {
  const list = matches(c, RE.partial);
  if (list.length > 0 && list.some((m) => !inside(m, matches(c, RE.partialLookalike)))) return true;
  if (c.f.includes("nua") && c.tokens.some((t) => t.text === "nua" && PARTIAL_TYPED.includes(c.o.slice(t.start, t.end).toLowerCase()))) return true;
  return c.hasDigit && hasFraction(c.f, dates);
}

/** Work verbs and steps before `until`: progress (weakly), or not done when negated. */
function workSigns(c: Clause, list: readonly Span[], out: Signs, until: number, blockerAt: number | null): void {
  if (!list.length) return;
  const notWork = matches(c, RE.notWork);
  for (const m of list) {
    if (m.start >= until || (notWork.length && inside(m, notWork))) continue;
    const n = negated(c, m.start);
    if (n) out.add(S[n]);
    // "mai em làm xong", "thực hiện xong": the done word after the verb says how it stands.
    else if (phraseAt(RE.done, c.f, skipBlanks(c.f, m.end)) >= 0) continue;
    // "tối nay tui làm cho xong": the work's end, planned, says how it stands (round 16).
    else if (c.f.startsWith("cho ", skipBlanks(c.f, m.end)) && phraseAt(RE.done, c.f, skipBlanks(c.f, skipBlanks(c.f, m.end) + 3)) >= 0) continue;
    // "xin thêm 10 ngày để hoàn thiện": a purpose, not work under way.
    // A verb inside a blocker's note ("chờ ý kiến Sở Xây dựng") is not work under way either.
    // "mai mốt tui làm", "sang năm e làm": a work verb after a time to come is a plan, not work under way.
    else if (precededBy(c, RE.futureTime, m.start, 3) && !saysPast(c)) out.add(S.planned);
    // "Kế hoạch dự kiến ban hành vào thứ 6 tuần sau": a step planned (round 18, AC; read nothing before).
    // ("em sẽ triển khai ngay" stays the acknowledgement it is: only a planning word, not "sẽ".)
    else if (plannedStep(c, m.start)) out.add(S.planned);
    else if (!precededBy(c, RE.future, m.start, 3) && !precededBy(c, RE.conditional, m.start, 1) && (blockerAt === null || m.start < blockerAt)) out.add(S.weak);
  }
}

/** "dự kiến ban hành", "dự định trình": a planning word right before the step, said of nothing past. */
function plannedStep(c: Clause, at: number): boolean {
  if (!c.f.includes("du ") && !c.f.includes("ke hoach") && !c.f.includes("expect") && !c.f.includes("plan")) return false;
  // "dự kiến tuần sau ban hành", "Em dự kiến thứ 2 tuần sau sẽ tổ chức ký kết": a day, and "sẽ", may stand between (round 19, BF, BC).
  const f = matches(c, RE.future).find((m) => m.end <= at && wordsBetween(c, m.end, at) <= 6 && PLANNING.test(m.text.replace(/\s+/g, " ")) && PLAN_GAP.test(c.f.slice(m.end, at)));
  return !!f && !saysPast(c) && !precededBy(c, RE.conditional, at, 1);
}

const PLANNING = /^(?:du kien|du dinh|du tinh|len ke hoach|co ke hoach|expected|planned|plan to)$/;
/** Between the planning word and the step: at most two words, or a day said ("tuần sau", "thứ 2 tuần sau", "ngày 20/6"), and "sẽ". Folded. */
const PLAN_GAP = /^(?:\s+[^\s,.;:!?]+){0,2}\s*$|^\s+(?:(?:vao|trong|ngay|den)\s+)?(?:(?:thu\s+[2-7a-z]+|chu nhat|cuoi|dau|giua)\s+)?(?:tuan|thang|quy)\s+(?:sau|toi|nay)(?:\s+(?:se|thi))?\s*$|^\s+(?:(?:vao|ngay|den)\s+)?\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?(?:\s+(?:se|thi))?\s*$/;
/** A work or progress word negated ("chưa bắt đầu"), or a negation of it denied ("không phải bên em không làm"). */
function negated(c: Clause, pos: number): Sign | null {
  const n = negation(c, pos);
  return n === "not" ? "not_done" : n === "denied" ? "none" : null;
}

/** Statuses, with "weak" (a work verb or step) and "vague" (a vague negation) as signs that outweigh nothing, and "remaining" (work left). */
type Sign = Word | "weak" | "vague" | "remaining" | "unaccepted";

/** Each sign's bit. */
export const S = {
  done: 1, not_done: 2, progress: 4, planned: 8, step: 16, condition: 32, believed: 64, none: 128, weak: 256, vague: 512, remaining: 1024, unaccepted: 2048,
} as const satisfies Record<Sign, number>;
/** The signs of one clause as bits of a number: read on every clause, so no Set is made for them. */
export class Signs {
  bits = 0;
  add(bit: number): void { this.bits |= bit; }
  has(bit: number): boolean { return (this.bits & bit) !== 0; }
  delete(bit: number): void { this.bits &= ~bit; }
  get size(): number { return this.bits === 0 ? 0 : 1; }
}

/** The statuses the clause's words point to, each once. */
/** Before a day: since then, or that day past ("từ thứ 2", "hôm 30/11"). Folded word. */
export const SINCE = /^(?:tu|hom|since)$/;
/** This morning: begun before any reply of the working day. Folded. */
const TODAY_PART = /^sang\s+(?:hom\s+)?nay$/;
/**
 * "Việc số 4 hoàn thành sáng nay ạ", "xong hôm nay": today right after the done word is when it was done (round 16); "sáng
 * nay hoàn thành", "chiều nay xong" (the time first, or a part of the day still to come) stay a plan.
 */
export function doneToday(c: Clause, d: DateMatch): boolean {
  if (!TODAY_PART.test(c.f.slice(d.start, d.end))) return false;
  const before = wordsBefore(c.tokens, d.start, 1)[0];
  if (before && matches(c, RE.done).some((m) => m.end === before.end)) return true;
  // "sáng nay anh em làm xong hết": the morning, then its work finished (round 17).
  return matches(c, RE.done).some((m) => m.start > d.end && morningFinished(c, d, m.start));
}

export function statuses(c: Clause, percent: { value: number; span: Span } | null, dates: DateMatch[], blockerAt: number | null, reason: Span | null, opening: Opening): Signs {
  const out = new Signs();
  const only = onlySoMuch(c);
  for (const m of matches(c, RE.done)) out.add(S[completion(c, m.start, m.end)]);
  if (hasSymbol(c, DONE_SYMBOLS)) out.add(S.done);
  if (hasSymbol(c, NOT_DONE_SYMBOLS)) out.add(S.not_done);
  if ((c.hasDigit || c.f.includes("roi") || c.f.includes("da") || c.f.includes("vua") || SHORT_ROI.test(c.f)) && issued(c)) out.add(S.done);
  const partial = (out.size > 0 || percent !== null) && isPartial(c, dates);
  if (percent) {
    const reading = percent.value === 100 ? completion(c, percent.span.start, percent.span.end) : negatedBefore(c, percent.span.start) ? "not_done" : "progress";
    out.add(reading === "done" && partial ? S.progress : S[reading]);
  }
  // "hoàn thành 30/11" without "đã": a plan with a date, not a fact.
  // "em làm xong từ thứ 2": a day the work is done since is no day it will be (round 16).
  if (out.has(S.done) && dates.some((d) => !d.rolled && !d.past && !doneToday(c, d) && !SINCE.test(wordsBefore(c.tokens, d.start, 1)[0]?.text ?? "")) && !saysPast(c)) { out.delete(S.done); out.add(S.not_done); }
  if (out.has(S.done) && (partial || only)) { out.delete(S.done); out.add(S.progress); }
  const late = matches(c, RE.lateReply);
  // "cầu Khe Tre thông xe rồi": a capitalised word after another is a name's, not "trễ" (round 18).
  // "…, không còn hồ sơ trễ hạn ạ", "không còn hồ sơ nào quá hạn nữa": nothing is left late (round 18, AF and AE).
  for (const m of matches(c, RE.notDone)) if (!negatedBefore(c, m.start, 1) && !inside(m, late) && !inName(c, m.start) && !NONE_LEFT_LATE.test(c.f.slice(Math.max(0, m.start - 40), m.start))) out.add(S.not_done);
  // "chưa bắt đầu"; "không phải bên em không làm" denies a negation, which says nothing.
  const how = out.has(S.done) ? matches(c, RE.progressLookalike) : NO_SPANS;
  // "xin giãn tiến độ thêm 45 ngày": the "tiến độ" of a request for time is no progress.
  const asks = matches(c, RE.extension);
  for (const m of matches(c, RE.progress)) if (!inside(m, how) && !inside(m, asks)) out.add(S[negated(c, m.start) ?? "progress"]);
  const reasonAt = reason ? reason.start : Infinity;
  // "em đang họp", "đang vướng mặt bằng": the leader is busy elsewhere or stuck, which is not work going on.
  for (const m of matches(c, RE.ongoing)) {
    if (m.start >= reasonAt || !wordAfter(c, m.end) || phraseAt(RE.ongoingNotWork, c.f, skipBlanks(c.f, m.end)) >= 0) continue;
    // "k đăng nhập đc", "đăng ký", "đăng tải": folded, "đăng" is "đang" (round 19, BH and BG read the login that fails as work going on).
    if (/^đăng/i.test(c.o.slice(m.start, m.start + 4))) continue;
    out.add(S.progress);
  }
  // "chờ họp xong mới triển khai": the work after "xong mới" is still to come.
  const thenList = matches(c, RE.then);
  const then = thenList.length ? thenList.find((m) => precededBy(c, RE.done, m.start, 0)) : undefined;
  const after = then ? then.end : Infinity;
  workSigns(c, matches(c, RE.work), out, Math.min(after, reasonAt), blockerAt);
  workSigns(c, matches(c, RE.steps), out, Math.min(after, reasonAt), blockerAt);
  // "kế hoạch dự kiến tuần sau ban hành", "dự kiến ban hành vào thứ 6": issuing planned (round 19, BF).
  if (c.f.includes("du ")) for (const m of matches(c, RE.issuing)) if (!negatedBefore(c, m.start, 2) && plannedStep(c, m.start)) out.add(S.planned);
  if (c.hasDigit && COUNT_DONE.test(c.f)) out.add(S.progress);
  // "Báo cáo chưa gửi ạ", "hồ sơ chưa nộp": the paper the task asks for is not sent.
  if (c.negs.length) for (const m of matches(c, RE.plan)) if (negatedBefore(c, m.start, 1) && negation(c, m.start) === "not") out.add(S.not_done);
  // "… nhưng Sở chưa nghiệm thu": a step after the work is not done, which limits a completion.
  if (c.negs.length && matches(c, RE.acceptanceAnywhere).some((m) => negatedBefore(c, m.start, 1))) out.add(S.unaccepted);
  // "còn phải chỉnh sửa", "còn thiếu hồ sơ": work is left, so the task is under way.
  if (matches(c, RE.remainingPhrase).some((m) => !negatedBefore(c, m.start, 1)) || (c.hasDigit && /(?<![a-z0-9])con\s+\d/.test(c.f))) out.add(S.remaining);
  if (only && !out.has(S.not_done)) out.add(S.progress);
  // A clause that opens with a negation is about the task: "chưa ạ", "không", "chưa nghiệm thu".
  if (opening === "work" || opening === "limit") out.add(S.not_done);
  else if (opening === "vague") out.add(S.vague);
  // "riêng nhiệm vụ 2 thì chưa", "2 xã chưa": a final negation states it.
  const last = c.content.at(-1);
  if (last && c.content.length > 1 && c.negs.includes(last.start) && NEGATION_SET.has(last.text)) out.add(S.not_done);
  return out;
}

export function pickStatus(s: Signs, percent: number | null): { status: Status | null; weak: boolean } {
  if (s.has(S.not_done) || s.has(S.unaccepted)) return { status: percent !== null && percent < 100 ? "progress" : "not_done", weak: false };
  if (s.has(S.progress) || s.has(S.remaining)) return { status: "progress", weak: false };
  // "đang triển khai, dự kiến cuối tháng xong": work under way with a planned end.
  if (s.has(S.planned)) return s.has(S.weak) || s.has(S.step) || (percent !== null && percent < 100) ? { status: "progress", weak: false } : { status: "not_done", weak: false };
  if (s.has(S.none) && s.has(S.done)) return { status: null, weak: false };
  if (s.has(S.done)) return { status: "done", weak: false };
  if (s.has(S.condition) || s.has(S.vague) || s.has(S.believed)) return { status: "not_done", weak: true };
  return s.has(S.weak) || s.has(S.step) ? { status: "progress", weak: true } : { status: null, weak: false };
}

