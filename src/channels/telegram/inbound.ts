/**
 * A Bot API update → our InboundMessage, or null for what dondoc does not read (edits, channel
 * posts, stickers, service messages). Text messages, replies, documents and button presses count.
 */
import type { InboundMessage } from "../port.ts";
import type { TelegramUpdate } from "./update-schema.ts";

type Sender = { id: number; first_name: string; last_name?: string };

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
export function telegramUpdateToInbound(update: TelegramUpdate, now: Date = new Date()): InboundMessage | null {
  if (update.callback_query) {
    const q = update.callback_query;
    if (q.data === undefined || q.message === undefined) return null;
    const buttons = q.message.reply_markup?.inline_keyboard.flat() ?? [];
    const pressed = buttons.find((b) => b.callback_data === q.data);
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
  if (!update.message) return null;
  const m = update.message;
  if (m.from === undefined || m.from.is_bot) return null;
  const base = {
    channel: "telegram" as const,
    chatId: String(m.chat.id),
    userId: String(m.from.id),
    messageId: String(update.update_id),
    replyToMessageId: m.reply_to_message ? String(m.reply_to_message.message_id) : null,
    buttonData: null,
    at: new Date(m.date * 1000),
    displayName: displayName(m.from),
  };
  if (m.text !== undefined) return { ...base, text: m.text };
  if (m.document) {
    const d = m.document;
    return {
      ...base,
      text: m.caption ?? "",
      document: { fileId: d.file_id, fileName: d.file_name ?? "document", mimeType: d.mime_type ?? null },
    };
  }
  return null;
}
