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
/** "Phó Giám đốc", "Phó Chủ tịch Thường trực": a deputy. */
const DEPUTY = /^pho /;

/** The official's title reduced to its head title ("giam doc"), or null when it is no head's. */
export function headTitleOf(title: string): string | null {
  const words = plainWords(title).replace(ACTING, "");
  if (DEPUTY.test(words)) return null;
  return HEAD_TITLES.find((t) => words === t || words.startsWith(`${t} `)) ?? null;
}

/** Precedence of a head title, lower first; Infinity for a title that heads nothing. */
export function headRank(title: string): number {
  const head = headTitleOf(title);
  return head === null ? Infinity : HEAD_TITLES.indexOf(head);
}
