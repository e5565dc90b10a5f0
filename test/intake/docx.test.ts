/** Must show 1: Notice 147 as the drafting department's .docx, with its list numbering, gives the seven tasks. */
import { beforeAll, describe, expect, it } from "vitest";
import type { IntakeText } from "../../src/intake/index.ts";
import { parse, read, reference } from "./support/expect.ts";
import { buildDocx } from "./support/docx.ts";
import { essentials, notice147Docx } from "./support/fixtures.ts";

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

describe("a plan whose tasks are a Word table", () => {
  const plan = buildDocx([
    { text: "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", center: true },
    { text: "Số: 25/KH-UBND", center: true },
    { text: "Quảng Trị, ngày 12 tháng 3 năm 2026", center: true },
    { text: "KẾ HOẠCH", bold: true, center: true },
    { text: "Triển khai chuyển đổi số năm 2026", bold: true, center: true },
    { text: "Các cơ quan, đơn vị thực hiện các nhiệm vụ sau:" },
    { table: [
      ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
      ["1", "Hoàn thành cập nhật dữ liệu đất đai vào cơ sở dữ liệu dùng chung của tỉnh", "Sở Nông nghiệp và Môi trường", "UBND các xã, phường", "Tháng 11/2026"],
      ["2", "Báo cáo tiến độ thực hiện Đề án 06", "Công an tỉnh", "", "Hằng tháng"],
    ] },
    { text: "Nơi nhận:" },
    { text: "Các sở, ban, ngành;", list: { numId: 2 } },
  ]);

  it("keeps each row on one '|' line, an empty cell in its place", async () => {
    const text = (await read(plan)).text;
    expect(text).toContain("| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |\n| 1 | Hoàn thành cập nhật");
    expect(text).toContain("| 2 | Báo cáo tiến độ thực hiện Đề án 06 | Công an tỉnh |  | Hằng tháng |");
    expect(text).toContain("- Các sở, ban, ngành;");
  });

  it("parses to one task a row, with its lead, partners and deadline", async () => {
    const d = parse((await read(plan)).text);
    // The parser keeps a row's attribute cells in the task's text ("…; Cơ quan chủ trì: …"): the task is what comes first.
    expect(d.tasks.map((t) => ({ text: t.text.split("; ")[0], lead: t.lead, partners: t.partners, deadline: t.deadline, recurrence: t.recurrence }))).toEqual([
      { text: "Hoàn thành cập nhật dữ liệu đất đai vào cơ sở dữ liệu dùng chung của tỉnh", lead: "Sở Nông nghiệp và Môi trường", partners: ["UBND các xã, phường"], deadline: "2026-11-30", recurrence: null },
      { text: "Báo cáo tiến độ thực hiện Đề án 06", lead: "Công an tỉnh", partners: [], deadline: null, recurrence: "monthly" },
    ]);
  });
});
