/**
 * A registered official's free text: an admin's pasted or attached notice becomes a preview; a
 * pasted or forwarded document from anyone else changes nothing; an answer to "which task?"
 * completes what was said before; anything else is read as a status reply.
 */
import type { InboundMessage } from "../channels/port.ts";
import type { Official } from "../core/model.ts";
import { hedgedDone } from "../core/reply/certainty.ts";
import { looksLikeDocument } from "../core/reply/document.ts";
import type { Intent } from "../core/reply/types.ts";
import { understandReply } from "../core/reply/understand.ts";
import { looksLikeLink } from "../intake/index.ts";
import { t } from "../i18n/index.ts";
import type { Actor } from "../store/store.ts";
import { previewPasted } from "../app/admin.ts";
import type { AppDeps } from "../app/deps.ts";
import { completePending, savePending } from "../app/followups.ts";
import { applyReply, type ReplyContext } from "../app/leader.ts";
import { compose, type Say } from "./answer.ts";
import { previewAttachment, previewLink } from "./attachment.ts";
import { looksLikeNotice } from "./commands.ts";

/** The task a pressed "Xin gia hạn" put in context for the chat's next message. */
export const contextKey = (deps: AppDeps, msg: InboundMessage): string => deps.store.k.context(msg.channel, msg.chatId);

export async function handleText(deps: AppDeps, me: Official, msg: InboundMessage, say: Say): Promise<void> {
  const l = me.locale;
  const isAdmin = me.role === "admin";
  // An admin's file, scan, photo or portal link is read by intake into the same preview as pasted text.
  if (isAdmin && msg.document) return say(await previewAttachment(deps, me, { ...msg, document: msg.document }));
  if (isAdmin && !msg.forwarded && looksLikeLink(msg.text)) return say(await previewLink(deps, me, msg.text));
  if (isAdmin && !msg.forwarded && looksLikeNotice(msg.text)) return say(await previewPasted(deps, me, msg.text));
  if (msg.kind === "photo") return say(t(l, "error.not_text"));
  if (msg.document || looksLikeDocument(msg.text, { forwarded: msg.forwarded ?? false })) {
    await deps.store.audit({ at: deps.clock().toISOString(), who: me.id, channel: msg.channel, text: msg.text.slice(0, 200), target: me.id, action: "document_not_read", from: null, to: null });
    return say(t(l, isAdmin ? "reply.document_admin" : "reply.document"));
  }
  const now = deps.clock();
  const read = understandReply(msg.text, now, { timeZone: deps.calendar.timeZone });
  // A guess at "done" ("hình như xong rồi") is asked about, never taken: the "done" goes through the confirmation.
  const intents: Intent[] = read.every((i) => i.kind === "unknown") && hedgedDone(msg.text) ? read.map((i) => ({ ...i, kind: "done" as const })) : read;
  const completed = await completePending(deps, msg.channel, msg.chatId, intents);
  if (completed) return apply(deps, me, msg, completed.intents, { referenced: [] }, `${completed.text} → ${msg.text}`, say);
  // Which reminder it answers, or the task a button put in context.
  let referenced = msg.replyToMessageId ? await deps.store.assignmentsForMessage(msg.channel, msg.chatId, msg.replyToMessageId) : [];
  if (!referenced.length) {
    const ctx = await deps.store.redis.getdel(contextKey(deps, msg));
    if (ctx) referenced = [ctx];
  }
  return apply(deps, me, msg, intents, { referenced }, msg.text, say);
}

/** A "which task?" button: the number, as if typed. */
export async function completeWithNumbers(deps: AppDeps, me: Official, msg: InboundMessage, numbers: number[], say: Say): Promise<void> {
  const typed: Intent[] = numbers.map((task) => ({ kind: "unknown", task, percent: null, until: null, days: null, note: null }));
  const completed = await completePending(deps, msg.channel, msg.chatId, typed);
  if (!completed) return say(t(me.locale, "ask.which_gone"));
  return apply(deps, me, msg, completed.intents, { referenced: [] }, `${completed.text} → ${numbers.join(", ")}`, say);
}

async function apply(deps: AppDeps, me: Official, msg: InboundMessage, intents: Intent[], ctx: ReplyContext, text: string, say: Say): Promise<void> {
  const actor: Actor = { who: me.id, channel: msg.channel, text, ref: `${msg.channel}:${msg.messageId}` };
  const out = await applyReply(deps, me, intents, ctx, actor);
  await savePending(deps, msg.channel, msg.chatId, out.pending, text);
  await say(compose(out.answers));
}
