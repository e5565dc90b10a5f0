import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { startHttpServer, type HttpServer } from "../../src/http/server.ts";
import { withRedis } from "../support/redis.ts";

let server: HttpServer | undefined;
afterEach(async () => { await server?.close(); server = undefined; });

const noop = async (): Promise<void> => {};

describe("HTTP server", () => {
  it("/healthz: 200 with Redis up", () => withRedis(async (redis) => {
    server = await startHttpServer({ port: 0, host: "127.0.0.1", redis, onInbound: noop });
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", redis: { status: "up" } });
  }));

  it("/healthz: 503 with Redis down", async () => {
    // Nothing listens on port 1: every ping fails.
    const dead = new Redis({ port: 1, host: "127.0.0.1", lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
    dead.on("error", () => {});
    server = await startHttpServer({ port: 0, host: "127.0.0.1", redis: dead, onInbound: noop, healthTimeoutMs: 300 });
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "unavailable", redis: { status: "down" } });
    dead.disconnect();
  });

  it("refuses bodies over the limit with 413, and unknown paths with 404", async () => {
    server = await startHttpServer({
      port: 0, host: "127.0.0.1", redis: { ping: async () => "PONG" }, onInbound: noop, maxBodyBytes: 1024,
      zalo: { verify: () => true, receive: async () => ({ kind: "ignored", eventName: "x" }) },
    });
    const big = await fetch(`${server.url}/zalo/webhook`, { method: "POST", body: "x".repeat(4096) });
    expect(big.status).toBe(413);
    expect((await fetch(`${server.url}/telegram/webhook`, { method: "POST", body: "{}" })).status).toBe(404);
    expect((await fetch(`${server.url}/nowhere`)).status).toBe(404);
  });
});
