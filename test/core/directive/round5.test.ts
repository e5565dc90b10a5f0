import { describe, expect, it } from "vitest";
import type { Directive, Task } from "../../../src/core/directive/types.ts";
import { parsedDirective } from "./parsed.ts";

/* Shapes met in the fifth blind round (corpus 168–187): ward and commune notices, leaders named in press reports, closings and headlines. */
const HEAD = "ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚC LA\nSố: 45/TB-UBND\nPhúc La, ngày 22 tháng 7 năm 2026\nTHÔNG BÁO\nVề việc tổng vệ sinh môi trường\n\n";

const read = (body: string, head = HEAD): Directive => parsedDirective(head + body);
const parse = (body: string, head = HEAD): Task[] => read(body, head).tasks;

describe("the units of a ward or a commune", () => {
  it("reads residential groups, village heads, the loudspeaker station and a ward's teams as units", () => {
    const ts = parse("1. Đề nghị các tổ dân phố thực hiện tháo dỡ toàn bộ các băng rôn tuyên truyền.\n"
      + "2. Đề nghị Đài truyền thanh xã, các đồng chí Trưởng thôn thông báo rộng rãi cho nhân dân được biết.\n"
      + "3. Giao công an phường, tổ quản lý trật tự đô thị, tổ thanh tra xây dựng, bộ phận địa chính kiểm tra, xử lý vi phạm.\n"
      + "4. Ban cán sự các thôn có trách nhiệm vận động nhân dân treo cờ.\n");
    expect(ts.map((t) => t.assignees)).toEqual([
      ["các tổ dân phố"],
      ["Đài truyền thanh xã", "các đồng chí Trưởng thôn"],
      ["công an phường", "tổ quản lý trật tự đô thị", "tổ thanh tra xây dựng", "bộ phận địa chính"],
      ["Ban cán sự các thôn"],
    ]);
  });

  it("keeps 'Trưởng các thôn, tổ dân phố' one title over both", () => {
    expect(parse("1. Trưởng các thôn, tổ dân phố tổ chức họp dân.\n").map((t) => t.assignees)).toEqual([["Trưởng các thôn, tổ dân phố"]]);
  });

  it("ends a partner's name at the verb 'đặt'", () => {
    const [t] = parse("1. Sở Giao thông Vận tải phối hợp với các đơn vị liên quan và địa phương đặt biển báo hạn chế tốc độ.\n");
    expect(t!.assignees.every((a) => !a.includes("biển báo"))).toBe(true);
  });
});

describe("a press report that names the leader who directs", () => {
  const PRESS = "Cà Mau công bố tình huống khẩn cấp về hạn hán\n\n";

  it("gives the work to the unit after 'ông … chỉ đạo', and the sentences after it inherit that unit", () => {
    const ts = parse("Trên cơ sở đó, ông Nguyễn Tiến Hải chỉ đạo Sở NN-PTNT (cơ quan thường trực) chủ trì thực hiện các giải pháp ứng phó hạn hán.\n"
      + "Đồng thời huy động mọi nguồn lực triển khai phương án ứng phó. Đặc biệt, triển khai ngay các biện pháp bảo đảm nước sinh hoạt. "
      + "Lựa chọn giải pháp và tổ chức triển khai các công trình khẩn cấp.\n", PRESS);
    expect(ts.map((t) => [t.text.slice(0, 16), t.assignees])).toEqual([
      ["Trên cơ sở đó, ô", ["Sở NN-PTNT"]],
      ["Đồng thời huy độ", ["Sở NN-PTNT"]],
      ["Đặc biệt, triển ", ["Sở NN-PTNT"]],
      ["Lựa chọn giải ph", ["Sở NN-PTNT"]],
    ]);
  });

  it("does not cut the list of those directed after an occasion that opens the paragraph", () => {
    const ts = parse("Sau khi báo chí phản ánh tình trạng khai thác trái phép tại các huyện Kon Rẫy, Đắk Glei, ông Nguyễn Văn Hòa - Chủ tịch UBND tỉnh Kon Tum "
      + "chỉ đạo Giám đốc Sở Nông nghiệp và Phát triển nông thôn, Chi cục trưởng Chi cục Kiểm lâm khẩn trương tổ chức kiểm tra, xác minh.\n", "Kon Tum chỉ đạo xử lý phá rừng\n\n");
    expect(ts.map((t) => t.assignees)).toEqual([["Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "Chi cục trưởng Chi cục Kiểm lâm"]]);
  });

  it("reads the work after a reason ('Vì …, nên UBND tỉnh giao …') apart from the approval before it", () => {
    const d = read("Theo đó, Chủ tịch UBND tỉnh đồng ý với việc triển khai công tác dự phòng ung thư. Vì đây là nội dung chuyên môn nên UBND tỉnh giao "
      + "Giám đốc Sở Y tế phê duyệt Kế hoạch dự phòng ung thư.\n", "Bình Định triển khai dự phòng ung thư\n\n");
    expect(d.tasks.map((t) => [t.text.slice(0, 12), t.assignees])).toEqual([["Vì đây là nộ", ["Giám đốc Sở Y tế"]]]);
  });

  it("skips a headline the story restates, and a source's plan ('Theo nguồn tin, … sẽ …')", () => {
    const d = read("Giao Sở Y tế phê duyệt Kế hoạch dự phòng ung thư cổ tử cung giai đoạn 2019 – 2025\n\n"
      + "Ngày 9/8, UBND tỉnh đã ban hành văn bản số 4672/UBND-VX về việc giao Sở Y tế phê duyệt Kế hoạch dự phòng ung thư cổ tử cung giai đoạn 2019 – 2025.\n\n"
      + "UBND tỉnh giao Sở Y tế chủ trì tổ chức triển khai Kế hoạch.\n\n"
      + "Theo nguồn tin, hôm nay Sở Tài nguyên và Môi trường sẽ thành lập đoàn kiểm tra liên ngành.\n", "Trang thông tin điện tử Văn phòng UBND tỉnh\n\n");
    expect(d.tasks.map((t) => t.text.slice(0, 24))).toEqual(["UBND tỉnh giao Sở Y tế c"]);
    expect(d.skipped.map((s) => [s.text.slice(0, 16), s.reason])).toEqual(expect.arrayContaining([
      ["Giao Sở Y tế phê", "caption"], ["Theo nguồn tin, ", "background"],
    ]));
  });

  it("reads 'Thông báo, cắm biển cảnh báo …' as work", () => {
    const ts = parse("Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị liên quan thực hiện ngay các biện pháp khẩn cấp. "
      + "Thông báo, cắm biển cảnh báo, khoanh vùng ngăn không cho người vào khu vực sạt lở.\n", "Bến Tre công bố tình huống khẩn cấp\n\n");
    expect(ts.map((t) => t.text.slice(0, 10))).toEqual(["Chủ tịch U", "Thông báo,"]);
  });
});

describe("closings that only point back at the notice", () => {
  it("skips 'Trên đây là thông báo …, đề nghị … thực hiện tốt nội dung trong thông báo' and 'UBND tỉnh yêu cầu … thực hiện nghiêm túc nội dung trên'", () => {
    const d = read("1. Giao Ban Văn hóa – Thông tin kiểm tra, hướng dẫn các tổ dân phố.\n\n"
      + "Trên đây là thông báo về việc tháo băng rôn trên địa bàn phường, đề nghị các ban ngành liên quan, các tổ dân phố thực hiện tốt nội dung trong thông báo.\n\n"
      + "Bên cạnh đó, UBND tỉnh yêu cầu thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện thực hiện nghiêm túc nội dung trên.\n\n"
      + "UBND phường thông báo đề nghị các ngành đoàn thể, các tổ trưởng dân phố và toàn thể nhân dân trong phường biết và hưởng ứng thực hiện.\n");
    expect(d.tasks.map((t) => t.assignees)).toEqual([["Ban Văn hóa – Thông tin"]]);
    expect(d.skipped.filter((s) => s.reason === "closing")).toHaveLength(3);
  });
});
