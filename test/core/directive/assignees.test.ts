import { describe, expect, it } from "vitest";
import { readAssignment } from "../../../src/core/directive/assignees.ts";
import { fold, normalizeText } from "../../../src/core/text/fold.ts";

/** What a careful official reads as the assignees of one sentence of a notice. */
function read(sentence: string) {
  const text = normalizeText(sentence);
  return readAssignment(text, fold(text));
}

describe("readAssignment: unit names stay whole", () => {
  it.each([
    // Folded, "dựng" is "dừng" and "Tài" is "tại": the diacritics say they are part of the name.
    ["Sở Xây dựng chủ trì, phối hợp với Công an tỉnh, UBND các huyện, thành phố, thị xã rà soát, kiểm tra việc cấp phép xây dựng.",
      "Sở Xây dựng", ["Công an tỉnh", "UBND các huyện, thành phố, thị xã"]],
    ["Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính, Kho bạc Nhà nước tỉnh tham mưu UBND tỉnh điều chuyển kế hoạch vốn.",
      "Sở Kế hoạch và Đầu tư", ["Sở Tài chính", "Kho bạc Nhà nước tỉnh"]],
    // "và Môi trường" does not open a new group: "Môi" is not the determiner "mọi".
    ["Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính tham mưu UBND tỉnh hỗ trợ giống cây trồng.",
      "Sở Nông nghiệp và Môi trường", ["Sở Tài chính"]],
    ["Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Công an phường, Ban Chỉ huy Quân sự phường ra quân lập lại trật tự lòng đường.",
      "Phòng Kinh tế, Hạ tầng và Đô thị", ["Công an phường", "Ban Chỉ huy Quân sự phường"]],
    ["Giao Công an tỉnh chủ trì, phối hợp với Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh đẩy nhanh tiến độ điều tra, truy tố, xét xử.",
      "Công an tỉnh", ["Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"]],
  ])("%s", (sentence, lead, partners) => {
    expect(read(sentence)).toEqual({ assignees: [lead, ...partners], lead, partners });
  });
});

describe("readAssignment: a text typed without diacritics", () => {
  it.each([
    ["So Xay dung chu tri, phoi hop voi Cong an tinh kiem tra cac cong trinh.", ["So Xay dung", "Cong an tinh"]],
    ["So Y te co trach nhiem bo tri du thuoc, vat tu y te.", ["So Y te"]],
    ["So Noi vu theo doi, don doc viec thuc hien.", ["So Noi vu"]],
  ])("%s", (sentence, assignees) => {
    expect(read(sentence)?.assignees).toEqual(assignees);
  });
});

describe("readAssignment: where the assignee phrase ends", () => {
  it.each([
    // Round 13: a committee's name holds "chỉ đạo"/"chỉ huy"; "cân đối" and "bên cạnh" end the phrase; a case before whom.
    ["Chủ tịch UBND tỉnh đề nghị các thành viên Ban chỉ đạo tăng cường kiểm tra.", ["các thành viên Ban chỉ đạo"]],
    ["Chủ tịch UBND tỉnh yêu cầu các địa phương cân đối các nguồn lực để mua khẩu trang.", ["các địa phương"]],
    ["Sở Du lịch, bên cạnh tăng cường truyền thông, cần phối hợp với các khách sạn.", ["Sở Du lịch"]],
    ["UBND tỉnh yêu cầu, khi đoàn kiểm tra liên ngành có đề nghị thì UBND các huyện, thị xã cử cán bộ phối hợp.", ["UBND các huyện, thị xã"]],
    // "… gồm:": the units listed are the set (round 13, 458).
    ["UBND huyện yêu cầu các cơ quan hành chính, sự nghiệp gồm: Phòng Văn hóa huyện, Thanh tra huyện, Trạm Thú y huyện chuyển về làm việc tại trụ sở mới.", ["Phòng Văn hóa huyện", "Thanh tra huyện", "Trạm Thú y huyện"]],
    // After a level word ("tỉnh", "phố") or a place name ("Quảng Trị"), a lower-case word is the verb.
    ["UBND các huyện, thị xã, thành phố căn cứ tình hình thực tế chỉ đạo triển khai.", ["UBND các huyện, thị xã, thành phố"]],
    ["Đài Phát thanh và Truyền hình tỉnh, Báo Quảng Trị đưa tin, bài phản ánh kết quả thực hiện.", ["Đài Phát thanh và Truyền hình tỉnh", "Báo Quảng Trị"]],
    ["Sở Thông tin và Truyền thông, Đài Phát thanh - Truyền hình tỉnh, Báo Hà Tĩnh thường xuyên tuyên truyền.",
      ["Sở Thông tin và Truyền thông", "Đài Phát thanh - Truyền hình tỉnh", "Báo Hà Tĩnh"]],
    // "xã hội" is not the level "xã"; "Việt Nam tỉnh" still names one body.
    // Issue 11: "X phối hợp với Y" without a lead gives the work to both (the blind clerks list Y too).
    ["Bảo hiểm xã hội tỉnh phối hợp với Sở Y tế bảo đảm quyền lợi người tham gia bảo hiểm y tế.", ["Bảo hiểm xã hội tỉnh", "Sở Y tế"]],
    ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội vận động Nhân dân tham gia.",
      ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội"]],
    ["Bí thư các chi bộ; Tổ trưởng các tổ dân phố thường xuyên vận động Nhân dân giữ gìn vệ sinh.", ["Bí thư các chi bộ", "Tổ trưởng các tổ dân phố"]],
    ["Các chủ đầu tư báo cáo tiến độ giải ngân hằng tuần về Sở Kế hoạch và Đầu tư.", ["Các chủ đầu tư"]],
    ["Đề nghị Ban Thường vụ Huyện ủy lãnh đạo, chỉ đạo các tổ chức cơ sở đảng.", ["Ban Thường vụ Huyện ủy"]],
    // "cơ quan" is not the level "quận", "địa phương" not "phường"; "căn cứ" is not "cần".
    ["Các cơ quan báo chí của tỉnh tăng cường thông tin, tuyên truyền.", ["Các cơ quan báo chí của tỉnh"]],
    ["Thủ trưởng các cơ quan, đơn vị, địa phương căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện.", ["Thủ trưởng các cơ quan, đơn vị, địa phương"]],
    ["UBND huyện Triệu Phong chỉ đạo các xã rà soát diện tích lúa bị thiệt hại.", ["UBND huyện Triệu Phong"]],
    // The object of the unit's own verb is not an assignee.
    ["Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật thành phố triển khai gấp các biện pháp phòng, chống dịch.", ["Sở Y tế"]],
  ])("%s", (sentence, assignees) => {
    expect(read(sentence)?.assignees).toEqual(assignees);
  });
});

describe("readAssignment: the speaker and the words before the addressees", () => {
  it("reads the addressees after 'Chủ tịch UBND tỉnh yêu cầu', not the speaker", () => {
    expect(read("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành; Chủ tịch UBND các huyện, thị xã, thành phố:")?.assignees)
      .toEqual(["Giám đốc các sở", "Thủ trưởng các ban, ngành", "Chủ tịch UBND các huyện, thị xã, thành phố"]);
    expect(read("UBND tỉnh giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ tham mưu bố trí kinh phí.")?.lead).toBe("Sở Tài chính");
    expect(read("UBND tỉnh Quảng Bình giao Sở Y tế chủ trì, phối hợp với Sở Tài chính triển khai.")?.assignees).toEqual(["Sở Y tế", "Sở Tài chính"]);
    expect(read("Phó Chủ tịch UBND tỉnh Hoàng Nam giao Sở Xây dựng rà soát quy hoạch.")?.assignees).toEqual(["Sở Xây dựng"]);
  });

  it.each([
    "Chủ tịch UBND tỉnh yêu cầu:",
    "Chủ tịch UBND tỉnh biểu dương các cơ quan, đơn vị có tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 99%.",
    // "Chỉ đạo …" opening a list item is the inherited assignee's own verb: its object is not the assignee.
    "Chỉ đạo các cơ quan báo chí trên địa bàn tỉnh mở chuyên trang, chuyên mục về CCHC.",
    "Bàn giao mặt bằng cho chủ đầu tư trước ngày 31/12.",
  ])("names nobody: %s", (sentence) => {
    expect(read(sentence)).toBeNull();
  });

  it.each([
    ["Trong năm 2022, Giám đốc các sở, Thủ trưởng các ban, ngành; Chủ tịch UBND các huyện, thành phố tập trung thực hiện tốt các nhiệm vụ sau:",
      ["Giám đốc các sở", "Thủ trưởng các ban, ngành", "Chủ tịch UBND các huyện, thành phố"]],
    ["Thời gian tới, Thủ trưởng các cơ quan, đơn vị tập trung thực hiện:", ["Thủ trưởng các cơ quan, đơn vị"]],
    ["Đối với Sở Y tế:", ["Sở Y tế"]],
  ])("reads past a leading time phrase or 'Đối với': %s", (sentence, assignees) => {
    expect(read(sentence)?.assignees).toEqual(assignees);
  });
});

describe("readAssignment: places and partners named one by one (rounds 8–9)", () => {
  it.each([
    ["Công điện yêu cầu UBND huyện Quang Bình, Bắc Quang khẩn trương tiêu hủy lợn bệnh.", ["UBND huyện Quang Bình", "UBND huyện Bắc Quang"]],
    ["Giao UBND các xã An Lạc, Tô Mậu và Minh Chuẩn rà soát diện tích.", ["UBND xã An Lạc", "UBND xã Tô Mậu", "UBND xã Minh Chuẩn"]],
    ["Yêu cầu Công an huyện Lục Yên chủ trì, phối hợp với phòng Tài nguyên và Môi trường, UBND các xã An Lạc, Tô Mậu bố trí lực lượng tuần tra.",
      ["Công an huyện Lục Yên", "phòng Tài nguyên và Môi trường", "UBND xã An Lạc", "UBND xã Tô Mậu"]],
    ["Công an thành phố chủ trì, cùng Sở Y tế và Ủy ban nhân dân các quận, huyện khẩn trương tổ chức truy vết.", ["Công an thành phố", "Sở Y tế", "Ủy ban nhân dân các quận, huyện"]],
    ["UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Tài nguyên và Môi trường, Vườn quốc gia Yok Don kiểm tra.",
      ["Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường", "Vườn quốc gia Yok Don"]],
    // A set by its levels stays whole; so do places each with its own level.
    ["Giao UBND huyện, thành phố Cà Mau kiểm tra.", ["UBND huyện, thành phố Cà Mau"]],
    ["Giao Ủy ban nhân dân thị xã Hương Thủy, thị xã Hương Trà rà soát.", ["Ủy ban nhân dân thị xã Hương Thủy", "Ủy ban nhân dân thị xã Hương Trà"]],
  ])("%s", (sentence, assignees) => {
    expect(read(sentence)?.assignees).toEqual(assignees);
  });
});
