/**
 * A Redis that goes away at runtime (issue 12): the HTTP server stays up, /healthz turns 503 and
 * the sandbox's input is refused with 503 (nothing taken that could be lost), and when Redis is
 * back everything resumes by itself — the same process, no restart. A redis-server of the test's
 * own, append-only, killed with SIGKILL and started again on the same port and directory.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { silentLogger } from "../../src/log.ts";
import { startService, type Service } from "../../src/service.ts";
import { official, until } from "../support/harness.ts";
import { freePort } from "../support/redis-server.ts";

let dir: string;
let port: number;
let redis: ChildProcess | null = null;
let svc: Service;

async function startRedis(): Promise<void> {
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--appendonly", "yes", "--save", "", "--daemonize", "no"], { stdio: "ignore" });
  redis = child;
  await until(async () => (await fetch(`http://127.0.0.1:${port}`).then(() => true, (e: Error & { cause?: { code?: string } }) => e.cause?.code !== "ECONNREFUSED")), 10_000, "redis-server listening");
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "dondoc-away-"));
  port = await freePort();
  await startRedis();
  const env = { REDIS_URL: `redis://127.0.0.1:${port}`, PORT: "0", HOST: "127.0.0.1", DONDOC_SANDBOX: "1", DONDOC_SHUTDOWN_SECONDS: "3" };
  svc = await startService(loadConfig(env), { logger: silentLogger, env, daily: false });
  await svc.deps.store.saveOfficials([official("SXD-GD", { fullName: "Đàm Văn Hùng", unit: "Sở Xây dựng", telegramChatId: null, webChatId: "SXD-GD" })]);
}, 30_000);

afterAll(async () => {
  await svc?.stop();
  redis?.kill("SIGKILL");
  await rm(dir, { recursive: true, force: true });
});

const say = (text: string) => fetch(`${svc.http.url}/sandbox/chats/SXD-GD/messages`, { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify({ text }) });
const answers = async () => (await svc.sandbox!.chats.history("SXD-GD")).filter((e) => e.from === "bot").length;

describe("Redis goes away and comes back", () => {
  it("keeps HTTP up, says 503 meanwhile, and resumes by itself", async () => {
    expect((await say("/nhiemvu")).status).toBe(202);
    await until(async () => (await answers()) === 1, 10_000, "the first answer");

    await new Promise((r) => setTimeout(r, 1_100)); // let the append-only file catch up
    redis!.kill("SIGKILL");
    await until(async () => (await fetch(`${svc.http.url}/healthz`)).status === 503, 10_000, "/healthz 503");
    expect((await say("/nhiemvu")).status).toBe(503);
    expect((await fetch(`${svc.http.url}/sandbox`).catch(() => null))?.status ?? 0).not.toBe(0);

    await startRedis();
    await until(async () => (await fetch(`${svc.http.url}/healthz`)).status === 200, 20_000, "/healthz 200 again");
    await until(async () => (await say("/nhiemvu")).status === 202, 10_000, "input taken again");
    await until(async () => (await answers()) === 2, 20_000, "the answer after Redis came back");
  }, 90_000);

  it("stops within its deadline even while Redis is away", async () => {
    redis!.kill("SIGKILL");
    await until(async () => (await fetch(`${svc.http.url}/healthz`)).status === 503, 10_000, "/healthz 503");
    const t0 = Date.now();
    await svc.stop();
    expect(Date.now() - t0).toBeLessThan(3_000 + 8_000);
  }, 30_000);
});
