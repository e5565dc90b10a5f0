import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cancelReminders, scheduleReminders, type ScheduleItem } from "../../jobs/schedule.ts";
import { promoteNextReminders } from "../../src/channels/web/promote.ts";
import { newAssignment } from "../../src/core/assign.ts";
import { parseDirective } from "../../src/core/directive/parse.ts";
import type { Official } from "../../src/core/model.ts";
import { createHarness, official, until, type Harness } from "../support/harness.ts";
import { NOIVU_31_12, quangTriNotice, TAICHINH_15_12 } from "../support/notices.ts";

const NOTICE = quangTriNotice("88/TB-UBND", [TAICHINH_15_12, NOIVU_31_12]);
const MEMORY = new Set(["memory"] as const);

let h: Harness;
beforeEach(async () => { h = await createHarness(); });
afterEach(async () => { await h.close(); });

/** Imports the notice and assigns every task to each of `officials`. */
async function importFor(officials: Official[]): Promise<ScheduleItem[]> {
  const r = parseDirective(NOTICE);
  if (!r.ok) throw new Error("notice did not parse");
  const now = h.deps.clock();
  await h.store.saveOfficials(officials);
  const { tasks } = await h.store.saveDirective(r.directive, "admin", now);
  const items = tasks.flatMap((task) => officials.map((o) => ({ assignment: newAssignment(task, o.id, now), task, official: o })));
  await h.store.createAssignments(items.map((i) => i.assignment));
  return items;
}

async function delayedIds(): Promise<string[]> {
  return (await h.deps.queues.get("memory").getJobs(["delayed", "wait"])).map((j) => j.id!).sort();
}

/** Official A gets a notice of these tasks, their reminders up to `horizon` are queued and a worker runs: its outcomes as they come. */
async function remindA(number: string, lines: string[], horizon: string): Promise<string[]> {
  const r = parseDirective(quangTriNotice(number, lines));
  if (!r.ok) throw new Error("no parse");
  const a = official("A");
  await h.store.saveOfficials([a]);
  const { tasks } = await h.store.saveDirective(r.directive, "admin", h.deps.clock());
  const items = tasks.map((task) => ({ assignment: newAssignment(task, "A", h.deps.clock()), task, official: a }));
  await h.store.createAssignments(items.map((i) => i.assignment));
  await scheduleReminders(h.deps, items, horizon, MEMORY);
  const outcomes: string[] = [];
  h.startWorker().on("completed", (_j, result) => outcomes.push(String(result)));
  return outcomes;
}

describe("reminder queue on a real Redis", () => {
  it("turns a plan into delayed jobs with deterministic ids, one per task: its next reminder; scheduling twice adds nothing", async () => {
    h.setNow("2026-12-02T10:00:00+07:00");
    const items = await importFor([official("A")]);
    const first = await scheduleReminders(h.deps, items, "2026-12-31", MEMORY);
    const ids = await delayedIds();
    expect(ids.length).toBe(first.jobs);
    expect(ids).toHaveLength(2);
    // Each task's first reminder: 7 working days before 15/12 (4/12), and before 31/12 (22/12).
    expect(ids).toContain(`r~${items[0]!.assignment.id}~before~2026-12-04`);
    expect(ids).toContain(`r~${items[1]!.assignment.id}~before~2026-12-22`);
    const again = await importFor([official("A")]);
    await scheduleReminders(h.deps, again, "2026-12-31", MEMORY);
    expect(await delayedIds()).toEqual(ids);
  });

  it("delivers a due reminder through the channel at its time, in Vietnamese, with answer buttons", async () => {
    h.setNow("2026-12-15T07:59:59.700+07:00");
    const items = await importFor([official("A")]);
    await scheduleReminders(h.deps, items.slice(0, 1), "2026-12-15", MEMORY);
    h.startWorker();
    await until(() => h.memory.sent.length === 1, 5_000, "the due reminder");
    const msg = h.memory.sent[0]!;
    expect(msg.chatId).toBe("chat-A");
    expect(msg.text).toContain("Kính gửi Đồng chí Nguyễn Văn A");
    expect(msg.text).toContain("đến hạn hoàn thành ngày 15/12/2026");
    expect(msg.text).toContain("1. Giao Sở Tài chính chủ trì tham mưu phương án sắp xếp");
    expect(msg.buttons?.[0]?.map((b) => b.label)).toEqual(["Hoàn thành", "Đang thực hiện", "Xin gia hạn"]);
    // A reply to that message will find its task.
    expect(await h.store.assignmentsForMessage("memory", "chat-A", msg.messageId)).toEqual([items[0]!.assignment.id]);
  });

  it("removes a closed task's reminders and never sends them", async () => {
    h.setNow("2026-12-15T07:59:59.500+07:00");
    const items = await importFor([official("A")]);
    await scheduleReminders(h.deps, items, "2026-12-31", MEMORY);
    const a = items[0]!.assignment;
    await h.store.updateAssignment(a.id, { who: "A", channel: "memory", text: "xong" }, "done", (x) => ({ ...x, status: "done", doneAt: h.deps.clock().toISOString() }), h.deps.clock());
    const removed = await cancelReminders(h.deps, a.id, ["memory"]);
    expect(removed).toBeGreaterThan(0);
    expect((await delayedIds()).some((id) => id.includes(a.id))).toBe(false);
    h.startWorker();
    await new Promise((r) => setTimeout(r, 1_200));
    expect(h.memory.sent).toEqual([]);
  });

  it("drops a reminder whose task closed after it was queued (no cancel needed)", async () => {
    h.setNow("2026-12-15T07:59:59.600+07:00");
    const items = await importFor([official("A")]);
    await scheduleReminders(h.deps, items.slice(0, 1), "2026-12-15", MEMORY);
    await h.store.updateAssignment(items[0]!.assignment.id, { who: "A", channel: "memory", text: "xong" }, "done", (x) => ({ ...x, status: "done" }), h.deps.clock());
    const w = h.startWorker();
    const outcomes: string[] = [];
    w.on("completed", (_job, result) => outcomes.push(String(result)));
    await until(() => outcomes.length === 1, 5_000, "the reminder to be processed");
    expect(outcomes).toEqual(["skipped-closed"]);
    expect(h.memory.sent).toEqual([]);
  });

  it("loses and duplicates nothing when the worker restarts mid-way, or two workers race", async () => {
    h.setNow("2026-12-15T08:00:00+07:00");
    const leaders = Array.from({ length: 60 }, (_, i) => official(`L${i}`));
    const items = await importFor(leaders);
    await scheduleReminders(h.deps, items.filter((i) => i.assignment.taskCode === "T1"), "2026-12-15", MEMORY);
    const first = h.startWorker("memory", { concurrency: 4 });
    await until(() => h.memory.sent.length >= 10, 8_000, "some deliveries");
    await first.close();
    // Two workers on the same queue, started together after the restart.
    h.startWorker("memory", { concurrency: 8 });
    h.startWorker("memory", { concurrency: 8 });
    await until(() => h.memory.sent.length >= 60, 10_000, "all 60 deliveries");
    await new Promise((r) => setTimeout(r, 300));
    const chats = h.memory.sent.map((m) => m.chatId);
    expect(chats.length).toBe(60);
    expect(new Set(chats).size).toBe(60);
  });

  it("retries a transient channel failure and delivers once", async () => {
    h.setNow("2026-12-15T08:00:00+07:00");
    const items = await importFor([official("A")]);
    h.memory.failNext = 1;
    await scheduleReminders(h.deps, items.slice(0, 1), "2026-12-15", MEMORY);
    // The first attempt fails; BullMQ's backoff (5 s) is shortened for the test by promoting the retry.
    h.startWorker();
    await until(async () => (await h.deps.queues.get("memory").getJobs(["delayed"])).some((j) => j.attemptsMade === 1), 5_000, "a retry to be scheduled");
    // Only the retry: tomorrow's reminder, queued by this one, waits for tomorrow.
    for (const j of await h.deps.queues.get("memory").getJobs(["delayed"])) if (j.attemptsMade === 1) await j.promote();
    await until(() => h.memory.sent.length === 1, 5_000, "the retried delivery");
    await new Promise((r) => setTimeout(r, 200));
    expect(h.memory.sent).toHaveLength(1);
  });

  it("after an outage sends each official one catch-up message instead of every missed reminder", async () => {
    // Reminders planned on 2/12 for 3 officials; the service is down until Thursday 17/12.
    h.setNow("2026-12-02T10:00:00+07:00");
    const items = await importFor([official("A"), official("B", { locale: "en" }), official("C")]);
    await scheduleReminders(h.deps, items, "2026-12-17", MEMORY);
    h.setNow("2026-12-17T09:00:00+07:00");
    const q = h.deps.queues.get("memory");
    for (const j of await q.getJobs(["delayed"])) if ((j.data as { d: string }).d <= "2026-12-17") await j.promote();
    h.startWorker();
    await until(() => h.memory.sent.length >= 3, 10_000, "three digests");
    await new Promise((r) => setTimeout(r, 2_500));
    // The 17/12 overdue reminders are today's: sent one by one; everything earlier folds into one digest each.
    const digests = h.memory.sent.filter((m) => /gián đoạn|interruption/i.test(m.text));
    expect(digests.map((m) => m.chatId).sort()).toEqual(["chat-A", "chat-B", "chat-C"]);
    expect(digests.find((m) => m.chatId === "chat-A")!.text).toContain("tính đến ngày 17/12/2026");
    const perChat = new Map<string, number>();
    for (const m of h.memory.sent) perChat.set(m.chatId, (perChat.get(m.chatId) ?? 0) + 1);
    // Each official: one digest + today's single overdue reminder for T1 (due 15/12).
    expect([...perChat.values()]).toEqual([2, 2, 2]);
  });

  it("escalates a task 3 working days overdue to the leader's supervisor and the admins, each on their own channel", async () => {
    h.setNow("2026-12-18T07:59:59.600+07:00");
    const pct = official("PCT", { fullName: "Lê Văn Phó", title: "Phó Chủ tịch", unit: "UBND tỉnh" });
    const adm = official("ADM", { role: "admin", fullName: "Trần Thị Quản Trị", unit: "Văn phòng UBND tỉnh" });
    await h.store.saveOfficials([pct, adm]);
    const items = await importFor([official("A", { supervisorId: "PCT" })]);
    await scheduleReminders(h.deps, items.slice(0, 1), "2026-12-18", MEMORY);
    h.startWorker();
    await until(() => h.memory.to("chat-PCT").length === 1 && h.memory.to("chat-ADM").length === 1, 6_000, "the escalations");
    expect(h.memory.to("chat-A")[0]!.text).toContain("đã quá thời hạn hoàn thành (hạn 15/12/2026");
    const esc = h.memory.to("chat-PCT")[0]!.text;
    expect(esc).toContain("Kính gửi Đồng chí Lê Văn Phó");
    expect(esc).toContain("Nhiệm vụ giao Đồng chí Nguyễn Văn A (Sở A) đã quá hạn 3 ngày (hạn 15/12/2026)");
    // One overdue count, not a working-day count beside a calendar-day one.
    expect(esc.match(/quá hạn \d+ ngày/g)).toHaveLength(1);
    expect(h.memory.to("chat-ADM")[0]!.text).toContain("đã quá hạn 3 ngày (hạn 15/12/2026)");
  });

  it("folds several overdue tasks of one official into one numbered message a day", async () => {
    h.setNow("2026-12-16T07:59:59.600+07:00");
    const outcomes = await remindA("90/TB-UBND", [
      "Giao Sở A rà soát quy hoạch, hoàn thành trước ngày 10/12/2026.",
      "Giao Sở A báo cáo giải ngân, hoàn thành trước ngày 11/12/2026.",
      "Giao Sở A kiểm tra dự án, hoàn thành trước ngày 14/12/2026.",
    ], "2026-12-16");
    await until(() => outcomes.length === 3, 6_000, "three reminder jobs");
    expect(outcomes.sort()).toEqual(["batched", "batched", "sent"]);
    expect(h.memory.to("chat-A")).toHaveLength(1);
    const text = h.memory.to("chat-A")[0]!.text;
    expect(text).toContain("3 nhiệm vụ dưới đây đã quá thời hạn hoàn thành");
    expect(text).toMatch(/1\. Giao Sở A rà soát quy hoạch[\s\S]*2\. Giao Sở A báo cáo giải ngân[\s\S]*3\. Giao Sở A kiểm tra dự án/);
    expect(await h.store.assignmentsForMessage("memory", "chat-A", h.memory.to("chat-A")[0]!.messageId)).toHaveLength(3);
  });

  it("sends tomorrow's digest when tomorrow's reminders are sent early, not folded into today's", async () => {
    h.setNow("2026-12-16T07:59:59.600+07:00");
    const outcomes = await remindA("91/TB-UBND", [
      "Giao Sở A rà soát quy hoạch, hoàn thành trước ngày 10/12/2026.",
      "Giao Sở A báo cáo giải ngân, hoàn thành trước ngày 11/12/2026.",
    ], "2026-12-17");
    await until(() => outcomes.length === 2, 6_000, "today's two reminder jobs");
    expect(h.memory.to("chat-A")).toHaveLength(1);
    // The sandbox's "send the next reminders now" promotes the 17/12 jobs while the clock still says 16/12.
    const p = await promoteNextReminders(h.deps.queues.get("memory"), h.store, "A", "Asia/Ho_Chi_Minh");
    expect(p.count).toBe(2);
    await until(() => outcomes.length === 4, 6_000, "tomorrow's two reminder jobs");
    expect(outcomes.slice(2).sort()).toEqual(["batched", "sent"]);
    expect(h.memory.to("chat-A")).toHaveLength(2);
    expect(h.memory.to("chat-A")[1]!.text).toContain("2 nhiệm vụ dưới đây đã quá thời hạn hoàn thành");
  });
});
