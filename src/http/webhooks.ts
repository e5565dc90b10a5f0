/**
 * Telegram and Zalo webhooks. Each is authenticated first (secret header, signature over the raw
 * body), then its update is checked and written to the inbound queue, and only then answered 200;
 * with Redis away the answer is 503, so the platform retries. A malformed update is logged once,
 * without its content, and answered 200: sending it again would not make it readable.
 */
import type { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { InboundMessage } from "../channels/port.ts";
import { checkTelegramSecret, TELEGRAM_SECRET_HEADER } from "../channels/telegram/webhook.ts";
import type { ZaloAccountEvent, ZaloWebhookResult } from "../channels/zalo/webhook.ts";
import type { Logger } from "../log.ts";
import { durably, NotDurableError, type RedisReady } from "./durable.ts";

export interface WebhookOptions {
  telegram?: { secret: string; receive(update: unknown): Promise<InboundMessage | null> };
  zalo?: { verify(rawBody: Buffer, signature: string | undefined): boolean; receive(rawBody: Buffer): Promise<ZaloWebhookResult> };
  onInbound: (msg: InboundMessage) => Promise<void>;
  onZaloEvent?: (event: ZaloAccountEvent) => Promise<void>;
  ready: RedisReady;
  /** How long Redis may take to take an update before the answer is 503. */
  durableTimeoutMs: number;
  maxBodyBytes: number;
  logger: Logger;
}

export function mountWebhooks(app: Hono, o: WebhookOptions): void {
  const log = o.logger;
  const limit = bodyLimit({ maxSize: o.maxBodyBytes, onError: (c) => c.json({ ok: false, error: "too large" }, 413) });
  const unavailable = (what: string, err: unknown) => {
    log.warn(`${what}: not stored, answered 503 so the platform retries`, { err: err instanceof NotDurableError ? err.message : err });
  };

  if (o.telegram) {
    const tg = o.telegram;
    app.post("/telegram/webhook", limit, async (c) => {
      if (!checkTelegramSecret(c.req.header(TELEGRAM_SECRET_HEADER), tg.secret)) {
        log.warn("telegram webhook: wrong or missing secret");
        return c.json({ ok: false }, 401);
      }
      let update: unknown;
      try {
        update = JSON.parse(await c.req.text());
      } catch {
        log.warn("telegram webhook: body is not JSON; dropped");
        return c.json({ ok: false }, 400);
      }
      // Checked and converted first (the adapter answers a button press on the way: a Telegram call,
      // not Redis, so it does not count against the durable timeout); then stored.
      const msg = await tg.receive(update);
      if (!msg) return c.json({ ok: true });
      try {
        await durably(o.ready, o.durableTimeoutMs, () => o.onInbound(msg));
      } catch (err) {
        // Not in Redis (away, or the write failed): the platform must send it again.
        unavailable("telegram webhook", err);
        return c.json({ ok: false }, 503);
      }
      return c.json({ ok: true });
    });
    app.all("/telegram/webhook", (c) => c.json({ ok: false }, 405));
  }

  if (o.zalo) {
    const zalo = o.zalo;
    app.post("/zalo/webhook", limit, async (c) => {
      // The signature is over the exact bytes received: read them raw, before anything parses them.
      const raw = Buffer.from(await c.req.arrayBuffer());
      if (!zalo.verify(raw, c.req.header("x-zevent-signature"))) {
        log.warn("zalo webhook: missing or forged signature");
        return c.json({ error: 1 }, 401);
      }
      try {
        await durably(o.ready, o.durableTimeoutMs, async () => {
          const result = await zalo.receive(raw);
          if (result.kind === "message") await o.onInbound(result.message);
          else if (result.kind === "account") await o.onZaloEvent?.(result.event);
          else if (result.malformed) log.warn("zalo webhook: malformed event dropped", { event: result.eventName, problems: result.malformed });
          else log.debug("zalo webhook: event not handled", { event: result.eventName });
        });
      } catch (err) {
        unavailable("zalo webhook", err);
        return c.json({ error: 1 }, 503);
      }
      return c.json({ error: 0 });
    });
    app.all("/zalo/webhook", (c) => c.json({ error: 1 }, 405));
  }
}
