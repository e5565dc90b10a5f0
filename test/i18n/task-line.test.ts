import { describe, expect, it } from "vitest";
import { formatTaskLine, formatTaskList, t } from "../../src/i18n/index.ts";

describe("formatTaskLine", () => {
  it("shows number, summary, deadline with days left and status", () => {
    const task = { number: 1, summary: "Báo cáo kết quả CCHC quý II", deadline: "2026-06-30", daysLeft: 3, status: "open_in_time" as const };
    expect(formatTaskLine(task, "vi")).toBe("1. Báo cáo kết quả CCHC quý II\n   Hạn 30/06/2026 (còn 3 ngày) · Trong hạn");
    expect(formatTaskLine(task, "en")).toBe("1. Báo cáo kết quả CCHC quý II\n   Due 30/06/2026 (3 days left) · Within deadline");
  });

  it("marks urgency, recurrence, progress and the assignee", () => {
    const task = {
      number: 2,
      summary: "Rà soát thủ tục hành chính ",
      recurrence: "monthly" as const,
      priority: "urgent" as const,
      percent: 40,
      assignee: "Trần Thị Bình (Sở Nội vụ)",
    };
    expect(formatTaskLine(task, "vi")).toBe(
      "2. Rà soát thủ tục hành chính\n   Khẩn · Thực hiện hằng tháng · Đạt 40% · Trần Thị Bình (Sở Nội vụ)",
    );
    expect(formatTaskLine(task, "en")).toBe(
      "2. Rà soát thủ tục hành chính\n   Urgent · Carried out monthly · 40% done · Trần Thị Bình (Sở Nội vụ)",
    );
  });

  it("says when a task has no deadline, and shows a deadline without days when none are given", () => {
    expect(formatTaskLine({ number: 3, summary: "Tăng cường kỷ luật, kỷ cương" }, "vi")).toBe(
      "3. Tăng cường kỷ luật, kỷ cương\n   Không có thời hạn cụ thể",
    );
    expect(formatTaskLine({ number: 4, summary: "Giải ngân", deadline: "2026-12-31", daysLeft: null, status: "open_overdue" }, "en")).toBe(
      "4. Giải ngân\n   Due 31/12/2026 · Overdue",
    );
    expect(formatTaskLine({ number: 5, summary: "Giải ngân", deadline: "2026-12-31", daysLeft: -1 }, "vi")).toBe(
      "5. Giải ngân\n   Hạn 31/12/2026 (quá hạn 1 ngày)",
    );
  });
});

describe("formatTaskList", () => {
  it("keeps the caller's numbering and order, one block per task, inside a weekly prompt", () => {
    const tasks = formatTaskList(
      [
        { number: 1, summary: "Việc A", deadline: "2026-07-01", daysLeft: 2 },
        { number: 2, summary: "Việc B", deadline: "2026-06-20", daysLeft: -9 },
      ],
      "vi",
    );
    expect(tasks).toBe("1. Việc A\n   Hạn 01/07/2026 (còn 2 ngày)\n2. Việc B\n   Hạn 20/06/2026 (quá hạn 9 ngày)");
    const prompt = t("vi", "prompt.weekly", { name: "Lê Văn Cường", count: 2, date: "29/06/2026", tasks });
    expect(prompt).toContain("có 2 nhiệm vụ chưa hoàn thành (tính đến ngày 29/06/2026):\n1. Việc A\n");
  });

  it("renders an empty list as empty text", () => {
    expect(formatTaskList([], "en")).toBe("");
  });
});
