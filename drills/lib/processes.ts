/**
 * What every drill stands on: a redis-server of its own with append-only persistence (synced
 * before each answer, as dondoc's embedded one and compose run it) that can be killed with -9 and
 * started again on the same data, and the dondoc service as a real process (node, as `npm start`
 * runs it) that can be SIGKILLed and started again. Nothing here touches a Redis it did not start.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../../test/support/redis-server.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

async function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, "127.0.0.1");
    s.once("connect", () => { s.end(); resolve(true); });
    s.once("error", () => resolve(false));
  });
}

export async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class DrillRedis {
  private child: ChildProcess | null = null;
  private constructor(readonly port: number, readonly dir: string) {}

  static async start(): Promise<DrillRedis> {
    const r = new DrillRedis(await freePort(), await mkdtemp(join(tmpdir(), "dondoc-drill-redis-")));
    await r.up();
    return r;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts redis-server on the drill's port and data directory (the append-only file is replayed). */
  async up(): Promise<void> {
    this.child = spawn(process.env.REDIS_SERVER_BIN ?? "redis-server", [
      "--port", String(this.port), "--bind", "127.0.0.1", "--dir", this.dir, "--save", "",
      "--appendonly", "yes", "--appendfsync", "always", "--maxmemory-policy", "noeviction", "--daemonize", "no", "--loglevel", "warning",
    ], { stdio: "ignore" });
    await until(() => listening(this.port), 20_000, `redis-server on ${this.port}`);
  }

  /** kill -9: no shutdown, no final save; what the append-only file holds is all that survives. */
  async kill9(): Promise<void> {
    const c = this.child;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once("exit", r));
    c.kill("SIGKILL");
    await exited;
  }

  async stop(): Promise<void> {
    await this.kill9();
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** The service as a child process: `node --import tsx src/main.ts`, what `npm start` execs. */
export class DrillService {
  private child: ChildProcess | null = null;
  private log = "";
  /** Times the process was SIGKILLed. */
  kills = 0;

  constructor(readonly env: Record<string, string>, readonly port: number) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Everything the processes wrote on stderr so far (JSON log lines). */
  get output(): string {
    return this.log;
  }

  async start(): Promise<void> {
    const env: NodeJS.ProcessEnv = { ...process.env, ...this.env, PORT: String(this.port), HOST: "127.0.0.1" };
    for (const k of Object.keys(env)) if (/^npm_/.test(k)) delete env[k];
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
    child.stderr?.on("data", (b: Buffer) => { this.log += b.toString(); });
    this.child = child;
    await until(async () => {
      if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}:\n${this.log.slice(-2_000)}`);
      const res = await fetch(`${this.url}/healthz`).catch(() => null);
      return res?.status === 200;
    }, 60_000, "the service's /healthz");
  }

  /** SIGKILL: the process dies wherever it is — mid-send, mid-fan-out, mid-import. */
  async kill(): Promise<void> {
    const c = this.child;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once("exit", r));
    c.kill("SIGKILL");
    await exited;
    this.kills++;
  }

  async stop(): Promise<void> {
    const c = this.child;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once("exit", r));
    c.kill("SIGTERM");
    await Promise.race([exited, sleep(30_000)]);
    if (c.exitCode === null) c.kill("SIGKILL");
  }

  get alive(): boolean {
    return this.child !== null && this.child.exitCode === null;
  }
}

export { freePort };
