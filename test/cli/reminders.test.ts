/**
 * The operator's commands on a real Redis: a roster re-import keeps what people registered in chat
 * and reports what changed; import queues reminders even when the CLI itself has no platform
 * credentials; `reminders` lists what is waiting and when it goes; `replan` runs the daily job now.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { run as importRun } from "../../src/cli/import.ts";
import { memoryIo } from "../../src/cli/io.ts";
import { run as remindersRun } from "../../src/cli/reminders.ts";
import { run as replanRun } from "../../src/cli/replan.ts";
import { run as rosterRun } from "../../src/cli/roster.ts";
import { Store } from "../../src/store/store.ts";
import { deleteByPrefix, uniquePrefix } from "../support/redis.ts";
import { samplePath } from "../support/samples.ts";

const file = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)));
const NOTICE_147 = readFileSync(samplePath("thong-bao-147-bac-kan.txt"));
const ROSTER = file("../fixtures/roster/bac-kan-2022.csv");

let prefix: string;
let redis: Redis;
let store: Store;
// No TELEGRAM_BOT_TOKEN, no ZALO_*: the CLI runs where no platform credentials are.
const env = () => ({ REDIS_URL: inject("redisUrl"), DONDOC_KEY_PREFIX: prefix });
const io = (files: Record<string, Buffer> = {}) => Object.assign(memoryIo(files), { env: env() });
const NOW = "2022-04-08T09:00:00+07:00";

beforeAll(async () => {
  prefix = uniquePrefix("clir");
  redis = new Redis(inject("redisUrl"));
  store = new Store(redis, prefix);
});
afterAll(async () => { await deleteByPrefix(redis, prefix); redis.disconnect(); });

describe("operators' commands", () => {
  it("imports Notice 147 and queues its reminders although the CLI has no platform credentials", async () => {
    expect(await rosterRun(["import", "roster.csv"], io({ "roster.csv": ROSTER }))).toBe(0);
    const out = io({ "147.txt": NOTICE_147 });
    expect(await importRun(["147.txt", "--now", NOW], out)).toBe(0);
    const [, reminders] = /(\d+) lời nhắc đã lập lịch/.exec(out.stdout.join("\n"))!;
    // One waiting per assignment whose next reminder falls within the 92 days (the rest are queued as they come within it).
    expect(Number(reminders)).toBeGreaterThan(50);
    const waiting = (await Promise.all(["telegram", "zalo"].map((c) => redis.zcard(`${prefix}q:deliver-${c}:delayed`)))).reduce((a, b) => a + b, 0);
    expect(waiting).toBe(Number(reminders));
  });

  it("lists an official's pending reminders with their local send time, soonest first", async () => {
    const out = io();
    expect(await remindersRun(["STC-GD"], out)).toBe(0);
    const text = out.stdout.join("\n");
    expect(text).toMatch(/│ \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(text).toContain("(STC-GD)");
    expect(text).toMatch(/│ 2\. Thường xuyên chỉ đạo, đôn đốc/);
    expect(text).toMatch(/tin đang chờ gửi/);
    const times = [...text.matchAll(/│ (\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})/g)].map((m) => `${m[3]}${m[2]}${m[1]}${m[4]}${m[5]}`);
    expect(times).toEqual([...times].sort());
    const none = io();
    expect(await remindersRun(["NOBODY"], none)).toBe(0);
    expect(none.stdout.join("\n")).toBe("Không có lời nhắc nào đang chờ gửi cho “NOBODY”.");
  });

  it("runs the daily re-plan now, and a second run queues nothing new", async () => {
    const count = async () => (await Promise.all(["telegram", "zalo"].map((c) => redis.zcard(`${prefix}q:deliver-${c}:delayed`)))).reduce((a, b) => a + b, 0);
    const out = io();
    expect(await replanRun(["--now", NOW], out)).toBe(0);
    expect(out.stdout.join("\n")).toMatch(/^Đã lập lại lịch nhắc việc: 259 nhiệm vụ đang mở/);
    // The first run added Friday's summaries for the admins; the second adds nothing.
    const before = await count();
    expect(await replanRun(["--now", NOW], io())).toBe(0);
    expect(await count()).toBe(before);
  });

  it("a roster re-import keeps a chat registered with /start, and keeps an official who left with open tasks as inactive", async () => {
    // The admin's sheet leaves the director's Telegram cell empty; she registered with /start.
    const rows = ROSTER.toString("utf8").split(/\r?\n/).map((r) => (r.includes(",STC-GD,") ? r.replace(",5201000786,", ",,") : r));
    await store.bindChat("telegram", "777000111", "STC-GD");
    const withoutStc = rows.filter((r) => !r.includes(",STC-GD,")).join("\n");
    const out = io({ "roster.csv": Buffer.from(rows.join("\n"), "utf8") });
    expect(await rosterRun(["import", "roster.csv"], out)).toBe(0);
    expect(out.stdout.join("\n")).toContain("giữ 1 liên kết Telegram/Zalo đã đăng ký qua chat");
    expect((await store.officialByChat("telegram", "777000111"))?.id).toBe("STC-GD");
    const left = io({ "roster.csv": Buffer.from(withoutStc, "utf8") });
    expect(await rosterRun(["import", "roster.csv"], left)).toBe(0);
    expect(left.stdout.join("\n")).toMatch(/còn nhiệm vụ đang mở — giữ lại, ngừng giao việc mới[\s\S]*\(STC-GD, Sở Tài chính\): 7 nhiệm vụ/);
    expect((await store.getOfficial("STC-GD"))?.active).toBe(false);
  });
});
