/**
 * Must-show 1 of issue 12: the real service process, started exactly as `npm start` starts it,
 * with no REDIS_URL. It runs on a redis-server of its own (append-only, in a temp DONDOC_REDIS_DIR);
 * /healthz, /metrics and /sandbox answer; the CLI, run beside it, joins that Redis; SIGTERM to the
 * top process (npm) leaves no process behind and exits 0; a second start finds the first one's data.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/redis-server.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
let dir: string;
const running: ChildProcess[] = [];

beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), "dondoc-proc-")); });
afterAll(async () => {
  // A failed run must not leave a service behind: npm's whole process group, and the embedded Redis (a group of its own).
  for (const c of running) if (c.exitCode === null) { try { process.kill(-c.pid!, "SIGKILL"); } catch { /* gone */ } }
  const owner = await readFile(join(dir, "redis", "owner.json"), "utf8").then((t) => JSON.parse(t) as { redisPid: number }, () => null);
  if (owner?.redisPid && alive(owner.redisPid)) process.kill(owner.redisPid, "SIGKILL");
  await rm(dir, { recursive: true, force: true });
});

/** The environment of a newcomer: no REDIS_URL, no platform; our own data dir and port. */
function env(port: number): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, DONDOC_REDIS_DIR: join(dir, "redis"), PORT: String(port), LOG_LEVEL: "info" };
  for (const k of Object.keys(e)) if (/^(REDIS_URL|TELEGRAM_|ZALO_|DONDOC_SANDBOX|DONDOC_KEY_PREFIX|DONDOC_ROLE|npm_)/.test(k)) delete e[k];
  return e;
}

async function waitFor(url: string, timeoutMs: number, child: ChildProcess, log: () => string): Promise<Response> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}:\n${log()}`);
    const res = await fetch(url).catch(() => null);
    if (res?.ok) return res;
    if (Date.now() > end) throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${log()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };

/** Every process whose command line names our data dir, or whose parent is `pid`. */
function leftovers(pids: number[]): string[] {
  const ps = spawnSync("ps", ["-eo", "pid=,ppid=,args="], { encoding: "utf8" }).stdout.split("\n");
  return ps.filter((l) => {
    const [pid, ppid] = l.trim().split(/\s+/).map(Number);
    return l.includes(dir) || pids.includes(pid!) || pids.includes(ppid!);
  });
}

async function start(port: number): Promise<{ npm: ChildProcess; log: () => string; exit: Promise<number | null> }> {
  let out = "";
  // Its own process group, as a terminal or systemd gives it; the test signals npm alone.
  const npm = spawn("npm", ["start"], { cwd: ROOT, env: env(port), stdio: ["ignore", "pipe", "pipe"], detached: true });
  running.push(npm);
  npm.stdout!.on("data", (b: Buffer) => { out += b.toString(); });
  npm.stderr!.on("data", (b: Buffer) => { out += b.toString(); });
  const exit = new Promise<number | null>((r) => npm.once("exit", (code) => r(code)));
  return { npm, log: () => out.slice(-3000), exit };
}

describe("npm start with no REDIS_URL", () => {
  it("runs on its own redis-server, answers, stops cleanly on SIGTERM, and finds its data again", async () => {
    const port = await freePort();
    const first = await start(port);
    const health = await (await waitFor(`http://127.0.0.1:${port}/healthz`, 45_000, first.npm, first.log)).json() as { redis: { status: string; target: string }; queues: Record<string, unknown> };
    expect(health.redis.status).toBe("up");
    expect(health.redis.target).toContain(`(embedded, data in ${join(dir, "redis")})`);
    expect(Object.keys(health.queues)).toEqual(expect.arrayContaining(["deliver-web", "inbound"]));
    const owner = JSON.parse(await readFile(join(dir, "redis", "owner.json"), "utf8")) as { ownerPid: number; redisPid: number; port: number };
    expect(alive(owner.redisPid)).toBe(true);
    expect(owner.port).not.toBe(6379);

    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toContain("# TYPE dondoc_messages_sent_total counter");
    expect(metrics).toMatch(/bullmq_job_count\{queue="inbound", state="waiting"[^}]*\} 0/);
    expect(metrics.match(/^# HELP bullmq_job_count /gm)).toHaveLength(1);

    const sandbox = await fetch(`http://127.0.0.1:${port}/sandbox`);
    expect(sandbox.status).toBe(200);
    const empty = await sandbox.text();
    expect(empty).toContain("Chưa có danh sách cán bộ");
    expect(empty).toContain('action="/sandbox/demo"');

    // An admin on the same machine imports the roster with the CLI while the service runs: it joins the service's Redis.
    const cli = spawnSync("npm", ["run", "-s", "cli", "--", "roster", "import", "data/demo/bac-kan-2022.csv"], { cwd: ROOT, env: env(port), encoding: "utf8" });
    expect(cli.status).toBe(0);
    expect(cli.stderr).not.toMatch(/Redis/);
    expect(cli.stdout).toContain("Đã nhập 50 cán bộ");
    expect(await (await fetch(`http://127.0.0.1:${port}/sandbox`)).text()).toContain("Hoàng Văn Thạch");

    const node = leftovers([first.npm.pid!]).map((l) => Number(l.trim().split(/\s+/)[0])).filter((p) => p !== first.npm.pid);
    first.npm.kill("SIGTERM");
    expect(await first.exit).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(alive(owner.redisPid)).toBe(false);
    for (const p of node) expect(alive(p)).toBe(false);
    expect(leftovers([first.npm.pid!, owner.ownerPid])).toEqual([]);
    expect(first.log()).toContain("dondoc stopped");

    // Second start on the same directory: the roster written through the first one is there (append-only file).
    const second = await start(port);
    await waitFor(`http://127.0.0.1:${port}/healthz`, 45_000, second.npm, second.log);
    expect(await (await fetch(`http://127.0.0.1:${port}/sandbox`)).text()).toContain("Hoàng Văn Thạch");
    second.npm.kill("SIGTERM");
    expect(await second.exit).toBe(0);
    expect(leftovers([second.npm.pid!])).toEqual([]);
  }, 120_000);

  it("with no redis-server on PATH and no REDIS_URL: one line on how to install it, exit 2", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: ROOT, env: { ...env(0), DONDOC_REDIS_DIR: join(dir, "no-redis"), REDIS_SERVER_BIN: "redis-server-not-installed" }, encoding: "utf8", timeout: 30_000 });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^redis-server was not found on PATH\. Install it \(Debian\/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis; or run `docker compose up -d redis`/)]);
  }, 40_000);
});
