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
}

/** A problem found while parsing: where (line, 1-based, or null for the whole text) and what. */
export interface ParseIssue {
  code: "empty" | "binary" | "no_tasks" | "too_large";
  message: string;
  line: number | null;
}

export type ParseResult =
  | { ok: true; directive: Directive; warnings: string[] }
  | { ok: false; issues: ParseIssue[] };
