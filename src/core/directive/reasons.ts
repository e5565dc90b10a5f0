/**
 * Why a block is not a task: the story, assessment, closing, addressees, accountability, purpose and
 * targets of a notice, each as the SkipReason an admin sees. Pure functions of a block's folded text.
 */
import { fold } from "../text/fold.ts";
import { assignVerbs, isSpeaker, readAssignment, readRoles, readsReported, reportsDirecting } from "./assignees.ts";
import type { Block } from "./blocks.ts";
import { knownLeaderAt } from "./leaders.ts";
import {
  ACTION_WORD, ADDRESSEE_LIST, AND_DIRECTS, ASSESSMENT_START, ASSIGNS_LATER, CLOSING_SENTENCE, NARRATIVE_START, NON_TASK_SECTION, PAST_RESULT, PERIOD_OPENING, PRAISE_START,
  ISSUING_WORK_VERB, SELF_REFERENCE, SPEAKER_NARRATES, TASK_SECTION, WORK_BEFORE_ISSUING,
} from "./grammar.ts";
import {
  ACCOUNTABILITY, DIRECTING_VERB, PETITION_INTRO, PRESS_TAG, PURPOSE_START, SECTION_REASONS, TARGET_FIGURE, TARGET_START, VAGUE_SET, WORK_START,
} from "./grammar-reports.ts";
import type { SkipReason } from "./types.ts";

/**
 * The text reports the notice itself ("UBND tỉnh ban hành Thông báo số …") rather than asking for a document to be drafted.
 * With `orig`, a verb written with a capital is part of a name ("Sở Xây dựng vừa có văn bản …"), not work asked for.
 */
export function isSelfReference(folded: string, orig?: string): boolean {
  for (const m of folded.matchAll(SELF_REFERENCE)) {
    const from = Math.max(0, m.index - 120);
    const before = folded.slice(from, m.index);
    // "Quy chế … được ban hành kèm theo Quyết định số …" cites another document.
    if (!workBeforeIssuing(before, orig, from) && !/\bduoc\s+$/.test(before)) return true;
  }
  return false;
}

/** Work asked for in the clause before "ban hành …" (WORK_BEFORE_ISSUING), its verb in lower case when `orig` is given. */
function workBeforeIssuing(before: string, orig: string | undefined, from: number): boolean {
  const m = WORK_BEFORE_ISSUING.exec(before);
  if (!m || !orig) return !!m;
  // The leftmost verb of the clause may be a name's ("Sở Xây dựng"); a later one in lower case still asks for work.
  const clause = before.slice(m.index);
  for (const v of clause.matchAll(ISSUING_WORK_VERB)) {
    const ch = orig[from + m.index + v.index];
    if (ch && ch === ch.toLowerCase()) return true;
  }
  return false;
}

/** An assigning verb names someone in the text ("… vừa có văn bản giao Sở Tài nguyên và Môi trường …"). */
export function givesWork(orig: string, folded: string): boolean {
  for (const m of assignVerbs(orig, folded)) {
    if (readRoles(orig, folded, m.index + m[0].length, true)) return true;
  }
  return reportsDirecting(orig, folded);
}

/** Each clause, cut at ";" and at sentence ends. */
const clausesOf = (folded: string): string[] => folded.split(/;|\.\s+|\.$/).map((c) => c.trim()).filter((c) => c.length > 3);

/** Every clause answers for a failure or directs nothing: "Giám đốc các sở chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu chậm trễ." */
export function isAccountability(folded: string): boolean {
  if (!ACCOUNTABILITY.test(folded)) return false;
  // "Tiếp tục theo dõi diễn biến … và chịu trách nhiệm trước UBND TP.": the work before the answer is work.
  const clauses = clausesOf(folded).flatMap((c) => c.split(/\s+va\s+(?=chiu (?:hoan toan )?trach nhiem\b)/));
  return clauses.every((c) => ACCOUNTABILITY.test(c) || (!DIRECTING_VERB.test(c) && !WORK_START.test(c)));
}

/** A target or plan horizon, not work: "Phấn đấu đến năm 2030, 80% hộ dân …", "Chỉ tiêu: 100% xã …". */
export function isTarget(orig: string, folded: string): boolean {
  const m = TARGET_START.exec(folded);
  if (!m) return false;
  // "Đến năm 2025, Sở Y tế hoàn thành …" gives the work to someone.
  if (readRoles(orig, folded, m[0].length)) return false;
  return /^(?:muc tieu|chi tieu)/.test(m[0]) || TARGET_FIGURE.test(folded.slice(m[0].length, m[0].length + 160));
}

/** The reason the items of a non-task section ("Kết quả đạt được", "Mục đích, yêu cầu", "Kính gửi:") are skipped, or null for a task section. */
export function sectionReason(folded: string): SkipReason | null {
  if (ADDRESSEE_LIST.test(folded)) return "addressees";
  if (PETITION_INTRO.test(folded)) return "background";
  // A title is short; "Căn cứ Biên bản …, Phó Chủ tịch UBND tỉnh có ý kiến như sau:" introduces the work.
  if (folded.length > 120 || !NON_TASK_SECTION.test(folded) || TASK_SECTION.test(folded.slice(0, 40))) return null;
  for (const [re, reason] of SECTION_REASONS) if (re.test(folded)) return reason;
  return "assessment";
}

/**
 * Story, assessment, addressees, closing, accountability, purpose and targets: never tasks, and they introduce
 * a list only with a ":". Null when the block may be a task.
 */
export function storyReason(b: Block, noticeYear: number | null): SkipReason | null {
  // Asked again for the blocks after a title; a block belongs to one parse, whose notice year does not change.
  const known = STORIES.get(b);
  if (known !== undefined) return known;
  const reason = readStory(b, noticeYear);
  STORIES.set(b, reason);
  return reason;
}

const STORIES = new WeakMap<Block, SkipReason | null>();
/** A verb anywhere in the text (ACTION_WORD not only at its start). Folded. */
const ANY_ACTION = new RegExp(`(?<![a-z])${ACTION_WORD.source.slice(1)}`);
/** What a file or a set holds: "Hồ sơ lấy ý kiến bao gồm: …", "Thành phần gồm: …". Folded. */
const CONTENTS_LINE = /^(?:ho so|tai lieu|thanh phan|noi dung|danh muc)(?:\s+[a-z]+){0,4}\s+(?:bao gom|gom)\s*:/;
/** A speaker who approves or agrees: "Theo đó, (đồng chí) Chủ tịch UBND tỉnh đồng ý …", "UBND tỉnh thống nhất chủ trương …". Folded. */
const SPEAKER_APPROVES = /^(?:theo do\s*,?\s*)?(?:dong chi\s+)?(?:(?:pho\s+)?chu tich\s+)?(?:ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho|huyen|thi xa|quan|xa|phuong)\b(?:\s+\S+){0,3}?\s+(?:da\s+|cung\s+)?(?:dong y|nhat tri|chap thuan|thong nhat chu truong)\b/;

/** A citizen's request or complaint opening the paragraph: "Liên quan đến việc ông … đề nghị …", "Bà … khiếu nại …". Folded. */
const CITIZEN_REQUEST = /^(?:lien quan (?:den )?(?:viec |vu )?|ve viec |doi voi (?:viec )?)?(?:ong|ba|cong dan|ho gia dinh|ho dan|nguoi dan)\s+[^,.;:]{2,60}?\s(?:de nghi|kien nghi|yeu cau|phan anh|khieu nai|to cao|xin)\b|^(?:ong|ba|cu tri)\s+[^.;:]{2,40}?\s(?:o|tai)\s+(?:thon|xom|ap|ban|to dan pho|khu pho|xa|phuong)\b[^.;:]{0,60}:\s*(?:de nghi|kien nghi|phan anh)\b/;
/** A list of places after their level words and a colon, then a state, not work: "Các phường, xã: Thanh Châu, … kết thúc việc thực hiện giãn cách …". Folded. */
const PLACES_COVERED = /^(?:theo do\s*,\s*)?(?:mot phan\s+)?(?:cac|toan bo)\s+(?:phuong|xa|thi tran|thon|to dan pho|khu pho)(?:\s*,\s*(?:phuong|xa|thi tran|thon|to dan pho|khu pho))*\s*:[^.;]{3,300}?\s(?:ket thuc|tiep tuc (?:thuc hien )?(?:gian cach|ap dung)|ap dung|thuc hien gian cach|gian cach|phong toa|duoc (?:noi long|go bo|dieu chinh))\b/;

/** "Ngày 24-4, Cục Cảnh sát môi trường có công văn đề nghị …": a dated letter of a unit that is not the speaker. Folded. */
const AGENCY_LETTER = /^(?:(?:sang |chieu )?ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*,\s*)?(.{3,80}?)\s+(?:da\s+|vua\s+)?co\s+(?:cong van|van ban|to trinh|cong dien)\b[^.;]{0,60}?\s(?:de nghi|yeu cau)\s+/;

/** A unit's letter whose request goes to a People's Committee or its chairman (the one issuing the notice's work), not to a unit to act. */
function asksTheSpeaker(orig: string, folded: string): boolean {
  const m = AGENCY_LETTER.exec(folded);
  if (!m) return false;
  const subjectAt = m[0].length - m[0].slice(m[0].indexOf(m[1]!)).length;
  const from = readRoles(orig, folded, subjectAt);
  if (!from || isSpeaker(from.groups)) return false;
  const asked = readRoles(orig, folded, m[0].length, true);
  return !!asked && isSpeaker(asked.groups);
}

/** "Trước đó, ngày 11-8, … đã ban hành …": an earlier order recalled. Folded. */
// "Trước đó, ngày 26/9, Văn phòng Chính phủ ban hành công văn yêu cầu …" without "đã" too: 28 clerks' fragments open "Trước đó", no
// task does (round 18, 848).
const RECALLED_ORDER = /^truoc do\s*,\s*(?:vao\s+)?ngay\s+\d{1,2}[^,]{0,12},[^.;]{0,100}?\b(?:da\s+)?(?:ban hanh|co|ky|chi dao|yeu cau|giao)\b/;
/** "Trong tháng 4/2021, UBND huyện đã tập trung chỉ đạo …": a period's work, reported. Folded. */
// "Tháng 10/2017, UBND huyện đã tập trung chỉ đạo …" too (round 17, 654).
const PERIOD_REPORTED = /^(?:(?:trong|qua)\s+(?:thang|quy|nam|tuan|thoi gian)|thang\s+\d{1,2}\s*\/\s*\d{4})\s*[^,]{0,20},\s*[^.;]{0,60}?\bda\s+(?:tap trung\s+)?(?:chi dao|trien khai|thuc hien|to chuc|hoan thanh|dat)\b/;

function readStory(b: Block, noticeYear: number | null): SkipReason | null {
  const f = b.bodyFolded;
  // "Trước đó, ngày 11-8, Thủ tướng Chính phủ đã ban hành Chỉ thị số 22, yêu cầu …": what was ordered before, told as history (round 16, 572).
  if (RECALLED_ORDER.test(f) && !readsReported()) return "background";
  // "Trong tháng 4/2021, UBND huyện đã tập trung chỉ đạo công tác phòng trừ …": the month's work reported (round 16, 543).
  if (PERIOD_REPORTED.test(f)) return "assessment";
  if (CLOSING_SENTENCE.test(f)) return "closing";
  if (ADDRESSEE_LIST.test(f)) return "addressees";
  if (PRAISE_START.test(f)) return "assessment";
  // "Ông Trần Phong ghi nhận nỗ lực của hai phường … và yêu cầu kiện toàn …": the acknowledgement, then the work.
  const narrates = SPEAKER_NARRATES.test(f);
  if ((narrates || knownLeaderAt(b.body, f) > 0) && AND_DIRECTS.test(f.slice(0, 300))) return null;
  if (narrates) return /\b(?:bieu duong|ghi nhan|danh gia|hoan nghenh|khen ngoi)\b/.test(f.slice(0, 120)) ? "assessment" : "background";
  if (PURPOSE_START.test(f)) return "purpose";
  // "Trước tình hình dịch COVID-19 đang diễn biến phức tạp …", "Phát biểu chỉ đạo tại phiên họp, Chủ tịch UBND tỉnh … khẳng định kết quả …":
  // the situation, or the speaker's assessment, before any work is given (round 14).
  if (/^truoc tinh hinh\b/.test(f) && !givesWork(b.body, f) && !WORK_START.test(f)) return "background";
  if (/^phat bieu (?:chi dao|ket luan)\b[^,.;]{0,80},[^.;]{0,100}?\b(?:khang dinh|danh gia|ghi nhan|bieu duong)\b/.test(f) && !/\b(?:yeu cau|de nghi|giao)\b/.test(f.slice(0, 200))) return "assessment";
  // "Cụ thể, huyện Lệ Thủy 1.000 kg hạt giống ngô, …": the detail of what was given, no one asked to do anything.
  const detail = /^cu the\s*,\s*/.exec(f);
  if (detail && !WORK_START.test(f.slice(detail[0].length)) && !DIRECTING_VERB.test(f) && !ANY_ACTION.test(f.slice(detail[0].length))) return "no_action";
  // "Hồ sơ lấy ý kiến bao gồm: Báo cáo thuyết minh; Bản đồ …": what a file holds, no one's work.
  if (CONTENTS_LINE.test(f)) return "no_action";
  // "Theo đó, đồng chí Chủ tịch UBND tỉnh đồng ý tổ chức lễ Kỷ niệm …": a speaker's approval asks no one for anything.
  if (SPEAKER_APPROVES.test(f) && !givesWork(b.body, f)) return "no_action";
  // "Liên quan đến việc ông Lê Bảo Khánh đề nghị giữ lại một phần diện tích đất …": a citizen's request is what the work answers, not work.
  // "Ông Trần Phong yêu cầu kiện toàn …" after "ông Trần Phong, Chủ tịch UBND tỉnh …": the leader, not a citizen (round 15).
  if (CITIZEN_REQUEST.test(f) && knownLeaderAt(b.body, f) < 0 && !readAssignment(b.body, f)) return "background";
  // "Các phường, xã: Thanh Châu, Thanh Tuyền, … kết thúc việc thực hiện giãn cách …": the places an order covers, and what happens there.
  if (PLACES_COVERED.test(f) && !/\b(?:phai|can|co trach nhiem|chu dong|khan truong|trien khai|to chuc|bao cao|kiem tra|tang cuong|yeu cau|giao|de nghi)\b/.test(f)) return "no_action";
  // "Trước đó, ngày 13/9, UBND tỉnh có Văn bản số 4828/UBND-TH giao Sở TN&MT …": a letter the story says came before (not "Trước đó, Chủ tịch
  // UBND tỉnh đã chỉ đạo …", an order it reports), unless it is all
  // the story gives (read as a report).
  if (/^truoc do\s*,[^.;]{0,80}?\bco\s+(?:van ban|cong van|cong dien|thong bao|quyet dinh)\b/.test(f) && !readsReported()) return "background";
  // "Ngày 24-4, Cục Cảnh sát môi trường có công văn đề nghị UBND tỉnh Phú Yên phối hợp …": another agency's letter asks the province itself.
  if (asksTheSpeaker(b.body, f)) return "background";
  // "Ngày 11.8, Phó Chủ tịch UBND tỉnh đã có văn bản yêu cầu Chủ tịch UBND 5 huyện … phải …": the story carries the work.
  if ((NARRATIVE_START.test(f) || isSelfReference(f, b.body)) && !givesWork(b.body, f)) return "background";
  if (isAccountability(f)) return "accountability";
  if (isTarget(b.body, f)) return "plan_target";
  // "Dự kiến, tại kỳ họp thứ 8, UBND tỉnh sẽ trình HĐND tỉnh 19 báo cáo …": what is expected to happen, unless someone is directed to it.
  if (/^du kien\s*,/.test(f) && !/\b(?:yeu cau|de nghi|giao|chi dao|phan cong)\b/.test(f)) return "plan_target";
  if (b.marker !== "none") return null;
  // "Năm 2021, công tác … đạt được …" in a 2022 notice looks back; "Trong năm 2022, …" looks ahead; "Năm 2026, tỉnh đã giải ngân được 62% …"
  // in a 2026 notice assesses the year so far.
  const period = PERIOD_OPENING.exec(f);
  const assesses = ASSESSMENT_START.test(f) || (!!period && ((noticeYear !== null && Number(period[1]) < noticeYear) || PAST_RESULT.test(f.slice(period[0].length))));
  if (!assesses || ASSIGNS_LATER.test(f)) return null;
  // "Bên cạnh đó, Cục Hải quan tiến hành …": the connective also opens work, when a subject or a directive follows.
  const connective = /^(?:ben canh do|dong thoi)\s*,?\s*/.exec(f);
  if (connective && (WORK_START.test(f.slice(connective[0].length)) || readAssignment(b.body, f))) return null;
  return "assessment";
}

/**
 * A press page's teaser: the paragraph that opens with the paper's tag ("(TNO) …"), or the first paragraph (`first`) under the
 * headline of a page without an official header; it sums up and names no unit of its own ("các ngành, địa phương").
 * A paragraph under a photo caption further down is no teaser.
 */
export function isTeaser(b: Block, before: Block | undefined, kind: string | null, first: boolean): boolean {
  if (b.split) return false;
  const lead = PRESS_TAG.test(b.body) || (first && kind === null && !!before && before.marker === "none" && !/[.;:!?…]["”)]*$/.test(before.body) && before.body.length < 160);
  if (!lead) return false;
  const a = readAssignment(b.body.replace(PRESS_TAG, ""), fold(b.body.replace(PRESS_TAG, "")));
  // "ngành Thuế tỉnh", "ngành Y tế": a sector by its name is no vague set (round 17, 643).
  return !a || a.assignees.every((x) => VAGUE_SET.test(fold(x)) && !NAMED_SECTOR.test(x));
}
const NAMED_SECTOR = /^[Nn]gành\s+\p{Lu}/u;
