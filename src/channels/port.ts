/**
 * The Channel port: how dondoc talks to people, whatever the platform. Adapters (Telegram, Zalo,
 * the in-memory one for tests) implement it; nothing outside src/channels knows a platform's API.
 */

export type ChannelName = "telegram" | "zalo" | "web" | "memory";

/** What a message carries besides text: dondoc reads text, buttons and documents, and says so for the rest. */
export type InboundKind = "text" | "sticker" | "photo" | "voice" | "video" | "location" | "contact" | "other";

/** A button under a message; `data` comes back in InboundMessage.buttonData when pressed. */
export interface Button {
  label: string;
  /** At most 64 bytes (Telegram's callback_data limit), e.g. "done:<assignmentId>". */
  data: string;
}

/** A file sent with a message: a long list as a spreadsheet (CSV), for instance. */
export interface OutboundDocument {
  fileName: string;
  mimeType: string;
  content: Buffer;
}

export interface OutboundMessage {
  /** Plain text; adapters escape or split it as their platform needs. */
  text: string;
  /** Rows of buttons. */
  buttons?: Button[][];
  /**
   * The full content as a file, sent after the text (which is then a summary). A channel without
   * sendDocument gets `fallbackText` instead: the whole list as text, split between its entries.
   */
  document?: OutboundDocument & { fallbackText: string };
}

export interface SendResult {
  /** The platform's id of the (last part of the) message, to match replies to it. */
  messageId: string;
}

/** Everything a platform sends us, in one shape. */
export interface InboundMessage {
  channel: ChannelName;
  /** Chat (Telegram chat id, Zalo user id): where to answer. */
  chatId: string;
  /** The user who wrote (same as chatId in private chats). */
  userId: string;
  text: string;
  /** Platform message id (Telegram message_id or update id, Zalo msg_id): for de-duplication. */
  messageId: string;
  /** The bot message this one replies to, when the platform says so. */
  replyToMessageId: string | null;
  /** Data of a pressed button, when this is a button press. */
  buttonData: string | null;
  /** When the platform says it was sent. */
  at: Date;
  /** Name the platform gives, for the admin's eyes only. */
  displayName?: string;
  /** Document attached (a notice as .txt, .docx, .pdf, or a photo of it), when there is one. */
  document?: { fileId: string; fileName: string; mimeType: string | null };
  /** Default "text". A sticker, photo or voice note carries no words dondoc can read. */
  kind?: InboundKind;
  /** The platform says it was forwarded from someone else: never the sender's own status reply. */
  forwarded?: boolean;
  /**
   * In a group: the message speaks to the bot (a command, a mention of it, a reply to one of its
   * messages, a button). The bot stays silent otherwise. Private chats are always addressed.
   */
  addressed?: boolean;
}

export interface Channel {
  readonly name: ChannelName;
  /** Sends to a chat; throws DeliveryError on failure. */
  send(chatId: string, message: OutboundMessage): Promise<SendResult>;
  /** Fetches a document a user sent (InboundMessage.document), where the platform allows it; at most `maxBytes`. */
  download?(fileId: string, maxBytes?: number): Promise<Buffer>;
  /** Sends a file with a caption, where the platform allows it (Telegram); throws DeliveryError. */
  sendDocument?(chatId: string, document: OutboundDocument, caption?: string): Promise<SendResult>;
  /** How long a message to `chatId` would wait for the channel's rate limit now, in ms (0: it goes at once). */
  waitMs?(chatId: string): number;
}

/**
 * A failed send. `permanent`: retrying cannot help (blocked, chat not found, Zalo -213/-230/-227,
 * 400 from the API); otherwise transient (5xx, timeout, 429), retried after `retryAfterMs` or backoff.
 */
export class DeliveryError extends Error {
  override name = "DeliveryError";
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly reason: "blocked" | "not_found" | "unreachable" | "rate_limited" | "server" | "network" | "bad_request" | "auth",
    readonly retryAfterMs: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
