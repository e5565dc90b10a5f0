/**
 * Zalo OA behind the Channel port: consultation messages (message/cs), text or a button template
 * whose buttons are oa.query.show (a press comes back as the user's text, equal to the payload),
 * texts over 2000 characters split at line boundaries, the token refreshed once on -216/-220.
 */
import axios, { type AxiosInstance } from "axios";
import type { Redis } from "ioredis";
import { z } from "zod";
import { RateLimiter } from "../limiter.ts";
import { DeliveryError, type Channel, type OutboundMessage, type SendResult } from "../port.ts";
import { PartProgress, splitText } from "../split.ts";
import { TOKEN_ERRORS, zaloDeliveryError, type ZaloPauses } from "./errors.ts";
import { zaloKeys } from "./keys.ts";
import type { ZaloTokenManager } from "./tokens.ts";

/** message/cs text limit, in characters. */
export const ZALO_MAX_TEXT = 2000;
/** Buttons a template may carry. */
const MAX_BUTTONS = 5;
/** How long a user's last buttons are remembered, to recognise a press. */
const BUTTONS_TTL_SECONDS = 30 * 86_400;

export interface ZaloChannelOptions {
  tokens: ZaloTokenManager;
  redis: Redis;
  /** The store's key prefix. */
  prefix: string;
  /** Default https://openapi.zalo.me. */
  apiRoot?: string;
  /** Default 10 messages/s overall and 1/s per user (Zalo publishes no figure; configurable). */
  limiter?: RateLimiter;
  /** Default 15_000 ms. */
  requestTimeoutMs?: number;
  /** Defaults: -32 pauses 1_000 ms, -211 (quota) 3_600_000 ms. */
  pauses?: Partial<ZaloPauses>;
  http?: AxiosInstance;
}

const Answer = z.looseObject({ error: z.number(), message: z.string().optional(), data: z.looseObject({ message_id: z.string().optional() }).optional() });
type Answer = z.infer<typeof Answer>;

export class ZaloChannel implements Channel {
  readonly name = "zalo" as const;
  private readonly http: AxiosInstance;
  private readonly limiter: RateLimiter;
  private readonly pauses: ZaloPauses;
  private readonly progress = new PartProgress();
  private readonly keys: ReturnType<typeof zaloKeys>;

  constructor(private readonly options: ZaloChannelOptions) {
    this.http = options.http ?? axios.create();
    this.limiter = options.limiter ?? new RateLimiter({ perSecond: 10, perChatPerSecond: 1 });
    this.pauses = { rateLimitPauseMs: 1_000, quotaPauseMs: 3_600_000, ...options.pauses };
    this.keys = zaloKeys(options.prefix);
  }

  async send(chatId: string, message: OutboundMessage): Promise<SendResult> {
    const buttons = (message.buttons ?? []).flat();
    if (buttons.length > MAX_BUTTONS) throw new DeliveryError(`zalo: a message carries at most ${MAX_BUTTONS} buttons, got ${buttons.length}`, true, "bad_request");
    const parts = splitText(message.text, ZALO_MAX_TEXT);
    if (parts.length === 0) throw new DeliveryError(`zalo: empty message to user ${chatId}`, true, "bad_request");
    const progress = this.progress.resume(chatId, message);
    let lastId = progress.lastId;
    for (let i = progress.sent; i < parts.length; i++) {
      const last = i === parts.length - 1;
      const text = parts[i]!;
      const body = last && buttons.length
        ? { recipient: { user_id: chatId }, message: { attachment: { type: "template", payload: { template_type: "button", text, buttons: buttons.map((b) => ({ type: "oa.query.show", title: b.label, payload: b.data })) } } } }
        : { recipient: { user_id: chatId }, message: { text } };
      await this.limiter.acquire(chatId);
      lastId = await this.post(chatId, body);
      if (!last) this.progress.delivered(progress.key, i + 1, lastId);
    }
    this.progress.done(progress.key);
    if (buttons.length) await this.rememberButtons(chatId, buttons.map((b) => b.data), lastId);
    return { messageId: lastId };
  }

  /** A press echoes the payload as text; the webhook looks it up here to tell it from typed text. */
  private async rememberButtons(userId: string, payloads: string[], messageId: string): Promise<void> {
    const key = this.keys.buttons(userId);
    await this.options.redis.multi().hset(key, Object.fromEntries(payloads.map((p) => [p, messageId]))).expire(key, BUTTONS_TTL_SECONDS).exec();
  }

  /** One message/cs call, with one token refresh and one retry on -216/-220. */
  private async post(userId: string, body: unknown): Promise<string> {
    const token = await this.options.tokens.accessToken();
    let answer = await this.call(userId, token, body);
    if (TOKEN_ERRORS.has(answer.error)) {
      answer = await this.call(userId, await this.options.tokens.replaceRejected(token), body);
    }
    if (answer.error === 0 && answer.data?.message_id) return answer.data.message_id;
    if (answer.error === 0) throw new DeliveryError(`zalo: success without a message_id for user ${userId}`, false, "server");
    // -32: Zalo is slower than our setting; send slower, climbing back while it stays quiet.
    if (answer.error === -32) this.limiter.slowDown();
    throw zaloDeliveryError(answer.error, answer.message ?? "", userId, this.pauses);
  }

  private async call(userId: string, token: string, body: unknown): Promise<Answer> {
    let status: number;
    let data: unknown;
    try {
      const res = await this.http.post(`${this.options.apiRoot ?? "https://openapi.zalo.me"}/v3.0/oa/message/cs`, body, {
        headers: { access_token: token, "content-type": "application/json" },
        timeout: this.options.requestTimeoutMs ?? 15_000,
        validateStatus: () => true,
      });
      status = res.status;
      data = res.data;
    } catch (err: unknown) {
      throw new DeliveryError(`zalo: network failure sending to ${userId}: ${(err as Error).message}`, false, "network", null, { cause: err });
    }
    const parsed = Answer.safeParse(data);
    if (status >= 500 || !parsed.success) throw new DeliveryError(`zalo: HTTP ${status} without a Zalo answer for user ${userId}`, false, "server");
    return parsed.data;
  }
}
