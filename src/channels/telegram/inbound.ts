/**
 * A Bot API update → our InboundMessage, or null for what dondoc does not read (edits, channel
 * posts, stickers, service messages). Text messages, replies, documents, photos and button presses count.
 */
import type { Update } from "telegraf/types";
import type { InboundKind, InboundMessage } from "../port.ts";

type Sender = { id: number; first_name: string; last_name?: string };

/** The bot's own id and username (getMe), to tell in a group whether a message speaks to it. */
export interface BotIdentity {
  id: number;
  username: string;
}

/** Kinds of non-text message, by the field that carries them. */
const KINDS: ReadonlyArray<readonly [string, InboundKind]> = [
  ["sticker", "sticker"], ["photo", "photo"], ["voice", "voice"], ["audio", "voice"], ["video_note", "video"], ["video", "video"],
  ["animation", "video"], ["location", "location"], ["venue", "location"], ["contact", "contact"],
];

/** In a group: a command, a mention of the bot, or a reply to one of its messages. Private chats always. */
function speaksToBot(m: Record<string, unknown> & { chat: { type: string } }, text: string, bot: BotIdentity | null): boolean {
  if (m.chat.type === "private") return true;
  if (text.trimStart().startsWith("/")) return true;
  if (bot && text.toLowerCase().includes(`@${bot.username.toLowerCase()}`)) return true;
  const replied = m.reply_to_message as { from?: { id?: number; is_bot?: boolean } } | undefined;
  return !!replied?.from && (bot ? replied.from.id === bot.id : replied.from.is_bot === true);
}

function displayName(from: Sender): string {
  return [from.first_name, from.last_name].filter(Boolean).join(" ");
}

/**
 * `messageId` is the update_id: unique per bot and kept when Telegram re-delivers, so it is the
 * de-duplication key (a message_id is only unique within one chat). Button presses: `buttonData`
 * is the button's data, `replyToMessageId` the bot message it sits on (so the press finds that
 * message's task), `text` the pressed button's label, for the audit log. `now` stamps presses,
 * which carry no date.
 */
export function telegramUpdateToInbound(update: Update, now: Date = new Date(), bot: BotIdentity | null = null): InboundMessage | null {
  if ("callback_query" in update) {
    const q = update.callback_query;
    if (!("data" in q) || q.message === undefined) return null;
    const buttons = "reply_markup" in q.message ? q.message.reply_markup?.inline_keyboard.flat() ?? [] : [];
    const pressed = buttons.find((b) => "callback_data" in b && b.callback_data === q.data);
    return {
      channel: "telegram",
      chatId: String(q.message.chat.id),
      userId: String(q.from.id),
      text: pressed?.text ?? "",
      messageId: String(update.update_id),
      replyToMessageId: String(q.message.message_id),
      buttonData: q.data,
      at: now,
      displayName: displayName(q.from),
    };
  }
  if (!("message" in update)) return null;
  const m = update.message;
  if (m.from === undefined || m.from.is_bot) return null;
  const base = {
    channel: "telegram" as const,
    chatId: String(m.chat.id),
    userId: String(m.from.id),
    messageId: String(update.update_id),
    replyToMessageId: "reply_to_message" in m && m.reply_to_message ? String(m.reply_to_message.message_id) : null,
    buttonData: null,
    at: new Date(m.date * 1000),
    displayName: displayName(m.from),
  };
  const raw = m as unknown as Record<string, unknown> & { chat: { type: string } };
  const text = "text" in m ? m.text : "caption" in m ? m.caption ?? "" : "";
  const extra = { addressed: speaksToBot(raw, text, bot), ...("forward_origin" in m && m.forward_origin ? { forwarded: true } : {}) };
  if ("text" in m) return { ...base, ...extra, text: m.text };
  if ("document" in m) {
    const d = m.document;
    return { ...base, ...extra, text, document: { fileId: d.file_id, fileName: d.file_name ?? "document", mimeType: d.mime_type ?? null } };
  }
  // A photo comes in several sizes, smallest first: the largest is the one worth reading (an admin's scan).
  if ("photo" in m && m.photo.length) {
    const largest = m.photo[m.photo.length - 1]!;
    return { ...base, ...extra, text, kind: "photo", document: { fileId: largest.file_id, fileName: "photo.jpg", mimeType: "image/jpeg" } };
  }
  const kind = KINDS.find(([field]) => field in raw)?.[1];
  return kind ? { ...base, ...extra, text, kind } : null;
}
