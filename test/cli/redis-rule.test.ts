/**
 * The CLI's Redis, with no REDIS_URL and no service running: it serves DONDOC_REDIS_DIR's data for
 * the command and stops it afterwards, so what one command wrote the next one (and `npm start`) finds.
 * With no redis-server either: the one line on how to install it, exit 2, as `npm start` does.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), "dondoc-cli-redis-")); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

function cli(args: string[], extra: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, DONDOC_REDIS_DIR: join(dir, "redis"), ...extra };
  for (const k of Object.keys(env)) if (/^(REDIS_URL|TELEGRAM_|ZALO_|DONDOC_KEY_PREFIX)$/.test(k) || k.startsWith("TELEGRAM_") || k.startsWith("ZALO_")) delete env[k];
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], { cwd: ROOT, env, encoding: "utf8", timeout: 60_000 });
}

describe("the CLI with no REDIS_URL", () => {
  it("keeps what it wrote in the embedded Redis's directory, and leaves no server running", async () => {
    const imported = cli(["roster", "import", "data/demo/bac-kan-2022.csv"]);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain("Đã nhập 50 cán bộ");
    await expect(stat(join(dir, "redis", "owner.json"))).rejects.toThrow();
    const ps = spawnSync("ps", ["-eo", "args="], { encoding: "utf8" }).stdout;
    expect(ps.split("\n").filter((l) => l.includes(dir))).toEqual([]);

    const listed = cli(["roster", "list"]);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain("Hoàng Văn Thạch");
    expect(listed.stdout).toContain("50 cán bộ.");
  }, 60_000);

  it("with no redis-server to start: one line on how to install it, exit 2", () => {
    const r = cli(["roster", "list"], { DONDOC_REDIS_DIR: join(dir, "none"), REDIS_SERVER_BIN: "redis-server-not-installed" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dondoc roster: redis-server was not found on PATH\. Install it \(Debian\/Ubuntu: sudo apt-get install redis-server;/);
  }, 30_000);
});
