import { describe, expect, it } from "vitest";
import { layoutText, type PdfLine, type PdfPage } from "../../src/intake/pdf-layout.ts";

/** A line of text on an A4 page (595 × 842 pt), from x to x2 at height y. */
const line = (text: string, y: number, x = 90, x2 = 530): PdfLine => ({ text, xMin: x, xMax: x2, yMin: y, yMax: y + 12 });
const page = (...blocks: PdfLine[][]): PdfPage => ({ width: 595, height: 842, blocks: blocks.map((lines) => ({ lines })) });

describe("layoutText", () => {
  it("drops page numbers and headers or footers that run on every page, keeps everything else", () => {
    const pages = [1, 2, 3].map((n) => page(
      [line("CÔNG VĂN SỐ 12/UBND-VX", 20, 200, 400)],
      [line(`Đoạn ${n} của văn bản.`, 300, 90, 300)],
      [line(`Trang ${n}/3`, 815, 500, 540)],
    ));
    expect(layoutText(pages)).toMatchObject({ text: "Đoạn 1 của văn bản.\n\nĐoạn 2 của văn bản.\n\nĐoạn 3 của văn bản.\n", dropped: 6 });
  });

  it("keeps a heading that appears once in the top band", () => {
    const only = page([line("ỦY BAN NHÂN DÂN", 40, 90, 200)], [line("Nội dung.", 300, 90, 200)]);
    expect(layoutText([only]).text).toBe("ỦY BAN NHÂN DÂN\n\nNội dung.\n");
  });

  it("re-joins wrapped lines, also over a page break, but not after a short line or before an item", () => {
    const pages = [
      page([line("1. Sở Tài chính chủ trì tham mưu phương án bố trí kinh phí cho các", 700), line("xã, phường; hoàn thành trước ngày 15/5/2026.", 714, 110, 330)],
        [line("2. Sở Nội vụ rà soát biên chế của các cơ quan, đơn vị trên địa bàn", 740), line("tỉnh theo quy định, báo cáo UBND tỉnh kết quả thực hiện trong", 754)]),
      page([line("2", 40, 290, 300)], [line("quý III/2026.", 90, 90, 160)], [line("3. Công an tỉnh bảo đảm an ninh.", 110, 90, 300)]),
    ];
    expect(layoutText(pages).text).toBe("1. Sở Tài chính chủ trì tham mưu phương án bố trí kinh phí cho các xã, phường; hoàn thành trước ngày 15/5/2026.\n\n2. Sở Nội vụ rà soát biên chế của các cơ quan, đơn vị trên địa bàn tỉnh theo quy định, báo cáo UBND tỉnh kết quả thực hiện trong quý III/2026.\n\n3. Công an tỉnh bảo đảm an ninh.\n");
  });

  it("reads 'kinh tế' | '- xã hội' as one phrase, a dash after a full stop as a bullet", () => {
    const p = page([line("Phát triển kinh tế", 300), line("- xã hội của tỉnh.", 314, 90, 200), line("- Các sở, ban, ngành;", 328, 90, 200)]);
    expect(layoutText([p]).text).toBe("Phát triển kinh tế - xã hội của tỉnh.\n\n- Các sở, ban, ngành;\n");
  });

  it("does not join the narrow columns of an official heading", () => {
    const p = page([line("ỦY BAN NHÂN DÂN", 60, 90, 205), line("TỈNH BẮC KẠN", 75, 102, 193), line("Số: 147/TB-UBND", 90, 90, 186)],
      [line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 60, 279, 530), line("Độc lập - Tự do - Hạnh phúc", 75, 329, 482)],
      [line("Một đoạn văn bản đủ dài để làm chuẩn lề trái và lề phải của trang.", 300)]);
    expect(layoutText([p]).paragraphs.slice(0, 5)).toEqual(["ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN", "Số: 147/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]);
  });
});
