import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Official } from "../../src/core/model.ts";
import { readRoster } from "../../src/roster/import.ts";
import { fixturePath } from "../core/roster/rosters.ts";

const HEADER = "Mã,Họ và tên,Chức vụ,Đơn vị,Loại đơn vị,Cấp trên,Ngôn ngữ,Vai trò,Telegram,Zalo";
const GOOD = [
  "STC-GD,Hà Thị Thu Trang,Giám đốc,Sở Tài chính,Sở,,vi,Lãnh đạo,5201000101,",
  "STC-PGD,Lê Văn Nam,Phó Giám đốc,Sở Tài chính,Sở,STC-GD,,,,1840032000000001001",
];

/** A CSV as Excel's "CSV UTF-8" writes it: BOM, CRLF. */
const excelCsv = (...lines: string[]): Buffer => Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");

function officials(bytes: Buffer, name = "roster.csv"): Official[] {
  const r = readRoster(bytes, name);
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.officials;
}

function errors(bytes: Buffer, name = "roster.csv"): string[] {
  const r = readRoster(bytes, name);
  if (r.ok) throw new Error("imported what should have been refused");
  return r.errors;
}

describe("the Bắc Kạn 2022 roster, as Excel exported it", () => {
  const bytes = readFileSync(fixturePath("bac-kan-2022.csv"));
  const result = readRoster(bytes, "bac-kan-2022.csv");
  if (!result.ok) throw new Error(result.errors.join("\n"));
  const byId = new Map(result.officials.map((o) => [o.id, o]));

  it("is the export it claims to be: BOM, CRLF, quoted fields with commas", () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain('"Sở Văn hóa, Thể thao và Du lịch"');
    expect(bytes.toString("utf8").split("\r\n")).toHaveLength(52);
  });

  it("loads every official, reading through the BOM and the quotes", () => {
    expect(result.officials).toHaveLength(50);
    expect(result.officials[0]).toEqual({
      id: "UBT-CT", fullName: "Hoàng Văn Thạch", title: "Chủ tịch", unit: "UBND tỉnh", unitType: "tỉnh",
      supervisorId: null, locale: "vi", role: "leader", telegramChatId: "5201000101", zaloUserId: null,
    });
    expect(byId.get("SVHTTDL-GD")).toMatchObject({ unit: "Sở Văn hóa, Thể thao và Du lịch", unitType: "sở", supervisorId: "UBT-PCT1" });
  });

  it("folds the unit types, locales and roles the admins wrote", () => {
    expect(byId.get("SNV-GD")!.unitType).toBe("sở"); // "so"
    expect(byId.get("SCT-GD")!.unitType).toBe("sở"); // "SỞ"
    expect(byId.get("CAT-TT")!.unitType).toBe("ban ngành"); // "ngành"
    expect(byId.get("UBBK-CT")!.unitType).toBe("thành phố"); // "TP"
    expect(byId.get("HUBB-BT")!.unitType).toBe("huyện ủy");
    expect(byId.get("SKHCN-GD")!.locale).toBe("en"); // "English"
    expect(byId.get("STP-GD")!.locale).toBe("vi"); // empty
    expect(result.officials.filter((o) => o.role === "admin").map((o) => o.id)).toEqual(["VP-CV1", "SNV-CCHC"]);
    expect(byId.get("UBCD-CT")).toMatchObject({ telegramChatId: "5201003663", zaloUserId: "1840032000000009105" });
  });

  it("warns about what it could not place, without refusing the file", () => {
    expect(result.warnings).toMatchInlineSnapshot(`
      [
        "Dòng 50: cán bộ Lường Văn Hải chưa có mã Telegram hoặc Zalo nên sẽ chưa nhận được nhắc việc. (Row 50: no Telegram or Zalo id, so no reminders can reach this official.)",
        "Dòng 51, cột «Loại đơn vị»: không rõ loại đơn vị "Đơn vị sự nghiệp", tạm xếp vào "khác". (Row 51, column "Loại đơn vị": unknown unit type, filed under "khác".)",
      ]
    `);
  });
});

describe("the 2026 sample roster (JSON)", () => {
  it("loads every official with no warning", () => {
    const r = readRoster(readFileSync(fixturePath("sample-2026.json")), "sample-2026.json");
    expect(r.ok && r.warnings).toEqual([]);
    expect(r.ok && r.officials.map((o) => o.unitType)).toContain("phường");
    expect(r.ok && r.officials).toHaveLength(19);
  });
});

describe("what Excel and other tools write", () => {
  const expected = officials(excelCsv(HEADER, ...GOOD));

  it("reads semicolon-separated CSV (Excel with a comma decimal mark)", () => {
    expect(officials(excelCsv(HEADER.replaceAll(",", ";"), ...GOOD.map((l) => l.replaceAll(",", ";"))))).toEqual(expected);
  });

  it("reads tab-separated UTF-16LE (Excel's Unicode text), with or without a BOM", () => {
    const text = [HEADER, ...GOOD].map((l) => l.replaceAll(",", "\t")).join("\r\n");
    expect(officials(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]), "roster.txt")).toEqual(expected);
    expect(officials(Buffer.from(text, "utf16le"), "roster.txt")).toEqual(expected);
  });

  it("reads plain UTF-8 with LF, quoted fields and doubled quotes", () => {
    const csv = `${HEADER}\n"STC-GD","Hà Thị ""Thu"" Trang",Giám đốc,"Sở Tài chính",Sở,,,,5201000101,\n`;
    expect(officials(Buffer.from(csv))[0]!.fullName).toBe('Hà Thị "Thu" Trang');
  });

  it("reads English headers in any case, and Vietnamese ones without diacritics", () => {
    const en = "ID,FULL NAME,Title,Unit,Unit type,Supervisor,Locale,Role,Telegram chat id,Zalo user id";
    const plain = "Ma,Ho ten,CHUC VU,Co quan,Loai don vi,Cap tren,Ngon ngu,Vai tro,telegram,zalo";
    expect(officials(excelCsv(en, ...GOOD))).toEqual(expected);
    expect(officials(excelCsv(plain, ...GOOD))).toEqual(expected);
  });

  it("keeps Excel's row numbers across blank rows and multi-line cells", () => {
    const csv = excelCsv(HEADER, ...GOOD, ",,,,,,,,,", "", 'X1,"Nông Văn\nChí",Chủ tịch,UBND huyện Ba Bể,Huyện,,,,abc,');
    expect(errors(csv)).toEqual([expect.stringMatching(/^Dòng 6, cột «Telegram»/)]);
  });

  it("infers the unit type from the unit's name when the column is blank or missing", () => {
    const csv = excelCsv("Mã,Họ và tên,Chức vụ,Đơn vị,Telegram", "A,Nông Văn Chí,Chủ tịch,UBND huyện Ba Bể,1", "B,Lý Thị Huệ,Trưởng ban,Ban Dân tộc,2");
    expect(officials(csv).map((o) => o.unitType)).toEqual(["huyện", "ban ngành"]);
  });

  it("reads a JSON file with Vietnamese keys and numeric ids", () => {
    const json = JSON.stringify([{ "Mã": "A", "Họ và tên": "Nông Văn Chí", "Chức vụ": "Chủ tịch", "Đơn vị": "UBND xã Ba Bể", "Loại đơn vị": "Xã", Telegram: 123456789 }]);
    expect(officials(Buffer.from(json), "roster.json")[0]).toMatchObject({ unitType: "xã", telegramChatId: "123456789", role: "leader", locale: "vi" });
  });
});

describe("a bad roster is refused whole, every problem named with its row and column", () => {
  const bad = (line: string): string[] => errors(excelCsv(HEADER, ...GOOD, line));

  it("an empty name", () => {
    expect(bad("X1,,Giám đốc,Sở Y tế,Sở,,,,1,")).toMatchInlineSnapshot(`
      [
        "Dòng 4, cột «Họ và tên»: cần có giá trị, ô đang để trống. (Row 4, column "Họ và tên": a value is required.)",
      ]
    `);
  });

  it("a duplicate id", () => {
    expect(bad("STC-GD,Đồng Văn Lực,Giám đốc,Sở Y tế,Sở,,,,1,")).toMatchInlineSnapshot(`
      [
        "Dòng 4, cột «Mã»: mã "STC-GD" trùng với dòng 2. (Row 4, column "Mã": duplicate id, first used on row 2.)",
      ]
    `);
  });

  it("a supervisor id that is not in the roster, or is oneself", () => {
    expect(bad("X1,Đồng Văn Lực,Giám đốc,Sở Y tế,Sở,UBT-CT,,,1,")).toMatchInlineSnapshot(`
      [
        "Dòng 4, cột «Cấp trên»: mã cấp trên "UBT-CT" không có trong danh sách. (Row 4, column "Cấp trên": supervisor id not found in the roster.)",
      ]
    `);
    expect(bad("X1,Đồng Văn Lực,Giám đốc,Sở Y tế,Sở,X1,,,1,")).toMatchInlineSnapshot(`
      [
        "Dòng 4, cột «Cấp trên»: cán bộ không thể là cấp trên của chính mình. (Row 4, column "Cấp trên": an official cannot be their own supervisor.)",
      ]
    `);
  });

  it("a Telegram id that is not an integer, or that Excel turned into 5.2E+09", () => {
    expect(bad("X1,Đồng Văn Lực,Giám đốc,Sở Y tế,Sở,,,,@dongvanluc,")).toMatchInlineSnapshot(`
      [
        "Dòng 4, cột «Telegram»: mã chat Telegram phải là số nguyên (ví dụ 123456789 hoặc -1001234567890), đang là "@dongvanluc". (Row 4, column "Telegram": expected an integer Telegram chat id.)",
      ]
    `);
    expect(bad("X1,Đồng Văn Lực,Giám đốc,Sở Y tế,Sở,,,,5.2E+09,")).toMatchInlineSnapshot(`
      [
        "Dòng 4, cột «Telegram»: Excel đã ghi số ở dạng khoa học (5.2E+09); xin định dạng cột là Văn bản (Text) rồi xuất lại. (Row 4, column "Telegram": Excel wrote the number in scientific notation; format the column as Text and export again.)",
      ]
    `);
  });

  it("a Zalo id, a locale, a role and an id that cannot be right", () => {
    expect(bad("X 1,Đồng Văn Lực,Giám đốc,Sở Y tế,Sở,,Pháp,Trưởng phòng,,zalo.me/dvl")).toMatchInlineSnapshot(`
      [
        "Dòng 4, cột «Mã»: mã chỉ gồm chữ, số và các dấu - _ . (không có khoảng trắng, ":" hay "~"), đang là "X 1". (Row 4, column "Mã": expected letters, digits, - _ . only.)",
        "Dòng 4, cột «Ngôn ngữ»: ngôn ngữ phải là "vi" (tiếng Việt) hoặc "en" (tiếng Anh), đang là "Pháp". (Row 4, column "Ngôn ngữ": expected "vi" or "en".)",
        "Dòng 4, cột «Vai trò»: vai trò phải là "lãnh đạo" hoặc "quản trị", đang là "Trưởng phòng". (Row 4, column "Vai trò": expected "leader" or "admin".)",
        "Dòng 4, cột «Zalo»: mã người dùng Zalo chỉ gồm chữ số, đang là "zalo.me/dvl". (Row 4, column "Zalo": expected a numeric Zalo user id.)",
      ]
    `);
  });

  it("lists every error at once and imports nothing", () => {
    const result = readRoster(excelCsv(HEADER, ",Lê Văn A,,Sở Y tế,Sở,,,,x,", ...GOOD, "STC-GD,,Giám đốc,Sở Y tế,Sở,ZZZ,,,,"), "roster.csv");
    expect(result).toMatchInlineSnapshot(`
      {
        "errors": [
          "Dòng 2, cột «Mã»: cần có giá trị, ô đang để trống. (Row 2, column "Mã": a value is required.)",
          "Dòng 2, cột «Chức vụ»: cần có giá trị, ô đang để trống. (Row 2, column "Chức vụ": a value is required.)",
          "Dòng 2, cột «Telegram»: mã chat Telegram phải là số nguyên (ví dụ 123456789 hoặc -1001234567890), đang là "x". (Row 2, column "Telegram": expected an integer Telegram chat id.)",
          "Dòng 5, cột «Họ và tên»: cần có giá trị, ô đang để trống. (Row 5, column "Họ và tên": a value is required.)",
          "Dòng 5, cột «Mã»: mã "STC-GD" trùng với dòng 3. (Row 5, column "Mã": duplicate id, first used on row 3.)",
        ],
        "ok": false,
      }
    `);
  });

  it("missing and doubled columns are named on row 1", () => {
    expect(errors(excelCsv("Mã,Chức vụ,Họ tên,Họ và tên", "A,Giám đốc,B,B"))).toMatchInlineSnapshot(`
      [
        "Dòng 1, cột «Họ và tên»: cột «Họ tên» và «Họ và tên» cùng là Họ và tên; xin giữ lại một cột. (Row 1, column "Họ và tên": two columns hold the same field; keep one.)",
        "Dòng 1: thiếu cột «Đơn vị». (Row 1: missing column "unit".)",
      ]
    `);
  });

  it("files that are not a readable CSV or JSON roster", () => {
    expect(errors(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), "roster.xlsx")).toMatchInlineSnapshot(`
      [
        "Đây là tệp Excel (.xlsx/.xls); xin mở trong Excel và lưu lại dưới dạng "CSV UTF-8 (Comma delimited)". (This is an Excel workbook; save it as "CSV UTF-8" first.)",
      ]
    `);
    // "Hà Thị" in Windows-1258, what Excel's plain "CSV" writes on a Vietnamese Windows.
    expect(errors(Buffer.concat([Buffer.from(`${HEADER}\r\nA,H`), Buffer.from([0xe0]), Buffer.from(" Th"), Buffer.from([0xd2, 0x69])]))).toMatchInlineSnapshot(`
      [
        "Tệp không được mã hóa UTF-8 nên tiếng Việt sẽ bị lỗi phông chữ; xin lưu lại trong Excel dưới dạng "CSV UTF-8 (Comma delimited)". (The file is not UTF-8; save it as "CSV UTF-8".)",
      ]
    `);
    expect(errors(Buffer.from(`${HEADER}\r\nA,"Hà Thị,Giám đốc,Sở Y tế\r\n`))).toMatchInlineSnapshot(`
      [
        "Tệp CSV không đọc được ở dòng 3 của tệp: có dấu ngoặc kép chưa được đóng. (CSV error at line 3: CSV_QUOTE_NOT_CLOSED.)",
      ]
    `);
    expect(errors(excelCsv(HEADER))).toMatchInlineSnapshot(`
      [
        "Tệp không có dòng dữ liệu nào. (The file has no data rows.)",
      ]
    `);
    expect(errors(Buffer.from(""), "roster.csv")).toMatchInlineSnapshot(`
      [
        "Tệp trống, không có dòng tiêu đề. (The file is empty.)",
      ]
    `);
  });

  it("JSON that is not an array of officials", () => {
    expect(errors(Buffer.from('{"officials": []}'), "roster.json")).toMatchInlineSnapshot(`
      [
        "Tệp JSON phải là một danh sách (mảng) các cán bộ. (Expected a JSON array of officials.)",
      ]
    `);
    expect(errors(Buffer.from('[{"id": "A", "fullName": "B", "title": "C", "unit": "Sở Y tế"}, "D"]'), "roster.json")).toMatchInlineSnapshot(`
      [
        "Mục 2: cần một đối tượng {…} mô tả một cán bộ. (Item 2: expected an object describing one official.)",
      ]
    `);
    expect(errors(Buffer.from("[{,}]"), "roster.json")).toMatchInlineSnapshot(`
      [
        "Tệp JSON không đọc được: Expected property name or '}' in JSON at position 2. (Invalid JSON.)",
      ]
    `);
    expect(errors(Buffer.from('[{"id": "A", "fullName": "B", "title": "C", "unit": "Sở Y tế", "zaloUserId": 1840032000000001001, "role": true}]'), "roster.json")).toMatchInlineSnapshot(`
      [
        "Mục 1, trường «role»: cần chữ hoặc số. (Item 1, field "role": expected text or a number.)",
        "Mục 1, trường «zaloUserId»: số 1840032000000001000 quá lớn để đọc chính xác; xin ghi trong dấu ngoặc kép như một chuỗi. (Item 1, field "zaloUserId": number too large to read exactly; write it as a string.)",
      ]
    `);
  });
});
