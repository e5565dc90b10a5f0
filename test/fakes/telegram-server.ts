import type { IncomingMessage, ServerResponse } from "node:http";
import { FaultInjector, type FaultOptions } from "./faults.ts";
import { parseParams, sendJson, startHttpServer } from "./http.ts";
import { ApiError, telegramMethods, type MethodContext } from "./telegram-methods.ts";
import type {
  CallbackAnswer, DeliveredMessage, RequestRecord, TgBotCommand, TgUpdate, WebhookDelivery,
} from "./telegram-types.ts";
import { WebhookPusher } from "./telegram-updates.ts";
import { TelegramWorld, type UserSendOptions } from "./telegram-world.ts";
import { TokenBucket } from "./token-bucket.ts";

export interface FakeTelegramOptions {
  /** Bot token; its number before ":" is the bot id. Default "7000000001:FAKE_dondoc_test_token". */
  token?: string;
  /** Default "dondoc_test_bot". */
  botUsername?: string;
  /** Messages a second over all chats (the real API: about 30). Default 30; burst the same. */
  globalPerSecond?: number;
  /** Messages a second to one chat. Default 1. */
  perChatPerSecond?: number;
  /** Messages one chat may take in a burst before the per-chat rate applies. Default 3. */
  perChatBurst?: number;
  /** When true, any send inside a served retry_after window is 429 again (counted in earlyRetries). Default false. */
  strictRetryAfter?: boolean;
  /** Length in ms of the protocol's "second" (retry_after, getUpdates timeout), to keep tests fast. Default 1000. */
  secondMs?: number;
  /** When true, sends to a chat no user opened (userSends/addChat) are 400 "chat not found". Default false. */
  requireKnownChat?: boolean;
  /** Fault plan; change it later through `faults`. Default: no faults. */
  faults?: FaultOptions;
  /** Wait between webhook delivery attempts. Default 200 ms. */
  webhookRetryMs?: number;
  /** Webhook request timeout. Default 2000 ms. */
  webhookTimeoutMs?: number;
}

export interface FakeTelegram {
  /** apiRoot for telegraf (`telegram: { apiRoot: url }`): http://127.0.0.1:PORT */
  url: string;
  token: string;
  botId: number;
  /** Messages the fake accepted, in order; re-sent duplicates appear twice. */
  delivered: readonly DeliveredMessage[];
  requests: readonly RequestRecord[];
  webhookDeliveries: readonly WebhookDelivery[];
  callbackAnswers: readonly CallbackAnswer[];
  faults: FaultInjector;
  messagesTo(chatId: number): DeliveredMessage[];
  userSends(chatId: number, text: string, options?: UserSendOptions): TgUpdate;
  userPresses(chatId: number, messageId: number, data: string, options?: { anyData?: boolean }): TgUpdate;
  /** A user sends a file; getFile and /file/bot<token>/<path> serve it. */
  userSendsDocument(chatId: number, fileName: string, bytes: Buffer, mimeType?: string): TgUpdate;
  /** A user sends a sticker (no text). */
  userSendsSticker(chatId: number, emoji?: string): TgUpdate;
  userSendsPhoto(chatId: number, bytes: Buffer, caption?: string): TgUpdate;
  blockedBy(chatId: number): void;
  unblockedBy(chatId: number): void;
  addChat(chatId: number): void;
  commands(scopeType?: string, languageCode?: string): TgBotCommand[] | undefined;
  /** TCP connections clients opened (keep-alive reuse keeps this small). */
  readonly connectionsOpened: number;
  /** 429 answers served. */
  readonly count429: number;
  /** Sends made before a served retry_after elapsed (strict mode). */
  readonly earlyRetries: number;
  readonly pendingUpdates: number;
  readonly webhook: { url: string; secretToken: string | null } | null;
  close(): Promise<void>;
}

const ROUTE = /^\/bot([^/]+)\/([A-Za-z]+)\/?$/;
/** Where getFile's file_path is downloaded: /file/bot<token>/<file_path>. */
const FILE_ROUTE = /^\/file\/bot([^/]+)\/(.+)$/;

export async function startFakeTelegram(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  const token = options.token ?? "7000000001:FAKE_dondoc_test_token";
  const botId = Number(token.split(":")[0]) || 7_000_000_001;
  const secondMs = options.secondMs ?? 1000;
  const now = (): number => Date.now();
  const world = new TelegramWorld(botId, options.botUsername ?? "dondoc_test_bot", now);
  const methods = new Map(Object.entries(telegramMethods(world, options.requireKnownChat ?? false)).map(([k, v]) => [k.toLowerCase(), v]));
  const pusher = new WebhookPusher(world.updates, () => world.webhook, options.webhookRetryMs ?? 200, options.webhookTimeoutMs ?? 2000);
  const faults = new FaultInjector(options.faults);
  const requests: RequestRecord[] = [];

  const globalRate = options.globalPerSecond ?? 30;
  const global = new TokenBucket(globalRate, globalRate, now());
  const perChat = new Map<number, TokenBucket>();
  const penaltyUntil = new Map<string, number>();
  let count429 = 0;
  let earlyRetries = 0;
  let activePoll: AbortController | null = null;

  function tooMany(scope: string, waitMs: number): never {
    const retryAfter = Math.max(1, Math.ceil(waitMs / secondMs));
    penaltyUntil.set(scope, now() + retryAfter * secondMs);
    throw new ApiError(429, `Too Many Requests: retry after ${retryAfter}`, retryAfter);
  }

  function spend(chatId: number): void {
    const t = now();
    const chatScope = `chat:${chatId}`;
    if (options.strictRetryAfter) {
      for (const scope of ["global", chatScope]) {
        const until = penaltyUntil.get(scope) ?? 0;
        if (until > t) {
          earlyRetries += 1;
          throw new ApiError(429, `Too Many Requests: retry after ${Math.max(1, Math.ceil((until - t) / secondMs))}`, Math.max(1, Math.ceil((until - t) / secondMs)));
        }
      }
    }
    let bucket = perChat.get(chatId);
    if (!bucket) perChat.set(chatId, (bucket = new TokenBucket(options.perChatPerSecond ?? 1, options.perChatBurst ?? 3, t)));
    const chatWait = bucket.waitMs(t);
    if (chatWait > 0) tooMany(chatScope, chatWait);
    const globalWait = global.waitMs(t);
    if (globalWait > 0) tooMany("global", globalWait);
    bucket.take(t);
    global.take(t);
  }

  function envelope(error: ApiError): unknown {
    return {
      ok: false,
      error_code: error.code,
      description: error.description,
      ...(error.retryAfter === undefined ? {} : { parameters: { retry_after: error.retryAfter } }),
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse, raw: string): Promise<void> {
    const at = now();
    const pathname = new URL(req.url ?? "/", "http://fake").pathname;
    const file = FILE_ROUTE.exec(pathname);
    if (file) {
      const found = file[1] === token ? [...world.files.values()].find((f) => f.path === file[2]) : undefined;
      if (!found) return sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": found.bytes.length });
      res.end(found.bytes);
      return;
    }
    const match = ROUTE.exec(pathname);
    const method = match?.[2] ?? "";
    const record: RequestRecord = { method, at, status: 0 };
    requests.push(record);
    const answer = (status: number, body: unknown): void => {
      record.status = status;
      sendJson(res, status, body);
    };
    if (!match) return answer(404, { ok: false, error_code: 404, description: "Not Found" });
    if (match[1] !== token) return answer(401, { ok: false, error_code: 401, description: "Unauthorized" });
    const run = methods.get(method.toLowerCase());
    if (!run) return answer(404, { ok: false, error_code: 404, description: "Not Found: method not found" });
    const parsed = parseParams(req, raw);
    if ("malformed" in parsed) return answer(400, { ok: false, error_code: 400, description: `Bad Request: ${parsed.malformed}` });
    const chatId = Number(parsed.params.chat_id);
    if (Number.isFinite(chatId)) record.chatId = chatId;

    const fault = faults.next(method);
    const serveFault = (): void => {
      record.fault = fault!.kind;
      record.status = fault!.kind === "500" ? 500 : fault!.kind === "502" ? 502 : 0;
      faults.serve(res, fault!, { ok: false, error_code: 500, description: "Internal Server Error" });
    };
    if (fault?.phase === "before") return serveFault();

    const controller = new AbortController();
    // Only a client that leaves before the answer aborts (a long poll); finished answers do not.
    res.on("close", () => { if (!res.writableFinished) controller.abort(); });
    if (method.toLowerCase() === "getupdates") {
      activePoll?.abort();
      activePoll = controller;
    }
    const ctx: MethodContext = { signal: controller.signal, spend, secondMs, pusher, now };
    const deliveredBefore = world.delivered.length;
    try {
      const reply = await run(parsed.params, ctx);
      if (fault?.phase === "after") {
        for (const m of world.delivered.slice(deliveredBefore)) m.ackLost = true;
        return serveFault();
      }
      if (res.destroyed) return;
      answer(200, { ok: true, result: reply.result, ...(reply.description ? { description: reply.description } : {}) });
    } catch (error: unknown) {
      if (!(error instanceof ApiError)) throw error;
      if (error.code === 429) count429 += 1;
      if (!res.destroyed) answer(error.code, envelope(error));
    } finally {
      if (activePoll === controller) activePoll = null;
    }
  }

  const server = await startHttpServer(handle);
  return {
    url: server.url,
    token,
    botId,
    delivered: world.delivered,
    requests,
    webhookDeliveries: pusher.deliveries,
    callbackAnswers: world.callbackAnswers,
    faults,
    messagesTo: (chatId) => world.delivered.filter((m) => m.chat_id === chatId),
    userSends: (chatId, text, opts) => {
      const update = world.userSends(chatId, text, opts);
      pusher.kick();
      return update;
    },
    userPresses: (chatId, messageId, data, opts) => {
      const update = world.userPresses(chatId, messageId, data, opts?.anyData ?? false);
      pusher.kick();
      return update;
    },
    userSendsDocument: (chatId, fileName, bytes, mimeType) => {
      const update = world.userSendsDocument(chatId, fileName, bytes, mimeType);
      pusher.kick();
      return update;
    },
    userSendsSticker: (chatId, emoji) => {
      const update = world.userSendsSticker(chatId, emoji);
      pusher.kick();
      return update;
    },
    userSendsPhoto: (chatId, bytes, caption) => {
      const update = world.userSendsPhoto(chatId, bytes, caption);
      pusher.kick();
      return update;
    },
    blockedBy: (chatId) => { world.blocked.add(chatId); },
    unblockedBy: (chatId) => { world.blocked.delete(chatId); },
    addChat: (chatId) => { world.knownChats.add(chatId); },
    commands: (scopeType = "default", languageCode = "") => world.commands.get(`${scopeType}|${languageCode}`),
    get connectionsOpened() { return server.connectionsOpened(); },
    get count429() { return count429; },
    get earlyRetries() { return earlyRetries; },
    get pendingUpdates() { return world.updates.size; },
    get webhook() { return world.webhook; },
    close: async () => {
      pusher.stop();
      await server.close();
    },
  };
}
