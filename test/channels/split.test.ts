import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitText } from "../../src/channels/split.ts";

describe("splitText", () => {
  it("keeps a text within the limit whole", () => {
    expect(splitText("Kính gửi Đồng chí Giám đốc Sở Tài chính", 4096)).toEqual(["Kính gửi Đồng chí Giám đốc Sở Tài chính"]);
  });

  it("splits at line boundaries, never inside a task line", () => {
    const lines = Array.from({ length: 30 }, (_, i) => `${i + 1}. Sở Nội vụ chủ trì, phối hợp các đơn vị hoàn thành nhiệm vụ số ${i + 1} trước ngày 30/6/2026.`);
    const parts = splitText(lines.join("\n"), 500);
    expect(parts.length).toBeGreaterThan(4);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(500);
      for (const line of p.split("\n")) expect(lines).toContain(line);
    }
    expect(parts.join("\n")).toBe(lines.join("\n"));
  });

  it("cuts a single over-long line at a space, and an unbroken one without splitting an emoji", () => {
    expect(splitText("một hai ba bốn năm", 8)).toEqual(["một hai", "ba bốn", "năm"]);
    const parts = splitText("ab😀cd", 3);
    expect(parts.join("")).toBe("ab😀cd");
    for (const p of parts) expect(p).not.toMatch(/[\ud800-\udbff]$|^[\udc00-\udfff]/);
  });

  it("never returns a part that is too long or blank, and loses no characters but whitespace", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), fc.integer({ min: 2, max: 60 }), (text, max) => {
      const parts = splitText(text, max);
      for (const p of parts) {
        expect(p.length).toBeLessThanOrEqual(Math.max(max, text.length <= max ? text.length : 0));
        if (text.length > max) expect(p.trim()).not.toBe("");
      }
      // Only whitespace at the cuts may go; every other character stays, in order.
      const ink = (s: string): string => s.replace(/\s+/g, "");
      expect(ink(parts.join(""))).toBe(ink(text));
    }), { numRuns: 300 });
  });
});

describe("splitText keeps entries whole", () => {
  it("never separates an entry's indented details from its first line", () => {
    const entries = Array.from({ length: 60 }, (_, i) => `${i + 1}. Rà soát thủ tục hành chính của đơn vị số ${i + 1}\n   Nguyễn Văn ${i} (UBND xã Số ${i}) — hạn 30/11/2026, quá hạn ${i} ngày`);
    const parts = splitText(entries.join("\n"), 700);
    expect(parts.length).toBeGreaterThan(5);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(700);
      expect(p).toMatch(/^\d+\. /);
      expect(p.split("\n").at(-1)).toMatch(/^ {3}Nguyễn Văn/);
    }
    expect(parts.join("\n")).toBe(entries.join("\n"));
  });
});
