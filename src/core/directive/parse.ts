/**
 * parseDirective: a notice's text → its Directive. Pure and deterministic: no I/O, no clock.
 * Walks the blocks keeping a stack of the headings and paragraphs that introduce lists, so that a
 * task which names nobody inherits the addressees, year and deadline of what introduces it.
 */
import { readAssignment, readRoles, readingReported, readsReported, speaksUnnamed } from "./assignees.ts";
import { bodyLines, contentLines, PARAGRAPH_LEVEL, toBlocks, type Block } from "./blocks.ts";
import { splitBySubject } from "./clauses.ts";
import { contextYear, postingYear } from "./context-year.ts";
import { findDeadlines, pickDeadline, WEEKENDS_ONLY, type DateContext, type WorkingDays } from "./dates.ts";
import { ATTRIBUTE_LINE, CAPTION_WORDS, NON_TASK_SECTION, TASK_SECTION, WORK_PERIOD, YEAR_SCOPE } from "./grammar.ts";
import { CONTINUED_WITH, DATED_HEADLINE, JUST_DIRECTED, DECISION_START, DELIVERY_STEP, DETAIL_OPENING, IMAGE_FILE, NOTE_LINE, PERMISSION, PHOTO_CAPTION, PRESS_TAG, SHARED_DEADLINE, WORK_START } from "./grammar-reports.ts";
import { readNotice } from "./header.ts";
import { splitInlineAssignments } from "./inline.ts";
import { withLeaders } from "./leaders.ts";
import { fold } from "../text/fold.ts";
import { givesWork, isSelfReference, isTeaser, sectionReason, storyReason } from "./reasons.ts";
import { buildTask, type Inherited } from "./tasks.ts";
import type { ParseIssue, ParseResult, SkippedItem, SkipReason, Task } from "./types.ts";

export interface ParseOptions {
  /** Counts "trong N ngày làm việc"; default: Monday–Friday, no holidays. */
  workingDays?: WorkingDays;
  /** Largest input accepted, in characters. Default 20,000,000. */
  maxChars?: number;
}

interface Scope extends Inherited {
  level: number;
  /** Index of the first task read under this scope: a deadline stated after its items reaches back to it. */
  firstTask: number;
  /** Children of a non-task heading ("Kết quả đạt được") are not tasks, for this reason. */
  skip: SkipReason | null;
  year: number | null;
  /** The phrase that scoped the year ("Trong năm 2022"), used as deadlineText. */
  yearText: string | null;
  /** Ends with ":" and its first item is a plain paragraph — plain paragraphs after it are its items. */
  colon: boolean;
  /** A marked title ("2. Nhiệm vụ trọng tâm thời gian tới"): plain paragraphs after it are its content. */
  title: boolean;
  /** An intro that gives work itself ("… yêu cầu Giám đốc các sở … triển khai …, với các nội dung sau:"): a task when its list yields none. */
  intro: Source | null;
}

/** Under an intro ending in ":" or a marked title: plain paragraphs there are items. */
const underIntroOf = (stack: Scope[]): boolean => stack.some((s) => s.colon || s.level > 1);
/** "Các cơ quan, đơn vị được hưởng kinh phí … phải thực hiện nghiêm túc …": those who receive are bound all the same (round 17). Folded. */
const OBLIGED = /\b(?:phai|co trach nhiem)\s+(?!duoc\b)\S/;

/** A task's text and what it inherited, kept so that the task can be built again with more. */
interface Source {
  body: string;
  folded: string;
  ctx: DateContext;
  inherited: Inherited;
  /** The line it was read from, for an intro kept aside. */
  no?: number;
}

const fail = (code: ParseIssue["code"], message: string): ParseResult => ({ ok: false, issues: [{ code, message, line: null }] });

/** A binary file decoded as text: NUL bytes, or many control or replacement characters. */
function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const bad = text.match(/[\u0001-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  return bad > 8 && bad / text.length > 0.01;
}

const ends = (s: string, ch: string) => s.trimEnd().endsWith(ch);

/** In text order; a stable sort keeps the order of items split from one line. */
const sortByLine = (items: SkippedItem[]): SkippedItem[] => items.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

const isStory = (b: Block, noticeYear: number | null): boolean => storyReason(b, noticeYear) !== null;

/**
 * A marked line that only titles a section ("1. Đánh giá chung", "3. Giao nhiệm vụ cụ thể"), followed by paragraphs.
 * A last item left without its full stop ("5. Tăng cường công tác tuyên truyền" before the closing formula) is not one.
 */
function isTitle(blocks: Block[], i: number, noticeYear: number | null): boolean {
  const b = blocks[i]!;
  const next = blocks[i + 1];
  if (b.marker === "roman") return true;
  if (b.marker !== "number" && b.marker !== "letter") return false;
  // "3. UBND các huyện, thành phố" alone on its line: a heading that names who does what follows.
  const roles = readRoles(b.body, b.bodyFolded, 0);
  if (roles && roles.end >= b.body.replace(/[\s:.]+$/, "").length) return true;
  if (next?.marker !== "none") return false;
  if (b.body.length > 80 || /[.;:!?…,]["”)]*$/.test(b.body) || readAssignment(b.body, b.bodyFolded)) return false;
  if (NON_TASK_SECTION.test(b.bodyFolded) || TASK_SECTION.test(b.bodyFolded)) return true;
  // Paragraphs follow; a title when one of them is work, not all story ("Đến nay, … 42%." then "Yêu cầu …").
  for (let k = i + 1; k < Math.min(blocks.length, i + 6); k++) {
    const p = blocks[k]!;
    if (p.marker !== "none") break;
    if (!isStory(p, noticeYear)) return true;
  }
  return false;
}

/** Story, credits, captions and the closing formula: never tasks. The reason, or null when the block may be a task. */
function narrativeReason(b: Block, before: Block | undefined, noticeYear: number | null): SkipReason | null {
  // The line under a picture's file name ("…-7946943.jpg") is its caption: "Lãnh đạo Thành ủy … đến thăm hỏi người dân …".
  if (b.marker === "none" && b.body.length < 250 && before && IMAGE_FILE.test(before.bodyFolded)) return "caption";
  // A photo caption or a headline: a short plain line without end punctuation.
  // A sentence cut from its paragraph is none ("… . Báo cáo UBND tỉnh kết quả trước ngày 25/3/2023 (Theo Công văn …)").
  const short = b.marker === "none" && !b.split && !/[.;:!?…]["”)]?$/.test(b.body) && b.body.length < 160;
  if (short && CAPTION_WORDS.test(b.bodyFolded)) return "caption";
  // "… (bên trái) kiểm tra sạt lở …", "… ẢNH: HỮU PHƯỚC": a photo caption even with its full stop.
  if (b.marker === "none" && b.body.length < 300 && PHOTO_CAPTION.test(b.bodyFolded)) return "caption";
  // "Chủ tịch UBND tỉnh Quảng Trị cũng đề nghị 2 địa phương đẩy mạnh cải cách hành chính" without its stop: work, not a caption
  // (round 15); "Hải Phòng: Yêu cầu người dân không ra khỏi nhà …", a place before a colon, is a headline.
  return storyReason(b, noticeYear) ?? (short && b.body.length < 100 && !(b.body.length >= 60 && !/^[^:,.]{2,30}:\s/.test(b.body) && givesWork(b.body, b.bodyFolded)) ? "caption" : null);
}


/** A line of a visit's programme: a clock time, its day, then what the delegation does. Folded. */
const PROGRAMME_LINE = /^(?:tu\s+)?\d{1,2}\s*(?:h|gio)\s*\d{0,2}\s*['’]?\s*(?:phut\s*)?(?:(?:sang|chieu|toi)\s+)?(?:ngay\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s*)?[,:-]?\s*(?:doan|lam viec|kiem tra|hop|to chuc|khai mac|be mac|xuat phat|di|den|tham|du|tiep)\b/;

/** A sentence that is only a deadline: "Hoàn thành trước ngày 10/3/2023.", "Thời hạn hoàn thành: 30/6/2026". Folded. */
const DEADLINE_ONLY = /^(?:hoan thanh|thoi han(?:\s+hoan thanh)?|thoi gian hoan thanh)\s*:?\s*(?:truoc|trong|cham nhat|vao)?\s*(?:ngay\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*[.;]?\s*$/;

/** Units named by a word that points back: "các đơn vị", "các cơ quan, đơn vị nêu trên". Folded. */
const BACK_REFERENCE = /^(?:cac|nhung)\s+(?:co quan,?\s+)?(?:don vi|co quan|dia phuong)(?:\s+(?:tren|nay|noi tren|neu tren))?$/;

/** Every unit the task at `k` names is given work again by a later task, and one is given work after it at all. */
function summedUp(tasks: Task[], k: number): boolean {
  const later = new Set(tasks.slice(k + 1).flatMap((t) => t.assignees.map((a) => fold(a))));
  return later.size > 0 && tasks[k]!.assignees.every((a) => later.has(fold(a)));
}

export function parseDirective(input: string, options: ParseOptions = {}): ParseResult {
  return typeof input === "string" ? withLeaders(input, () => parseReading(input, options)) : parseOnce(input, options);
}

function parseReading(input: string, options: ParseOptions): ParseResult {
  const r = parseOnce(input, options);
  if (r.ok || r.issues[0]?.code !== "no_tasks") return r;
  // "Ngày 5-8, UBND tỉnh Hà Tĩnh cho biết, đã giao Sở KH-ĐT chủ trì …": a report whose only work is work it says was given.
  const again = readingReported(() => parseOnce(input, options));
  if (!again.ok) return r;
  for (const t of again.directive.tasks) if (!t.flags.includes("reported")) t.flags.push("reported");
  return again;
}

function parseOnce(input: string, options: ParseOptions): ParseResult {
  if (typeof input !== "string") return fail("empty", "Không có văn bản để phân tích (no text given).");
  if (input.length > (options.maxChars ?? 20_000_000)) return fail("too_large", "Văn bản quá lớn để phân tích (text too large).");
  if (looksBinary(input)) return fail("binary", "Tệp không phải văn bản (binary file): hãy dán nội dung văn bản hoặc dùng tệp .txt UTF-8.");
  if (!input.trim()) return fail("empty", "Văn bản trống: không có nội dung để phân tích (empty text).");

  const lines = contentLines(input);
  const body = bodyLines(lines);
  const all = toBlocks(body);
  const duplicates: SkippedItem[] = all.filter((b) => b.duplicate).map((b) => ({ text: b.body, reason: "duplicate", line: b.no }));
  const blocks = splitBySubject(splitInlineAssignments(all.filter((b) => !b.duplicate)));
  // The year the page speaks of, read at most once: for a lead's year-less date, and when the notice has no date of its own.
  let pageYear: number | null | undefined;
  const yearOfPage = (): number | null => (pageYear === undefined ? (pageYear = contextYear(blocks) ?? postingYear(input)) : pageYear);
  const notice = readNotice(lines, yearOfPage);

  const noticeYear = notice.date ? Number(notice.date.slice(0, 4)) : notice.meetingDate ? Number(notice.meetingDate.slice(0, 4)) : yearOfPage();
  const workingDays = options.workingDays ?? WEEKENDS_ONLY;
  const tasks: Task[] = [];
  const skipped: SkippedItem[] = [];
  // Whether the body has begun: a page's teaser is its first paragraph, never one after the story or a task.
  let bodyStarted = false;
  const skip = (b: Block, reason: SkipReason) => {
    skipped.push({ text: b.body, reason, line: b.no });
    if (reason !== "caption" && reason !== "duplicate") bodyStarted = true;
  };
  const stack: Scope[] = [];
  let lead: { task: number; block: Block } | null = null;
  let addressees: Inherited["assignment"] = null;
  // "UBND TP vừa ban hành văn bản triển khai các nhiệm vụ trong tháng 6-2018.": the period of the work that follows.
  let leadDeadline: Inherited["deadline"] = null;
  // "2. Thời gian lấy ý kiến: từ ngày 17/3/2025 đến ngày 05/4/2025.": an item that only gives the period of the work after it.
  let noticePeriod: Inherited["deadline"] = null;

  const top = () => stack[stack.length - 1];
  // Closing a scope: an intro that gives work and whose list gave no task (the list cut off, or all of it background) is the task.
  const pop = () => {
    const s = stack.pop()!;
    if (!s.intro || tasks.length !== s.firstTask) return;
    const { no, ...src } = s.intro;
    const at = skipped.findIndex((x) => x.line === no && x.text === src.body);
    if (at >= 0) skipped.splice(at, 1);
    sources.push(src);
    tasks.push(buildTask(`T${tasks.length + 1}`, src.body, src.folded, src.ctx, src.inherited, notice.number));
  };
  const inherited = (): Inherited => {
    let assignment = null;
    let deadline = null;
    for (let i = stack.length - 1; i >= 0; i--) {
      const s = stack[i]!;
      assignment ??= s.assignment;
      deadline ??= s.deadline ?? (s.year ? { date: `${s.year}-12-31`, text: s.yearText ?? String(s.year) } : null);
    }
    return { assignment: assignment ?? addressees, deadline: deadline ?? (stack.length ? null : leadDeadline) ?? noticePeriod };
  };
  const yearInScope = () => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.year) return stack[i]!.year;
    return noticeYear;
  };
  const skipReasonInScope = (): SkipReason | null => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.skip) return stack[i]!.skip;
    return null;
  };
  // Relative spans ("trong 10 ngày làm việc") count from the notice date only, never from the meeting.
  const dateCtx = (): DateContext => ({ noticeDate: notice.date, earliest: notice.date ?? notice.meetingDate, year: yearInScope(), workingDays });

  // Each task as read, so that a plan's attribute lines below it ("Cơ quan chủ trì: …") complete it and a deadline
  // stated after a list ("Các nội dung trên hoàn thành trước …") reaches its items.
  const sources: Source[] = [];
  const rebuild = (k: number) => {
    const src = sources[k]!;
    tasks[k] = buildTask(`T${k + 1}`, src.body, src.folded, src.ctx, src.inherited, notice.number);
  };
  /** Task k, read again with a deadline stated after it. */
  const dateAfter = (k: number, d: { date: string; text: string; yearGuessed: boolean }) => {
    sources[k] = { ...sources[k]!, inherited: { ...sources[k]!.inherited, deadline: { date: d.date, text: d.text, yearGuessed: d.yearGuessed } } };
    rebuild(k);
  };
  // The addressees of a letter cited just above, whose detail follows ("UBND tỉnh có Công văn … yêu cầu …" / "Theo đó, …").
  let summary: ReturnType<typeof readAssignment> = null;
  // What the block before made: a task, a heading (a scope just pushed), or something skipped.
  let previous: "task" | "heading" | "other" = "other";
  for (let i = 0; i < blocks.length; i++) {
    let b = blocks[i]!;
    const next = blocks[i + 1];
    // A page's headline, its first line without end punctuation, is never a task, however it is worded ("Bảo đảm nếp sống văn minh …").
    if (i === 0 && notice.kind === null && b.marker === "none" && b.body.length < 250 && !/[.;:!?…]["”)]?$/.test(b.body)) { skip(b, "caption"); continue; }
    // Below a page's chrome, a headline the story then restates ("Giao Sở Y tế phê duyệt Kế hoạch …" / "Ngày 9/8, UBND tỉnh đã ban hành văn
    // bản … về việc giao Sở Y tế phê duyệt Kế hoạch …"): the work is read where it is stated, once.
    if (tasks.length === 0 && stack.length === 0 && b.marker === "none" && b.body.length < 250 && !/[;:!?…]["”)]?$/.test(b.body)
      && restatedLater(b, blocks, i, /\.["”)]?$/.test(b.body))) { skip(b, "caption"); continue; }
    // A note under a task, or a paragraph that sends its result on ("Báo cáo gửi về UBND tỉnh … chậm nhất ngày …"), completes the task above.
    const completes = previous === "task" && (NOTE_LINE.test(b.bodyFolded) || (b.marker === "none" && DELIVERY_STEP.test(b.bodyFolded)));
    if (ATTRIBUTE_LINE.test(b.bodyFolded) || completes) {
      const reason = skipReasonInScope();
      const scope = top();
      if (previous === "task" && !reason) {
        // "- Cơ quan chủ trì: Sở Tư pháp" without its full stop must not run into the next label ("… Sở Tư pháp Thời hạn").
        const src = sources[sources.length - 1]!;
        const sep = /[.;:!?]$/.test(src.body) ? " " : "; ";
        sources[sources.length - 1] = { ...src, body: `${src.body}${sep}${b.body}`, folded: `${src.folded}${sep}${b.bodyFolded}` };
        rebuild(sources.length - 1);
      } else if (previous === "heading" && scope && !reason) {
        // "II. NHIỆM VỤ" / "Thời hạn hoàn thành: quý II/2026": the heading's items share it.
        const own = pickDeadline(findDeadlines(b.body, b.bodyFolded, dateCtx()));
        if (own) scope.deadline = { date: own.date, text: own.text, yearGuessed: own.yearGuessed };
        scope.assignment = readAssignment(b.body, b.bodyFolded) ?? scope.assignment;
        skip(b, own ? "shared_deadline" : "heading");
      } else skip(b, reason ?? "no_action");
      continue;
    }
    const afterTask = previous === "task";
    previous = "other";
    const nextIsAttribute = !!next && ATTRIBUTE_LINE.test(next.bodyFolded);
    const colon = ends(b.body, ":");
    // A plain paragraph under a marked title is its content, one step deeper than the title.
    let titleLevel: number | null = null;
    for (let k = stack.length - 1; k >= 0 && titleLevel === null; k--) if (stack[k]!.title) titleLevel = stack[k]!.level;
    const level = b.marker === "none" && titleLevel !== null ? Math.max(b.level, titleLevel + 0.5) : b.level;
    // A plain paragraph after an intro ending in ":" is one of its items; anything else closes scopes at or below its level.
    const t = top();
    // "… Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các huyện, …:" / "Thực hiện nghiêm túc công điện số …, tập trung thực hiện tốt các nội dung
    // sau:" / "1. …": an intro naming nobody right under one that names whom is its sub-heading, not its end (round 15, 518).
    const isItemOfIntro = b.marker === "none" && t?.colon === true
      && (!colon || (i > 0 && blocks[i - 1]!.body === t.intro?.body && tasks.length === t.firstTask && !readAssignment(b.body, b.bodyFolded)));
    if (!isItemOfIntro) while (stack.length && stack[stack.length - 1]!.level >= level) pop();

    const title = !nextIsAttribute && isTitle(blocks, i, noticeYear);
    const story = isStory(b, noticeYear);
    // A plain paragraph between two items of one list ("- Quán triệt …" / "Tổ chức theo dõi …;" / "- Triển khai …") is an item that lost its mark.
    const prev = blocks[i - 1];
    const inList = b.marker === "none" && !colon && !!prev && !!next && prev.marker === next.marker && prev.marker !== "none" && prev.level === next.level && prev.label === next.label;
    const hasChildren = !!next && !nextIsAttribute && !inList && (next.level > level || title || (colon && next.marker === "none" && !ends(next.body, ":")));
    const inSkipped = skipReasonInScope();
    if ((hasChildren || colon || b.marker === "roman") && (!story || colon)) {
      // "Năm 2026, dự báo … . Để …, Chủ tịch UBND xã giao:" — a year that opens an earlier sentence only sets the scene.
      const yearMatch = /[.!?]\s+\p{Lu}/u.test(b.body) ? null : YEAR_SCOPE.exec(b.bodyFolded);
      const scopeYear = yearMatch && (noticeYear === null || Number(yearMatch[1]) >= noticeYear) ? Number(yearMatch[1]) : null;
      const ctx = dateCtx();
      const own = pickDeadline(findDeadlines(b.body, b.bodyFolded, ctx));
      // An intro whose items are marked ("-", "a)") ends at the next plain paragraph; one whose items are paragraphs does not.
      // "1. Thống nhất chủ trương cho Công ty X tổ chức …, cụ thể như sau:": a decision, its lines (place, time, scale) are no one's work.
      // "Thực hiện Công điện số 91/CĐ-T.ư … . Để chủ động …, tỉnh đề nghị Ban chỉ huy … các sở, ngành triển khai một số nội dung sau:":
      // a preamble sentence, then the one that gives the items to their units (round 19, 927).
      const assignment = readAssignment(b.body, b.bodyFolded) ?? (colon && PREAMBLE_OPENING.test(b.bodyFolded) ? lastSentenceAssignment(b.body, b.bodyFolded) : null);
      const section = sectionReason(b.bodyFolded) ?? (b.marker !== "none" && !assignment && DECISION_START.test(b.bodyFolded) ? "no_action" : null);
      // "1. … Chủ tịch UBND tỉnh yêu cầu các sở … thực hiện một số nội dung sau:" then "2. …", "3. …": the items after it at its own level are its content.
      const siblingsFollow = colon && b.marker !== "none" && b.marker !== "roman" && next?.marker === b.marker && next.level === b.level;
      const gives = !inSkipped && !section && !!assignment && b.marker !== "roman" && givesWork(b.body, b.bodyFolded);
      const intro = gives ? { body: b.body, folded: b.bodyFolded, ctx, inherited: inherited(), no: b.no } : null;
      stack.push({
        level: siblingsFollow ? level - 0.25 : level, firstTask: tasks.length, colon: colon && next?.marker === "none", title, skip: section, assignment, intro,
        // A story intro ("Ngày 05/12, … họp về các nhiệm vụ cuối năm. … kết luận:") names the meeting's topic, not a deadline.
        deadline: own && !story ? { date: own.date, text: own.text, yearGuessed: own.yearGuessed } : null,
        year: scopeYear,
        yearText: scopeYear ? b.body.slice(0, yearMatch![0].length) : null,
      });
      if (b.marker === "roman" || colon || hasChildren) { skip(b, inSkipped ?? section ?? "heading"); previous = "heading"; continue; }
    }
    // "I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN …" / "…, yêu cầu các sở, ngành … khẩn trương đánh giá …": an assignment is work in any section.
    // "Thành phần: …" then "Giao UBND huyện Tam Đường chuẩn bị báo cáo …": a sentence that opens by giving work leaves the list (round 16, 557).
    const breaksOut = inSkipped === "background" && b.marker === "none" && /^(?:giao|yeu cau|de nghi)\s/.test(b.bodyFolded) && !!readAssignment(b.body, b.bodyFolded);
    if (inSkipped && !breaksOut && !(inSkipped === "assessment" && !story && givesWork(b.body, b.bodyFolded))) { skip(b, inSkipped); continue; }
    // "Các nội dung trên hoàn thành trước ngày 30/6/2026.": the items above, from where their list began, share it.
    if (SHARED_DEADLINE.test(b.bodyFolded)) {
      const shared = pickDeadline(findDeadlines(b.body, b.bodyFolded, dateCtx()));
      if (shared) {
        for (let k = top()?.firstTask ?? 0; k < tasks.length; k++) {
          if (tasks[k]!.deadline !== null && !tasks[k]!.flags.includes("deadline_inferred")) continue;
          dateAfter(k, shared);
        }
        skip(b, "shared_deadline");
        continue;
      }
    }
    // "Giao Sở TN&MT chủ trì … ." then "Hoàn thành trước ngày 10/3/2023.": the sentence dates the task just above (round 16, 560).
    if (b.marker === "none" && tasks.length && tasks[tasks.length - 1]!.deadline === null && DEADLINE_ONLY.test(b.bodyFolded)) {
      const own = pickDeadline(findDeadlines(b.body, b.bodyFolded, dateCtx()));
      if (own) {
        dateAfter(tasks.length - 1, own);
        skip(b, "shared_deadline");
        continue;
      }
    }
    const narrative = narrativeReason(b, blocks[i - 1], noticeYear);
    if (narrative === "background" && !tasks.length && WORK_PERIOD.test(b.bodyFolded) && isSelfReference(b.bodyFolded)) {
      const period = pickDeadline(findDeadlines(b.body, b.bodyFolded, dateCtx()));
      if (period) leadDeadline = { date: period.date, text: period.text, yearGuessed: period.yearGuessed };
    }
    if (narrative) { skip(b, narrative); continue; }
    if (b.body.length < 12) { skip(b, "no_action"); continue; }
    // "07h00’ ngày 06/9, đoàn xuất phát từ thị xã …", "14h00’ ngày 06/9, làm việc với UBND huyện.": a visit's programme, no one's work (round 16, 557).
    if (b.marker === "none" && PROGRAMME_LINE.test(b.bodyFolded) && !readAssignment(b.body, b.bodyFolded)) { skip(b, "no_action"); continue; }
    if (b.marker !== "none" && PERIOD_ITEM.test(b.bodyFolded) && !readAssignment(b.body, b.bodyFolded)) {
      // The period's end ("… đến ngày 05/4/2025"), not its start.
      const period = pickDeadline(findDeadlines(b.body, b.bodyFolded, dateCtx()).filter((d) => /^(?:truoc|cham nhat)|\bden\b/.test(fold(d.text))));
      if (period) { noticePeriod = { date: period.date, text: period.text, yearGuessed: period.yearGuessed }; skip(b, "shared_deadline"); continue; }
    }
    // "(Gửi kèm bản phô tô Công văn số …)", "Cán bộ, công chức … được nghỉ Tết …": a remark or a permission no one is given as work.
    if (/^\(.*\)[.;]?$/.test(b.body) || (PERMISSION.test(b.bodyFolded) && !OBLIGED.test(b.bodyFolded) && !givesWork(b.body, b.bodyFolded))) { skip(b, "no_action"); continue; }
    // "Thời gian thực hiện từ 0 giờ ngày 23-4 đến khi UBND tỉnh có thông báo mới.": when a measure applies, no one's work.
    if (/^thoi gian (?:thuc hien|ap dung|bat dau)\b/.test(b.bodyFolded) && !readAssignment(b.body, b.bodyFolded)) { skip(b, "no_action"); continue; }
    // "Báo Bà Rịa-Vũng Tàu xin giới thiệu toàn văn Công văn số 13417/UBND-VP.": the paper introducing the text it prints.
    if (/\bgioi thieu (?:toan van|nguyen van|noi dung)\b/.test(b.bodyFolded) && b.body.length < 200 && !givesWork(b.body, b.bodyFolded)) { skip(b, "caption"); continue; }
    // "Đà Nẵng: Nhà đầu tư chặn đường ra biển của cộng đồng dân cư?": a question no one is asked to act on is a headline.
    if (/\?["”)]*$/.test(b.body) && !WORK_START.test(b.bodyFolded) && !givesWork(b.body, b.bodyFolded)) { skip(b, "caption"); continue; }
    // A portal's list of other posts: headlines that end with their date in brackets.
    if (b.marker !== "none" && DATED_HEADLINE.test(b.bodyFolded) && (DATED_HEADLINE.test(next?.bodyFolded ?? "") || DATED_HEADLINE.test(blocks[i - 1]?.bodyFolded ?? ""))) { skip(b, "caption"); continue; }
    // A press page's teaser that names no unit ("(BPO) - Tỉnh yêu cầu tuyên truyền …", "…; thành phố yêu cầu địa phương …").
    // Read again as a report because nothing gave a task, a one-paragraph brief's only paragraph is its story, not a teaser.
    if (b.marker === "none" && !underIntroOf(stack) && isTeaser(b, blocks[i - 1], notice.kind, !bodyStarted) && !(readsReported() && (blocks.filter((x) => x.body.length >= 100).length === 1 || givesWork(b.body, b.bodyFolded)))) { skip(b, "caption"); bodyStarted = true; continue; }
    // A teaser that sums up what the next paragraph details ("… vừa chỉ đạo các ngành …" / "Theo đó, …").
    // "UBND tỉnh có Công văn số 1150/UBND-HTKT ngày 15/5/2019 yêu cầu …" / "Theo đó, … UBND tỉnh giao …": the letter cited, then its detail.
    if (b.marker === "none" && !underIntroOf(stack) && (isSelfReference(b.bodyFolded) || LETTER_CITED.test(b.bodyFolded)) && next && DETAIL_OPENING.test(next.bodyFolded)
      && readAssignment(next.body, next.bodyFolded)) { summary = readAssignment(b.body, b.bodyFolded); skip(b, "background"); continue; }

    // "ThienNhien.Net – Sở Tài nguyên và Môi trường … vừa được UBND TP giao chủ trì …": past the teaser checks, the paper's tag is no part of the work.
    const tag = b.marker === "none" ? PRESS_TAG.exec(b.body) : null;
    if (tag && b.body.length - tag[0].length > 40 && !/^(?:(?:sang|chieu|toi)\s+)?ngay\s+\d|^(?:\S+\s+){1,10}?(?:co|ban hanh|gui)\s+(?:cong van|van ban|cong dien)\b/.test(b.bodyFolded.slice(tag[0].length))) b = { ...b, body: b.body.slice(tag[0].length), bodyFolded: b.bodyFolded.slice(tag[0].length) };
    // A part cut at its own subject keeps it, even one a sentence start would not read ("…; địa phương tăng cường …").
    let own = readAssignment(b.body, b.bodyFolded) ?? (b.subject ? { assignees: b.subject, lead: null, partners: [] } : null);
    // "Theo đó, … giao các đơn vị …" under the letter it details (shown as background), or under the lead that sums it up (a task
    // until the end, see summedUp): "các đơn vị" are those the letter or the lead named (round 15, 526).
    const cited = summary ?? (lead && lead.task === tasks.length - 1 && tasks[lead.task]!.assignees.length ? tasks[lead.task]! : null);
    if (cited && own?.assignees.length === 1 && BACK_REFERENCE.test(fold(own.assignees[0]!)) && DETAIL_OPENING.test(b.bodyFolded)) {
      own = { assignees: [...cited.assignees], lead: cited.lead, partners: [...cited.partners] };
    }
    summary = null;
    const underIntro = underIntroOf(stack);
    if (b.marker === "none" && !underIntro && !own && !b.continues && !WORK_START.test(b.bodyFolded) && !speaksUnnamed(b.body, b.bodyFolded)) { skip(b, "background"); continue; }
    // "Điều 1. Phê duyệt …": an article is work only when it names who or opens with a directing verb.
    if (b.marker === "article" && !own && (!WORK_START.test(b.bodyFolded) || ARTICLE_DECIDES.test(b.bodyFolded))) { skip(b, "no_action"); continue; }
    // "1. Thống nhất chủ trương lập Quy hoạch tỉnh …": an item that decides or approves, naming no one to act, is no task.
    if (b.marker !== "none" && !own && DECISION_START.test(b.bodyFolded)) { skip(b, "no_action"); continue; }
    // A paragraph naming the addressees and followed by an intro that names nobody introduces the list.
    // The page's "Tập tin đính kèm:", "Tin liên quan:" below the last paragraph introduce no list of it (round 19, 968).
    if (own && b.marker === "none" && !b.split && next && ends(next.body, ":") && next.marker === "none" && !PAGE_LABEL.test(next.bodyFolded) && !readAssignment(next.body, next.bodyFolded)) {
      addressees = own;
      skip(b, "heading");
      continue;
    }
    if (own && b.marker === "none" && !underIntro) addressees = own;
    const from = inherited();
    // A sentence cut from the paragraph above without a subject of its own does the work of the task before it.
    // "Hằng năm, phối hợp với các địa phương rà soát …", "Ngoài ra, phối hợp với Sở GTVT đề xuất …": those it works with are named here.
    // An item under a heading ("1. Phối hợp với ngành y tế …") keeps the heading's units only.
    const before = tasks[tasks.length - 1];
    const w = own || (!b.continues && (b.marker !== "none" || underIntro)) ? null : CONTINUED_WITH.exec(b.bodyFolded);
    // "UBND tỉnh yêu cầu:" / "Ủy ban nhân dân các huyện, thành phố: Phân công …" / "Thường xuyên cập nhật …": under an intro
    // that names nobody, a paragraph without a subject goes on with the unit the paragraph before it gave work to.
    // "… yêu cầu các sở, các huyện …" / "Cụ thể:" / "Các huyện A, B …;" / "Đối với xã, phường cần …" / "Cần tăng cường …": under an intro
    // that names nobody, the addressees of the paragraph above it yield to the unit given work last (round 15, 521).
    const scoped = stack.some((x) => x.assignment?.assignees.length);
    const sibling = !own && !b.continues && underIntro && b.marker === "none" && afterTask && (!from.assignment?.assignees.length || !scoped)
      && !!before?.assignees.length && tasks.length - 1 >= (top()?.firstTask ?? 0);
    const doer = b.continues && before?.assignees.length ? before : sibling ? before! : w ? from.assignment : null;
    // "UBND TP yêu cầu không được để người ở lại …": the speaker names no one, and the sentence inherits no one.
    // A sentence going on from one that named nobody names nobody either.
    if (!own && (speaksUnnamed(b.body, b.bodyFolded) || (b.continues && before && !before.assignees.length))) from.assignment = null;
    else if (!own && doer) {
      const subject = doer.lead ? [doer.lead] : doer.assignees.filter((a) => !doer.partners.includes(a));
      const wWith = w ?? (sibling ? CONTINUED_WITH.exec(b.bodyFolded) : null);
      const partners = wWith ? readRoles(b.body, b.bodyFolded, wWith[0].length, true)?.groups ?? [] : [];
      from.assignment = { assignees: [...subject, ...partners], lead: null, partners };
    }
    // "Sở A …; Sở B …; hoàn thành trước ngày 30/6": the paragraph's shared deadline is closer than its heading's.
    const shared = b.sharedDeadline ? pickDeadline(findDeadlines(b.sharedDeadline.text, b.sharedDeadline.folded, dateCtx())) : null;
    if (shared) from.deadline = { date: shared.date, text: shared.text, yearGuessed: shared.yearGuessed };
    // "Chủ tịch UBND TP … vừa ký ban hành Công điện … yêu cầu …" as a page's first paragraph: the lead that sums up the body.
    if (!bodyStarted && b.marker === "none" && JUST_DIRECTED.test(b.bodyFolded)) lead = { task: tasks.length, block: b };
    sources.push({ body: b.body, folded: b.bodyFolded, ctx: dateCtx(), inherited: from });
    tasks.push(buildTask(`T${tasks.length + 1}`, b.body, b.bodyFolded, sources[sources.length - 1]!.ctx, from, notice.number, own));
    previous = "task";
    bodyStarted = true;
  }

  while (stack.length) pop();
  // The lead is a summary when the body gives the same units work again ("… vừa yêu cầu Giám đốc Sở TN-MT …" / "Phó Chủ tịch … yêu cầu Giám đốc Sở TN-MT …").
  if (lead && summedUp(tasks, lead.task)) {
    tasks.splice(lead.task, 1);
    tasks.forEach((t, k) => { t.code = `T${k + 1}`; });
    skipped.push({ text: lead.block.body, reason: "caption", line: lead.block.no });
  }
  if (!tasks.length) {
    // Nothing leaves the text unseen, even when no task does: each fragment with why it is none, so the admin sees what was read.
    return { ...fail("no_tasks", "Không tìm thấy nhiệm vụ nào trong văn bản: cần các câu giao việc như \"Giao Sở … chủ trì …\" hoặc một danh sách nhiệm vụ (no tasks found)."),
      skipped: sortByLine([...duplicates, ...skipped]), notice } as ParseResult;
  }
  const warnings: string[] = [];
  if (!notice.number) warnings.push("Không tìm thấy số hiệu văn bản (notice number not found).");
  if (!notice.date) warnings.push("Không tìm thấy ngày ban hành; thời hạn tương đối không tính được (notice date not found).");
  return { ok: true, directive: { notice, tasks, skipped: sortByLine([...duplicates, ...skipped]) }, warnings };
}

/** A headline's opening directing verb: "Chỉ đạo …", "Yêu cầu …", "Giao …". Folded. */
const HEADLINE_VERB = /^(?:chi dao|yeu cau|de nghi|giao|khan truong|tang cuong|trien khai)\s+/;

/** For comparing a headline with the story: brackets ("(Bình Thuận)") and the story's own particles ("cũng", "đã", "vừa") left out. Folded. */
const comparable = (f: string): string => f.replace(/\([^)]*\)/g, " ").replace(/[^a-z0-9\s]/g, " ").replace(/(?<![a-z0-9])(?:cung|da|vua)(?![a-z0-9])/g, " ").replace(/\s+/g, " ").trim();

/**
 * The block's words, from its first eight, come again in a later block: a headline the text goes on to restate. `verbOnly`: a
 * headline with a full stop ("Chỉ đạo triển khai treo cờ ASEAN trên địa bàn tỉnh.") counts only as its work restated after its
 * verb, or as twelve words repeated.
 */
function restatedLater(b: Block, blocks: Block[], i: number, verbOnly = false): boolean {
  const words = comparable(b.bodyFolded).split(/\s+/).filter(Boolean);
  if (words.length < 6) return false;
  // "Chỉ đạo lựa chọn, thực hiện gắn biển …" / "… thông báo ý kiến chỉ đạo … về việc lựa chọn, thực hiện gắn biển …": a
  // headline's opening verb is the story's own, not repeated; the work it names is.
  // A teaser with its full stop counts only as twelve words the story repeats ("Chủ tịch … yêu cầu UBND H.Bắc Bình (Bình Thuận) tổ chức
  // kiểm điểm …" / "Chủ tịch … cũng yêu cầu UBND H.Bắc Bình tổ chức kiểm điểm …"), anywhere below: eight are shared by two tasks of one speaker.
  const probes = verbOnly ? (words.length >= 14 ? [words.slice(0, 12).join(" ")] : []) : [words.slice(0, 8).join(" ")];
  const reach = verbOnly ? blocks.length : Math.min(blocks.length, i + 4);
  const verb = HEADLINE_VERB.exec(b.bodyFolded);
  if (verb) { const rest = comparable(b.bodyFolded.slice(verb[0].length)).split(/\s+/).filter(Boolean); if (rest.length >= 5) probes.push(rest.slice(0, 6).join(" ")); }
  for (let k = i + 1; k < reach; k++) {
    const later = comparable(blocks[k]!.bodyFolded);
    if (probes.some((p) => later.includes(p))) return true;
  }
  return false;
}

/** A paragraph that names a letter by its number: "UBND tỉnh có Công văn số 1150/UBND-HTKT …". Folded. */
const LETTER_CITED = /^(?:\S+\s+){1,8}?co\s+(?:cong van|van ban|cong dien)\s+so\s+\d/;

/**
 * A Quyết định's article that is the decision itself, naming no one: "Điều 1. Ban hành danh mục sản phẩm …", "Công nhận …", "Thành lập …",
 * a permission ("Tiếp tục cho trẻ mầm non, học sinh … nghỉ học …", "Cho phép …"). Folded, marker off. An approval ("Phê duyệt …",
 * "Đồng ý …") is DECISION_START's, for every item.
 */
const ARTICLE_DECIDES = /^(?:ban hanh|cong nhan|thanh lap|quy dinh|giao chi tieu|(?:tiep tuc\s+)?cho)\b/;

/** An item that only states when: "Thời gian lấy ý kiến: từ ngày 17/3/2025 đến ngày 05/4/2025", "Thời gian thực hiện: từ … đến …". Folded, marker off. */
const PERIOD_ITEM = /^thoi gian(?:\s+[a-z]+){0,4}\s*:\s*(?:tu\s+(?:ngay\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*(?:den|-|–)\s*(?:het\s+)?(?:ngay\s+)?)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[\s./]*$/;
/** A portal's labels under an article: "Tập tin đính kèm:", "Tin liên quan:", "Các tin khác:", "Từ khóa:". Folded. */
const PAGE_LABEL = /^(?:tap tin dinh kem|file dinh kem|dinh kem|tin lien quan|bai viet lien quan|cac tin khac|tin khac|xem them|tu khoa|tags?|nguon|chia se|in bai viet|binh luan)\s*:$/;
/** A sentence that only sets the scene: "Thực hiện Công điện …", "Căn cứ …", "Để …", "Trước tình hình …". Folded. */
const PREAMBLE_OPENING = /^(?:thuc hien|can cu|de|truoc tinh hinh|nham|trien khai)\s/;
/** The assignment of an intro's last sentence, when an earlier one only sets the scene. */
function lastSentenceAssignment(body: string, folded: string): ReturnType<typeof readAssignment> {
  let at = -1;
  for (const m of body.matchAll(/[.!?]\s+(?=\p{Lu})/gu)) at = m.index + m[0].length;
  return at > 0 ? readAssignment(body.slice(at), folded.slice(at)) : null;
}
