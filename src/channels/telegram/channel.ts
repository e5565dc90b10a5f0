/**
 * Telegram behind the Channel port: plain text (no parse mode, so directive text with "<", "*" or
 * "_" is shown as written), inline buttons on the last part, texts over 4096 characters split at
 * line boundaries, and a limiter so one chat gets at most 1 message/s (split parts included).
 */
import { Telegram } from "telegraf";
import { RateLimiter } from "../limiter.ts";
import { DeliveryError, type Channel, type OutboundDocument, type OutboundMessage, type SendResult } from "../port.ts";
import { PartProgress, splitText } from "../split.ts";
import { toDeliveryError } from "./errors.ts";

/** telegraf types its signal with the abort-controller polyfill; node's AbortSignal is what node-fetch uses at run time. */
type TelegrafSignal = NonNullable<Parameters<Telegram["callApi"]>[2]>["signal"];

/** Node's AbortSignal, typed for telegraf's callApi. */
export function telegrafSignal(signal: AbortSignal): TelegrafSignal {
  return signal as unknown as TelegrafSignal;
}

/** A signal that fires after `ms`, typed for telegraf's callApi. */
export function timeoutSignal(ms: number): TelegrafSignal {
  return telegrafSignal(AbortSignal.timeout(ms));
}

/** Bot API text limit, in characters. */
export const TELEGRAM_MAX_TEXT = 4096;
/** Bot API caption limit, in characters. */
const TELEGRAM_MAX_CAPTION = 1024;

export interface TelegramChannelOptions {
  token: string;
  /** Bot API server. Default https://api.telegram.org. */
  apiRoot?: string;
  /** Default: 25 messages/s overall, 1/s per chat. Share one limiter between channels of one bot. */
  limiter?: RateLimiter;
  /** A send that has not answered in this time fails as a transient "network" error. Default 15_000 ms. */
  requestTimeoutMs?: number;
  /** Length of one retry_after second. Default 1000 ms; only a test server with a shorter second changes it. */
  retryAfterUnitMs?: number;
}

export class TelegramChannel implements Channel {
  readonly name = "telegram" as const;
  /** telegraf's client, shared with the inbound side (answerCallbackQuery, getUpdates, commands). */
  readonly telegram: Telegram;
  readonly limiter: RateLimiter;
  private readonly timeoutMs: number;
  private readonly retryAfterUnitMs: number;
  private readonly progress = new PartProgress();

  constructor(options: TelegramChannelOptions) {
    this.telegram = new Telegram(options.token, { apiRoot: options.apiRoot ?? "https://api.telegram.org", webhookReply: false });
    this.limiter = options.limiter ?? new RateLimiter();
    this.timeoutMs = options.requestTimeoutMs ?? 15_000;
    this.retryAfterUnitMs = options.retryAfterUnitMs ?? 1000;
  }

  /** Downloads a document or photo a user sent (an admin's notice). At most `maxBytes` (default 20 MB, the Bot API's own limit). */
  async download(fileId: string, maxBytes = 20_000_000): Promise<Buffer> {
    const link = await this.telegram.getFileLink(fileId);
    const res = await fetch(link, { signal: AbortSignal.timeout(this.timeoutMs) });
    if (!res.ok) throw new DeliveryError(`telegram: file ${fileId} answered ${res.status}`, res.status < 500, res.status < 500 ? "not_found" : "server");
    const bytes = Buffer.from(await res.arrayBuffer());
    if (bytes.length > maxBytes) throw new DeliveryError(`telegram: file ${fileId} is larger than ${maxBytes} bytes`, true, "bad_request");
    return bytes;
  }

  waitMs(chatId: string): number {
    return this.limiter.waitMs(chatId);
  }

  /** A file with its caption (a long list as CSV); counts against the same limits as a message. */
  async sendDocument(chatId: string, document: OutboundDocument, caption?: string): Promise<SendResult> {
    await this.limiter.acquire(chatId);
    try {
      const sent = await this.telegram.callApi("sendDocument", {
        chat_id: chatId, document: { source: document.content, filename: document.fileName },
        ...(caption ? { caption: caption.slice(0, TELEGRAM_MAX_CAPTION) } : {}),
      }, { signal: timeoutSignal(this.timeoutMs) });
      return { messageId: String(sent.message_id) };
    } catch (error: unknown) {
      throw this.failed(error, chatId);
    }
  }

  async send(chatId: string, message: OutboundMessage): Promise<SendResult> {
    const parts = splitText(message.text, TELEGRAM_MAX_TEXT);
    if (parts.length === 0 || parts.every((p) => p.trim() === "")) throw new DeliveryError(`telegram: empty message to chat ${chatId}`, true, "bad_request");
    const progress = this.progress.resume(chatId, message);
    let lastId = progress.lastId;
    for (let i = progress.sent; i < parts.length; i++) {
      const last = i === parts.length - 1;
      lastId = await this.sendPart(chatId, parts[i]!, last ? message.buttons : undefined);
      if (!last) this.progress.delivered(progress.key, i + 1, lastId);
    }
    this.progress.done(progress.key);
    return { messageId: lastId };
  }

  private async sendPart(chatId: string, text: string, buttons: OutboundMessage["buttons"]): Promise<string> {
    await this.limiter.acquire(chatId);
    try {
      const sent = await this.telegram.callApi("sendMessage", {
        chat_id: chatId,
        text,
        link_preview_options: { is_disabled: true },
        ...(buttons?.length ? { reply_markup: { inline_keyboard: buttons.map((row) => row.map((b) => ({ text: b.label, callback_data: b.data }))) } } : {}),
      }, { signal: timeoutSignal(this.timeoutMs) });
      return String(sent.message_id);
    } catch (error: unknown) {
      throw this.failed(error, chatId);
    }
  }

  /** A failed call as a DeliveryError; a 429 also holds back that chat and slows every chat down. */
  private failed(error: unknown, chatId: string): DeliveryError {
    const failure = toDeliveryError(error, chatId, this.retryAfterUnitMs);
    if (failure.retryAfterMs !== null) {
      this.limiter.penalize(chatId, failure.retryAfterMs);
      this.limiter.slowDown();
    }
    return failure;
  }
}
