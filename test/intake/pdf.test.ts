/**
 * Must show 1: Notice 147 as the PDF it was printed to (two pages at 13 pt, page numbers, task 5 over the page
 * break; and on one page) gives the seven tasks; scanned (page images, no text layer) at least six, deadlines right.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { IntakeText } from "../../src/intake/index.ts";
import { parse, read, recovered, reference } from "./support/expect.ts";
import { essentials, notice147Pdf, notice147ScanPdf } from "./support/fixtures.ts";
import { ONE_PAGE } from "./support/notice-147.ts";

describe("Notice 147 as a text PDF", () => {
  let got: IntakeText;
  beforeAll(async () => { got = await read(await notice147Pdf()); }, 60_000);

  it("reads both pages in order, drops the page number and re-joins task 5 across the page break", () => {
    expect(got).toMatchObject({ kind: "pdf", pages: 2 });
    expect(got.text).not.toMatch(/^\s*2\s*$/m);
    expect(got.text).toContain("Luôn phải lắng nghe, cầu thị ý kiến phản hồi của doanh nghiệp, người dân, các đơn vị có liên quan để sửa đổi");
    expect(got.notes).toEqual(["Đã đọc lớp chữ của tệp PDF (2 trang); bỏ 1 dòng đầu trang, chân trang và số trang."]);
  });

  it("parses to the seven tasks of the portal text", () => {
    expect(parse(got.text).tasks.map(essentials)).toEqual(reference.map(essentials));
  });

  it("reads a one-page print the same", async () => {
    expect(parse((await read(await notice147Pdf(ONE_PAGE))).text).tasks.map(essentials)).toEqual(reference.map(essentials));
  }, 60_000);
});

describe("Notice 147 scanned (a PDF of page images, no text layer)", () => {
  let got: IntakeText;
  beforeAll(async () => { got = await read(await notice147ScanPdf()); }, 90_000);

  it("is read by OCR, with its confidence", () => {
    expect(got).toMatchObject({ kind: "scan", pages: 1 });
    expect(got.confidence).toBeGreaterThan(80);
    expect(got.notes[0]).toBe(`Đã nhận dạng chữ (OCR) 1 trang quét; độ tin cậy trung bình ${got.confidence}%.`);
  });

  it("gives back at least six of the seven tasks, every deadline 31/12/2022", () => {
    const d = parse(got.text);
    expect(d.tasks.length).toBeGreaterThanOrEqual(6);
    expect(d.tasks.length).toBeLessThanOrEqual(7);
    expect(recovered(d)).toBeGreaterThanOrEqual(6);
    for (const t of d.tasks) expect(t.deadline, t.code).toBe("2022-12-31");
    expect(d.notice).toMatchObject({ number: "147/TB-UBND", date: "2022-04-07" });
  });
});
