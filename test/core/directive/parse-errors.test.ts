import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDirective } from "../../../src/core/directive/parse.ts";

describe("parseDirective on bad input", () => {
  it("says the text is empty", () => {
    const r = parseDirective("  \n\r\n\t ");
    expect(r).toEqual({ ok: false, issues: [{ code: "empty", line: null, message: "Văn bản trống: không có nội dung để phân tích (empty text)." }] });
  });

  it("says a binary file is not text", () => {
    const r = parseDirective("PK\u0003\u0004\u0000\u0000 some zip");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]!.code).toBe("binary");
  });

  it("says when a text assigns nothing", () => {
    const r = parseDirective("Hôm nay trời đẹp.\nChúng tôi đi chơi công viên.");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]!.message).toMatchInlineSnapshot(`"Không tìm thấy nhiệm vụ nào trong văn bản: cần các câu giao việc như "Giao Sở … chủ trì …" hoặc một danh sách nhiệm vụ (no tasks found)."`);
  });

  it("never throws on any Unicode input, and returns a Directive or a clear error", () => {
    const words = fc.constantFrom("Giao", "Sở Tài chính", "chủ trì,", "phối hợp với", "UBND các xã", "trước ngày", "30/6", "quý II/2023",
      "trong 10 ngày làm việc", "Số: 12/TB-UBND", "ngày 31 tháng 2 năm 2023", "-", "1.", "a)", "I.", ":", ";", "\n", "Nơi nhận:", "hằng tháng", "khẩn trương",
      "Văn bản số 1/UBND-KT ngày 99/99/2023", "năm 2022", "Trong năm 2022,", "Giám đốc các sở,", "cuối năm", "(tải xuống)");
    const input = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 400 }),
      fc.string({ unit: "binary", maxLength: 400 }),
      fc.array(fc.oneof(words, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((a) => a.join(" ")),
    );
    fc.assert(fc.property(input, (s) => {
      const r = parseDirective(s);
      if (r.ok) {
        expect(r.directive.tasks.length).toBeGreaterThan(0);
        for (const t of r.directive.tasks) {
          expect(t.deadline === null || /^\d{4}-\d{2}-\d{2}$/.test(t.deadline)).toBe(true);
          expect((t.deadline === null) === (t.deadlineText === null)).toBe(true);
        }
      } else {
        expect(r.issues[0]!.message.length).toBeGreaterThan(10);
      }
    }), { numRuns: 1500 });
  });
});
