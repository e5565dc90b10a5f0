/**
 * The queues for operators: bull-board (its UI is served from its own package, nothing from a CDN)
 * at /admin/queues, mounted behind the console's login. Its API calls are JSON fetches of its own
 * page; a cross-site form cannot send JSON, and the SameSite=Lax cookie does not ride on a
 * cross-site fetch, so they need no form token.
 */
import type { Queue } from "bullmq";
import type { Hono } from "hono";
import { serveStatic } from "@hono/node-server/serve-static";
import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { HonoAdapter } from "@bull-board/hono";

export const QUEUES_PATH = "/admin/queues";

// Hono's Env generics differ between our app and bull-board's plugin; the routes are the same.
export function mountQueues(admin: Hono<any>, queues: readonly Queue[]): void {
  // bull-board's page asks Google Fonts for its typeface: dropped, so the page loads nothing from outside (system fonts instead).
  admin.use("/queues/*", async (c, next) => {
    await next();
    if (!(c.res.headers.get("content-type") ?? "").includes("text/html")) return;
    const page = (await c.res.text()).replace(/<link[^>]+href="https:\/\/fonts\.(?:googleapis|gstatic)\.com[^>]*>/g, "");
    const headers = new Headers(c.res.headers);
    headers.delete("content-length");
    c.res = new Response(page, { status: c.res.status, headers });
  });
  const adapter = new HonoAdapter(serveStatic);
  createBullBoard({ queues: queues.map((q) => new BullMQAdapter(q, { readOnlyMode: false })), serverAdapter: adapter, options: { uiConfig: { boardTitle: "dondoc" } } });
  adapter.setBasePath(QUEUES_PATH);
  admin.route("/queues", adapter.registerPlugin());
}
