/** What a parsed notice is: the notice itself and the tasks it assigns. Dates are ISO YYYY-MM-DD. */

/** How often a task comes back: hằng tuần, hằng tháng, hằng quý, 6 tháng, hằng năm, thường xuyên. */
export type Recurrence = "weekly" | "monthly" | "quarterly" | "half-yearly" | "yearly" | "regular";

/** "khẩn trương", "ngay", "gấp" make a task urgent. */
export type Priority = "urgent" | "normal";

/** A document a task cites: "Văn bản số 1322/UBND-NCPC ngày 04/3/2022". */
export interface DocumentRef {
  /** Number and symbol without spaces, e.g. "1322/UBND-NCPC". */
  number: string;
  /** Date of the document, or null when the text gives none. */
  date: string | null;
}

/**
 * What an admin must check before confirming a task (each has a text under `directive.flag.<flag>` in locales/):
 * - no_assignee: nobody is named, in the task or in what introduces it;
 * - assignee_not_unit: an assignee does not read as a unit or role the roster knows the form of ("Sở …", "UBND …", "Chủ tịch …");
 * - deadline_inferred: the deadline comes from a heading, a sentence shared by several items or the year the list is scoped to, not the task's own words;
 * - year_guessed: the deadline's date was written without a year, which was taken from the notice's date or context;
 * - reported: the text only reports the assignment ("UBND tỉnh cho biết đã giao Sở KH-ĐT chủ trì …"), read so because nothing else in it assigns work.
 */
export type TaskFlag = "no_assignee" | "assignee_not_unit" | "deadline_inferred" | "year_guessed" | "reported";

/**
 * Why a list item or a directing sentence is not a task (texts under `directive.skipped.<reason>` in locales/):
 * - heading: a title or an intro that names who or what the items below are about ("2. Sở Y tế:", "Chủ tịch UBND tỉnh yêu cầu:");
 * - background: the story, the legal basis and the meeting ("Căn cứ …", "Ngày 05/4, … chủ trì hội nghị …", "Theo Thông báo, …");
 * - assessment: results, evaluation, praise, limitations ("Năm 2025, tỉnh đã …", "Đánh giá cao …", items under "Kết quả đạt được");
 * - closing: the closing formulas, entry into force, the execution clause ("… thông báo để … thực hiện./.", "Quyết định có hiệu lực …");
 * - addressees: "Kính gửi:" and "… điện:" lists of units;
 * - accountability: who answers for a failure, not work ("… chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để chậm trễ");
 * - purpose: a plan's purposes and requirements ("Mục đích, yêu cầu", "Nhằm …");
 * - caption: a headline, teaser, photo caption or credit left by a portal or newspaper page;
 * - plan_target: a target or plan year used as a noun ("Đến năm 2030, 80% …", "Chỉ tiêu: …");
 * - duplicate: a paragraph a portal repeats (the first copy is read);
 * - shared_deadline: a deadline stated once for the items above it ("Các nội dung trên hoàn thành trước ngày …"), applied to each;
 * - no_action: a list item that directs nobody to do anything (figures, a description, a fragment).
 */
export type SkipReason =
  | "heading" | "background" | "assessment" | "closing" | "addressees" | "accountability" | "purpose" | "caption" | "plan_target" | "duplicate"
  | "shared_deadline" | "no_action";

/**
 * A body block that is not a task. Not listed at all (obviously no content): the document header (agency,
 * national motto, "Số:", place and date, kind and subject lines), everything from "Nơi nhận:" or the signature
 * block on, portal chrome (menus, share buttons, counters, credits "Tác giả: …", page numbers, "(tải xuống)"),
 * all-caps title lines ("NHIỆM VỤ VÀ GIẢI PHÁP", a portal's copy of the agency block), and everything after a
 * portal's related-news list. test/core/directive/nothing-dropped.test.ts checks that nothing else goes missing.
 */
export interface SkippedItem {
  /** The item or sentence as written, marker removed, whitespace folded. */
  text: string;
  reason: SkipReason;
  /** 1-based line of the input where it starts, or null when it is not one line's. */
  line: number | null;
}

export interface Task {
  /** T1, T2, … in the order the notice lists them. */
  code: string;
  /** The task as written, whitespace folded. */
  text: string;
  /** The first clause, at most about 120 characters, for lists and reminders. */
  summary: string;
  /** Responsible roles or units as written, lead first: "Giám đốc các sở", "Sở Tài chính". */
  assignees: string[];
  /** The unit that "chủ trì" (leads), when the text says so; otherwise null. */
  lead: string | null;
  /** Units that "phối hợp" (cooperate), when the text says so. */
  partners: string[];
  /** The deadline, or null (ongoing or undated). */
  deadline: string | null;
  /** The phrase the deadline came from ("trước ngày 15/5/2023", "Trong năm 2022"), or null. */
  deadlineText: string | null;
  recurrence: Recurrence | null;
  priority: Priority;
  references: DocumentRef[];
  /** What an admin should check before confirming; empty when nothing is uncertain. */
  flags: TaskFlag[];
}

export interface Notice {
  /** "147/TB-UBND": number and symbol, spaces removed; null when the text gives none. */
  number: string | null;
  /** Date the notice was issued. */
  date: string | null;
  /** "UBND tỉnh Bắc Kạn". */
  issuer: string | null;
  /** Date of the meeting the notice concludes, where given. */
  meetingDate: string | null;
  /** Kind of document: "Thông báo", "Chỉ thị", "Kế hoạch", "Công văn", … */
  kind: string | null;
  /** What the notice is about (trích yếu), where the text states it. */
  subject: string | null;
}

export interface Directive {
  notice: Notice;
  tasks: Task[];
  /** Every list item and directing sentence of the body that is not a task, in text order, with its reason. */
  skipped: SkippedItem[];
}

/** Every reason and flag, in the order an admin reads them: for catalogues and tests. */
export const SKIP_REASONS = [
  "heading", "background", "assessment", "closing", "addressees", "accountability", "purpose", "caption", "plan_target", "duplicate", "shared_deadline", "no_action",
] as const satisfies readonly SkipReason[];
export const TASK_FLAGS = ["no_assignee", "assignee_not_unit", "deadline_inferred", "year_guessed", "reported"] as const satisfies readonly TaskFlag[];

/** A problem found while parsing: where (line, 1-based, or null for the whole text) and what. */
export interface ParseIssue {
  code: "empty" | "binary" | "no_tasks" | "too_large";
  message: string;
  line: number | null;
}

export type ParseResult =
  | { ok: true; directive: Directive; warnings: string[] }
  /** `skipped` and `notice`: with "no_tasks", every fragment read and why it is no task, and the notice as far as it was read. */
  | { ok: false; issues: ParseIssue[]; skipped?: SkippedItem[]; notice?: Notice };
