import type {
  CallbackAnswer, DeliveredMessage, TgBotCommand, TgCallbackQuery, TgChat, TgInlineKeyboard, TgMessage, TgUpdate, TgUser,
} from "./telegram-types.ts";
import { UpdateQueue, type WebhookConfig } from "./telegram-updates.ts";

export interface UserSendOptions {
  /** message_id of one of the bot's messages in that chat: the user answers it. */
  replyTo?: number;
  from?: Partial<TgUser>;
  /** The user forwards someone else's message (forward_origin hidden_user with this name). */
  forwardedFrom?: string;
}

/**
 * What the fake Telegram knows: the bot, the chats and their messages (message ids count per
 * private chat, shared by bot and user, as in the real API), pending updates, the webhook, the
 * command menus, and who blocked the bot.
 */
export class TelegramWorld {
  readonly bot: TgUser;
  readonly updates = new UpdateQueue();
  readonly delivered: DeliveredMessage[] = [];
  readonly callbackAnswers: CallbackAnswer[] = [];
  /** Command menus keyed by scope type and language code. */
  readonly commands = new Map<string, TgBotCommand[]>();
  readonly blocked = new Set<number>();
  readonly knownChats = new Set<number>();
  webhook: WebhookConfig | null = null;
  private readonly messages = new Map<number, Map<number, TgMessage>>();
  private readonly lastMessageId = new Map<number, number>();
  private readonly openQueries = new Map<string, { answered: boolean }>();
  private nextQueryId = 1;

  constructor(botId: number, username: string, private readonly now: () => number) {
    this.bot = { id: botId, is_bot: true, first_name: "Đôn đốc (thử nghiệm)", username };
  }

  private nextMessageId(chatId: number): number {
    const id = (this.lastMessageId.get(chatId) ?? 0) + 1;
    this.lastMessageId.set(chatId, id);
    return id;
  }

  private store(message: TgMessage): TgMessage {
    let chat = this.messages.get(message.chat.id);
    if (!chat) this.messages.set(message.chat.id, (chat = new Map()));
    chat.set(message.message_id, message);
    return message;
  }

  message(chatId: number, messageId: number): TgMessage | undefined {
    return this.messages.get(chatId)?.get(messageId);
  }

  chatOf(chatId: number): TgChat {
    return chatId < 0 ? { id: chatId, type: "supergroup", title: `Nhóm ${chatId}` } : { id: chatId, type: "private", first_name: `Người dùng ${chatId}` };
  }

  /** Stores a message the bot sent; the caller records delivery. */
  botSends(chatId: number, text: string, markup: TgInlineKeyboard | undefined, replyTo: TgMessage | undefined): TgMessage {
    return this.store({
      message_id: this.nextMessageId(chatId),
      from: this.bot,
      chat: this.chatOf(chatId),
      date: Math.floor(this.now() / 1000),
      text,
      ...(replyTo ? { reply_to_message: replyTo } : {}),
      ...(markup ? { reply_markup: markup } : {}),
    });
  }

  /** A user writes to the bot: the chat becomes known and a `message` update is queued. */
  userSends(chatId: number, text: string, options: UserSendOptions = {}): TgUpdate {
    this.knownChats.add(chatId);
    let replyTo: TgMessage | undefined;
    if (options.replyTo !== undefined) {
      replyTo = this.message(chatId, options.replyTo);
      if (!replyTo) throw new Error(`fake Telegram: no message ${options.replyTo} in chat ${chatId} to reply to`);
    }
    const from: TgUser = { id: chatId, is_bot: false, first_name: `Người dùng ${chatId}`, language_code: "vi", ...options.from };
    const message = this.store({
      message_id: this.nextMessageId(chatId),
      from,
      chat: this.chatOf(chatId),
      date: Math.floor(this.now() / 1000),
      text,
      ...(replyTo ? { reply_to_message: replyTo } : {}),
      ...(options.forwardedFrom ? { forward_origin: { type: "hidden_user" as const, sender_user_name: options.forwardedFrom, date: Math.floor(this.now() / 1000) - 3600 } } : {}),
    });
    return this.updates.push((update_id) => ({ update_id, message }));
  }

  /** A user sends a sticker: a `message` update with no text. */
  userSendsSticker(chatId: number, emoji = "👍"): TgUpdate {
    this.knownChats.add(chatId);
    const message = this.store({
      message_id: this.nextMessageId(chatId),
      from: { id: chatId, is_bot: false, first_name: `Người dùng ${chatId}`, language_code: "vi" },
      chat: this.chatOf(chatId),
      date: Math.floor(this.now() / 1000),
      sticker: { file_id: `STK${emoji.codePointAt(0)}`, file_unique_id: "U1", emoji, width: 512, height: 512, is_animated: false, is_video: false, type: "regular" },
    });
    return this.updates.push((update_id) => ({ update_id, message }));
  }

  /** Stores a document the bot sent. */
  botSendsDocument(chatId: number, fileName: string, caption: string | undefined): TgMessage {
    return this.store({
      message_id: this.nextMessageId(chatId), from: this.bot, chat: this.chatOf(chatId), date: Math.floor(this.now() / 1000),
      document: { file_id: `BOTDOC${chatId}_${this.files.size + 1}`, file_unique_id: "B1", file_name: fileName, mime_type: "text/csv" },
      ...(caption ? { caption } : {}),
    });
  }

  /**
   * A user presses an inline button of the bot's message: a `callback_query` update is queued.
   * The button must exist on that message (as in a real client), unless `anyData` is set.
   */
  /** Files users sent, by file_id: getFile and the /file/ route serve them. */
  readonly files = new Map<string, { path: string; bytes: Buffer }>();

  /** A user sends a file (a .txt notice): a `message` update with a `document` is queued. */
  userSendsDocument(chatId: number, fileName: string, bytes: Buffer, mimeType = "text/plain"): TgUpdate {
    this.knownChats.add(chatId);
    const fileId = `DOC${chatId}_${this.files.size + 1}`;
    this.files.set(fileId, { path: `documents/file_${this.files.size + 1}.txt`, bytes });
    const message = this.store({
      message_id: this.nextMessageId(chatId),
      from: { id: chatId, is_bot: false, first_name: `Người dùng ${chatId}`, language_code: "vi" },
      chat: this.chatOf(chatId),
      date: Math.floor(this.now() / 1000),
      document: { file_id: fileId, file_unique_id: `U${fileId}`, file_name: fileName, mime_type: mimeType, file_size: bytes.length },
    });
    return this.updates.push((update_id) => ({ update_id, message }));
  }

  /**
   * A user sends a photo: a `message` update with `photo` sizes is queued, a thumbnail first and the photo
   * last, as Telegram lists them; only the last one's file holds `bytes`.
   */
  userSendsPhoto(chatId: number, bytes: Buffer, caption?: string): TgUpdate {
    this.knownChats.add(chatId);
    const n = this.files.size + 1;
    const thumb = { file_id: `PHT${chatId}_${n}s`, file_unique_id: `UPHT${chatId}_${n}s`, width: 90, height: 90, file_size: 1 };
    const full = { file_id: `PHT${chatId}_${n}`, file_unique_id: `UPHT${chatId}_${n}`, width: 1280, height: 1810, file_size: bytes.length };
    this.files.set(thumb.file_id, { path: `photos/file_${n}s.jpg`, bytes: Buffer.from([0xff, 0xd8, 0xff]) });
    this.files.set(full.file_id, { path: `photos/file_${n}.jpg`, bytes });
    const message = this.store({
      message_id: this.nextMessageId(chatId),
      from: { id: chatId, is_bot: false, first_name: `Người dùng ${chatId}`, language_code: "vi" },
      chat: this.chatOf(chatId),
      date: Math.floor(this.now() / 1000),
      photo: [thumb, full],
      ...(caption ? { caption } : {}),
    });
    return this.updates.push((update_id) => ({ update_id, message }));
  }

  userPresses(chatId: number, messageId: number, data: string, anyData = false): TgUpdate {
    const message = this.message(chatId, messageId);
    if (!message || message.from.id !== this.bot.id) throw new Error(`fake Telegram: the bot has no message ${messageId} in chat ${chatId}`);
    const buttons = message.reply_markup?.inline_keyboard.flat() ?? [];
    if (!anyData && !buttons.some((b) => b.callback_data === data)) {
      throw new Error(`fake Telegram: message ${messageId} has no button with callback_data "${data}"`);
    }
    const query: TgCallbackQuery = {
      id: `${this.bot.id}${String(this.nextQueryId++).padStart(6, "0")}`,
      from: { id: chatId, is_bot: false, first_name: `Người dùng ${chatId}`, language_code: "vi" },
      message,
      chat_instance: `-${chatId}`,
      data,
    };
    this.openQueries.set(query.id, { answered: false });
    return this.updates.push((update_id) => ({ update_id, callback_query: query }));
  }

  /** Marks a callback query answered; false when the id is unknown or already answered. */
  answerQuery(id: string): boolean {
    const query = this.openQueries.get(id);
    if (!query || query.answered) return false;
    query.answered = true;
    return true;
  }
}
