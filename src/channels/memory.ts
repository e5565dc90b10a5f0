/** An in-memory Channel: records what would be sent. For tests and dry runs. */
import { DeliveryError, type Channel, type ChannelName, type OutboundDocument, type OutboundMessage, type SendResult } from "./port.ts";

export interface SentMessage extends OutboundMessage {
  chatId: string;
  messageId: string;
  at: Date;
  /** A file sent with sendDocument (its caption is `text`). */
  file?: OutboundDocument;
}

export class MemoryChannel implements Channel {
  /** "memory" by default; a test may stand one in for "telegram" or "zalo". */
  constructor(readonly name: ChannelName = "memory") {}
  readonly sent: SentMessage[] = [];
  /** Chats that have blocked the bot: sends to them fail permanently. */
  readonly blocked = new Set<string>();
  /** Fail the next N sends transiently (to exercise retries). */
  failNext = 0;
  /** Answer the next send "too many requests, retry after N ms", like a platform's 429. */
  rateLimitNextMs: number | null = null;
  /** Chats that cannot be reached on this channel (like Zalo -230): permanent "unreachable". */
  readonly unreachable = new Set<string>();
  private seq = 0;

  async send(chatId: string, message: OutboundMessage): Promise<SendResult> {
    if (this.blocked.has(chatId)) throw new DeliveryError(`chat ${chatId} blocked the bot`, true, "blocked");
    if (this.unreachable.has(chatId)) throw new DeliveryError(`chat ${chatId} unreachable`, true, "unreachable");
    if (this.rateLimitNextMs !== null) {
      const ms = this.rateLimitNextMs;
      this.rateLimitNextMs = null;
      throw new DeliveryError("too many requests", false, "rate_limited", ms);
    }
    if (this.failNext > 0) {
      this.failNext--;
      throw new DeliveryError("simulated outage", false, "server");
    }
    const messageId = String(++this.seq);
    this.sent.push({ ...message, chatId, messageId, at: new Date() });
    return { messageId };
  }

  async sendDocument(chatId: string, document: OutboundDocument, caption = ""): Promise<SendResult> {
    if (this.blocked.has(chatId)) throw new DeliveryError(`chat ${chatId} blocked the bot`, true, "blocked");
    const messageId = String(++this.seq);
    this.sent.push({ text: caption, chatId, messageId, at: new Date(), file: document });
    return { messageId };
  }

  to(chatId: string): SentMessage[] {
    return this.sent.filter((m) => m.chatId === chatId);
  }
}
