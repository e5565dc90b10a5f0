/**
 * HTTP hygiene and "durable before 200" (issue 10): a client that sends its headers and stalls is
 * cut off after the headers timeout, connections past the cap are refused, and a webhook is
 * answered 503 at once while Redis is away.
 */
import { connect } from "node:net";
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { startHttpServer, type HttpServer } from "../../src/http/server.ts";

let server: HttpServer | undefined;
afterEach(async () => { await server?.close(); server = undefined; });

const noop = async (): Promise<void> => {};
const up = { ping: async () => "PONG", status: "ready" };

/** Opens a socket, sends `data`, and resolves with how long the server took to close it. */
function stall(url: string, data: string, giveUpMs: number): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const t0 = Date.now();
    const s = connect(Number(port), hostname, () => s.write(data));
    s.on("data", () => {});
    s.on("error", () => {});
    s.on("close", () => resolve(Date.now() - t0));
    setTimeout(() => { s.destroy(); resolve(Infinity); }, giveUpMs).unref();
  });
}

describe("HTTP hygiene", () => {
  it("closes a client that sends half its headers and stalls, after the headers timeout", async () => {
    server = await startHttpServer({ port: 0, host: "127.0.0.1", redis: up, onInbound: noop, headersTimeoutMs: 400, requestTimeoutMs: 400, timeoutCheckMs: 100 });
    const closedAfter = await stall(server.url, "POST /zalo/webhook HTTP/1.1\r\nHost: x\r\nX-Slow: ", 5_000);
    expect(closedAfter).toBeGreaterThanOrEqual(350);
    expect(closedAfter).toBeLessThan(2_000);
  });

  it("closes a client that sends headers and then a body too slowly, after the request timeout", async () => {
    server = await startHttpServer({ port: 0, host: "127.0.0.1", redis: up, onInbound: noop, headersTimeoutMs: 400, requestTimeoutMs: 600, timeoutCheckMs: 100,
      zalo: { verify: () => true, receive: async () => ({ kind: "ignored", eventName: "x" }) } });
    const closedAfter = await stall(server.url, "POST /zalo/webhook HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{\"a\":", 5_000);
    expect(closedAfter).toBeLessThan(2_500);
  });

  it("refuses connections past the cap", async () => {
    server = await startHttpServer({ port: 0, host: "127.0.0.1", redis: up, onInbound: noop, maxConnections: 2, headersTimeoutMs: 5_000, requestTimeoutMs: 5_000 });
    const held = [stall(server.url, "GET /healthz HTTP/1.1\r\nHost: x\r\n", 3_000), stall(server.url, "GET /healthz HTTP/1.1\r\nHost: x\r\n", 3_000)];
    await new Promise((r) => setTimeout(r, 200));
    const third = await stall(server.url, "", 3_000);
    expect(third).toBeLessThan(1_000);
    server.server.closeAllConnections();
    await Promise.all(held);
  });
});

describe("durable before 200", () => {
  it("answers a webhook 503 at once while Redis is away, and hands nothing over", async () => {
    // Nothing listens on port 1: the client keeps reconnecting, as ioredis does when a Redis goes away.
    const away = new Redis({ port: 1, host: "127.0.0.1", maxRetriesPerRequest: null, retryStrategy: () => 200 });
    away.on("error", () => {});
    await new Promise((r) => setTimeout(r, 300));
    const handed: unknown[] = [];
    server = await startHttpServer({
      port: 0, host: "127.0.0.1", redis: away, onInbound: async (m) => { handed.push(m); },
      zalo: { verify: () => true, receive: async () => ({ kind: "message", message: { channel: "zalo", chatId: "1", userId: "1", text: "xong", messageId: "m", replyToMessageId: null, buttonData: null, at: new Date() } }) },
    });
    const t0 = Date.now();
    const res = await fetch(`${server.url}/zalo/webhook`, { method: "POST", body: "{}" });
    expect(res.status).toBe(503);
    expect(Date.now() - t0).toBeLessThan(500);
    expect(handed).toEqual([]);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(503);
    away.disconnect();
  });

  it("answers 503 when Redis takes the write too slowly, rather than holding the platform", async () => {
    server = await startHttpServer({
      port: 0, host: "127.0.0.1", redis: up, durableTimeoutMs: 200, onInbound: () => new Promise(() => {}),
      zalo: { verify: () => true, receive: async () => ({ kind: "message", message: { channel: "zalo", chatId: "1", userId: "1", text: "xong", messageId: "m", replyToMessageId: null, buttonData: null, at: new Date() } }) },
    });
    const t0 = Date.now();
    expect((await fetch(`${server.url}/zalo/webhook`, { method: "POST", body: "{}" })).status).toBe(503);
    expect(Date.now() - t0).toBeLessThan(1_000);
  });
});
