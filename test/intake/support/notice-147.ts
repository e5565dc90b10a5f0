/**
 * Notice 147/TB-UBND of Bắc Kạn as the signed document would lay it out (the portal post's attachment):
 * the two-column heading, number and date, title, the opening paragraphs, seven numbered tasks, the closing,
 * "Nơi nhận" and the signature. The tasks are word for word those of the portal text
 * (shared/samples/thong-bao-147-bac-kan.txt), so every rendering must parse to the same seven tasks.
 */

import type { Block } from "./docx.ts";

export const HEADING = {
  issuer: ["ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN"],
  motto: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
  number: "Số: 147/TB-UBND",
  place: "Bắc Kạn, ngày 07 tháng 4 năm 2022",
};

export const TITLE = ["THÔNG BÁO", "Kết luận của Chủ tịch UBND tỉnh tại Hội nghị trực tuyến công tác cải cách hành chính"];

export const OPENING = [
  "Ngày 18/3/2022, Ủy ban nhân dân tỉnh tổ chức Hội nghị trực tuyến công tác cải cách hành chính (CCHC). Sau khi nghe báo cáo kết quả công tác CCHC năm 2021 và ý kiến phát biểu của các đại biểu, Chủ tịch UBND tỉnh Nguyễn Đăng Bình kết luận chỉ đạo như sau:",
  "Giám đốc các sở, Thủ trưởng các ban, ngành; Bí thư Huyện ủy, Thành ủy; Chủ tịch UBND các huyện, thành phố quan tâm hơn nữa đến công tác CCHC, cần có quyết tâm, nỗ lực và quyết liệt trong tổ chức thực hiện; những nội dung mới, khó, cần thiết, quan trọng phải tập trung cao hơn, tìm giải pháp thiết thực, hiệu quả để thực hiện, trong đó lãnh đạo, cán bộ, công chức phải nêu gương đi đầu trong thực hiện.",
  "Trong năm 2022, tập trung thực hiện các nhiệm vụ:",
];

export const TASKS = [
  "Nghiêm túc và khẩn trương thực hiện Văn bản số 1322/UBND-NCPC ngày 04/3/2022 của UBND tỉnh về khắc phục những tồn tại, hạn chế Chỉ số CCHC của các cơ quan, đơn vị năm 2021; có các giải pháp thiết thực sáng tạo cụ thể phù hợp với tình hình đặc điểm của cơ quan, đơn vị.",
  "Thường xuyên chỉ đạo, đôn đốc thực hiện có hiệu quả, đúng tiến độ các nhiệm vụ CCHC được giao chủ trì thực hiện tại Kế hoạch số 798/KH-UBND ngày 24/12/2021 của UBND tỉnh về thực hiện công tác CCHC năm 2022 và kế hoạch CCHC năm của đơn vị, phấn đấu đến cuối năm hoàn thành 100% nhiệm vụ kế hoạch đề ra.",
  "Rà soát khắc phục các nội dung Chỉ số CCHC cấp tỉnh trong năm 2021 chưa đạt điểm hoặc chưa đạt điểm tối đa thuộc trách nhiệm của đơn vị, như: Tỷ lệ hồ sơ thủ tục hành chính (TTHC) cấp huyện, cấp xã chưa được giải quyết đúng hạn 100%; tỷ lệ cán bộ cấp xã chuẩn về chuyên môn theo quy định chưa đạt 100%; tỷ lệ văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử đạt 92%, phấn đấu đạt 100%; tỷ lệ TTHC cung cấp trực tuyến mức độ 3 và 4 có phát sinh hồ sơ, chưa đạt tỷ lệ tối đa theo quy định;…",
  "Tăng cường phối hợp giữa các cơ quan, đơn vị, các cấp, các ngành thực hiện giải quyết TTHC một cách song song, đồng bộ cùng lúc để có được kết quả giải quyết nhanh nhất có thể, nhất là các thủ tục liên quan đến các dự án, giải ngân vốn đầu tư.",
  "Thường xuyên rà soát các quy trình, quy định trong các văn bản quy phạm pháp luật thuộc thẩm quyền của tỉnh; bám sát thực tiễn những nội dung thực sự cần thiết đưa vào quy trình, quy định, các nội dung không cần thiết phải được loại bỏ. Luôn phải lắng nghe, cầu thị ý kiến phản hồi của doanh nghiệp, người dân, các đơn vị có liên quan để sửa đổi, bổ sung hoàn thiện các thủ tục hành chính thuộc thẩm quyền quản lý của đơn vị.",
  "Quan tâm đến công tác ứng dụng công nghệ thông tin, chuyển đổi số, để tạo sự chuyển biến mạnh mẽ, hiện đại trong công tác CCHC trên địa bàn tỉnh.",
  "Xác định năm 2022, tạo ra bước đột phá trong cải cách TTHC, nhất là TTHC liên quan đến người dân, doanh nghiệp, đây là vấn đề cần thiết để phát triển kinh tế - xã hội, ổn định đời sống của nhân dân trên địa bàn tỉnh.",
];

export const CLOSING = "Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.";

export const RECIPIENTS = ["Nơi nhận:", "- Các sở, ban, ngành;", "- Huyện ủy, Thành ủy;", "- UBND các huyện, thành phố;", "- Lưu: VT, NCPC."];

export const SIGNATURE = ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Nông Quang Nhất"];

/** The notice as plain text, one paragraph a line: what every rendering should come back to. */
export function plainText(): string {
  return [
    ...HEADING.issuer, ...HEADING.motto, HEADING.number, HEADING.place, ...TITLE, ...OPENING,
    ...TASKS.map((t, i) => `${i + 1}. ${t}`), CLOSING, ...RECIPIENTS, ...SIGNATURE,
  ].join("\n\n") + "\n";
}

/** The notice as its drafting department's .docx: heading and signature in layout tables, the tasks a numbered list. */
export function noticeBlocks(): Block[] {
  return [
    { table: [[HEADING.issuer.join("\n"), HEADING.motto.join("\n")], [HEADING.number, HEADING.place]], layout: true },
    { text: TITLE[0]!, bold: true, center: true },
    { text: TITLE[1]!, bold: true, center: true },
    ...OPENING.map((text) => ({ text })),
    ...TASKS.map((text) => ({ text, list: { numId: 1 as const } })),
    { text: CLOSING },
    { table: [[RECIPIENTS.join("\n"), SIGNATURE.join("\n")]], layout: true },
  ];
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

export interface PrintLayout {
  /** Body font size in points: 13–14 is what Nghị định 30/2020 asks of official documents. */
  fontPt: number;
  /** Page margins top, right, bottom, left in millimetres. */
  marginsMm: [number, number, number, number];
  /** Page numbers centred in the top margin from page 2, as Nghị định 30/2020 places them. */
  pageNumbers: boolean;
}

/** The notice as a browser prints it: heading in two columns, justified paragraphs, numbered tasks. */
export function noticeHtml(layout: PrintLayout): string {
  const [top, right, bottom, left] = layout.marginsMm;
  const numbers = layout.pageNumbers ? "@page { @top-center { content: counter(page); font-size: 12pt; } } @page :first { @top-center { content: none; } }" : "";
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>147-TB-UBND</title><style>
@page { size: A4; margin: ${top}mm ${right}mm ${bottom}mm ${left}mm; } ${numbers}
body { font-family: "Liberation Serif", "Times New Roman", "DejaVu Serif", serif; font-size: ${layout.fontPt}pt; line-height: 1.25; margin: 0; }
.head { display: flex; justify-content: space-between; text-align: center; } .head b { display: block; }
p { text-align: justify; text-indent: 1cm; margin: 0 0 4pt; }
h1 { text-align: center; font-size: ${layout.fontPt + 1}pt; margin: 10pt 0 0; } h2 { text-align: center; font-size: ${layout.fontPt}pt; margin: 0 0 8pt; }
ol { margin: 0; padding-left: 1cm; } li { text-align: justify; margin-bottom: 4pt; }
.foot { display: flex; justify-content: space-between; margin-top: 10pt; font-size: ${layout.fontPt - 1}pt; } .sign { text-align: center; font-weight: bold; }
</style></head><body>
<div class="head"><div><b>${HEADING.issuer.map(esc).join("<br>")}</b>${esc(HEADING.number)}</div><div><b>${HEADING.motto.map(esc).join("<br>")}</b><i>${esc(HEADING.place)}</i></div></div>
<h1>${esc(TITLE[0]!)}</h1><h2>${esc(TITLE[1]!)}</h2>
${OPENING.map((p) => `<p>${esc(p)}</p>`).join("\n")}
<ol>${TASKS.map((t) => `<li>${esc(t)}</li>`).join("\n")}</ol>
<p>${esc(CLOSING)}</p>
<div class="foot"><div>${RECIPIENTS.map(esc).join("<br>")}</div><div class="sign">${SIGNATURE.map(esc).join("<br>")}</div></div>
</body></html>`;
}

/** One A4 page (11 pt): what a photo or a one-page scan shows whole. */
export const ONE_PAGE: PrintLayout = { fontPt: 11, marginsMm: [15, 15, 15, 25], pageNumbers: false };
/** Two A4 pages at 13 pt with page numbers, as the signed notice is printed; task 5 runs over the page break. */
export const TWO_PAGES: PrintLayout = { fontPt: 13, marginsMm: [20, 15, 20, 30], pageNumbers: true };
