import { describe, expect, it } from "vitest";
import { parseDirective } from "../../../src/core/directive/parse.ts";

const HEAD = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 112/TB-UBND\nQuảng Bình, ngày 10 tháng 6 năm 2024\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\n";

/** Each task as [start of its text, its assignees]. */
function tasks(body: string): Array<[string, string[]]> {
  const r = parseDirective(HEAD + body);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("; "));
  return r.directive.tasks.map((t) => [t.text.slice(0, 20), t.assignees]);
}

describe("parseDirective: what is not a task", () => {
  it("skips a section's assessment under its title and keeps the tasks under the next title", () => {
    expect(tasks("1. Đánh giá chung\n\nQuý I/2024, các cấp, các ngành đã tích cực triển khai Chương trình.\n\n"
      + "2. Nhiệm vụ trọng tâm thời gian tới\n\nCần tập trung thực hiện tốt các nhiệm vụ sau:\n\n"
      + "- Đẩy mạnh công tác tuyên truyền, vận động người dân.\n\n3. Giao nhiệm vụ cụ thể\n\n"
      + "a) Sở Tài chính tham mưu UBND tỉnh phân bổ vốn; trình trước ngày 30/6/2024.\n"))
      .toEqual([["Đẩy mạnh công tác tu", []], ["Sở Tài chính tham mư", ["Sở Tài chính"]]]);
  });

  it("skips 'Kính gửi' lists, assessments, the speaker's praise and the closings", () => {
    expect(tasks("Kính gửi:\n- Sở Nội vụ;\n- UBND các xã, phường.\n\n"
      + "Thời gian qua, việc giải quyết chế độ, chính sách cơ bản bảo đảm đúng quy định.\n\n"
      + "Chủ tịch UBND tỉnh biểu dương các cơ quan, đơn vị có tỷ lệ hồ sơ đúng hạn cao.\n\n"
      + "Để bảo đảm quyền lợi của người lao động, Chủ tịch UBND tỉnh yêu cầu:\n\n"
      + "Sở Nội vụ hướng dẫn UBND các xã, phường hoàn thiện hồ sơ; báo cáo trước ngày 30/6/2024.\n\n"
      + "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan kịp thời báo cáo UBND tỉnh.\n\n"
      + "Nhận được Công văn này, yêu cầu các cơ quan, đơn vị khẩn trương triển khai thực hiện.\n"
      + "Đề nghị các cơ quan, đơn vị liên quan nghiêm túc triển khai thực hiện./.\n"))
      .toEqual([["Sở Nội vụ hướng dẫn ", ["Sở Nội vụ"]]]);
  });

  it("skips a Công điện's addressee list and its closing", () => {
    expect(tasks("CHỦ TỊCH UBND TỈNH điện:\n- Giám đốc các sở, Thủ trưởng các ban, ngành;\n- Chủ tịch UBND các huyện, thị xã, thành phố.\n"
      + "Để chủ động ứng phó với bão, Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Công Thương chỉ đạo các doanh nghiệp bảo đảm an toàn hệ thống điện.\n"
      + "Yêu cầu Thủ trưởng các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện Công điện này./.\n"))
      .toEqual([["Sở Công Thương chỉ đ", ["Sở Công Thương"]]]);
  });

  it("stops at a portal's related-news list", () => {
    expect(tasks("Chủ tịch UBND tỉnh yêu cầu:\n- Công an tỉnh tăng cường kiểm soát vận chuyển lợn qua địa bàn tỉnh.\n\nTin liên quan\n"
      + "Triển khai ngay các biện pháp kiểm soát vận chuyển lợn qua địa bàn tỉnh, không để dịch lây lan sang các huyện lân cận.\n"))
      .toEqual([["Công an tỉnh tăng cư", ["Công an tỉnh"]]]);
  });

  // Issue 11: the assessment sentence is no part of the task; it is listed as skipped.
  it("keeps the assignment of a paragraph that opens with an assessment, and lists the assessment as skipped", () => {
    const body = "1. Về tiến độ giải ngân\n\nĐến nay, tỷ lệ giải ngân mới đạt 42%. Yêu cầu các chủ đầu tư đẩy nhanh tiến độ thi công.\n";
    expect(tasks(body)).toEqual([["Yêu cầu các chủ đầu ", ["các chủ đầu tư"]]]);
    const r = parseDirective(HEAD + body);
    expect(r.ok && r.directive.skipped.map((s) => [s.reason, s.text])).toContainEqual(["assessment", "Đến nay, tỷ lệ giải ngân mới đạt 42%."]);
  });
});

describe("parseDirective: who a task inherits", () => {
  it("a heading line that only names a unit gives it to the paragraph below", () => {
    expect(tasks("II. NHIỆM VỤ CỤ THỂ\n3. UBND các huyện, thành phố\n"
      + "Chỉ đạo UBND các xã phối hợp với Công an cấp xã triển khai thu nhận hồ sơ căn cước.\n"))
      .toEqual([["Chỉ đạo UBND các xã ", ["UBND các huyện, thành phố"]]]);
  });

  it("a plain paragraph after a bulleted intro is not one of its items", () => {
    expect(tasks("Các sở, ban, ngành, UBND các huyện, thị xã, thành phố:\n+ Phối hợp chặt chẽ với Sở Y tế phòng, chống dịch.\n\n"
      + "Giao Sở Y tế theo dõi, tổng hợp kết quả thực hiện.\n"))
      .toEqual([
        // The item's partner works too, as "X phối hợp với Y" everywhere else (round 18: the clerks of 876 and 885).
        ["Phối hợp chặt chẽ vớ", ["Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố", "Sở Y tế"]],
        ["Giao Sở Y tế theo dõ", ["Sở Y tế"]],
      ]);
  });

  it("reads the speaker's addressees at the end of a long intro", () => {
    expect(tasks("Thực hiện Công văn số 2150/UBND-KT ngày 15/5/2024 của UBND tỉnh về việc chủ động ứng phó với nắng nóng, hạn hán, "
      + "Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị, địa phương thực hiện tốt một số nội dung sau:\n"
      + "1. Theo dõi chặt chẽ diễn biến thời tiết, nguồn nước.\n"))
      .toEqual([["Theo dõi chặt chẽ di", ["các cơ quan, đơn vị, địa phương"]]]);
  });

  it("a last item without its full stop before the closing stays a task", () => {
    expect(tasks("Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành:\n1. Tăng cường công tác tuyên truyền\n"
      + "UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n"))
      .toEqual([["Tăng cường công tác ", ["Thủ trưởng các sở, ban, ngành"]]]);
  });
});

describe("parseDirective: a plan's labelled attributes", () => {
  it("completes a task with the attribute lines below it, inline or as bullets", () => {
    const r = parseDirective(HEAD + "II. NHIỆM VỤ\n1. Tổ chức tập huấn nghiệp vụ kiểm soát thủ tục hành chính\n"
      + "- Cơ quan chủ trì: Văn phòng UBND tỉnh.\n- Cơ quan phối hợp: Sở Nội vụ, UBND các huyện, thành phố.\n- Thời gian hoàn thành: Quý III/2024.\n"
      + "2. Tuyên truyền cải cách hành chính. Cơ quan chủ trì: Sở Thông tin và Truyền thông; thời gian hoàn thành: tháng 12/2024.\n");
    if (!r.ok) throw new Error("no tasks");
    expect(r.directive.tasks.map((t) => [t.code, t.lead, t.partners, t.deadline])).toEqual([
      ["T1", "Văn phòng UBND tỉnh", ["Sở Nội vụ", "UBND các huyện, thành phố"], "2024-09-30"],
      ["T2", "Sở Thông tin và Truyền thông", [], "2024-12-31"],
    ]);
    expect(r.directive.tasks[0]!.text).toContain("Cơ quan phối hợp: Sở Nội vụ");
  });
});

describe("parseDirective: a portal page that quotes the whole document after its lead", () => {
  it("reads the notice from the lead and the tasks from the document, without its header lines", () => {
    const r = parseDirective("Skip to main content\nChủ tịch UBND tỉnh chỉ đạo đẩy nhanh giải ngân vốn đầu tư công\n"
      + "Ngày 12/5/2023, UBND tỉnh Quảng Trị ban hành Thông báo số 25/TB-UBND về kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp ngày 08/5/2023. Toàn văn Thông báo như sau:\n"
      + "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
      + "Số: 25/TB-UBND\nQuảng Trị, ngày 12 tháng 5 năm 2023\nTHÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về giải ngân vốn đầu tư công\n"
      + "1. Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính tham mưu điều chuyển vốn; trình UBND tỉnh trước ngày 31/5/2023.\n"
      + "2. Sở Tài nguyên và Môi trường hướng dẫn UBND các huyện tháo gỡ vướng mắc; hoàn thành trong tháng 6/2023.\n");
    if (!r.ok) throw new Error("no tasks");
    expect(r.directive.notice).toMatchObject({ number: "25/TB-UBND", date: "2023-05-12", issuer: "UBND tỉnh Quảng Trị", meetingDate: "2023-05-08" });
    expect(r.directive.tasks.map((t) => [t.text.slice(0, 20), t.deadline])).toEqual([["Giao Sở Kế hoạch và ", "2023-05-31"], ["Sở Tài nguyên và Môi", "2023-06-30"]]);
  });
});
