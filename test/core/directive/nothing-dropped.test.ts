import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bodyLines, contentLines } from "../../../src/core/directive/blocks.ts";
import { parseDirective } from "../../../src/core/directive/parse.ts";
import type { Directive } from "../../../src/core/directive/types.ts";
import { fold, normalizeText } from "../../../src/core/text/fold.ts";
import { samplePath } from "../../support/samples.ts";

/*
 * "Nothing dropped from a notice" (DESIGN.md, issues 9 and 11): every line of the body — each list item, each
 * sentence — is in a task's text or in a skipped item's text. The body is what SkippedItem (types.ts) says is
 * listed: the content lines (portal chrome, "Nơi nhận" and the signature on, related news cut by contentLines)
 * without the header and all-caps titles (bodyLines).
 */

/** Folded, markup removed, whitespace collapsed. */
function loose(s: string): string {
  return fold(normalizeText(s)).replace(/\*\*+|__+/g, " ").replace(/\s+/g, " ").trim();
}
const MARKER = /^(?:dieu\s+\d{1,2}\s*[.:\-–]|[ivx]+\s*[.)\-–]|\d{1,2}(?:\.\d{1,2}){0,2}\s*[.)/\-–]|[a-z]\s*[).]|thu\s+\S+\s*[,:.]|[-–—‐+•●▪◦■□*])\s*/;

/** The clauses of the body that must be accounted for, each at least 12 characters. */
function bodyClauses(input: string): string[] {
  const out: string[] = [];
  for (const l of bodyLines(contentLines(input))) {
    for (const clause of loose(l.orig).replace(MARKER, "").split(/[;.!?:](?:\s|$)/)) {
      if (clause.trim().length >= 12) out.push(clause.trim());
    }
  }
  return out;
}

/** Clauses of the body found in no task and no skipped item. */
function missing(input: string, d: Directive): string[] {
  const texts = [...d.tasks.map((t) => loose(t.text)), ...d.skipped.map((s) => loose(s.text))];
  return bodyClauses(input).filter((c) => !texts.some((t) => t.includes(c)));
}

const CORPUS = fileURLToPath(new URL("../../corpus/directives/", import.meta.url));
const notices = [
  ...readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort().map((file) => ({ file, text: readFileSync(`${CORPUS}${file}`, "utf8") })),
  { file: "thong-bao-147-bac-kan.txt", text: readFileSync(samplePath("thong-bao-147-bac-kan.txt"), "utf8") },
];

describe("nothing is dropped from a notice", () => {
  it.each(notices)("$file: every item and sentence is a task or skipped", ({ text }) => {
    const r = parseDirective(text);
    if (!r.ok) throw new Error(r.issues[0]!.message);
    expect(missing(text, r.directive)).toEqual([]);
    // Every skipped item has a reason and points at a line of the input.
    const lines = normalizeText(text).split("\n").length;
    for (const s of r.directive.skipped) expect(s.line === null || (s.line >= 1 && s.line <= lines), s.text).toBe(true);
  });

  it("holds for generated notices of items, stories, press clauses and captions", () => {
    const head = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 25/TB-UBND\nQuảng Trị, ngày 12 tháng 3 năm 2026\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n";
    const sentences = fc.constantFrom(
      "Giao Sở Nội vụ tham mưu UBND tỉnh ban hành kế hoạch tinh giản biên chế, hoàn thành trước ngày 30/4/2026.",
      "Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát dự toán; báo cáo trước ngày 15/5.",
      "UBND tỉnh yêu cầu các sở, ngành tăng cường kiểm tra; Công an tỉnh tăng cường tuần tra; giao Sở Y tế bảo đảm thuốc men.",
      "Các Sở: Tài chính, Xây dựng, Nội vụ phối hợp thẩm định hồ sơ.",
      "Năm 2025, tỉnh đã hoàn thành 95% kế hoạch đề ra.",
      "Đến năm 2030, 80% hồ sơ được giải quyết trực tuyến.",
      "Giám đốc các sở chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để chậm trễ.",
      "Chủ tịch UBND tỉnh phát biểu kết luận hội nghị",
      "Các nội dung trên hoàn thành trước ngày 30/6/2026.",
      "UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
      "Thời hạn hoàn thành: quý III/2026.",
      "Chủ tịch UBND tỉnh yêu cầu:",
      "Sở Y tế:",
      "Kính gửi:",
      "Đến nay, tỷ lệ giải ngân mới đạt 42%. Yêu cầu các chủ đầu tư đẩy nhanh tiến độ.",
      "Tăng cường công tác tuyên truyền",
    );
    const marker = fc.constantFrom("", "", "1. ", "2. ", "a) ", "- ", "+ ", "II. ", "Điều 2. ");
    const body = fc.array(fc.tuple(marker, sentences).map(([m, s]) => m + s), { minLength: 1, maxLength: 14 });
    fc.assert(fc.property(body, (items) => {
      const text = `${head}${items.join("\n")}\n`;
      const r = parseDirective(text);
      if (!r.ok) return;
      expect(missing(text, r.directive)).toEqual([]);
    }), { numRuns: 400 });
  });
});
