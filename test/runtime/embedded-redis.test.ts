/**
 * The embedded redis-server: one owner per data directory, data kept across a crash of the server
 * (it is started again on the same port, so connections resume) and across a SIGKILL of its owner
 * (the next start shuts the orphan down and takes the data over).
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log.ts";
import { EmbeddedRedisError, startEmbeddedRedis, type EmbeddedRedis } from "../../src/runtime/embedded-redis.ts";
import { until } from "../support/harness.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
let dir: string;
let started: EmbeddedRedis[] = [];
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), "dondoc-emb-")); });
afterEach(async () => {
  for (const e of started) await e.stop();
  started = [];
  await rm(dir, { recursive: true, force: true });
});

const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };
const start = async () => { const e = await startEmbeddedRedis({ dir, logger: silentLogger }); started.push(e); return e; };

describe("the embedded redis-server", () => {
  it("refuses a second owner of the same directory", async () => {
    await start();
    await expect(startEmbeddedRedis({ dir, logger: silentLogger })).rejects.toThrow(EmbeddedRedisError);
    await expect(startEmbeddedRedis({ dir, logger: silentLogger })).rejects.toThrow(/Another dondoc \(process \d+\) already runs its redis-server on/);
  });

  it("comes back on the same port with its data after it is killed, and the same connection resumes", async () => {
    const e = await start();
    const r = new Redis(e.url, { maxRetriesPerRequest: null, retryStrategy: () => 100 });
    r.on("error", () => {});
    await r.set("task:1", "open");
    await new Promise((res) => setTimeout(res, 1_200)); // appendfsync everysec
    const firstPid = e.pid;
    process.kill(firstPid, "SIGKILL");
    await until(() => e.pid !== firstPid && alive(e.pid), 10_000, "the server started again");
    expect(await r.get("task:1")).toBe("open");
    r.disconnect();
    await e.stop();
    started = [];
    expect(alive(firstPid)).toBe(false);
    await expect(readFile(join(dir, "owner.json"))).rejects.toThrow();
  });

  it("after its owner was killed (SIGKILL), the next start shuts the orphan down and keeps the data", async () => {
    // A dondoc that writes a key and dies without stopping its server.
    const script = `import { startEmbeddedRedis } from "./src/runtime/embedded-redis.ts"; import { silentLogger } from "./src/log.ts"; import { Redis } from "ioredis";
      const e = await startEmbeddedRedis({ dir: ${JSON.stringify(dir)}, logger: silentLogger }); const r = new Redis(e.url); await r.set("k", "kept"); await r.call("BGREWRITEAOF");
      await new Promise((res) => setTimeout(res, 1200)); process.stdout.write(String(e.pid)); process.kill(process.pid, "SIGKILL");`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (b: Buffer) => { out += b.toString(); });
    await new Promise((res) => child.once("exit", res));
    const orphan = Number(out);
    expect(alive(orphan)).toBe(true);

    const e = await start();
    expect(alive(orphan)).toBe(false);
    const r = new Redis(e.url);
    expect(await r.get("k")).toBe("kept");
    r.disconnect();
  }, 40_000);
});
