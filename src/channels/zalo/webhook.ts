/**
 * Zalo OA webhook events in: the signature check (on the raw body, before anything else reads
 * it) and the events dondoc reads. Button presses: an oa.query.show button makes the user "send"
 * its payload as text; a text equal to a payload of the last buttons we sent that user counts as
 * a press (buttonData = text, replyToMessageId = that message), any other text as typed text. A
 * user who types "done" exactly where a "done" button was is read as pressing it, which is what they meant.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import type { InboundKind, InboundMessage } from "../port.ts";
import { zaloKeys } from "./keys.ts";

/** follow / unfollow / user_withdraw: the caller binds, unbinds or forgets the user. */
export interface ZaloAccountEvent {
  kind: "follow" | "unfollow" | "user_withdraw";
  userId: string;
  at: Date;
}

export type ZaloWebhookResult =
  | { kind: "message"; message: InboundMessage }
  | { kind: "account"; event: ZaloAccountEvent }
  /** `malformed`: an event dondoc reads, whose fields are not what Zalo sends (dropped, logged once). */
  | { kind: "ignored"; eventName: string; malformed?: string[] };

/** Zalo user ids are digits; anything else never reaches a Redis key. */
const ZaloId = z.string().regex(/^\d{1,32}$/);
/** Epoch milliseconds as Zalo sends them (a string), between 2000 and 2100. */
const Timestamp = z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^\d{12,13}$/));

const TextEvent = z.looseObject({
  event_name: z.literal("user_send_text"),
  timestamp: Timestamp,
  sender: z.looseObject({ id: ZaloId }),
  message: z.looseObject({ msg_id: z.string().min(1).max(128), text: z.string().max(10_000) }),
});
/** What a user sends besides text: dondoc says it reads text only. */
const MEDIA_KINDS: Readonly<Record<string, InboundKind>> = {
  user_send_sticker: "sticker", user_send_image: "photo", user_send_gif: "photo", user_send_audio: "voice",
  user_send_video: "video", user_send_location: "location", user_send_file: "other", user_send_link: "other", user_send_business_card: "contact",
};
const MediaEvent = z.looseObject({
  event_name: z.string().refine((n) => n in MEDIA_KINDS),
  timestamp: Timestamp,
  sender: z.looseObject({ id: ZaloId }),
  message: z.looseObject({ msg_id: z.string().min(1), text: z.string().optional() }),
});
const FollowEvent = z.looseObject({ event_name: z.enum(["follow", "unfollow"]), timestamp: Timestamp, follower: z.looseObject({ id: ZaloId }) });
const WithdrawEvent = z.looseObject({ event_name: z.literal("user_withdraw"), timestamp: Timestamp, sender: z.looseObject({ id: ZaloId }) });
const READ_EVENTS = new Set(["user_send_text", "follow", "unfollow", "user_withdraw", ...Object.keys(MEDIA_KINDS)]);
const AnyEvent = z.looseObject({ event_name: z.string(), timestamp: z.union([z.string(), z.number()]).transform(String) });

/** Equal-time comparison of two strings of any lengths (hashing first makes the lengths equal). */
export function constantTimeEqual(a: string, b: string): boolean {
  const h = (s: string): Buffer => createHash("sha256").update(s).digest();
  return timingSafeEqual(h(a), h(b));
}

const atOf = (timestamp: string): Date => new Date(Number(timestamp));

export interface ZaloWebhookOptions {
  /** ZALO_APP_ID. */
  appId: string;
  /** ZALO_OA_SECRET: the OA secret key the signature is made with. */
  oaSecret: string;
  redis: Redis;
  /** The store's key prefix. */
  prefix: string;
}

export class ZaloWebhook {
  private readonly keys: ReturnType<typeof zaloKeys>;

  constructor(private readonly options: ZaloWebhookOptions) {
    this.keys = zaloKeys(options.prefix);
  }

  /**
   * X-ZEvent-Signature is "mac=" + sha256(app_id + raw body + timestamp + OA secret), timestamp
   * being the event's own field. False when missing, malformed or forged.
   */
  verify(rawBody: Buffer, header: string | undefined): boolean {
    if (!header?.startsWith("mac=")) return false;
    let timestamp: string;
    try {
      const parsed = AnyEvent.safeParse(JSON.parse(rawBody.toString("utf8")));
      if (!parsed.success) return false;
      timestamp = parsed.data.timestamp;
    } catch {
      return false;
    }
    const { appId, oaSecret } = this.options;
    const expected = createHash("sha256").update(appId).update(rawBody).update(timestamp).update(oaSecret).digest("hex");
    return constantTimeEqual(header.slice(4).trim().toLowerCase(), expected);
  }

  /** Reads a verified event. */
  async receive(rawBody: Buffer): Promise<ZaloWebhookResult> {
    let json: unknown;
    try {
      json = JSON.parse(rawBody.toString("utf8"));
    } catch {
      return { kind: "ignored", eventName: "unknown", malformed: ["body: not JSON"] };
    }
    const text = TextEvent.safeParse(json);
    if (text.success) {
      const e = text.data;
      const pressedOn = await this.options.redis.hget(this.keys.buttons(e.sender.id), e.message.text);
      return {
        kind: "message",
        message: {
          channel: "zalo", chatId: e.sender.id, userId: e.sender.id, text: e.message.text, messageId: e.message.msg_id,
          replyToMessageId: pressedOn, buttonData: pressedOn === null ? null : e.message.text, at: atOf(e.timestamp),
        },
      };
    }
    const media = MediaEvent.safeParse(json);
    if (media.success) {
      const e = media.data;
      return {
        kind: "message",
        message: {
          channel: "zalo", chatId: e.sender.id, userId: e.sender.id, text: e.message.text ?? "", messageId: e.message.msg_id,
          replyToMessageId: null, buttonData: null, at: atOf(e.timestamp), kind: MEDIA_KINDS[e.event_name]!,
        },
      };
    }
    const follow = FollowEvent.safeParse(json);
    if (follow.success) return { kind: "account", event: { kind: follow.data.event_name, userId: follow.data.follower.id, at: atOf(follow.data.timestamp) } };
    const withdraw = WithdrawEvent.safeParse(json);
    if (withdraw.success) return { kind: "account", event: { kind: "user_withdraw", userId: withdraw.data.sender.id, at: atOf(withdraw.data.timestamp) } };
    const any = AnyEvent.safeParse(json);
    const eventName = any.success ? any.data.event_name : "unknown";
    if (!READ_EVENTS.has(eventName)) return { kind: "ignored", eventName };
    const schema = eventName === "user_send_text" ? TextEvent : eventName === "user_withdraw" ? WithdrawEvent : FollowEvent;
    const issues = schema.safeParse(json).error?.issues ?? [];
    return { kind: "ignored", eventName, malformed: issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.code}`) };
  }
}
