/**
 * The HTTP server: Telegram and Zalo webhooks and a health check, on node:http (three routes do
 * not need a framework). Webhooks are authenticated first, answered 200 at once, and handled
 * afterwards, so a slow handler never makes a platform retry. Bodies and secrets are never logged.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { InboundMessage } from "../channels/port.ts";
import type { ZaloAccountEvent, ZaloWebhookResult } from "../channels/zalo/webhook.ts";
import { checkTelegramSecret, TELEGRAM_SECRET_HEADER } from "../channels/telegram/webhook.ts";
import { silentLogger, type Logger } from "../log.ts";
import { BodyTooLargeError, readBody } from "./body.ts";

export interface HttpServerOptions {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Default "0.0.0.0". */
  host?: string;
  /** Serves POST /telegram/webhook when set: `receive` is TelegramUpdates.receive. */
  telegram?: { secret: string; receive(update: unknown): Promise<InboundMessage | null> };
  /** Serves POST /zalo/webhook when set: a ZaloWebhook. */
  zalo?: { verify(rawBody: Buffer, signature: string | undefined): boolean; receive(rawBody: Buffer): Promise<ZaloWebhookResult> };
  onInbound: (msg: InboundMessage) => Promise<void>;
  /** follow, unfollow, user_withdraw from Zalo. */
  onZaloEvent?: (event: ZaloAccountEvent) => Promise<void>;
  /** Checked by GET /healthz. */
  redis: { ping(): Promise<string> };
  /** Default: silent. */
  logger?: Logger;
  /** Larger bodies get 413. Default 1_048_576 bytes (an update with a long text is a few KB). */
  maxBodyBytes?: number;
  /** Redis must answer the health ping within this. Default 1_000 ms. */
  healthTimeoutMs?: number;
}

export interface HttpServer {
  /** http://host:port, no trailing slash. */
  url: string;
  /** Stops accepting, then waits for webhook updates already accepted to be handled. */
  close(): Promise<void>;
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const log = options.logger ?? silentLogger;
  const maxBytes = options.maxBodyBytes ?? 1_048_576;
  const inFlight = new Set<Promise<void>>();

  /** Runs `work` after the answer went out; failures are logged without the update's content. */
  function later(what: string, work: () => Promise<void>): void {
    const p = work().catch((err: unknown) => log.error(`${what}: handling failed`, { err })).finally(() => inFlight.delete(p));
    inFlight.add(p);
  }

  async function telegramWebhook(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const tg = options.telegram!;
    if (!checkTelegramSecret(header(req, TELEGRAM_SECRET_HEADER), tg.secret)) {
      log.warn("telegram webhook: wrong or missing secret", { ip: req.socket.remoteAddress });
      req.resume();
      return reply(res, 401, { ok: false });
    }
    let update: unknown;
    try {
      update = JSON.parse((await readBody(req, maxBytes)).toString("utf8"));
    } catch (err: unknown) {
      if (err instanceof BodyTooLargeError) return reply(res, 413, { ok: false });
      return reply(res, 400, { ok: false });
    }
    reply(res, 200, { ok: true });
    later("telegram webhook", async () => {
      const msg = await tg.receive(update);
      if (msg) await options.onInbound(msg);
    });
  }

  async function zaloWebhook(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const zalo = options.zalo!;
    let raw: Buffer;
    try {
      raw = await readBody(req, maxBytes);
    } catch (err: unknown) {
      return reply(res, err instanceof BodyTooLargeError ? 413 : 400, { error: 1 });
    }
    if (!zalo.verify(raw, header(req, "x-zevent-signature"))) {
      log.warn("zalo webhook: missing or forged signature", { ip: req.socket.remoteAddress });
      return reply(res, 401, { error: 1 });
    }
    reply(res, 200, { error: 0 });
    later("zalo webhook", async () => {
      const result = await zalo.receive(raw);
      if (result.kind === "message") await options.onInbound(result.message);
      else if (result.kind === "account") await options.onZaloEvent?.(result.event);
      else log.debug("zalo webhook: event not handled", { event: result.eventName });
    });
  }

  async function health(res: ServerResponse): Promise<void> {
    const timeoutMs = options.healthTimeoutMs ?? 1_000;
    let timer: NodeJS.Timeout | undefined;
    const up = await Promise.race([
      options.redis.ping().then(() => true, () => false),
      new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), timeoutMs); }),
    ]);
    clearTimeout(timer);
    reply(res, up ? 200 : 503, { status: up ? "ok" : "unavailable", redis: up ? "up" : "down" });
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const post = req.method === "POST";
    if (path === "/healthz" && (req.method === "GET" || req.method === "HEAD")) return health(res);
    if (path === "/telegram/webhook" && options.telegram) return post ? telegramWebhook(req, res) : reply(res, 405, { ok: false });
    if (path === "/zalo/webhook" && options.zalo) return post ? zaloWebhook(req, res) : reply(res, 405, { error: 1 });
    req.resume();
    reply(res, 404, { error: "not found" });
  }

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      log.error("http: request failed", { err, path: req.url });
      if (!res.headersSent) reply(res, 500, { error: "internal" });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "0.0.0.0", () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address === "0.0.0.0" || address === "::" ? "127.0.0.1" : address;
  return {
    url: `http://${host}:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await Promise.all([...inFlight]);
    },
  };
}
