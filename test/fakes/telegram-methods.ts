import { asBool, asInt, asObject, type Params, type UploadedFile } from "./http.ts";
import { checkCommands, checkReplyMarkup, checkText } from "./telegram-checks.ts";
import type { TgInlineKeyboard, TgMessage } from "./telegram-types.ts";
import type { WebhookPusher } from "./telegram-updates.ts";
import type { TelegramWorld } from "./telegram-world.ts";

/** An answer with ok:false; `retryAfter` (seconds) goes into parameters.retry_after. */
export class ApiError extends Error {
  constructor(readonly code: number, readonly description: string, readonly retryAfter?: number) {
    super(description);
  }
}

export interface MethodContext {
  /** Aborts when the client disconnects, or another getUpdates replaces this one. */
  signal: AbortSignal;
  /** Throws a 429 ApiError when sending to `chatId` now would exceed the limits; else spends one. */
  spend(chatId: number): void;
  /** Length in ms of one protocol second (getUpdates timeout). */
  secondMs: number;
  pusher: WebhookPusher;
  now(): number;
}

export interface MethodReply {
  result: unknown;
  description?: string;
}

export type Method = (p: Params, ctx: MethodContext) => MethodReply | Promise<MethodReply>;

const NOT_MODIFIED =
  "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";
const SECRET_TOKEN = /^[A-Za-z0-9_-]{1,256}$/;

function ok(result: unknown, description?: string): MethodReply {
  return description === undefined ? { result } : { result, description };
}

function must<T>(checked: T | { error: string }): T {
  if (typeof checked === "object" && checked !== null && "error" in checked) throw new ApiError(400, checked.error);
  return checked as T;
}

function chatIdOf(p: Params): number {
  if (p.chat_id === undefined || p.chat_id === "") throw new ApiError(400, "Bad Request: chat_id is empty");
  const id = asInt(p.chat_id);
  if (id === undefined) throw new ApiError(400, "Bad Request: chat not found");
  return id;
}

function commandsKey(p: Params): string {
  const scope = asObject(p.scope) as { type?: string } | undefined;
  return `${scope?.type ?? "default"}|${typeof p.language_code === "string" ? p.language_code : ""}`;
}

/** The Bot API methods the fake serves, by name. */
export function telegramMethods(world: TelegramWorld, requireKnownChat: boolean): Record<string, Method> {
  function reachable(chatId: number): void {
    if (requireKnownChat && !world.knownChats.has(chatId)) throw new ApiError(400, "Bad Request: chat not found");
    if (world.blocked.has(chatId)) throw new ApiError(403, "Forbidden: bot was blocked by the user");
  }

  function editable(p: Params): TgMessage {
    const chatId = chatIdOf(p);
    const message = world.message(chatId, asInt(p.message_id) ?? -1);
    if (!message) throw new ApiError(400, "Bad Request: message to edit not found");
    if (message.from.id !== world.bot.id) throw new ApiError(400, "Bad Request: message can't be edited");
    reachable(chatId);
    return message;
  }

  function applyEdit(message: TgMessage, text: string | undefined, markup: TgInlineKeyboard | undefined, ctx: MethodContext): MethodReply {
    const sameText = text === undefined || text === message.text;
    if (sameText && JSON.stringify(markup) === JSON.stringify(message.reply_markup)) throw new ApiError(400, NOT_MODIFIED);
    ctx.spend(message.chat.id);
    if (text !== undefined) message.text = text;
    if (markup) message.reply_markup = markup;
    else delete message.reply_markup;
    message.edit_date = Math.floor(ctx.now() / 1000);
    return ok(message);
  }

  return {
    getFile: (p) => {
      const file = typeof p.file_id === "string" ? world.files.get(p.file_id) : undefined;
      if (!file) throw new ApiError(400, "Bad Request: invalid file_id");
      return ok({ file_id: p.file_id, file_unique_id: `U${String(p.file_id)}`, file_size: file.bytes.length, file_path: file.path });
    },

    getMe: () => ok({ ...world.bot, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false }),

    sendMessage: (p, ctx) => {
      const chatId = chatIdOf(p);
      const parseMode = typeof p.parse_mode === "string" ? p.parse_mode : undefined;
      const { text } = must(checkText(p.text, parseMode));
      const { markup } = must(checkReplyMarkup(asObject(p.reply_markup)));
      const replyParameters = asObject(p.reply_parameters) as { message_id?: unknown; allow_sending_without_reply?: unknown } | undefined;
      const replyToId = asInt(replyParameters?.message_id ?? p.reply_to_message_id);
      const allowWithout = asBool(replyParameters?.allow_sending_without_reply ?? p.allow_sending_without_reply);
      reachable(chatId);
      const replyTo = replyToId === undefined ? undefined : world.message(chatId, replyToId);
      if (replyToId !== undefined && !replyTo && !allowWithout) throw new ApiError(400, "Bad Request: message to be replied not found");
      ctx.spend(chatId);
      const message = world.botSends(chatId, text, markup, replyTo);
      world.delivered.push({
        message_id: message.message_id, chat_id: chatId, text, at: ctx.now(), ackLost: false,
        ...(parseMode ? { parse_mode: parseMode } : {}),
        ...(markup ? { reply_markup: markup } : {}),
        ...(replyTo ? { reply_to_message_id: replyTo.message_id } : {}),
      });
      return ok(message);
    },

    sendDocument: (p, ctx) => {
      const chatId = chatIdOf(p);
      const doc = p.document as UploadedFile | string | undefined;
      if (!doc || typeof doc === "string") throw new ApiError(400, "Bad Request: there is no document in the request");
      const caption = typeof p.caption === "string" ? p.caption : undefined;
      if (caption !== undefined && caption.length > 1024) throw new ApiError(400, "Bad Request: message caption is too long");
      reachable(chatId);
      ctx.spend(chatId);
      const message = world.botSendsDocument(chatId, doc.filename, caption);
      world.delivered.push({ message_id: message.message_id, chat_id: chatId, text: caption ?? "", at: ctx.now(), ackLost: false, document: { file_name: doc.filename, content: doc.content } });
      return ok(message);
    },

    editMessageText: (p, ctx) => {
      const message = editable(p);
      const parseMode = typeof p.parse_mode === "string" ? p.parse_mode : undefined;
      const { text } = must(checkText(p.text, parseMode));
      const { markup } = must(checkReplyMarkup(asObject(p.reply_markup)));
      return applyEdit(message, text, markup, ctx);
    },

    editMessageReplyMarkup: (p, ctx) => {
      const message = editable(p);
      const { markup } = must(checkReplyMarkup(asObject(p.reply_markup)));
      return applyEdit(message, undefined, markup, ctx);
    },

    answerCallbackQuery: (p, ctx) => {
      const id = typeof p.callback_query_id === "string" ? p.callback_query_id : String(p.callback_query_id ?? "");
      const text = typeof p.text === "string" ? p.text : undefined;
      if (text !== undefined && [...text].length > 200) throw new ApiError(400, "Bad Request: MESSAGE_TOO_LONG");
      if (!world.answerQuery(id)) throw new ApiError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
      world.callbackAnswers.push({ callback_query_id: id, show_alert: asBool(p.show_alert), at: ctx.now(), ...(text === undefined ? {} : { text }) });
      return ok(true);
    },

    setMyCommands: (p) => {
      const { commands } = must(checkCommands(asObject(p.commands)));
      world.commands.set(commandsKey(p), commands);
      return ok(true);
    },
    getMyCommands: (p) => ok(world.commands.get(commandsKey(p)) ?? []),
    deleteMyCommands: (p) => {
      world.commands.delete(commandsKey(p));
      return ok(true);
    },

    getUpdates: async (p, ctx) => {
      if (world.webhook) throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
      const offset = asInt(p.offset);
      if (offset !== undefined && offset !== 0) world.updates.confirm(offset);
      const limit = Math.min(Math.max(asInt(p.limit) ?? 100, 1), 100);
      const timeoutSeconds = Math.max(asInt(p.timeout) ?? 0, 0);
      await world.updates.waitForAny(timeoutSeconds * ctx.secondMs, ctx.signal);
      if (ctx.signal.aborted) throw new ApiError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
      return ok(world.updates.peek(limit));
    },

    setWebhook: (p, ctx) => {
      const url = typeof p.url === "string" ? p.url : "";
      if (url === "") return deleteWebhook(p, ctx);
      if (!/^https?:\/\/[^/\s]+/.test(url)) throw new ApiError(400, "Bad Request: bad webhook: Failed to resolve host: Name or service not known");
      const secret = p.secret_token === undefined || p.secret_token === "" ? null : String(p.secret_token);
      if (secret !== null && !SECRET_TOKEN.test(secret)) throw new ApiError(400, "Bad Request: secret token contains unallowed characters");
      if (asBool(p.drop_pending_updates)) world.updates.dropAll();
      world.webhook = { url, secretToken: secret };
      ctx.pusher.kick();
      return ok(true, "Webhook was set");
    },

    deleteWebhook: (p, ctx) => deleteWebhook(p, ctx),

    getWebhookInfo: (_p, ctx) => {
      const last = ctx.pusher.lastError;
      return ok({
        url: world.webhook?.url ?? "",
        has_custom_certificate: false,
        pending_update_count: world.updates.size,
        ...(world.webhook ? { max_connections: 40 } : {}),
        ...(last ? { last_error_date: last.date, last_error_message: last.message } : {}),
      });
    },
  };

  function deleteWebhook(p: Params, _ctx: MethodContext): MethodReply {
    if (asBool(p.drop_pending_updates)) world.updates.dropAll();
    const had = world.webhook !== null;
    world.webhook = null;
    return ok(true, had ? "Webhook was deleted" : "Webhook is already deleted");
  }
}
