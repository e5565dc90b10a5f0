/**
 * A paragraph or item that chains several assignments, each with its own subject, as press and portal reports
 * write them: "UBND tỉnh yêu cầu các sở, ngành …; Công an tỉnh tăng cường …; giao Sở Tài chính …". It is cut
 * where a ";"-clause or a sentence opens with a new subject that directs; a clause with no subject of its own
 * stays with the one before it (it inherits that subject). A last clause that only states a deadline ("…;
 * hoàn thành trước ngày 30/6") is shared by every part that has none.
 */
import { fold } from "../text/fold.ts";
import { isSpeaker, readAssignment, readRoles, wordAt } from "./assignees.ts";
import { givesWork } from "./reasons.ts";
import type { Block } from "./blocks.ts";
import { ACTION_WORD, ADDRESSEE_OPENING, ATTRIBUTE_LINE, CLOSING_SENTENCE, DETERMINER, PARTNER_LINK, PERSON_NAMED, STATEMENT_AFTER_SUBJECT, SUBJECT_GIVES, SUBJECT_OPENING, SPEAKER_ASSIGNS } from "./grammar.ts";
import { DELIVERY_STEP, DIRECTING_VERB, UNIT_FORM, LOWER_SUBJECT, CLAUSE_CONNECTIVE, CLAUSE_ASSIGN_VERB, INLINE_INTRO, NOT_DIRECTING_AFTER_SUBJECT, REPORT_BACK, SHARED_DEADLINE_CLAUSE, SPEAKER_DIRECTS, WORK_START } from "./grammar-reports.ts";

const isUpper = (ch: string | undefined): boolean => !!ch && ch !== ch.toLowerCase() && ch === ch.toUpperCase();

export interface ClauseSubject {
  /** The role groups, joined: "Sở Tài chính; Sở Nội vụ". */
  subject: string;
  groups: string[];
  /** Index just after the roles: a ";" before it separates roles, not clauses ("Thủ trưởng các sở; Chủ tịch UBND …"). */
  end: number;
}

/**
 * The subject a clause opens with, or null: "Công an tỉnh tăng cường …" → "Công an tỉnh"; "giao Sở Tài chính …",
 * "Ông Lộc yêu cầu Sở NN-PTNT …", "Đối với …, Sở Xây dựng …" → the roles after the verb or the opening.
 * `sentence`: the clause opens a sentence, where "Sở B phối hợp với …" is work of its own (after a ";" it joins the work above).
 */
export function subjectAt(orig: string, folded: string, at: number, sentence = true): ClauseSubject | null {
  let p = at;
  // "Riêng đối với dự án …, Phó Chủ tịch UBND tỉnh đề nghị …": a connective, then a topic, may open the clause.
  const connective = CLAUSE_CONNECTIVE.exec(folded.slice(p, p + 30));
  if (connective) p += connective[0].length;
  // "Đối với UBND các huyện, thành, thị cần xây dựng kế hoạch …": the addressee opens the clause as its subject.
  const addressee = ADDRESSEE_OPENING.exec(folded.slice(p, p + 30));
  const named = addressee ? readRoles(orig, folded, p + addressee[0].length) : null;
  if (named && named.groups.every((g) => UNIT_FORM.test(fold(g))) && wordAt(ACTION_WORD, orig, folded, named.end + (/^\s*/.exec(folded.slice(named.end))?.[0].length ?? 0))) {
    return { subject: named.groups.join("; "), groups: named.groups, end: named.end };
  }
  const opening = SUBJECT_OPENING.exec(folded.slice(p, p + 200));
  if (opening && (!connective || /^(?:doi voi|ve|tai|trong|truoc|sau|khi|de|nham|theo)\s/.test(opening[0]))) p += opening[0].length;
  const found = (roles: { groups: string[]; end: number } | null) => (roles ? { subject: roles.groups.join("; "), groups: roles.groups, end: roles.end } : null);
  const verb = CLAUSE_ASSIGN_VERB.exec(folded.slice(p, p + 20));
  if (verb) return found(readRoles(orig, folded, p + verb[0].length, true));
  // A subject is written as a name ("Công an tỉnh") or a set ("các sở, ngành"); "người đứng đầu …" after a ";" describes
  // the one above, but a collective after an opening or before a directing verb is one ("Đồng thời, chủ đầu tư các dự án phải …").
  const lower = !isUpper(orig[p]) && !DETERMINER.test(folded.slice(p, p + 8));
  if (lower && !LOWER_SUBJECT.test(folded.slice(p, p + 20))) return speakerGives(orig, folded, p);
  const roles = readRoles(orig, folded, p, lower);
  if (!roles) return speakerGives(orig, folded, p);
  // The speaker gives the work to those after its verb: "UBND tỉnh yêu cầu các sở, ngành …".
  if (isSpeaker(roles.groups)) {
    const says = SPEAKER_ASSIGNS.exec(folded.slice(roles.end, roles.end + 90));
    return says ? found(readRoles(orig, folded, roles.end + says[0].length, true)) : null;
  }
  const gives = SUBJECT_GIVES.exec(folded.slice(roles.end, roles.end + 40));
  const given = gives ? readRoles(orig, folded, roles.end + gives[0].length, true) : null;
  if (given) return found(given);
  let next = roles.end;
  while (/[\s,:]/.test(folded[next] ?? "")) next++;
  // "Sở Y tế đã …", "Công an tỉnh là …": a statement, not an assignment.
  const rest = folded.slice(next, next + 30);
  if (isUpper(orig[next]) || NOT_DIRECTING_AFTER_SUBJECT.test(rest) || STATEMENT_AFTER_SUBJECT.test(rest)) return null;
  // "…; Sở B phối hợp" lends Sở B to the work above, but "…; Sở B phối hợp với Bảo hiểm xã hội tỉnh kiểm tra …" is work of its own
  // with its own partner (round 19, 966 and 937).
  if (!sentence && /^(?:phoi hop|tham gia)\b/.test(rest) && !/^phoi hop(?:\s+chat che)?\s+(?:voi|cung)\s/.test(rest)) return null;
  // A lower-case collective opens a clause only before its verb: "địa phương tăng cường …", "chủ đầu tư các dự án phải hoàn tất …".
  if (lower && !wordAt(ACTION_WORD, orig, folded, next + (/^(?:cung|can|phai|cung can|cung phai)\s+/.exec(rest)?.[0].length ?? 0))) return null;
  return wordAt(ACTION_WORD, orig, folded, next) || /^cung\s/.test(rest) ? found(roles) : null;
}

/** One who speaks without a unit's name, then the assignees: "Ông Lộc yêu cầu Sở NN-PTNT …", "TP giao Sở Công Thương …". */
function speakerGives(orig: string, folded: string, p: number): ClauseSubject | null {
  const m = /^(?:[^\s,.;:]+\s+){0,4}?(?:cung\s+)?(?:giao(?:\s+cho)?|yeu cau|de nghi|chi dao)\s+/.exec(folded.slice(p, p + 60));
  if (!m) return null;
  const roles = readRoles(orig, folded, p + m[0].length, true);
  return roles ? { subject: roles.groups.join("; "), groups: roles.groups, end: roles.end } : null;
}

/** The subject of a block's first sentence wherever it names it: "Quyền Chủ tịch UBND tỉnh Lê Quang Vinh giao Sở NN&MT …". */
function firstSubject(orig: string, folded: string): ClauseSubject | null {
  const end = /[.!?]\s+\p{Lu}/u.exec(orig)?.index ?? orig.length;
  const a = readAssignment(orig.slice(0, end), folded.slice(0, end));
  return a ? { subject: a.assignees.join("; "), groups: a.assignees, end: 0 } : null;
}

/**
 * The clause from `from` to the ";" before `at` ends with the units a verb takes as its object ("nghe Sở Kế hoạch và Đầu tư;",
 * "đôn đốc các sở, ngành liên quan;"), or, when a list is going on (`listing`), is one more unit of it ("Sở Xây dựng;").
 */
function listsUnits(orig: string, folded: string, from: number, at: number, listing: boolean): boolean {
  const end = folded.lastIndexOf(";", at);
  if (end <= from) return false;
  const reaches = (start: number) => {
    const roles = readRoles(orig, folded, start, true);
    return !!roles && /^[\s;]*$/.test(folded.slice(roles.end, end + 1));
  };
  if (listing && reaches(from)) return true;
  let last: RegExpExecArray | null = null;
  for (const m of folded.slice(from, end).matchAll(OBJECT_LIST_VERB)) last = m;
  return !!last && reaches(from + last.index + last[0].length);
}

/** Verbs whose object is a unit, listed with ";" in long reports: "nghe", "đôn đốc", "hướng dẫn", "phối hợp với". Folded. */
const OBJECT_LIST_VERB = new RegExp(String.raw`\b(?:nghe|don doc|huong dan|de nghi|yeu cau|giao|chi dao|phoi hop(?:\s+chat che)?(?:\s+${PARTNER_LINK})?|cung voi)\s+`, "g");

/**
 * A purpose, an occasion or a basis that opens a paragraph: "Để bảo đảm …, ", "Nhằm kịp thời …, ", "Sau khi nghe Sở A; Sở B … báo cáo …, ",
 * "Căn cứ quy chế làm việc …, " (not "Căn cứ nội dung này, …", which closes a notice). Folded.
 */
const PURPOSE_OPENING = /^(?:de|nham|sau khi|tren co so|can cu(?! (?:noi dung|y kien)(?: chi dao)? (?:nay|tren|neu tren)\b))\s/;
/** An occasion names a meeting or a visit, whose speaker gives the work; "Sau khi ban hành Kế hoạch, …" is only a time. Folded. */
const MEETING_OCCASION = /^sau khi (?:nghe|lam viec|kiem tra|khao sat|di kiem tra|tham|hop|thao luan|xem xet|nghe bao cao|nhan duoc|tiep nhan|co y kien)\b/;

/** A speaker and its directing verb inside an opening, so the work has begun: "…, ông Nguyễn Văn Hòa - Chủ tịch UBND tỉnh Kon Tum chỉ đạo …". Folded. */
const SPEAKER_DIRECTS_MIDWAY = new RegExp(String.raw`,\s+(?:${PERSON_NAMED}(?:-\s+|,\s+)?)?(?:(?:pho\s+|quyen\s+)?chu tich|lanh dao)\s+(?:ubnd|uy ban nhan dan)\b[^,;.]{0,40}?\s(?:chi dao|yeu cau|giao|de nghi)\s+\S`);

/** A date after a deadline word: "vào ngày 24-4", "trước ngày 1-5", "chậm nhất 30/6". Folded. */
const DATED = /\b(?:truoc|cham nhat|han chot|vao|han)\s+(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\b/;

/** The clause of `folded` from `at` to its next ";" or sentence end. */
function clauseAt(folded: string, at: number): string {
  const end = folded.slice(at).search(/;|\.\s/);
  return end < 0 ? folded.slice(at) : folded.slice(at, at + end);
}

const OPEN_QUOTE = /["“‘]/;

/** Where clauses may start: after "; ", after a sentence's end before a capital, after "… như sau: ", outside parentheses. */
function clauseStarts(body: string, folded: string): Array<{ at: number; sentence: boolean }> {
  const starts: Array<{ at: number; sentence: boolean }> = [];
  for (const m of folded.matchAll(INLINE_INTRO)) starts.push({ at: m.index + m[0].length, sentence: true });
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    // "… lễ hội…Các sở, ban, ngành …": an ellipsis ends its sentence even when the next one follows without a space.
    else if (depth === 0 && (ch === ";" || ((ch === "." || ch === "!" || ch === "…") && body[i + 1] === " " && (isUpper(body[i + 2]) || (OPEN_QUOTE.test(body[i + 2] ?? "") && isUpper(body[i + 3])))) || (ch === "…" && isUpper(body[i + 1])))) {
      let at = i + 1;
      // "… kiểm tra xử lý mỏ cát lậu này. “Nếu đủ yếu tố thì …": a quoted sentence opens at its first word.
      while (body[at] === " " || (at === i + 2 && OPEN_QUOTE.test(body[at] ?? ""))) at++;
      if (at < body.length) starts.push({ at, sentence: ch !== ";" });
    }
  }
  starts.sort((a, b) => a.at - b.at);
  // "Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: …; Chủ tịch UBND các huyện …; Thủ trưởng các đơn vị liên quan chịu trách nhiệm thi
  // hành Quyết định này.": the executing article is one sentence, whose subjects are listed with ";" (round 13, 459).
  if (!starts.some((s) => !s.sentence) || !CLOSING_SENTENCE.test(folded)) return starts;
  return starts.filter((s, k) => {
    if (s.sentence) return true;
    const from = starts.slice(0, k).findLast((t) => t.sentence)?.at ?? 0;
    const to = starts.slice(k + 1).find((t) => t.sentence)?.at ?? folded.length;
    return !CLOSING_SENTENCE.test(folded.slice(from, to).trimEnd());
  });
}

/** The part of `b` from `from` to `to` as a block of its own, marker and level kept so that it reads as a sibling. */
function part(b: Block, from: number, to: number, first: boolean): Block {
  const body = b.body.slice(from, to).trimEnd();
  const bodyFolded = b.bodyFolded.slice(from, to).trimEnd();
  return first ? { ...b, body, bodyFolded } : { ...b, orig: body, folded: bodyFolded, body, bodyFolded };
}

/** One block cut at its new subjects, or null when it has one subject (or none) throughout. */
function splitBlock(b: Block): Block[] | null {
  const { body, bodyFolded } = b;
  // The first sentence's subject, read wherever it is named only when a ";" clause must be told from it.
  let current = subjectAt(body, bodyFolded, 0);
  let named = current !== null;
  const cuts: Array<{ at: number; continues: boolean; groups?: string[] }> = [];
  // Where the clause before the next start began, and whether that clause went on listing the units a verb took ("nghe Sở A; Sở B; …").
  let clauseFrom = 0;
  let listing = false;
  for (const { at, sentence } of clauseStarts(body, bodyFolded)) {
    const from = clauseFrom;
    clauseFrom = at;
    if (current && at < current.end) continue;
    // "Sau khi nghe Sở A; Sở B; Sở C báo cáo …", "Sở A đôn đốc các sở, ngành liên quan; UBND các huyện …": the ";" lists the verb's units.
    listing = !sentence && listsUnits(body, bodyFolded, from, at, listing);
    if (listing) continue;
    const found = subjectAt(body, bodyFolded, at, sentence);
    if (found && !named && !sentence) current = firstSubject(body, bodyFolded);
    if (found) named = true;
    if (found) {
      // A new sentence with its own subject is its own task, the same subject or not ("Sở NN-PTNT …. Sở NN-PTNT …").
      if (sentence || found.subject !== current?.subject) cuts.push({ at, continues: false, groups: found.groups });
      current = found;
      continue;
    }
    // A sentence that opens more work without a subject ("Tiếp tục rà soát …", "Trước mắt phải …") is a task of the subject
    // above; "Báo cáo kết quả với UBND tỉnh." without a date of its own is the last step of the same task.
    const rest = bodyFolded.slice(at);
    // A numbered or bulleted item is one task however many sentences it has; only a report's paragraph is cut so.
    if (sentence && b.marker === "none" && WORK_START.test(rest) && !REPORT_BACK.test(rest.replace(/[.;\s]+$/, "")) && !DELIVERY_STEP.test(rest)) cuts.push({ at, continues: true });
    // "… trình HĐND thành phố vào ngày 24-4; hoàn thiện hồ sơ trình Chính phủ trước ngày 1-5": a ";"-clause with its own date, after a part
    // with its own, is a separate piece of work of the same subject.
    else if (!sentence && WORK_START.test(rest) && !/^(?:hoan thanh|xong|thoi han)\b/.test(rest) && DATED.test(clauseAt(bodyFolded, at)) && DATED.test(bodyFolded.slice(cuts[cuts.length - 1]?.at ?? 0, at))) {
      cuts.push({ at, continues: true });
    }
  }
  if (!cuts.length) return null;
  const bounds = [0, ...cuts.map((c) => c.at), body.length];
  const parts = bounds.slice(0, -1).map((from, k) => part(b, from, bounds[k + 1]!, k === 0));
  for (const p of parts) p.split = true;
  cuts.forEach((c, k) => {
    if (c.continues) parts[k + 1]!.continues = true;
    if (c.groups) parts[k + 1]!.subject = c.groups;
  });
  // "…; Sở B tổng hợp …; hoàn thành trước ngày 30/6.": the deadline clause after the last subject is everyone's.
  const lastPart = parts[parts.length - 1]!;
  const shared = SHARED_DEADLINE_CLAUSE.exec(lastPart.bodyFolded);
  if (shared) {
    const text = lastPart.body.slice(shared.index).replace(/^[;\s]+/, "");
    const sharedDeadline = { text, folded: fold(text) };
    for (const p of parts.slice(0, -1)) p.sharedDeadline = sharedDeadline;
  }
  return parts;
}

/**
 * An intro ending in ":" whose earlier sentences already give work ("… Chủ tịch UBND tỉnh yêu cầu các sở, ngành chuẩn bị tốt … . Đồng thời
 * … tập trung thực hiện một số nhiệm vụ sau:"): those sentences apart, and the last one, the intro. Null when it only introduces.
 */
function splitIntro(b: Block): [Block, Block] | null {
  if (b.marker !== "none" || !b.body.includes(". ")) return null;
  const starts = clauseStarts(b.body, b.bodyFolded).filter((s) => s.sentence);
  const last = starts[starts.length - 1];
  if (!last) return null;
  const head = part(b, 0, last.at, true);
  const intro = part(b, last.at, b.body.length, false);
  // The earlier sentences must give work by an assigning verb ("… yêu cầu các sở, ngành …"), not merely name a unit ("Lực lượng quân đội giúp …").
  if (!givesWork(head.body, head.bodyFolded) || readAssignment(intro.body, intro.bodyFolded)) return null;
  head.split = true;
  intro.split = true;
  return [head, intro];
}

/**
 * A paragraph that opens with its purpose ("Để bảo đảm đủ lương thực, thực phẩm …, Chủ tịch UBND tỉnh đã giao …") or its occasion ("Sau khi nghe
 * các sở báo cáo …, Phó Chủ tịch UBND tỉnh yêu cầu …"): the opening apart (no one's
 * work), the assignment from its speaker or subject on. Null when no capitalised subject after a comma gives the work.
 */
function splitPurpose(b: Block): [Block, Block] | null {
  if (b.marker !== "none" || !PURPOSE_OPENING.test(b.bodyFolded)) return null;
  // An occasion may list a meeting's whole agenda before its speaker.
  const basis = b.bodyFolded.startsWith("can cu");
  const occasion = MEETING_OCCASION.test(b.bodyFolded) || basis;
  const reach = Math.min(b.body.length, occasion ? 1200 : 300);
  for (let i = b.body.indexOf(", "); i > 0 && i < reach; i = b.body.indexOf(", ", i + 1)) {
    const at = i + 2;
    // A capital opens a subject; so do "các cơ quan, đơn vị …", "chính quyền …" in lower case.
    if (!isUpper(b.body[at]) && !LOWER_SUBJECT.test(b.bodyFolded.slice(at))) continue;
    const rest = part(b, at, b.body.length, false);
    const roles = readRoles(rest.body, rest.bodyFolded, 0);
    if (!roles || !readAssignment(rest.body, rest.bodyFolded)) continue;
    // After an occasion or a basis, the one who speaks ("Sau khi nghe …, Phó Chủ tịch UBND tỉnh …", "Căn cứ quy chế …, Văn phòng UBND
    // tỉnh đề nghị …"), not a unit the occasion or the basis names.
    if (occasion && !isSpeaker(roles.groups) && !(basis && SPEAKER_DIRECTS.test(rest.bodyFolded))) continue;
    // "Sau khi báo chí phản ánh …, ông … Chủ tịch UBND tỉnh chỉ đạo Giám đốc Sở NN&PTNT, Chi cục trưởng Chi cục Kiểm lâm khẩn trương …":
    // the work began before this comma, which goes on listing whom it is given to.
    if (SPEAKER_DIRECTS_MIDWAY.test(b.bodyFolded.slice(0, i))) return null;
    const purpose = part(b, 0, at, true);
    purpose.split = true;
    rest.split = true;
    return [purpose, rest];
  }
  return null;
}

/** Every block, with those that chain several subjects cut into one block per subject. */
export function splitBySubject(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b00 of blocks) {
    const purpose = b00.body.trimEnd().endsWith(":") ? null : splitPurpose(b00);
    if (purpose) out.push(purpose[0]);
    const b0 = purpose ? purpose[1] : b00;
    const intro = b0.body.trimEnd().endsWith(":") ? splitIntro(b0) : null;
    const b = intro ? intro[0] : b0;
    const candidate = b.marker !== "roman" && !b.body.trimEnd().endsWith(":") && !ATTRIBUTE_LINE.test(b.bodyFolded)
      && (b.body.includes(";") || b.body.includes(". ") || b.body.includes("…") || (b.body.includes(": ") && b.bodyFolded.search(INLINE_INTRO) >= 0));
    const parts = candidate ? splitBlock(b) : null;
    if (parts) out.push(...parts);
    else out.push(b);
    if (intro) out.push(intro[1]);
  }
  return out;
}
