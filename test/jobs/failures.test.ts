import { afterEach, describe, expect, it } from "vitest";
import { scheduleReminders } from "../../jobs/schedule.ts";
import { MemoryChannel } from "../../src/channels/memory.ts";
import { newAssignment } from "../../src/core/assign.ts";
import type { Official } from "../../src/core/model.ts";
import { createHarness, official, until, type Harness } from "../support/harness.ts";

let h: Harness;
afterEach(async () => { await h.close(); });

async function oneDueReminder(o: Official, available: Set<"memory" | "zalo" | "telegram">, admins: Official[] = []): Promise<void> {
  await h.store.saveOfficials([o, ...admins]);
  const now = h.deps.clock();
  const { tasks } = await h.store.saveDirective({
    notice: { number: "9/TB-UBND", date: "2026-12-01", issuer: "UBND tỉnh Thử", meetingDate: null, kind: "Thông báo", subject: null },
    tasks: [{ code: "T1", text: "Báo cáo kết quả rà soát.", summary: "Báo cáo kết quả rà soát", assignees: [], lead: null, partners: [], deadline: "2026-12-15", deadlineText: "trước ngày 15/12/2026", recurrence: null, priority: "normal", references: [], flags: [] }],
    skipped: [],
  }, "admin", now);
  const assignment = newAssignment(tasks[0]!, o.id, now);
  await h.store.createAssignments([assignment]);
  await scheduleReminders(h.deps, [{ assignment, task: tasks[0]!, official: o }], "2026-12-15", available);
}

describe("delivery failures", () => {
  it("waits exactly the platform's retry-after on a 429, then delivers once without spending an attempt", async () => {
    h = await createHarness();
    h.setNow("2026-12-15T08:00:00+07:00");
    h.memory.rateLimitNextMs = 600;
    await oneDueReminder(official("A"), new Set(["memory"]));
    const started = Date.now();
    const w = h.startWorker();
    const done: number[] = [];
    w.on("completed", (job) => done.push(job.attemptsMade));
    await until(() => h.memory.sent.length === 1, 6_000, "the delivery after the pause");
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
    await until(() => done.length === 1, 2_000, "completion");
    // BullMQ counts the successful attempt itself: 1 means the 429 cost no attempt.
    expect(done).toEqual([1]);
    expect(h.memory.sent).toHaveLength(1);
  });

  it("falls back to Telegram when Zalo cannot reach the official, tells the admins, and marks Zalo unreachable for them", async () => {
    const zalo = new MemoryChannel("zalo");
    const telegram = new MemoryChannel("telegram");
    h = await createHarness([zalo, telegram]);
    h.setNow("2026-12-15T08:00:00+07:00");
    const leader = official("A", { zaloUserId: "zalo-A", telegramChatId: "tg-A" });
    const admin = official("ADM", { role: "admin", zaloUserId: null, telegramChatId: "tg-ADM", fullName: "Trần Thị Quản Trị" });
    zalo.unreachable.add("zalo-A");
    await oneDueReminder(leader, new Set(["zalo", "telegram"]), [admin]);
    h.startWorker("zalo");
    h.startWorker("telegram");
    await until(() => telegram.sent.length === 2, 6_000, "the rerouted reminder and the admin notice");
    expect(zalo.sent).toEqual([]);
    const toLeader = telegram.to("tg-A");
    expect(toLeader).toHaveLength(1);
    expect(toLeader[0]!.text).toContain("đến hạn hoàn thành ngày 15/12/2026");
    expect(telegram.to("tg-ADM")[0]!.text).toContain("Đồng chí Nguyễn Văn A (Sở A) không nhận được tin nhắn qua Zalo");
    // A reply to the Telegram copy still finds the task.
    expect(await h.store.assignmentsForMessage("telegram", "tg-A", toLeader[0]!.messageId)).toHaveLength(1);
    expect(await h.store.isUnreachable("zalo", "A")).toBe(true);
    const audit = await h.store.recentAudit(10);
    expect(audit.map((e) => [e.action, e.to])).toContainEqual(["delivery_failed", "unreachable"]);
  });

  it("gives up on a blocked chat without retrying, and reports it to the admins", async () => {
    h = await createHarness();
    h.setNow("2026-12-15T08:00:00+07:00");
    h.memory.blocked.add("chat-A");
    await oneDueReminder(official("A"), new Set(["memory"]), [official("ADM", { role: "admin" })]);
    const w = h.startWorker();
    const failed: Array<{ attempts: number; reason: string }> = [];
    w.on("failed", (job, err) => failed.push({ attempts: job?.attemptsMade ?? -1, reason: err.message }));
    await until(() => failed.length === 1 && h.memory.to("chat-ADM").length === 1, 6_000, "the failure and the admin notice");
    expect(failed[0]!.reason).toContain("blocked");
    expect(h.memory.to("chat-ADM")[0]!.text).toContain("Không gửi được tin nhắn đến Đồng chí Nguyễn Văn A (Sở A)");
    // Not retried: what waits is tomorrow's reminder, queued by this one, not this one again.
    expect((await h.deps.queues.get("memory").getJobs(["delayed", "wait"])).map((j) => (j.data as { d?: string }).d)).toEqual(["2026-12-16"]);
  });
});
