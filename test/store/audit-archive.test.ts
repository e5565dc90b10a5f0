/**
 * Audit retention on a real Redis (issue 15): each entry is kept once (the assignment's list holds
 * its stream id), entries older than the retention age move to monthly gzip JSON-lines files, and
 * an assignment's history and the export still read every entry, once, in order.
 */
import { appendFile, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it, inject } from "vitest";
import { memoryIo } from "../../src/cli/io.ts";
import { run as auditRun } from "../../src/cli/audit.ts";
import { newAssignment } from "../../src/core/assign.ts";
import { localDate } from "../../src/core/calendar/time-zone.ts";
import { Store } from "../../src/store/store.ts";
import { createHarness, official, type Harness } from "../support/harness.ts";

let h: Harness;
let dir: string;
let store: Store;
beforeEach(async () => {
  h = await createHarness();
  dir = await mkdtemp(join(tmpdir(), "dondoc-audit-"));
  store = new Store(h.redis, h.store.prefix, { auditDir: dir });
});
afterEach(async () => { await h.close(); await rm(dir, { recursive: true, force: true }); });

async function oneAssignment(): Promise<string> {
  const now = new Date();
  await store.saveOfficials([official("A")]);
  const { tasks } = await store.saveDirective({
    notice: { number: "5/TB-UBND", date: "2026-12-01", issuer: "UBND tỉnh Thử", meetingDate: null, kind: "Thông báo", subject: null },
    tasks: [{ code: "T1", text: "Báo cáo.", summary: "Báo cáo", assignees: [], lead: null, partners: [], deadline: "2026-12-15", deadlineText: null, recurrence: null, priority: "normal", references: [], flags: [] }],
    skipped: [],
  }, "admin", now);
  const [a] = await store.createAssignments([newAssignment(tasks[0]!, "A", now)], now);
  return a!.id;
}

const change = (id: string, action: string, progress: number) =>
  store.updateAssignment(id, { who: "A", channel: "memory", text: `${progress}%` }, action, (x) => ({ ...x, progress }), new Date());

describe("audit retention", () => {
  it("keeps each entry once, moves the old ones to the month's file, and still reads the whole history", async () => {
    const id = await oneAssignment();
    await change(id, "progress", 10);
    await change(id, "progress", 20);
    // One copy: the assignment's list holds stream ids, not the entries.
    const listed = await h.redis.lrange(store.k.auditOf(id), 0, -1);
    expect(listed).toHaveLength(2);
    expect(listed.every((x) => /^\d+-\d+$/.test(x))).toBe(true);
    const cutoff = new Date(Date.now() + 5);
    await new Promise((r) => setTimeout(r, 10));
    await change(id, "progress", 30);
    await store.audit({ at: new Date().toISOString(), who: "ADM", channel: "cli", text: "import", target: "dir", action: "import", from: null, to: null });

    expect(await store.archiveAudit(cutoff)).toBe(2);
    expect(await h.redis.xlen(store.k.audit)).toBe(2);
    const month = localDate(new Date(), "Asia/Ho_Chi_Minh").slice(0, 7);
    expect(await readdir(dir)).toEqual([`audit-${month}.jsonl.gz`]);
    const lines = gunzipSync(await readFile(join(dir, `audit-${month}.jsonl.gz`))).toString("utf8").trim().split("\n").map((l) => JSON.parse(l) as { id: string; to: string });
    expect(lines.map((l) => l.to)).toEqual([expect.stringContaining("10%"), expect.stringContaining("20%")]);

    // History and export read the archive and Redis together, oldest first.
    expect((await store.auditOf(id)).map((e) => e.to)).toEqual([expect.stringContaining("10%"), expect.stringContaining("20%"), expect.stringContaining("30%")]);
    const exported: string[] = [];
    for await (const e of store.exportAudit()) exported.push(e.action);
    expect(exported).toEqual(["progress", "progress", "progress", "import"]);

    // A second run appends a second gzip member to the same file; nothing is read twice.
    expect(await store.archiveAudit(new Date(Date.now() + 1_000))).toBe(2);
    expect(await h.redis.xlen(store.k.audit)).toBe(0);
    const io = Object.assign(memoryIo({}), { env: { REDIS_URL: inject("redisUrl"), DONDOC_KEY_PREFIX: store.prefix, DONDOC_AUDIT_DIR: dir } });
    expect(await auditRun(["export"], io)).toBe(0);
    expect(io.stdout.map((l) => (JSON.parse(l) as { action: string }).action)).toEqual(["progress", "progress", "progress", "import"]);
    expect((await store.auditOf(id)).map((e) => e.action)).toEqual(["progress", "progress", "progress"]);
  });

  it("an entry written twice to its file (a crash between writing it and trimming Redis) is read once", async () => {
    const id = await oneAssignment();
    await change(id, "progress", 40);
    expect(await store.archiveAudit(new Date(Date.now() + 1_000))).toBe(1);
    // As if a run had written the file and died before trimming Redis, and the next run wrote the entry again.
    const file = join(dir, (await readdir(dir))[0]!);
    const [line] = gunzipSync(await readFile(file)).toString("utf8").trim().split("\n");
    const sid = (JSON.parse(line!) as { id: string }).id;
    await appendFile(file, gzipSync(`${line}\n`));
    expect(gunzipSync(await readFile(file)).toString("utf8").trim().split("\n")).toHaveLength(2);
    const exported: string[] = [];
    for await (const e of store.exportAudit()) exported.push(e.id);
    expect(exported).toEqual([sid]);
    expect(await store.auditOf(id)).toHaveLength(1);
  });
});
