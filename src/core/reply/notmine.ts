/**
 * "Not mine": the leader says the task is not theirs to do. "không thuộc chức năng của đơn vị",
 * "em không phụ trách mảng này", "đơn vị chỉ phối hợp", "việc này của Sở Tài chính", "do anh Hùng
 * phụ trách", "xã tôi có được giao cái này đâu". The note runs from the phrase (its negation
 * included) to the end of the clause, so it says whose the task is when the leader says so.
 */
import { fold } from "../text/fold.ts";
import { type Clause, isPresent, matches, negatedBefore } from "./context.ts";
import { FIRST_PERSON, IN_CHARGE, NOT_MINE_CANCELLERS, NOT_MINE_IF_NEGATED, NOT_MINE_PHRASES, OWNER_OPENERS, RESOURCES, TAKE_OVER, UNIT_HEADS } from "./grammar.ts";
import { anchoredPhrases, isWord, phraseAt, phrases, wordsAfter, wordsBefore, type Span } from "./lexicon.ts";

const RE = {
  phrase: phrases(NOT_MINE_PHRASES), negated: phrases(NOT_MINE_IF_NEGATED), owner: phrases(OWNER_OPENERS),
  inCharge: phrases(IN_CHARGE), takeOver: phrases(TAKE_OVER), canceller: phrases(NOT_MINE_CANCELLERS), resource: phrases(RESOURCES),
  unitHead: anchoredPhrases(UNIT_HEADS),
};
/** A word that starts a unit's name ("Sở", "UBND", "Ban"), typed: "ban" (the unit) starts with a capital or is "ban" before another name word. */
// "sổ theo dõi" (the ledger), typed with its mark, is no "Sở" (round 18).
const startsUnit = (c: Clause, t: { start: number; text: string }): boolean => phraseAt(RE.unitHead, c.f, t.start) > 0 && (t.text !== "ban" || /^B/.test(c.o.slice(t.start, t.start + 1)))
  && (t.text !== "so" || !/^sổ$/i.test(c.o.slice(t.start, t.start + 2)));
const FIRST = new Set(FIRST_PERSON.map((w) => fold(w)));
/** "do anh Hùng phụ trách": by someone (typed "do", not "đó"). */
const BY = /^(?:do|bởi)$/i;

const toEnd = (c: Clause, start: number): Span => ({ start, end: c.f.length, text: c.f.slice(start) });
const firstPerson = (c: Clause, from: number, n: number): boolean => wordsAfter(c.tokens, from, n).some((t) => FIRST.has(t.text));
/** Whether a negation follows `pos`: "không phải bên em không làm" denies a reading, it names no owner. */
const negationAfter = (c: Clause, pos: number): boolean => c.tokens.some((t) => t.start >= pos && c.negs.includes(t.start));

/** A unit's name as typed: its head word, then a name that starts with a capital ("Sở NN&PTNT", "phòng Kế hoạch - Tài chính", "bên Điện lực"). */
// Typed without marks too: "da ban giao cho Trung tam khuyen nong r a" (round 19, BK and BJ).
const UNIT_HEAD_TYPED = String.raw`(?:Sở|UBND|Ủy ban|Uỷ ban|UB|Phòng|phòng|Phong|phong|Ban|Văn phòng|văn phòng|Công an|Trung tâm|Chi cục|chi cục|Kho bạc|Cục|Điện lực|Xã|xã|Phường|phường|Phuong|phuong|Huyện|huyện|Huyen|huyen|Thị trấn|thị trấn|Đài|Hội|Bộ|bên|Bên|Trung tam|Chi cuc|chi cuc|Van phong|van phong|Cong an|Kho bac|Dien luc)`;
/**
 * The work handed to another unit: "Nhiệm vụ này giao Sở NN&PTNT rồi", "đã bàn giao cho Sở Xây dựng theo Quyết định
 * mới", "2 chuyển sang phòng Tài chính - Kế hoạch rồi", "đã giao cho Ban QLDA". The unit follows the verb at once:
 * "Sở em đã chuyển văn bản sang" moves a paper, not the task.
 */
// "chuyển hồ sơ sang Thanh tra tỉnh theo thẩm quyền": the matter's papers, then the unit.
const HANDED_OVER = new RegExp(String.raw`(?:^|[^\p{L}])((?:bàn\s+)?giao|chuyển(?:\s+giao)?)\s+(?:(?:lại|hết)\s+)?(?:(?:việc|nhiệm\s+vụ)\s+(?:này|đó|ấy)\s+(?=sang|cho|về|đến|qua)|(?:toàn\s+bộ\s+)?(?:hồ\s+sơ|văn\s+bản|đơn|vụ\s+việc|nội\s+dung)(?:\s+\S+){0,2}?\s+(?=sang|cho|về|đến|qua))?(?:cho\s+|sang\s+|về\s+|đến\s+|qua\s+)?(?:(?:${UNIT_HEAD_TYPED}|BQL)(?:\s+(?:xã|huyện|tỉnh|phường|thị\s+trấn|thành\s+phố|quận))?\s+\p{Lu}|Thanh\s+tra\s+(?:tỉnh|huyện|thành\s+phố|\p{Lu})|(?:Trung\s+tâm|Chi\s+cục|Ban\s+quản\s+lý|Đội)\s+\p{Ll})`, "u");
const LOWER_CASE_UNIT = /(?:Trung\s+tâm|Chi\s+cục|Ban\s+quản\s+lý|Đội)\s+\p{Ll}$/u;
/** Before a hand-over, nothing but the task: "việc này đã", "nv 2", "cái này". Folded. */
const TASK_HANDED = /^\s*(?:(?:da|anh|chi|a|thua anh)\s+)*(?:(?:viec|nhiem vu|cv|cong viec|cai|vu)(?:\s+(?:nay|do|ay|ni|so))?\s*)?(?:\d{1,2}\s+)?(?:(?:da|thi|em|duoc)\s+)*$/;
/** After the unit handed to, a resource to provide: a request for it. Folded. */
const RESOURCE_AFTER = /(?<![a-z])(?:bo tri|cap|phan bo|ho tro)\s+(?:them\s+)?(?:kinh phi|von|ngan sach|tien)(?![a-z])/;
/** After the unit: "… theo thẩm quyền" (theirs to decide), "… làm chủ đầu tư" (theirs to run): a hand-over, whatever verb stands between. Folded. */
const THEIRS_AFTER = /(?<![a-z])(?:theo tham quyen|(?:lam|la)\s+chu dau tu)(?![a-z])/;
/** After the unit handed the work, a step of its own makes it a submission: "chuyển sang Sở Tài chính thẩm định". Folded. */
const SUBMITTED_FOR = /(?<![a-z])(?:tham dinh|tham tra|phe duyet|duyet|xem xet|cho y kien|gop y|ky|xu ly giup)(?![a-z])/;
/**
 * Since the 2025 mergers, a place or a unit now another's: "sau sáp nhập ấp đó về xã Mỹ Phước rồi", "dia ban nay sau sap nhap
 * thuoc phuong Hoa Binh r a", "Sở KHĐT đã sáp nhập vào Sở TC từ 1/3" (rounds 12 and 13). Group 1 is where the unit starts. Folded.
 */
const MERGED = /(?<![a-z])(?:sau\s+(?:khi\s+)?)?(?:da\s+)?sap\s+nhap(?:\s+[a-z0-9&]+){0,5}?\s+(?:thuoc|ve|vao)\s+((?:xa|phuong|thi tran|huyen|tinh|so|ban|phong|trung tam|ubnd|uy ban)\s+[a-z0-9&])/;
/** "không phải bên em", "hổng phải phòng em ạ": the clause ends denying the speaker's unit. Folded. */
// "Không phải lĩnh vực Sở em phụ trách anh ạ", "k phai p e a" (round 18): a field, "p" for phòng, and the unit's charge after it.
const NOT_OURS_AT_END = /(?<![a-z])(?:khong|ko|k|kh|hong|chang|cha)\s+phai\s+(?:(?:viec|nhiem vu|cua|la|linh vuc|mang|chuc nang)\s+)?(?:(?:cua|viec)\s+)?(?:ben|phong|p|so|xa|don vi|huyen|phuong|co quan)\s+(?:em|e|toi|tui|minh|chung em|chung toi)(?:\s+(?:phu trach|quan ly|lam))?(?:\s+(?:a|nhe|nha|dau|anh|chi|nghen|u|ha))*\s*[.!]*\s*$/;

/** Whether any not-mine phrase is in the clause at all: most clauses hold none. */
export const mayBeNotMine = (c: Clause): boolean =>
  isPresent(c, RE.phrase) || isPresent(c, RE.negated) || isPresent(c, RE.owner) || isPresent(c, RE.inCharge) || isPresent(c, RE.takeOver) || (c.f.includes("ben") && c.f.includes("lam"))
  || ((c.f.includes("giao") || c.f.includes("chuyen")) && HANDED_OVER.test(c.o)) || (c.f.includes("phai") && NOT_OURS_AT_END.test(c.f)) || (c.f.includes("sap nhap") && MERGED.test(c.f));

/** "Nhiệm vụ này giao Sở NN&PTNT rồi": where the hand-over starts, or -1 (the speaker's own delegation, "em đã giao phòng Kinh tế", is none). */
function handedOver(c: Clause): number {
  if (!c.f.includes("giao") && !c.f.includes("chuyen")) return -1;
  const m = HANDED_OVER.exec(c.o);
  if (!m) return -1;
  const verb = m.index + m[0].indexOf(m[1]!);
  // "em đã giao phòng Kinh tế …" is the speaker's own delegation; "Việc 1 em bàn giao cho Phòng Kinh tế …" hands the task over (round 16).
  const handing = /^(?:bàn|chuyển\s+giao)/u.test(m[1]!);
  if ((!handing && wordsBefore(c.tokens, verb, 6).some((t) => FIRST.has(t.text))) || negatedBefore(c, verb, 2)) return -1;
  // A unit named in lower case ("Trung tâm phục vụ hành chính công xã") is one only when the task itself is handed: "việc này
  // đã bàn giao cho Trung tâm …", not "Trụ sở dôi dư đã bàn giao hết cho Trung tâm phát triển quỹ đất" (the work's product).
  if (LOWER_CASE_UNIT.test(m[0]) && !TASK_HANDED.test(c.f.slice(0, verb))) return -1;
  const after = c.f.slice(m.index + m[0].length);
  if (THEIRS_AFTER.test(after)) return verb;
  // "đề nghị UBND tỉnh giao Sở TC bố trí kinh phí": money asked for, which is a blocker.
  if (RESOURCE_AFTER.test(after)) return -1;
  if (SUBMITTED_FOR.test(after)) return -1;
  // "Đã giao cho Phòng Kinh tế triển khai": the unit given the work to do is the speaker's own delegation, which is progress.
  const unit = ownerNamed(c.o.slice(verb));
  // "hồ sơ đã chuyển Văn phòng UBND tỉnh": sent up to the office that follows the task up — a submission, not a hand-over (round 16).
  if (unit && UPWARD.test(fold(unit.toLowerCase()))) return -1;
  const rest = unit ? fold(c.o.slice(c.o.indexOf(unit, verb) + unit.length).toLowerCase()) : after;
  return DELEGATED_TO_DO.test(rest) ? -1 : verb;
}
/** Before one in charge, a word that makes them the one given to or told: "cho chủ đầu tư", "với chủ đầu tư". Folded. */
const TO_WHOM = /^(?:cho|voi|gui|bao|cung)$/;
/** The office that assigns and follows up, or the committee itself: what is sent there is submitted. Folded. */
const UPWARD = /^(?:van phong|vp)\s+(?:ubnd|uy ban nhan dan)|^(?:ubnd|uy ban nhan dan)\s+(?:tinh|huyen|thanh pho|tp)$/;
/** A slip that is the speaker's when "em", "tui" says it: "em nhắn nhầm". Folded. */
const OWN_SLIP = /^(?:gui|nhan) nham$/;
/** After the unit a task was handed to, work for it to do: a delegation, not a hand-over. Folded. */
const DELEGATED_TO_DO = /^\s*(?:(?:lam|trien khai|thuc hien|xu ly|tham muu|soan thao|soan|ra soat|kiem tra|tong hop|lap|hoan thanh|to chuc|xay dung)(?![a-z])|(?:[^,.;]*?\s)?(?:du kien|den ngay|truoc ngay|(?<!tu\s)(?<!tu ngay\s)(?<!thang\s)(?<!(?:quyet dinh|cong van|van ban|thong bao|ke hoach)(?:\s+so)?\s+\S+\s+ngay\s)\d{1,2}\/\d{1,2}))/;

/**
 * The unit the reply names as the one whose work it is, for a not-mine note that only denies the speaker's ("không phải
 * Sở GD&ĐT"): "Cái này phần Sở Y tế, không phải Sở GD&ĐT" → "Sở Y tế". A name after "không phải" is the one denied.
 */
/** Words that end a unit's name in a chat reply: verbs, politeness, pronouns, joiners. */
const NAME_STOPS = ["làm", "rồi", "r", "nhé", "nhe", "nha", "ạ", "a", "chủ", "phụ", "theo", "giúp", "em", "e", "anh", "chị", "không", "ko", "k", "chứ", "mà",
  "thì", "là", "nên", "đã", "đang", "sẽ", "cho", "với", "xử", "thực", "mới", "nghen", "hỏi", "liên", "việc", "của", "và", "hay", "xong", "đó", "này",
  "nghe", "duyệt", "thẩm", "ký", "trả", "vì", "do", "ở", "tại", "để", "hết", "lo", "từ",
  // work for the unit to do: "giao cho Phòng Kinh tế triển khai"
  "triển", "lập", "rà", "kiểm", "tổng", "báo", "gửi", "nộp", "soạn", "tham", "phối", "hoàn", "tổ", "đến", "trước"].join("|");
/** A unit's head and its name, up to a stop word (matchAll copies it, so one object serves every call). */
const UNIT_NAMED = new RegExp(String.raw`${UNIT_HEAD_TYPED}\s+\p{Lu}[\p{L}&.]*(?:(?:\s*[-&]\s*|\s+)(?!(?:${NAME_STOPS})(?![\p{L}]))[\p{L}&.]+){0,4}`, "gu");

/** A unit named by its head and the level, in lower case: "Công an tỉnh", "Kho bạc huyện" (round 16). */
const UNIT_OF_LEVEL = /(?:Công an|Kho bạc|Điện lực|Ban Chỉ huy quân sự|Ban CHQS|Chi cục Thuế|Bảo hiểm xã hội|Thanh tra)\s+(?:tỉnh|huyện|thành phố|thị xã|xã|phường)(?![\p{L}])/gu;

export function ownerNamed(text: string): string | null {
  for (const m of [...text.matchAll(UNIT_NAMED), ...text.matchAll(UNIT_OF_LEVEL)]) {
    const before = fold(text.slice(Math.max(0, m.index - 14), m.index).toLowerCase());
    if (/phai\s+(?:(?:la|cua|viec)\s+)*$/.test(before)) continue;
    return m[0].replace(/\s+$/, "");
  }
  return null;
}
/** The words that name the task itself ("việc", "nhiệm vụ", "mảng") and the particles that may close a clause after it. Folded. */
const TASK_WORD = "(?:viec|nhiem vu|nv|mang|cai|cv|cong viec|linh vuc|noi dung)";
const CLOSING = "(?:roi|r|a|nhe|nha|luon|anh|chi|ak|nhen|nghen)";
/** After a verb of taking over, the task itself and nothing else: "… tiếp nhận nhiệm vụ này rồi ạ", "… phụ trách mảng này". Folded. */
const TASK_OBJECT_AFTER = new RegExp(String.raw`^\s*(?:(?:lai|luon)\s+)?${TASK_WORD}(?:\s+(?:nay|do|ay|ni|nay roi))(?:\s+(?:tu|ke tu)\s+[^,.;]*)?(?:\s+${CLOSING})*\s*[.!]*\s*$`);
/** Before the unit, the task named first: "việc này nay …", "nv 2 thì …". Folded. */
const TASK_FRONTED = new RegExp(String.raw`^\s*(?:(?:da|thua anh|anh|chi)\s+)*${TASK_WORD}(?:\s+(?:nay|do|ay|ni|so\s+\d{1,2}|\d{1,2}))?\s+(?:(?:thi|nay|hien|hien nay|bay gio|tu nay|gio)\s+)*$`);
/** Before the unit, only a task reference (blanked) and a word of time or turn: "nv 1 nay …", "2 thì …". Folded. */
const REFERENCE_BLANKED = /^\s+(?:(?:thi|nay|hien|hien nay|bay gio|tu nay|gio)\s+)*$/;
/** Nothing after the verb but closing particles ("rồi anh", "đó"). Folded. */
const ONLY_PARTICLES = new RegExp(String.raw`^(?:\s+(?:${CLOSING}|do))*\s*[.!]*\s*$`);
/** Where the not-mine note of the clause starts, or null when the clause does not say so. */
export function findNotMine(c: Clause): Span | null {
  if (matches(c, RE.canceller).length) return null;
  const starts: number[] = [];
  // "hôm trước em nhắn nhầm", "em gửi nhầm": the speaker's own slip, not a reminder sent to the wrong unit.
  for (const m of matches(c, RE.phrase)) if (!(OWN_SLIP.test(m.text) && wordsBefore(c.tokens, m.start, 2).some((t) => FIRST.has(t.text)))) starts.push(m.start);
  const resources = matches(c, RE.resource);
  for (const m of matches(c, RE.negated)) {
    // "chưa được giao kinh phí": a resource not given, which is a blocker.
    if (resources.some((r) => r.start >= m.end && r.start - m.end <= 12)) continue;
    const neg = negatedBefore(c, m.start, 2);
    if (neg && !negationAfter(c, m.end)) starts.push(neg.start);
    else if (!neg && c.dau && c.dau.start >= m.end) starts.push(m.start);
  }
  // "việc này của Sở TN&MT": an owner who is not the speaker.
  for (const m of matches(c, RE.owner)) {
    const owner = wordsAfter(c.tokens, m.end, 1)[0];
    if (owner && owner.text !== "ai" && !firstPerson(c, m.end, 2) && !negatedBefore(c, m.start, 2)) starts.push(m.start);
  }
  for (const m of matches(c, RE.inCharge)) {
    if (negatedBefore(c, m.start, 2)) continue;
    // "em nhìn nhầm sổ theo dõi": the ledger, not a unit that follows the task up.
    if (/sổ\s+$/iu.test(c.o.slice(Math.max(0, m.start - 4), m.start))) continue;
    const before = wordsBefore(c.tokens, m.start, 3);
    // "đã bàn giao mặt bằng sạch cho chủ đầu tư": given to the one in charge — the work's product, not its owner (round 16).
    if (TO_WHOM.test(before.at(-1)?.text ?? "")) continue;
    const after = c.content.filter((t) => t.start >= m.end);
    // "do anh Hùng phụ trách", "Sở GD chủ trì" (the clause ends there), "chủ trì là Sở Xây dựng".
    const byOther = before.length > 0 && !before.some((t) => FIRST.has(t.text));
    const doIdx = before.findIndex((t) => BY.test(c.o.slice(t.start, t.end)));
    // "Sở KH&ĐT là cơ quan chủ trì", "việc này Văn phòng UBND tỉnh theo dõi": the note starts at the unit named.
    const unit = byOther && doIdx < 0 ? c.tokens.find((t) => t.end <= m.start && isWord(t) && startsUnit(c, t)) : undefined;
    // "do đồng chí phụ trách đi học": what follows the one in charge is why, not whose the task is.
    if (byOther && after.length === 0) starts.push(doIdx >= 0 ? before[doIdx]!.start : unit ? unit.start : before[0]!.start);
    else if (after[0]?.text === "la" && after[1] && !firstPerson(c, after[0].end, 2)) starts.push(m.start);
  }
  // "việc này nay Sở Nội vụ tiếp nhận rồi anh", "Sở Y tế phụ trách việc này ạ": a unit named before the verb takes the task itself.
  const inCharge = matches(c, RE.inCharge);
  for (const m of [...matches(c, RE.takeOver), ...inCharge]) {
    if (negatedBefore(c, m.start, 2) || wordsBefore(c.tokens, m.start, 4).some((t) => FIRST.has(t.text))) continue;
    const unit = c.tokens.find((t) => t.end <= m.start && isWord(t) && startsUnit(c, t));
    if (!unit || firstPerson(c, unit.end, 2)) continue;
    const after = c.f.slice(m.end);
    // "nv 2 thì Sở Xây dựng chủ trì rồi", "nv 1 nay Sở Nội vụ tiếp nhận rồi": the task named first by its reference (blanked in the
    // folded clause, a number in the typed one); one in charge needs nothing before it.
    const before = c.f.slice(0, unit.start);
    const fronted = TASK_FRONTED.test(before) || (inCharge.includes(m) && /^\s*(?:thi\s+)?$/.test(before))
      || (REFERENCE_BLANKED.test(before) && /\d/.test(c.o.slice(0, unit.start)));
    if (TASK_OBJECT_AFTER.test(after) || (fronted && ONLY_PARTICLES.test(after))) starts.push(unit.start);
  }
  // "Việc này bên Sở Xây dựng làm chứ ạ", "4 thì bên Sở Tài chính làm": another unit does it.
  const lam = c.content.at(-1);
  if (lam && (lam.text === "lam" || lam.text === "chu") && c.f.includes("ben") && !negatedBefore(c, lam.start, 1)) {
    const doer = c.content.findIndex((t, i) => t.text === "ben" && c.content[i + 1] !== undefined && startsUnit(c, c.content[i + 1]!));
    const does = lam.text === "lam" ? lam : c.content.at(-2);
    if (doer >= 0 && does?.text === "lam" && !negatedBefore(c, does.start, 1) && !firstPerson(c, c.content[doer]!.end, 1)) starts.push(c.content[doer + 1]!.start);
  }
  // "Nhiệm vụ này giao Sở NN&PTNT rồi ạ", "2 chuyển sang phòng Tài chính - Kế hoạch rồi": handed to another unit.
  const handed = handedOver(c);
  if (handed >= 0) starts.push(handed);
  // "sau sáp nhập ấp đó về xã Mỹ Phước rồi": the unit it now belongs to.
  if (c.f.includes("sap nhap")) { const m = MERGED.exec(c.f); if (m && !negatedBefore(c, m.index, 2)) starts.push(m.index + m[0].length - m[1]!.length); }
  // "xong hay chưa thì anh hỏi bên Điện lực, không phải bên em": the clause ends denying it is the speaker's.
  if (c.f.includes("phai")) { const m = NOT_OURS_AT_END.exec(c.f); if (m) starts.push(m.index + (m[0].length - m[0].trimStart().length)); }
  if (!starts.length) return null;
  const start = Math.min(...starts);
  const first = c.tokens.find((t) => isWord(t) && t.start >= start);
  return toEnd(c, first ? first.start : start);
}
