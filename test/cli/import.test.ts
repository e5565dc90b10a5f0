import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { run as importRun } from "../../src/cli/import.ts";
import { memoryIo } from "../../src/cli/io.ts";
import { run as rosterRun } from "../../src/cli/roster.ts";
import { run as inviteRun } from "../../src/cli/invite.ts";
import { run as reportRun } from "../../src/cli/report.ts";
import { deleteByPrefix, uniquePrefix } from "../support/redis.ts";

const file = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)));
const NOTICE_147 = file("../../data/samples/thong-bao-147-bac-kan.txt");
const ROSTER = file("../fixtures/roster/bac-kan-2022.csv");

let prefix: string;
let env: Record<string, string>;
let redis: Redis;
beforeAll(() => {
  prefix = uniquePrefix("cli");
  redis = new Redis(inject("redisUrl"));
  env = { REDIS_URL: inject("redisUrl"), DONDOC_KEY_PREFIX: prefix, TELEGRAM_BOT_TOKEN: "123456:TEST-fake-token-for-tests-only" };
});
afterAll(async () => { await deleteByPrefix(redis, prefix); redis.disconnect(); });

const io = (files: Record<string, Buffer>) => Object.assign(memoryIo(files), { env });

describe("cli roster import + import (Notice 147 against the Bắc Kạn 2022 roster)", () => {
  it("imports the roster", async () => {
    const out = io({ "roster.csv": ROSTER });
    expect(await rosterRun(["import", "roster.csv"], out)).toBe(0);
    expect(out.stdout.join("\n")).toMatch(/^Đã nhập \d+ cán bộ/);
  });

  it("assigns each of the seven tasks to the directors, heads, party secretaries and district chairs, and queues reminders", async () => {
    const out = io({ "147.txt": NOTICE_147 });
    expect(await importRun(["147.txt", "--now", "2022-04-08T09:00:00+07:00"], out)).toBe(0);
    const text = out.stdout.join("\n");
    expect(text).toMatch(/Thông báo số 147\/TB-UBND: 7 nhiệm vụ, \d+ lượt giao việc, \d+ lời nhắc đã lập lịch\./);
    const [, assignments, reminders] = /7 nhiệm vụ, (\d+) lượt giao việc, (\d+) lời nhắc/.exec(text)!.map(Number);
    expect(assignments! % 7).toBe(0);
    expect(reminders).toBeGreaterThan(0);
    // Deputies are never picked; a district chair is.
    expect(text).not.toMatch(/Phó Giám đốc/);
    expect(text).toMatch(/Chủ tịch, UBND huyện Ba Bể/);
    expect(text).toMatch(/Bí thư, Huyện ủy Ba Bể|Bí thư, Huyện uỷ Ba Bể/);
  });

  it("imports the same notice twice without creating anything new", async () => {
    const before = await redis.dbsize();
    const out = io({ "147.txt": NOTICE_147 });
    expect(await importRun(["147.txt", "--now", "2022-04-08T09:00:00+07:00"], out)).toBe(0);
    expect(out.stdout.join("\n")).toContain("đã được nhập trước đó; không tạo thêm nhiệm vụ hay lời nhắc");
    expect(await redis.dbsize()).toBe(before);
  });

  it("reports the four buckets per unit as a table, and as CSV for Excel", async () => {
    const table = io({});
    expect(await reportRun([], table)).toBe(0);
    const text = table.stdout.join("\n");
    expect(text).toMatch(/│ TỔNG CỘNG\s+│ 259\s+│ 0\s+│ 0\s+│ 0\s+│ 259\s+│/);
    expect(text).toContain("│ UBND huyện Ba Bể");
    const csv = io({});
    expect(await reportRun(["--csv"], csv)).toBe(0);
    const lines = csv.stdout.join("").split("\r\n");
    expect(lines[0]).toBe("\uFEFFĐơn vị,Tổng số,Đúng hạn,Hoàn thành quá hạn,Trong hạn,Quá hạn,Tỷ lệ hoàn thành (%)");
    expect(lines.at(-1)).toBe("TỔNG CỘNG,259,0,0,0,259,0");
  });

  it("creates a single-use invite code with its Telegram link", async () => {
    const out = io({});
    expect(await inviteRun(["UBT-CT", "--bot", "dondoc_bot"], out)).toBe(0);
    expect(out.stdout.join("\n")).toMatch(/Mã đăng ký cho Đồng chí Hoàng Văn Thạch \(UBND tỉnh\): [A-Z0-9]{10}\n[\s\S]*https:\/\/t\.me\/dondoc_bot\?start=[A-Z0-9]{10}/);
    const unknown = io({});
    expect(await inviteRun(["NOBODY"], unknown)).toBe(2);
    expect(unknown.stderr[0]).toContain("Không tìm thấy cán bộ có mã “NOBODY”");
  });

  it("says clearly when Redis is not there", async () => {
    const out = Object.assign(memoryIo({ "147.txt": NOTICE_147 }), { env: { ...env, REDIS_URL: "redis://127.0.0.1:1" } });
    await expect(importRun(["147.txt"], out)).rejects.toThrow(/Không kết nối được Redis tại redis:\/\/127\.0\.0\.1:1 \(REDIS_URL\)/);
  });
});
