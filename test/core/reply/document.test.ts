import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { samplePath } from "../../support/samples.ts";
import { looksLikeDocument } from "../../../src/core/reply/document.ts";

const NOTICE_147 = readFileSync(samplePath("thong-bao-147-bac-kan.txt"), "utf8");

describe("looksLikeDocument", () => {
  it.each([
    "xong", "1 xong, 2 đạt 70%", "NV1 xong\nNV2 đạt 80%\nNV3 xin gia hạn đến 31/12",
    "Dạ em báo cáo anh: NV1, NV2 đã hoàn thành; NV3 đang triển khai đạt 60%; NV4 vướng mắc về mặt bằng, đề nghị anh hỗ trợ",
    "vướng mắc do thiếu kinh phí, đề nghị Sở Tài chính bố trí",
    "1. xong 2. đang làm 3. chưa",
    // A formal leader's reply opens as a letter does, addressed to one person or office (round 17: 16 of 3,200 blind replies).
    "Kính gửi đồng chí, nv 1 đã xử lý xong ạ",
    "Kính gửi Văn phòng UBND tỉnh, Sở Nội vụ báo cáo tiến độ các nhiệm vụ như sau: Nhiệm vụ 1 đã hoàn thành, đã ban hành Hướng dẫn số 45/HD-SNV ngày 12/12/2026. Nhiệm vụ 2 đã trình UBND tỉnh, đang chờ phê duyệt.",
    "Kính gửi: Văn phòng UBND tỉnh Tuyên Quang\nSở Lao động – Thương binh và Xã hội báo cáo tiến độ thực hiện nhiệm vụ được giao: nhiệm vụ 1 đã hoàn thành.",
    "Kính gửi đồng chí Phó Chủ tịch, hiện nay kinh phí thực hiện chưa được bố trí nên Sở chưa thể tổ chức lựa chọn nhà thầu.",
    "Sở em đã trình Ủy ban nhân dân tỉnh dự thảo quyết định, đang chờ ký",
  ])("a reply: %j", (text) => {
    expect(looksLikeDocument(text)).toBe(false);
  });

  it.each([
    ["the founding notice, pasted whole", NOTICE_147],
    ["two directing lines of a notice", "1. Giao Sở Tài chính chủ trì tổng kết, xong việc tổng kết trước 30/6.\n2. Giao UBND các huyện xin gia hạn đến 30/6 các dự án chậm tiến độ."],
    ["a notice's header", "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\nSở Nội vụ đã hoàn thành"],
    ["a number and symbol line", "Số: 91/TB-UBND\nGiao Sở Nội vụ rà soát xong"],
    ["a Kính gửi line", "Kính gửi: Các sở, ban, ngành\nĐề nghị hoàn thành trước 15/12"],
    ["a letter to the units, short", "Kính gửi: UBND các huyện, thành phố\nĐề nghị báo cáo kết quả xong trước 15/12"],
    ["a letter with no report in it", "Kính gửi Sở Tài chính\nVề việc bố trí kinh phí năm 2027"],
    ["the committee directing", "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành hoàn thành trước ngày 15/12/2026"],
    ["a committee's header", "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC TRỌNG\nĐã hoàn thành"],
  ])("a document: %s", (_what, text) => {
    expect(looksLikeDocument(text)).toBe(true);
  });

  it("a forwarded message is never a status reply, however short", () => {
    expect(looksLikeDocument("xong", { forwarded: true })).toBe(true);
  });
});
