import { describe, expect, it } from "vitest";
import { parseDirective } from "../../../src/core/directive/parse.ts";
import type { Task } from "../../../src/core/directive/types.ts";

/* Shapes met in the second blind round (corpus 23–28): run-on assignments, Word/portal markup, heading-led items. */
const HEAD = "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 215/TB-UBND\nHưng Yên, ngày 22 tháng 7 năm 2026\nTHÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh\n\n";

function parse(body: string): Task[] {
  const r = parseDirective(HEAD + body);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("; "));
  return r.directive.tasks;
}
const starts = (ts: Task[]) => ts.map((t) => t.text.slice(0, 20));

describe("one paragraph that gives several units their work", () => {
  it("is one task per unit after 'giao:', each with its own deadline", () => {
    const ts = parse("1. Để chuẩn bị năm học mới, giao: Sở Giáo dục và Đào tạo rà soát đủ giáo viên, hoàn thành trước ngày 25/8/2026; "
      + "Sở Tài chính tham mưu bố trí kinh phí, trình UBND tỉnh trước ngày 15/8/2026; UBND các xã, phường khẩn trương sắp xếp điểm trường lẻ.\n\n"
      + "2. Văn phòng UBND tỉnh theo dõi, đôn đốc thực hiện.\n");
    expect(ts.map((t) => [t.assignees, t.deadline, t.priority])).toEqual([
      [["Sở Giáo dục và Đào tạo"], "2026-08-25", "normal"],
      [["Sở Tài chính"], "2026-08-15", "normal"],
      [["UBND các xã, phường"], null, "urgent"],
      [["Văn phòng UBND tỉnh"], null, "normal"],
    ]);
  });

  it("is one heading when the units listed with ';' are the subject of one verb: 'yêu cầu: Chủ tịch UBND các huyện; Giám đốc Sở …; Thủ trưởng … thực hiện ngay một số nội dung sau:'", () => {
    const ts = parse("Chủ tịch UBND tỉnh có Công điện yêu cầu: Chủ tịch UBND các huyện, thành phố; Giám đốc Sở Nông nghiệp và PTNT; Thủ trưởng các sở, ban, ngành "
      + "và các đơn vị có liên quan thực hiện ngay một số nội dung sau:\n\n1. Thông báo kịp thời cho người dân biết diễn biến thời tiết.\n2. Chủ động dự trữ thức ăn cho gia súc.\n");
    expect(starts(ts)).toEqual(["Thông báo kịp thời c", "Chủ động dự trữ thức"]);
    for (const t of ts) expect(t.assignees).toEqual(["Chủ tịch UBND các huyện, thành phố", "Giám đốc Sở Nông nghiệp và PTNT", "Thủ trưởng các sở, ban, ngành", "các đơn vị có liên quan"]);
  });

  it("keeps the executing article whole when its subjects are listed with ';' in a report's paragraph, and skips it (round 13, 459)", () => {
    const r = parseDirective(HEAD + "UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn chủ trì rà soát các hồ chứa. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: "
      + "Nông nghiệp và Phát triển nông thôn, Công Thương; Chủ tịch UBND các huyện, thị xã, thành phố; Thủ trưởng các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này.\n");
    if (!r.ok) throw new Error("no tasks");
    expect(starts(r.directive.tasks)).toEqual(["UBND tỉnh giao Sở Nô"]);
    expect(r.directive.skipped.map((s) => [s.text.slice(0, 20), s.reason])).toContainEqual(["Chánh Văn phòng UBND", "closing"]);
  });

  it("stays one task when the clauses after ';' name no new unit", () => {
    const ts = parse("1. Giao: Sở Xây dựng kiểm tra an toàn các công trình trường học; báo cáo UBND tỉnh trước ngày 30/8/2026; "
      + "hoàn thành sửa chữa trước khai giảng.\n");
    expect(starts(ts)).toEqual(["Giao: Sở Xây dựng ki"]);
    expect(ts[0]!.deadline).toBe("2026-08-30");
  });
});

describe("items under a heading that names one unit", () => {
  it("'Chủ trì, phối hợp với …' makes the heading's unit the lead", () => {
    const ts = parse("1. Sở Y tế:\n+ Chủ trì, phối hợp với Sở Công Thương, Công an tỉnh xây dựng kế hoạch kiểm tra liên ngành.\n"
      + "+ Khẩn trương điều tra các vụ ngộ độc thực phẩm.\n");
    expect(ts.map((t) => [t.assignees, t.lead, t.partners])).toEqual([
      [["Sở Y tế", "Sở Công Thương", "Công an tỉnh"], "Sở Y tế", ["Sở Công Thương", "Công an tỉnh"]],
      [["Sở Y tế"], null, []],
    ]);
  });
});

describe("a copy from Word or a portal editor", () => {
  it("reads '**', '1/' and 'Thứ nhất,' as markup and markers, not as text", () => {
    const ts = parse("**1/ Về nhiệm vụ thời gian tới:**\n\nThứ nhất, **Sở Xây dựng** đẩy nhanh tiến độ thi công các dự án.\n\n"
      + "Thứ hai, Sở Tài chính tham mưu bố trí vốn đối ứng cho các dự án.\n\n**2/** Văn phòng UBND tỉnh theo dõi, đôn đốc hằng tháng.\n");
    expect(starts(ts)).toEqual(["Sở Xây dựng đẩy nhan", "Sở Tài chính tham mư", "Văn phòng UBND tỉnh "]);
    expect(ts[0]!.assignees).toEqual(["Sở Xây dựng"]);
    for (const t of ts) expect(t.text).not.toMatch(/\*|^Thứ/);
  });

  it("takes a document number wrapped to a line start ('04/CT-TTg …') for no '04/' item", () => {
    const ts = parse("1. Sở Nông nghiệp và Môi trường thực hiện nghiêm Chỉ thị số\n04/CT-TTg ngày 14/02/2019 của Thủ tướng Chính phủ.\n");
    expect(starts(ts)).toEqual(["Sở Nông nghiệp và Mô"]);
  });

  it("takes a weekday dateline ('Thứ Năm, 15/10/2026') for no item", () => {
    expect(starts(parse("Thứ Năm, 15/10/2026 | 08:45\n\n1. Sở Tài chính tham mưu bố trí vốn đối ứng cho các dự án.\n")))
      .toEqual(["Sở Tài chính tham mư"]);
  });
});

describe("units and deadlines of the two-level local government", () => {
  it("reads 'Trưởng các thôn, tổ dân phố', 'Văn phòng HĐND và UBND xã' and 'UBND các xã có dự án đi qua' whole", () => {
    const ts = parse("1. Trưởng các thôn, tổ dân phố tổ chức họp dân.\n2. Văn phòng HĐND và UBND xã theo dõi, tổng hợp.\n"
      + "3. UBND các xã có dự án đi qua bàn giao mặt bằng sạch.\n");
    expect(ts.map((t) => t.assignees)).toEqual([["Trưởng các thôn, tổ dân phố"], ["Văn phòng HĐND và UBND xã"], ["UBND các xã có dự án đi qua"]]);
  });

  it("'ngay trong ngày' is due the notice date and urgent", () => {
    const [t] = parse("1. Sở Nội vụ gửi mẫu biểu đến UBND các xã, phường ngay trong ngày.\n");
    expect([t!.deadline, t!.deadlineText, t!.priority]).toEqual(["2026-07-22", "ngay trong ngày", "urgent"]);
  });

  it("a year opening an earlier sentence of the intro gives no deadline; one scoping the list does", () => {
    const scene = parse("Năm 2026, dự báo nắng nóng kéo dài. Để chủ động phòng ngừa, Chủ tịch UBND tỉnh giao nhiệm vụ như sau:\n\n"
      + "1. Công an tỉnh tuần tra, kiểm soát người ra, vào rừng.\n");
    const scoped = parse("Trong năm 2026, Chủ tịch UBND tỉnh giao nhiệm vụ như sau:\n\n1. Công an tỉnh tuần tra, kiểm soát người ra, vào rừng.\n");
    expect([scene[0]!.deadline, scoped[0]!.deadline]).toEqual([null, "2026-12-31"]);
  });

  it("praise and a 'Trên đây là …' closing are no tasks", () => {
    expect(starts(parse("1. Đánh giá cao sự chủ động của Sở Giáo dục và Đào tạo trong công tác chuẩn bị năm học.\n"
      + "2. Sở Giáo dục và Đào tạo rà soát đội ngũ giáo viên.\n\n"
      + "Trên đây là ý kiến chỉ đạo của Phó Chủ tịch UBND tỉnh; đề nghị các cơ quan, đơn vị nghiêm túc thực hiện./.\n")))
      .toEqual(["Sở Giáo dục và Đào t"]);
  });
});
