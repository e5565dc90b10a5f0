import { describe, expect, it } from "vitest";
import { ocrText, readTesseractTsv } from "../../src/intake/ocr-text.ts";

const HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";

/**
 * Tesseract's TSV for a page of 2480 × 3508 px (A4 at 300 dpi): each entry is [block, paragraph, left, top, width,
 * words…], words as "text" or "text@confidence" (default 95), spread over the width; entries at the same top
 * are one line (the two columns of a heading).
 */
function tsv(lines: Array<[number, number, number, number, number, ...string[]]>): string {
  const rows = [HEADER, "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t"];
  lines.forEach(([block, par, left, top, width, ...words]) => {
    const step = Math.floor(width / words.length);
    words.forEach((w, k) => {
      const [text, conf] = w.split("@");
      rows.push(`5\t1\t${block}\t${par}\t${top}\t${k + 1}\t${left + k * step}\t${top}\t${step - 12}\t40\t${conf ?? 95}\t${text}`);
    });
  });
  return rows.join("\n");
}

const FULL = 2000;

describe("OCR text", () => {
  it("puts back list numbers OCR read wrong or apart, in sequence", () => {
    const page = readTesseractTsv(tsv([
      [1, 1, 300, 1000, FULL, "Trong", "năm", "2022,", "tập", "trung", "thực", "hiện", "các", "nhiệm", "vụ:"],
      [2, 1, 300, 1100, 30, "œ3"],
      [3, 1, 340, 1100, FULL, ".", "Nghiêm", "túc", "thực", "hiện", "Văn", "bản", "số", "1322/UBND-NCPC."],
      [4, 1, 300, 1200, FULL, "2.", "Thường", "xuyên", "chỉ", "đạo,", "đôn", "đốc", "thực", "hiện."],
      [5, 1, 300, 1300, FULL, "5", "Rà", "soát", "khắc", "phục", "các", "nội", "dung", "Chỉ", "số", "CCHC:"],
      [6, 1, 300, 1400, FULL, "4,", "Tăng", "cường", "phối", "hợp", "giữa", "các", "cơ", "quan."],
    ]));
    expect(ocrText([page], 70).text.split("\n\n")).toEqual([
      "Trong năm 2022, tập trung thực hiện các nhiệm vụ:",
      "1. Nghiêm túc thực hiện Văn bản số 1322/UBND-NCPC.",
      "2. Thường xuyên chỉ đạo, đôn đốc thực hiện.",
      "3. Rà soát khắc phục các nội dung Chỉ số CCHC.",
      "4. Tăng cường phối hợp giữa các cơ quan.\n",
    ]);
  });

  it("leaves a list of dashes alone", () => {
    const page = readTesseractTsv(tsv([
      [1, 1, 300, 1000, 800, "-", "Các", "sở,", "ban,", "ngành;"],
      [2, 1, 300, 1100, 800, "-", "Huyện", "ủy,", "Thành", "ủy;"],
      [3, 1, 300, 1200, 800, "-", "Lưu:", "VT."],
    ]));
    expect(ocrText([page], 70).text).toBe("- Các sở, ban, ngành;\n\n- Huyện ủy, Thành ủy;\n\n- Lưu: VT.\n");
  });

  it("reads side-by-side columns one after the other, drops specks, mends 'Trong.năm'", () => {
    const page = readTesseractTsv(tsv([
      [1, 1, 200, 200, 700, "ỦY", "BAN", "NHÂN", "DÂN"], [1, 1, 1400, 200, 900, "CỘNG", "HÒA", "XÃ", "HỘI"],
      [1, 1, 240, 260, 600, "TỈNH", "BẮC", "KẠN"], [1, 1, 1500, 260, 700, "Độc", "lập", "-", "Tự", "do"],
      [2, 1, 1200, 600, 30, "¬@40"],
      [3, 1, 300, 900, FULL, "Trong.năm", "2022,", "tập", "trung", "thực", "hiện."],
    ]));
    expect(ocrText([page], 70).text.split("\n\n").slice(0, 4)).toEqual(["ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN", "CỘNG HÒA XÃ HỘI", "Độc lập - Tự do"]);
    expect(ocrText([page], 70).text).toContain("Trong năm 2022, tập trung thực hiện.");
    expect(ocrText([page], 70).text).not.toContain("¬");
  });

  it("weighs confidence by word length and reports lines with weak words, however good their mean", () => {
    const page = readTesseractTsv(tsv([
      [1, 1, 300, 1000, FULL, "Giám", "đốc", "các", "sở", "thực", "hiện", "nghiêm", "túc", "các", "nhiệm", "vụ."],
      [1, 1, 300, 1060, FULL, "Rà", "soát", "Ê:cliyêff4môn@92", "các", "thủ", "tục", "hành", "chính."],
      [1, 1, 300, 1120, FULL, "Báo@30", "cáo@40", "kết@35", "quả@30", "hằng@20", "tháng.@40"],
    ]));
    const r = ocrText([page], 70);
    expect(r.lowConfidenceLines).toEqual(["Rà soát Ê:cliyêff4môn các thủ tục hành chính.", "Báo cáo kết quả hằng tháng."]);
    expect(Math.round(r.confidence)).toBe(74);
  });
});
