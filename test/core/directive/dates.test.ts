import { describe, expect, it } from "vitest";
import { findDeadlines, pickDeadline, WEEKENDS_ONLY, type DateContext } from "../../../src/core/directive/dates.ts";
import { fold, normalizeText } from "../../../src/core/text/fold.ts";
import { parsedDirective as parse } from "./parsed.ts";

/** The deadline a task's text gives, as date and phrase, or null. */
function deadline(text: string, ctx: Partial<DateContext> & { noticeDate: string | null }): [string, string] | null {
  const t = normalizeText(text);
  const year = ctx.year ?? (ctx.noticeDate ? Number(ctx.noticeDate.slice(0, 4)) : null);
  const d = pickDeadline(findDeadlines(t, fold(t), { workingDays: WEEKENDS_ONLY, ...ctx, year }));
  return d ? [d.date, d.text] : null;
}


describe("deadline phrases", () => {
  it.each([
    // Day and month without a year: the notice's year, or the next one when that day has passed.
    ["Tiếp tục kiểm kê, bàn giao tài sản, hồ sơ của các huyện, xã cũ; hoàn thành trước 31/8.", "2025-07-28", "2025-08-31", "hoàn thành trước 31/8"],
    ["Tổng kết công tác cải cách thủ tục hành chính năm 2020, gửi báo cáo trước 15/01 để tổng hợp.", "2020-11-05", "2021-01-15", "trước 15/01"],
    ["Tổ chức tổng kiểm tra an toàn PCCC; hoàn thành trong quý 3/2021.", "2021-07-20", "2021-09-30", "quý 3/2021"],
    ["Hoàn thành việc số hóa hồ sơ trong 6 tháng đầu năm.", "2022-02-21", "2022-06-30", "6 tháng đầu năm"],
    ["Rà soát, cắt giảm thành phần hồ sơ; hoàn thành trước ngày 15 tháng 7 năm 2022.", "2022-02-21", "2022-07-15", "hoàn thành trước ngày 15 tháng 7 năm 2022"],
    ["Kiên quyết sơ tán người dân ở khu vực nguy hiểm, hoàn thành trước 17 giờ ngày 06/9/2024.", "2024-09-05", "2024-09-06", "hoàn thành trước 17 giờ ngày 06/9/2024"],
    // Working days count from the notice date, Monday to Friday.
    ["Sở Tài chính khẩn trương thẩm định; hoàn thành trong 15 ngày làm việc.", "2025-09-15", "2025-10-06", "trong 15 ngày làm việc"],
    ["Báo cáo UBND tỉnh (qua Sở Nông nghiệp và Môi trường) trong 05 ngày làm việc.", "2025-10-13", "2025-10-20", "trong 05 ngày làm việc"],
    ["Tham mưu UBND tỉnh bố trí nguồn vốn phù hợp; hoàn thành trong 10 ngày.", "2026-03-09", "2026-03-19", "trong 10 ngày"],
  ])("%s (notice %s)", (text, noticeDate, date, phrase) => {
    expect(deadline(text, { noticeDate })).toEqual([date, phrase]);
  });

  it.each([
    "Rà soát toàn bộ các dự án hoàn thành sau ngày 31/12/2017 nhưng chưa lập hồ sơ quyết toán.",
    "Chi trả dứt điểm cho các trường hợp nghỉ việc từ ngày 01/7/2025 đã được phê duyệt kinh phí.",
    "Thực hiện nghiêm Chỉ thị số 04/CT-TTg ngày 14/02/2019 của Thủ tướng Chính phủ.",
  ])("a date that is not a deadline gives none: %s", (text) => {
    expect(deadline(text, { noticeDate: "2025-09-15" })).toBeNull();
  });

  it("counts no working days from the meeting when the notice date is unknown", () => {
    const d = parse("Kết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 11/10/2025 về khắc phục hậu quả mưa lũ. Chủ tịch UBND tỉnh yêu cầu:\n"
      + "- Chủ tịch UBND các xã, phường khẩn trương rà soát thiệt hại; báo cáo UBND tỉnh trong 05 ngày làm việc.\n"
      + "- Sở Xây dựng khắc phục các điểm sạt lở; trình UBND tỉnh trước ngày 31/10/2025.\n");
    expect([d.notice.date, d.notice.meetingDate]).toEqual([null, "2025-10-11"]);
    // "trong 05 ngày làm việc" counts from the notice's date, which is unknown; an explicit date still counts.
    expect(d.tasks.map((t) => [t.assignees, t.deadline])).toEqual([[["Chủ tịch UBND các xã, phường"], null], [["Sở Xây dựng"], "2025-10-31"]]);
  });
});

describe("a press report's own date and a day of every month", () => {
  it("dates the letter from its lead without a year ('Ngày 13/07, UBND thành phố ban hành công văn số …') and counts from it", () => {
    const d = parse("Trả lời báo chí về các vấn đề được phản ánh\nĐăng ngày 17-07-2017 17:00\n"
      + "Ngày 13/07, UBND thành phố ban hành công văn số 5303/UBND-KGVX gửi các sở, ngành và UBND các quận về việc trả lời thông tin báo chí.\n"
      + "Theo đó, các đơn vị phản hồi thông tin gửi các cơ quan báo chí chậm nhất trong vòng 10 ngày kể từ ngày ký Công văn. "
      + "UBND thành phố giao Sở Thông tin và Truyền thông tổng hợp, báo cáo lãnh đạo thành phố vào ngày 25 hằng tháng.\n");
    expect([d.notice.number, d.notice.date]).toEqual(["5303/UBND-KGVX", "2017-07-13"]);
    expect(d.tasks.map((t) => [t.assignees, t.deadline])).toEqual([[["các đơn vị"], "2017-07-23"], [["Sở Thông tin và Truyền thông"], "2017-07-25"]]);
  });

  it.each([
    ["Báo cáo kết quả về Sở Nội vụ trước ngày 20 hằng tháng.", "2025-09-15", "2025-09-20"],
    ["Gửi số liệu về Văn phòng UBND tỉnh vào ngày 10 hàng tháng.", "2025-09-15", "2025-10-10"],
    ["Tổng hợp, báo cáo UBND tỉnh trước ngày 25 hằng tháng.", "2025-12-28", "2026-01-25"],
  ])("%s (notice %s): the first such day from the notice", (text, noticeDate, date) => {
    expect(deadline(text, { noticeDate })?.[0]).toBe(date);
  });

  it("a question in a page's list of articles is a headline, not a task", () => {
    const d = parse("Ngày 13/07/2017, UBND thành phố ban hành công văn số 5303/UBND-KGVX về việc trả lời thông tin báo chí. Cụ thể:\n"
      + "1.\nNhà đầu tư chặn đường ra biển của cộng đồng dân cư?\n"
      + "Theo đó, các đơn vị phản hồi thông tin gửi các cơ quan báo chí chậm nhất trong vòng 10 ngày kể từ ngày ký Công văn.\n");
    expect(d.tasks.map((t) => t.text)).toEqual([expect.stringContaining("các đơn vị phản hồi thông tin")]);
    expect(d.skipped.map((s) => [s.text, s.reason])).toContainEqual(["Nhà đầu tư chặn đường ra biển của cộng đồng dân cư?", "caption"]);
  });
});

describe("the year a list is scoped to", () => {
  const head = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 18/TB-UBND\nQuảng Ngãi, ngày 09 tháng 3 năm 2026\n\n";

  it("an assessment of a past year ('Năm 2025, …') gives no deadline to the tasks after it", () => {
    const d = parse(`${head}Năm 2025, đặc khu Lý Sơn đón trên 450.000 lượt khách, tăng 12% so với năm trước.\n\n`
      + "1. Sở Văn hóa, Thể thao và Du lịch hằng năm tổ chức Tuần Văn hóa - Du lịch Lý Sơn.\n\n"
      + "2. Sở Tài chính tổng hợp nhu cầu vốn đầu tư hạ tầng du lịch; hoàn thành trong 10 ngày.\n");
    expect(d.tasks.map((t) => [t.text.slice(0, 20), t.deadline])).toEqual([["Sở Văn hóa, Thể thao", null], ["Sở Tài chính tổng hợ", "2026-03-19"]]);
  });

  it("'Trong năm 2026, …:' gives its undated items the last day of that year", () => {
    const d = parse(`${head}Trong năm 2026, Giám đốc các sở, Thủ trưởng các ban, ngành tập trung thực hiện tốt các nhiệm vụ sau:\n\n`
      + "a) Quán triệt đến toàn thể cán bộ, công chức về vai trò của chuyển đổi số.\n\nb) Hoàn thành việc số hóa hồ sơ trong 6 tháng đầu năm.\n");
    expect(d.tasks.map((t) => [t.deadline, t.deadlineText, t.assignees])).toEqual([
      ["2026-12-31", "Trong năm 2026", ["Giám đốc các sở", "Thủ trưởng các ban, ngành"]],
      ["2026-06-30", "6 tháng đầu năm", ["Giám đốc các sở", "Thủ trưởng các ban, ngành"]],
    ]);
  });
});
