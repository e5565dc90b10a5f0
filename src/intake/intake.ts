/**
 * Intake, in front of the parser: a file's bytes or a link → the notice's text (`IntakeText`), or one message
 * saying why nothing can be imported (`IntakeFailure`). Used by the CLI, the chat and the console alike.
 */
import { readBytes } from "./bytes.ts";
import { failure, IntakeProblem } from "./messages.ts";
import { readLink } from "./portal.ts";
import { settings } from "./settings.ts";
import type { IntakeOptions, IntakeResult } from "./types.ts";

/** Something that reads as a link: a scheme and "://" ("https://…", and "ftp://…" to be refused by name). */
const LINK = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;

/** True when the text is one link and nothing else: what an admin pastes from the portal. */
export function looksLikeLink(text: string): boolean {
  return LINK.test(text.trim());
}

async function guarded(options: IntakeOptions, read: () => Promise<IntakeResult>): Promise<IntakeResult> {
  try {
    return await read();
  } catch (err: unknown) {
    if (err instanceof IntakeProblem) return failure(options.locale ?? "vi", err.code, err.params);
    throw err;
  }
}

/** A file's bytes, whatever the file's name says. */
export function intakeBytes(bytes: Buffer, options: IntakeOptions = {}): Promise<IntakeResult> {
  const s = settings(options);
  return guarded(options, async () => ({ ...(await readBytes(bytes, s)), source: { from: "file" } }));
}

/** A link to a post or to a file; refused unless `fetchUrls` is on. */
export function intakeUrl(link: string, options: IntakeOptions = {}): Promise<IntakeResult> {
  const s = settings(options);
  return guarded(options, async () => {
    if (!options.fetchUrls) throw new IntakeProblem("url_disabled");
    return readLink(link.trim(), s, options);
  });
}
