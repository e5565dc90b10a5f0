/**
 * The Channel port: how dondoc talks to people, whatever the platform. Adapters (Telegram, Zalo,
 * the in-memory one for tests) implement it; nothing outside src/channels knows a platform's API.
 */

export type ChannelName = "telegram" | "zalo" | "web" | "memory";

/** A button under a message; `data` comes back in InboundMessage.buttonData when pressed. */
export interface Button {
  label: string;
  /** At most 64 bytes (Telegram's callback_data limit), e.g. "done:<assignmentId>". */
  data: string;
}

export interface OutboundMessage {
  /** Plain text; adapters escape or split it as their platform needs. */
  text: string;
  /** Rows of buttons. */
  buttons?: Button[][];
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
  /** Document attached (e.g. a .txt notice sent to the bot), when there is one. */
  document?: { fileId: string; fileName: string; mimeType: string | null };
}

export interface Channel {
  readonly name: ChannelName;
  /** Sends to a chat; throws DeliveryError on failure. */
  send(chatId: string, message: OutboundMessage): Promise<SendResult>;
  /** Fetches a document a user sent (InboundMessage.document), where the platform allows it. */
  download?(fileId: string): Promise<Buffer>;
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
