import { describe, expect, it } from "vitest";
import { catalogueKeys, isMessageKey, LOCALES, messageParams, t, toLocale, type MessageKey } from "../../src/i18n/index.ts";

describe("t", () => {
  it("fills every placeholder of a reminder", () => {
    const text = t("vi", "reminder.due", {
      name: "Nguyễn Văn An",
      deadline: "30/06/2026",
      days: "hôm nay",
      task: "1. Báo cáo kết quả CCHC quý II",
    });
    expect(text).toMatchInlineSnapshot(`
      "Kính gửi Đồng chí Nguyễn Văn An,
      Nhiệm vụ dưới đây đến hạn hoàn thành ngày 30/06/2026 (hôm nay); hôm nay là ngày làm việc cuối cùng trong thời hạn:
      1. Báo cáo kết quả CCHC quý II
      Kính đề nghị Đồng chí chỉ đạo hoàn thành và báo cáo kết quả. Khi nhiệm vụ hoàn thành, Đồng chí trả lời “xong”; trường hợp cần thêm thời gian, Đồng chí trả lời “xin gia hạn đến 30/6”.
      Trân trọng."
    `);
  });

  it("accepts numbers as values", () => {
    expect(t("vi", "error.task_not_found", { number: 7 })).toBe(
      "Không tìm thấy nhiệm vụ số 7. Xin Đồng chí gõ /nhiemvu để xem danh sách nhiệm vụ và số thứ tự.",
    );
    expect(t("en", "ack.progress_percent", { percent: 70, task: "2. Q2 report" })).toContain("progress of 70% on");
  });

  it("puts English counts in the singular or plural, Vietnamese unchanged", () => {
    expect(t("en", "register.too_many_attempts", { minutes: 1 })).toContain("try again in 1 minute or");
    expect(t("en", "register.too_many_attempts", { minutes: 15 })).toContain("try again in 15 minutes or");
    expect(t("vi", "register.too_many_attempts", { minutes: 1 })).toContain("thử lại sau 1 phút");
    expect(t("en", "admin.import.confirmed", { tasks: 1, reminders: 12 })).toBe("Imported 1 task and scheduled 12 reminders.");
    expect(t("en", "reminder.escalation", { name: "B", assignee: "A", unit: "U", days: 3, deadline: "d", task: "x" }))
      .toContain("is 3 days overdue");
  });

  it("names the message and the parameter when a parameter is missing", () => {
    expect(() => t("vi", "ack.blocker", { task: "1. Báo cáo" })).toThrowErrorMatchingInlineSnapshot(
      `[Error: i18n: message "ack.blocker" (vi): missing parameter "note"]`,
    );
    expect(() => t("en", "days.left")).toThrowErrorMatchingInlineSnapshot(
      `[Error: i18n: message "days.left" (en): missing parameter "n"]`,
    );
  });

  it("refuses a count that is not a number", () => {
    expect(() => t("en", "days.left", { n: "three" })).toThrow(/days\.left.*"n" must be a number/);
  });

  it("fails the type check, and at run time, on an unknown key", () => {
    // @ts-expect-error "reminder.later" is not a key of vi.json
    expect(() => t("vi", "reminder.later")).toThrow(/no message "reminder.later"/);
  });

  it("renders every message of both catalogues once given its parameters, leaving no brace behind", () => {
    const broken: string[] = [];
    for (const locale of LOCALES) {
      for (const key of catalogueKeys(locale)) {
        if (!isMessageKey(key)) throw new Error(`en key ${key} not in vi`);
        const params = Object.fromEntries(messageParams(locale, key).map((p) => [p, 2]));
        const text = t(locale, key, params);
        if (/[{}]/.test(text) || text.trim() === "") broken.push(`${locale}:${key}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("lets a runtime key be narrowed before use", () => {
    const fromStore = "status.open_overdue";
    expect(isMessageKey(fromStore) && t("vi", fromStore)).toBe("Quá hạn");
    expect(isMessageKey("status.lost")).toBe(false);
    const key: MessageKey = "buttons.done";
    expect([t("vi", key), t("en", key)]).toEqual(["Hoàn thành", "Done"]);
  });
});

describe("toLocale", () => {
  it.each([
    ["vi", "vi"],
    ["EN", "en"],
    ["en-US", "en"],
    ["fr", "vi"],
    [null, "vi"],
    [undefined, "vi"],
    ["", "vi"],
  ] as const)("%s → %s", (input, expected) => {
    expect(toLocale(input)).toBe(expected);
  });
});
