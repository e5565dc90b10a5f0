/**
 * At least once, never silently skipped (issue 10): a message whose send was claimed by a worker
 * that then died is sent when the claim's lease runs out, not skipped as a duplicate; a message
 * sent before is not sent again; every job's end is counted.
 */
import { afterEach, describe, expect, it } from "vitest";
import { newAssignment } from "../../src/core/assign.ts";
import { parseDirective } from "../../src/core/directive/parse.ts";
import { reminderJobId } from "../../jobs/names.ts";
import { createHarness, official, until, type Harness } from "../support/harness.ts";
import { quangTriNotice } from "../support/notices.ts";

let h: Harness;
afterEach(async () => { await h.close(); });

async function oneDueReminder(): Promise<string> {
  h.setNow("2026-12-15T08:00:00+07:00");
  await h.store.saveOfficials([official("A")]);
  const parsed = parseDirective(quangTriNotice("7/TB-UBND", ["Giao Sở A rà soát hồ sơ, hoàn thành trước ngày 15/12/2026."]));
  if (!parsed.ok) throw new Error("no parse");
  const { tasks } = await h.store.saveDirective(parsed.directive, "ADM", h.deps.clock());
  const [a] = await h.store.createAssignments([newAssignment(tasks[0]!, "A", h.deps.clock())], h.deps.clock());
  const id = reminderJobId(a!.id, "due", "2026-12-15");
  await h.redis.sadd(h.store.k.jobsOf(a!.id), id);
  await h.deps.queues.get("memory").add("due", { type: "reminder", a: a!.id, k: "due", d: "2026-12-15", at: h.deps.clock().getTime() }, { jobId: id });
  return id;
}

describe("the send ledger", () => {
  it("sends a message whose claim was left by a worker that died, once the lease runs out", async () => {
    h = await createHarness([], { sendLeaseMs: 1_200 });
    const id = await oneDueReminder();
    // A worker claimed it and died before sending.
    expect(await h.store.sends.claim(id)).toBe("claimed");
    const started = Date.now();
    h.startWorker("memory");
    await until(() => h.memory.sent.length === 1, 8_000, "the reminder");
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(h.memory.sent[0]!.text).toContain("đến hạn hoàn thành ngày 15/12/2026");
    // The job's end is counted after the platform took the message: on a loaded machine a moment after it arrives.
    await until(async () => (await h.store.sends.counts("2026-12-15"))["memory:due:sent"] !== undefined, 8_000, "the count of the send");
    expect(await h.store.sends.claim(id)).toBe("sent");
    const counts = await h.store.sends.counts("2026-12-15");
    expect(counts["memory:due:sent"]).toBe(1);
  });

  it("does not send again what was sent, and counts it as a duplicate", async () => {
    h = await createHarness();
    const id = await oneDueReminder();
    await h.store.sends.markSent(id);
    h.startWorker("memory");
    await until(async () => (await h.store.sends.counts("2026-12-15"))["memory:due:duplicate"] === 1, 8_000, "the duplicate count");
    expect(h.memory.sent).toEqual([]);
  });

  it("releases the claim after a certain failure, so the retry sends", async () => {
    h = await createHarness();
    const id = await oneDueReminder();
    h.memory.failNext = 1;
    h.startWorker("memory");
    await until(() => h.memory.sent.length === 1, 20_000, "the retried reminder");
    expect(await h.store.sends.claim(id)).toBe("sent");
  });
});
