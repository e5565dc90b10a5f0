/**
 * The Notice 147 post as the Bắc Kạn portal (SharePoint) shows it, saved as HTML: ribbon and skip links,
 * the menu, breadcrumbs, the headline, the story (the text of shared/samples/thong-bao-147-bac-kan.txt),
 * a photo with its caption, the "(tải xuống)" attachment link, the author, related news and the footer.
 * Also the portal's front page: menus and headlines, no article.
 */
import { readFileSync } from "node:fs";
import { samplePath } from "../../support/samples.ts";

const SAMPLE = samplePath("thong-bao-147-bac-kan.txt");

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** The story paragraphs of the sample, without the portal chrome the scrape kept around them. */
function story(): string[] {
  const lines = readFileSync(SAMPLE, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && l !== "\u00a0");
  const from = lines.findIndex((l) => l.startsWith("Theo Thông báo trên"));
  const to = lines.findIndex((l) => l.startsWith("Thông tin chi tiết"));
  return lines.slice(from, to);
}

const MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản", "Dịch vụ công", "Hỏi đáp", "Liên hệ"];
const RELATED = [
  "UBND tỉnh tổ chức Hội nghị sơ kết công tác cải cách hành chính quý I năm 2022",
  "Bắc Kạn công bố Chỉ số hài lòng về sự phục vụ của cơ quan hành chính nhà nước năm 2021",
  "Triển khai Kế hoạch chuyển đổi số tỉnh Bắc Kạn năm 2022",
  "Kết quả thực hiện Đề án 06 trên địa bàn tỉnh tháng 3/2022",
];

function chrome(main: string): string {
  return `<!DOCTYPE html>
<html lang="vi" dir="ltr"><head><meta charset="utf-8"><title>Thông báo kết luận của Chủ tịch UBND tỉnh tại Hội nghị trực tuyến công tác CCHC</title>
<link rel="stylesheet" href="/_layouts/15/1033/styles/corev15.css"><script src="/_layouts/15/init.js"></script></head>
<body>
<div id="ms-designer-ribbon"><a href="#ribbon" class="ms-skip">Skip Ribbon Commands</a><a href="#mainContent" class="ms-skip">Skip to main content</a>
<div class="ms-cui-ribbon"><span>Trình duyệt</span><span>Trang</span><span>Đăng nhập</span></div></div>
<header class="banner"><img src="/Style Library/images/banner.png" alt="Cổng thông tin điện tử tỉnh Bắc Kạn"><div class="slogan">Cổng thông tin điện tử tỉnh Bắc Kạn</div>
<form class="search"><input type="text" placeholder="Tìm kiếm..."><button>Tìm</button></form></header>
<nav class="menu"><ul>${MENU.map((m, i) => `<li><a href="/pages/menu-${i}.aspx">${m}</a></li>`).join("")}</ul></nav>
${main}
<aside class="sidebar"><h3>Liên kết website</h3><ul><li><a href="https://chinhphu.vn">Cổng thông tin điện tử Chính phủ</a></li><li><a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a></li></ul>
<h3>Thống kê truy cập</h3><p>Đang truy cập: 312</p><p>Tổng lượt truy cập: 12.345.678</p></aside>
<footer><p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC KẠN</p><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bắc Kạn. Địa chỉ: Tổ 1, phường Đức Xuân, thành phố Bắc Kạn, tỉnh Bắc Kạn.</p>
<p>Điện thoại: 0209.3870.000 – Email: ubnd@backan.gov.vn. Ghi rõ nguồn “Cổng thông tin điện tử tỉnh Bắc Kạn” khi phát hành lại thông tin từ website này.</p></footer>
</body></html>`;
}

/** The post; `attachment` is the href of the signed PDF, or null for a post that links none. */
export function noticePost(attachment: string | null): string {
  const paragraphs = story().map((p) => `<p>${esc(p)}</p>`);
  const photo = `<div class="image"><img src="/SiteAssets/hoi-nghi-cchc.jpg" alt=""><p class="caption"><em>Chủ tịch UBND tỉnh Nguyễn Đăng Bình phát biểu chỉ đạo tại Hội nghị</em></p></div>`;
  const link = attachment
    ? `<p>Thông tin chi tiết tại tệp đính kèm: Thông báo số 147/UBND-NCPC ngày 07/4/2022 của UBND tỉnh. (<a href="${attachment}">tải xuống</a>)</p>`
    : "";
  return chrome(`<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/pages/tin-tuc.aspx">Tin tức - Sự kiện</a> › <span>Chỉ đạo điều hành</span></div>
<main id="mainContent"><article class="news-detail">
<h1 class="title">Thông báo kết luận của Chủ tịch UBND tỉnh tại Hội nghị trực tuyến công tác CCHC</h1>
<div class="date">Ngày đăng: 08/04/2022 | Lượt xem: 1.024</div>
<p class="summary"><strong>Thực hiện ý kiến kết luận chỉ đạo của Chủ tịch Ủy ban nhân dân (UBND) tỉnh Bắc Kạn Nguyễn Đăng Bình tại Hội nghị trực tuyến công tác cải cách hành chính (CCHC) ngày 18/3/2022, UBND tỉnh Bắc Kạn ban hành Thông báo số 147/TB - UBND ngày 07/4/2022 để các cơ quan, đơn vị biết tổ chức thực hiện.</strong></p>
${photo}
<div class="content">
${paragraphs.join("\n")}
${link}
</div>
<p class="author">Tác giả: Lý Thuấn</p>
<div class="share"><a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài viết</a></div>
</article>
<section class="related"><h3>Tin liên quan</h3><ul>${RELATED.map((r, i) => `<li><a href="/pages/tin-${i}.aspx">${r}</a> <span>(0${i + 1}/04/2022)</span></li>`).join("")}</ul></section>
</main>`);
}

/** The front page: menus, a slider and lists of headlines, nothing to read as one article. */
export function frontPage(): string {
  return chrome(`<main><div class="slider">${RELATED.slice(0, 2).map((r) => `<a href="#"><img src="/s.jpg" alt="${r}"></a>`).join("")}</div>
<section><h3>Tin nổi bật</h3><ul>${RELATED.map((r, i) => `<li><a href="/pages/tin-${i}.aspx">${r}</a></li>`).join("")}</ul></section>
<section><h3>Thông báo</h3><ul>${RELATED.map((r, i) => `<li><a href="/pages/tb-${i}.aspx">${r}</a></li>`).join("")}</ul></section></main>`);
}
