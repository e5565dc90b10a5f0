/**
 * The `web` channel: the sandbox chat at /sandbox. Sending appends the bot's message to the chat's
 * log (src/channels/web/chat-log.ts), which the page shows live; what a person types or presses
 * comes back as an InboundMessage through the same inbound queue and handler as Telegram's.
 */
import { DeliveryError, type Channel, type OutboundMessage, type SendResult } from "../port.ts";
import type { ChatLog } from "./chat-log.ts";

/** What a person may type in one message: Telegram's limit, so a reply tried here would fit there. */
export const WEB_MAX_TEXT = 4096;
/** What the bot's message may hold in the log: the page shows it whole (Telegram's adapter would split it). */
const MAX_BOT_TEXT = 65_536;

export class WebChannel implements Channel {
  readonly name = "web" as const;

  constructor(private readonly log: ChatLog) {}

  async send(chatId: string, message: OutboundMessage): Promise<SendResult> {
    if (!message.text.trim()) throw new DeliveryError("empty message", true, "bad_request");
    try {
      const entry = await this.log.append(chatId, { from: "bot", text: message.text.slice(0, MAX_BOT_TEXT), ...(message.buttons ? { buttons: message.buttons } : {}) });
      return { messageId: entry.id };
    } catch (err) {
      throw new DeliveryError("the sandbox's chat log could not be written", false, "server", null, { cause: err });
    }
  }
}
