/**
 * The sandbox's HTTP side without a browser: the page works with plain forms (no JavaScript), a
 * form posted from another site is refused (CSRF), a malformed post or a press of a button the
 * message does not carry is dropped, and what is accepted reaches the inbound queue as a web message.
 */
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterEach, describe, expect, inject, it } from "vitest";
import type { InboundMessage } from "../../src/channels/port.ts";
import { ChatLog } from "../../src/channels/web/chat-log.ts";
import { ChatEvents } from "../../src/channels/web/live.ts";
import { startHttpServer, type HttpServer } from "../../src/http/server.ts";
import { Store } from "../../src/store/store.ts";
import { official } from "../support/harness.ts";
import { withRedis } from "../support/redis.ts";

let server: HttpServer | undefined;
let cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const c of cleanup) await c();
  cleanup = [];
});

async function setup(redis: Redis, prefix: string) {
  const store = new Store(redis, prefix);
  await store.saveOfficials([official("SYT-GD", { fullName: "Đồng Văn Lực", unit: "Sở Y tế", telegramChatId: null, webChatId: "SYT-GD" })]);
  const chats = new ChatLog(redis, prefix);
  const sub = new Redis(inject("redisUrl"));
  const events = new ChatEvents(sub, `${prefix}web:events`);
  const deliveryQueue = new Queue("deliver-web", { connection: redis, prefix: `${prefix}q` });
  cleanup.push(() => events.close(), () => deliveryQueue.close());
  const inbound: InboundMessage[] = [];
  server = await startHttpServer({
    port: 0, host: "127.0.0.1", redis, onInbound: async () => {},
    sandbox: { store, chats, events, deliveryQueue, onInbound: async (m) => { inbound.push(m); }, timeZone: "Asia/Ho_Chi_Minh" },
  });
  return { chats, inbound, url: server.url };
}

const form = (url: string, path: string, body: Record<string, string>, origin: string) =>
  fetch(`${url}${path}`, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded", origin }, body: new URLSearchParams(body) });

describe("the sandbox over plain HTTP", () => {
  it("takes a form post from its own page (303 back to the chat) and refuses one from another site", () => withRedis(async (redis, prefix) => {
    const { inbound, url } = await setup(redis, prefix);
    const ok = await form(url, "/sandbox/chats/SYT-GD/messages", { text: "2 xong" }, url);
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/sandbox?as=SYT-GD");
    expect(inbound).toMatchObject([{ channel: "web", chatId: "SYT-GD", userId: "SYT-GD", text: "2 xong", buttonData: null }]);
    const evil = await form(url, "/sandbox/chats/SYT-GD/messages", { text: "1 xong" }, "https://evil.example");
    expect(evil.status).toBe(403);
    expect(inbound).toHaveLength(1);
    const page = await (await fetch(`${url}/sandbox?as=SYT-GD`)).text();
    expect(page).toContain("Đồng Văn Lực");
    expect(page).toContain("2 xong");
  }));

  it("drops a malformed post and a press of a button the message does not carry; reads a real press", () => withRedis(async (redis, prefix) => {
    const { chats, inbound, url } = await setup(redis, prefix);
    const json = (body: unknown) => fetch(`${url}/sandbox/chats/SYT-GD/messages`, { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify(body) });
    const bot = await chats.append("SYT-GD", { from: "bot", text: "Nhắc việc", buttons: [[{ label: "Hoàn thành", data: "d:abcd1234" }]] });
    expect((await json({ text: "" })).status).toBe(400);
    expect((await json({ text: 42 })).status).toBe(400);
    expect((await json({ button: "d:other", on: bot.id })).status).toBe(400);
    expect((await json({ button: "d:abcd1234", on: "999999" })).status).toBe(400);
    expect((await fetch(`${url}/sandbox/chats/..%2F..%2Fetc/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).status).toBe(404);
    expect(inbound).toEqual([]);
    expect((await json({ button: "d:abcd1234", on: bot.id })).status).toBe(202);
    expect(inbound).toMatchObject([{ buttonData: "d:abcd1234", replyToMessageId: bot.id, text: "Hoàn thành" }]);
  }));
});
