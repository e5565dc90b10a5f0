import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runDaily } from "../../jobs/daily.ts";
import { cancelReminders } from "../../jobs/schedule.ts";
import { newAssignment } from "../../src/core/assign.ts";
import { silentLogger } from "../../src/log.ts";
import { createHarness, official, until, type Harness } from "../support/harness.ts";

let h: Harness;
beforeEach(async () => { h = await createHarness(); });
afterEach(async () => { await h.close(); });

async function seed(): Promise<void> {
  const now = h.deps.clock();
  await h.store.saveOfficials([official("A"), official("B")]);
  const { tasks } = await h.store.saveDirective({
    notice: { number: "3/TB-UBND", date: "2026-11-20", issuer: "UBND tỉnh Thử", meetingDate: null, kind: "Thông báo", subject: null },
    tasks: [
      { code: "T1", text: "Rà soát biên chế.", summary: "Rà soát biên chế", assignees: [], lead: null, partners: [], deadline: "2027-03-31", deadlineText: "quý I/2027", recurrence: null, priority: "normal", references: [], flags: [] },
      { code: "T2", text: "Báo cáo hằng tháng.", summary: "Báo cáo hằng tháng", assignees: [], lead: null, partners: [], deadline: null, deadlineText: null, recurrence: "monthly", priority: "normal", references: [], flags: [] },
    ],
    skipped: [],
  }, "admin", now);
  await h.store.createAssignments([newAssignment(tasks[0]!, "A", now), newAssignment(tasks[1]!, "A", now), newAssignment(tasks[1]!, "B", now)]);
}

describe("daily control job", () => {
  it("queues each open task's next reminder idempotently, and a far one once it comes within the horizon", async () => {
    h.setNow("2026-11-24T06:00:00+07:00");
    await seed();
    const deps = { ...h.deps, available: new Set(["memory"] as const), logger: silentLogger, horizonDays: 60 };
    const first = await runDaily(deps);
    const q = h.deps.queues.get("memory");
    const ids = (await q.getJobs(["delayed", "wait"])).map((j) => j.id).sort();
    expect(first.assignments).toBe(3);
    expect(ids.length).toBe(first.reminders);
    // The monthly prompt of T2 on the first working day of December for both officials; T1 (31/03/2027) has nothing within 60 days.
    expect(ids).toHaveLength(2);
    expect(ids.every((id) => id!.includes("~T2~") && id!.endsWith("~prompt~2026-12-01"))).toBe(true);
    // Running it again queues nothing twice.
    await runDaily(deps);
    expect((await q.getJobs(["delayed", "wait"])).map((j) => j.id).sort()).toEqual(ids);
    // In January the horizon reaches T1's reminder 30 days before its deadline (1/3/2027): it is queued then.
    h.setNow("2027-01-05T06:00:00+07:00");
    const later = await runDaily(deps);
    const after = (await q.getJobs(["delayed", "wait"])).map((j) => j.id!);
    expect(new Set(after).size).toBe(after.length);
    expect(after.filter((id) => id.includes("~T1~"))).toEqual([expect.stringMatching(/~T1~A~before~2027-03-01$/)]);
    expect(later.reminders).toBe(1);
    expect(later.weeklyPrompts).toBe(0);
  });

  it("an overdue task is reminded every working day with one job queued at a time, and closing it leaves none", async () => {
    h.setNow("2026-12-16T07:59:59.500+07:00");
    await h.store.saveOfficials([official("A")]);
    const now = h.deps.clock();
    const { tasks } = await h.store.saveDirective({
      notice: { number: "4/TB-UBND", date: "2026-12-01", issuer: "UBND tỉnh Thử", meetingDate: null, kind: "Thông báo", subject: null },
      tasks: [{ code: "T1", text: "Báo cáo giải ngân.", summary: "Báo cáo giải ngân", assignees: [], lead: null, partners: [], deadline: "2026-12-15", deadlineText: "trước ngày 15/12/2026", recurrence: null, priority: "normal", references: [], flags: [] }],
      skipped: [],
    }, "admin", now);
    const [a] = await h.store.createAssignments([newAssignment(tasks[0]!, "A", now)]);
    await runDaily({ ...h.deps, available: new Set(["memory"] as const), logger: silentLogger });
    const q = h.deps.queues.get("memory");
    h.startWorker();
    // Wednesday 16/12 to Tuesday 22/12: five working days, the weekend skipped.
    for (const [i, day] of ["2026-12-16", "2026-12-17", "2026-12-18", "2026-12-21", "2026-12-22"].entries()) {
      const waiting = await q.getJobs(["delayed", "wait"]);
      expect(waiting.map((j) => j.id)).toEqual([`r~${a!.id}~overdue~${day}`]);
      h.setNow(`${day}T08:00:00+07:00`);
      await waiting[0]!.promote();
      await until(() => h.memory.to("chat-A").length === i + 1, 5_000, `the reminder of ${day}`);
      expect(h.memory.to("chat-A")[i]!.text).toContain("đã quá thời hạn hoàn thành (hạn 15/12/2026");
      await until(async () => (await q.getJobs(["delayed"])).length === 1, 5_000, "the next reminder queued");
    }
    await h.store.updateAssignment(a!.id, { who: "A", channel: "memory", text: "xong" }, "done", (x) => ({ ...x, status: "done", doneAt: h.deps.clock().toISOString() }), h.deps.clock());
    expect(await cancelReminders(h.deps, a!.id, ["memory"])).toBe(1);
    expect(await q.getJobCountByTypes("delayed", "wait", "active")).toBe(0);
    expect(await h.redis.exists(h.store.k.jobsOf(a!.id))).toBe(0);
  });

  it("on Monday queues one progress prompt per official listing their open tasks, numbered", async () => {
    h.setNow("2026-11-30T06:00:00+07:00");
    await seed();
    const report = await runDaily({ ...h.deps, available: new Set(["memory"] as const), logger: silentLogger });
    expect(report.weeklyPrompts).toBe(2);
    h.setNow("2026-11-30T08:00:00+07:00");
    const q = h.deps.queues.get("memory");
    for (const j of await q.getJobs(["delayed"])) if (j.name === "weekly") await j.promote();
    h.startWorker();
    await until(() => h.memory.sent.filter((m) => m.text.includes("nhiệm vụ chưa hoàn thành")).length === 2, 6_000, "two weekly prompts");
    const toA = h.memory.to("chat-A").find((m) => m.text.includes("nhiệm vụ chưa hoàn thành"))!;
    expect(toA.text).toContain("Đồng chí hiện có 2 nhiệm vụ chưa hoàn thành (tính đến ngày 30/11/2026)");
    expect(toA.text).toMatch(/1\. Rà soát biên chế\n.*Hạn 31\/03\/2027/);
    expect(toA.text).toMatch(/2\. Báo cáo hằng tháng/);
  });

  it("on the week's last working day queues the admins' summary for 15:00, with the per-unit report", async () => {
    h.setNow("2026-12-04T06:00:00+07:00"); // a Friday
    await seed();
    await h.store.saveOfficials([official("ADM", { role: "admin", unit: "Văn phòng UBND tỉnh" })]);
    const deps = { ...h.deps, available: new Set(["memory"] as const), logger: silentLogger };
    expect((await runDaily(deps)).summaries).toBe(1);
    const [t1] = await h.store.assignmentsOf("A");
    await h.store.updateAssignment(t1!.id, { who: "A", channel: "memory", text: "xong" }, "done", (x) => ({ ...x, status: "done", doneAt: "2026-12-02T10:00:00+07:00" }), h.deps.clock());
    const job = (await h.deps.queues.get("memory").getJobs(["delayed"])).find((j) => j.name === "summary")!;
    expect(job.opts.delay).toBe(9 * 3_600_000);
    h.setNow("2026-12-04T15:00:00+07:00");
    await job.promote();
    h.startWorker();
    await until(() => h.memory.to("chat-ADM").length === 1, 5_000, "the summary");
    const text = h.memory.to("chat-ADM")[0]!.text;
    expect(text).toContain("TỔNG HỢP TUẦN TỪ NGÀY 30/11/2026 ĐẾN NGÀY 04/12/2026");
    expect(text).toContain("Sở A: 2 nhiệm vụ");
    expect(text).toContain("• Nhiệm vụ hoàn thành trong tuần: 1");
    expect(text).toContain("Các nhiệm vụ được báo cáo hoàn thành (1):\n1. Rà soát biên chế — Nguyễn Văn A (Sở A)");
    h.setNow("2026-12-03T06:00:00+07:00"); // Thursday: no summary
    expect((await runDaily(deps)).summaries).toBe(0);
  });
});
