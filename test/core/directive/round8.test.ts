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
