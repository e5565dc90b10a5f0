/**
 * The parts of a Bot API update dondoc reads, as zod schemas: checked before anything reads them,
 * so a malformed update (an authenticated but broken one, or a forged one on an open webhook) is
 * dropped at the edge instead of throwing inside a handler. Unknown fields pass through.
 */
import { z } from "zod";

const Id = z.number().int().safe();
/** Unix seconds, between 2000 and 2100: anything else is no real message date. */
const UnixSeconds = z.number().int().min(946_684_800).max(4_102_444_800);

const User = z.looseObject({ id: Id, is_bot: z.boolean().optional(), first_name: z.string(), last_name: z.string().optional() });
const Chat = z.looseObject({ id: Id, type: z.string().optional() });
/** One size of a photo; Telegram sends several, smallest first. */
const PhotoSize = z.looseObject({ file_id: z.string().min(1), width: z.number().optional(), height: z.number().optional() });
const InlineButton = z.looseObject({ text: z.string(), callback_data: z.string().optional() });
const InlineKeyboard = z.looseObject({ inline_keyboard: z.array(z.array(InlineButton)) });

const Message = z.looseObject({
  message_id: Id,
  date: UnixSeconds,
  chat: Chat,
  from: User.optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  document: z.looseObject({ file_id: z.string().min(1), file_name: z.string().optional(), mime_type: z.string().optional() }).optional(),
  photo: z.array(PhotoSize).optional(),
  /** Set when the message was forwarded from someone else (Bot API 7). */
  forward_origin: z.looseObject({ type: z.string() }).optional(),
  reply_to_message: z.looseObject({ message_id: Id, from: User.optional() }).optional(),
  reply_markup: InlineKeyboard.optional(),
});

/** The message a pressed button sits on: Telegram may send an "inaccessible" one with date 0. */
const PressedOn = z.looseObject({ message_id: Id, chat: Chat, reply_markup: InlineKeyboard.optional() });

const CallbackQuery = z.looseObject({ id: z.string().min(1), from: User, data: z.string().optional(), message: PressedOn.optional() });

export const TelegramUpdateSchema = z.looseObject({
  update_id: Id,
  message: Message.optional(),
  callback_query: CallbackQuery.optional(),
});
export type TelegramUpdate = z.infer<typeof TelegramUpdateSchema>;
