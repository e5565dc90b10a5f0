import { describe, expect, it } from "vitest";
import { looksLikeNotice } from "../../src/bot/commands.ts";

describe("looksLikeNotice: an admin's pasted notice, not a reply", () => {
  it("takes a short press report that gives a named unit work, its dateline first", () => {
    expect(looksLikeNotice("21:20 05/08/2022\nNgày 5-8, UBND tỉnh Hà Tĩnh cho biết, đã giao Sở KH-ĐT chủ trì, phối hợp với các sở Tài chính, "
      + "NN-PTNT và các cơ quan liên quan kiểm tra, soát xét cụ thể phương án, khả năng cân đối nguồn vốn để tham mưu xử lý sạt lở kè biển Cẩm Nhượng.")).toBe(true);
  });

  it.each([
    "21:20 em xong rồi ạ",
    "Dạ báo cáo anh, nhiệm vụ 2 bên em đã hoàn thành, văn bản số 1523/SNV-TCBC đã gửi UBND tỉnh ngày 28/11, còn nhiệm vụ 3 đang chờ Sở Tài chính thẩm định nên xin gia hạn đến 31/12 ạ",
    "NV1 xong rồi, NV2 được 70% ạ",
  ])("leaves a reply a reply: %j", (text) => { expect(looksLikeNotice(text)).toBe(false); });
});
