import { describe, expect, it } from "vitest";
import { previewImport } from "../../src/app/import-notice.ts";
import { parseDirective } from "../../src/core/directive/parse.ts";
import { official } from "../support/harness.ts";
import { quangTriNotice } from "../support/notices.ts";

describe("previewImport", () => {
  it("reports every role that reaches nobody: unknown units, vacant heads, tasks that name nobody", () => {
    const r = parseDirective(quangTriNotice("7/TB-UBND", [
      "Giao Sở Y tế kiểm tra công tác phòng, chống dịch, hoàn thành trước ngày 15/12/2026.",
      "Giao Sở Tài chính tham mưu bố trí kinh phí, hoàn thành trước ngày 20/12/2026.",
      "Giao Ban Quản lý dự án tỉnh rà soát hồ sơ, hoàn thành trước ngày 25/12/2026.",
    ]));
    if (!r.ok) throw new Error("no parse");
    const roster = [
      // Sở Y tế has only a deputy in charge: the head post is vacant.
      official("SYT-PGD", { fullName: "Lò Văn Phó", title: "Phó Giám đốc phụ trách", unit: "Sở Y tế" }),
      official("STC", { fullName: "Hà Thị Thu Trang", title: "Giám đốc", unit: "Sở Tài chính" }),
    ];
    const p = previewImport(r.directive, roster);
    expect(p.byTask.map((t) => t.officials.map((o) => o.id))).toEqual([[], ["STC"], []]);
    expect(p.unresolved).toEqual([
      { task: "T1", assignee: "Sở Y tế — Sở Y tế: chưa có người đứng đầu trong danh sách" },
      { task: "T3", assignee: "Ban Quản lý dự án tỉnh" },
    ]);
  });

  it("names a vacant head inside a group that otherwise reached its officials", () => {
    const r = parseDirective(quangTriNotice("8/TB-UBND", ["Giao Giám đốc các sở rà soát thủ tục hành chính, hoàn thành trước ngày 20/12/2026."]));
    if (!r.ok) throw new Error("no parse");
    const roster = [
      official("SYT-PGD", { title: "Phó Giám đốc phụ trách", unit: "Sở Y tế" }),
      official("STC", { title: "Giám đốc", unit: "Sở Tài chính" }),
    ];
    const p = previewImport(r.directive, roster);
    expect(p.byTask[0]!.officials.map((o) => o.id)).toEqual(["STC"]);
    expect(p.unresolved).toEqual([{ task: "T1", assignee: "Giám đốc các sở — Sở Y tế: chưa có người đứng đầu trong danh sách" }]);
  });
});
