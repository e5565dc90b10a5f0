/**
 * The report indexes on a real Redis (issue 15): whatever leaders and admins do — close, undo,
 * extend, reopen, days passing — /baocao's counters agree with a full recount of the records, and
 * `reindex --check` notices when they do not (a corrupted counter, a lost index entry) until
 * `reindex` rebuilds them.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { AppDeps } from "../../src/app/deps.ts";
import { decideExtension, requestExtension } from "../../src/app/extensions.ts";
import { applyReply } from "../../src/app/leader.ts";
import { bucketsByUnit, type Counts } from "../../src/app/reports.ts";
import { reopenTask, undoChange } from "../../src/app/undo.ts";
import type { ChannelName } from "../../src/channels/port.ts";
import { memoryIo } from "../../src/cli/io.ts";
import { run as reindexRun } from "../../src/cli/reindex.ts";
import { localDate } from "../../src/core/calendar/time-zone.ts";
import { newAssignment } from "../../src/core/assign.ts";
import { parseDirective } from "../../src/core/directive/parse.ts";
import { bucketOf } from "../../src/core/status.ts";
import type { Store } from "../../src/store/store.ts";
import { createHarness, official, type Harness } from "../support/harness.ts";
import { quangTriNotice } from "../support/notices.ts";

const TZ = "Asia/Ho_Chi_Minh";
let h: Harness;
let deps: AppDeps;
let run = 0;
beforeAll(async () => {
  h = await createHarness();
  deps = { ...h.deps, available: new Set<ChannelName>(["memory"]) };
  await h.store.saveOfficials([official("ADM", { role: "admin", unit: "Văn phòng UBND tỉnh" })]);
});
afterAll(async () => { await h.close(); });

/** The report as it was computed before the indexes: every record read and bucketed. */
async function recount(store: Store, now: Date): Promise<Map<string, Counts>> {
  const today = localDate(now, TZ);
  const units = new Map((await store.listOfficials()).map((o) => [o.id, o.unit]));
  const out = new Map<string, Counts>();
  for (const a of await store.allAssignments()) {
    const unit = units.get(a.officialId) ?? "?";
    const c = out.get(unit) ?? { on_time: 0, late: 0, open_in_time: 0, open_overdue: 0, total: 0 };
    c[bucketOf(a, today, a.doneAt ? localDate(new Date(a.doneAt), TZ) : null)]++;
    c.total++;
    out.set(unit, c);
  }
  return out;
}

const reindexCli = async (...args: string[]) => {
  const io = Object.assign(memoryIo({}), { env: { REDIS_URL: inject("redisUrl"), DONDOC_KEY_PREFIX: h.store.prefix } });
  const code = await reindexRun(args, io);
  return { code, out: io.stdout.join("\n") };
};

type Op = { kind: "add"; tasks: number; who: number } | { kind: "close" | "extend" | "undo" | "reopen"; pick: number } | { kind: "wait"; days: number };
const on = (kind: "close" | "extend" | "undo" | "reopen") => fc.record({ kind: fc.constant(kind), pick: fc.nat() });
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("add" as const), tasks: fc.integer({ min: 1, max: 3 }), who: fc.nat({ max: 2 }) }), weight: 3 },
  { arbitrary: on("close"), weight: 4 }, { arbitrary: on("undo"), weight: 3 }, { arbitrary: on("extend"), weight: 2 }, { arbitrary: on("reopen"), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("wait" as const), days: fc.constantFrom(1, 20, 45) }), weight: 2 },
);

describe("report indexes", () => {
  it("agree with a full recount after any sequence of closes, undos, extensions, reopens and days passing", async () => {
    const seen = { done: 0, late: 0, overdue: 0 };
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 25 }), async (ops) => {
      run++;
      // Three leaders, two of them in one unit: a unit's figures are its officials' sums.
      const people = [official(`Q${run}a`, { unit: `Sở thử ${run}` }), official(`Q${run}b`, { unit: `Sở thử ${run}` }), official(`Q${run}c`, { unit: `Huyện thử ${run}` })];
      await h.store.saveOfficials(people);
      const admin = (await h.store.getOfficial("ADM"))!;
      let now = new Date("2026-12-03T09:00:00+07:00");
      h.setNow(now);
      let notices = 0;
      for (const o of ops) {
        const all = (await Promise.all(people.map((p) => h.store.assignmentsOf(p.id, now)))).flat();
        const target = all.length && "pick" in o ? all[o.pick % all.length]! : null;
        const me = people.find((p) => p.id === target?.officialId)!;
        const actor = { who: me?.id ?? "ADM", channel: "memory", text: o.kind };
        if (o.kind === "add") {
          notices++;
          const parsed = parseDirective(quangTriNotice(`${run}${notices}/TB-UBND`, Array.from({ length: o.tasks }, (_, i) => `Giao Sở thử nghiệm rà soát hồ sơ đợt ${i + 1}, hoàn thành trước ngày ${10 + i}/01/2027.`)));
          if (!parsed.ok) throw new Error("notice does not parse");
          const { tasks } = await h.store.saveDirective(parsed.directive, "ADM", now);
          await h.store.createAssignments(tasks.map((t) => newAssignment(t, people[o.who]!.id, now)), now);
        } else if (o.kind === "wait") {
          now = new Date(now.getTime() + o.days * 86_400_000);
          h.setNow(now);
        } else if (target && o.kind === "close") {
          await applyReply(deps, me, [{ kind: "done", task: target.number, percent: null, until: null, days: null, note: null }], { referenced: [], confirmed: true }, actor);
        } else if (target && o.kind === "extend" && target.status === "open") {
          const ext = await requestExtension(deps, me, target, `${target.number}`, "2027-03-31", actor);
          await decideExtension(deps, admin, ext.id, true, { ...actor, who: "ADM" });
        } else if (target && o.kind === "undo") {
          await undoChange(deps, me, { number: target.number }, actor);
        } else if (target && o.kind === "reopen") {
          await reopenTask(deps, admin, me.id, target.number, { ...actor, who: "ADM" });
        }
        const report = await bucketsByUnit(h.store, now, TZ);
        const truth = await recount(h.store, now);
        for (const unit of new Set(people.map((p) => p.unit))) {
          const got = report.units.find((u) => u.unit === unit)?.counts;
          expect(got, `${unit} after ${o.kind}`).toEqual(truth.get(unit));
          seen.done += got ? got.on_time + got.late : 0;
          seen.late += got?.late ?? 0;
          seen.overdue += got?.open_overdue ?? 0;
        }
      }
    }), { numRuns: 25 });
    // The runs did reach every bucket, not only open tasks in time.
    expect(seen.done).toBeGreaterThan(20);
    expect(seen.late).toBeGreaterThan(0);
    expect(seen.overdue).toBeGreaterThan(20);
    expect((await reindexCli("--check")).code).toBe(0);
  }, 120_000);

  it("reindex --check reports a corrupted counter and a lost index entry; reindex mends them", async () => {
    const check = await reindexCli("--check");
    expect(check.out).toContain("Chỉ mục báo cáo khớp với dữ liệu");
    const open = (await h.store.allAssignments()).find((a) => a.status === "open")!;
    const done = (await h.store.allAssignments()).find((a) => a.status === "done")!;
    await h.redis.hincrby(h.store.k.doneCountsOf(done.officialId), "on_time", 5);
    await h.redis.zrem(h.store.k.openByDeadline, open.id);
    const bad = await reindexCli("--check");
    expect(bad.code).toBe(1);
    expect(bad.out).toContain("KHÔNG khớp");
    expect(bad.out).toContain(`cán bộ ${done.officialId}: đúng hạn ghi`);
    expect(bad.out).toContain(`mở (theo hạn): thiếu 1 (${open.id})`);
    expect((await reindexCli()).out).toContain("Đã dựng lại chỉ mục báo cáo");
    expect(await reindexCli("--check")).toMatchObject({ code: 0 });
    const now = h.deps.clock();
    const report = await bucketsByUnit(h.store, now, TZ);
    const truth = await recount(h.store, now);
    expect(new Map(report.units.map((u) => [u.unit, u.counts]))).toEqual(truth);
  });
});
