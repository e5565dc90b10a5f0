/**
 * After parsing: which tasks came from OCR lines read with low confidence (a flag the preview shows, so the admin
 * checks those against the paper), and the notes to show with a preview.
 */
import type { Task } from "../core/directive/types.ts";
import { fold, normalizeText } from "../core/text/fold.ts";
import type { Locale } from "../i18n/index.ts";
import { note } from "./messages.ts";
import type { IntakeText } from "./types.ts";

/** A line shorter than this (folded, in characters) says too little to tell which task it belongs to. */
const MIN_LINE_CHARS = 8;
/** An item marker at the start of a line, which the parser leaves out of the task's text. */
const MARKER = /^\s*(?:\d{1,3}[.)]|[a-z][.)]|[-–•+])\s+/;

const comparable = (s: string) => fold(normalizeText(s)).replace(/\s+/g, " ").trim();

/** Indexes (0-based) of the tasks whose text holds one of `lines`. */
export function lowConfidenceTasks(tasks: Task[], lines: string[]): number[] {
  const wanted = lines.map((l) => comparable(l).replace(MARKER, "")).filter((l) => l.length >= MIN_LINE_CHARS);
  return tasks.flatMap((t, i) => {
    const text = comparable(t.text);
    return wanted.some((l) => text.includes(l)) ? [i] : [];
  });
}

/**
 * What to tell the admin beside the preview: how the text was read (with the uncertain lines), the flagged tasks
 * (named by `label`: "3" in chat, where tasks are numbered, "T3" in the CLI).
 */
export function intakeNotes(read: IntakeText, tasks: Task[], locale: Locale, label: (index: number) => string): string[] {
  const out = [...read.notes];
  const flagged = lowConfidenceTasks(tasks, read.lowConfidenceLines ?? []);
  if (flagged.length) out.push(note(locale, "flagged_tasks", { tasks: flagged.map(label).join(", ") }));
  return out;
}
