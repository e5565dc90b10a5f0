/**
 * What the sandbox page sends, checked at the edge: typed text, or a press of a button of one of
 * the bot's messages. It becomes an InboundMessage as a platform's update would.
 */
import { z } from "zod";
import type { InboundMessage } from "../port.ts";
import type { ChatLog } from "./chat-log.ts";
import { WEB_MAX_TEXT } from "./channel.ts";

/** A sandbox chat id: the official the person chose to be (roster ids are short codes). */
export const WebChatId = z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, "a roster id: 1–64 of A-Z a-z 0-9 _ . -");

export const WebPost = z.union([
  z.object({ text: z.string().trim().min(1, "the message is empty").max(WEB_MAX_TEXT, `at most ${WEB_MAX_TEXT} characters`) }).strict(),
  z.object({ button: z.string().min(1).max(64), on: z.string().regex(/^\d{1,15}$/) }).strict(),
]);
export type WebPost = z.infer<typeof WebPost>;

export type WebReceived = { ok: true; message: InboundMessage } | { ok: false; reason: string };

/**
 * Logs what the person did in the chat (so the page shows it) and returns the InboundMessage. A
 * press on a message that is not this chat's, or on a button it does not carry, is refused.
 */
export async function receiveWebPost(log: ChatLog, chatId: string, post: WebPost, now: Date = new Date()): Promise<WebReceived> {
  if ("text" in post) {
    const entry = await log.append(chatId, { from: "user", text: post.text }, now);
    return { ok: true, message: { channel: "web", chatId, userId: chatId, text: post.text, messageId: entry.id, replyToMessageId: null, buttonData: null, at: now } };
  }
  const on = await log.find(chatId, post.on);
  const pressed = on?.from === "bot" ? on.buttons?.flat().find((b) => b.data === post.button) : undefined;
  if (!pressed) return { ok: false, reason: "no such button on that message" };
  const entry = await log.append(chatId, { from: "user", text: pressed.label, pressedOn: post.on }, now);
  return { ok: true, message: { channel: "web", chatId, userId: chatId, text: pressed.label, messageId: entry.id, replyToMessageId: post.on, buttonData: pressed.data, at: now } };
}
