import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { FaultInjector, type FaultOptions } from "./faults.ts";
import { parseParams, sendJson, startHttpServer } from "./http.ts";
import { TokenBucket } from "./token-bucket.ts";
import { checkZaloMessage, type ZaloButton } from "./zalo-message.ts";
import { ZaloTokens, type ZaloOAuthError, type ZaloTokenPair } from "./zalo-tokens.ts";
import { postZaloEvent, ZaloEvents, type EventDelivery, type SignatureMode, type ZaloEvent } from "./zalo-webhook.ts";

/** A consultation message reaches only users who interacted with the OA within this window. */
export const INTERACTION_WINDOW_MS = 7 * 24 * 3600 * 1000;

/** message/cs error codes and the messages the fake answers with. */
export const ZALO_ERRORS = {
  "-32": "The request rate exceeds the limit",
  "-201": "Parameters are invalid",
  "-211": "Out of quota",
  "-213": "User has not followed the OA",
  "-216": "Access token is invalid",
  "-220": "Access token has expired",
  "-227": "User is inactive",
  "-230": "User has not interacted with the OA in the last 7 days",
} as const;

export interface FakeZaloOptions {
  /** Defaults: "1234567890123456789", "fake-app-secret", "fake-oa-secret", "2197174064623873199". */
  appId?: string;
  appSecret?: string;
  oaSecret?: string;
  oaId?: string;
  /** message/cs calls a second before -32. Default 50, burst the same. */
  perSecond?: number;
  /** Messages the OA may still send before -211. Default unlimited. */
  quota?: number;
  /** Access token lifetime, seconds. Default 90000 (25 h), returned as the string "90000". */
  accessTokenTtlSeconds?: number;
  /** Delay inside a refresh, after the old refresh token is spent: widens race windows. Default 0 ms. */
  refreshDelayMs?: number;
  /** Unknown user ids are followers who just interacted (else -201). Default true. */
  autoUsers?: boolean;
  /** Fault plan by endpoint: "message/cs" and "access_token". Default: no faults. */
  faults?: FaultOptions;
}

export interface ZaloUserState {
  following: boolean;
  /** Epoch ms (on the fake's clock) of the user's last message or action towards the OA. */
  lastInteractionAt: number;
  inactive: boolean;
}

export interface ZaloDelivered {
  message_id: string;
  user_id: string;
  text: string;
  buttons?: ZaloButton[];
  at: number;
  /** A fault after delivery hid the answer: a resend would be a duplicate. */
  ackLost: boolean;
}

export interface ZaloRequestRecord {
  path: string;
  at: number;
  /** HTTP status; 0 when hung or dropped. */
  status: number;
  /** Zalo's `error` field when one was answered. */
  error?: number;
  fault?: string;
}

export interface FakeZalo {
  apiRoot: string;
  oauthRoot: string;
  appId: string;
  appSecret: string;
  oaSecret: string;
  oaId: string;
  /** The first refresh token (single-use). */
  refreshToken: string;
  delivered: readonly ZaloDelivered[];
  requests: readonly ZaloRequestRecord[];
  eventsSent: readonly EventDelivery[];
  faults: FaultInjector;
  events: ZaloEvents;
  messagesTo(userId: string): ZaloDelivered[];
  setUser(userId: string, state: Partial<ZaloUserState>): void;
  user(userId: string): ZaloUserState | undefined;
  /** The next message/cs calls answer these error codes, in order (e.g. -32, -211). */
  scriptErrors(codes: number[]): void;
  issueAccessToken(): string;
  expireAccessTokens(): void;
  invalidateAccessToken(token: string): void;
  invalidateRefreshToken(token: string): void;
  /** Moves the fake's clock (token expiry, the 7-day window) forward. */
  advanceClock(ms: number): void;
  /** POSTs a signed event to `url` and applies its effect on the user (interaction, follow). */
  sendEvent(url: string, event: ZaloEvent, options?: { signature?: SignatureMode; timeoutMs?: number }): Promise<EventDelivery>;
  readonly refreshCount: number;
  readonly refusedRefreshCount: number;
  /** Answers per Zalo error code, e.g. countOf(-32). */
  countOf(code: number): number;
  close(): Promise<void>;
}

export async function startFakeZalo(options: FakeZaloOptions = {}): Promise<FakeZalo> {
  const keys = {
    appId: options.appId ?? "1234567890123456789",
    appSecret: options.appSecret ?? "fake-app-secret",
    oaSecret: options.oaSecret ?? "fake-oa-secret",
  };
  const oaId = options.oaId ?? "2197174064623873199";
  let clockOffset = 0;
  const now = (): number => Date.now() + clockOffset;
  const tokens = new ZaloTokens(keys, options.accessTokenTtlSeconds ?? 90_000, options.refreshDelayMs ?? 0, now);
  const events = new ZaloEvents(keys.appId, oaId, now);
  const faults = new FaultInjector(options.faults);
  const perSecond = options.perSecond ?? 50;
  const rate = new TokenBucket(perSecond, perSecond, Date.now());
  const users = new Map<string, ZaloUserState>();
  const delivered: ZaloDelivered[] = [];
  const requests: ZaloRequestRecord[] = [];
  const eventsSent: EventDelivery[] = [];
  const errorCounts = new Map<number, number>();
  const scripted: number[] = [];
  let quota = options.quota ?? Number.POSITIVE_INFINITY;

  function userFor(userId: string): ZaloUserState | undefined {
    let state = users.get(userId);
    if (!state && (options.autoUsers ?? true)) users.set(userId, (state = { following: true, lastInteractionAt: now(), inactive: false }));
    return state;
  }

  /** Runs the checks of message/cs in the real API's order; returns the Zalo answer body. */
  function sendCs(req: IncomingMessage, raw: string): { error: number; message: string; data?: unknown } {
    const fail = (code: keyof typeof ZALO_ERRORS, detail?: string) => ({ error: Number(code), message: detail ? `${ZALO_ERRORS[code]}: ${detail}` : ZALO_ERRORS[code] });
    const header = req.headers.access_token;
    const auth = tokens.check(Array.isArray(header) ? header[0] : header);
    if (auth === "invalid") return fail("-216");
    if (auth === "expired") return fail("-220");
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return fail("-201", "body is not JSON");
    }
    const checked = checkZaloMessage(body);
    if ("error" in checked) return fail("-201", checked.error);
    const forced = scripted.shift();
    if (forced !== undefined) return { error: forced, message: ZALO_ERRORS[String(forced) as keyof typeof ZALO_ERRORS] ?? "Scripted error" };
    if (rate.waitMs(Date.now()) > 0) return fail("-32");
    const { userId } = checked.content;
    const user = userFor(userId);
    if (!user) return fail("-201", "user_id is invalid");
    if (quota <= 0) return fail("-211");
    if (!user.following) return fail("-213");
    if (user.inactive) return fail("-227");
    if (now() - user.lastInteractionAt > INTERACTION_WINDOW_MS) return fail("-230");
    rate.take(Date.now());
    quota -= 1;
    const message_id = randomBytes(16).toString("hex");
    delivered.push({ message_id, user_id: userId, text: checked.content.text, at: now(), ackLost: false, ...(checked.content.buttons ? { buttons: checked.content.buttons } : {}) });
    return { error: 0, message: "Success", data: { message_id, user_id: userId } };
  }

  /** POST /v4/oa/access_token: form-encoded, app secret in the secret_key header. */
  async function exchangeTokens(req: IncomingMessage, raw: string): Promise<ZaloTokenPair | ZaloOAuthError> {
    const parsed = parseParams(req, raw);
    if ("malformed" in parsed) return { error: -14003, error_name: "Invalid parameter", error_reason: parsed.malformed, ref_doc: "", error_description: parsed.malformed };
    const header = req.headers.secret_key;
    return tokens.exchange(parsed.params, Array.isArray(header) ? header[0] : header);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, raw: string): Promise<void> {
    const path = new URL(req.url ?? "/", "http://fake").pathname;
    const record: ZaloRequestRecord = { path, at: now(), status: 0 };
    requests.push(record);
    const endpoint = path === "/v3.0/oa/message/cs" ? "message/cs" : path === "/v4/oa/access_token" ? "access_token" : null;
    if (req.method !== "POST" || endpoint === null) {
      record.status = 404;
      return sendJson(res, 404, { error: 404, message: "Not found" });
    }
    const fault = faults.next(endpoint);
    const serveFault = (): void => {
      record.fault = fault!.kind;
      record.status = fault!.kind === "500" ? 500 : fault!.kind === "502" ? 502 : 0;
      faults.serve(res, fault!, { error: -1, message: "Internal server error" });
    };
    if (fault?.phase === "before") return serveFault();
    const before = delivered.length;
    const answer = endpoint === "message/cs" ? sendCs(req, raw) : await exchangeTokens(req, raw);
    const code = "error" in answer ? answer.error : 0;
    if (code !== 0) {
      record.error = code;
      errorCounts.set(code, (errorCounts.get(code) ?? 0) + 1);
    }
    if (fault?.phase === "after") {
      for (const m of delivered.slice(before)) m.ackLost = true;
      return serveFault();
    }
    record.status = 200;
    sendJson(res, 200, answer);
  }

  const server = await startHttpServer(handle);
  return {
    apiRoot: server.url,
    oauthRoot: server.url,
    ...keys,
    oaId,
    refreshToken: tokens.firstRefreshToken,
    delivered,
    requests,
    eventsSent,
    faults,
    events,
    messagesTo: (userId) => delivered.filter((m) => m.user_id === userId),
    setUser: (userId, state) => {
      users.set(userId, { following: true, lastInteractionAt: now(), inactive: false, ...users.get(userId), ...state });
    },
    user: (userId) => users.get(userId),
    scriptErrors: (codes) => { scripted.push(...codes); },
    issueAccessToken: () => tokens.issueAccessToken(),
    expireAccessTokens: () => tokens.expireAll(),
    invalidateAccessToken: (t) => tokens.revokeAccess(t),
    invalidateRefreshToken: (t) => tokens.revokeRefresh(t),
    advanceClock: (ms) => { clockOffset += ms; },
    sendEvent: async (url, event, opts = {}) => {
      const userId = "follower" in event ? event.follower.id : event.sender.id;
      const state = users.get(userId) ?? { following: true, lastInteractionAt: now(), inactive: false };
      if (event.event_name === "user_send_text") state.lastInteractionAt = Number(event.timestamp);
      if (event.event_name === "follow") Object.assign(state, { following: true, lastInteractionAt: Number(event.timestamp) });
      if (event.event_name === "unfollow") state.following = false;
      users.set(userId, state);
      const delivery = await postZaloEvent(url, event, keys, opts.signature ?? "valid", opts.timeoutMs ?? 2000);
      eventsSent.push(delivery);
      return delivery;
    },
    get refreshCount() { return tokens.refreshCount; },
    get refusedRefreshCount() { return tokens.refusedCount; },
    countOf: (code) => errorCounts.get(code) ?? 0,
    close: () => server.close(),
  };
}
