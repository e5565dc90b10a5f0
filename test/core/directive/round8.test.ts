import { describe, expect, it } from "vitest";
import { parsedDirective as read } from "./parsed.ts";

/* Shapes met in blind rounds 8 and 9 (corpus 227–257): recalled letters, petitions, a decision's own articles, lists of places. */
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

  it("keeps 'Trước đó, Chủ tịch UBND tỉnh đã chỉ đạo Sở … chủ trì …' (an order the story reports, no letter recalled) a task", () => {
    const d = read(`${PRESS}Chủ tịch UBND tỉnh yêu cầu Sở Công thương tích cực tuyên truyền, kết nối tiêu thụ.\n\n`
      + "Trước đó, Chủ tịch UBND tỉnh đã chỉ đạo Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các ngành nghiên cứu và triển khai ngay các giải pháp.\n");
    expect(d.tasks.map((t) => t.text.slice(0, 8))).toEqual(["Chủ tịch", "Trước đó"]);
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

describe("what an order answers, decides and covers", () => {
  it("skips a citizen's request ('Liên quan đến việc ông … đề nghị …') and reads the work after it", () => {
    const d = read(`${PRESS}Liên quan đến việc ông Lê Bảo Khánh đề nghị giữ lại một phần diện tích đất để phục vụ sản xuất của doanh nghiệp.\n\n`
      + "Yêu cầu Sở Giáo dục và Đào tạo, UBND huyện Sa Pa nghiêm túc triển khai thực hiện.\n");
    expect(d.tasks.map((t) => t.assignees)).toEqual([["Sở Giáo dục và Đào tạo", "UBND huyện Sa Pa"]]);
    expect(d.skipped.find((s) => s.text.startsWith("Liên quan"))?.reason).toBe("background");
  });

  it("skips a Quyết định's article that permits ('Điều 1. Tiếp tục cho trẻ mầm non, học sinh … nghỉ học …')", () => {
    const d = read("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 310/QĐ-UBND\nHà Giang, ngày 15 tháng 02 năm 2020\nQUYẾT ĐỊNH\nVề việc cho học sinh tiếp tục nghỉ học\n\n"
      + "Điều 1. Tiếp tục cho trẻ mầm non, học sinh, sinh viên trên địa bàn tỉnh nghỉ học từ ngày 16/02/2020 đến hết 29/02/2020.\n\n"
      + "Điều 2. Giao Sở Giáo dục và Đào tạo hướng dẫn các trường tổ chức ôn tập.\n");
    expect(d.tasks.map((t) => t.assignees)).toEqual([["Sở Giáo dục và Đào tạo"]]);
  });

  it("skips the places an order covers ('Các phường, xã: Thanh Châu, … kết thúc việc thực hiện giãn cách …')", () => {
    const d = read(`${PRESS}Các phường, xã: Thanh Châu, Thanh Tuyền, Liêm Chính kết thúc việc thực hiện giãn cách xã hội theo Chỉ thị 16 từ 0 giờ ngày 8.10.\n\n`
      + "UBND tỉnh giao Chủ tịch UBND TP.Phủ Lý cụ thể các nội dung, phạm vi và tổ chức thực hiện giãn cách.\n");
    expect(d.tasks.map((t) => t.assignees)).toEqual([["Chủ tịch UBND TP.Phủ Lý"]]);
    expect(d.skipped.find((s) => s.text.startsWith("Các phường"))?.reason).toBe("no_action");
  });

  it("ends 'UBND TP.Phủ Lý' at its place name when the level is glued to it", () => {
    const d = read(`${PRESS}Giao Sở Y tế, UBND TP.Nha Trang và các đơn vị liên quan cụ thể hóa phương án.\n`);
    expect(d.tasks.map((t) => t.assignees)).toEqual([["Sở Y tế", "UBND TP.Nha Trang", "các đơn vị liên quan"]]);
  });
});

describe("a lead's list", () => {
  it("splits 'lãnh đạo các địa phương, ngành nông nghiệp Thái Bình' at the sector, but keeps 'các sở, ngành liên quan' one set", () => {
    const d = read(`${PRESS}Phó Chủ tịch UBND tỉnh yêu cầu lãnh đạo các địa phương, ngành nông nghiệp Thái Bình chỉ đạo nông dân đẩy nhanh thu hoạch lúa mùa.\n\n`
      + "Yêu cầu lãnh đạo các sở, ngành liên quan phối hợp kiểm tra.\n");
    expect(d.tasks.map((t) => t.assignees)).toEqual([["lãnh đạo các địa phương", "ngành nông nghiệp Thái Bình"], ["lãnh đạo các sở, ngành liên quan"]]);
  });
});
