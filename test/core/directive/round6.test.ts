import { describe, expect, it } from "vitest";
import { parsedDirective as read } from "./parsed.ts";

/* Shapes met in the sixth blind round (corpus 188–207): reports whose only work was already given, glue, approvals, page chrome. */
const PRESS = "Hà Tĩnh kiểm tra kè biển Cẩm Nhượng\n\n21:20 05/08/2022\n";

describe("a report whose only work is work it says was given", () => {
  it("reads 'UBND tỉnh cho biết, đã giao Sở KH-ĐT chủ trì …' as the task, flagged as reported", () => {
    const d = read(`${PRESS}Ngày 5-8, UBND tỉnh Hà Tĩnh cho biết, đã giao Sở KH-ĐT chủ trì, phối hợp với các cơ quan liên quan kiểm tra phương án khắc phục sạt lở kè biển.\n`);
    expect(d.tasks.map((t) => [t.assignees, t.flags.includes("reported")])).toEqual([[["Sở KH-ĐT", "các cơ quan liên quan"], true]]);
  });

  it("still reads a recalled assignment as background when the text gives new work", () => {
    const d = read(`${PRESS}Ngày 08/4/2021, UBND tỉnh đã giao Sở Tài nguyên và Môi trường trả lời đơn của công dân.\n\n`
      + "Tuy nhiên, đến nay Sở chưa trình. Văn phòng UBND tỉnh đề nghị Sở Tài nguyên và Môi trường khẩn trương trình trước ngày 30/8/2021.\n");
    expect(d.tasks.map((t) => [t.text.slice(0, 20), t.flags.includes("reported")])).toEqual([["Văn phòng UBND tỉnh ", false]]);
  });

  it("reads 'giao trách nhiệm cho Sở Y tế chủ trì …' as giving the work", () => {
    const d = read(`${PRESS}UBND tỉnh cũng giao trách nhiệm cho Sở Y tế chủ trì, phối hợp với các địa phương duy trì các tiêu chí quốc gia về y tế.\n`);
    expect(d.tasks.map((t) => t.assignees)).toEqual([["Sở Y tế", "các địa phương"]]);
  });
});

describe("what real pages put around the work", () => {
  it("splits a glued 'Giaocho' and reads the task", () => {
    const d = read("ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 12/2014/QĐ-UBND\nLong An, ngày 10 tháng 3 năm 2014\nQUYẾT ĐỊNH\nVề việc quản lý chất lượng công trình\n\n"
      + "Điều 1. Ban hành kèm theoQuyết định này Quy định quản lý chất lượng công trình.\n\nĐiều 2. Giaocho Sở Xây dựng chủ trì, phối hợp cácsở, ngành hướng dẫn thực hiện.\n");
    expect(d.tasks.map((t) => [t.text.slice(0, 24), t.assignees])).toEqual([["Giao cho Sở Xây dựng chủ", ["Sở Xây dựng", "các sở, ngành"]]]);
    expect(d.skipped.find((s) => s.text.startsWith("Ban hành kèm theo Quyết định"))?.reason).toBe("background");
  });

  it("reads 'Công văn nêu rõ: Sở Xây dựng, Sở Nông nghiệp và Môi trường phối hợp …' and a lower-case 'phòng TN&MT' after 'Giao'", () => {
    const d = read(`${PRESS}Công văn nêu rõ: Sở Xây dựng, Sở Nông nghiệp và Môi trường phối hợp các đơn vị liên quan duy tu hạ tầng giao thông.\n\n`
      + "Giao phòng TN&MT huyện tham mưu xây dựng quy chế quản lý nghĩa trang.\n");
    expect(d.tasks.map((t) => t.assignees)).toEqual([["Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "các đơn vị liên quan"], ["phòng TN&MT huyện"]]);
  });

  it("skips an approval, a press reference, a consequence, a bare 'đề nghị … nghiêm túc triển khai thực hiện' and the portal's credits", () => {
    const d = read(`${PRESS}Theo đó, đồng chí Chủ tịch UBND tỉnh đồng ý tổ chức lễ Kỷ niệm 20 năm thành lập thành phố.\n\n`
      + "Báo Thanh tra ngày 29/10/2016 có bài “Vận động người dân hiến đất”.\n\n"
      + "Với chỉ đạo này, Vĩnh Long tiếp tục thực hiện cách ly như 15 ngày vừa qua.\n\n"
      + "Giao Sở Văn hóa và Thể thao chủ trì tổ chức lễ kỷ niệm. Đồng thời, có báo cáo hằng ngày về công tác chuẩn bị gửi về Văn phòng UBND tỉnh.\n\n"
      + "Để góp phần vào sự thành công chung của Đại hội, đề nghị các cơ quan, đơn vị và nhân dân trên địa bàn thị xã nghiêm túc triển khai thực hiện./.\n\n"
      + "Cơ quan quản lý: Văn phòng Ủy ban nhân dân thành phố Hải Phòng\n\nTrưởng Ban biên tập: Chánh Văn phòng Nguyễn Ngọc Tú\n");
    expect(d.tasks.map((t) => t.text.slice(0, 24))).toEqual(["Giao Sở Văn hóa và Thể t", "Đồng thời, có báo cáo hằ"]);
    expect(d.skipped.map((s) => s.reason)).toEqual(expect.arrayContaining(["no_action", "background", "closing"]));
    expect(d.skipped.some((s) => s.text.includes("Ban biên tập")) || !JSON.stringify(d).includes("Ban biên tập")).toBe(true);
  });
});

describe("a quoted condition in a letter's order", () => {
  it("reads '“Nếu đủ yếu tố thì xem xét và chuyển sang công an …' as the next task of the same unit", () => {
    const d = read(`${PRESS}Theo đó, UBND tỉnh Bình Thuận giao Sở TN-MT chủ trì, phối hợp Công an tỉnh kiểm tra xử lý mỏ cát lậu này. `
      + "“Nếu đủ yếu tố thì xem xét và chuyển sang công an để xử lý hình sự theo quy định của pháp luật”.\n");
    expect(d.tasks.map((t) => [t.text.slice(0, 16), t.assignees[0]])).toEqual([["Theo đó, UBND tỉ", "Sở TN-MT"], ["Nếu đủ yếu tố th", "Sở TN-MT"]]);
  });
});

describe("round 7: shapes of district and commune notices", () => {
  it("ends a committee's name at a capitalised 'Giao', shares its head with the places after it, and reads 'UB.MTTQVN'", () => {
    const d = read(`${PRESS}UBND tỉnh Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài nguyên và Môi trường rà soát hồ sơ.\n\n`
      + "Công an tỉnh, Sở Y tế, Ủy ban nhân dân thị xã Hương Thủy, thị xã Hương Trà và thành phố Huế phối hợp bảo đảm an ninh.\n\n"
      + "UBND huyện đề nghị UB.MTTQVN và các đoàn thể huyện tuyên truyền.\n");
    expect(d.tasks.map((t) => t.assignees)).toEqual([
      ["Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường"],
      ["Công an tỉnh", "Sở Y tế", "Ủy ban nhân dân thị xã Hương Thủy", "Ủy ban nhân dân thị xã Hương Trà", "Ủy ban nhân dân thành phố Huế"],
      ["UB.MTTQVN", "các đoàn thể huyện"],
    ]);
  });

  it("gives an item's period ('2. Thời gian lấy ý kiến: từ … đến 05/4/2025') to the work after it, and skips what a file holds and a bare closing", () => {
    const d = read("UBND HUYỆN CHỢ ĐỒN\nSố: 45/TB-UBND\nChợ Đồn, ngày 15 tháng 3 năm 2025\nTHÔNG BÁO\nVề việc lấy ý kiến về Kế hoạch sử dụng đất năm 2025\n\n"
      + "1. Hồ sơ lấy ý kiến bao gồm: Báo cáo thuyết minh; Bản đồ, Kế hoạch sử dụng đất.\n2. Thời gian lấy ý kiến: từ ngày 17/3/2025 đến ngày 05/4/2025.\n3. Giao:\n"
      + "- Phòng Nông nghiệp và Môi trường huyện tiếp nhận các ý kiến góp ý.\n- UBND các xã, thị trấn tổ chức lấy ý kiến của nhân dân trên địa bàn.\n\n"
      + "Cụ thể, huyện Lệ Thủy 1.000 kg hạt giống ngô; huyện Quảng Ninh 900 kg hạt giống ngô.\n\nĐề nghị đơn vị quan tâm thực hiện./.\n");
    expect(d.tasks.map((t) => [t.assignees, t.deadline, t.flags.includes("deadline_inferred")])).toEqual([
      [["Phòng Nông nghiệp và Môi trường huyện"], "2025-04-05", true],
      [["UBND các xã, thị trấn"], "2025-04-05", true],
    ]);
    expect(d.skipped.map((s) => s.reason)).toEqual(expect.arrayContaining(["no_action", "shared_deadline", "closing"]));
  });
});
