/**
 * The notice a CLI command was given, through intake: a file or "-" read by its content (text, .docx, PDF,
 * scan, photo, saved page), or a link (fetched only with DONDOC_FETCH_URLS=1). Notes go to stderr as "Lưu ý:".
 */
import { ConfigError, loadConfig } from "../config.ts";
import type { Directive } from "../core/directive/types.ts";
import { intakeBytes, intakeNotes, intakeUrl, looksLikeLink, lowConfidenceTasks, type IntakeText } from "../intake/index.ts";
import type { CliIo } from "./io.ts";

/** Reads `arg`; `unreadable` words the line for a file that cannot be opened, as each command always has. */
export async function readNotice(arg: string, io: CliIo, unreadable: (err: unknown) => string): Promise<IntakeText | { ok: false; message: string }> {
  if (looksLikeLink(arg)) {
    let fetchUrls: boolean;
    try {
      fetchUrls = loadConfig(io.env).fetchUrls;
    } catch (err: unknown) {
      if (err instanceof ConfigError) return { ok: false, message: err.message };
      throw err;
    }
    return intakeUrl(arg, { fetchUrls });
  }
  let bytes: Buffer;
  try {
    bytes = await io.read(arg);
  } catch (err: unknown) {
    return { ok: false, message: unreadable(err) };
  }
  return intakeBytes(bytes);
}

/** How the text was read, for --json: absent for a plain text file, whose output stays the Directive alone. */
export function intakeSummary(read: IntakeText, d: Directive) {
  if (read.kind === "text" && read.source.from === "file") return null;
  return {
    kind: read.kind, source: read.source, pages: read.pages ?? null, confidence: read.confidence ?? null,
    lowConfidenceLines: read.lowConfidenceLines ?? [], lowConfidenceTasks: lowConfidenceTasks(d.tasks, read.lowConfidenceLines ?? []).map((i) => d.tasks[i]!.code),
    notes: read.notes,
  };
}

/** The notes as "Lưu ý:" lines on stderr, tasks named by their code (T3). */
export function printNotes(read: IntakeText, d: Directive, io: CliIo): void {
  for (const n of intakeNotes(read, d.tasks, "vi", (i) => d.tasks[i]!.code)) io.err(`Lưu ý: ${n}`);
}
