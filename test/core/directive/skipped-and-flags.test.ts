import { describe, expect, it } from "vitest";
import { parseDirective } from "../../../src/core/directive/parse.ts";
import { SKIP_REASONS, TASK_FLAGS, type Directive, type SkipReason } from "../../../src/core/directive/types.ts";
import { rawMessage } from "../../../src/i18n/catalogue.ts";

const HEAD = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 112/TB-UBND\nQuảng Bình, ngày 10 tháng 6 năm 2024\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\n";

function parse(body: string, head = HEAD): Directive {
  const r = parseDirective(head + body);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("; "));
  return r.directive;
}

describe("issue 9: 'tham mưu UBND tỉnh ban hành …' is a task of the one who drafts", () => {
  it.each([
    ["1. Giao Sở Nội vụ tham mưu UBND tỉnh ban hành kế hoạch tinh giản biên chế năm 2024.", ["Sở Nội vụ"]],
    ["2. Giao Sở Tư pháp chủ trì tham mưu UBND tỉnh ban hành Quy chế phối hợp kiểm tra văn bản quy phạm pháp luật.", ["Sở Tư pháp"]],
    ["- Sở Văn hóa, Thể thao và Du lịch tham mưu Chủ tịch UBND tỉnh ban hành Chỉ thị về tăng cường quản lý lễ hội.", ["Sở Văn hóa, Thể thao và Du lịch"]],
    ["Giao Sở Nội vụ tham mưu UBND tỉnh ban hành Kế hoạch triển khai Đề án vị trí việc làm, hoàn thành trước ngày 30/7/2024.", ["Sở Nội vụ"]],
    ["Giao So Noi vu tham muu UBND tinh ban hanh ke hoach kiem tra cong vu.", ["So Noi vu"]],
    ["a) Sở Tài chính xây dựng, trình UBND tỉnh ban hành Quyết định quy định giá dịch vụ.", ["Sở Tài chính"]],
  ])("%s", (item, assignees) => {
    expect(parse(`${item}\n`).tasks.map((t) => t.assignees)).toEqual([assignees]);
  });

  it("still reads a sentence that reports the notice itself as background, listed in skipped", () => {
    const d = parse("UBND tỉnh ban hành Thông báo số 112/TB-UBND để các cơ quan, đơn vị biết, thực hiện.\n"
      + "UBND tỉnh vừa có văn bản chỉ đạo các sở, ngành tập trung khắc phục hậu quả mưa lũ.\n"
      + "1. Giao Sở Nội vụ tham mưu UBND tỉnh ban hành kế hoạch tinh giản biên chế.\n");
    expect(d.tasks.map((t) => t.assignees)).toEqual([["Sở Nội vụ"]]);
    expect(d.skipped.map((s) => s.reason)).toEqual(["background", "background"]);
  });
});

describe("skipped: each item that is no task, with the reason an admin reads", () => {
  it.each<[string, SkipReason]>([
    ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "background"],
    ["Ngày 05/6/2024, Chủ tịch UBND tỉnh chủ trì cuộc họp nghe báo cáo tiến độ giải ngân.", "background"],
    ["Năm 2023, tỉnh đã hoàn thành 95% kế hoạch giải ngân vốn đầu tư công.", "assessment"],
    ["Chủ tịch UBND tỉnh biểu dương các cơ quan có tỷ lệ hồ sơ đúng hạn cao.", "assessment"],
    ["Đánh giá cao sự chủ động của Sở Giáo dục và Đào tạo.", "assessment"],
    ["UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.", "closing"],
    ["Chỉ thị này có hiệu lực kể từ ngày ký.", "closing"],
    ["Giám đốc các sở chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để chậm trễ, ách tắc.", "accountability"],
    ["Nhằm nâng cao hiệu quả công tác cải cách hành chính trên địa bàn tỉnh.", "purpose"],
    ["Đến năm 2030, 80% hồ sơ thủ tục hành chính được giải quyết trực tuyến.", "plan_target"],
    ["Phấn đấu đến năm 2025 có 100% xã đạt chuẩn nông thôn mới.", "plan_target"],
    ["Chủ tịch UBND tỉnh phát biểu kết luận hội nghị", "caption"],
    ["Toàn cảnh hội nghị", "caption"],
  ])("%s → %s", (sentence, reason) => {
    const r = parseDirective(`${HEAD}1. Sở Nội vụ rà soát biên chế, báo cáo trước ngày 30/6/2024.\n${sentence}\n`);
    expect(r.ok && r.directive.skipped.map((s) => [s.reason, s.text])).toEqual([[reason, sentence]]);
  });

  it("lists headings, addressees, items of non-task sections and a repeated lead, each with its line", () => {
    const d = parse("Kính gửi:\n- Sở Nội vụ;\n- UBND các huyện.\n"
      + "Ngày 05/6/2024, UBND tỉnh Quảng Bình ban hành Thông báo số 112/TB-UBND về kết luận của Chủ tịch UBND tỉnh tại cuộc họp.\n"
      + "Ngày 05/6/2024, UBND tỉnh Quảng Bình ban hành Thông báo số 112/TB-UBND về kết luận của Chủ tịch UBND tỉnh tại cuộc họp.\n"
      + "I. KẾT QUẢ ĐẠT ĐƯỢC\n1. Các sở đã triển khai kịp thời kế hoạch năm.\n"
      + "II. NHIỆM VỤ THỜI GIAN TỚI\n1. Sở Y tế:\n- Rà soát danh mục thuốc thiết yếu.\n");
    expect(d.tasks.map((t) => [t.text, t.assignees])).toEqual([["Rà soát danh mục thuốc thiết yếu.", ["Sở Y tế"]]]);
    expect(d.skipped.map((s) => [s.line, s.reason])).toEqual([
      [8, "addressees"], [9, "addressees"], [10, "addressees"], [11, "background"], [12, "duplicate"],
      [13, "assessment"], [14, "assessment"], [15, "heading"], [16, "heading"],
    ]);
  });

  it("never loses a numbered or bulleted item, whatever it says", () => {
    const d = parse("1. Tình hình.\n2. Sở Tài chính bố trí vốn.\n- 25%.\na) Năm 2023, tỉnh đã đạt 90%.\n");
    expect(d.tasks.length + d.skipped.length).toBe(4);
  });
});

describe("flags: what an admin checks before confirming", () => {
  it.each([
    ["1. Rà soát toàn bộ hồ sơ tồn đọng, hoàn thành trước ngày 30/6/2024.", ["no_assignee"]],
    ["1. Các chủ đầu tư đẩy nhanh tiến độ thi công, hoàn thành trước ngày 30/6/2024.", ["assignee_not_unit"]],
    ["1. Sở Xây dựng kiểm tra các công trình, hoàn thành trước 30/7.", ["year_guessed"]],
    ["1. Sở Xây dựng kiểm tra các công trình trường học, hoàn thành trước ngày 30/7/2024.", []],
    ["1. Sở Y tế bảo đảm thuốc thiết yếu.\nCác nội dung trên hoàn thành trước ngày 30/7/2024.", ["deadline_inferred"]],
  ])("%s → %j", (body, flags) => {
    expect(parse(`${body}\n`).tasks[0]!.flags).toEqual(flags);
  });

  it("flags a deadline taken from the year the list is scoped to", () => {
    const d = parse("Trong năm 2024, Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Nội vụ rà soát biên chế.\n");
    expect([d.tasks[0]!.deadline, d.tasks[0]!.flags]).toEqual(["2024-12-31", ["deadline_inferred"]]);
  });
});

describe("the admin's texts for every reason and flag", () => {
  it.each([...SKIP_REASONS.map((r) => `directive.skipped.${r}`), ...TASK_FLAGS.map((f) => `directive.flag.${f}`)])("%s in vi and en", (key) => {
    const vi = rawMessage("vi", key);
    const en = rawMessage("en", key);
    expect(vi, `vi ${key}`).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữ]/);
    expect(en, `en ${key}`).toMatch(/^[A-Z]/);
    expect(vi).not.toBe(en);
  });
});
