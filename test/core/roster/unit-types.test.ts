import { describe, expect, it } from "vitest";
import { unitTypeFromName, unitTypeOf } from "../../../src/core/roster/unit-types.ts";

describe("unit types as admins write them", () => {
  it.each([
    ["Sở", "sở"], ["so", "sở"], ["SỞ", "sở"], ["Ban, ngành", "ban ngành"], ["ngành", "ban ngành"], ["Ban ngành", "ban ngành"],
    ["Huyện", "huyện"], ["TP", "thành phố"], ["Thành phố", "thành phố"], ["Thị xã", "thị xã"], ["Xã", "xã"], ["Phường", "phường"],
    ["Đặc khu", "đặc khu"], ["Huyện ủy", "huyện ủy"], ["Huyện uỷ", "huyện ủy"], ["Thành ủy", "thành ủy"], ["Tỉnh", "tỉnh"], ["khác", "khác"],
  ])("%s → %s", (cell, type) => {
    expect(unitTypeOf(cell)).toBe(type);
  });

  it("knows no type for words that name none", () => {
    expect(unitTypeOf("Đơn vị sự nghiệp")).toBeNull();
    expect(unitTypeOf("")).toBeNull();
  });

  it.each([
    ["Sở KH&ĐT", "sở"], ["UBND huyện Ba Bể", "huyện"], ["Ủy ban nhân dân TP. Bắc Kạn", "thành phố"], ["UBND phường Đức Xuân", "phường"],
    ["UBND xã Ba Bể", "xã"], ["UBND đặc khu Lý Sơn", "đặc khu"], ["Huyện ủy Pác Nặm", "huyện ủy"], ["UBND tỉnh", "tỉnh"],
    ["Văn phòng UBND tỉnh", "ban ngành"], ["Công an tỉnh", "ban ngành"], ["Ban Dân tộc", "ban ngành"], ["Đài Phát thanh và Truyền hình tỉnh", null],
  ])("the name %s implies %s", (unit, type) => {
    expect(unitTypeFromName(unit)).toBe(type);
  });
});
