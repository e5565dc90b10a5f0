/**
 * What the admin reads when a roster does not import: Vietnamese first, an English hint after, each
 * message saying where (row as Excel numbers it, header = row 1; or item of a JSON array), which
 * column, and what is expected.
 */

/** Where a problem is: a CSV row (Excel numbering) or a JSON array item (1-based). */
export interface Place {
  kind: "row" | "item";
  n: number;
  /** The column's header as written in the file, or null for the whole row. */
  column: string | null;
}

/** One problem, in both languages, without its place. */
export interface Text {
  vi: string;
  en: string;
}

/** "Dòng 5, cột «Telegram»: … (Row 5, column "Telegram": …)"; a JSON item has fields, not columns. */
export function at(place: Place, text: Text): string {
  const [row, column, rowEn, columnEn] = place.kind === "row" ? ["Dòng", "cột", "Row", "column"] : ["Mục", "trường", "Item", "field"];
  const vi = `${row} ${place.n}${place.column === null ? "" : `, ${column} «${place.column}»`}`;
  const en = `${rowEn} ${place.n}${place.column === null ? "" : `, ${columnEn} "${place.column}"`}`;
  return `${vi}: ${text.vi}. (${en}: ${text.en}.)`;
}

/** A problem with the whole file. */
export function whole(text: Text): string {
  return `${text.vi}. (${text.en}.)`;
}

const quote = (value: string): string => `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;

/** Problems found in one cell, keyed by the code the row schema reports. */
export const CELL_PROBLEMS = {
  empty: (): Text => ({ vi: "cần có giá trị, ô đang để trống", en: "a value is required" }),
  bad_id: (v: string): Text => ({
    vi: `mã chỉ gồm chữ, số và các dấu - _ . (không có khoảng trắng, ":" hay "~"), đang là ${quote(v)}`,
    en: "expected letters, digits, - _ . only",
  }),
  not_integer: (v: string): Text => /^-?\d+(?:[.,]\d+)?e\+?\d+$/i.test(v)
    ? {
      vi: `Excel đã ghi số ở dạng khoa học (${v}); xin định dạng cột là Văn bản (Text) rồi xuất lại`,
      en: "Excel wrote the number in scientific notation; format the column as Text and export again",
    }
    : { vi: `mã chat Telegram phải là số nguyên (ví dụ 123456789 hoặc -1001234567890), đang là ${quote(v)}`, en: "expected an integer Telegram chat id" },
  not_digits: (v: string): Text => /e\+?\d+$/i.test(v)
    ? {
      vi: `Excel đã ghi số ở dạng khoa học (${v}); xin định dạng cột là Văn bản (Text) rồi xuất lại`,
      en: "Excel wrote the number in scientific notation; format the column as Text and export again",
    }
    : { vi: `mã người dùng Zalo chỉ gồm chữ số, đang là ${quote(v)}`, en: "expected a numeric Zalo user id" },
  bad_locale: (v: string): Text => ({ vi: `ngôn ngữ phải là "vi" (tiếng Việt) hoặc "en" (tiếng Anh), đang là ${quote(v)}`, en: 'expected "vi" or "en"' }),
  bad_role: (v: string): Text => ({ vi: `vai trò phải là "lãnh đạo" hoặc "quản trị", đang là ${quote(v)}`, en: 'expected "leader" or "admin"' }),
  unsafe_number: (v: string): Text => ({
    vi: `số ${v} quá lớn để đọc chính xác; xin ghi trong dấu ngoặc kép như một chuỗi`,
    en: "number too large to read exactly; write it as a string",
  }),
  not_text: (): Text => ({ vi: "cần chữ hoặc số", en: "expected text or a number" }),
} as const;

export type CellProblem = keyof typeof CELL_PROBLEMS;

/** Problems that involve more than one row, or the header. */
export const ROSTER_PROBLEMS = {
  duplicateId: (id: string, firstN: number, kind: Place["kind"]): Text => ({
    vi: `mã ${quote(id)} trùng với ${kind === "row" ? "dòng" : "mục"} ${firstN}`,
    en: `duplicate id, first used on ${kind} ${firstN}`,
  }),
  unknownSupervisor: (id: string): Text => ({ vi: `mã cấp trên ${quote(id)} không có trong danh sách`, en: "supervisor id not found in the roster" }),
  selfSupervisor: (): Text => ({ vi: "cán bộ không thể là cấp trên của chính mình", en: "an official cannot be their own supervisor" }),
  missingColumn: (vi: string, en: string): Text => ({ vi: `thiếu cột «${vi}»`, en: `missing column "${en}"` }),
  duplicateColumn: (first: string, second: string, vi: string): Text => ({
    vi: `cột «${first}» và «${second}» cùng là ${vi}; xin giữ lại một cột`,
    en: "two columns hold the same field; keep one",
  }),
  noRows: (): Text => ({ vi: "Tệp không có dòng dữ liệu nào", en: "The file has no data rows" }),
  emptyFile: (): Text => ({ vi: "Tệp trống, không có dòng tiêu đề", en: "The file is empty" }),
  notObject: (): Text => ({ vi: "cần một đối tượng {…} mô tả một cán bộ", en: "expected an object describing one official" }),
  ignoredColumn: (): Text => ({ vi: "bỏ qua cột này vì không dùng đến", en: "column not used, ignored" }),
  unknownUnitType: (v: string): Text => ({ vi: `không rõ loại đơn vị ${quote(v)}, tạm xếp vào "khác"`, en: 'unknown unit type, filed under "khác"' }),
  noUnitType: (unit: string): Text => ({
    vi: `chưa ghi loại đơn vị và không suy ra được từ tên ${quote(unit)}, tạm xếp vào "khác"`,
    en: 'no unit type given or implied by the unit name, filed under "khác"',
  }),
  noChannel: (name: string): Text => ({
    vi: `cán bộ ${name} chưa có mã Telegram hoặc Zalo nên sẽ chưa nhận được nhắc việc`,
    en: "no Telegram or Zalo id, so no reminders can reach this official",
  }),
} as const;
