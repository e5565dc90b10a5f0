/**
 * Who heads a unit. A head holds one of the head titles below, not as a deputy ("Phó Giám đốc"
 * never heads); an acting head ("Quyền Giám đốc") does.
 */
import { plainWords } from "./unit-name.ts";

/** Titles that head a unit, as plain folded words; when a unit has several heads the earlier title wins. */
export const HEAD_TITLES: readonly string[] = [
  "giam doc", // Sở, Công an tỉnh, Đài Phát thanh - Truyền hình
  "chu tich", // UBND tỉnh, huyện, xã, phường
  "truong ban", // Ban Dân tộc, Ban Quản lý các Khu công nghiệp
  "chanh van phong", // Văn phòng UBND tỉnh
  "chanh thanh tra", // Thanh tra tỉnh
  "chi huy truong", // Bộ Chỉ huy Quân sự tỉnh
  "thu truong", // a sheet may write the generic word itself
  "bi thu", // Huyện ủy, Thành ủy
];

/** "Quyền Giám đốc": acting, a head all the same. */
const ACTING = /^quyen /;

/**
 * The official's title reduced to its head title ("giam doc"), or null when it is no head's. The head
 * title must open the title, so "Phó Giám đốc" and "Phó Chủ tịch Thường trực" (deputies) never match.
 */
export function headTitleOf(title: string): string | null {
  const words = plainWords(title).replace(ACTING, "");
  return HEAD_TITLES.find((t) => words === t || words.startsWith(`${t} `)) ?? null;
}
