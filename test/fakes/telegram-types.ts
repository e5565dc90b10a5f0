/** The subset of Bot API objects the fake produces, shaped as the real API returns them. */

export interface TgUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export interface TgChat {
  id: number;
  /** Negative ids are groups, as in the real API. */
  type: "private" | "supergroup";
  first_name?: string;
  title?: string;
  username?: string;
}

export interface TgInlineButton {
  text: string;
  callback_data?: string;
  url?: string;
}

export interface TgInlineKeyboard {
  inline_keyboard: TgInlineButton[][];
}

export interface TgMessage {
  message_id: number;
  from: TgUser;
  chat: TgChat;
  date: number;
  text?: string;
  edit_date?: number;
  reply_to_message?: TgMessage;
  reply_markup?: TgInlineKeyboard;
  document?: TgDocument;
  sticker?: { file_id: string; file_unique_id: string; emoji?: string; width: number; height: number; is_animated: boolean; is_video: boolean; type: "regular" };
  forward_origin?: { type: "hidden_user"; sender_user_name: string; date: number };
  /** A photo in the sizes Telegram keeps, smallest first. */
  photo?: TgPhotoSize[];
  caption?: string;
}

export interface TgPhotoSize {
  file_id: string;
  file_unique_id: string;
  width: number;
  height: number;
  file_size?: number;
}

export interface TgDocument {
  file_id: string;
  file_unique_id: string;
  file_name?: string;
  mime_type?: string;
  file_size?: number;
}

export interface TgCallbackQuery {
  id: string;
  from: TgUser;
  message: TgMessage;
  chat_instance: string;
  data: string;
}

export interface TgUpdate {
  update_id: number;
  message?: TgMessage;
  callback_query?: TgCallbackQuery;
}

export interface TgBotCommand {
  command: string;
  description: string;
}

/** A message the fake accepted from the bot: what the user would see. */
export interface DeliveredMessage {
  message_id: number;
  chat_id: number;
  text: string;
  parse_mode?: string;
  reply_markup?: TgInlineKeyboard;
  reply_to_message_id?: number;
  /** Milliseconds since the epoch, when accepted. */
  at: number;
  /** True when a fault destroyed the answer after delivery: the bot could not know it got through. */
  ackLost: boolean;
  /** A file sent with sendDocument (its caption is `text`): name and content as UTF-8. */
  document?: { file_name: string; content: string };
}

/** One request as the fake saw it; status 0 = no answer (hung or dropped). */
export interface RequestRecord {
  method: string;
  at: number;
  status: number;
  chatId?: number;
  fault?: string;
}

export interface WebhookDelivery {
  update_id: number;
  at: number;
  /** HTTP status the webhook answered, or 0 for a network error. */
  status: number;
  secretSent: string | null;
  error?: string;
}

export interface CallbackAnswer {
  callback_query_id: string;
  text?: string;
  show_alert: boolean;
  at: number;
}
