/** The console's draft edits (src/app/review.ts): pure functions on a parsed notice. */
import { describe, expect, it } from "vitest";
import { addTask, deleteTask, editTask, mergeUp, promoteSkipped, splitTask, type Draft } from "../../src/app/review.ts";
import { dayOf } from "../../src/http/admin/mount.ts";

const task = (code: string, over: Partial<Draft["tasks"][number]> = {}): Draft["tasks"][number] => ({
  code, text: `Nhiệm vụ ${code}.`, summary: `Nhiệm vụ ${code}`, assignees: ["Giám đốc các sở"], lead: null, partners: [], deadline: "2022-12-31", deadlineText: "Trong năm 2022",
  recurrence: null, priority: "normal", references: [], flags: ["deadline_inferred"], officials: ["A", "B"], unresolved: [], edited: false, ...over,
});
const draft: Draft = {
  id: "d1", by: "ADM", createdAt: "2022-04-08T02:00:00.000Z", notes: [],
  notice: { number: "147/TB-UBND", date: "2022-04-07", issuer: "UBND tỉnh Bắc Kạn", meetingDate: null, kind: "Thông báo", subject: null },
  tasks: [task("T1"), task("T2")],
  skipped: [{ text: "Giám đốc các sở quan tâm hơn nữa đến công tác CCHC; tìm giải pháp thiết thực. Câu sau.", reason: "heading", line: 13 }],
};

describe("review drafts", () => {
  it("an edited deadline is no longer inferred; the same officials in another order are no edit", () => {
    const d = editTask(editTask(draft, "T2", { officials: ["B", "A"], deadline: "2022-12-31" }), "T1", { deadline: "2023-03-31", officials: ["C"] });
    expect(d.tasks[1]).toEqual(draft.tasks[1]);
    expect(d.tasks[0]).toMatchObject({ deadline: "2023-03-31", deadlineText: null, flags: [], officials: ["C"], edited: true });
  });

  it("turns a skipped fragment into a task nobody gets until officials are chosen, with the next code", () => {
    const d = promoteSkipped(draft, 0);
    expect(d.skipped).toEqual([]);
    expect(d.tasks.at(-1)).toMatchObject({ code: "T3", summary: "Giám đốc các sở quan tâm hơn nữa đến công tác CCHC; tìm giải pháp thiết thực", officials: [], flags: ["no_assignee"] });
    expect(editTask(d, "T3", { officials: ["A"] }).tasks.at(-1)!.flags).toEqual([]);
    expect(promoteSkipped(draft, 5)).toBe(draft);
  });

  it("adds and deletes tasks", () => {
    expect(deleteTask(addTask(draft, "  Báo cáo   kết quả. "), "T1").tasks.map((x) => [x.code, x.text])).toEqual([["T2", "Nhiệm vụ T2."], ["T3", "Báo cáo kết quả."]]);
  });

  it("splits a task after its first sentence, and merges a task into the one above", () => {
    const d = editTask(draft, "T1", { text: "Rà soát quy trình. Báo cáo kết quả trước ngày 30/6.", officials: ["A"] });
    const split = splitTask(d, "T1");
    expect(split.tasks.map((x) => [x.code, x.text, x.officials])).toEqual([["T1", "Rà soát quy trình.", ["A"]], ["T3", "Báo cáo kết quả trước ngày 30/6.", ["A"]], ["T2", "Nhiệm vụ T2.", ["A", "B"]]]);
    expect(splitTask(draft, "T2")).toBe(draft);
    const merged = mergeUp(editTask(split, "T2", { deadline: "2022-06-30", officials: ["C"] }), "T2");
    expect(merged.tasks.map((x) => x.code)).toEqual(["T1", "T3"]);
    expect(merged.tasks[1]).toMatchObject({ text: "Báo cáo kết quả trước ngày 30/6. Nhiệm vụ T2.", officials: ["A", "C"], deadline: "2022-06-30" });
    expect(mergeUp(draft, "T1")).toBe(draft);
  });

  it("reads deadlines as officials type them", () => {
    expect(["31/3/2023", "31/03/2023", "2023-03-31", "31/02/2023", "", "mai"].map(dayOf)).toEqual(["2023-03-31", "2023-03-31", "2023-03-31", null, null, null]);
  });
});
