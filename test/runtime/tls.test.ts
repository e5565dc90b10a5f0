/**
 * rediss:// works end to end: a redis-server speaking only TLS (certificates made here with
 * openssl), and the service given REDIS_URL=rediss://… with REDIS_TLS_CA_FILE. Without the CA the
 * certificate does not verify and /healthz says Redis is down.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { silentLogger } from "../../src/log.ts";
import { startService } from "../../src/service.ts";
import { official, until } from "../support/harness.ts";
import { freePort } from "../support/redis-server.ts";

const haveOpenssl = spawnSync("openssl", ["version"]).status === 0;
let dir: string;
let port: number;
let server: ChildProcess | undefined;

beforeAll(async () => {
  if (!haveOpenssl) return;
  dir = await mkdtemp(join(tmpdir(), "dondoc-tls-"));
  const ssl = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "ignore" });
  ssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "2", "-subj", "/CN=dondoc-test-ca");
  ssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost");
  await writeFile(join(dir, "ext.cnf"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
  ssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-out", "server.crt", "-days", "2", "-extfile", "ext.cnf");
  port = await freePort();
  server = spawn("redis-server", ["--port", "0", "--tls-port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "no",
    "--tls-cert-file", "server.crt", "--tls-key-file", "server.key", "--tls-ca-cert-file", "ca.crt", "--tls-auth-clients", "no"], { cwd: dir, stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 500));
}, 30_000);

afterAll(async () => {
  server?.kill("SIGTERM");
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!haveOpenssl)("rediss://", () => {
  it("connects with the CA file given, and the service works over it", async () => {
    const env = { REDIS_URL: `rediss://localhost:${port}`, REDIS_TLS_CA_FILE: join(dir, "ca.crt"), PORT: "0", HOST: "127.0.0.1", DONDOC_SANDBOX: "1", DONDOC_KEY_PREFIX: "tls:" };
    const svc = await startService(loadConfig(env), { logger: silentLogger, env, daily: false });
    try {
      const health = await (await fetch(`${svc.http.url}/healthz`)).json() as { status: string; redis: { target: string } };
      expect(health).toMatchObject({ status: "ok", redis: { target: `rediss://localhost:${port}` } });
      await svc.deps.store.saveOfficials([official("STP-GD", { telegramChatId: null, webChatId: "STP-GD" })]);
      await fetch(`${svc.http.url}/sandbox/chats/STP-GD/messages`, { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify({ text: "/nhiemvu" }) });
      await until(async () => (await svc.sandbox!.chats.history("STP-GD")).some((e) => e.from === "bot"), 10_000, "the answer over TLS");
    } finally {
      await svc.stop();
    }
  }, 30_000);

  it("refuses a certificate it cannot verify: /healthz 503", async () => {
    const env = { REDIS_URL: `rediss://localhost:${port}`, PORT: "0", HOST: "127.0.0.1", DONDOC_SANDBOX: "0", DONDOC_SHUTDOWN_SECONDS: "1" };
    const svc = await startService(loadConfig(env), { logger: silentLogger, env, daily: false, role: "web" });
    try {
      expect((await fetch(`${svc.http.url}/healthz`)).status).toBe(503);
    } finally {
      await svc.stop();
    }
  }, 30_000);
});
