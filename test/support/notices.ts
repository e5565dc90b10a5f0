/** Small notices in the official layout of UBND tỉnh Quảng Trị, dated 02/12/2026, for integration tests. */

/** `items` become "1. …", "2. …"; `extra` lines go between the title and the items (e.g. a subject line). */
export function quangTriNotice(number: string, items: string[], extra: string[] = []): string {
  return [
    "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", `Số: ${number}`, "Quảng Trị, ngày 02 tháng 12 năm 2026", "THÔNG BÁO", ...extra,
    ...items.map((t, i) => `${i + 1}. ${t}`),
  ].join("\n") + "\n";
}

export const TAICHINH_15_12 = "Giao Sở Tài chính chủ trì tham mưu phương án sắp xếp, hoàn thành trước ngày 15/12/2026.";
export const NOIVU_31_12 = "Giao Sở Nội vụ rà soát biên chế, hoàn thành trước ngày 31/12/2026.";
export const NOIVU_15_12 = "Giao Sở Nội vụ rà soát biên chế, hoàn thành trước ngày 15/12/2026.";
export const TAICHINH_MONTHLY = "Sở Tài chính báo cáo tình hình giải ngân vốn đầu tư công hằng tháng.";
