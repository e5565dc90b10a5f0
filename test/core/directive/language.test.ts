import { describe, expect, it } from "vitest";
import type { Directive } from "../../../src/core/directive/types.ts";
import { parsedDirective as parse } from "./parsed.ts";

/*
 * Round 2 of issue 11: the language of administrative writing rather than the layouts of particular notices.
 * Every phrase here is written for these tests, in the shapes of portal and press reports, công điện and official
 * letters from provinces the development set does not hold; none is copied from test/corpus/real.
 */
const HEAD = "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 88/TB-UBND\nTuyên Quang, ngày 06 tháng 5 năm 2025\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n";
/** A press page: headline, dateline, teaser with the paper's tag, then the body. */
const PAGE = (body: string) => `Khẩn trương ứng phó mưa lũ\n14/10/2025 16:20\n(TQĐT) - Tỉnh yêu cầu các địa phương chủ động ứng phó.\n${body}\nThu Hà\n`;

const rows = (d: Directive) => d.tasks.map((t) => [t.text.slice(0, 24).trimEnd(), t.assignees, t.deadline]);

describe("page chrome and captions", () => {
  it("drops a page's counters and audio player, and reads the line under a picture's file name as its caption", () => {
    const d = parse(PAGE("Chủ tịch UBND tỉnh yêu cầu Sở Y tế kiểm tra các cơ sở khám bệnh.\n"
      + "0:00 / 0:00\n• Nữ miền Bắc\n• Nam miền Nam\n"
      + "lu-lut-ham-yen-2025-1.jpg\nLãnh đạo tỉnh thăm hỏi người dân vùng lũ huyện Hàm Yên.\n"
      + "Thống kê truy cập\n• Đang online: 12\n• Hôm nay: 1 204\n"));
    expect(rows(d)).toEqual([["Chủ tịch UBND tỉnh yêu c", ["Sở Y tế"], null]]);
    expect(d.skipped.find((s) => s.text.startsWith("Lãnh đạo tỉnh thăm hỏi"))?.reason).toBe("caption");
  });

  it("takes only the page's first paragraph as its teaser, not one under a photo caption further down", () => {
    const d = parse(PAGE("Theo UBND tỉnh, mưa lớn kéo dài đã làm sạt lở nhiều tuyến đường.\n"
      + "Người dân xã Minh Quang dọn bùn đất sau lũ\n"
      + "Tỉnh yêu cầu thành lập ngay các tổ công tác xuống tận thôn để sơ tán người dân khỏi vùng nguy hiểm.\n"));
    expect(rows(d)).toEqual([["Tỉnh yêu cầu thành lập n", [], null]]);
  });
});

describe("sentences", () => {
  it("ends a sentence at an ellipsis even without a space, and joins a line that stops at a comma to the next", () => {
    const d = parse(PAGE("UBND tỉnh yêu cầu Sở Văn hóa, Thể thao và Du lịch chấn chỉnh công tác quản lý lễ hội…Các huyện, thành phố căn cứ chức năng triển khai thực hiện nghiêm.\n"
      + "Chủ tịch UBND tỉnh giao Công ty Điện lực Tuyên Quang, Công ty Cấp nước Tuyên Quang,\n\nCông ty Môi trường đô thị bảo đảm dịch vụ thiết yếu trong mùa lũ.\n"));
    expect(rows(d)).toEqual([
      ["UBND tỉnh yêu cầu Sở Văn", ["Sở Văn hóa, Thể thao và Du lịch"], null],
      ["Các huyện, thành phố căn", ["Các huyện, thành phố"], null],
      ["Chủ tịch UBND tỉnh giao", ["Công ty Điện lực Tuyên Quang", "Công ty Cấp nước Tuyên Quang", "Công ty Môi trường đô thị"], null],
    ]);
  });
});

describe("who speaks and who is given the work", () => {
  it.each([
    ["Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng Ban Chỉ đạo phòng chống thiên tai tỉnh Nguyễn Văn Sơn yêu cầu các xã, phường khẩn trương gia cố đê bao.", [["các xã, phường"]]],
    ["Bí thư Tỉnh ủy Tuyên Quang chỉ đạo Ủy ban Mặt trận Tổ quốc tỉnh vận động nhân dân hỗ trợ vùng lũ.", [["Ủy ban Mặt trận Tổ quốc tỉnh"]]],
    ["Chủ tịch UBND tỉnh cũng đề nghị Hiệu trưởng các trường đại học, cao đẳng trên địa bàn tỉnh cho sinh viên nghỉ học.", [["Hiệu trưởng các trường đại học, cao đẳng trên địa bàn tỉnh"]]],
    ["Công văn số 215/UBND-KT yêu cầu: Chủ tịch UBND các xã, phường ứng trực 24/24 giờ trong những ngày mưa lũ.", [["Chủ tịch UBND các xã, phường"]]],
    ["Ông yêu cầu từ ngày 02/02, cán bộ, công chức trong các cơ quan nhà nước không đi lễ hội trong giờ hành chính.", [["cán bộ, công chức trong các cơ quan nhà nước"]]],
    ["Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, ngành và đề nghị Ủy ban MTTQ Việt Nam tỉnh tổ chức tuyên truyền sâu rộng.", [["Giám đốc các sở, ngành", "Ủy ban MTTQ Việt Nam tỉnh"]]],
    ["Chủ tịch UBND tỉnh yêu cầu cơ quan chức năng và chính quyền các địa phương tăng cường kiểm soát người ra vào tỉnh.", [["cơ quan chức năng", "chính quyền các địa phương"]]],
    ["Theo đó, giao Sở Nông nghiệp và Môi trường Thường xuyên theo dõi diễn biến nguồn nước, báo cáo hằng tuần.", [["Sở Nông nghiệp và Môi trường"]]],
    ["Chủ tịch UBND tỉnh có công văn hỏa tốc chỉ đạo Sở Giáo dục và Đào tạo, các huyện và TP.Tuyên Quang cho học sinh nghỉ học.", [["Sở Giáo dục và Đào tạo", "các huyện", "TP.Tuyên Quang"]]],
    ["UBND tỉnh giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Tài chính cùng UBND các xã rà soát các lễ hội.", [["Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính", "UBND các xã"]]],
    ["Các cấp ủy, địa phương, đơn vị căn cứ chức năng, nhiệm vụ khẩn trương cụ thể hóa Nghị quyết.", [["Các cấp ủy, địa phương, đơn vị"]]],
    ["Tập đoàn Điện lực Việt Nam, Tổng công ty Điện lực miền Bắc khẩn trương khôi phục lưới điện.", [["Tập đoàn Điện lực Việt Nam", "Tổng công ty Điện lực miền Bắc"]]],
    ["Đối với các trường hợp còn vướng mắc, các xã cần chủ động xử lý theo thẩm quyền.", [["các xã"]]],
  ])("%s", (body, assignees) => {
    expect(parse(PAGE(`Theo UBND tỉnh, mưa lũ đã gây thiệt hại lớn.\n${body}`)).tasks.map((t) => t.assignees)).toEqual(assignees);
  });

  it.each([
    "Trung tâm Khí tượng thủy văn tỉnh dự báo mưa lớn còn kéo dài đến cuối tuần.",
    "Sở Công Thương vừa có văn bản gửi các địa phương về việc bình ổn giá dịp Tết.",
    "Cán bộ, công chức, viên chức trên địa bàn tỉnh được nghỉ Tết Dương lịch 01 ngày.",
  ])("is no one's work: %s", (sentence) => {
    const d = parse(PAGE(`Chủ tịch UBND tỉnh yêu cầu Sở Y tế kiểm tra các cơ sở khám bệnh.\n${sentence}`));
    expect(d.tasks).toHaveLength(1);
  });
});

describe("sentences that open work without a subject, and those that open none", () => {
  it("reads a topic, 'Trên cơ sở đó,' and 'Một trong những nhiệm vụ … là' before the work as openings; the subject above does it", () => {
    const d = parse(PAGE("Chủ tịch UBND tỉnh yêu cầu Sở Nông nghiệp và Môi trường tập trung phòng chống dịch tả lợn châu Phi.\n"
      + "Đối với các cơ sở chăn nuôi tập trung, lập danh sách và giám sát chặt chẽ việc vận chuyển lợn.\n"
      + "Một trong những nhiệm vụ cấp bách là tổ chức tiêu hủy ngay lợn bệnh. Trên cơ sở đó, nghiên cứu đề xuất chính sách hỗ trợ người chăn nuôi.\n"));
    expect(rows(d)).toEqual([
      ["Chủ tịch UBND tỉnh yêu c", ["Sở Nông nghiệp và Môi trường"], null],
      ["Đối với các cơ sở chăn n", ["Sở Nông nghiệp và Môi trường"], null],
      ["Một trong những nhiệm vụ", ["Sở Nông nghiệp và Môi trường"], null],
      ["Trên cơ sở đó, nghiên cứ", ["Sở Nông nghiệp và Môi trường"], null],
    ]);
  });

  it("reads 'Tuyệt đối không để …' as work, but not a goal ('… để xảy ra thiệt hại') nor a ban on everyone ('Nghiêm cấm việc …')", () => {
    const d = parse(PAGE("Tỉnh yêu cầu các xã ven biển sơ tán người dân trước 17 giờ ngày 15/10.\n"
      + "Tuyệt đối không để người dân ở lại trên lồng bè khi bão đổ bộ.\nTuyệt đối không được để xảy ra thiệt hại về người.\n"
      + "Nghiêm cấm việc khai thác cát trái phép trên sông Lô.\n"));
    expect(rows(d)).toEqual([
      ["Tỉnh yêu cầu các xã ven", ["các xã ven biển"], "2025-10-15"],
      ["Tuyệt đối không để người", ["các xã ven biển"], null],
    ]);
  });

  it("keeps a sentence that sends the work's result on with its task, and the report's date as the task's deadline", () => {
    const d = parse(`${HEAD}1. Giao Sở Tài chính rà soát các khoản nợ đọng xây dựng cơ bản. Kết quả báo cáo Chủ tịch UBND tỉnh trước ngày 20/5/2025.\n`
      + "2. Giao các sở, ngành giải trình các nội dung thẩm tra của Ban Kinh tế - Ngân sách HĐND tỉnh.\n"
      + "Báo cáo gửi về Văn phòng UBND tỉnh chậm nhất 10h00' ngày 09/5/2025.\n");
    expect(rows(d)).toEqual([
      ["Giao Sở Tài chính rà soá", ["Sở Tài chính"], "2025-05-20"],
      ["Giao các sở, ngành giải", ["các sở, ngành"], "2025-05-09"],
    ]);
  });

  it.each([
    ["Năm 2025, tỉnh đã giải ngân được 48% kế hoạch vốn, còn nhiều dự án chậm tiến độ.", "assessment"],
    ["Báo cáo của Sở Tài chính cho thấy, thu ngân sách quý I đạt 28% dự toán.", "assessment"],
  ])("%s → %s, and scopes no year onto the list below", (sentence, reason) => {
    const d = parse(`${HEAD}${sentence}\n1. Sở Xây dựng đôn đốc các chủ đầu tư.\n2. Sở Tài chính rà soát các dự án chậm giải ngân.\n`);
    expect(d.tasks.map((t) => t.deadline)).toEqual([null, null]);
    expect(d.skipped.find((s) => s.text === sentence)?.reason).toBe(reason);
  });

  it("reads 'thực hiện các Chỉ thị …' as the basis of the work, not as work", () => {
    const d = parse(PAGE("Theo đó, thực hiện các Chỉ thị của Thủ tướng Chính phủ về phòng, chống thiên tai và các văn bản chỉ đạo của tỉnh.\n"
      + "Chủ tịch UBND tỉnh giao Công an tỉnh lập các chốt kiểm soát tại cửa ngõ vào tỉnh.\n"));
    expect(rows(d)).toEqual([["Chủ tịch UBND tỉnh giao", ["Công an tỉnh"], null]]);
  });
});

describe("purposes, past deeds and credits", () => {
  it("cuts a paragraph's opening purpose off its assignment, reads 'X đã …' as a deed, and ends a caption at its credit", () => {
    const d = parse(PAGE("Để bảo đảm đủ lương thực, thực phẩm cho người dân vùng cách ly, Chủ tịch UBND tỉnh đã giao Công ty Lương thực Tuyên Quang chuẩn bị các điểm bán hàng.\n"
      + "Nhằm chủ động ứng phó với bão, ngày 14/10, UBND tỉnh Tuyên Quang đã phát đi công điện khẩn.\n"
      + "Quang cảnh cuộc họp. Ảnh: Minh Tâm\nQuang cảnh cuộc họp. Ảnh: Minh Tâm\nPhó Chủ tịch UBND tỉnh yêu cầu các sở, ngành hướng dẫn các xã giải ngân vốn.\n"));
    expect(rows(d)).toEqual([
      ["Chủ tịch UBND tỉnh đã gi", ["Công ty Lương thực Tuyên Quang"], null],
      ["Phó Chủ tịch UBND tỉnh y", ["các sở, ngành"], null],
    ]);
  });
});

describe("clauses of one subject", () => {
  it("keeps a subjectless ';'-clause in its task, unless both it and the part before have their own dates", () => {
    const d = parse(`${HEAD}1. Giao Sở Nội vụ hoàn thiện đề án sắp xếp đơn vị hành chính, trình HĐND tỉnh vào ngày 20/5; hoàn thiện hồ sơ trình Chính phủ trước ngày 01/6.\n`
      + "2. Giao Sở Tài chính rà soát các khoản chi thường xuyên; tham mưu phương án tiết kiệm chi, báo cáo trước ngày 15/6.\n");
    expect(rows(d)).toEqual([
      ["Giao Sở Nội vụ hoàn thiệ", ["Sở Nội vụ"], "2025-05-20"],
      ["hoàn thiện hồ sơ trình C", ["Sở Nội vụ"], "2025-06-01"],
      ["Giao Sở Tài chính rà soá", ["Sở Tài chính"], "2025-06-15"],
    ]);
  });
});

describe("lists and intros of official letters and công điện", () => {
  it("gives the items after an item that ends in ':' at its own level that item's addressees", () => {
    const d = parse("UBND TỈNH PHÚ YÊN\nSố: 03/CĐ-UBND\nPhú Yên, ngày 05 tháng 11 năm 2024\nCÔNG ĐIỆN\nVề việc ứng phó với bão số 8\n"
      + "1. Để chủ động ứng phó với bão, Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương, các thành viên Ban Chỉ huy PCTT tỉnh, các đơn vị quản lý hồ chứa khẩn trương thực hiện một số nội dung sau:\n"
      + "2. Tiếp tục thực hiện nghiêm các nội dung Công điện số 02/CĐ-UBND ngày 04/11/2024.\n"
      + "3. Kiểm tra, vận hành an toàn các hồ chứa.\n");
    expect(d.tasks.map((t) => t.assignees)).toEqual([
      ["các sở, ngành, địa phương", "các thành viên Ban Chỉ huy PCTT tỉnh", "các đơn vị quản lý hồ chứa"],
      ["các sở, ngành, địa phương", "các thành viên Ban Chỉ huy PCTT tỉnh", "các đơn vị quản lý hồ chứa"],
    ]);
  });

  it("reads an item that decides ('Thống nhất chủ trương …') and its details as no one's work, whatever bullets 'Kính gửi' used", () => {
    const d = parse("UBND TỈNH VĨNH LONG\nSố: 51/UBND-KT\nVĩnh Long, ngày 08 tháng 01 năm 2025\nKính gửi:\n- Giám đốc Sở Công Thương;\n- Chủ tịch UBND thành phố Vĩnh Long.\n"
      + "Xét đề nghị của Sở Công Thương, Chủ tịch UBND tỉnh có ý kiến như sau:\n"
      + "1. Thống nhất chủ trương tổ chức Hội chợ Xuân Vĩnh Long năm 2025, cụ thể như sau:\n- Địa điểm: Quảng trường thành phố Vĩnh Long.\n- Quy mô: khoảng 300 gian hàng.\n"
      + "2. Giao Giám đốc Sở Công Thương phối hợp với Chủ tịch UBND thành phố Vĩnh Long tổ chức Hội chợ theo quy định./.\n");
    expect(rows(d)).toEqual([["Giao Giám đốc Sở Công Th", ["Giám đốc Sở Công Thương", "Chủ tịch UBND thành phố Vĩnh Long"], null]]);
  });

  it("cuts off the sentences of an intro that already give work, and its last sentence introduces the list", () => {
    const d = parse(PAGE("Theo Chỉ thị, Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, Chủ tịch UBND các xã, phường chuẩn bị tốt các điều kiện phục vụ Nhân dân đón Tết. "
      + "Đồng thời tập trung thực hiện một số nhiệm vụ sau:\nBình ổn giá cả thị trường trong dịp Tết; bảo đảm an ninh trật tự trên địa bàn.\n"));
    expect(rows(d)).toEqual([
      ["Theo Chỉ thị, Chủ tịch U", ["các sở, ban, ngành", "Chủ tịch UBND các xã, phường"], null],
      ["Bình ổn giá cả thị trườn", ["các sở, ban, ngành", "Chủ tịch UBND các xã, phường"], null],
    ]);
  });

  it("reads who follows the storm after a 'Ngành …' subject, the partners of 'Ngoài ra, phối hợp với …', and a teaser under a long headline", () => {
    const d = parse("Chủ tịch UBND tỉnh: Khẩn trương khắc phục hậu quả bão số 3 để sớm ổn định đời sống\n(PYO) - Tỉnh yêu cầu các ngành, địa phương tập trung khắc phục hậu quả.\n"
      + "Theo đó, yêu cầu UBND các huyện Tuy An, Đồng Xuân khẩn trương sửa chữa cầu treo. Ngành giao thông vận tải theo dõi diễn biến mưa lũ.\n"
      + "Ngoài ra, phối hợp với Sở Xây dựng đề xuất phương án sửa chữa lâu dài.\n");
    expect(rows(d)).toEqual([
      ["Theo đó, yêu cầu UBND cá", ["UBND huyện Tuy An", "UBND huyện Đồng Xuân"], null],
      ["Ngành giao thông vận tải", ["Ngành giao thông vận tải"], null],
      ["Ngoài ra, phối hợp với S", ["Ngành giao thông vận tải", "Sở Xây dựng"], null],
    ]);
  });
});

/*
 * Round 3: what carries to unseen texts — where a unit's name ends, who speaks, who is given the work. Phrases written for
 * these tests, none copied from test/corpus/real.
 */
describe("where a unit's name ends", () => {
  it.each([
    ["Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng phản hồi ý kiến của người dân trước ngày 10/11.", ["Sở Xây dựng"]],
    ["Chủ tịch UBND tỉnh yêu cầu Sở Giáo dục và Đào tạo rà soát lại danh sách trường học.", ["Sở Giáo dục và Đào tạo"]],
    ["Chủ tịch UBND tỉnh yêu cầu Công an tỉnh chủ trì, phối hợp với UBND các xã biên giới giữ vững an ninh trật tự.", ["Công an tỉnh", "UBND các xã biên giới"]],
    ["Chủ tịch UBND tỉnh giao Sở Công Thương chủ trì, phối hợp với Công ty Cổ phần Chè Tân Cương xanh Thái Nguyên, tổ chức hội chợ.", ["Sở Công Thương", "Công ty Cổ phần Chè Tân Cương xanh Thái Nguyên"]],
    ["Chủ tịch UBND tỉnh giao Giám đốc Ban QLDA ĐTXD giao thông và nông nghiệp chủ trì lập hồ sơ mời thầu.", ["Giám đốc Ban QLDA ĐTXD giao thông và nông nghiệp"]],
    ["Chủ tịch UBND tỉnh yêu cầu các Ban QLDA chuyên ngành tỉnh khẩn trương giải ngân vốn.", ["các Ban QLDA chuyên ngành tỉnh"]],
    ["Chủ tịch UBND tỉnh yêu cầu Ban Chỉ huy Phòng thủ dân sự và Tìm kiếm cứu nạn tỉnh trực 24/24 giờ.", ["Ban Chỉ huy Phòng thủ dân sự và Tìm kiếm cứu nạn tỉnh"]],
    ["Chủ tịch UBND tỉnh yêu cầu giám đốc, thủ trưởng các sở, ngành, chủ tịch UBND các xã theo dõi sát diễn biến mưa lũ.", ["giám đốc, thủ trưởng các sở, ngành", "chủ tịch UBND các xã"]],
    ["Các Sở, Ngành, UBND các xã, phường chủ động triển khai Quy chế.", ["Các Sở, Ngành", "UBND các xã, phường"]],
    ["UBND TP. Tuyên Quang tăng cường kiểm tra các cơ sở kinh doanh ăn uống.", ["UBND TP. Tuyên Quang"]],
  ])("%s", (body, assignees) => {
    expect(parse(PAGE(`Theo UBND tỉnh, mưa lũ đã gây thiệt hại lớn.\n${body}`)).tasks.map((t) => t.assignees)).toEqual([assignees]);
  });
});

describe("who speaks, round 3", () => {
  it.each([
    ["Phó Chủ tịch Hoàng Văn Bình yêu cầu, chủ tịch UBND các huyện khẩn trương rà soát các hộ nghèo.", ["chủ tịch UBND các huyện"]],
    ["Ngoài ra, UBND tỉnh Tuyên Quang chỉ đạo UBND huyện Lâm Bình lập chốt kiểm dịch động vật.", ["UBND huyện Lâm Bình"]],
    ["UBND tỉnh Tuyên Quang vừa ra chỉ thị yêu cầu Chủ tịch UBND các huyện; Giám đốc các sở; Thủ trưởng các ngành tổ chức tiêm phòng cho đàn gia súc.", ["Chủ tịch UBND các huyện", "Giám đốc các sở", "Thủ trưởng các ngành"]],
    ["Chủ tịch UBND TP Tuyên Quang Nguyễn Thị Mai vừa ký ban hành Công điện số 05/CĐ-UBND yêu cầu các phòng, ban thuộc thành phố trực ban 24/24.", ["các phòng, ban thuộc thành phố"]],
    ["Đồng thời, UBND tỉnh yêu cầu người dân không đi qua các ngầm tràn khi nước lên.", ["người dân"]],
  ])("%s", (body, assignees) => {
    expect(parse(PAGE(`Theo UBND tỉnh, mưa lũ đã gây thiệt hại lớn.\n${body}`)).tasks.map((t) => t.assignees)).toEqual([assignees]);
  });

  it("gives no one the work a speaker asks for without naming whom, not even the one named in the sentence before", () => {
    const d = parse(PAGE("Chủ tịch UBND tỉnh giao Sở Tài chính cân đối nguồn vốn hỗ trợ người dân vùng lũ.\n"
      + "Đối với các hộ có nhà bị sập, các hộ ở vùng sạt lở, UBND tỉnh Tuyên Quang yêu cầu không để người dân thiếu nơi ở trước ngày 20/10.\n"));
    expect(rows(d)).toEqual([
      ["Chủ tịch UBND tỉnh giao", ["Sở Tài chính"], null],
      ["Đối với các hộ có nhà bị", [], "2025-10-20"],
    ]);
  });

  it("reads a directive asked of people at the end of a sentence that opens with its own work as part of that work", () => {
    const d = parse(PAGE("Chủ tịch UBND tỉnh yêu cầu Bộ Chỉ huy Quân sự tỉnh sẵn sàng lực lượng cứu hộ.\nThực hiện cấm các phương tiện qua ngầm tràn; cấm đánh bắt cá trên sông và yêu cầu người dân không ra khỏi nhà.\n"));
    expect(d.tasks.map((t) => t.assignees)).toEqual([["Bộ Chỉ huy Quân sự tỉnh"], ["Bộ Chỉ huy Quân sự tỉnh"]]);
  });
});

describe("who is given the work, round 3", () => {
  it.each([
    ["Chủ tịch UBND tỉnh giao chủ tịch UBND các quận 5, 8, Gò Vấp ra quân dọn dẹp vệ sinh.", ["chủ tịch UBND quận 5", "chủ tịch UBND quận 8", "chủ tịch UBND quận Gò Vấp"]],
    ["Tỉnh đề nghị chính quyền các xã biên giới Na Hang, Lâm Bình tăng cường tuần tra.", ["chính quyền xã Na Hang", "chính quyền xã Lâm Bình"]],
    ["GĐ các sở Nội vụ, Tài chính có trách nhiệm thẩm định đề án trước ngày 30/11.", ["GĐ Sở Nội vụ", "GĐ Sở Tài chính"]],
    ["Chủ tịch UBND tỉnh yêu cầu Hiệp hội doanh nghiệp tỉnh Tuyên Quang phổ biến quy định mới đến hội viên.", ["Hiệp hội doanh nghiệp tỉnh Tuyên Quang"]],
  ])("%s", (body, assignees) => {
    expect(parse(PAGE(`Theo UBND tỉnh, mưa lũ đã gây thiệt hại lớn.\n${body}`)).tasks.map((t) => t.assignees)).toEqual([assignees]);
  });

  it("gives a telegram's items the addressees its intro names, however the unit's head is written ('Ban chỉ huy … các cấp, các ngành')", () => {
    const d = parse("ĐIỆN KHẨN\nBan chỉ huy phòng chống thiên tai tỉnh yêu cầu Ban chỉ huy phòng chống thiên tai các cấp, các ngành:\n"
      + "1. Theo dõi chặt chẽ diễn biến của bão.\n2. Kêu gọi tàu thuyền vào nơi tránh trú an toàn.\n");
    expect(d.tasks.map((t) => t.assignees)).toEqual([["Ban chỉ huy phòng chống thiên tai các cấp, các ngành"], ["Ban chỉ huy phòng chống thiên tai các cấp, các ngành"]]);
  });
});

describe("';' inside a list of units", () => {
  it("reads the units a verb takes, listed with ';', as its object, not as the subjects of new clauses", () => {
    const d = parse(PAGE("Sau khi nghe Sở Tài chính; Sở Nội vụ; Sở Y tế cùng lãnh đạo các xã báo cáo, Phó Chủ tịch UBND tỉnh Trần Minh Hải yêu cầu các chủ đầu tư đẩy nhanh tiến độ giải ngân. "
      + "Riêng đối với dự án bệnh viện tỉnh, Phó Chủ tịch UBND tỉnh Trần Minh Hải đề nghị Ban Quản lý dự án tỉnh hoàn thiện hồ sơ.\n"
      + "Sở Xây dựng đôn đốc các chủ đầu tư liên quan; UBND các huyện khẩn trương thực hiện, báo cáo UBND tỉnh trước ngày 25/11.\n"));
    expect(rows(d)).toEqual([
      ["Phó Chủ tịch UBND tỉnh T", ["các chủ đầu tư"], null],
      ["Riêng đối với dự án bệnh", ["Ban Quản lý dự án tỉnh"], null],
      ["Sở Xây dựng đôn đốc các", ["Sở Xây dựng"], "2025-11-25"],
    ]);
  });
});

describe("what a press report says around its tasks, round 3", () => {
  it("reads a headline, a lead that sums up the body, a station's invitation and a post's title as no one's work", () => {
    const d = parse("Tăng cường phòng chống dịch sốt xuất huyết trong mùa mưa trên địa bàn tỉnh Tuyên Quang\n"
      + "Cập nhật: 12/08/2025\n"
      + "Chủ tịch UBND tỉnh Tuyên Quang Lê Văn Hùng vừa ký ban hành Công điện số 09/CĐ-UBND yêu cầu Giám đốc Sở Y tế, Chủ tịch UBND các xã chủ động phòng chống dịch.\n"
      + "Theo đó, Chủ tịch Lê Văn Hùng yêu cầu Giám đốc Sở Y tế, Chủ tịch UBND các xã tổ chức phun hóa chất diệt muỗi tại các ổ dịch.\n"
      + "* Mời quý độc giả theo dõi các bản tin thời sự trên kênh truyền hình của tỉnh!\n");
    expect(rows(d)).toEqual([["Theo đó, Chủ tịch Lê Văn", ["Giám đốc Sở Y tế", "Chủ tịch UBND các xã"], null]]);
  });

  it("keeps a lead whose units the body gives nothing more", () => {
    const d = parse("Phòng chống dịch bệnh gia súc\n"
      + "UBND tỉnh Tuyên Quang vừa ra chỉ thị yêu cầu Giám đốc Sở Nông nghiệp và Môi trường tổ chức tiêm phòng đợt 2.\nTiêm phòng cho đàn trâu tại xã Hùng Lợi\n");
    expect(rows(d)).toEqual([["UBND tỉnh Tuyên Quang vừ", ["Giám đốc Sở Nông nghiệp và Môi trường"], null]]);
  });

  it("joins 'Yêu cầu (hoàn thiện) gửi …' to the work above and dates it; a closing 'Căn cứ nội dung này, … thực hiện' and a title 'UBND tỉnh chỉ đạo về việc …' are no work", () => {
    const d = parse("UBND tỉnh chỉ đạo về việc góp ý dự thảo Nghị định về quản lý cụm công nghiệp.\n"
      + "Giao Sở Công Thương chủ trì, phối hợp với các đơn vị liên quan góp ý dự thảo Nghị định. Yêu cầu hoàn thiện gửi Bộ Công Thương trước ngày 15/10/2025. "
      + "Căn cứ nội dung này, Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Công Thương triển khai thực hiện.\n");
    expect(rows(d)).toEqual([["Giao Sở Công Thương chủ", ["Sở Công Thương", "các đơn vị liên quan"], "2025-10-15"]]);
  });

  it("reads 'Chính quyền <city> yêu cầu …' as the city speaking, and 'vừa có chỉ đạo' as a report of a directive", () => {
    const d = parse(PAGE("Lãnh đạo tỉnh vừa có chỉ đạo xử lý khẩn cấp.\nChính quyền Tuyên Quang yêu cầu hoàn tất sơ tán người dân vùng trũng trước 17 giờ ngày 15/10.\n"));
    expect(rows(d)).toEqual([["Chính quyền Tuyên Quang", [], "2025-10-15"]]);
  });
});

describe("intros and sections, round 3", () => {
  it("makes an intro that gives work its own task when its list gives none, and reads an assignment under an evaluation title as work", () => {
    const d = parse("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 12/CT-UBND\nTuyên Quang, ngày 02 tháng 10 năm 2025\nCHỈ THỊ\nVề lập kế hoạch tài chính 5 năm\n"
      + "Thực hiện Luật Ngân sách nhà nước, Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Chủ tịch UBND các xã triển khai lập kế hoạch tài chính 5 năm, với các nội dung sau:\n"
      + "I. ĐÁNH GIÁ\nCăn cứ dự toán ngân sách các năm; các nghị quyết của HĐND tỉnh về tài chính 5 năm giai đoạn 2021 - 2025; tình hình thu, chi ngân sách các năm 2021 - 2024 và ước thực hiện năm 2025, "
      + "yêu cầu các sở, ngành, UBND các xã khẩn trương đánh giá tình hình thực hiện kế hoạch tài chính giai đoạn 2021 - 2025, gồm: …\n");
    expect(rows(d)).toEqual([
      ["Thực hiện Luật Ngân sách", ["Giám đốc các sở", "Chủ tịch UBND các xã"], null],
      ["Căn cứ dự toán ngân sách", ["các sở, ngành", "UBND các xã"], null],
    ]);
  });

  it("cuts a meeting's occasion off the speaker's assignment ('Sau khi nghe …, Phó Chủ tịch … yêu cầu …')", () => {
    const d = parse(PAGE("Sau khi nghe Sở Tài chính; Sở Xây dựng báo cáo tiến độ các dự án: Trường chuyên tỉnh; Bệnh viện đa khoa, Phó Chủ tịch UBND tỉnh Trần Minh Hải yêu cầu các chủ đầu tư đẩy nhanh tiến độ.\n"));
    expect(rows(d)).toEqual([["Phó Chủ tịch UBND tỉnh T", ["các chủ đầu tư"], null]]);
  });

  it("cuts a basis off the assignment that follows it ('Căn cứ quy chế …, Văn phòng UBND tỉnh đề nghị Sở … trước ngày …'), and keeps a closing 'Căn cứ nội dung này' whole", () => {
    const d = parse(PAGE("Căn cứ quy chế làm việc của UBND tỉnh ban hành kèm theo Quyết định số 03/2021/QĐ-UBND ngày 08/01/2021 của UBND tỉnh, "
      + "Văn phòng UBND tỉnh đề nghị Sở Tài nguyên và Môi trường khẩn trương trình nội dung trên trước ngày 30/8/2025.\n"
      + "Căn cứ nội dung này, các sở, ngành liên quan thực hiện.\n"));
    expect(rows(d)).toEqual([["Văn phòng UBND tỉnh đề n", ["Sở Tài nguyên và Môi trường"], "2025-08-30"]]);
    expect(d.skipped.map((s) => [s.text.slice(0, 22), s.reason])).toContainEqual(["Căn cứ quy chế làm việ", "background"]);
  });
});

describe("decisions as the pages keep them, round 4", () => {
  const DECISION = (body: string) => `ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 1234/QĐ-UBND\nBình Định, ngày 14 tháng 4 năm 2025\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\n${body}`;

  it("reads a unit's name cut at its own dash as one name, not a list item ('Sở Lao động' / '- Thương binh và Xã hội')", () => {
    const d = parse(DECISION("Xét đề nghị của Giám đốc Sở Lao động\n- Thương binh và Xã hội tại Tờ trình số 92/TTr-SLĐTBXH ngày 06/4/2025.\nQUYẾT ĐỊNH:\n"
      + "Điều 1.\nGiao Sở Lao động - Thương binh và Xã hội chủ trì triển khai Kế hoạch này trên địa bàn tỉnh.\n"));
    expect(rows(d)).toEqual([["Giao Sở Lao động - Thươn", ["Sở Lao động - Thương binh và Xã hội"], null]]);
  });

  it("reads an execution clause cut off by the page ('… chịu trách nhiệm thi hành Quyế') as the closing it is", () => {
    const d = parse(DECISION("QUYẾT ĐỊNH:\nĐiều 1.\nGiao Sở Nội vụ chủ trì triển khai Kế hoạch này.\nĐiều 2.\n"
      + "Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Nội vụ, Tài chính; Chủ tịch UBND các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyế"));
    expect(rows(d)).toEqual([["Giao Sở Nội vụ chủ trì t", ["Sở Nội vụ"], null]]);
  });
});

describe("what opens the work, round 4", () => {
  it("cuts 'Trên cơ sở …,' off the unit after it, and 'Hoàn thành và trình UBND tỉnh trong quý I' is that task's last step and date", () => {
    const d = parse(PAGE("Trên cơ sở hướng dẫn của các Bộ, ngành Trung ương và báo cáo của các cơ quan, đơn vị, Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các cơ quan, đơn vị liên quan "
      + "tham mưu UBND tỉnh ban hành Kế hoạch triển khai thực hiện. Hoàn thành và trình UBND tỉnh trong quý I/2026.\n"));
    expect(rows(d)).toEqual([["Sở Kế hoạch và Đầu tư ch", ["Sở Kế hoạch và Đầu tư", "các cơ quan, đơn vị liên quan"], "2026-03-31"]]);
  });

  it("shows 'Dự kiến, tại kỳ họp …, UBND tỉnh sẽ trình …' as a plan skipped, not a task for no one", () => {
    const d = parse(PAGE("Văn phòng UBND tỉnh phối hợp với Văn phòng HĐND tỉnh rà soát lại toàn bộ các nội dung dự kiến trình kỳ họp.\n"
      + "Dự kiến, tại kỳ họp thứ 8, HĐND tỉnh khóa V, UBND tỉnh sẽ trình HĐND tỉnh 19 báo cáo, nghị quyết về công tác điều hành.\n"));
    expect(rows(d)).toEqual([["Văn phòng UBND tỉnh phối", ["Văn phòng UBND tỉnh", "Văn phòng HĐND tỉnh"], null]]);
    expect(d.skipped.map((s) => [s.text.slice(0, 9), s.reason])).toContainEqual(["Dự kiến, ", "plan_target"]);
  });

  it("reads 'Sau khi ban hành Kế hoạch, các cơ quan, đơn vị …' as their work, and 'Sau khi nhận được phản ánh …; UBND tỉnh giao …' as one assignment", () => {
    const d = parse(PAGE("Sau khi ban hành Kế hoạch, các cơ quan, đơn vị định kỳ đánh giá kết quả thực hiện, báo cáo UBND tỉnh.\n"
      + "Sau khi nhận được phản ánh của Báo Thanh tra, UBND tỉnh giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với UBND huyện Sơn Hòa kiểm tra, xác minh nội dung bài báo.\n"));
    expect(d.tasks.map((t) => t.assignees)).toEqual([["các cơ quan, đơn vị"], ["Sở Tài nguyên và Môi trường", "UBND huyện Sơn Hòa"]]);
  });
});

describe("quoted orders, lists and subjectless work, round 3", () => {
  it("reads the assignees of a quoted order, after its opening phrase or after 'chỉ đạo: “…'", () => {
    const d = parse(PAGE("\"Tùy tình hình thực tế, Sở Y tế, Chủ tịch UBND các xã chủ động bố trí lực lượng trực cấp cứu\", tỉnh yêu cầu.\n"
      + "Phát biểu kết luận, Chủ tịch UBND TP Lê Thị Hoa chỉ đạo: “Công an thành phố phối hợp với công an các phường, Chủ tịch UBND phường phải xử lý dứt điểm các điểm lấn chiếm vỉa hè”.\n"));
    expect(d.tasks.map((t) => t.assignees)).toEqual([
      ["Sở Y tế", "Chủ tịch UBND các xã"],
      ["Công an thành phố", "công an các phường", "Chủ tịch UBND phường"],
    ]);
  });

  it("reads a plain paragraph between two items of a bulleted list as one of its items, not as their heading", () => {
    const d = parse(`${HEAD}1. Chủ tịch UBND các xã:\n- Trực ban 24/24 giờ trong mùa mưa lũ.\nTổ chức theo dõi chặt chẽ diễn biến mưa lũ, thông tin kịp thời cho người dân;\n- Sơ tán người dân khỏi vùng sạt lở.\n`);
    expect(d.tasks.map((t) => [t.text.slice(0, 20), t.assignees])).toEqual([
      ["Trực ban 24/24 giờ t", ["Chủ tịch UBND các xã"]],
      ["Tổ chức theo dõi chặ", ["Chủ tịch UBND các xã"]],
      ["Sơ tán người dân khỏ", ["Chủ tịch UBND các xã"]],
    ]);
  });

  it("opens work with 'Kiểm đếm', 'Kêu gọi', 'Kiên quyết', and keeps work that ends with 'và chịu trách nhiệm trước …'", () => {
    const d = parse(PAGE("Chủ tịch UBND tỉnh yêu cầu Bộ Chỉ huy Bộ đội Biên phòng tỉnh sẵn sàng lực lượng cứu hộ.\n"
      + "Kiểm đếm, kêu gọi các phương tiện đang hoạt động trên biển vào nơi tránh trú.\n"
      + "Tiếp tục theo dõi diễn biến của bão để quyết định việc cấm biển và chịu trách nhiệm trước Chủ tịch UBND tỉnh.\n"));
    expect(d.tasks.map((t) => t.assignees)).toEqual([["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"], ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"], ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]]);
  });
});

describe("sets and openings, round 3", () => {
  it.each([
    ["Các cơ quan, đơn vị, trường học, bệnh viện, các đơn vị lực lượng vũ trang và hộ dân treo cờ Tổ quốc trong ngày Quốc khánh.", ["Các cơ quan, đơn vị, trường học, bệnh viện", "các đơn vị lực lượng vũ trang", "hộ dân"]],
    ["Sở Nội vụ có nhiệm vụ chủ trì, phối hợp các sở ngành, đơn vị, hướng dẫn UBND cấp xã sắp xếp bộ máy.", ["Sở Nội vụ", "các sở ngành, đơn vị"]],
    ["Chủ tịch UBND tỉnh yêu cầu Uỷ ban nhân dân thành phố và các huyện rà soát quỹ đất công.", ["Uỷ ban nhân dân thành phố", "Uỷ ban nhân dân các huyện"]],
    ["Trong quá trình thực hiện Quy chế, nếu có vướng mắc, các sở, ngành và UBND các xã phản ánh kịp thời về Sở Tài chính để tổng hợp.", ["các sở, ngành", "UBND các xã"]],
  ])("%s", (body, assignees) => {
    expect(parse(PAGE(`Theo UBND tỉnh, mưa lũ đã gây thiệt hại lớn.\n${body}`)).tasks.map((t) => t.assignees)).toEqual([assignees]);
  });

  it("cuts a sentence that opens with its addressee ('Đối với UBND các huyện … cần …') off the paragraph before", () => {
    const d = parse(PAGE("UBND tỉnh yêu cầu Sở Tài chính thẩm định, phân bổ kinh phí kịp thời. Đối với UBND các huyện, thành phố cần xây dựng kế hoạch sản xuất vụ đông.\n"));
    expect(d.tasks.map((t) => t.assignees)).toEqual([["Sở Tài chính"], ["UBND các huyện, thành phố"]]);
  });
});

describe("round 12: who goes on doing the work", () => {
  it("under an intro that names nobody, a paragraph without a subject goes on with the unit the paragraph before gave work to", () => {
    const d = parse(PAGE("Thực hiện chỉ đạo của Chính phủ, UBND tỉnh yêu cầu:\n"
      + "UBND các huyện, thị xã: Phân công cán bộ theo dõi tình hình rét đậm tại từng xã.\n"
      + "Thường xuyên cập nhật diễn biến thời tiết để thông tin kịp thời cho người dân.\n"
      + "Đồng thời thống kê thiệt hại, báo cáo về UBND tỉnh. Phối hợp cùng với các sở, ngành liên quan kiểm tra việc vận hành hồ chứa.\n"));
    expect(rows(d)).toEqual([
      ["UBND các huyện, thị xã:", ["UBND các huyện, thị xã"], null],
      ["Thường xuyên cập nhật di", ["UBND các huyện, thị xã"], null],
      ["Đồng thời thống kê thiệt", ["UBND các huyện, thị xã"], null],
      ["Phối hợp cùng với các sở", ["UBND các huyện, thị xã", "các sở, ngành liên quan"], null],
    ]);
  });

  it("reads the partners of 'phối hợp cùng với', of a unit that has its own forces work with others, and a lead after 'phải sớm'", () => {
    const d = parse(PAGE("Giao Sở Tài nguyên và Môi trường chỉ đạo lực lượng thanh tra của ngành phối hợp cùng với Công an tỉnh và UBND các huyện ven biển kiểm tra việc khai thác cát.\n"
      + "UBND tỉnh yêu cầu Sở Y tế phải sớm chủ trì, phối hợp với UBND các huyện triển khai ngay các biện pháp chống dịch.\n"));
    expect(d.tasks.map((t) => [t.assignees, t.lead])).toEqual([
      [["Sở Tài nguyên và Môi trường", "Công an tỉnh", "UBND các huyện ven biển"], null],
      [["Sở Y tế", "UBND các huyện"], "Sở Y tế"],
    ]);
  });

  it("keeps 'Kiến trúc' in a department's name: 'trúc' is no 'trực' (to be on duty)", () => {
    const d = parse(PAGE("Sở Quy hoạch Kiến trúc chủ trì rà soát quy chế quản lý kiến trúc.\nCông an tỉnh trực 24/24 giờ tại các chốt.\n"));
    expect(d.tasks.map((t) => [t.assignees, t.lead])).toEqual([[["Sở Quy hoạch Kiến trúc"], "Sở Quy hoạch Kiến trúc"], [["Công an tỉnh"], null]]);
  });
});

describe("round 12: a story that goes on after its 'Tin liên quan' box, and openings before the subject", () => {
  it("leaves out only the box of other headlines when the story's own paragraphs follow it", () => {
    const long = "UBND huyện Na Rì, UBND huyện Chợ Mới cần công bố công khai bản đồ quy hoạch sử dụng đất đã được phê duyệt, tổ chức thực hiện thu hồi đất, giao đất, cho thuê đất theo đúng quy định của pháp luật và tổng hợp báo cáo Sở Tài nguyên và Môi trường.";
    const d = parse(PAGE("Ngày 5/10, UBND tỉnh đã phê duyệt kế hoạch sử dụng đất năm 2025 của hai huyện.\nTin liên quan\nBắc Kạn công bố quy hoạch tỉnh\nHai huyện đẩy nhanh giải phóng mặt bằng\n" + long + "\n"));
    expect(d.tasks.map((t) => t.assignees)).toEqual([["UBND huyện Na Rì", "UBND huyện Chợ Mới"]]);
    // A box at the foot of the page still ends the story.
    const foot = parse(PAGE("Giao Sở Y tế kiểm tra các cơ sở khám bệnh.\nTin liên quan\nGiao Sở Tài chính rà soát kinh phí\n"));
    expect(foot.tasks.map((t) => t.assignees)).toEqual([["Sở Y tế"]]);
  });

  it("finds the subject after 'Ngoài công tác …,' and the partners of its forces ('phải tăng cường lực lượng phối hợp với …')", () => {
    const d = parse(PAGE("Ngoài công tác tuyên truyền, UBND huyện Bảo Lạc phải tăng cường lực lượng phối hợp với các cơ quan chức năng tổ chức truy quét khai thác vàng trái phép, báo cáo kết quả cho UBND tỉnh trước ngày 10/11/2025.\n"));
    expect(d.tasks.map((t) => [t.assignees, t.deadline])).toEqual([[["UBND huyện Bảo Lạc", "các cơ quan chức năng"], "2025-11-10"]]);
  });
});

describe("round 12: the hour and day due, before the subject", () => {
  it("reads the subject after 'Theo đó, trước 18 giờ ngày 24.8,' and the day as the deadline, but not after 'Từ 1/7, … sẽ được giao'", () => {
    const d = parse(HEAD + "Theo đó, trước 18 giờ ngày 20.5, các xã, phường phải hoàn tất việc sơ tán dân khỏi vùng nguy hiểm.\nTrước 19 giờ ngày 20.5, các địa phương, đơn vị phải kêu gọi tàu thuyền vào nơi tránh trú.\n");
    expect(rows(d)).toEqual([["Theo đó, trước 18 giờ ng", ["các xã, phường"], "2025-05-20"], ["Trước 19 giờ ngày 20.5,", ["các địa phương, đơn vị"], "2025-05-20"]]);
  });
});
