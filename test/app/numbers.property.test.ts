/**
 * Stable task numbers under any order of events (issue 9): whatever a leader and the admins do —
 * close, extend, add a notice, undo, reopen — every task keeps the number it was given, no two of
 * an official's open or recently closed tasks share one, and a number comes back only after the
 * hold period. Runs the real store and use cases on the test Redis.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newAssignment } from "../../src/core/assign.ts";
import { parseDirective } from "../../src/core/directive/parse.ts";
import type { AppDeps } from "../../src/app/deps.ts";
import { applyReply } from "../../src/app/leader.ts";
import { reopenTask, undoChange } from "../../src/app/undo.ts";
import type { ChannelName } from "../../src/channels/port.ts";
import { NUMBER_HOLD_DAYS } from "../../src/store/store.ts";
import { createHarness, official, type Harness } from "../support/harness.ts";
import { quangTriNotice } from "../support/notices.ts";

let h: Harness;
let deps: AppDeps;
let run = 0;
beforeAll(async () => {
  h = await createHarness();
  deps = { ...h.deps, available: new Set<ChannelName>(["memory"]) };
  await h.store.saveOfficials([official("ADM", { role: "admin" })]);
});
afterAll(async () => { await h.close(); });

type Op =
  | { kind: "add"; tasks: number }
  | { kind: "close" | "extend" | "undo" | "reopen"; pick: number }
  | { kind: "wait"; days: number };

const on = (kind: "close" | "extend" | "undo" | "reopen") => fc.record({ kind: fc.constant(kind), pick: fc.nat() });
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("add" as const), tasks: fc.integer({ min: 1, max: 3 }) }), weight: 3 },
  { arbitrary: on("close"), weight: 4 }, { arbitrary: on("undo"), weight: 3 }, { arbitrary: on("extend"), weight: 2 }, { arbitrary: on("reopen"), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("wait" as const), days: fc.constantFrom(1, 30, NUMBER_HOLD_DAYS + 1) }), weight: 1 },
);

describe("task numbers", () => {
  it("stay with their task through any interleaving of close, extend, add, undo and reopen", async () => {
    const seen = { checked: 0, closed: 0 };
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 30 }), async (ops) => {
      const me = official(`P${++run}`, { fullName: `Người thử ${run}` });
      await h.store.saveOfficials([me]);
      const admin = (await h.store.getOfficial("ADM"))!;
      let now = new Date("2026-12-03T09:00:00+07:00");
      h.setNow(now);
      const given = new Map<string, number>();
      let notices = 0;
      for (const o of ops) {
        const mine = await h.store.assignmentsOf(me.id, now);
        const target = mine.length && "pick" in o ? mine[o.pick % mine.length]! : null;
        const actor = { who: me.id, channel: "memory", text: o.kind };
        if (o.kind === "add") {
          notices++;
          const parsed = parseDirective(quangTriNotice(`${run}${notices}/TB-UBND`, Array.from({ length: o.tasks }, (_, i) => `Giao Sở thử nghiệm rà soát hồ sơ đợt ${i + 1}, hoàn thành trước ngày 15/01/2027.`)));
          if (!parsed.ok) throw new Error("notice does not parse");
          const { tasks } = await h.store.saveDirective(parsed.directive, "ADM", now);
          for (const a of await h.store.createAssignments(tasks.map((t) => newAssignment(t, me.id, now)), now)) given.set(a.id, a.number);
        } else if (o.kind === "wait") {
          now = new Date(now.getTime() + o.days * 86_400_000);
          h.setNow(now);
        } else if (target && o.kind === "close") {
          await applyReply(deps, me, [{ kind: "done", task: target.number, percent: null, until: null, days: null, note: null }], { referenced: [], confirmed: true }, actor);
        } else if (target && o.kind === "extend") {
          await h.store.updateAssignment(target.id, actor, "extension_approved", (a) => ({ ...a, deadline: "2027-02-28" }), now);
        } else if (target && o.kind === "undo") {
          await undoChange(deps, me, { number: target.number }, actor);
        } else if (target && o.kind === "reopen") {
          await reopenTask(deps, admin, me.id, target.number, { ...actor, who: "ADM" });
        }
        const after = await h.store.assignmentsOf(me.id, now);
        // Every task keeps the number it was given.
        for (const a of after) expect(a.number).toBe(given.get(a.id));
        seen.checked += after.length;
        seen.closed += after.filter((a) => a.status === "done").length;
        // No two open tasks, nor an open task and one closed within the hold, share a number.
        const held = after.filter((a) => a.status === "open" || now.getTime() - Date.parse(a.doneAt!) < NUMBER_HOLD_DAYS * 86_400_000);
        expect(new Set(held.map((a) => a.number)).size).toBe(held.length);
      }
    }), { numRuns: 60 });
    // The runs did exercise closed tasks, not only open ones.
    expect(seen.closed).toBeGreaterThan(100);
  });
});
