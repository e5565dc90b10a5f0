import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Directive } from "../../../src/core/directive/types.ts";
import { parsedDirective as parse } from "./parsed.ts";

/* Issue 11's shapes, in phrases written for these tests: press and portal reports, unit lists, shared deadlines, not-tasks, official documents. */
const HEAD = "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 45/TB-UBND\nNam Định, ngày 03 tháng 3 năm 2025\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n";
/** A press page: site name, section, headline, dateline, teaser with the paper's tag, then the body. */
const PAGE = (body: string) => `Báo Nam Định điện tử\nThời sự\nKhẩn trương khắc phục hậu quả mưa lũ\nThứ Ba, 14/10/2025 - 16:20\n${body}\nMinh Anh\nTin liên quan\nUBND tỉnh yêu cầu Sở Y tế kiểm tra.\n`;

const rows = (d: Directive) => d.tasks.map((t) => [t.text.slice(0, 24).trimEnd(), t.assignees, t.deadline]);

describe("press and portal reports: one task per subject", () => {
  it("'Song song, …' opens more work of the subject before, a task of its own (round 13, 451)", () => {
    const d = parse(PAGE("Sở Nông nghiệp và Môi trường tổ chức trực ban, theo dõi diễn biến thời tiết, đôn đốc các địa phương chủ động ứng phó. "
      + "Song song, tổng hợp thiệt hại do thiên tai gây ra tại địa phương, báo cáo UBND tỉnh trước ngày 30/10/2025."));
    expect(rows(d)).toEqual([
      ["Sở Nông nghiệp và Môi tr", ["Sở Nông nghiệp và Môi trường"], null],
      ["Song song, tổng hợp thiệ", ["Sở Nông nghiệp và Môi trường"], "2025-10-30"],
    ]);
  });
  it("a press story's earlier article and a caption credited 'Ảnh; …' are no tasks (round 13, 449 and 453)", () => {
    const d = parse(PAGE("Chủ tịch UBND tỉnh yêu cầu Sở Nông nghiệp và Môi trường kiểm tra diện tích lúa lép, báo cáo trước ngày 30/10/2025.\n"
      + "Trước đó, ngày 20/10/2025, Báo Nam Định điện tử có bài phản ánh “Người dân lao đao vì lúa lép”.\n"
      + "Lực lượng chức năng kiểm tra đồng ruộng tại xã Hải Hậu ngày 27/10. Ảnh; tư liệu Văn Trường |"));
    expect(rows(d)).toEqual([["Chủ tịch UBND tỉnh yêu c", ["Sở Nông nghiệp và Môi trường"], "2025-10-30"]]);
  });
  it("a sentence opened by a case ('Trường hợp phát sinh khó khăn, vướng mắc …, tổng hợp, báo cáo …') is the last unit's task (round 12, 395)", () => {
    const d = parse(PAGE("Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các xã, phường huy động lực lượng tại chỗ, hoàn thành sửa chữa nhà ở trước ngày 15/11/2025.\n"
      + "Trường hợp phát sinh khó khăn, vướng mắc vượt thẩm quyền, tổng hợp, báo cáo ngay về UBND tỉnh trước 14 giờ ngày 20/10/2025."));
    expect(rows(d)).toEqual([
      ["Chủ tịch UBND tỉnh yêu c", ["Chủ tịch UBND các xã, phường"], "2025-11-15"],
      ["Trường hợp phát sinh khó", ["Chủ tịch UBND các xã, phường"], "2025-10-20"],
    ]);
  });
  it("cuts a run-on paragraph at each subject, the speaker's own and the later ones", () => {
    const d = parse(PAGE("Chủ tịch UBND tỉnh yêu cầu các sở, ngành rà soát các điểm sạt lở; Công an tỉnh tăng cường phân luồng giao thông; "
      + "giao Sở Xây dựng chủ trì, phối hợp với UBND các xã khắc phục các tuyến đường, hoàn thành trước ngày 30/10. "
      + "Sở Tài chính tham mưu bố trí kinh phí khắc phục."));
    expect(rows(d)).toEqual([
      ["Chủ tịch UBND tỉnh yêu c", ["các sở, ngành"], null],
      ["Công an tỉnh tăng cường", ["Công an tỉnh"], null],
      ["giao Sở Xây dựng chủ trì", ["Sở Xây dựng", "UBND các xã"], "2025-10-30"],
      ["Sở Tài chính tham mưu bố", ["Sở Tài chính"], null],
    ]);
    // The year of "30/10" comes from the page only because nothing else gives one; it is flagged.
    expect(d.tasks[2]!.flags).toContain("year_guessed");
  });

  it("gives a subjectless sentence that opens more work to the subject above, and keeps a report step with its task", () => {
    const d = parse(PAGE("Ông Tâm yêu cầu Sở Nông nghiệp và Môi trường theo dõi chặt chẽ diễn biến xâm nhập mặn. "
      + "Tiếp tục rà soát các cống ngăn mặn trên địa bàn. Báo cáo kết quả với UBND tỉnh.\n"
      + "Cùng với đó, chỉ đạo các phòng chuyên môn cấp huyện cập nhật thông tin hằng ngày."));
    expect(rows(d)).toEqual([
      ["Ông Tâm yêu cầu Sở Nông", ["Sở Nông nghiệp và Môi trường"], null],
      ["Tiếp tục rà soát các cốn", ["Sở Nông nghiệp và Môi trường"], null],
      ["Cùng với đó, chỉ đạo các", ["Sở Nông nghiệp và Môi trường"], null],
    ]);
    expect(d.tasks[1]!.text).toContain("Báo cáo kết quả với UBND tỉnh.");
  });

  it("reads subjects after openings and speakers that are no unit", () => {
    expect(rows(parse(PAGE("Theo đó, đối với các công trình đã có chủ quản, Sở Xây dựng có văn bản yêu cầu báo cáo hiện trạng. "
      + "Tỉnh cũng đề nghị Công an tỉnh xử lý nghiêm các trường hợp vi phạm. Đồng thời, chủ đầu tư các dự án phải hoàn tất thủ tục trong 12 tháng."))))
      .toEqual([
        ["Theo đó, đối với các côn", ["Sở Xây dựng"], null],
        ["Tỉnh cũng đề nghị Công a", ["Công an tỉnh"], null],
        ["Đồng thời, chủ đầu tư cá", ["chủ đầu tư các dự án"], null],
      ]);
  });

  it("lists the partners of 'phối hợp với' when nobody leads, and 'X được giao' as X's", () => {
    expect(rows(parse(PAGE("Sở Kế hoạch và Đầu tư phối hợp với Sở Tài chính và các đơn vị liên quan tham mưu dự toán ngân sách năm 2026. "
      + "Sở Xây dựng được giao khẩn trương bố trí quỹ đất nhà ở xã hội."))))
      .toEqual([
        ["Sở Kế hoạch và Đầu tư ph", ["Sở Kế hoạch và Đầu tư", "Sở Tài chính", "các đơn vị liên quan"], null],
        ["Sở Xây dựng được giao kh", ["Sở Xây dựng"], null],
      ]);
  });

  it("reads the same report typed without diacritics", () => {
    expect(rows(parse(PAGE("Chu tich UBND tinh yeu cau cac so, nganh ra soat cac diem sat lo; Cong an tinh tang cuong phan luong giao thong; "
      + "giao So Xay dung khac phuc cac tuyen duong, hoan thanh truoc ngay 30/10/2025."))))
      .toEqual([
        ["Chu tich UBND tinh yeu c", ["cac so, nganh"], null],
        ["Cong an tinh tang cuong", ["Cong an tinh"], null],
        ["giao So Xay dung khac ph", ["So Xay dung"], "2025-10-30"],
      ]);
  });

  it("skips the headline, a teaser that names no unit, captions, background and the credit", () => {
    const d = parse(PAGE("(BNĐ) - Tỉnh yêu cầu các ngành, địa phương tập trung khắc phục hậu quả mưa lũ.\n"
      + "Mưa lớn kéo dài đã gây sạt lở nhiều tuyến đường miền núi.\n"
      + "Phó Chủ tịch UBND tỉnh (bên trái) kiểm tra điểm sạt lở tại xã Yên Lộc. Ảnh: Minh Anh\n"
      + "Giao Sở Giao thông vận tải khẩn trương thông tuyến trước ngày 20/10/2025."));
    expect(rows(d)).toEqual([["Giao Sở Giao thông vận t", ["Sở Giao thông vận tải"], "2025-10-20"]]);
    expect(d.skipped.map((s) => s.reason)).toEqual(expect.arrayContaining(["caption", "background"]));
  });
});

describe("unit lists: one assignee per unit", () => {
  it.each([
    ["1. Các Sở: Tài chính, Xây dựng, Nội vụ phối hợp thẩm định hồ sơ.", ["Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ"]],
    ["1. Giao các Sở, ngành: Công an tỉnh, Y tế, Văn hóa, Thể thao và Du lịch tăng cường kiểm tra.", ["Công an tỉnh", "Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch"]],
    ["1. UBND các huyện: Ý Yên, Vụ Bản và Nam Trực khẩn trương báo cáo thiệt hại.", ["UBND huyện Ý Yên", "UBND huyện Vụ Bản", "UBND huyện Nam Trực"]],
    ["1. Giao các sở Tài chính, Kế hoạch và Đầu tư và Xây dựng tham mưu phân bổ vốn.", ["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Xây dựng"]],
    ["1. Giám đốc các Sở: NN&PTNT, TN&MT chỉ đạo kiểm tra đê điều.", ["Giám đốc Sở NN&PTNT", "Giám đốc Sở TN&MT"]],
    ["1. Các Sở: Tài chính, Xây dựng; UBND các xã rà soát hồ sơ.", ["Sở Tài chính", "Sở Xây dựng", "UBND các xã"]],
    // A kind qualified by its level is one group: "các sở, ban, ngành Thành phố".
    ["1. Thủ trưởng các sở, ban, ngành Thành phố, Chủ tịch UBND các phường, xã căn cứ kế hoạch triển khai.", ["Thủ trưởng các sở, ban, ngành Thành phố", "Chủ tịch UBND các phường, xã"]],
  ])("%s", (item, assignees) => {
    expect(parse(`${HEAD}${item}\n`).tasks.map((t) => t.assignees)).toEqual([assignees]);
  });
});

describe("deadlines stated once, ranges, and dates from the context", () => {
  it("gives a deadline stated after the items, or under a heading, to each item without its own", () => {
    const d = parse(`${HEAD}Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Nội vụ rà soát vị trí việc làm.\n2. UBND các huyện báo cáo số liệu, hoàn thành trước ngày 10/3.\n`
      + "Các nội dung trên hoàn thành trước ngày 20/3/2025.\nII. NHIỆM VỤ TRỌNG TÂM\nThời hạn hoàn thành: quý II/2025.\n1. Sở Xây dựng hoàn thiện quy hoạch chung.\n");
    expect(d.tasks.map((t) => [t.deadline, t.flags])).toEqual([
      ["2025-03-20", ["deadline_inferred"]], ["2025-03-10", ["year_guessed"]], ["2025-06-30", ["deadline_inferred"]],
    ]);
    expect(d.skipped.filter((s) => s.reason === "shared_deadline").map((s) => s.line)).toEqual([10, 12]);
  });

  it.each([
    ["1. Sở Công Thương tổ chức kiểm tra thị trường từ ngày 01/4 đến ngày 15/4.", "2025-04-15"],
    ["1. Sở Văn hóa, Thể thao và Du lịch chuẩn bị chương trình, kịp phục vụ Lễ hội vào ngày 20/4.", "2025-04-20"],
    ["1. Từ nay đến cuối năm 2025, UBND các xã tập trung giải ngân vốn.", "2025-12-31"],
    ["1. Sở Nông nghiệp và Môi trường tổ chức Tết trồng cây từ ngày 27.1-24.2 (từ mùng 6 tháng giêng đến 5.2 năm Ất Tỵ).", "2026-02-24"],
    ["1. Sở Y tế báo cáo số ca bệnh tính đến ngày 31/12/2024 trước ngày 15/3/2025.", "2025-03-15"],
    ["1. Sở Y tế cách ly các trường hợp đi về từ vùng dịch trong vòng 14 ngày qua.", null],
    ["1. Sở Kế hoạch và Đầu tư xây dựng kế hoạch năm 2026 của tỉnh.", null],
    ["1. Sở Xây dựng triển khai Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.", null],
  ])("%s → %s", (item, deadline) => {
    expect(parse(`${HEAD}${item}\n`).tasks[0]!.deadline).toBe(deadline);
  });

  it("takes a missing year from the text's own dates, not from the page's dateline", () => {
    const d = parse("Thứ Hai, 24/01/2022\nBáo cáo nợ đọng xây dựng cơ bản\nNgày 05/1, UBND tỉnh ban hành Công văn số 03/UBND-NLN về nợ đọng xây dựng cơ bản.\n"
      + "Theo đó, yêu cầu Chủ tịch UBND các huyện căn cứ Công văn số 25/BCĐTW-VPĐP ngày 21/12/2015 tổng hợp, báo cáo trước ngày 25/01.\n");
    expect(rows(d)).toEqual([["Theo đó, yêu cầu Chủ tịc", ["Chủ tịch UBND các huyện"], "2015-01-25"]]);
  });
});

describe("not tasks, each listed with its reason", () => {
  it.each([
    ["Năm 2024, tỉnh đã hoàn thành 95% kế hoạch giải ngân.", "assessment"],
    ["Giám đốc các sở, ngành chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để chậm trễ.", "accountability"],
    ["Đến năm 2030, 100% tuyến đường miền núi được kiên cố hóa.", "plan_target"],
    ["Cử tri xã Yên Lộc đề nghị:", "background"],
    ["Văn phòng UBND tỉnh truyền đạt ý kiến nêu trên đến các đơn vị biết, thực hiện.", "closing"],
  ])("%s → %s", (sentence, reason) => {
    const d = parse(`${HEAD}1. Sở Nội vụ rà soát biên chế, báo cáo trước ngày 30/6/2025.\n${sentence}\n`);
    expect(d.tasks).toHaveLength(1);
    expect(d.skipped.map((s) => s.reason)).toContain(reason);
  });
});

describe("full official documents", () => {
  it("reads a Quyết định copied from a legal site: '|' header table, 'Căn cứ' preamble, articles, nested items, 'Nơi nhận'", () => {
    const d = parse("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nTỈNH NAM ĐỊNH | Độc lập - Tự do - Hạnh phúc |\n"
      + "Số: 512/QĐ-UBND | Nam Định,\nngày 12 tháng 3 năm 2025 |\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác rà soát dự án chậm tiến độ\n"
      + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
      + "Xét đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 52/TTr-STC ngày 05/3/2025,\nQUYẾT ĐỊNH:\n"
      + "Điều 1. Thành lập Tổ công tác rà soát các dự án chậm tiến độ.\nĐiều 2. Nhiệm vụ của Tổ công tác:\n"
      + "1. Rà soát các dự án:\na) Dự án đầu tư công, hoàn thành trước ngày 30/6/2025;\n- Các dự án nhóm B.\nb) Dự án ngoài ngân sách.\n"
      + "2. Đề xuất UBND tỉnh biện pháp xử lý; báo cáo trước ngày 15/7/2025.\n"
      + "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Tài chính, Xây dựng chịu trách nhiệm thi hành Quyết định này./.\n"
      + "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n");
    expect(d.notice).toMatchObject({ number: "512/QĐ-UBND", date: "2025-03-12", issuer: "UBND tỉnh Nam Định", kind: "Quyết định" });
    expect(rows(d)).toEqual([
      ["Các dự án nhóm B.", ["Tổ công tác"], "2025-06-30"],
      ["Dự án ngoài ngân sách.", ["Tổ công tác"], null],
      ["Đề xuất UBND tỉnh biện p", ["Tổ công tác"], "2025-07-15"],
    ]);
    expect(d.skipped.map((s) => s.reason)).toEqual(["background", "background", "heading", "no_action", "heading", "heading", "heading", "closing", "closing"]);
  });
});

describe("run-on paragraphs as a property", () => {
  const units = ["Sở Tài chính", "Sở Xây dựng", "Công an tỉnh", "Sở Y tế", "UBND các xã", "Sở Nội vụ"];
  const verbs = ["rà soát các dự án chậm tiến độ", "tăng cường kiểm tra an toàn thực phẩm", "tham mưu bố trí kinh phí", "khẩn trương khắc phục hậu quả mưa lũ"];
  it("makes one task per distinct subject, each with its own unit, and never throws", () => {
    const clause = fc.tuple(fc.constantFrom(...units), fc.constantFrom(...verbs), fc.boolean());
    fc.assert(fc.property(fc.array(clause, { minLength: 1, maxLength: 6 }), fc.constantFrom("; ", ". "), (clauses, sep) => {
      // Neighbours with the same subject after ";" stay one task; give each clause a subject of its own.
      const distinct = clauses.filter((c, k) => k === 0 || c[0] !== clauses[k - 1]![0]);
      const body = distinct.map(([u, v, when], k) => `${k === 0 ? "" : ""}${u} ${v}${when ? ", hoàn thành trước ngày 30/6/2025" : ""}`).join(sep);
      const d = parse(`${HEAD}Chủ tịch UBND tỉnh kết luận như sau: ${body}.\n`);
      expect(d.tasks.map((t) => t.assignees)).toEqual(distinct.map(([u]) => [u]));
      expect(d.tasks.map((t) => t.deadline)).toEqual(distinct.map(([, , when]) => (when ? "2025-06-30" : null)));
    }), { numRuns: 300 });
  });
});

describe("round 14: a headline's verb, a one-paragraph brief, a chair named after the province", () => {
  it("skips a headline whose work the story restates after its own verb ('Chỉ đạo triển khai …' / '… về việc triển khai …')", () => {
    const d = parse("Cổng thông tin điện tử tỉnh\n\nChỉ đạo triển khai treo cờ ASEAN trên địa bàn tỉnh.\n\n"
      + "Văn phòng UBND tỉnh ban hành văn bản số 4565/VP-KGVX ngày 26/10/2021 thông báo ý kiến chỉ đạo của Phó Chủ tịch UBND tỉnh về việc triển khai treo cờ ASEAN trên địa bàn tỉnh.\n\n"
      + "Theo đó, giao Sở Văn hóa, Thể thao và Du lịch hướng dẫn các cơ quan, đơn vị treo cờ ASEAN; hoàn thành trước ngày 02/11/2021.\n");
    expect(d.tasks.map((t) => [t.assignees, t.deadline])).toEqual([[["Sở Văn hóa, Thể thao và Du lịch"], "2021-11-02"]]);
    expect(d.skipped.map((s) => [s.text, s.reason])).toContainEqual(["Chỉ đạo triển khai treo cờ ASEAN trên địa bàn tỉnh.", "caption"]);
  });

  it("reads a news brief of one paragraph, its chair named after the province, as the task it reports", () => {
    const d = parse("10:15, 08/08/2014\nTại buổi giao ban trực tuyến tháng 8, ngày 6/8, Chủ tịch UBND tỉnh Lào Cai Doãn Văn Hưởng đã chỉ đạo các địa phương "
      + "bằng mọi biện pháp tích cực hoàn thành công tác di dời dân cư tránh lũ trước 15/8, bởi tháng 8 là cao điểm của mùa mưa lũ.\n");
    expect(d.tasks.map((t) => [t.assignees, t.deadline, t.flags.includes("reported")])).toEqual([[["các địa phương"], "2014-08-15", true]]);
  });

  it("reads partners after 'được giao phối hợp với', a verb 'tính toán', and the year of 'tháng 8/2025' for a date without one", () => {
    const d = parse("Chủ tịch UBND tỉnh chủ trì phiên họp chuyên đề tháng 8/2025. Chủ tịch UBND tỉnh yêu cầu:\n"
      + "- Văn phòng Ban Chỉ huy phòng thủ dân sự tỉnh được giao phối hợp với các đơn vị liên quan xây dựng kịch bản ứng phó; hoàn thành trước ngày 20/8.\n"
      + "- UBND các xã, phường liên quan tính toán bố trí lực lượng tại các chốt kiểm soát.\n");
    expect(d.tasks.map((t) => [t.assignees, t.deadline])).toEqual([
      [["Văn phòng Ban Chỉ huy phòng thủ dân sự tỉnh", "các đơn vị liên quan"], "2025-08-20"],
      [["UBND các xã, phường liên quan"], null],
    ]);
  });

  it("reads the unit a paper's tag opens with ('ThienNhien.Net – Sở … vừa được UBND TP giao chủ trì …')", () => {
    const d = parse("TP.HCM lập danh mục cơ sở gây ô nhiễm\n\nThienNhien.Net – Sở Tài nguyên và Môi trường TP.Hồ Chí Minh vừa được UBND TP giao chủ trì, phối hợp với "
      + "các sở, ngành liên quan hoàn thành việc rà soát, lập danh mục cơ sở gây ô nhiễm môi trường nghiêm trọng để trình UBND TP thông qua.\n");
    expect(d.tasks.map((t) => t.assignees[0])).toEqual(["Sở Tài nguyên và Môi trường TP.Hồ Chí Minh"]);
  });

  it("lists the units a set singles out ('…, nhất là Ban quản lý khu kinh tế, Sở …') and skips when a measure applies ('Thời gian thực hiện …')", () => {
    const d = parse("Chủ tịch UBND tỉnh yêu cầu:\n- Các sở, ban, ngành có liên quan, nhất là Ban quản lý khu kinh tế, Sở Tài nguyên và Môi trường tăng cường kiểm tra, giám sát các doanh nghiệp xả thải.\n"
      + "- Thời gian thực hiện từ 0 giờ ngày 23/4/2020 đến khi UBND tỉnh có thông báo mới.\n");
    expect(d.tasks.map((t) => t.assignees)).toEqual([["Các sở, ban, ngành có liên quan", "Ban quản lý khu kinh tế", "Sở Tài nguyên và Môi trường"]]);
    expect(d.skipped.map((s) => s.reason)).toContain("no_action");
  });

  it("keeps one task where the partners of 'phối hợp các Sở: …' are listed with ';' ('…; Ban Quản lý khu kinh tế tỉnh; UBND các huyện: …')", () => {
    const d = parse("Giao Sở Giao thông vận tải chủ trì, phối hợp các Sở: Kế hoạch và Đầu tư, Xây dựng; Ban Quản lý khu kinh tế tỉnh; UBND các huyện: Đakrông, Hải Lăng "
      + "nghiên cứu đề xuất của Công ty, báo cáo UBND tỉnh kết quả thực hiện trước ngày 10/7/2024.\n");
    expect(d.tasks.map((t) => [t.assignees[0], t.deadline])).toEqual([["Sở Giao thông vận tải", "2024-07-10"]]);
  });

  it("gives the duties of a board just set up to it ('Ban có nhiệm vụ …'), and reads the situation and the speaker's assessment as no work", () => {
    const d = parse("Thành lập BCĐ nâng cấp đô thị\n\nChủ tịch UBND tỉnh đã có quyết định thành lập Ban Chỉ đạo nâng cấp, phát triển đô thị do Phó Chủ tịch UBND tỉnh làm Trưởng ban.\n\n"
      + "Trước tình hình các đô thị phát triển chậm, nguy cơ không đạt các tiêu chí là tương đối cao.\n\n"
      + "Phát biểu chỉ đạo tại cuộc họp, Chủ tịch UBND tỉnh khẳng định kết quả đạt được là đáng ghi nhận.\n\n"
      + "Ban có nhiệm vụ xây dựng kế hoạch và dự trù kinh phí thực hiện; tham mưu UBND tỉnh tháo gỡ những khó khăn, vướng mắc.\n");
    expect(d.tasks.map((t) => t.assignees)).toEqual([["Ban"]]);
    expect(d.skipped.map((s) => s.reason)).toEqual(expect.arrayContaining(["background", "assessment"]));
  });

  it("reads 'Cục thuế' in lower case as a unit of its own in a list", () => {
    const d = parse("Chủ tịch UBND tỉnh yêu cầu Sở TNMT, Thanh tra tỉnh, Cục thuế, Công an tỉnh kiểm tra, xử lý nghiêm các vi phạm.\n");
    expect(d.tasks.map((t) => t.assignees)).toEqual([["Sở TNMT", "Thanh tra tỉnh", "Cục thuế", "Công an tỉnh"]]);
  });

  it("skips a teaser the story repeats further down, with its particles and brackets aside", () => {
    const d = parse("Làm rõ trách nhiệm người đứng đầu\n\nChủ tịch Nguyễn Ngọc Hai yêu cầu UBND H.Bắc Bình (Bình Thuận) tổ chức kiểm điểm, làm rõ trách nhiệm tập thể, trách nhiệm người đứng đầu ở địa phương.\n\n"
      + "Sáng nay 18.7, Chủ tịch UBND tỉnh Bình Thuận đã ký công văn yêu cầu Sở TNMT, Công an tỉnh rà soát lại toàn bộ hồ sơ vụ khai thác cát trái phép.\n\n"
      + "Ông Hai nói các vụ việc cần được xử lý dứt điểm.\n\n"
      + "Chủ tịch Nguyễn Ngọc Hai cũng yêu cầu UBND H.Bắc Bình tổ chức kiểm điểm, làm rõ trách nhiệm tập thể, trách nhiệm người đứng đầu ở địa phương.\n");
    expect(d.skipped.some((s) => s.text.startsWith("Chủ tịch Nguyễn Ngọc Hai yêu cầu UBND H.Bắc Bình (Bình Thuận)") && s.reason === "caption")).toBe(true);
    expect(d.tasks.map((t) => t.text.slice(0, 40))).toContainEqual("Chủ tịch Nguyễn Ngọc Hai cũng yêu cầu UB");
  });
});


describe("round 15: a portal's side box above the story, 'các cấp, các ngành', the town's leaders speaking", () => {
  it("reads the story below a login box and a visit counter ('Mật khẩu:', 'Thống kê truy cập') instead of dropping it", () => {
    const d = parse("Tìm kiếm\nĐăng nhập hệ thống\nNgười dùng:\nMật khẩu:\nThống kê truy cập\nTổng lượt truy câp 15.533.523\nTruy cập hiện tại 5.957 khách\n"
      + "Lãnh đạo thị xã Hương Thủy thăm người dân vùng lũ\n\n"
      + "Nhằm kịp thời hỗ trợ bà con ở các khu vực bị ảnh hưởng nặng nề do đợt mưa lũ vừa qua, ngày 16/11, lãnh đạo thị xã Hương Thủy đã đến thăm, tặng quà động viên người dân ở các địa bàn còn bị nước lũ chia cắt.\n\n"
      + "Trước tình hình diễn biến phức tạp của thời tiết, lãnh đạo thị xã yêu cầu các cấp, các ngành chủ động thông tin kịp thời, khuyến cáo, hướng dẫn người dân, nhất là việc đi lại trong mùa mưa lũ.\n");
    expect(d.tasks.map((t) => t.assignees)).toEqual([["các cấp, các ngành"]]);
    // The chrome is left out or shown, the headline and the story's opening shown as skipped: nothing below the box is lost.
    const shown = d.skipped.map((s) => s.text);
    expect(shown).toContain("Lãnh đạo thị xã Hương Thủy thăm người dân vùng lũ");
    expect(shown.some((s) => s.startsWith("Nhằm kịp thời hỗ trợ bà con"))).toBe(true);
    expect(shown).not.toContain("Mật khẩu:");
  });
});

describe("round 15: a leader the report names, speaking again by name; work after an acknowledgement; a numbered set", () => {
  const story = "Ngày 14-10, ông Trần Phong, Chủ tịch UBND tỉnh Quảng Trị, đã làm việc với 2 phường Đông Hà và Nam Đông Hà để đánh giá kết quả triển khai mô hình chính quyền hai cấp.\n\n";
  it("reads 'Ông Trần Phong … và yêu cầu …' as the chairman directing, not a citizen's request", () => {
    const d = parse(`${story}Ông Trần Phong ghi nhận nỗ lực của hai phường Đông Hà, Nam Đông Hà và yêu cầu kiện toàn tổ chức bộ máy, phân công rõ trách nhiệm.\n\n`
      + "Chủ tịch UBND tỉnh Quảng Trị cũng đề nghị 2 địa phương đẩy mạnh cải cách hành chính, chuyển đổi số.\n");
    expect(d.tasks.map((t) => [t.text.slice(0, 14).trim(), t.assignees])).toEqual([["Ông Trần Phong", []], ["Chủ tịch UBND", ["2 địa phương"]]]);
  });
  it("still reads a citizen's request as background when no leader of that name was introduced", () => {
    const d = parse(`${story}Ông Nguyễn Văn Tám yêu cầu bồi thường thêm phần diện tích đất bị thu hồi.\n\nGiao Sở Tài chính chủ trì kiểm tra, trả lời ông Tám trước ngày 30/10/2025.\n`);
    expect(d.tasks.map((t) => t.assignees)).toEqual([["Sở Tài chính"]]);
    expect(d.skipped.find((s) => s.text.startsWith("Ông Nguyễn Văn Tám"))?.reason).toBe("background");
  });
  it("reads a work sentence left without its stop (a page cut short) as work, and a place before a colon as a headline", () => {
    const d = parse(`${story}Chủ tịch UBND tỉnh Quảng Trị cũng đề nghị 2 địa phương đẩy mạnh cải cách hành chính, chuyển đổi số\n\n`
      + "Hải Phòng: Yêu cầu người dân không ra khỏi nhà trước 20h ngày 7/9\n");
    expect(d.tasks.map((t) => t.assignees)).toEqual([["2 địa phương"]]);
  });
});

describe("round 15: a công điện's 'ĐIỆN:' addressees, a border post by its name", () => {
  it("skips the lines under 'ĐIỆN:' as addressees and reads the work given to a border post with its whole name", () => {
    const d = parse("Công điện phòng, chống cơn bão số 4 của Chủ tịch UBND thị xã\nCHỦ TỊCH UBND THỊ XÃ BA ĐỒN\n\nĐIỆN:\n\n"
      + "Trưởng Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn thị xã;\n\nChủ tịch UBND các xã, phường;\n\n"
      + "Để chủ động ứng phó với cơn bão số 4, Chủ tịch UBND thị xã yêu cầu:\n\n"
      + "1. Trưởng phòng Kinh tế, Đồn trưởng Đồn Biên phòng cửa khẩu Cảng Gianh, Chủ tịch UBND các xã, phường ven biển tìm mọi biện pháp thông báo, kêu gọi tàu thuyền vào bờ.\n");
    expect(d.tasks.map((t) => t.assignees)).toEqual([["Trưởng phòng Kinh tế", "Đồn trưởng Đồn Biên phòng cửa khẩu Cảng Gianh", "Chủ tịch UBND các xã, phường ven biển"]]);
    expect(d.skipped.filter((s) => s.reason === "addressees").map((s) => s.text)).toEqual(["ĐIỆN:", "Trưởng Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn thị xã;", "Chủ tịch UBND các xã, phường;"]);
  });
});

describe("round 15: units typed in lower case or by their acronym", () => {
  it("reads 'Sở xây dựng', 'Sở tài nguyên và môi trường', 'CDC Bình Thuận', 'Trung tâm kiểm soát bệnh tật tỉnh' as units", () => {
    const d = parse("UBND tỉnh Quảng Ninh yêu cầu Sở xây dựng tập trung, khẩn trương hoàn thành việc thanh tra.\n\n"
      + "Giao Sở tài nguyên và môi trường chủ trì rà soát.\n\nUBND tỉnh yêu cầu CDC Bình Thuận khẩn trương truy vết.\n\n"
      + "Giao Trung tâm kiểm soát bệnh tật tỉnh tổ chức tiêm chủng.\n");
    expect(d.tasks.map((t) => t.assignees)).toEqual([["Sở xây dựng"], ["Sở tài nguyên và môi trường"], ["CDC Bình Thuận"], ["Trung tâm kiểm soát bệnh tật tỉnh"]]);
  });
});

describe("round 15: a lead that sums up, its detail's 'các đơn vị', and the days a meeting took", () => {
  it("gives the detail's 'các đơn vị' the lead's addressees, drops the lead, and counts no span from '(trong 2 ngày 08 và 09/11/2025)'", () => {
    const d = parse("Thanh Hóa tập trung triển khai thực hiện kết luận của Thủ tướng Chính phủ\n\n"
      + "Chủ tịch UBND tỉnh Nguyễn Hoài Anh vừa ban hành công văn số 22295/UBND-THĐT ngày 15/12/2025 yêu cầu các sở, ban, ngành, đơn vị cấp tỉnh và UBND các xã, phường tập trung triển khai thực hiện nghiêm túc các kết luận của Thủ tướng Chính phủ.\n\n"
      + "Theo đó, Chủ tịch UBND tỉnh giao các đơn vị căn cứ chức năng, nhiệm vụ được giao, chủ động tổ chức thực hiện các nội dung chỉ đạo của Thủ tướng Chính phủ tại buổi làm việc với Thường trực Tỉnh ủy (trong 2 ngày 08 và 09/11/2025).\n");
    expect(d.tasks.map((t) => [t.text.slice(0, 8), t.assignees, t.deadline])).toEqual([["Theo đó,", ["các sở, ban, ngành, đơn vị cấp tỉnh", "UBND các xã, phường"], null]]);
    expect(d.skipped.some((s) => s.text.startsWith("Chủ tịch UBND tỉnh Nguyễn Hoài Anh vừa ban hành") && (s.reason === "caption" || s.reason === "background"))).toBe(true);
  });
});

describe("round 15: a sub-heading under an intro, 'đồng chí Chủ tịch' speaking, a topic after the verb, the rest of the year", () => {
  it("keeps the intro's addressees for the items under a sub-heading that names nobody", () => {
    const d = parse("Để chủ động phòng, chống bão, Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các huyện, thành phố, thủ trưởng các sở, ban, ngành:\n"
      + "Thực hiện nghiêm túc công điện số 27/CĐ-TW của Ban chỉ đạo Trung ương, tập trung thực hiện tốt các nội dung sau:\n"
      + "1. Theo dõi chặt chẽ diễn biến của bão số 5 để chủ động phòng chống.\n");
    expect(d.tasks.map((t) => t.assignees)).toEqual([["Chủ tịch UBND các huyện, thành phố", "thủ trưởng các sở, ban, ngành"]]);
  });
  it("reads whom after 'yêu cầu: Đối với …,' with the rest of the year as the deadline, and 'đồng chí chủ tịch UBND tỉnh' as the speaker", () => {
    const d = parse("Phát biểu chỉ đạo hội nghị, đồng chí Chủ tịch UBND tỉnh yêu cầu: Đối với những ngày còn lại của năm 2017, các sở, ngành, các huyện, thành phố Nam Định cần tập trung hoàn thành các chỉ tiêu còn lại.\n\n"
      + "Đối với nhiệm vụ năm 2018, đồng chí chủ tịch UBND tỉnh đề nghị trong công tác lãnh đạo, chỉ đạo cần có sự đoàn kết, thống nhất.\n");
    expect(d.tasks.map((t) => [t.assignees, t.deadline])).toEqual([
      [["các sở, ngành", "các huyện, thành phố Nam Định"], "2017-12-31"],
      [["các sở, ngành", "các huyện, thành phố Nam Định"], null],
    ]);
  });
});

describe("round 15: under 'Cụ thể:', the unit given work last", () => {
  it("gives subjectless sentences the unit named last ('Đối với xã, phường cần …' / 'Cần tăng cường …'), not the lead's addressees", () => {
    const d = parse("Chủ tịch UBND tỉnh Hưng Yên yêu cầu các sở ban ngành, các huyện trên địa bàn tỉnh triển khai nghiêm công điện về khắc phục hậu quả bão số 3.\n"
      + "Cụ thể: Các huyện Văn Giang, Khoái Châu chuẩn bị đầy đủ nhân lực, vật tư, phương tiện để kịp thời xử lý các sự cố đê điều.\n"
      + "Đối với xã, phường cần thông báo cho người dân kịp thời thu hoạch hoa màu ở bãi sông.\n"
      + "Cần tăng cường kiểm tra đê điều, đặc biệt là các vị trí xung yếu, trọng điểm.\n");
    expect(d.tasks.map((t) => t.assignees).slice(-3)).toEqual([["huyện Văn Giang", "huyện Khoái Châu"], ["xã, phường"], ["xã, phường"]]);
  });
});

describe("round 15: 'thường xuyên' of a place is no recurrence of the work", () => {
  it("reads 'các khu vực thường xuyên bị ngập sâu' as no recurrence, and 'thường xuyên kiểm tra' as regular", () => {
    const d = parse("UBND tỉnh yêu cầu các cấp, các ngành bố trí lực lượng hướng dẫn giao thông, đặc biệt là tại các khu vực thường xuyên bị ngập sâu.\n\n"
      + "Giao Sở Xây dựng thường xuyên kiểm tra các công trình đang thi công.\n");
    expect(d.tasks.map((t) => t.recurrence)).toEqual([null, "regular"]);
  });
});
