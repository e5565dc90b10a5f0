/** Intake's words: failures and notes from locales (intake.*), in the reader's locale. */
import { t, type Locale, type Params } from "../i18n/index.ts";
import type { IntakeFailure, IntakeFailureCode } from "./types.ts";

/** A reason to import nothing, thrown where it is found and turned into an IntakeFailure at the edge (intake.ts). */
export class IntakeProblem extends Error {
  override name = "IntakeProblem";
  constructor(readonly code: IntakeFailureCode, readonly params: Params = {}, options?: { cause?: unknown }) {
    super(`intake: ${code} ${JSON.stringify(params)}`, options);
  }
}

export function failure(locale: Locale, code: IntakeFailureCode, params: Params = {}): IntakeFailure {
  return { ok: false, code, message: t(locale, `intake.${code}`, params) };
}

export type NoteKey = "docx" | "pdf" | "pdf_ocr_pages" | "scan" | "image" | "low_lines" | "flagged_tasks" | "html" | "page" | "attachment" | "attachment_failed";

export function note(locale: Locale, key: NoteKey, params: Params = {}): string {
  return t(locale, `intake.note.${key}`, params);
}

/** Megabytes to two significant digits, as the messages show sizes: "1.5", "20". */
export const megabytes = (bytes: number): string => String(Number((bytes / 1_000_000).toPrecision(2)));

/** The note on OCR lines below `threshold`, when there are any. */
export function lowLinesNote(locale: Locale, lines: string[], threshold: number): string[] {
  return lines.length ? [note(locale, "low_lines", { count: lines.length, threshold })] : [];
}
