import { describe, expect, it } from "vitest";
import { contentLines } from "../../../src/core/directive/blocks.ts";
import { readNotice } from "../../../src/core/directive/header.ts";

/** Number, date, issuer and meeting date of a notice's opening lines. */
function notice(text: string) {
  const { number, date, issuer, meetingDate } = readNotice(contentLines(text));
  return { number, date, issuer, meetingDate };
}

const TASKS = "\n1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát kinh phí; hoàn thành trước ngày 31/5/2023.\n"
  + "2. Công an tỉnh phối hợp với Sở Giao thông vận tải bảo đảm an toàn giao thông đến ngày 30/6/2023.\n";

describe("readNotice: portal leads", () => {
  it("takes the notice date from a lead that opens with it ('Ngày 24/6/2019, UBND tỉnh … ban hành Thông báo số …')", () => {
    expect(notice("Skip to main content\nCổng thông tin điện tử tỉnh Hà Tĩnh\n\n"
      + "Ngày 24/6/2019, UBND tỉnh Hà Tĩnh ban hành Thông báo số 215/TB-UBND về kết luận của Chủ tịch UBND tỉnh tại cuộc họp trực tuyến về công tác phòng, chống bệnh Dịch tả lợn châu Phi ngày 20/6/2019.\n"
      + TASKS)).toEqual({ number: "215/TB-UBND", date: "2019-06-24", issuer: "UBND tỉnh Hà Tĩnh", meetingDate: "2019-06-20" });
  });

  it("takes the meeting's own date ('… buổi làm việc với Sở Y tế ngày 28/4/2023'), not the page's update time", () => {
    expect(notice("Cổng thông tin điện tử tỉnh Quảng Trị\nThông báo kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Y tế\n(Cập nhật: 10/05/2023)\n"
      + "Ngày 05/5/2023, UBND tỉnh Quảng Trị ban hành Thông báo số 95/TB-UBND về kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Y tế ngày 28/4/2023.\n"
      + TASKS)).toEqual({ number: "95/TB-UBND", date: "2023-05-05", issuer: "UBND tỉnh Quảng Trị", meetingDate: "2023-04-28" });
  });

  it("stops the issuer at its name and finds no meeting date where the lead gives none", () => {
    expect(notice("Cong thong tin dien tu tinh Soc Trang\n\n"
      + "Văn phòng UBND tỉnh Sóc Trăng vừa ban hành Thông báo số 120/TB-VP ngày 13/8/2018 về kết luận của Chủ tịch UBND tỉnh tại cuộc họp về tình hình quyết toán dự án hoàn thành.\n\n"
      + "Theo đó, Chủ tịch UBND tỉnh giao:\n\nSở KH-ĐT chủ trì, phối hợp với Sở Tài chính rà soát các dự án hoàn thành sau ngày 31/12/2017; báo cáo trước ngày 15/9/2018.\n"))
      .toEqual({ number: "120/TB-VP", date: "2018-08-13", issuer: "Văn phòng UBND tỉnh Sóc Trăng", meetingDate: null });
  });
});

describe("readNotice: the meeting date comes from the lead, never from a task", () => {
  const head = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n-------\nSố: 25/TB-UBND\nQuảng Trị, ngày 12 tháng 5 năm 2023\n\nTHÔNG BÁO\n";

  it.each([
    ["Ngày 08/5/2023, Phó Chủ tịch UBND tỉnh Lê Văn Hòa chủ trì cuộc họp nghe báo cáo tình hình giải ngân vốn đầu tư công. Phó Chủ tịch UBND tỉnh kết luận như sau:", "2023-05-08"],
    ["Chiều ngày 05/5/2023, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì cuộc họp Ban Chỉ đạo để đánh giá tình hình. Chủ tịch UBND tỉnh kết luận như sau:", "2023-05-05"],
    ["Thực hiện ý kiến kết luận của Chủ tịch UBND tỉnh tại Hội nghị trực tuyến công tác cải cách hành chính ngày 18/4/2023, UBND tỉnh thông báo như sau:", "2023-04-18"],
    // A Chỉ thị holds no meeting: the "phối hợp" and dates of its tasks are not one.
    ["Để chủ động phòng ngừa cháy, nổ, Chủ tịch UBND tỉnh chỉ thị:", null],
  ])("%s", (lead, meetingDate) => {
    expect(notice(`${head}${lead}\n${TASKS}`)).toEqual({ number: "25/TB-UBND", date: "2023-05-12", issuer: "UBND tỉnh Quảng Trị", meetingDate });
  });
});

describe("readNotice: header layouts", () => {
  it.each([
    // A two-column PDF copy: motto on the agency's lines, place and date after the number.
    ["two-column copy", "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG TRỊ Độc lập - Tự do - Hạnh phúc\nSố: 25/TB-UBND Quảng Trị, ngày 12 tháng 5 năm 2023\n",
      "25/TB-UBND", "2023-05-12", "UBND tỉnh Quảng Trị"],
    ["one-line agency, spaced number, numeric date", "UBND TỈNH BÀ RỊA - VŨNG TÀU\nSố: 25 /TB-UBND\nBà Rịa - Vũng Tàu, ngày 12/5/2023\n", "25/TB-UBND", "2023-05-12", "UBND tỉnh Bà Rịa - Vũng Tàu"],
    ["a commune after the 2025 reform", "ỦY BAN NHÂN DÂN\nXÃ HÒA AN\nSố: 7/TB-UBND\nHòa An, ngày 02 tháng 10 năm 2025\n", "7/TB-UBND", "2025-10-02", "UBND xã Hòa An"],
  ])("%s", (_layout, head, number, date, issuer) => {
    expect(notice(`${head}\nTHÔNG BÁO\nKết luận của Chủ tịch UBND\n${TASKS}`)).toMatchObject({ number, date, issuer });
  });
});
