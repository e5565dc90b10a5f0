/**
 * Who a task is for. Role phrases are read word by word: a phrase opens with a role head ("Giám đốc",
 * "Sở", "UBND"…), runs until a lower-case verb ("chủ trì", "quan tâm"…) or a clause break, and a
 * comma, semicolon or "và" opens a new one only when a capitalised head follows.
 */
import { knownLeaderAt } from "./leaders.ts";
import { fold } from "../text/fold.ts";
import { ACTION_WORD, AND_DIRECTS, ADDRESSEE_OPENING, ASSIGN_VERB_REACH, CAPITALISED_HEADS, PARTNER_LINK, PLACE_HEAD, SUBJECT_GIVES, SUBJECT_OPENING, WITH_PARTNERS, AFTER_LEVEL, AMBIGUOUS_VERBS, ASSIGN_VERB, CASE_SENSITIVE_HEADS, DETERMINER, DETERMINER_FORMS, JOINT_OFFICE, LEAD_LABEL, LEAD_OPENING, LEAD_WORD, LEADING_TIME, NAME_COMPOUND, NAMED_SPEAKER_GIVES, PARTNER_END, PARTNER_LABEL, PARTNER_WORD, PERSON_NAMED, ROLE_HEAD, SPEAKER, FORWARD_PURPOSE, FORWARD_TO, HANDOVER_FORMS, SECOND_ASSIGN_VERB, SPEAKER_ASSIGNS, SPEAKER_ASSIGNS_IN_TEXT, STATEMENT_AFTER_SUBJECT, TIME_AFTER_VERB, TOPIC_OPENING, UNIT_LEVEL, UNIT_LEVEL_FORMS } from "./grammar.ts";
import { COMPANY_HEAD, DEPARTMENT_NAMES, NAME_TAIL, UNIT_FORM, WORK_START } from "./grammar-reports.ts";
import { expandUnitList } from "./unit-lists.ts";

export interface RolePhrases {
  groups: string[];
  /** Index in the text just after the last group. */
  end: number;
}

/** "ủy"/"uỷ" of Huyện ủy, Thành ủy, Tỉnh ủy, Đảng ủy, folded, with its punctuation. */
const PARTY_COMMITTEE = /^u[yi][,;:.]*$/;
/** "cùng" (with) joins units; folded it is also "cũng" (also), which does not. */
const JOINER_FORMS: readonly string[] = ["cùng"];
const isUpper = (ch: string | undefined): boolean => !!ch && ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** Whether a text carries diacritics at all; remembered for the last text asked about (the same one, word after word). */
let lastText = "";
let lastHasMarks = false;
function hasMarks(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastHasMarks = /[^\x00-\x7f]/.test(text);
  }
  return lastHasMarks;
}

/** The word at `at` is spelled as one of `forms`, or the text was typed without diacritics at all. */
function spelledAs(orig: string, at: number, len: number, forms: readonly string[]): boolean {
  return forms.includes(orig.slice(at, at + len).toLowerCase()) || !hasMarks(orig);
}

/** A pattern of folded words (ACTION_WORD, PARTNER_END) matches at `at`, and a one-syllable match is really that verb. */
export function wordAt(re: RegExp, orig: string, folded: string, at: number): boolean {
  const m = re.exec(folded.slice(at, at + 40));
  if (!m) return false;
  const w = m[0].trim();
  const forms = AMBIGUOUS_VERBS[w];
  return !forms || spelledAs(orig, at + m[0].indexOf(w), w.length, forms);
}

/** ASSIGN_VERB also after "đã", "vừa": "UBND tỉnh cho biết, đã giao Sở KH-ĐT chủ trì …" reports the assignment. */
const REPORTED_ASSIGN_VERB = new RegExp(ASSIGN_VERB.source.replace("duoc|da|", "duoc|"), "g");
/** A directive letter sent to its addressees, who follow: "Công điện gửi:", "công văn khẩn gửi". Folded. */
const SENT_TO = /(?:cong dien|cong van|van ban|chi thi)(?:\s+(?:khan|hoa toc|so\s+\S+))*\s+g(?:u|o)i\s*:?\s+(?=\S)/g;
/** Just before the letter: "vừa ký", "vừa ban hành", "vừa có". Folded. */
const JUST_ISSUED = /\bvua\s+(?:ky\s+|ban hanh\s+|co\s+|phat hanh\s+)?$/;
/** Whether a parse reads reported assignments as work (see readingReported); a parse is synchronous, so one flag serves. */
let reported = false;

/**
 * Runs `parse` reading "đã giao …", "vừa yêu cầu …" as assignments: for a text in which nothing else assigns work, the
 * work it reports is the work to follow up (its tasks are flagged `reported`).
 */
export function readingReported<T>(parse: () => T): T {
  reported = true;
  ASKED.clear();
  try { return parse(); } finally { reported = false; ASKED.clear(); }
}

/** Whether this parse reads reported assignments as work (see readingReported). */
export const readsReported = (): boolean => reported;

/**
 * Read as a report (readingReported) only: a speaker's later letter that directs named units, "Vì vậy, ngày 24/5, UBND tỉnh … tiếp tục
 * ban hành công văn 2326, chỉ đạo công an tỉnh, Sở GTVT … tăng cường …" — in a story that otherwise only recalls letters.
 */
export function reportsDirecting(orig: string, folded: string): boolean {
  if (!reported) return false;
  for (const m of folded.matchAll(SPEAKER_ASSIGNS_IN_TEXT)) if (readRoles(orig, folded, m.index + m[0].length, true)) return true;
  for (const m of folded.matchAll(CHAIR_NAMED_DIRECTS)) if (chairNamed(orig, m) && readRoles(orig, folded, m.index + m[0].length, true)) return true;
  return false;
}

/** The place and the name of a CHAIR_NAMED_DIRECTS match are capitalised as typed: "… Lào Cai Doãn Văn Hưởng". */
function chairNamed(orig: string, m: RegExpExecArray | RegExpMatchArray): boolean {
  const at = m.index! + m[0].indexOf(m[1]!);
  return orig.slice(at, at + m[1]!.length).split(/\s+/).filter(Boolean).every((w) => isUpper(w[0]));
}

/** The assigning verbs of a text, without "bàn giao" (hand over): "văn bản giao Sở …" folds alike but assigns. */
export function* assignVerbs(orig: string, folded: string): Generator<RegExpExecArray> {
  // "Ngày 04/9, UBND tỉnh đã có Công điện gửi: Thủ trưởng các sở …; Chủ tịch UBND các huyện …, chỉ đạo …": a report whose only
  // work is a letter sent to its addressees (round 16, 529).
  // "Phó Chủ tịch UBND tỉnh … vừa ký văn bản gởi các Sở Nội vụ, … yêu cầu …": the letter just signed, its addressees (round 16, 566).
  // A letter "gửi … về việc …" with no asking verb is the report's lead, the work comes after it.
  for (const m of folded.matchAll(SENT_TO)) {
    if (reported || (JUST_ISSUED.test(folded.slice(Math.max(0, m.index - 24), m.index)) && /\b(?:yeu cau|de nghi)\b/.test(folded.slice(m.index, m.index + 300).split(/[.;](?:\s|$)/)[0]!))) yield m;
  }
  for (const m of folded.matchAll(reported ? REPORTED_ASSIGN_VERB : ASSIGN_VERB)) {
    const verbAt = m.index + m[0].search(/\S/);
    const before = orig.slice(Math.max(0, verbAt - 4), verbAt - 1);
    const handover = folded.startsWith("giao", verbAt) && / ban $/.test(folded.slice(verbAt - 5, verbAt))
      && (HANDOVER_FORMS.includes(before) && (hasMarks(orig) ? before.toLowerCase() === "bàn" : true));
    if (!handover) yield m;
  }
}

/** A role head at `at`: "Giám đốc …", "UBND …", "Sở Tài chính", "các sở, ban, ngành". */
function headAt(orig: string, folded: string, at: number, loose = false): boolean {
  const rest = folded.slice(at, at + 60);
  // "quận Bình Thủy", "TP Chí Linh", "thị xã Kinh Môn": a level word before a capitalised place name.
  const place = PLACE_HEAD.exec(rest);
  if (place && isUpper(orig[at + place[0].length]) && !ROLE_HEAD.test(rest.slice(place[0].length))) return true;
  // "Lãnh đạo tỉnh Đồng Tháp yêu cầu phường Cao Lãnh triển khai …": after an assigning verb, a commune or ward by its name (round 18;
  // since the 2025 reform the province gives them work directly). Not as a subject: "Phường Phú Thọ Hòa ra mắt …" is news.
  const commune = loose ? COMMUNE_HEAD.exec(rest) : null;
  if (commune && isUpper(orig[at + commune[0].length]) && !ROLE_HEAD.test(rest.slice(commune[0].length))) return true;
  // "yêu cầu huyện, thị xã khẩn trương …": the districts as a set, without "các" (round 16, 523).
  if (loose && /^(?:huyen|quan)\s*,\s*(?:thi xa|thanh pho|quan|huyen)\b/.test(rest)) return true;
  const m = ROLE_HEAD.exec(rest);
  if (!m) return false;
  // "GĐ các sở …" (giám đốc) only as written so: "gd" folded is also "GD&ĐT".
  if (/^gd$/.test(m[0]) && orig.slice(at, at + 2) !== "GĐ") return false;
  const prefix = DETERMINER.exec(rest);
  if (prefix) return spelledAs(orig, at, prefix[0].trimEnd().length, DETERMINER_FORMS);
  const head = m[0];
  // "Ngành y tế tỉnh", "lực lượng công an" after "chỉ đạo": a common noun is a role capitalised or after an assigning verb.
  if (CAPITALISED_HEADS.test(head)) return loose || isUpper(orig[at]);
  if (loose && /^(?:dia phuong|co quan|don vi)$/.test(head)) return true;
  if (!CASE_SENSITIVE_HEADS.test(head)) return true;
  // "Sở Y tế", "Ban Dân tộc", "Sở KH-ĐT" — but not "Ban hành", "Báo cáo", "Trường hợp", "Văn phòng phẩm".
  let next = at + head.length;
  while (orig[next] === " ") next++;
  // "Giao phòng TN&MT huyện …", "đề nghị sở Y tế …": after an assigning verb, a lower-case head before a capitalised name or acronym.
  if (loose && /^(?:so|phong|ban|trung tam|van phong|truong)$/.test(head) && isUpper(orig[next])) return true;
  // "phối hợp với sở, ngành chức năng …": the departments as a set, without "các" (round 16, 542).
  if (loose && head === "so" && /^\s*,\s*(?:ban\s*,\s*)?nganh\b/.test(folded.slice(at + 2, at + 20))) return true;
  // "Cục thuế", "Cục Hải quan", "Cục thống kê": a central agency's office in the province, its name often in lower case.
  if (head === "cuc" && isUpper(orig[at]) && /^(?:thue|hai quan|thong ke|quan ly thi truong)\b/.test(folded.slice(next, next + 20))) return true;
  // "Trung tâm dịch vụ nông nghiệp thành phố", "Trung tâm y tế huyện": a centre's kind in lower case is its name (round 17, 638).
  if (head === "trung tam" && isUpper(orig[at]) && CENTRE_KINDS.test(folded.slice(next, next + 20))) return true;
  // "Sở xây dựng", "Sở tài nguyên và môi trường": a department's name typed in lower case is still the department (round 15, 272).
  if (head === "so" && isUpper(orig[at]) && DEPARTMENT_NAMES.some((n) => folded.startsWith(n, next) && !/[a-z0-9]/.test(folded.charAt(next + n.length)))) return true;
  // "Ban có nhiệm vụ xây dựng kế hoạch …": the board the sentence before set up, named by its head alone before its duties.
  if (head === "ban" && isUpper(orig[at]) && /^(?:co (?:nhiem vu|trach nhiem)|chiu trach nhiem)\b/.test(folded.slice(next, next + 20))) return true;
  return isUpper(orig[at]) && isUpper(orig[next]);
}

/** An item that opens by working with others: "Phối hợp với …", "Hướng dẫn và phối hợp với …", "Chủ động phối hợp chặt chẽ với …". Folded. */
const OPENS_WITH_PARTNERS = new RegExp(String.raw`^(?:(?:huong dan|chu dong|tiep tuc|tang cuong)\s+(?:va\s+)?)?phoi hop\s+(?:chat che\s+)?(?:${PARTNER_LINK}\s+)?`);
/** A commune, ward or special zone before its name. Folded. */
const COMMUNE_HEAD = /^(?:xa|phuong|dac khu)\s+(?=\S)/;

/** The kinds of a public centre, written in lower case after "Trung tâm". Folded. */
const CENTRE_KINDS = /^(?:dich vu|y te|van hoa|phat trien quy dat|quan ly|ky thuat|khuyen nong|giao duc nghe nghiep|nuoc sach|kiem soat benh tat|hanh chinh cong|phuc vu hanh chinh|xuc tien|cong nghe thong tin|thong tin|truyen thong)\b/;
/** "Sở …" (or its director) followed by a department's whole name ends at `at`: "Sở Nông nghiệp và Phát triển nông thôn". */
function completeDepartment(folded: string, from: number, at: number): boolean {
  const m = /^(?:(?:pho\s+)?giam doc\s+)?so\s+(.+?)\s*$/.exec(folded.slice(from, at));
  return !!m && DEPARTMENT_NAMES.includes(m[1]!);
}

/** A word written in capitals only ("QLDA", "ĐTXDCT", "GTVT"), of at least two letters. */
function isAcronym(orig: string, at: number, len: number): boolean {
  const w = orig.slice(at, at + len).replace(/[,;:.()&-]+/g, "");
  return w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
}

/** "TP.", "TX.", "Tp." before a place's name. Folded word. */
const ABBREVIATED_LEVEL = /^(?:tp|tx)\.$/;
/** A title alone, before the next title that shares its units: "Giám đốc, Thủ trưởng các sở". Folded group. */
const BARE_TITLE = /^(?:pho\s+)?(?:giam doc|thu truong|chu tich|truong ban|truong phong|chanh van phong|lanh dao|nguoi dung dau|bi thu)$/;
/** "Trưởng các thôn, tổ dân phố": one title over hamlets and residential groups, which the comma goes on listing. Folded group, then what follows. */
const HAMLET_HEAD = /^truong (?:cac\s+)?(?:thon|ban|ap|xom|bon|khom|khu pho|to dan pho)$/;
const HAMLET_NEXT = /^(?:thon|ban|ap|xom|bon|khom|khu pho|to dan pho)\b/;
/** A set named by kinds: "Các Sở", "các sở, ban". Folded group. */
const KIND_SET = /^(?:tat ca |toan the )?cac\s+(?:so|ban|nganh|co quan|don vi)(?:\s*,\s*(?:so|ban|nganh|co quan|don vi|doan the|xi nghiep|truong hoc|benh vien|doanh nghiep))*$/;
/** One more kind of that set, closed by a separator: "Ngành,", "Ban, Ngành", "… trường học, bệnh viện,". Folded. */
const KIND_NEXT = /^(?:ban|nganh|doan the|hoi|don vi|dia phuong|co quan|xi nghiep|truong hoc|benh vien|doanh nghiep)(?:\s*(?:[,;]|$)|\s+va\s)/;

/** Words, with "," and ";" ending one even without a space after them ("tỉnh;Ban quản lý …"). */
const WORD = /[^\s,;]+[,;]*|[,;]+/g;

/** The word at `at` ends a compound noun that began before it ("đầu tư xây dựng", "công trình"), so it is no verb here. */
function inCompound(folded: string, from: number, at: number): boolean {
  const start = Math.max(from, at - 10);
  const m = NAME_COMPOUND.exec(folded.slice(start, at + 14));
  return !!m && start + m.index < at && start + m.index + m[0].length > at;
}

/** The phrase from `from` to `end` closes with a level word written in lower case ("Công an tỉnh", "các xã, phường"). */
function endsWithLevel(orig: string, folded: string, from: number, end: number): boolean {
  const m = UNIT_LEVEL.exec(folded.slice(Math.max(from, end - 12), end));
  if (!m) return false;
  const len = m[0].trimStart().length;
  const word = orig.slice(end - len, end);
  return (word === "TP" || !isUpper(orig[end - len])) && spelledAs(orig, end - len, len, UNIT_LEVEL_FORMS);
}

/** After a level word, a lower-case word that cannot continue the name is the verb: "UBND các huyện căn cứ …". */
function verbAfterLevel(orig: string, folded: string, from: number, end: number): boolean {
  if (!endsWithLevel(orig, folded, from, end)) return false;
  let next = end;
  while (folded[next] === " ") next++;
  return /\p{Ll}/u.test(orig[next] ?? "") && !AFTER_LEVEL.test(folded.slice(next, next + 20));
}

/**
 * A portal listed with other units: "Báo Hà Tĩnh và Cổng thông tin điện tử tỉnh" (round 16). Not a head of its own: a page's chrome
 * names the portal ("Cổng thông tin điện tử tỉnh Thái Nguyên") where it gives no work. Folded.
 */
const PORTAL_NEXT = /^cong thong tin\b/;

/**
 * Reads role phrases starting at `start` (after spaces). Returns null when no role head is there.
 */
export function readRoles(orig: string, folded: string, start: number, afterVerb = false): RolePhrases | null {
  let pos = start;
  while (folded[pos] === " ") pos++;
  if (!headAt(orig, folded, pos, afterVerb)) return null;
  const groups: string[] = [];
  let groupStart = pos;
  let end = pos;
  WORD.lastIndex = pos;
  let first = true;
  // Capitalised words in a row after the head: two or more make a proper name ("Báo Quảng Trị").
  let capitals = 0;
  let headEnd = 0;
  let tailEnd = -1;
  let company = false;
  for (let m = WORD.exec(folded); m; m = WORD.exec(folded)) {
    const w = m[0];
    const at = m.index;
    // The head itself ("các tổ chức", "Tổ trưởng") is never read as a verb.
    if (first) {
      headEnd = at + (ROLE_HEAD.exec(folded.slice(at, at + 60))?.[0].length ?? 0);
      company = COMPANY_HEAD.test(folded.slice(at, at + 20));
    }
    // A parenthesis after the name is a remark about it: "Công an tỉnh (cơ quan thường trực) theo dõi".
    if (!first && orig[at] === "(") break;
    if (!first && at >= headEnd) {
      // A lower-case verb ends the phrase ("quan tâm", "chủ trì"); a capitalised word is part of a name.
      if (!isUpper(orig[at])) {
        // "Các đơn vị được giao nhiệm vụ cần …", "Các sở, ngành được giao làm cơ quan thường trực của Tiểu ban phải …": a set
        // named by what it was given runs to the verb that ends the participle (round 18; six clerks of rounds 14–18 wrote so).
        const given = w === "duoc" && GIVEN_SET.test(folded.slice(groupStart, at)) ? GIVEN_PARTICIPLE.exec(folded.slice(at, at + 140)) : null;
        if (given) { end = at + given[1]!.length; break; }
        // A lower-case tail still names the unit: "các cơ quan, đơn vị có liên quan", "… trên địa bàn tỉnh".
        const tail = at < tailEnd ? null : NAME_TAIL.exec(folded.slice(at, at + 30));
        // A name is whole after a department's name ("Sở Y tế") or a tail ("UBND các huyện ven biển"): a lower-case word
        // that goes on neither with a level, a joiner nor another tail is the predicate ("… phản hồi kết quả", "… giữ liên lạc").
        const rest = folded.slice(at, at + 20);
        if (!tail && (/^\s+$/.test(folded.slice(tailEnd, at)) || completeDepartment(folded, groupStart, at)) && !AFTER_LEVEL.test(rest) && !/^cung\b/.test(rest)) break;
        if (tail) tailEnd = at + tail[0].length;
        if (at >= tailEnd) {
          // Typed without diacritics, "So Xay dung" keeps "dung": right after one capitalised word it ends the name's compound.
          const compound = capitals === 1 && !hasMarks(orig) && AMBIGUOUS_VERBS[/^\S+/.exec(folded.slice(at, at + 12))![0]] !== undefined;
          const named = inCompound(folded, groupStart, at);
          if (!compound && !named && wordAt(ACTION_WORD, orig, folded, at)) break;
          // A unit's own name capitalises one word ("Sở Xây dựng"); after a place name ("Báo Quảng Trị") the phrase is over.
          // A company's name is its own ("Công ty Cổ phần Hoa Anh đào Trần Lệ"): it runs to a verb or a comma.
          if (capitals >= 2 && !company && !AFTER_LEVEL.test(rest)) break;
        }
        capitals = 0;
      // "Sở Nông nghiệp và Phát triển nông thôn Thường xuyên tổng hợp …": after a department's whole name, a capitalised verb is the verb.
      } else if (completeDepartment(folded, groupStart, at) && wordAt(ACTION_WORD, orig, folded, at)) {
        break;
      // "Huyện Ủy", "Tỉnh Ủy" capitalised (as OCR and many typists write it) are a unit word, not a name's.
      // An acronym ("Ban QLDA ĐTXDCT dân dụng và công nghiệp") is no place name: the lower-case words after it still name the unit.
      // "UBND tỉnh Giao Sở Kế hoạch và Đầu tư …": a capitalised assigning verb after a committee's whole name is the verb.
      } else if (COMMITTEE_WHOLE.test(folded.slice(groupStart, at)) && /^(?:giao|yeu cau|de nghi|chi dao)\b/.test(folded.slice(at, at + 10))) {
        break;
      // "UBND TP.Phủ Lý": the level glued to its place name is the place name's first word.
      } else if (/^tp\.\S/.test(w)) capitals = 1;
      else capitals = headAt(orig, folded, at) || PARTY_COMMITTEE.test(w) ? 0 : isAcronym(orig, at, w.length) ? capitals : capitals + 1;
    } else capitals = 0;
    first = false;
    // "UBND TP. Nha Trang": the abbreviation's full stop is no end of the name.
    const trail = ABBREVIATED_LEVEL.test(w) && isUpper(orig[at + w.length + 1]) ? null : /[,;:.()"“”]+$/.exec(w);
    // A comma or semicolon ends a name: the next group counts its own capitals.
    if (trail) capitals = 0;
    const wordEnd = at + w.length - (trail ? trail[0].length : 0);
    end = wordEnd;
    if (!trail) {
      // "và" or "cùng" may open the next group: "Sở Tài chính và Sở Nội vụ", "… cùng UBND các xã", but not "Sở Kế hoạch và Đầu tư";
      // after an assigning verb a common noun heads one too ("yêu cầu cơ quan chức năng và chính quyền các địa phương …").
      const next = /^\s+(?:va|cung)\s+/.exec(folded.slice(wordEnd, wordEnd + 7));
      const joinedAt = wordEnd + (next?.[0].length ?? 0);
      // "… các đơn vị lực lượng vũ trang và hộ dân": people after "và" are a group of their own.
      const people = /^(?:ho dan|nguoi dan|nhan dan)\b/.test(folded.slice(joinedAt, joinedAt + 10));
      // "các ngành và địa phương liên quan": a bare kind after a set's "và" is one more kind of the same set.
      // But a kind after the committees of a set of levels or after "liên quan" is a group of its own: "UBND các huyện, thị xã, thành
      // phố và đơn vị liên quan", "các đơn vị liên quan và địa phương" (round 18; the clerks of rounds 14–17).
      const kindAfter = KIND_AFTER_SET.test(folded.slice(joinedAt, joinedAt + 14)) && (COMMITTEE_SET.test(folded.slice(groupStart, wordEnd)) || /\blien quan$/.test(folded.slice(groupStart, wordEnd)));
      const kindOfSet = !kindAfter && /^(?:dia phuong|don vi|nganh|co quan|doan the)\b/.test(folded.slice(joinedAt, joinedAt + 12)) && /(?:^|\s)cac\s/.test(folded.slice(groupStart, wordEnd));
      if (next && !kindOfSet && (next[0].trim() === "va" || spelledAs(orig, wordEnd + next[0].search(/\S/), 4, JOINER_FORMS)) && (kindAfter || headAt(orig, folded, joinedAt, afterVerb || people) || PORTAL_NEXT.test(folded.slice(joinedAt, joinedAt + 16)))
        && !JOINT_OFFICE.test(folded.slice(groupStart, wordEnd))) {
        groups.push(orig.slice(groupStart, wordEnd).trim());
        groupStart = wordEnd + next[0].length;
        WORD.lastIndex = groupStart;
        first = true;
      // Inside a tail ("Kho bạc Nhà nước từ tỉnh đến huyện", round 19, 964) a level ends nothing.
      } else if (wordEnd >= tailEnd && verbAfterLevel(orig, folded, groupStart, wordEnd)) {
        break;
      }
      continue;
    }
    const punct = trail[0];
    let nextAt = at + w.length;
    while (folded[nextAt] === " ") nextAt++;
    // "các cơ quan hành chính, sự nghiệp gồm: Phòng Văn hóa và Thông tin huyện; phòng Giáo dục …": the set is the units listed
    // after "gồm:" (round 13, 458); the set's own name is dropped.
    if (punct === ":" && /(?:^|\s)(?:bao\s+)?gom$/.test(folded.slice(groupStart, wordEnd)) && headAt(orig, folded, nextAt)) {
      groupStart = nextAt;
      WORD.lastIndex = nextAt;
      first = true;
      continue;
    }
    if (/[:.()"“”]/.test(punct)) break;
    if (punct.includes(";")) {
      groups.push(orig.slice(groupStart, wordEnd).trim());
      if (!headAt(orig, folded, nextAt)) { groupStart = -1; break; }
      groupStart = nextAt;
      first = true;
      continue;
    }
    // "Các sở, ban, ngành có liên quan, nhất là Ban quản lý khu kinh tế, Sở TN&MT …", "các bệnh viện, nhất là Trung tâm kiểm soát bệnh
    // tật tỉnh": the units singled out inside the set are addressees too (round 14; the clerks of rounds 13 and 14).
    const singled = SINGLED_OUT.exec(folded.slice(nextAt, nextAt + 20));
    if (singled && (headAt(orig, folded, nextAt + singled[0].length, true) || isUpper(orig[nextAt + singled[0].length]))) {
      groups.push(orig.slice(groupStart, wordEnd).trim());
      groupStart = nextAt + singled[0].length;
      WORD.lastIndex = groupStart;
      first = true;
      continue;
    }
    // A comma: a new group when a head follows, the end when a verb follows, else the same group.
    // "UBND huyện, thành phố Cà Mau" is one group: after a level word, "thành phố …" goes on listing levels.
    const levels = PLACE_HEAD.test(folded.slice(nextAt, nextAt + 12)) && endsWithLevel(orig, folded, groupStart, wordEnd);
    // "giám đốc, thủ trưởng các sở, ban, ngành": titles that share their units; "Các Sở, Ngành, …": kinds of one set.
    const shared = BARE_TITLE.test(folded.slice(groupStart, wordEnd)) || (HAMLET_HEAD.test(folded.slice(groupStart, wordEnd)) && HAMLET_NEXT.test(folded.slice(nextAt, nextAt + 12))) || (/\bcac cap$/.test(folded.slice(groupStart, wordEnd)) && /^cac nganh\b/.test(folded.slice(nextAt, nextAt + 10))) || (KIND_SET.test(folded.slice(groupStart, wordEnd)) && KIND_NEXT.test(folded.slice(nextAt, nextAt + 16)));
    // "lãnh đạo các địa phương, ngành nông nghiệp Thái Bình": after a set with its units, a lower-case sector by its name is a group of its own.
    const sector = /^(?:lanh dao|thu truong|nguoi dung dau)\s+cac\s+(?:dia phuong|huyen|quan|xa|phuong|thi xa|thanh pho)$/.test(folded.slice(groupStart, wordEnd)) && /^nganh\s+(?!va\b|,|lien quan|co lien quan|chuc nang|doan the|dia phuong|tinh\b|thanh pho\b|huyen\b|xa\b)[a-z]/.test(folded.slice(nextAt, nextAt + 16));
    // "Giao phòng Kinh tế, phòng Tài chính - Kế hoạch, …": a lower-case office before its capitalised name, one by one (round 17, 638).
    // "các đoàn thể tỉnh, cơ quan Trung ương đóng địa bàn tỉnh": a lower-case "cơ quan" before a capitalised name too (round 18, 805).
    const office = (LOWER_OFFICE.test(folded.slice(nextAt, nextAt + 12)) || (folded.startsWith("co quan ", nextAt) && isUpper(orig[nextAt + 8]))) && headAt(orig, folded, nextAt, true);
    // "UBND các xã, phường, đơn vị liên quan", "UBND quận Ô Môn, đơn vị có liên quan": a kind of unit after committees is no level (round 18).
    // "các sở, ngành liên quan, chính quyền địa phương": after "liên quan" a set of another kind too (round 18, 869).
    const kindAfter = (COMMITTEE_SET.test(folded.slice(groupStart, wordEnd)) && KIND_AFTER_SET.test(folded.slice(nextAt, nextAt + 14)))
      || (/\blien quan$/.test(folded.slice(groupStart, wordEnd)) && /^(?:chinh quyen|cac dia phuong|dia phuong|ubnd|uy ban)\b/.test(folded.slice(nextAt, nextAt + 14)));
    // "Sở Thông tin và Truyền thông, cùng các đơn vị …": "cùng" after the comma brings in the next group.
    const along = /^cung\s+(?:voi\s+)?/.exec(folded.slice(nextAt, nextAt + 9));
    if (along && headAt(orig, folded, nextAt + along[0].length, true)) {
      groups.push(orig.slice(groupStart, wordEnd).trim());
      groupStart = nextAt + along[0].length;
      WORD.lastIndex = groupStart;
      first = true;
      continue;
    }
    if (!levels && !shared && (headAt(orig, folded, nextAt) || office || sector || kindAfter || PORTAL_NEXT.test(folded.slice(nextAt, nextAt + 16)))) {
      groups.push(orig.slice(groupStart, wordEnd).trim());
      groupStart = nextAt;
      first = true;
    } else if (!isUpper(orig[nextAt]) && wordAt(ACTION_WORD, orig, folded, nextAt)) {
      break;
    }
  }
  if (groupStart >= 0 && end > groupStart) groups.push(orig.slice(groupStart, end).trim());
  // "một số lực lượng chức năng", "Tất cả các cơ quan Đảng": the quantifier is no part of the name.
  // "… thành phố và" before a second verb ("và đề nghị Mặt trận …"): the "và" joins clauses, not names.
  // "các UBND các huyện, thị xã" (the set written twice): the committees of the districts; "Sở NN & PTNT- Cơ quan thường trực …": the
  // role after the dash describes the unit (round 17, 616, 698).
  const clean = groups.map((g) => dropTrailingJoiner(g.replace(/[\s,;]+$/, "")).replace(SPACE_BEFORE_COMMA, ",").replace(/^(?:một số|Một số|tất cả|Tất cả)\s+/u, "")
    .replace(/^các\s+(?=(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+các\s)/u, "").replace(/\s*[-–]\s*[Cc]ơ quan (?:thường trực|chủ trì|đầu mối)\b.*$/u, "")).filter((g) => g.length > 1);
  return clean.length ? expandLists(orig, folded, pos, { groups: shareHead(clean).flatMap(distributeLevel), end }) : null;
}

/** A set of units so far: "các đơn vị", "Các sở, ngành", "các cơ quan, đơn vị", "các đơn vị quản lý khai thác". Folded. */
const GIVEN_SET = /^(?:tat ca\s+)?cac\s+(?:so|ban|nganh|co quan|don vi|dia phuong|phong)\b[^.;:]{0,40}$/;
/** "được giao / phân công / phân cấp / hưởng …" up to the verb after it ("cần", "phải", "có trách nhiệm", "chủ động" …). Folded. */
const GIVEN_PARTICIPLE = /^(duoc\s+(?:giao|phan cap|phan cong|huong|uy quyen|biet phai)\b[^.;:]{0,110}?)(?=\s+(?:co trach nhiem|chiu trach nhiem|phai|can|chu dong|nghiem tuc|khan truong|kip thoi|tap trung)\b)/;

/** A group of committees ("UBND các huyện, thị xã", "Chủ tịch UBND quận …"). Folded. */
const COMMITTEE_SET = /^(?:(?:pho\s+)?chu tich\s+)?(?:ubnd|uy ban nhan dan)\s/;
/** A kind of unit that may follow a set of committees as a group of its own: "đơn vị liên quan", "sở, ban, ngành", "địa phương". Folded. */
const KIND_AFTER_SET = /^(?:cac\s+)?(?:don vi|co quan|so\s*,|so\s+nganh|dia phuong)\b|^cac\s+(?!(?:huyen|xa|phuong|thi xa|thanh pho|thi tran|quan|dac khu|cap|tp)\b)[a-z]/;
/** An office named with its head in lower case: "phòng Tài chính", "sở Y tế". Folded. */
const LOWER_OFFICE = /^(?:phong|so|ban|van phong|chi cuc|truong)\s/;
/** After a set's comma, the words that single out some of its units. Folded. */
const SINGLED_OUT = /^(?:nhat la|dac biet la|trong do co|trong do|nhat la cac)\s+/;

/**
 * "UBND huyện Quang Bình, Bắc Quang", "UBND các xã An Lạc, Tô Mậu, Tân Lĩnh và Minh Chuẩn": places named one by one after
 * one level word are one unit each, the head and level repeated ("UBND huyện Bắc Quang", "UBND xã Tô Mậu"; NOTICE-SPEC).
 */
function distributeLevel(g: string): string[] {
  const m = LEVEL_THEN_NAMES.exec(g);
  if (!m) return [g];
  const names = m[3]!.split(/\s*,\s*|\s+và\s+/u);
  if (names.length < 2 || !names.every((n) => PLACE_NAME.test(n))) return [g];
  return names.map((n) => `${m[1] ?? ""}${m[2]} ${n}`);
}
/** A head, maybe "các", a level, then names: group 1 the head (with its space), 2 the level, 3 the names. As written. */
const LEVEL_THEN_NAMES = /^((?:(?:Phó\s+)?Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Công an)\s+)?(?:các\s+)?(huyện|xã|phường|thị xã|thị trấn|quận)\s+(\p{Lu}.*)$/u;
/** A place's own name: one to four capitalised words ("Bắc Quang", "Mường Lạn", "Ea H'leo"). */
const PLACE_NAME = /^\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){0,3}$/u;

/**
 * "Uỷ ban nhân dân thành phố và các huyện": the committee's head is the districts' too ("Uỷ ban nhân dân các huyện"); so in
 * "Ủy ban nhân dân thị xã Hương Thủy, thị xã Hương Trà và thành phố Huế" for each place named after it.
 */
function shareHead(groups: string[]): string[] {
  const out = [...groups];
  for (let k = 1; k < out.length; k++) {
    const g = out[k]!;
    const f = fold(g);
    const before = fold(out[k - 1]!);
    // "UBND TP Thủ Đức và các quận, huyện": the committees of the districts too (round 16, 581).
    const head = BARE_LEVELS.test(f) ? COMMITTEE_HEAD.exec(before) ?? COMMITTEE_OF_PLACE.exec(before) : NAMED_PLACE.test(g) ? COMMITTEE_OF_PLACE.exec(before) : null;
    if (head) out[k] = `${out[k - 1]!.slice(0, head[1]!.length)} ${g}`;
  }
  return out;
}
/** A place by its level and name, no committee before it: "thị xã Hương Trà", "thành phố Huế". As written. */
const NAMED_PLACE = /^(?:thị xã|thành phố|TP\.?|huyện|quận|thị trấn|xã|phường)\s*\p{Lu}/u;
/** A committee of a named place: "Ủy ban nhân dân thị xã Hương Thủy"; group 1 the head. Folded group. */
// "Chủ tịch UBND các huyện ven biển, thành phố Đồng Hới, thị xã Ba Đồn": a set of them names the head too (round 17, 612).
const COMMITTEE_OF_PLACE = /^((?:(?:pho\s+)?chu tich\s+)?(?:ubnd|uy ban nhan dan))\s+(?:cac\s+)?(?:thi xa|thanh pho|tp|huyen|quan|thi tran|xa|phuong)(?:\s+\S|\s*,)/;
/** A committee named whole: "UBND tỉnh", "Chủ tịch UBND huyện Phong Thổ". Folded phrase. */
const COMMITTEE_WHOLE = /^(?:(?:pho\s+)?chu tich\s+)?(?:ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho|tp|huyen|thi xa|quan|xa|phuong)(?:\s+\S+){0,3}\s*$/;
/** A set of places by level alone: "các huyện", "các xã, phường". Folded group. */
const BARE_LEVELS = /^cac\s+(?:huyen|xa|phuong|thi xa|thanh pho|quan|thi tran)(?:\s*,\s*(?:huyen|xa|phuong|thi xa|thanh pho|quan|thi tran))*$/;
/** A committee named by its level: "UBND thành phố", "Chủ tịch Uỷ ban nhân dân tỉnh"; group 1 the head. Folded group. */
const COMMITTEE_HEAD = /^((?:(?:pho\s+)?chu tich\s+)?(?:ubnd|uy ban nhan dan))\s+(?:tinh|thanh pho|tp|huyen|thi xa|quan|xa|phuong)$/;

/** "Sở A, Sở B và" → "Sở A, Sở B" (tested by its end: a pattern scanning every space of a long group costs more than the rest). */
function dropTrailingJoiner(g: string): string {
  return g.endsWith(" và") || g.endsWith(" va") ? g.slice(0, -3).trimEnd() : g;
}
/** "các trường đại học , cao đẳng" as typed: the comma's stray space. */
const SPACE_BEFORE_COMMA = /\s+,/g;

/** Each group that lists units after naming their kind once ("Các Sở: Tài chính, Nội vụ") becomes one group per unit. */
function expandLists(orig: string, folded: string, from: number, roles: RolePhrases): RolePhrases {
  if (!/\bcac\s/.test(folded.slice(from, roles.end + 4))) return roles;
  const isVerb = (at: number) => !isUpper(orig[at]) && wordAt(ACTION_WORD, orig, folded, at);
  const groups: string[] = [];
  let end = roles.end;
  let cursor = from;
  for (const [k, g] of roles.groups.entries()) {
    const at = orig.indexOf(g, cursor);
    cursor = at + g.length;
    const last = k === roles.groups.length - 1;
    // Only the last group may read on past ":" ("Các Sở: Tài chính, …"); the others end where the next begins.
    const listed = at >= 0 ? expandUnitList(orig, folded, at, g, last ? Math.min(orig.length, at + g.length + 400) : at + g.length, isVerb) : null;
    if (!listed) { groups.push(g); continue; }
    groups.push(...listed.units);
    if (!last) continue;
    end = Math.max(end, listed.end);
    // "Các Sở: Tài chính, Xây dựng; UBND các xã …", "các sở: Du lịch, Nội vụ cùng UBND các xã, phường": the roles go on after the list.
    const sep = /^\s*(?:[;,]|va\s|cung\s)\s*/.exec(folded.slice(end, end + 7));
    const more = sep ? readRoles(orig, folded, end + sep[0].length) : null;
    if (more) { groups.push(...more.groups); end = more.end; }
  }
  return { groups, end };
}

export interface Assignment {
  assignees: string[];
  lead: string | null;
  partners: string[];
}

/** A remark in brackets right after a unit's name. Folded. */
const REMARK = /^\s*\([^()]{1,180}\)/;

/** Groups of "phối hợp với Y" up to the verb that follows. */
function readPartners(orig: string, folded: string, from: number): string[] {
  // After "phối hợp với" a lower-case head before a name names a unit as after an assigning verb: "phối hợp với phòng Tài nguyên
  // và Môi trường, UBND các xã …" (not "phối hợp đơn vị quản lý …", which the clerks leave out).
  const strict = readRoles(orig, folded, from);
  // "phối hợp với Sở TN-MT và chính quyền các địa phương vùng bị sạt lở": after "và", a common noun heads a partner of its own as after an assigning verb.
  const roles = strict && /\s(?:va|cung)\s/.test(folded.slice(from, strict.end + 40)) ? readRoles(orig, folded, from, true) ?? strict
    : strict ?? (LOWER_HEAD_NAMED.test(orig.slice(from, from + 40)) || BARE_SET.test(folded.slice(from, from + 30)) ? readRoles(orig, folded, from, true) : null);
  if (!roles) return [];
  return roles.groups.map((g) => {
    // Cut a trailing verb phrase the word reader let through ("… và UBND các xã tham mưu"); a capitalised word is a name.
    const start = orig.indexOf(g, from);
    let keep = g.length;
    for (let offset = g.indexOf(" ") + 1; offset > 0; offset = g.indexOf(" ", offset) + 1) {
      if (!isUpper(g[offset]) && !inCompound(folded, start, start + offset) && wordAt(PARTNER_END, orig, folded, start + offset)) { keep = offset - 1; break; }
    }
    return g.slice(0, keep).trim();
  }).filter(Boolean);
}

/** A set named without "các" after "phối hợp với": "sở, ngành chức năng, Uỷ ban nhân dân các huyện" (round 16, 542). Folded. */
const BARE_SET = /^\s*(?:(?:so|nganh|co quan|don vi)\s*,\s*(?:ban\s*,\s*)?(?:nganh|dia phuong|don vi|co quan)|(?:don vi|nha thau)\s+(?:thi cong|tu van|giam sat)|chinh quyen\s+(?:cac\s+)?(?:dia phuong|xa|phuong|huyen|cap)|chinh quyen\s+dia phuong)\b/;
/** A lower-case unit head before a capitalised name: "phòng Tài nguyên và Môi trường", "sở Y tế". As written. */
// "phối hợp với ngành Y tế …" (round 19, 961).
const LOWER_HEAD_NAMED = /^\s*(?:phòng|sở|ban|trung tâm|văn phòng|trường|ngành)\s+\p{Lu}/u;

/** The one a matter is forwarded to, to act on it: "chuyển … đến Ban Quản lý dự án … để nghiên cứu, xử lý". */
function forwardedTo(orig: string, folded: string): RolePhrases | null {
  for (const m of folded.matchAll(FORWARD_TO)) {
    const to = readRoles(orig, folded, m.index + m[0].length, true);
    if (to && FORWARD_PURPOSE.test(folded.slice(to.end, to.end + 20))) return to;
  }
  return null;
}

/** Every group of a subject is one who speaks: "Chủ tịch UBND tỉnh", "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng Ban Chỉ đạo". */
export function isSpeaker(groups: readonly string[]): boolean {
  // "Chủ tịch UBND tỉnh - Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh yêu cầu: …": the chair's second title after a dash (round 18, 771).
  return groups.length > 0 && groups.every((g) => { const f = fold(g).replace(SECOND_TITLE, ""); return SPEAKER.test(f) || isNamedLeader(g); });
}
/** A second title after a dash: " - Trưởng Ban Chỉ huy …", " – Trưởng ban chỉ đạo …". Folded. */
const SECOND_TITLE = /\s+[-–]\s+(?:pho\s+)?truong ban\b.*$/;

/** The roles after the first comma of an opening phrase that are followed by a capital: "“Tùy điều kiện cụ thể, Sở Giáo dục và Đào tạo …". */
function afterOpeningComma(orig: string, folded: string, from: number): RolePhrases | null {
  const i = orig.indexOf(", ", from);
  return i > 0 && i < from + 80 && isUpper(orig[i + 2]) ? readRoles(orig, folded, i + 2) : null;
}

/**
 * The subject after an opening of several comma-separated phrases: "Trong quá trình thực hiện Quy chế, nếu có khó khăn, vướng mắc, các Sở,
 * Ngành … phản ánh kịp thời …". Units only, and only before their verb.
 */
function subjectAfterOpening(orig: string, folded: string): RolePhrases | null {
  if (!MULTI_OPENING.test(folded)) return null;
  for (let i = folded.indexOf(", "); i > 0 && i < 220; i = folded.indexOf(", ", i + 1)) {
    const roles = readRoles(orig, folded, i + 2);
    if (!roles || !UNIT_FORM.test(fold(roles.groups[0]!))) continue;
    let next = roles.end;
    while (folded[next] === " ") next++;
    if (wordAt(ACTION_WORD, orig, folded, next)) return roles;
  }
  return null;
}
/** Openings that may run over several commas before the subject. Folded. */
// "Ngoài công tác tuyên truyền, UBND huyện … phải tăng cường …", "Bên cạnh đó, …", "Song song với việc …, Sở …".
const MULTI_OPENING = /^(?:trong qua trinh|trong khi|neu|khi|truong hop|tuy|ngoai|ben canh|song song voi)\b/;

/** The basis a sentence opens with before its assigning verb: "Căn cứ …", "Thực hiện …", "Trên cơ sở …". Folded. */
const BASIS_OPENING = /^(?:can cu|thuc hien|tren co so)\s/;

/** A sentence that opens with its own work (WORK_START without an assigning verb first): "Thực hiện cấm biển …", "Tổ chức …". Folded. */
const OWN_WORK_START = new RegExp(`^(?!(?:giao|yeu cau|de nghi|chi dao|phan cong)\\b)(?:${WORK_START.source.slice(1)})`);

/** A leader's title and a person's name, no unit: "Phó Chủ tịch Nguyễn Văn Khải", "Chủ tịch Nguyễn Văn An" (a report names the speaker so), or "Chính quyền Đà Nẵng". */
function isNamedLeader(g: string): boolean {
  const m = LEADER_TITLE.exec(fold(g));
  if (!m) return false;
  const words = g.slice(m[0].length).trim().split(/\s+/);
  // "Chính quyền Đà Nẵng": a city's government by its name alone speaks as its People's Committee.
  const min = m[0].startsWith("chinh quyen") ? 1 : 2;
  return words.length >= min && words.length <= 4 && words.every((w, k) => isUpper(w[0]) && !headAt(w, fold(w), 0) && (k > 0 || !PLACE_HEAD.test(fold(w) + " ")));
}
/** Titles that lead a committee or a government, before a person's name. Folded. */
const LEADER_TITLE = /^(?:(?:(?:pho|quyen)\s+)?(?:chu tich|bi thu|thu tuong)|chinh quyen)\s+/;

/**
 * The roles an assigning verb names from `at`: after a time phrase that may come first ("yêu cầu từ mùng 7 Tết, cán bộ, công chức …"),
 * and with those a second verb adds ("yêu cầu thủ trưởng các sở, ngành và đề nghị Mặt trận Tổ quốc …").
 */
/** Right after an assigning verb, a case before whom it names: ", khi … thì ", "nếu … thì ", "trường hợp … thì ". Folded. */
const CASE_AFTER_VERB = /^[\s,]*(?:khi|neu|trong truong hop|truong hop)\s[^.;:]{3,140}?\s+thi\s+/;
function rolesAfterVerb(orig: string, folded: string, at0: number, afterVerb = true): RolePhrases | null {
  // "… chỉ đạo: “Lực lượng Cảnh sát trật tự …”": the quoted order names them.
  const at = at0 + (/^[\s"“]*/.exec(orig.slice(at0, at0 + 4))?.[0].length ?? 0);
  let roles = readRoles(orig, folded, at, afterVerb);
  if (!roles) {
    const time = TIME_AFTER_VERB.exec(folded.slice(at, at + 60));
    roles = time ? readRoles(orig, folded, at + time[0].length, afterVerb) : null;
  }
  if (!roles) {
    // "yêu cầu, khi đoàn kiểm tra liên ngành có đề nghị thì UBND các huyện, … cử cán bộ phối hợp": the case, then whom (round 13, 456).
    const when = CASE_AFTER_VERB.exec(folded.slice(at, at + 160));
    roles = when ? readRoles(orig, folded, at + when[0].length, afterVerb) : null;
  }
  if (!roles) return null;
  // The "và" may have been read as the last word of the roles ("… thành phố và" / "đề nghị …").
  const more = SECOND_ASSIGN_VERB.exec(folded.slice(roles.end, roles.end + 20));
  const joined = !!more && (!!more[1] || /\bva$/.test(folded.slice(Math.max(0, roles.end - 4), roles.end)));
  const added = joined ? readRoles(orig, folded, roles.end + more[0].length, true) : null;
  return added ? { groups: [...roles.groups, ...added.groups], end: added.end } : roles;
}

/**
 * The assignment a task's own text states: "Giao Sở X chủ trì, phối hợp với Y …", "Sở Y tế: …",
 * "Chủ tịch UBND các huyện quan tâm …". Null when the text names nobody (the task inherits).
 */
export function readAssignment(orig: string, folded: string): Assignment | null {
  // A parse asks about the same block several times (is it a title, a story, a teaser, a task): the last few answers are kept.
  const known = ASKED.get(orig);
  if (known !== undefined) return known;
  const found = readAssignmentOnce(orig, folded);
  if (ASKED.size >= ASKED_MAX) ASKED.delete(ASKED.keys().next().value!);
  ASKED.set(orig, found);
  return found;
}

/** After the unit: "chỉ đạo lực lượng chức năng của ngành phối hợp cùng với …", "phải tăng cường lực lượng phối hợp với …": its own people working with others. Folded. */
const OWN_FORCES_WITH = new RegExp(String.raw`^[\s,]*(?:(?:phai|can|tiep tuc)\s+)?(?:chi dao|tang cuong|huy dong|bo tri|cu)\s+(?:cac\s+)?(?:luc luong|don vi|phong|co quan|bo phan|to chuc)\b(?:\s+[^\s,.;:]+){0,6}?\s+phoi hop\s+(?:chat che\s+)?${PARTNER_LINK}\s+`);
/** "Chủ tịch UBND tỉnh Lào Cai Doãn Văn Hưởng (đã) chỉ đạo …": the place and the name, group 1, are capitalised words. Folded. */
const CHAIR_NAMED_DIRECTS = /(?:^|[\s,])(?:pho\s+)?chu tich\s+(?:ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho|tp|huyen|thi xa|quan|xa|phuong|thi tran)\s+((?:\S+\s+){3,7}?)(?:(?:cung|da|vua|tiep tuc)\s+)?(?:chi dao|yeu cau|de nghi|giao)\s+/g;
/** A leader by name, then a directing verb: "ông Nguyễn Tiến Hải chỉ đạo …", "bà Lê Thị Hoa yêu cầu …"; group 1 the name. Folded. */
const PERSON_DIRECTS = new RegExp(String.raw`(?:^|[\s,])(${PERSON_NAMED})(?:(?:cung|da|vua|tiep tuc)\s+)?(?:chi dao|yeu cau|de nghi|giao)\s+`, "g");
/** The answers of readAssignment for the texts asked last, oldest first; an Assignment is never changed once made. */
const ASKED = new Map<string, Assignment | null>();
const ASKED_MAX = 16;

/** A committee or its chair below the province, by its place's name: "Chủ tịch UBND xã An Trung", "UBND huyện Ea Súp". As written. */
const LOCAL_COMMITTEE_NAMED = /^(?:(?:Phó\s+)?Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:huyện|quận|thị xã|xã|phường|thị trấn)\s+\p{Lu}/u;
/** Whether the words after `at` open the subject's own work: "chịu trách nhiệm …", "tổ chức …", "khẩn trương …". */
function workAfter(folded: string, at: number): boolean {
  let p = at;
  while (/[\s,]/.test(folded[p] ?? "")) p++;
  const rest = folded.slice(p, p + 30);
  if (/^(?:da|vua|dang|se|la|duoc)\b/.test(rest)) return false;
  // Not "ban hành Công văn …", "kiểm tra tình hình …": what the committee did, as a report tells it.
  return /^(?:cung\s+)?(?:can|phai|co trach nhiem|chiu trach nhiem|khan truong|chu dong|tap trung|tang cuong|to chuc|trien khai|thuc hien|ra soat|huy dong|bo tri|xay dung|phoi hop)\b/.test(rest);
}

function readAssignmentOnce(orig: string, folded: string): Assignment | null {
  // A plan's labels say it outright: "Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: Sở Tài chính".
  const leadLabel = LEAD_LABEL.exec(folded);
  const leadRoles = leadLabel ? readRoles(orig, folded, leadLabel.index + leadLabel[0].length) : null;
  if (leadRoles) {
    const lead = leadRoles.groups[0]!;
    const partnerLabel = PARTNER_LABEL.exec(folded);
    const partners = partnerLabel ? readRoles(orig, folded, partnerLabel.index + partnerLabel[0].length)?.groups ?? [] : [];
    return { assignees: [lead, ...partners], lead, partners };
  }
  // 1. The sentence opens with the assignee ("Sở Tài chính chủ trì…", "Các sở, ban, ngành: …"), maybe after a
  //    time phrase, a topic or "Đối với" ("Trong năm 2022, Giám đốc các sở …", "Về công tác X: Sở Y …").
  let roles: RolePhrases | null = null;
  let opened = 0;
  // A quoted directive: "“Các sở, ngành, đơn vị thực hiện tốt …” - TP yêu cầu."
  const quote = /^["“'‘]\s*/.exec(orig);
  if (quote) roles = readRoles(orig, folded, quote[0].length) ?? afterOpeningComma(orig, folded, quote[0].length);
  for (const opening of [LEADING_TIME, TOPIC_OPENING, ADDRESSEE_OPENING, SUBJECT_OPENING]) {
    if (roles) break;
    const m = opening.exec(folded);
    if (!m || !m[0].length) continue;
    const found = readRoles(orig, folded, m[0].length);
    // "Đối với Sở Y tế: …", "Riêng UBND các xã, …" name the addressee; "Đối với các cơ sở chăn nuôi, lập danh sách …" names the topic.
    if (found && opening === ADDRESSEE_OPENING && !/^\s*:/.test(folded.slice(found.end, found.end + 3)) && !found.groups.every((g) => UNIT_FORM.test(fold(g)))) continue;
    if (found) { roles = found; opened = m[0].length; break; }
  }
  roles ??= readRoles(orig, folded, 0) ?? subjectAfterOpening(orig, folded);
  // The one speaking ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở: …", "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh … yêu cầu …") is not an
  // assignee: those after the verb are.
  const speaker = roles?.groups.length === 1 ? fold(roles.groups[0]!) : null;
  const gives = speaker !== null && NAMED_SPEAKER_GIVES.test(speaker) && /^[\s,]*giao\b/.test(folded.slice(roles!.end, roles!.end + 10));
  if (roles && (isSpeaker(roles.groups) || gives)) {
    // "UBND tỉnh chuyển đơn, yêu cầu Chủ tịch UBND huyện …": the verb may come later in the sentence (step 2).
    const verb = SPEAKER_ASSIGNS.exec(folded.slice(roles.end, roles.end + 90));
    // "Chủ tịch UBND xã An Trung chịu trách nhiệm thành lập …", "UBND huyện Ea Súp tổ chức …": a committee below the province,
    // named, before its own work and no directing verb, is the one the work is given to (round 17, 673).
    const named = !verb && roles.groups.every((g) => LOCAL_COMMITTEE_NAMED.test(g)) && workAfter(folded, roles.end);
    roles = verb ? rolesAfterVerb(orig, folded, roles.end + verb[0].length) : named ? roles : null;
  } else if (roles) {
    // Any subject that gives the work on ("UBND yêu cầu UBND huyện …", "Sở Y tế đề nghị các bệnh viện …"): those after the verb.
    const verb = SUBJECT_GIVES.exec(folded.slice(roles.end, roles.end + 40));
    const given = verb ? rolesAfterVerb(orig, folded, roles.end + verb[0].length) : null;
    if (given) roles = given;
    // "UBND TP Đà Nẵng yêu cầu không được để người ở lại …": a People's Committee that asks without naming whom names no one.
    else if (verb && roles.groups.length === 1 && NAMED_SPEAKER_GIVES.test(fold(roles.groups[0]!))) roles = null;
    // "Đài Khí tượng thủy văn tỉnh dự báo …", "Sở Y tế cho biết …": the subject tells, it is not given work.
    else if (STATEMENT_AFTER_SUBJECT.test(folded.slice(roles.end, roles.end + 30))) roles = null;
  }
  // "Văn phòng UBND tỉnh chuyển nội dung nêu trên đến Ban Quản lý … để nghiên cứu": the one it goes to acts.
  if (roles && /^[\s,]*(?:da\s+|vua\s+)?(?:chuyen|gui)\b/.test(folded.slice(roles.end, roles.end + 12))) roles = forwardedTo(orig, folded) ?? roles;
  // 2. Or names it after an assigning verb ("Giao…", "Đề nghị…", "Ông Lộc yêu cầu …", "Ngày 23.12, … đã ký công văn yêu cầu …").
  if (!roles) {
    // A basis may be long ("Căn cứ kế hoạch …; các nghị quyết …; tình hình …, yêu cầu các sở …"): the verb comes after it.
    const reach = BASIS_OPENING.test(folded) ? 3 * ASSIGN_VERB_REACH : ASSIGN_VERB_REACH;
    for (const m of assignVerbs(orig, folded)) {
      if (m.index > reach) break;
      // A sentence ended before the verb: that verb belongs to a later sentence.
      if (m.index > 80 && /[.!?]\s+\S/.test(folded.slice(opened, m.index))) break;
      // "Thực hiện cấm biển …; cấm … và yêu cầu người dân di dời …": after the sentence's own work, the verb is part of that work.
      if (m.index > 0 && OWN_WORK_START.test(folded) && /;|\bva\s*$/.test(folded.slice(0, m.index + 1))) break;
      roles = rolesAfterVerb(orig, folded, m.index + m[0].length);
      if (roles) break;
    }
  }
  // 3. Or after the speaker, wherever the sentence names them ("Thực hiện …, Chủ tịch UBND huyện yêu cầu các cơ quan …").
  if (!roles) {
    for (const m of folded.matchAll(SPEAKER_ASSIGNS_IN_TEXT)) {
      roles = rolesAfterVerb(orig, folded, m.index + m[0].length, false);
      if (roles) break;
    }
  }
  // 3b. Or after a leader named in a report: "Trên cơ sở đó, ông Nguyễn Tiến Hải chỉ đạo Sở NN-PTNT … chủ trì …".
  if (!roles) {
    for (const m of folded.matchAll(PERSON_DIRECTS)) {
      // The name's words are capitalised ("ông Nguyễn Tiến Hải"), the title before them is not: "ông bảo vệ" names no leader.
      const personAt = m.index + m[0].indexOf(m[1]!);
      const nameAt = personAt + /^(?:ong|ba|dong chi)\s+/.exec(m[1]!)![0].length;
      if (!orig.slice(nameAt, personAt + m[1]!.length).split(/\s+/).filter(Boolean).every((w) => isUpper(w[0]))) continue;
      roles = rolesAfterVerb(orig, folded, m.index + m[0].length);
      if (roles) break;
    }
  }
  // 3c. Or after a chair named after the committee's place: "… ngày 6/8, Chủ tịch UBND tỉnh Lào Cai Doãn Văn Hưởng đã chỉ đạo các địa phương …".
  if (!roles) {
    for (const m of folded.matchAll(CHAIR_NAMED_DIRECTS)) {
      if (!chairNamed(orig, m)) continue;
      roles = rolesAfterVerb(orig, folded, m.index + m[0].length);
      if (roles) break;
    }
  }
  // 4. Or forwards the matter to them: "Văn phòng UBND tỉnh chuyển … đến Ban Quản lý dự án … để nghiên cứu, xử lý".
  roles ??= forwardedTo(orig, folded);
  if (!roles) return null;
  // "Sở NN&PTNT (Thường trực Ban Chỉ huy …) chủ trì, phối hợp với …": the remark in brackets stands between the unit and its verb.
  const remark = folded[roles.end] === " " || folded[roles.end] === "(" ? REMARK.exec(folded.slice(roles.end, roles.end + 200)) : null;
  const from = roles.end + (remark?.[0].length ?? 0);
  const after = folded.slice(from, from + 30);
  let lead: string | null = null;
  let partners: string[] = [];
  if (/^[\s,:]*(?:la\s+(?:co quan|don vi)\s+|co (?:nhiem vu|trach nhiem)\s+|(?:(?:phai|som|khan truong|kip thoi|tiep tuc|can)\s+){1,2})?(?:chu ?tri|lam dau moi)\b/.test(after) && roles.groups.length === 1) {
    lead = roles.groups[0]!;
    const rest = folded.slice(from, from + 200);
    const pw = PARTNER_WORD.exec(rest);
    if (pw && LEAD_WORD.test(rest.slice(0, pw.index))) partners = readPartners(orig, folded, from + pw.index + pw[0].length);
  }
  // "Sở KH&ĐT phối hợp với Sở Tài chính và các đơn vị liên quan tham mưu …": no lead, and the partners work too.
  if (!lead) {
    // "Giao Sở NN&PTNT chỉ đạo lực lượng chức năng của ngành phối hợp cùng với Bộ Chỉ huy BĐBP tỉnh …": its own forces and
    // those they work with.
    const w = WITH_PARTNERS.exec(folded.slice(from, from + 40)) ?? OWN_FORCES_WITH.exec(folded.slice(from, from + 140));
    if (w) partners = readPartners(orig, folded, from + w[0].length);
  }
  // "Sở NN&MT chủ trì, phối hợp các sở, ngành …; phối hợp với Đài Khí tượng Thủy văn, Báo Tuyên Quang tăng cường …": the partners
  // of the unit's later clauses in the same sentence work too (round 18, as the clerks list them).
  if (lead || partners.length || roles.groups.length) {
    LATER_PARTNERS.lastIndex = from;
    for (let m = LATER_PARTNERS.exec(folded); m; m = LATER_PARTNERS.exec(folded)) {
      if (/[.!?]\s/.test(folded.slice(from, m.index))) break;
      // Named units only: "phối hợp các lực lượng đẩy mạnh …" is how, not with whom (the clerks of 532 and 659 left such sets out).
      for (const g of readPartners(orig, folded, m.index + m[0].length)) if (/\s\p{Lu}/u.test(g) && !partners.includes(g) && !roles.groups.includes(g)) partners.push(g);
    }
  }
  const assignees = lead ? [lead, ...partners] : [...roles.groups, ...partners];
  return { assignees, lead, partners };
}

/** A later clause of the same unit working with others: "…; phối hợp với Đài …", "; đồng thời phối hợp chặt chẽ với …". Folded. */
const LATER_PARTNERS = new RegExp(String.raw`;\s*(?:(?:dong thoi|va|chu dong|tiep tuc)\s+)?phoi hop\s+(?:chat che\s+)?(?:${PARTNER_LINK}\s+)?`, "g");

/**
 * The sentence opens with one who speaks and directs without naming whom: "UBND TP Đà Nẵng yêu cầu không được để người ở lại …",
 * "Lãnh đạo UBND TP cũng đặt ra các nhiệm vụ …". Such work names nobody, and inherits no one from the sentences before.
 */
export function speaksUnnamed(orig: string, folded: string): boolean {
  // "Ông Trần Phong (cũng) yêu cầu kiện toàn …", "… ghi nhận nỗ lực của hai phường … và yêu cầu …": a leader the report named (round 15).
  const leader = knownLeaderAt(orig, folded);
  const byLeader = leader > 0 ? directsNobody(orig, folded, leader, true) : null;
  if (byLeader !== null) return byLeader;
  if (!SPEAKER_WORD.test(folded.slice(0, 260))) return false;
  // The speaker opens the sentence, or follows its opening topic at a comma ("Đối với lồng bè, chòi canh …, UBND TP … yêu cầu …").
  let roles = readRoles(orig, folded, 0);
  for (let i = orig.indexOf(", "); !roles && i > 0 && i < 200; i = orig.indexOf(", ", i + 1)) if (isUpper(orig[i + 2])) roles = readRoles(orig, folded, i + 2);
  if (!roles || !(isSpeaker(roles.groups) || (roles.groups.length === 1 && NAMED_SPEAKER_GIVES.test(fold(roles.groups[0]!))))) return false;
  // "Chủ tịch UBND tỉnh ghi nhận nỗ lực của hai phường … và yêu cầu kiện toàn …": the acknowledgement, then the work.
  return directsNobody(orig, folded, roles.end, isSpeaker(roles.groups)) ?? false;
}
/**
 * After the speaker at `from`: whether its directing verb names nobody after it — true, false — or null when no such verb follows.
 * `acknowledging`: the verb may come after what the speaker acknowledges ("… và yêu cầu …").
 */
function directsNobody(orig: string, folded: string, from: number, acknowledging: boolean): boolean | null {
  const verb = UNNAMED_DIRECTIVE.exec(folded.slice(from, from + 90)) ?? (acknowledging ? AND_DIRECTS.exec(folded.slice(from, from + 300)) : null);
  return verb ? !rolesAfterVerb(orig, folded, from + verb.index + verb[0].length) : null;
}
/** A word every speaker's phrase has (SPEAKER, a named leader or city): a quick test before reading roles. Folded. */
const SPEAKER_WORD = /\b(?:ubnd|uy ban nhan dan|chu tich|lanh dao|chinh quyen|bi thu|thu tuong|thuong truc|truong ban)\b/;
/** What a speaker says when it directs: SPEAKER_ASSIGNS, or sets the tasks ("đặt ra các nhiệm vụ"). Folded, after the speaker. */
const UNNAMED_DIRECTIVE = new RegExp(`${SPEAKER_ASSIGNS.source}|^[\\s,]*(?:cung\\s+)?dat ra (?:cac |nhung )?nhiem vu\\b`);

/**
 * An item that opens with "Chủ trì" under a heading naming one unit ("a. Sở Y tế:" / "+ Chủ trì, phối hợp với Sở Công Thương …"):
 * the heading's unit leads and "phối hợp với" names the partners. Null when the item does not open so.
 */
export function leadFromHeading(orig: string, folded: string, heading: Assignment): Assignment | null {
  // "Phối hợp với Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình tỉnh …" under a unit's heading: the unit and those it
  // works with (round 18, 885 and 876, as their clerks listed them).
  const withOthers = OPENS_WITH_PARTNERS.exec(folded);
  if (withOthers) {
    const partners = readPartners(orig, folded, withOthers[0].length).filter((g) => !heading.assignees.includes(g));
    if (partners.length) return { assignees: [...heading.assignees, ...partners], lead: heading.lead, partners: [...heading.partners, ...partners] };
  }
  if (heading.assignees.length !== 1 || !LEAD_OPENING.test(folded)) return null;
  const lead = heading.assignees[0]!;
  const pw = PARTNER_WORD.exec(folded.slice(0, 60));
  const partners = pw ? readPartners(orig, folded, pw.index + pw[0].length) : [];
  return { assignees: [lead, ...partners], lead, partners };
}
