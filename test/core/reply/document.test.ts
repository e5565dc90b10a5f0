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
  ])("a reply: %j", (text) => {
    expect(looksLikeDocument(text)).toBe(false);
  });

  it.each([
    ["the founding notice, pasted whole", NOTICE_147],
    ["two directing lines of a notice", "1. Giao Sở Tài chính chủ trì tổng kết, xong việc tổng kết trước 30/6.\n2. Giao UBND các huyện xin gia hạn đến 30/6 các dự án chậm tiến độ."],
    ["a notice's header", "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\nSở Nội vụ đã hoàn thành"],
    ["a number and symbol line", "Số: 91/TB-UBND\nGiao Sở Nội vụ rà soát xong"],
    ["a Kính gửi line", "Kính gửi: Các sở, ban, ngành\nĐề nghị hoàn thành trước 15/12"],
  ])("a document: %s", (_what, text) => {
    expect(looksLikeDocument(text)).toBe(true);
  });

  it("a forwarded message is never a status reply, however short", () => {
    expect(looksLikeDocument("xong", { forwarded: true })).toBe(true);
  });
});
