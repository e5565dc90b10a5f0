/**
 * Blockers and reasons. "vướng mắc do thiếu kinh phí" → a blocker noted "thiếu kinh phí";
 * "cần hỗ trợ về mặt bằng" and "chưa có kinh phí" are blockers noted as written; "vướng mặt bằng",
 * "đang chờ ý kiến" keep their verb ("vướng mặt bằng", "chờ ý kiến"); "phần mềm lỗi suốt" is noted
 * whole; "không có vướng mắc gì" is none. Notes are spans of the clause, so they keep the leader's spelling.
 */
import { type Clause, negatedBefore, precededBy, matches } from "./context.ts";
import { fold } from "../text/fold.ts";
import {
  BLOCKER_LABELS, BLOCKER_NEGATORS, BLOCKER_PREDICATES, EXTENSION_WORDS, HELP_REQUESTS, HELP_WORDS, LABEL_JOINERS, LACK_LOOKALIKES,
  LACK_WORDS, LOOK_VERBS, NOT_REASON_BEFORE_DO, ONGOING, OTHER_PARTIES, PARTY_FAILINGS, REASON_WORDS, REQUEST_VERBS, RESOURCES, VERB_LABELS, WAIT_TYPED,
} from "./grammar.ts";
import { anchoredPhrases, isWord, phraseAt, phrases, wordsAfter, wordsBefore, type Span } from "./lexicon.ts";

const RE = {
  label: phrases(BLOCKER_LABELS), help: phrases(HELP_REQUESTS), lack: phrases(LACK_WORDS), lookalike: phrases(LACK_LOOKALIKES),
  resource: phrases(RESOURCES), negator: phrases(BLOCKER_NEGATORS), reason: phrases(REASON_WORDS),
  joiner: anchoredPhrases(LABEL_JOINERS), extension: phrases(EXTENSION_WORDS), predicate: phrases(BLOCKER_PREDICATES),
  look: phrases(LOOK_VERBS), request: phrases(REQUEST_VERBS), helpWord: phrases(HELP_WORDS), party: anchoredPhrases(OTHER_PARTIES),
};
const FAILING = new Set(PARTY_FAILINGS.map((w) => fold(w)));
const NOT_REASON = new Set(NOT_REASON_BEFORE_DO);
/** After a resource, a work verb makes a following negation the task's: "kinh phí đã có, chưa làm". */
const ACTION_AFTER = new Set(["lam", "thuc", "trien", "xong"]);
const VERB_LABEL = new Set(VERB_LABELS.map((w) => fold(w)));
const PREDICATE_TYPED = new Set(BLOCKER_PREDICATES.filter((w) => !w.includes(" ")).map((w) => w.normalize("NFC")));
/** Reasons typed as such: "vì", "do", "bởi"; folded, "đơn vị" holds "vi" and "đó" is "do". */
const REASON_TYPED = new Set(REASON_WORDS.filter((w) => !w.includes(" ")).map((w) => w.normalize("NFC")));
const WAIT = new Set(WAIT_TYPED);
/** "mùa" typed just before a weather word: the season's name. */
const SEASON_BEFORE = /(?:^|[^\p{L}])mùa\s+$/iu;
/** Before a hazard, what makes it the work's topic: "chống", "phòng chống", "ứng phó", "khắc phục (hậu quả)", "trước" (before the season), and "mua" (mùa typed bare). Folded. */
// "rà soát các điểm sạt lở", "vùng sạt lở", "khu vực ngập lụt": the places named by the hazard are the work's places.
const HAZARD_TOPIC = /(?:^|\s)(?:chong|phong chong|phong|ung pho|khac phuc(?: hau qua)?|truoc|mua|diem|vung|khu vuc|noi|tuyen|nguy co|canh bao|thiet hai do|hau qua)\s+$/;
/** After a hazard, the work it stops: "… không thi công được", "… chưa làm được". Folded. */
const CANNOT_AFTER = /^(?:\s+[^\s,.;]+){0,2}?\s+(?:khong|ko|k|chua|chang)\s+(?:[^\s,.;]+\s+){1,3}?(?:duoc|dc|noi|kip)(?![a-z])/;
/** After a hazard, its harm denied: "… mà không ngập nữa", "… mà vẫn không sao". Folded. */
const HARM_DENIED = /^(?:\s+[^\s,.;]+){0,3}?\s+ma\s+(?:van\s+)?(?:khong|ko|k|chang|cha)\s/;
/** "thì mới", "mới" then a verb: what comes before it is a condition (completion.ts, onlyThen). Folded. */
const ONLY_THEN_AT = /(?<![a-z0-9])(?:thi\s+)?moi\s+(?:co\s+the\s+)?(?:lam\s+|trien\s+khai\s+|thuc\s+hien\s+)?(?:xong|hoan\s+thanh|hoan\s+tat|ht|duoc|lam|trien\s+khai|thuc\s+hien)(?![a-z0-9])/;
/** Words before a verb label that the note leaves out: "đang chờ ý kiến" is noted "chờ ý kiến". */
const AUX = new Set([...ONGOING, "vẫn", "còn", "phải", "bị"].map((w) => fold(w)));

export interface Blocker {
  /** Where the note is, or null when the clause names a blocker without saying what. */
  note: Span | null;
  /** A request for help ("cần hỗ trợ"): stands even inside a question ("hỗ trợ em được không?"). */
  request: boolean;
  /** Where in the clause the blocker is said, to order it among the other statements. */
  at: number;
  /**
   * Only a fact that may be the work's own subject ("sạt lở", "mưa lũ", "giá tăng"): a clause that says it finished ("đã xử lý
   * xong điểm sạt lở") is about clearing it, not stuck on it.
   */
  fact: boolean;
}

/** The note after a label: skip blanks, ":" and joiners ("do", "vì", "là"). */
function afterLabel(c: Clause, pos: number): number {
  let p = pos;
  for (;;) {
    while (p < c.f.length && /[\s:\-–—,]/.test(c.f[p]!)) p++;
    const j = phraseAt(RE.joiner, c.f, p);
    if (j < 0) return p;
    p = j;
  }
}

const span = (c: Clause, start: number): Span | null =>
  start < c.f.length && /[a-z0-9]/u.test(c.f.slice(start)) ? { start, end: c.f.length, text: c.f.slice(start) } : null;

/** "không có vướng mắc", "hết vướng": the label is denied. */
const denied = (c: Clause, pos: number): boolean => !!negatedBefore(c, pos) || !!precededBy(c, RE.negator, pos, 2);

/** The first word of a verb label that the note keeps: "đang chờ" → "chờ". */
function verbStart(c: Clause, m: Span): number {
  for (const t of c.tokens) if (t.start >= m.start && t.end <= m.end && isWord(t) && !AUX.has(t.text)) return t.start;
  return m.start;
}

/** After "cho" (let): the people let to work: "cho anh em tổng hợp", "cho các thôn rà soát", "cho bà con". Folded. */
const LET_WHOM = /^\s+(?:anh em|cac|ba con|nguoi|can bo|doi|to|may dua|tui no|chung no)(?![a-z])/;
/** "cho anh em ra soat", "cho ae xuong thon": people, then their work. Folded. */
const LET_PEOPLE_WORK = /^\s+(?:anh em|ae|chi em|cac ban|can bo|tui no|to cong tac|doi)\s+(?:di\s+|xuong\s+)?(?:ra soat|kiem tra|lam|thuc hien|trien khai|tong hop|xuong|di|van dong|rao|don|thu|nhap|go)(?![a-z])/;
/** A system or machine named just before: "phần mềm", "hệ thống", "iOffice", "mạng", "máy". Folded. */
const SYSTEM_BEFORE = /(?<![a-z])(?:phan mem|he thong|ioffice|i office|mang|may(?: tinh| chu| dao| xuc)?|dvc|dich vu cong|web|website|app|ung dung|trang)(?:\s+[a-z0-9]+){0,2}\s+$/;
/** One-word predicates count only as typed ("lỗi", "hỏng"): folded, "loi" is also "lời" ("trả lời"), "lợi". */
function typedPredicate(c: Clause, m: Span): boolean {
  if (m.text.includes(" ")) return true;
  // "xin lỗi" is an apology.
  if (wordsBefore(c.tokens, m.start, 1)[0]?.text === "xin") return false;
  // "phan mem dvc loi suot", "iOffice loi khong gui duoc": typed without marks, "loi" after a system is its fault (round 18).
  if (m.text === "loi" && SYSTEM_BEFORE.test(c.f.slice(Math.max(0, m.start - 24), m.start))) return true;
  return PREDICATE_TYPED.has(c.o.slice(m.start, m.end).toLowerCase());
}

/** The clause from its first word that is not politeness: a subject and what is wrong with it. */
const wholeClause = (c: Clause): Span | null => (c.content[0] ? span(c, c.content[0].start) : null);

export function findBlocker(c: Clause): Blocker | undefined {
  const found: Array<{ at: number; note: Span | null; request: boolean; fact?: boolean }> = [];
  for (const m of matches(c, RE.label)) {
    if (denied(c, m.start)) continue;
    // "em đang cho anh em tổng hợp": typed with marks ("đang"), a plain "cho" is "give, let", not "chờ" (round 18).
    // (The marks must be the leader's own, outside the label: "dg" is written out "đang" before this is read.)
    if (/(?:^|\s)cho$/.test(m.text) && /^cho$/i.test(c.o.slice(m.end - 3, m.end)) && LET_WHOM.test(c.f.slice(m.end, m.end + 12)) && /[^\x00-\x7f]/.test(c.o.slice(0, m.start) + c.o.slice(m.end))) continue;
    // Typed without any marks, "dang cho anh em ra soat lai" still lets the staff do work: the people, then a work verb (round 19, BH).
    if (/(?:^|\s)cho$/.test(m.text) && LET_PEOPLE_WORK.test(c.f.slice(m.end, m.end + 30)) && !/[^\x00-\x7f]/.test(c.o)) continue;
    // "vướng mặt bằng", "đang chờ ý kiến": the verb is part of what is said.
    const verb = VERB_LABEL.has(m.text) || (/\s\s|[^ \S]/.test(m.text) && VERB_LABEL.has(m.text.replace(/\s+/g, " ")));
    const note = verb ? span(c, verbStart(c, m)) : span(c, afterLabel(c, m.end));
    found.push({ at: m.start, note, request: false });
  }
  // "chờ vốn", "do chờ phê duyệt": waiting, typed with its marks (folded, "chờ" is "cho").
  if (c.f.includes("cho") || c.f.includes("doi")) {
    for (const t of c.tokens) {
      if ((t.text === "cho" || t.text === "doi") && WAIT.has(c.o.slice(t.start, t.end).toLowerCase()) && !denied(c, t.start)) {
        found.push({ at: t.start, note: span(c, t.start), request: false });
      }
    }
  }
  // "Nhà thầu chậm quá anh ạ", "Kho bạc chưa giải ngân": another party fails, said as the clause's subject.
  const subject = c.content[0];
  const partyEnd = subject ? phraseAt(RE.party, c.f, subject.start) : -1;
  // "dân không còn khiếu nại gì", "bà con không phản đối": a failing denied is none.
  const said = partyEnd > 0 ? wordsAfter(c.tokens, partyEnd, 2) : [];
  const deniesFailing = said.length > 1 && c.negs.includes(said[0]!.start) && (said[1]!.text === "con" || said[1]!.text === "co" || phraseAt(RE.predicate, c.f, said[1]!.start) >= 0);
  if (partyEnd > 0 && !deniesFailing && said.some((t) => FAILING.has(t.text))) found.push({ at: subject!.start, note: wholeClause(c), request: false });
  // "trước mùa mưa lũ", "phòng chống thiên tai mùa bão": a season named, not weather that stops the work.
  // "kè chống sạt lở", "cắt tỉa cây xanh truoc mua bao", "phòng chống bão": the hazard the work is against is its topic (round 19, BH);
  // "tối qua mưa to mà không ngập nữa": weather whose harm is denied stops nothing.
  for (const m of matches(c, RE.predicate)) {
    // … unless the work cannot go on for it: "đang mùa mưa không thi công được" (round 19, BF).
    const topic = m.text === "mua mua" || SEASON_BEFORE.test(c.o.slice(Math.max(0, m.start - 6), m.start)) || HAZARD_TOPIC.test(c.f.slice(Math.max(0, m.start - 16), m.start));
    if (denied(c, m.start) || !typedPredicate(c, m) || (topic && !CANNOT_AFTER.test(c.f.slice(m.end, m.end + 40)))) continue;
    if (HARM_DENIED.test(c.f.slice(m.end, m.end + 40))) continue;
    found.push({ at: m.start, note: wholeClause(c), request: false, fact: true });
  }
  // "gia hạn giúp em đến 30/11": help asked for the extension itself is politeness, not a blocker.
  // "anh xem giúp em", "anh kiểm tra lại hộp thư giúp em": the admin asked to look at what was sent, no obstacle (round 15).
  for (const m of matches(c, RE.help)) {
    if (negatedBefore(c, m.start, 2) || precededBy(c, RE.extension, m.start, 1)) continue;
    if (m.text.startsWith("giup") && precededBy(c, RE.look, m.start, 6)) continue;
    found.push({ at: m.start, note: span(c, m.start), request: true });
  }
  // "đề nghị Sở hỗ trợ thêm 2 cán bộ", "đề nghị tỉnh cử người xuống tập huấn": a request with its reason.
  for (const m of matches(c, RE.helpWord)) {
    const r = precededBy(c, RE.request, m.start, 3);
    if (r && !negatedBefore(c, r.start, 1) && !precededBy(c, RE.extension, m.start, 1)) found.push({ at: c.content[0]?.start ?? r.start, note: wholeClause(c), request: true });
  }
  const lookalikes = matches(c, RE.lookalike);
  const resources = matches(c, RE.resource);
  for (const m of matches(c, RE.lack)) {
    if (lookalikes.some((x) => x.start <= m.start && m.end <= x.end)) continue;
    // "còn thiếu hồ sơ của 2 xã": what is left to do, not a lack, unless it is a resource.
    const before = c.f.includes("con") ? wordsBefore(c.tokens, m.start, 1)[0] : undefined;
    if (before?.text === "con" && !resources.some((r) => r.start >= m.end && r.start - m.end <= 12)) continue;
    if (!negatedBefore(c, m.start, 1)) found.push({ at: m.start, note: span(c, m.start), request: false });
  }
  // "chưa có kinh phí", "chưa được phê duyệt": a missing resource; "kinh phí còn chưa về" too.
  for (const m of resources) {
    const neg = negatedBefore(c, m.start, 4);
    if (neg) { found.push({ at: neg.start, note: span(c, neg.start), request: false }); continue; }
    if (!c.negs.length) continue;
    const after = wordsAfter(c.tokens, m.end, 3);
    if (after.some((t) => c.negs.includes(t.start)) && !after.some((t) => ACTION_AFTER.has(t.text))) found.push({ at: m.start, note: span(c, m.start), request: false });
  }
  // "có kinh phí thì mới xong", "khi nào có vốn mới làm được": the resource finishing waits on is missing.
  if (resources.length && c.f.includes("moi")) {
    const moi = ONLY_THEN_AT.exec(c.f);
    for (const m of resources) {
      if (!moi || m.start > moi.index) break;
      const before = wordsBefore(c.tokens, m.start, 2);
      if (before.some((t) => t.text === "co" || t.text === "du") && !negatedBefore(c, m.start, 3)) found.push({ at: m.start, note: span(c, m.start), request: false });
    }
  }
  if (!found.length) return undefined;
  found.sort((a, b) => a.at - b.at);
  return { note: found[0]!.note, request: found.some((x) => x.request), at: found[0]!.at, fact: found.every((x) => x.fact === true) };
}

/** "chưa xong vì thiếu người" → the span "thiếu người". "tiến độ" is not "do" (because). */
export function findReason(c: Clause): Span | null {
  for (const m of matches(c, RE.reason)) {
    if (!m.text.includes(" ")) {
      const typed = c.o.slice(m.start, m.end).toLowerCase();
      if (!REASON_TYPED.has(typed) && !/^[a-z]+$/.test(typed)) continue;
      const prev = wordsBefore(c.tokens, m.start, 1)[0];
      if (prev && NOT_REASON.has(prev.text)) continue;
    }
    const s = span(c, afterLabel(c, m.end));
    if (s) return s;
  }
  return null;
}
