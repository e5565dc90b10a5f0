/**
 * The sandbox chat at /sandbox: a person picks an official of the roster and talks to the bot as
 * them. What they type or press goes through the web channel's adapter into the inbound queue,
 * where the same handler as Telegram's reads it; the bot's answers come back through the web
 * channel and reach the page live (server-sent events). Forms work without JavaScript too.
 */
import type { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { streamSSE } from "hono/streaming";
import type { Queue } from "bullmq";
import { createInvite } from "../app/invites.ts";
import type { InboundMessage } from "../channels/port.ts";
import type { ChatEntry, ChatLog } from "../channels/web/chat-log.ts";
import { receiveWebPost, WebChatId, WebPost } from "../channels/web/inbound.ts";
import type { ChatEvents } from "../channels/web/live.ts";
import { promoteNextReminders } from "../channels/web/promote.ts";
import { seedDemo } from "../demo/seed.ts";
import type { Logger } from "../log.ts";
import type { Store } from "../store/store.ts";
import { durably, type RedisReady } from "./durable.ts";
import { SANDBOX_CSS, SANDBOX_JS, renderSandboxPage } from "./sandbox-page.ts";

export interface SandboxOptions {
  store: Store;
  chats: ChatLog;
  events: ChatEvents;
  /** The web channel's delivery queue, for "send the next reminders now". */
  deliveryQueue: Queue;
  onInbound: (msg: InboundMessage) => Promise<void>;
  timeZone: string;
  clock?: () => Date;
}

export interface SandboxMountOptions extends SandboxOptions {
  ready: RedisReady;
  durableTimeoutMs: number;
  logger: Logger;
}

/** Seconds between SSE comments that keep proxies from closing an idle stream. */
const HEARTBEAT_MS = 15_000;

export function mountSandbox(app: Hono, o: SandboxMountOptions): void {
  const now = o.clock ?? (() => new Date());
  // Writes come only from the page itself (Origin checked), never from another site's form.
  app.use("/sandbox/*", csrf());
  app.use("/sandbox/*", bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.text("Nội dung quá dài.", 413) }));

  app.get("/sandbox/app.css", (c) => c.body(SANDBOX_CSS, 200, { "content-type": "text/css; charset=utf-8", "cache-control": "no-cache" }));
  app.get("/sandbox/app.js", (c) => c.body(SANDBOX_JS, 200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-cache" }));

  // While Redis is away the page says so at once (the HTTP server stays up; nothing would load).
  app.use("/sandbox*", async (c, next) => {
    if (c.req.path === "/sandbox/app.css" || c.req.path === "/sandbox/app.js" || o.ready()) return next();
    return c.text("Hệ thống đang tạm gián đoạn (không kết nối được Redis). Xin thử lại sau ít phút.", 503, { "retry-after": "10" });
  });

  app.get("/sandbox", async (c) => {
    const officials = await o.store.listOfficials();
    const asParam = c.req.query("as");
    const me = asParam ? officials.find((x) => x.id === asParam) ?? null : null;
    const history: ChatEntry[] = me ? await o.chats.history(me.id) : [];
    const notice = c.req.query("n") ?? null;
    return c.html(renderSandboxPage({ officials, me, history, notice, timeZone: o.timeZone }));
  });

  const chatId = (raw: string): string | null => (WebChatId.safeParse(raw).success ? raw : null);
  const wantsJson = (accept: string | undefined) => (accept ?? "").includes("application/json");

  // Typed text or a pressed button: logged in the chat, then queued for the handler (durably: 503 when Redis is away).
  app.post("/sandbox/chats/:id/messages", async (c) => {
    const id = chatId(c.req.param("id"));
    if (!id) return c.json({ error: "unknown chat" }, 404);
    const form = (c.req.header("content-type") ?? "").includes("application/json") ? await c.req.json().catch(() => null) : Object.fromEntries(Object.entries(await c.req.parseBody()).filter(([, v]) => typeof v === "string"));
    const post = WebPost.safeParse(form);
    if (!post.success) {
      o.logger.warn("sandbox: a malformed post was dropped", { chat: id, issues: post.error.issues.map((i) => i.message) });
      return wantsJson(c.req.header("accept")) ? c.json({ error: post.error.issues[0]?.message ?? "invalid" }, 400) : c.redirect(`/sandbox?as=${encodeURIComponent(id)}`, 303);
    }
    try {
      const r = await durably(o.ready, o.durableTimeoutMs, async () => {
        const received = await receiveWebPost(o.chats, id, post.data, now());
        if (received.ok) await o.onInbound(received.message);
        return received;
      });
      if (!r.ok) return c.json({ error: r.reason }, 400);
    } catch (err) {
      o.logger.warn("sandbox: message not stored, answered 503", { err: err instanceof Error ? err.message : String(err) });
      return wantsJson(c.req.header("accept")) ? c.json({ error: "Hệ thống đang bận, xin thử lại sau ít phút." }, 503) : c.text("Hệ thống đang bận, xin thử lại sau ít phút.", 503);
    }
    return wantsJson(c.req.header("accept")) ? c.json({ ok: true }, 202) : c.redirect(`/sandbox?as=${encodeURIComponent(id)}`, 303);
  });

  // What the admins would hand out: a registration code for this official (then typed in the chat).
  app.post("/sandbox/chats/:id/invite", async (c) => {
    const id = chatId(c.req.param("id"));
    const official = id ? await o.store.getOfficial(id) : null;
    if (!official) return c.json({ error: "unknown official" }, 404);
    const { code } = await createInvite(o.store, official.id, "sandbox", now());
    return wantsJson(c.req.header("accept")) ? c.json({ code }) : c.redirect(`/sandbox?as=${encodeURIComponent(official.id)}&n=${encodeURIComponent(`code:${code}`)}`, 303);
  });

  // An empty sandbox offers the demo's province: what `npm run demo` loads (once per Redis).
  app.post("/sandbox/demo", async (c) => {
    await seedDemo({ store: o.store, chats: o.chats, onInbound: o.onInbound, logger: o.logger });
    return c.redirect("/sandbox", 303);
  });

  app.post("/sandbox/chats/:id/next-reminders", async (c) => {
    const id = chatId(c.req.param("id"));
    if (!id) return c.json({ error: "unknown chat" }, 404);
    const p = await promoteNextReminders(o.deliveryQueue, o.store, id, o.timeZone);
    return wantsJson(c.req.header("accept")) ? c.json(p) : c.redirect(`/sandbox?as=${encodeURIComponent(id)}&n=${encodeURIComponent(`promoted:${p.count}:${p.day ?? ""}`)}`, 303);
  });

  // Live: the chat's entries after `after` (the page sends the last id it shows), then each new one.
  app.get("/sandbox/chats/:id/events", (c) => {
    const id = chatId(c.req.param("id"));
    if (!id) return c.json({ error: "unknown chat" }, 404);
    const after = Number(c.req.query("after") ?? c.req.header("last-event-id") ?? 0) || 0;
    return streamSSE(c, async (stream) => {
      const queue: ChatEntry[] = [];
      let wake: (() => void) | null = null;
      const stop = o.events.listen(id, (e) => { queue.push(e); wake?.(); });
      let closed = false;
      stream.onAbort(() => { closed = true; wake?.(); });
      try {
        let last = after;
        for (const e of await o.chats.history(id).catch(() => [])) queue.unshift(e);
        queue.sort((a, b) => Number(a.id) - Number(b.id));
        while (!closed) {
          while (queue.length) {
            const e = queue.shift()!;
            if (Number(e.id) <= last) continue;
            last = Number(e.id);
            await stream.writeSSE({ id: e.id, event: "entry", data: JSON.stringify(e) });
          }
          let timer: NodeJS.Timeout | undefined;
          await new Promise<void>((r) => {
            wake = r;
            timer = setTimeout(r, HEARTBEAT_MS);
          });
          clearTimeout(timer);
          wake = null;
          if (!queue.length && !closed) await stream.write(": keep-alive\n\n");
        }
      } finally {
        stop();
      }
    });
  });
}
