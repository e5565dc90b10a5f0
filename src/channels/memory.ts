/** An in-memory Channel: records what would be sent. For tests and dry runs. */
import { DeliveryError, type Channel, type OutboundMessage, type SendResult } from "./port.ts";

export interface SentMessage extends OutboundMessage {
  chatId: string;
  messageId: string;
  at: Date;
}

export class MemoryChannel implements Channel {
  readonly name = "memory" as const;
  readonly sent: SentMessage[] = [];
  /** Chats that have blocked the bot: sends to them fail permanently. */
  readonly blocked = new Set<string>();
  /** Fail the next N sends transiently (to exercise retries). */
  failNext = 0;
  private seq = 0;

  async send(chatId: string, message: OutboundMessage): Promise<SendResult> {
    if (this.blocked.has(chatId)) throw new DeliveryError(`chat ${chatId} blocked the bot`, true, "blocked");
    if (this.failNext > 0) {
      this.failNext--;
      throw new DeliveryError("simulated outage", false, "server");
    }
    const messageId = String(++this.seq);
    this.sent.push({ ...message, chatId, messageId, at: new Date() });
    return { messageId };
  }

  to(chatId: string): SentMessage[] {
    return this.sent.filter((m) => m.chatId === chatId);
  }
}
