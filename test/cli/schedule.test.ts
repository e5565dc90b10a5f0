import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../../src/cli/io.ts";
import { run } from "../../src/cli/schedule.ts";

const SAMPLE = readFileSync(fileURLToPath(new URL("../../data/samples/thong-bao-147-bac-kan.txt", import.meta.url)));
const NOTICE = `ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 88/TB-UBND
Quảng Trị, ngày 02 tháng 12 năm 2026
THÔNG BÁO
1. Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ tham mưu phương án sắp xếp, hoàn thành trước ngày 31/12/2026.
2. Giao UBND các xã, phường báo cáo kết quả rà soát trong 10 ngày làm việc.
Nơi nhận:
- Như trên;
`;

describe("cli schedule", () => {
  it("prints the tasks and every reminder with its instant in +07:00", async () => {
    const io = memoryIo({ "tb.txt": NOTICE });
    expect(await run(["tb.txt", "--now", "2026-12-02T10:00:00+07:00", "--until", "2027-01-05", "--json"], io)).toBe(0);
    const out = JSON.parse(io.stdout.join("\n"));
    expect(out.tasks.map((t: { deadline: string }) => t.deadline)).toEqual(["2026-12-31", "2026-12-16"]);
    expect(out.reminders.slice(0, 7)).toEqual([
      { task: "T2", kind: "before", at: "2026-12-07T08:00:00+07:00" },
      { task: "T2", kind: "before", at: "2026-12-11T08:00:00+07:00" },
      { task: "T2", kind: "due", at: "2026-12-16T08:00:00+07:00" },
      { task: "T2", kind: "overdue", at: "2026-12-17T08:00:00+07:00" },
      { task: "T2", kind: "overdue", at: "2026-12-18T08:00:00+07:00" },
      { task: "T2", kind: "overdue", at: "2026-12-21T08:00:00+07:00" },
      { task: "T1", kind: "before", at: "2026-12-22T08:00:00+07:00" },
    ]);
    // 1/1/2027 is a holiday: no reminder that day; overdue resumes on Monday 4/1.
    expect(out.reminders.some((r: { at: string }) => r.at.startsWith("2027-01-01"))).toBe(false);
    expect(out.reminders.filter((r: { task: string; kind: string }) => r.task === "T1" && r.kind === "due")).toEqual([{ task: "T1", kind: "due", at: "2026-12-31T08:00:00+07:00" }]);
  });

  it("reminds the Notice 147 tasks at 08:00 on the last working day of 2022", async () => {
    const io = memoryIo({ "147.txt": SAMPLE });
    expect(await run(["147.txt", "--now", "2022-12-20T09:00:00+07:00", "--until", "2022-12-31", "--json"], io)).toBe(0);
    const { reminders } = JSON.parse(io.stdout.join("\n"));
    const due = reminders.filter((r: { kind: string }) => r.kind === "due");
    expect(due).toHaveLength(7);
    expect(new Set(due.map((r: { at: string }) => r.at))).toEqual(new Set(["2022-12-30T08:00:00+07:00"]));
  });

  it.each([
    [["tb.txt", "--until", "2027-01-01"], "usage"],
    [["tb.txt", "--now", "hôm nay", "--until", "2027-01-01"], "--now phải là thời điểm ISO 8601"],
    [["tb.txt", "--now", "2026-12-02T10:00:00+07:00", "--until", "31/12/2026"], "--until phải là ngày YYYY-MM-DD"],
    [["tb.txt", "--bogus", "1"], "Tùy chọn không hợp lệ: --bogus."],
  ])("refuses bad arguments %j with exit 2", async (args, words) => {
    const io = memoryIo({ "tb.txt": NOTICE });
    expect(await run(args, io)).toBe(2);
    expect(io.stderr.join(" ")).toContain(words);
  });
});
