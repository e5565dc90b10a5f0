import { describe, expect, it } from "vitest";
import { htmlToText } from "../../src/intake/html-text.ts";

describe("htmlToText", () => {
  it("numbers ordered lists (from their start), letters the second level, dashes bullets", () => {
    const html = `<p>Giao các sở:</p><ol start="3"><li>Sở Tài chính:<ol><li>Tham mưu phân bổ vốn</li><li>Báo cáo quý</li></ol></li><li>Sở Nội vụ rà soát biên chế.</li></ol><ul><li>Các sở, ban, ngành;</li></ul>`;
    expect(htmlToText(html)).toBe("Giao các sở:\n\n3. Sở Tài chính:\n\na) Tham mưu phân bổ vốn\n\nb) Báo cáo quý\n\n4. Sở Nội vụ rà soát biên chế.\n\n- Các sở, ban, ngành;\n");
  });

  it("reads a two-column layout table cell by cell, a wider table as '|' rows", () => {
    const html = `<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>TỈNH BẮC KẠN</p></td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr></table>
      <table><thead><tr><th>STT</th><th>Nội dung</th><th>Thời hạn</th></tr></thead><tbody><tr><td>1</td><td><p>Rà soát</p><p>thủ tục</p></td><td colspan="1">Quý II/2026</td></tr><tr><td></td><td>Báo cáo | tổng hợp</td><td></td></tr></tbody></table>`;
    expect(htmlToText(html)).toBe("ỦY BAN NHÂN DÂN\n\nTỈNH BẮC KẠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n| STT | Nội dung | Thời hạn |\n| 1 | Rà soát thủ tục | Quý II/2026 |\n|  | Báo cáo / tổng hợp |  |\n");
  });

  it("keeps a merged cell's columns in place, breaks lines at <br>, leaves scripts and images out", () => {
    const html = `<table><tr><td colspan="2">Nhóm 1</td><td>Sở Y tế</td></tr><tr><td>1</td><td>Kiểm tra</td><td>Sở Y tế</td></tr></table><p>Dòng một<br>Dòng hai<script>alert(1)</script><img alt="ảnh"></p>`;
    expect(htmlToText(html)).toBe("| Nhóm 1 |  | Sở Y tế |\n| 1 | Kiểm tra | Sở Y tế |\n\nDòng một\n\nDòng hai\n");
  });
});
