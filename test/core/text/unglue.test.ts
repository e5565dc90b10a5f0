import { describe, expect, it } from "vitest";
import { unglue } from "../../../src/core/text/unglue.ts";

describe("unglue: words a PDF or a portal glued together", () => {
  it.each([
    ["Giaocho Sở Xây dựng chủ trì", "Giao cho Sở Xây dựng chủ trì"],
    ["Ban hành kèm theoQuyết định này", "Ban hành kèm theo Quyết định này"],
    ["phối hợp cácsở, ban, ngành", "phối hợp các sở, ban, ngành"],
    ["Ủyban nhân dân các huyện", "Ủy ban nhân dân các huyện"],
    ["Tiếp tụcchỉ đạo, UBND các xã", "Tiếp tục chỉ đạo, UBND các xã"],
    ["tỉnh ThanhHóa", "tỉnh Thanh Hóa"],
  ])("splits %j", (glued, split) => { expect(unglue(glued)).toBe(split); });

  it.each([
    "Quyết định hướng dẫn thường xuyên khuyến khích nghiêng",
    "Website, Email, online, Facebook, Zalo, iPhone, Covid",
    "THÔNGBÁO KHẨN",
    "http://vpub.laichau.gov.vn/thongbao, baolaichau@gmail.com",
    "Nguyễn Thị Thanh Hương",
    "12 hecta lúa, video, laptop, canxi, photpho, Insert title here, modem, Title Header",
  ])("leaves %j as it is", (text) => { expect(unglue(text)).toBe(text); });
});
