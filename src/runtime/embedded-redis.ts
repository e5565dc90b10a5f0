/**
 * dondoc's own redis-server, for a machine with no REDIS_URL: started from PATH on a free port of
 * 127.0.0.1, with a random password and append-only persistence under DONDOC_REDIS_DIR, stopped
 * (data flushed) when dondoc stops. One owner per directory: `owner.json` (mode 600) names the
 * owning process, the port and the password, so a CLI command on the same machine joins it, and a
 * server left behind by a killed owner is shut down before a new one starts.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { Redis } from "ioredis";
import { z } from "zod";
import type { Logger } from "../log.ts";

/** The one line a person needs when redis-server is missing. */
export const INSTALL_REDIS = "redis-server was not found on PATH. Install it (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis; or run `docker compose up -d redis` and set REDIS_URL=redis://127.0.0.1:6379), or set REDIS_URL to a Redis of your own.";

/** No redis-server to start, or it would not start: main prints the message and exits 2. */
export class EmbeddedRedisError extends Error {
  override name = "EmbeddedRedisError";
}

export interface EmbeddedRedis {
  /** redis://:password@127.0.0.1:port */
  url: string;
  /** The URL without the password. */
  label: string;
  dir: string;
  pid: number;
  /** Shuts the server down (it writes its append-only file first); waits up to 10 s, then kills it. */
  stop(): Promise<void>;
  /** Resolves when the server exits on its own (not through stop). */
  exited: Promise<number | null>;
}

const Owner = z.object({ ownerPid: z.number().int(), redisPid: z.number().int(), port: z.number().int(), password: z.string() });
type Owner = z.infer<typeof Owner>;

const ownerFile = (dir: string) => resolve(dir, "owner.json");
const urlOf = (o: Pick<Owner, "port" | "password">) => `redis://:${o.password}@127.0.0.1:${o.port}`;
const labelOf = (port: number) => `redis://127.0.0.1:${port}`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readOwner(dir: string): Promise<Owner | null> {
  try {
    const parsed = Owner.safeParse(JSON.parse(await readFile(ownerFile(dir), "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function ping(url: string, timeoutMs = 1_000): Promise<boolean> {
  const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: timeoutMs, enableOfflineQueue: false });
  r.on("error", () => {});
  try {
    await r.connect();
    return (await r.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

/** The embedded server another process owns on `dir` and that answers, or null. */
export async function runningEmbeddedRedis(dir: string): Promise<{ url: string; label: string; dir: string; ownerPid: number } | null> {
  const abs = resolve(dir);
  const o = await readOwner(abs);
  if (!o || !alive(o.ownerPid) || !(await ping(urlOf(o)))) return null;
  return { url: urlOf(o), label: labelOf(o.port), dir: abs, ownerPid: o.ownerPid };
}

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once("error", rej);
    srv.listen(0, "127.0.0.1", () => {
      const a = srv.address();
      const port = typeof a === "object" && a ? a.port : 0;
      srv.close(() => res(port));
    });
  });
}

/**
 * Claims `dir` for this process. A live owner whose server answers keeps it (EmbeddedRedisError);
 * a dead owner's server, still running, is shut down first (it writes its data), then the claim is taken.
 */
async function claim(dir: string, log: Logger): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fh = await open(ownerFile(dir), "wx", 0o600);
      // Starting: no server yet (redisPid 0), so a second claimant sees a live owner, not a stale file.
      await fh.writeFile(JSON.stringify({ ownerPid: process.pid, redisPid: 0, port: 0, password: "" }));
      await fh.close();
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    const o = await readOwner(dir);
    if (o && alive(o.ownerPid) && (o.redisPid === 0 || (await ping(urlOf(o))))) {
      throw new EmbeddedRedisError(`Another dondoc (process ${o.ownerPid}) already runs its redis-server on ${dir}. Stop it first, or give this one its own DONDOC_REDIS_DIR or a REDIS_URL.`);
    }
    if (o && o.redisPid && alive(o.redisPid) && (await ping(urlOf(o)))) {
      log.warn("shutting down the redis-server a stopped dondoc left running", { pid: o.redisPid, dir });
      const r = new Redis(urlOf(o), { maxRetriesPerRequest: 0, retryStrategy: () => null });
      r.on("error", () => {});
      await r.call("SHUTDOWN").catch(() => undefined);
      r.disconnect();
      for (let i = 0; i < 100 && alive(o.redisPid); i++) await new Promise((r) => setTimeout(r, 100));
    }
    await rm(ownerFile(dir), { force: true });
  }
  throw new EmbeddedRedisError(`Could not claim ${dir} for the embedded redis-server; remove ${ownerFile(dir)} if no dondoc is running.`);
}

function config(dir: string, port: number, password: string): string {
  return [
    `port ${port}`, "bind 127.0.0.1", "protected-mode yes", `dir "${dir.replace(/"/g, '\\"')}"`, `requirepass ${password}`,
    // Append-only with a sync every second: a crash loses at most a second; no RDB snapshots besides.
    "appendonly yes", "appendfsync everysec", 'save ""',
    // A queue must never lose keys to eviction.
    "maxmemory-policy noeviction", "daemonize no", "loglevel warning", 'logfile ""',
  ].join("\n") + "\n";
}

export interface EmbeddedRedisOptions {
  /** Data directory (created). */
  dir: string;
  /** Program to run. Default "redis-server". */
  bin?: string;
  logger: Logger;
  /** How long the server may take to answer after starting. Default 15_000 ms. */
  startTimeoutMs?: number;
}

export async function startEmbeddedRedis(options: EmbeddedRedisOptions): Promise<EmbeddedRedis> {
  const dir = resolve(options.dir);
  const bin = options.bin ?? "redis-server";
  const log = options.logger;
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await claim(dir, log);
  const password = randomBytes(18).toString("base64url");
  let child: ChildProcess | null = null;
  let port = 0;
  let output = "";
  try {
    for (let attempt = 0; attempt < 3 && !child; attempt++) {
      port = await freePort();
      await writeFile(resolve(dir, "redis.conf"), config(dir, port, password), { mode: 0o600 });
      // Own process group: a Ctrl-C in the terminal reaches dondoc, which stops the server last, after its jobs.
      const c = spawn(bin, [resolve(dir, "redis.conf")], { stdio: ["ignore", "pipe", "pipe"], detached: true });
      c.stdout?.on("data", (b: Buffer) => { output = (output + b.toString()).slice(-4_000); });
      c.stderr?.on("data", (b: Buffer) => { output = (output + b.toString()).slice(-4_000); });
      const started = await new Promise<"ok" | "missing" | "exited">((res) => {
        c.once("error", (err: NodeJS.ErrnoException) => res(err.code === "ENOENT" ? "missing" : "exited"));
        c.once("exit", () => res("exited"));
        const deadline = Date.now() + (options.startTimeoutMs ?? 15_000);
        const poll = async (): Promise<void> => {
          if (c.exitCode !== null || c.pid === undefined) return;
          if (await ping(urlOf({ port, password }), 500)) return res("ok");
          if (Date.now() > deadline) return res("exited");
          setTimeout(() => { void poll(); }, 100);
        };
        void poll();
      });
      if (started === "missing") throw new EmbeddedRedisError(INSTALL_REDIS);
      if (started === "ok") child = c;
      else if (c.exitCode === null) c.kill("SIGKILL");
      // Another program took the port between freePort and the bind: try another.
      else if (!/Address already in use/i.test(output)) break;
    }
    if (!child) throw new EmbeddedRedisError(`${bin} did not start on ${dir}:\n${output.trim().split("\n").slice(-5).join("\n")}`);
  } catch (err) {
    await rm(ownerFile(dir), { force: true });
    throw err;
  }
  const proc = child;
  await writeFile(ownerFile(dir), JSON.stringify({ ownerPid: process.pid, redisPid: proc.pid!, port, password }), { mode: 0o600 });
  let stopping = false;
  const exited = new Promise<number | null>((res) => proc.once("exit", (code) => res(code)));
  void exited.then((code) => { if (!stopping) log.error("the embedded redis-server exited", { code, output: output.trim().split("\n").slice(-3).join(" | ") }); });
  log.info("embedded redis-server started", { pid: proc.pid, port, dir });
  return {
    url: urlOf({ port, password }), label: labelOf(port), dir, pid: proc.pid!, exited,
    async stop() {
      stopping = true;
      if (proc.exitCode === null && proc.signalCode === null) {
        proc.kill("SIGTERM");
        const done = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 10_000))]);
        if (!done) { log.warn("embedded redis-server did not stop in 10 s; killing it"); proc.kill("SIGKILL"); await exited; }
      }
      const o = await readOwner(dir);
      if (o?.ownerPid === process.pid) await rm(ownerFile(dir), { force: true });
      log.info("embedded redis-server stopped", { dir });
    },
  };
}
