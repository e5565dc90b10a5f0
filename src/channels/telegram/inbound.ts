/**
 * A validated Bot API update → our InboundMessage, or null for what dondoc does not read (edits,
 * channel posts, service messages). Text, replies, documents, photos and button presses count;
 * a sticker or a voice note comes in as its kind, so the bot can say it reads text.
 */
import type { InboundKind, InboundMessage } from "../port.ts";
import type { TelegramUpdate } from "./update-schema.ts";

type Sender = { id: number; first_name: string; last_name?: string };
type Message = NonNullable<TelegramUpdate["message"]>;

/** The bot's own id and username (getMe), to tell in a group whether a message speaks to it. */
export interface BotIdentity {
  id: number;
  username: string;
}

/** Kinds of non-text message, by the field that carries them. */
const KINDS: ReadonlyArray<readonly [string, InboundKind]> = [
  ["sticker", "sticker"], ["voice", "voice"], ["audio", "voice"], ["video_note", "video"], ["video", "video"],
  ["animation", "video"], ["location", "location"], ["venue", "location"], ["contact", "contact"],
];

function displayName(from: Sender): string {
  return [from.first_name, from.last_name].filter(Boolean).join(" ");
}

/** In a group: a command, a mention of the bot, or a reply to one of its messages. Private chats always. */
function speaksToBot(m: Message, text: string, bot: BotIdentity | null): boolean {
  if (m.chat.type === undefined || m.chat.type === "private") return true;
  if (text.trimStart().startsWith("/")) return true;
  if (bot && text.toLowerCase().includes(`@${bot.username.toLowerCase()}`)) return true;
  const replied = m.reply_to_message?.from;
  return !!replied && (bot ? replied.id === bot.id : replied.is_bot === true);
}

/**
 * `messageId` is the update_id: unique per bot and kept when Telegram re-delivers, so it is the
 * de-duplication key (a message_id is only unique within one chat). Button presses: `buttonData`
 * is the button's data, `replyToMessageId` the bot message it sits on (so the press finds that
 * message's task), `text` the pressed button's label, for the audit log. `now` stamps presses,
 * which carry no date.
 */
export function telegramUpdateToInbound(update: TelegramUpdate, now: Date = new Date(), bot: BotIdentity | null = null): InboundMessage | null {
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
  const text = m.text ?? m.caption ?? "";
  const base = {
    channel: "telegram" as const,
    chatId: String(m.chat.id),
    userId: String(m.from.id),
    messageId: String(update.update_id),
    replyToMessageId: m.reply_to_message ? String(m.reply_to_message.message_id) : null,
    buttonData: null,
    at: new Date(m.date * 1000),
    displayName: displayName(m.from),
    addressed: speaksToBot(m, text, bot),
    ...(m.forward_origin ? { forwarded: true } : {}),
  };
  if (m.text !== undefined) return { ...base, text: m.text };
  if (m.document) {
    const d = m.document;
    return { ...base, text, document: { fileId: d.file_id, fileName: d.file_name ?? "document", mimeType: d.mime_type ?? null } };
  }
  // A photo comes in several sizes, smallest first: the largest is the one worth reading (an admin's scan).
  if (m.photo?.length) {
    const largest = m.photo[m.photo.length - 1]!;
    return { ...base, text, kind: "photo", document: { fileId: largest.file_id, fileName: "photo.jpg", mimeType: "image/jpeg" } };
  }
  const kind = KINDS.find(([field]) => field in m)?.[1];
  return kind ? { ...base, text, kind } : null;
}
