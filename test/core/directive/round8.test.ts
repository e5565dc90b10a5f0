import { describe, expect, it } from "vitest";
import { parseDirective } from "../../../src/core/directive/parse.ts";
import type { Directive } from "../../../src/core/directive/types.ts";

/* Shapes met in blind rounds 8 and 9 (corpus 227–257): recalled letters, petitions, a decision's own articles, lists of places. */
function read(text: string): Directive {
  const r = parseDirective(text);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("; "));
  return r.directive;
}
const PRESS = "Quảng Trị xử lý xe quá tải\n\n21:20 26/05/2022\n";

describe("a story that recalls one letter and reports the next", () => {
  it("reads '… ngày 24/5, UBND tỉnh … tiếp tục ban hành công văn 2326, chỉ đạo công an tỉnh, Sở GTVT …' as the task, the recalled letter as background", () => {
    const d = read(`${PRESS}Được biết, ngày 6/4, UBND tỉnh Quảng Trị đã ban hành công văn 1446 chỉ đạo tăng cường tuần tra. Tuy nhiên, báo chí vẫn phản ánh tình trạng xe quá tải. `
      + "Vì vậy, ngày 24/5, UBND tỉnh Quảng Trị tiếp tục ban hành công văn 2326, chỉ đạo công an tỉnh, Sở GTVT tăng cường tuần tra, xử lý nghiêm trường hợp vi phạm.\n");
    expect(d.tasks.map((t) => [t.text.slice(0, 16), t.assignees, t.flags.includes("reported")])).toEqual([["Vì vậy, ngày 24/", ["công an tỉnh", "Sở GTVT"], true]]);
    expect(d.skipped.find((s) => s.text.startsWith("Được biết"))?.reason).toBe("background");
  });
});

describe("letters the story recalls", () => {
  it("skips 'Trước đó, ngày 13/9, UBND tỉnh có Văn bản số … giao …' when the text gives new work", () => {
    const d = read(`${PRESS}Trước đó, ngày 13/9, UBND tỉnh có Văn bản số 4828/UBND-TH giao Sở TN&MT kiểm tra, xử lý thông tin phản ánh.\n\n`
      + "Về vấn đề này, Phó Chủ tịch UBND tỉnh đề nghị Sở TN&MT khẩn trương báo cáo kết quả trước ngày 29/9/2022.\n");
    expect(d.tasks.map((t) => t.text.slice(0, 14))).toEqual(["Về vấn đề này,"]);
    expect(d.skipped.find((s) => s.text.startsWith("Trước đó"))?.reason).toBe("background");
  });

  it("still reads 'Trước đó, … có Văn bản … giao …' as the reported task when it is all the text gives", () => {
    const d = read(`${PRESS}Trước đó, ngày 13/9, UBND tỉnh có Văn bản số 4828/UBND-TH giao Sở TN&MT kiểm tra, xử lý thông tin phản ánh.\n`);
    expect(d.tasks.map((t) => [t.assignees, t.flags.includes("reported")])).toEqual([[["Sở TN&MT"], true]]);
  });

  it("skips another agency's letter that asks the province itself ('Cục Cảnh sát môi trường có công văn đề nghị UBND tỉnh Phú Yên …')", () => {
    const d = read(`${PRESS}UBND tỉnh Phú Yên đã chỉ đạo giao Sở NN&PTNT, Công an tỉnh chuẩn bị hồ sơ dự án.\n\n`
      + "Ngày 24-4, Cục Cảnh sát môi trường có công văn đề nghị UBND tỉnh Phú Yên phối hợp chỉ đạo, hỗ trợ xác minh sai phạm.\n");
    expect(d.tasks.map((t) => t.assignees)).toEqual([["Sở NN&PTNT", "Công an tỉnh"]]);
    expect(d.skipped.find((s) => s.text.startsWith("Ngày 24-4"))?.reason).toBe("background");
  });

  it("skips the letter a paragraph cites by number when 'Theo đó, …' details its work", () => {
    const d = read(`${PRESS}UBND tỉnh có Công văn số 1150/UBND-HTKT ngày 15/5/2019 yêu cầu các đơn vị, địa phương liên quan kiểm tra thông tin phản ánh.\n\n`
      + "Theo đó, UBND tỉnh giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Xây dựng khẩn trương kiểm tra.\n");
    expect(d.tasks.map((t) => t.text.slice(0, 8))).toEqual(["Theo đó,"]);
  });
});
