/**
 * Sends a message with what it carries: the text (and buttons), then its document where the channel
 * takes files, or else the document's full text. Every channel gets the whole content one way or the other.
 */
import type { Channel, OutboundMessage, SendResult } from "./port.ts";

/** The id of the text part (replies to the summary point at it); an empty text sends only the document. */
export async function sendWhole(channel: Channel, chatId: string, message: OutboundMessage): Promise<SendResult> {
  const { document, ...text } = message;
  const sent = text.text === "" && document ? null : await channel.send(chatId, text);
  if (!document) return sent!;
  const { fallbackText, ...file } = document;
  const rest = channel.sendDocument ? await channel.sendDocument(chatId, file, file.fileName) : await channel.send(chatId, { text: fallbackText });
  return sent ?? rest;
}
