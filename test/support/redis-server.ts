import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A redis-server owned by the test run: its own port, its own temp dir, nothing saved to disk. */
export interface OwnedRedis {
  url: string;
  stop(): Promise<void>;
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, "127.0.0.1");
      s.once("connect", () => { s.end(); resolve(true); });
      s.once("error", () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`redis-server did not listen on 127.0.0.1:${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Starts `redis-server` (REDIS_SERVER_BIN, default from PATH) on a free port in a fresh temp dir.
 * Never touches the machine's shared Redis.
 */
export async function startRedisServer(): Promise<OwnedRedis> {
  const bin = process.env.REDIS_SERVER_BIN ?? "redis-server";
  const dir = await mkdtemp(join(tmpdir(), "dondoc-redis-"));
  const port = await freePort();
  let child: ChildProcess;
  try {
    child = spawn(bin, [
      "--port", String(port), "--bind", "127.0.0.1", "--dir", dir,
      "--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning",
    ], { stdio: ["ignore", "ignore", "pipe"] });
  } catch (err) {
    throw new Error(`could not start ${bin}; install redis-server (apt-get install redis-server, brew install redis, or docker compose up redis) or set DONDOC_TEST_REDIS_URL`, { cause: err });
  }
  let stderr = "";
  child.stderr?.on("data", (b: Buffer) => { stderr += b.toString(); });
  const spawnError = new Promise<never>((_, reject) => {
    child.once("error", (err) => reject(new Error(
      `could not start ${bin}: ${err.message}. Install redis-server (apt-get install redis-server, brew install redis, or docker compose up redis) or set DONDOC_TEST_REDIS_URL`,
      { cause: err })));
  });
  await Promise.race([waitForPort(port, 10_000), spawnError]).catch(async (err: unknown) => {
    child.kill("SIGKILL");
    await rm(dir, { recursive: true, force: true });
    throw new Error(`${(err as Error).message}${stderr ? `\n${stderr}` : ""}`, { cause: err });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3_000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
