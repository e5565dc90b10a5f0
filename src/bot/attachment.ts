/**
 * An admin's file (.txt, .docx, .pdf, a scan or a photo) or link, sent in chat → the import preview a pasted
 * notice gets, with how it was read underneath (source, OCR confidence, the tasks to check against the paper).
 * What cannot be read is one line, and nothing is kept.
 */
import type { AppDeps } from "../app/deps.ts";
import { previewPasted } from "../app/admin.ts";
import type { InboundMessage, OutboundMessage } from "../channels/port.ts";
import { parseDirective } from "../core/directive/parse.ts";
import type { Official } from "../core/model.ts";
import { t } from "../i18n/index.ts";
import { intakeBytes, intakeNotes, intakeUrl, type IntakeResult } from "../intake/index.ts";

/** Telegram's Bot API hands bots files up to 20 MB; intake's cap is the same. */
const MAX_ATTACHMENT_BYTES = 20_000_000;

async function preview(deps: AppDeps, admin: Official, read: IntakeResult): Promise<OutboundMessage> {
  const l = admin.locale;
  if (!read.ok) return { text: t(l, "admin.import.failed", { reason: read.message }) };
  const shown = await previewPasted(deps, admin, read.text);
  if (read.kind === "text" && read.source.from === "file") return shown;
  const parsed = parseDirective(read.text);
  // The preview numbers tasks 1, 2, 3 …: flagged tasks are named by those numbers.
  const notes = intakeNotes(read, parsed.ok ? parsed.directive.tasks : [], l, (i) => String(i + 1));
  return { ...shown, text: `${shown.text}\n\n${notes.map((n) => `• ${n}`).join("\n")}` };
}

export async function previewAttachment(deps: AppDeps, admin: Official, msg: InboundMessage & { document: NonNullable<InboundMessage["document"]> }): Promise<OutboundMessage> {
  const l = admin.locale;
  const channel = deps.channels.get(msg.channel);
  let bytes: Buffer;
  try {
    if (!channel?.download) throw new Error(`${msg.channel} cannot download files`);
    bytes = await channel.download(msg.document.fileId, MAX_ATTACHMENT_BYTES);
  } catch (err: unknown) {
    deps.logger.warn("attachment download failed", { channel: msg.channel, err });
    return { text: t(l, "admin.import.failed", { reason: t(l, "intake.download_failed", { max: MAX_ATTACHMENT_BYTES / 1_000_000 }) }) };
  }
  return preview(deps, admin, await intakeBytes(bytes, { ...deps.intake, locale: l, maxBytes: MAX_ATTACHMENT_BYTES }));
}

export async function previewLink(deps: AppDeps, admin: Official, link: string): Promise<OutboundMessage> {
  return preview(deps, admin, await intakeUrl(link, { ...deps.intake, locale: admin.locale }));
}
