/**
 * The HTTP server: webhooks, /healthz, /metrics and the sandbox chat, on Hono over node:http.
 * Hono because issue 13's admin console (cookies, CSRF, forms, exports, bull-board) needs a router
 * and middleware that node:http lacks, and Hono brings them with no dependencies of its own; the
 * node:http server underneath keeps our own timeouts and connection cap. Webhooks are answered 200
 * only once their update is in Redis (503 while it is not); bodies and secrets are never logged.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { InboundMessage } from "../channels/port.ts";
import type { ZaloAccountEvent, ZaloWebhookResult } from "../channels/zalo/webhook.ts";
import { silentLogger, type Logger } from "../log.ts";
import type { RedisReady } from "./durable.ts";
import { checkHealth, type HealthReport } from "./health.ts";
import { mountConsole, type ConsoleOptions } from "./admin/mount.ts";
import { mountSandbox, type SandboxOptions } from "./sandbox.ts";
import { mountWebhooks } from "./webhooks.ts";

export interface HttpServerOptions {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Default "0.0.0.0". */
  host?: string;
  /** Serves POST /telegram/webhook when set: `receive` is TelegramUpdates.receive. */
  telegram?: { secret: string; receive(update: unknown): Promise<InboundMessage | null> };
  /** Serves POST /zalo/webhook when set: a ZaloWebhook. */
  zalo?: { verify(rawBody: Buffer, signature: string | undefined): boolean; receive(rawBody: Buffer): Promise<ZaloWebhookResult> };
  /** Puts an inbound message in the queue; the webhook answers 200 only after it resolved. */
  onInbound: (msg: InboundMessage) => Promise<void>;
  /** follow, unfollow, user_withdraw from Zalo (written before the 200 as well). */
  onZaloEvent?: (event: ZaloAccountEvent) => Promise<void>;
  /** Checked by GET /healthz (when `health` is not given) and, through `status`, before every webhook write. */
  redis: { ping(): Promise<string>; status?: string };
  /** The full /healthz report; default: Redis only. */
  health?: () => Promise<HealthReport>;
  /** GET /metrics. */
  metrics?: { render(): Promise<string>; contentType: string };
  /** Serves the sandbox chat at /sandbox when set. */
  sandbox?: SandboxOptions;
  /** Serves the admin console at /admin when set (web role). */
  console?: Omit<ConsoleOptions, "logger">;
  /** Default: silent. */
  logger?: Logger;
  /** Larger bodies get 413. Default 1_048_576 bytes (an update with a long text is a few KB). */
  maxBodyBytes?: number;
  /** Redis must answer the health ping within this. Default 1_000 ms. */
  healthTimeoutMs?: number;
  /** How long Redis may take to store an update before the webhook answers 503. Default 3_000 ms. */
  durableTimeoutMs?: number;
  /** Time for a client to send its headers, and its whole request. Default 10_000 ms each. */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** An idle keep-alive connection is closed after this. Default 5_000 ms. */
  keepAliveTimeoutMs?: number;
  /** Connections at once; more are refused. Default 1_000. */
  maxConnections?: number;
  /** How often node checks those timeouts. Default 1_000 ms (node's own is 30 s, which lets a stalled client sit far past them). */
  timeoutCheckMs?: number;
}

export interface HttpServer {
  /** http://host:port, no trailing slash. */
  url: string;
  /** The node:http server (for tests and the metrics of connections). */
  server: Server;
  /** Stops accepting, ends idle connections and open event streams, waits for requests in progress. */
  close(): Promise<void>;
}

export function createHttpApp(options: HttpServerOptions): Hono {
  const log = options.logger ?? silentLogger;
  // Known to be down (lost and reconnecting, or closed): 503 at once; connecting or ready: try, within the timeout.
  const ready: RedisReady = () => !["reconnecting", "close", "end"].includes(options.redis.status ?? "ready");
  const durableTimeoutMs = options.durableTimeoutMs ?? 3_000;
  const app = new Hono();

  app.get("/healthz", async (c) => {
    const report = options.health ? await options.health() : await checkHealth({ redis: options.redis, timeoutMs: options.healthTimeoutMs ?? 1_000 });
    return c.json(report, report.status === "ok" ? 200 : 503);
  });
  if (options.metrics) {
    const m = options.metrics;
    app.get("/metrics", async (c) => c.body(await m.render(), 200, { "content-type": m.contentType }));
  }
  mountWebhooks(app, {
    ...(options.telegram ? { telegram: options.telegram } : {}), ...(options.zalo ? { zalo: options.zalo } : {}),
    ...(options.onZaloEvent ? { onZaloEvent: options.onZaloEvent } : {}),
    onInbound: options.onInbound, ready, durableTimeoutMs, maxBodyBytes: options.maxBodyBytes ?? 1_048_576, logger: log,
  });
  if (options.sandbox) {
    mountSandbox(app, { ...options.sandbox, ready, durableTimeoutMs, logger: log.child({ part: "sandbox" }) });
    app.get("/", (c) => c.redirect("/sandbox"));
  }
  if (options.console) mountConsole(app, { ...options.console, logger: log.child({ part: "console" }) });
  app.notFound((c) => c.json({ error: "not found" }, 404));
  app.onError((err, c) => {
    // Middleware's own refusals (CSRF 403, …) are answers, not failures.
    if (err instanceof HTTPException) return err.getResponse();
    log.error("http: request failed", { err, path: c.req.path });
    return c.json({ error: "internal" }, 500);
  });
  return app;
}

export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const app = createHttpApp(options);
  const server = createServer({
    headersTimeout: options.headersTimeoutMs ?? 10_000,
    requestTimeout: options.requestTimeoutMs ?? 10_000,
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 5_000,
    connectionsCheckingInterval: options.timeoutCheckMs ?? 1_000,
  }, getRequestListener(app.fetch));
  server.maxConnections = options.maxConnections ?? 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "0.0.0.0", () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address === "0.0.0.0" || address === "::" ? "127.0.0.1" : address;
  return {
    url: `http://${host}:${port}`,
    server,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // Event streams (the sandbox) never end by themselves; a webhook in progress has 1.5 s to finish.
        setTimeout(() => server.closeAllConnections(), 1_500).unref();
      });
    },
  };
}
