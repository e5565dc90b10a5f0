import { createHash, randomBytes } from "node:crypto";

/**
 * X-ZEvent-Signature's hex: plain SHA-256 (not HMAC) of app_id + raw body + timestamp + OA secret,
 * where timestamp is the event's own `timestamp` field.
 */
export function zaloSignature(appId: string, body: string, timestamp: string, oaSecret: string): string {
  return createHash("sha256").update(`${appId}${body}${timestamp}${oaSecret}`).digest("hex");
}

export interface ZaloTextEvent {
  app_id: string;
  user_id_by_app: string;
  event_name: "user_send_text";
  timestamp: string;
  sender: { id: string };
  recipient: { id: string };
  message: { msg_id: string; text: string };
}

/** follow / unfollow: the user is in `follower`, not `sender`. */
export interface ZaloFollowEvent {
  oa_id: string;
  app_id: string;
  user_id_by_app: string;
  event_name: "follow" | "unfollow";
  timestamp: string;
  source: string;
  follower: { id: string };
}

/** The user withdrew consent: delete their data. Shape not confirmed against Zalo's docs; modelled on follow. */
export interface ZaloWithdrawEvent {
  oa_id: string;
  app_id: string;
  user_id_by_app: string;
  event_name: "user_withdraw";
  timestamp: string;
  sender: { id: string };
}

export type ZaloEvent = ZaloTextEvent | ZaloFollowEvent | ZaloWithdrawEvent;

/** How to sign a delivered event: correctly, with a wrong secret, or not at all. Default "valid". */
export type SignatureMode = "valid" | "forged" | "omit";

export interface EventDelivery {
  event: ZaloEvent;
  rawBody: string;
  signature: SignatureMode;
  /** HTTP status the webhook answered; 0 for a network error or timeout. */
  status: number;
  responseBody: string;
  elapsedMs: number;
}

/** Builds events the way Zalo fills them: ids as strings, timestamp as a string of epoch ms. */
export class ZaloEvents {
  constructor(
    private readonly appId: string,
    private readonly oaId: string,
    private readonly now: () => number,
  ) {}

  /** user_id_by_app differs from the OA-scoped user id; the fake derives one from the other. */
  private byApp(userId: string): string {
    return `9${userId}`.slice(0, 19);
  }

  userText(userId: string, text: string, options: { msgId?: string } = {}): ZaloTextEvent {
    return {
      app_id: this.appId,
      user_id_by_app: this.byApp(userId),
      event_name: "user_send_text",
      timestamp: String(this.now()),
      sender: { id: userId },
      recipient: { id: this.oaId },
      message: { msg_id: options.msgId ?? randomBytes(16).toString("hex"), text },
    };
  }

  follow(userId: string, eventName: "follow" | "unfollow" = "follow"): ZaloFollowEvent {
    return {
      oa_id: this.oaId, app_id: this.appId, user_id_by_app: this.byApp(userId),
      event_name: eventName, timestamp: String(this.now()), source: "oa_profile", follower: { id: userId },
    };
  }

  unfollow(userId: string): ZaloFollowEvent {
    return this.follow(userId, "unfollow");
  }

  userWithdraw(userId: string): ZaloWithdrawEvent {
    return {
      oa_id: this.oaId, app_id: this.appId, user_id_by_app: this.byApp(userId),
      event_name: "user_withdraw", timestamp: String(this.now()), sender: { id: userId },
    };
  }
}

/** POSTs one event to a webhook as Zalo does: JSON body, X-ZEvent-Signature: mac=<hex>. */
export async function postZaloEvent(
  url: string,
  event: ZaloEvent,
  keys: { appId: string; oaSecret: string },
  signature: SignatureMode = "valid",
  timeoutMs = 2000,
): Promise<EventDelivery> {
  const rawBody = JSON.stringify(event);
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (signature !== "omit") {
    const secret = signature === "valid" ? keys.oaSecret : `${keys.oaSecret}-forged`;
    headers["X-ZEvent-Signature"] = `mac=${zaloSignature(keys.appId, rawBody, event.timestamp, secret)}`;
  }
  const startedAt = Date.now();
  try {
    const res = await fetch(url, { method: "POST", headers, body: rawBody, signal: AbortSignal.timeout(timeoutMs) });
    const responseBody = await res.text();
    return { event, rawBody, signature, status: res.status, responseBody, elapsedMs: Date.now() - startedAt };
  } catch (error: unknown) {
    const responseBody = error instanceof Error ? error.message : String(error);
    return { event, rawBody, signature, status: 0, responseBody, elapsedMs: Date.now() - startedAt };
  }
}
