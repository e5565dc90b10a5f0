import { describe, expect, it } from "vitest";
import { parseDirective } from "../../../src/core/directive/parse.ts";
import { unfoldTables } from "../../../src/core/directive/tables.ts";
import { fold } from "../../../src/core/text/fold.ts";

const lines = (text: string) => text.split("\n").map((orig, i) => ({ orig, folded: fold(orig), no: i + 1 }));

const HEADER = `UBND TỈNH NGHỆ AN
VĂN PHÒNG
Số: 88/VP-TH
V/v đôn đốc các nhiệm vụ còn chậm
Nghệ An, ngày 02 tháng 3 năm 2026
Văn phòng UBND tỉnh đề nghị các cơ quan thực hiện các nhiệm vụ sau:`;

describe("tables flattened to text", () => {
  it("reads each row as a task with its lead, partners and deadline, whatever the column order, without STT", () => {
    const text = `${HEADER}
Cơ quan chủ trì | Nhiệm vụ | Cơ quan phối hợp | Thời gian hoàn thành | Ghi chú
Sở Tài chính | Tham mưu phân bổ vốn sự nghiệp năm 2026 cho các xã | Sở Nội vụ | Quý I/2026 | Chậm 10 ngày
Sở Y tế | Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể | UBND các xã, phường | Trước ngày 30/4/2026 |`;
    const r = parseDirective(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.directive.notice.kind).toBe("Công văn");
    expect(r.directive.tasks.map((t) => [t.text.slice(0, 30), t.lead, t.partners, t.deadline])).toEqual([
      ["Tham mưu phân bổ vốn sự nghiệp", "Sở Tài chính", ["Sở Nội vụ"], "2026-03-31"],
      ["Kiểm tra an toàn thực phẩm tại", "Sở Y tế", ["UBND các xã, phường"], "2026-04-30"],
    ]);
    // "Ghi chú" is no attribute the parser reads: it stays out of the task.
    expect(r.directive.tasks[0]!.text).not.toContain("Chậm 10 ngày");
  });

  it("leaves lines with '|' that are no table alone: a portal menu, a row before any header", () => {
    const input = lines("Giới thiệu | Tin tức | Liên hệ\n1 | Một dòng lạc | Sở Y tế");
    expect(unfoldTables(input, null)).toEqual(input);
  });

  it("a table row cut by a hard wrap runs on until the next row number", () => {
    const input = lines(`STT | Nội dung | Cơ quan chủ trì | Thời hạn
1 | Hoàn thành cập nhật dữ liệu đất đai vào cơ sở dữ liệu dùng chung
của tỉnh | UBND các xã, phường | Tháng 11/2026
2 | Báo cáo tiến độ thực hiện Đề án 06 | Sở Tư pháp | Hằng tháng`);
    expect(unfoldTables(input, 70).map((l) => l.orig)).toEqual([
      "1. Hoàn thành cập nhật dữ liệu đất đai vào cơ sở dữ liệu dùng chung của tỉnh",
      "- Cơ quan chủ trì: UBND các xã, phường",
      "- Thời hạn: Tháng 11/2026",
      "2. Báo cáo tiến độ thực hiện Đề án 06",
      "- Cơ quan chủ trì: Sở Tư pháp",
      "- Thời hạn: Hằng tháng",
    ]);
  });
});
