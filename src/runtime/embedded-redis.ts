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
import { withDeadline } from "./deadline.ts";

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
  /** The server's process id (a new one after a restart). */
  readonly pid: number;
  /** Shuts the server down (it writes its append-only file first); waits up to 10 s, then kills it. */
  stop(): Promise<void>;
}

/** Restarts of a server that died under us, per minute, before giving up. */
const RESTARTS = 5;

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
    // Append-only, synced before each answer: what a webhook was answered 200 for survives a crash or a power cut; no RDB snapshots besides.
    "appendonly yes", "appendfsync always", 'save ""',
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
  const conf = resolve(dir, "redis.conf");
  let output = "";
  const tail = (n: number) => output.trim().split("\n").slice(-n).join("\n");

  /** Starts redis-server on the conf as written, and waits until it answers on `port`. */
  const launch = async (port: number): Promise<{ child: ChildProcess | null; result: "ok" | "missing" | "exited" }> => {
    // Own process group: a Ctrl-C in the terminal reaches dondoc, which stops the server last, after its jobs.
    const c = spawn(bin, [conf], { stdio: ["ignore", "pipe", "pipe"], detached: true });
    c.stdout?.on("data", (b: Buffer) => { output = (output + b.toString()).slice(-4_000); });
    c.stderr?.on("data", (b: Buffer) => { output = (output + b.toString()).slice(-4_000); });
    // A forked child of the server (an append-only rewrite) may hold the pipes after the server exits: let go of them then.
    c.once("exit", () => { c.stdout?.destroy(); c.stderr?.destroy(); });
    const result = await new Promise<"ok" | "missing" | "exited">((res) => {
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
    if (result !== "ok" && c.exitCode === null && c.pid !== undefined) c.kill("SIGKILL");
    return { child: result === "ok" ? c : null, result };
  };

  let proc: ChildProcess | null = null;
  let port = 0;
  try {
    for (let attempt = 0; attempt < 3 && !proc; attempt++) {
      port = await freePort();
      await writeFile(conf, config(dir, port, password), { mode: 0o600 });
      const { child, result } = await launch(port);
      if (result === "missing") throw new EmbeddedRedisError(INSTALL_REDIS);
      proc = child;
      // Another program took the port between freePort and the bind: try another.
      if (!proc && !/Address already in use/i.test(output)) break;
    }
    if (!proc) throw new EmbeddedRedisError(`${bin} did not start on ${dir}:\n${tail(5)}`);
  } catch (err) {
    await rm(ownerFile(dir), { force: true });
    throw err;
  }
  const writeOwner = (redisPid: number) => writeFile(ownerFile(dir), JSON.stringify({ ownerPid: process.pid, redisPid, port, password }), { mode: 0o600 });
  await writeOwner(proc.pid!);
  log.info("embedded redis-server started", { pid: proc.pid, port, dir });

  // Supervision: a server that dies under us is started again on the same port, password and data,
  // so every connection resumes by itself; at most RESTARTS times a minute, then /healthz stays 503.
  let stopping = false;
  const restarts: number[] = [];
  const supervise = (c: ChildProcess): void => {
    c.once("exit", (code, signal) => {
      if (stopping) return;
      log.error("the embedded redis-server exited; starting it again", { code, signal, output: tail(3) });
      const now = Date.now();
      while (restarts.length && restarts[0]! < now - 60_000) restarts.shift();
      if (restarts.length >= RESTARTS) { log.error("the embedded redis-server keeps exiting; not starting it again", { dir }); return; }
      restarts.push(now);
      setTimeout(() => {
        if (stopping) return;
        void launch(port).then(async ({ child }) => {
          if (!child) { log.error("the embedded redis-server could not be started again", { output: tail(3) }); return; }
          if (stopping) { child.kill("SIGTERM"); return; }
          proc = child;
          await writeOwner(child.pid!);
          log.info("embedded redis-server started again", { pid: child.pid, port });
          supervise(child);
        });
      }, 1_000);
    });
  };
  supervise(proc);

  return {
    url: urlOf({ port, password }), label: labelOf(port), dir,
    get pid() { return proc?.pid ?? 0; },
    async stop() {
      stopping = true;
      const c = proc;
      if (c && c.exitCode === null && c.signalCode === null) {
        const exited = new Promise<void>((r) => c.once("exit", () => r()));
        c.kill("SIGTERM");
        const done = await withDeadline(exited, 10_000);
        if (!done) { log.warn("embedded redis-server did not stop in 10 s; killing it"); c.kill("SIGKILL"); await exited; }
      }
      const o = await readOwner(dir);
      if (o?.ownerPid === process.pid) await rm(ownerFile(dir), { force: true });
      log.info("embedded redis-server stopped", { dir });
    },
  };
}
