/**
 * The Vietnamese grammar of directive notices, as named patterns. Every pattern runs on the FOLDED
 * text (lower case, no diacritics, đ → d; see core/text/fold.ts), which has the same length as the
 * original, so a match's index points into the original text too.
 */

// ---------- Noise around the notice ----------

/** Whole lines that are portal or PDF chrome, never content: menus, share buttons, counters, credits, page numbers. */
export const BOILERPLATE_LINE = new RegExp(
  "^(?:" + [
    "skip ribbon commands", "skip to main content", "skip navigation", "trang chu(?:\\s*[>›»/|].*)?",
    // Credits need their colon ("Nguồn: …"): a wrapped line may start "nguồn vốn …", "ảnh hưởng …", "cập nhật …".
    "\\(?(?:tac gia|nguon|nguoi viet|bien tap|phong vien|anh|luot xem|so luot xem|luot truy cap|ngay dang|cap nhat|dang luc|ngay cap nhat|tu khoa|tags?|chia se|in bai viet|ban in|gui email|email|xem them|tin lien quan|cac tin khac|tin khac|tin moi|binh luan|y kien ban doc|ve dau trang|quay lai)\\s*(?:[:.].*)?",
    "(?:thong tin chi tiet|chi tiet xem|xem chi tiet|file dinh kem|tep dinh kem|van ban dinh kem|tai ve|tai xuong)\\b.*",
    // A station's or paper's invitation to its other content: "* Mời quý độc giả theo dõi các chương trình đã phát sóng …".
    "(?:[-•●▪*+]\\s*)?moi (?:quy )?(?:doc gia|ban doc|khan gia|quy vi)\\b.*",
    // "Theo dõi Báo điện tử Cà Mau trên" (… Google News), "• Tin bão khẩn cấp" (a bulleted link to the paper's storm news).
    "theo doi (?:bao|trang|kenh|fanpage)\\b.{0,60}\\btren(?:\\s+(?:google news|zalo|facebook|youtube))?", "(?:[-•●▪*+]\\s*)tin (?:bao|lu|mua lu|thoi tiet)(?: khan cap)?",
    "\\(?tai xuong\\)?", "print", "share", "facebook", "zalo", "twitter", "menu", "home",
    "[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}(?:\\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?(?:\\s*(?:am|pm|sa|ch))?",
    // A page's dateline: "Thứ Ba, 14/10/2025 - 16:20", "Thứ Năm, 04/9/2025 | 15:20", "Chủ nhật, 05/01/2026, 08:00 (GMT+7)".
    "(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)\\s*,?\\s*(?:ngay\\s+)?[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}[\\s,|:\\-–()gmt+0-9h]{0,30}",
    // Page numbers a PDF copy leaves between lines: "2", "- 3 -", "Trang 2/5".
    "(?:trang\\s*)?[0-9]{1,3}(?:\\s*/\\s*[0-9]{1,3})?", "[-–]\\s*[0-9]{1,3}\\s*[-–]",
    // A page's counters, bulleted or not: "• Đang online: 5", "Hôm nay: 91", "Tất cả: 69 856"; a label and only a figure.
    "(?:[-•●▪*+]\\s*)?(?!so\\s*:)[^:|0-9]{2,25}:\\s*[0-9][0-9 .,]*",
    // A news page's audio player: its clock ("0:00 / 0:00") and its voices ("Nam miền Bắc", "Nữ miền Nam").
    "[0-9]{1,2}:[0-9]{2}(?:\\s*/\\s*[0-9]{1,2}:[0-9]{2})?", "(?:[-•●▪*+]\\s*)?(?:nam|nu) mien (?:bac|trung|nam)",
    // A portal's login box and visit counter copied with the page (round 15): "Người dùng:", "Mật khẩu:", "Tổng lượt truy câp 15.533.523".
    "(?:nguoi dung|ten dang nhap|mat khau|tai khoan)\\s*:?", "(?:dang nhap|dang ky|quen mat khau|ghi nho)(?: he thong| tai khoan)?", "tim kiem",
    "(?:tong (?:so )?luot truy ca?p|truy cap hien tai|dang truy cap|dang truc tuyen|luot truy ca?p)\\b[^a-z]*(?:khach|luot)?",
  ].join("|") + ")$",
);

/** A portal's related-news list: everything after it is other articles' headlines, never this notice. */
export const RELATED_NEWS = /^(?:tin lien quan|bai viet lien quan|tin bai lien quan|cac tin khac|cac tin da dua(?: ngay)?|cac bai viet khac|bai viet khac|tin khac|tin moi hon|tin cu hon|tin cung chuyen muc|xem them|doc them)\s*:?$/;

/** Bold or underline markup a copy from Word or a portal editor leaves around words: "**1/ Về đánh giá chung:**". */
export const EMPHASIS_MARKUP = /\*\*+|__+/g;

/** "(tải xuống)", "(xem tại đây)" left inside a line. */
export const INLINE_BOILERPLATE = /\s*\((?:tai xuong|tai ve|xem tai day|click vao day)\)/g;

/** Header lines of an official document: national motto, agency block, "Số:", "V/v …", place and date. */
export const HEADER_LINE = new RegExp(
  "^(?:" + [
    "cong hoa xa hoi chu nghia viet nam", "doc lap\\s*[-–—]\\s*tu do\\s*[-–—]\\s*hanh phuc", "[-–—_=\\s]+",
    "so\\s*:.*", "v\\s*\\/\\s*v\\b.*", "(?:uy ban nhan dan|ubnd|van phong|hoi dong nhan dan|so|ban)(?:\\s+(?:tinh|thanh pho|huyen|thi xa|xa|phuong|dac khu).*)?",
    "(?:tinh|thanh pho|huyen|thi xa|xa|phuong|dac khu)\\s+[^\\s].{0,40}",
  ].join("|") + ")$",
);

/** The motto's second line or a separator rule ("-------", "___"), alone on a line. */
export const MOTTO_OR_RULE = /^(?:doc lap\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc|[-–—_=.*\s]{3,})$/;

/** "Bắc Kạn, ngày 07 tháng 4 năm 2022": the place-and-date line of the header. */
export const PLACE_DATE_LINE = /^[^\d,]{2,40},\s*ngay\s+(\d{1,2})(?:\s+thang\s+|\s*[/.-]\s*)(\d{1,2})(?:\s+nam\s+|\s*[/.-]\s*)(\d{4})\s*$/;
/** The same place and date at the end of a line that a two-column PDF copy joined: "Số: 25/TB-UBND Quảng Trị, ngày 12 tháng 5 năm 2023". */
export const PLACE_DATE_AT_END = /\s[^\d,]{2,40},\s*ngay\s+(\d{1,2})(?:\s+thang\s+|\s*[/.-]\s*)(\d{1,2})(?:\s+nam\s+|\s*[/.-]\s*)(\d{4})\s*$/;
/** The national motto, which a two-column copy puts on the agency's lines: "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …". */
export const MOTTO = /\s*(?:cong hoa xa hoi chu nghia viet nam|doc lap\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc).*$/;

/** "V/v …" (về việc): the subject line only a Công văn carries; the other kinds have a title line instead. */
export const OFFICIAL_LETTER_SUBJECT = /^v\s*\/\s*v\b/;

/** The document-kind title line: "THÔNG BÁO", "CHỈ THỊ", "KẾ HOẠCH", "CÔNG VĂN". */
export const KIND_LINE = /^(thong bao|chi thi|ke hoach|cong van|quyet dinh|cong dien)(?:\s+(?:ket luan|khan))?$/;

/** Where the footer starts: the distribution list, the signature block, "Lưu: VT". */
export const FOOTER_START = /^(?:noi nhan\s*:?|luu\s*:?\s*vt\b|tm\.?\s*(?:uy ban nhan dan|ubnd)|kt\.?\s*(?:chu tich|chanh van phong|giam doc)|tl\.?\s*chu tich|chu tich\s*$|pho chu tich\s*$|chanh van phong\s*$)/;

/** The closing formulas: "… thông báo để các cơ quan, đơn vị biết, thực hiện./.", "Chỉ thị này có hiệu lực …", "Trong quá trình thực hiện, nếu có vướng mắc …", "Căn cứ nội dung này, Chủ tịch UBND tỉnh yêu cầu … triển khai thực hiện./.". */
export const CLOSING_SENTENCE = /\b(?:co|chiu) trach nhiem (?:to chuc )?thi hanh (?:quyet dinh|chi thi|ke hoach|van ban) nay\b|\b(?:co|chiu) trach nhiem (?:to chuc )?thi hanh(?! an\b)(?:\s+\S+){0,3}[\s./]*$|\btruyen dat\b.{0,120}\b(?:biet|de)\b.{0,30}\bthuc hien\b.{0,20}$|(?:thong bao|thong tin)\s+(?:de|cho|den)\s+(?!(?:cac|toi cac|den cac)\s+(?:chu dau tu|doanh nghiep|nha thau|co so|ho dan|ho gia dinh|to chuc, ca nhan)\b).{0,80}\b(?:biet|thuc hien|phoi hop)\b.{0,40}$|^\s*\.?\/\.\s*$|^(?:chi thi|thong bao|ke hoach|quyet dinh|cong van|van ban)(?: nay)? co hieu luc\b|\bchiu trach nhiem (?:to chuc )?thi hanh (?:quyet dinh|chi thi|ke hoach|van ban) nay\b|^trong qua trinh (?:to chuc )?(?:thuc hien|trien khai)\s*,\s*neu co\b|^nhan duoc (?:cong van|van ban|thong bao|chi thi|ke hoach|cong dien) nay\b|^(?:yeu cau|de nghi)\s+(?:thu truong\s+)?cac\s+(?:co quan|so|don vi)[^.;]{0,80}\b(?:thuc hien|trien khai)\b[^.;]{0,40}\b(?:cong dien|cong van|chi thi|thong bao|van ban|ke hoach) nay[\s./]*$|^(?:yeu cau|de nghi)\s+(?:thu truong|giam doc|chu tich|cac)\b[^.;]{0,250}\b(?:nghiem tuc|to chuc)?\s*(?:thuc hien|trien khai|chap hanh)\s+(?:nghiem\s+)?(?:cong dien|cong van|chi thi|thong bao|van ban|ke hoach|quyet dinh) nay[\s./]*$|^(?:yeu cau|de nghi)\s+(?:thu truong\s+)?cac\s+(?:co quan|so|don vi)[^.;]{0,80}\b(?:thuc hien|trien khai)\b[^.;]{0,20}\.\/\.\s*$|^(?:thong bao|van ban|cong van|chi thi) nay thay the\b|^can cu (?:noi dung|y kien)(?: chi dao)? (?:nay|tren|neu tren)\b[^.;]{0,160}\bthuc hien[\s./]*$|^(?:tren day la|day la)\b[^.]{0,160}[,;]\s*(?:yeu cau|de nghi)\s+cac\b[^.]{0,100}\b(?:thuc hien|trien khai)\b[^.;]{0,20}\.\/\.\s*$|^(?:tren day la|day la)\b[^.]{0,240}[,;]\s*(?:yeu cau|de nghi)\b[^.]{0,160}\b(?:thuc hien|trien khai|chap hanh)\s+(?:tot\s+|nghiem(?:\s+tuc)?\s+)?(?:cac\s+)?noi dung\b[^.;]{0,40}[\s./]*$|^(?:(?:ben canh do|ngoai ra|dong thoi)\s*,?\s*)?(?:(?:ubnd|uy ban nhan dan|chu tich ubnd)(?:\s+tinh)?\s+)?(?:cung\s+)?(?:yeu cau|de nghi)\b[^.]{0,200}\b(?:thuc hien|trien khai|chap hanh)\s+(?:tot\s+|nghiem(?:\s+tuc)?\s+)?(?:cac\s+)?noi dung\s+(?:tren|nay|neu tren|tai (?:thong bao|van ban|cong van) nay)[\s./]*$|\bthong bao\s+(?:de nghi|yeu cau|den|cho)\b.{0,260}\b(?:duoc\s+)?biet(?:\s+(?:va|de)\b.{0,60})?[\s./]*$|^(?:de\s[^.;]{0,160},\s*)?(?:yeu cau|de nghi)\s+(?:thu truong\s+)?cac\s+(?:co quan|so|don vi|nganh|cap)\b[^.;:]{0,200}?\s(?:nghiem tuc\s+)?(?:trien khai\s+)?(?:thuc hien|chap hanh)(?:\s+(?:nghiem tuc|tot|nghiem))?[\s./]*$|^(?:de nghi|yeu cau)\s+(?:cac\s+)?(?:don vi|co quan|dia phuong)(?:\s+[a-z]+){0,3}?\s+(?:quan tam\s+|nghiem tuc\s+)?(?:thuc hien|trien khai)(?:\s+(?:nghiem tuc|tot))?[\s./]*$/;

/** A table flattened to text separates its cells with "|": "STT | Nội dung | Cơ quan chủ trì | Thời hạn". */
export const TABLE_CELL_SEPARATOR = /\s*\|\s*/;
/** The header cell of a table's task column: "Nội dung nhiệm vụ", "Nhiệm vụ", "Tên nhiệm vụ", "Công việc". */
export const TABLE_TASK_COLUMN = /^(?:noi dung|(?:ten )?nhiem vu|cong viec)\b/;
/** The header cell of a table's row-number column: "STT", "TT", "Số TT". */
export const TABLE_NUMBER_COLUMN = /^(?:stt|tt|so tt|so thu tu)$/;

/** "Kính gửi:", "CHỦ TỊCH UBND TỈNH điện:": the addressees of a Công văn or Công điện, a list of units, not of tasks. */
export const ADDRESSEE_LIST = /^(?:kinh gui\b|(?:(?:pho\s+)?chu tich\s+)?(?:uy ban nhan dan|ubnd)\b.{0,40}\bdien\s*:\s*$|dien(?: gui)?\s*:\s*$)/;

/**
 * A paragraph that assesses what happened rather than assigns work: "Thời gian qua, …", "Đến nay, …",
 * "Tuy nhiên, …". A year or quarter that has passed ("Năm 2021, …") is caught with PERIOD_OPENING.
 */
export const ASSESSMENT_START = /^(?:(?:trong\s+)?thoi gian (?:vua )?qua|nhung nam (?:vua )?qua|tu dau nam(?: den nay)?|den nay|tinh den|hien nay|nhin chung|tuy nhien|ben canh do|qua (?:\d+|mot|hai|ba) (?:nam|thang|tuan)|sau (?:gan |hon )?(?:\d+|mot|hai|ba) (?:nam|thang|tuan)|(?:bao cao|so lieu|ket qua)[^,.;]{0,60}\bcho thay)\b/;
/** A period opening a paragraph: "Năm 2021, …", "Quý I/2019, …", "6 tháng đầu năm 2021, …"; group 1 is its year. */
export const PERIOD_OPENING = /^(?:trong\s+)?(?:nam|quy\s+[ivx\d]+\s*\/|(?:6|9)\s+thang(?:\s+dau)?\s+nam)\s*(\d{4})\s*,/;
/** After a period opening, its clause reports what was done or is left: "Năm 2026, tỉnh đã giải ngân được 62% …, còn nhiều dự án chậm tiến độ". Folded. */
export const PAST_RESULT = /^[^.;:]{0,80}?\b(?:da|van con|con nhieu)\s/;

/** The speaker reporting rather than assigning: "Chủ tịch UBND tỉnh biểu dương …", "… ghi nhận …"; not "… giao Sở Y tế chủ trì …". */
export const SPEAKER_NARRATES = /^(?:(?:pho\s+)?chu tich|thuong truc|lanh dao)\s+(?:ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho|huyen|thi xa|quan|xa|phuong|dac khu|thi tran)\s+(?:(?!giao\b|yeu cau\b|de nghi\b|chi dao\b)\S+\s+){0,4}?(?:bieu duong|ghi nhan|danh gia|hoan nghenh|khen ngoi|tham du|chu tri|ket luan|phat bieu|chia se)\b/;

/** An item that praises or acknowledges rather than assigns, even when numbered: "1. Đánh giá cao sự chủ động của …". */
export const PRAISE_START = /^(?:danh gia cao|ghi nhan|bieu duong|hoan nghenh|khen ngoi|chuc mung)\b/;

/** Narrative paragraphs that tell the story of the meeting rather than assign work. */
// "Trước đó, ngày 29/10/2016, Báo Kon Tum điện tử có bài phản ánh …": what came before (round 13, 449). Not "Trước đó, Chủ tịch
// UBND tỉnh đã chỉ đạo Sở … triển khai ngay …", which 64's clerk read as work still to do.
export const NARRATIVE_START = /^(?:truoc do\s*,\s*(?=ngay\s+\d|bao\s)|(?:thong bao|cong van|quyet dinh|ke hoach|chi thi|phuong an|nghi quyet|cong dien) so \d+\/|voi (?:chi dao|quyet dinh|van ban|cong van|thong bao|ke hoach) (?:nay|tren|do)\s*,|bao [^.;,]{2,40}?(?:ngay \d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\s+)?(?:co bai|dang bai|dang tai|dua tin|phan anh)\b|theo nguon tin|theo thong tin(?: tu| cua)?|theo ghi nhan|thuc hien y kien|thuc hien chi dao|theo thong bao|ngay \d|vao ngay|sang ngay|chieu ngay|chu tri hoi nghi|tham du|cung du|du hoi nghi|tai hoi nghi|tai cuoc hop|tai buoi|sau khi nghe|qua bao cao|ket luan cua|tren co so(?! do\b)|can cu|xet de nghi|theo de nghi|nham\b)/;

/**
 * A paragraph that reports the notice itself ("UBND tỉnh ban hành Thông báo số 147 …", "vừa có văn bản …", "thông báo như sau", a post's title "UBND tỉnh chỉ đạo về việc …"), or a
 * Quyết định's own article ("Ban hành kèm theo Quyết định này …"). Not when work precedes "ban hành" in its clause:
 * "Giao Sở Nội vụ tham mưu UBND tỉnh ban hành kế hoạch …" is a task (see WORK_BEFORE_ISSUING).
 */
export const SELF_REFERENCE = /\bban hanh (?:kem theo )?(?:thong bao|chi thi|ke hoach|cong van|quyet dinh|cong dien|van ban)\b|\b(?:vua|moi|da)\s+(?:co|gui|ky)\s+(?:van ban|cong van|cong dien|thong bao|chi thi|ke hoach|quyet dinh)\b|\btruyen dat (?:y kien|ket luan|noi dung)\b|\bthong bao (?:ket luan )?(?:y kien )?(?:chi dao )?(?:nhu sau|cu the nhu sau)\b|\bket luan (?:chi dao )?nhu sau\b|^(?:\S+\s+){1,8}?(?:co y kien )?chi dao ve viec\b/g;
/** Work asked for before "ban hành …" in the same clause: the document is still to be drafted, so the sentence is a task. Global: every such verb. */
export const ISSUING_WORK_VERB = /\b(?:tham muu|(?<!(?:chuong|cong|qua|lo|phuong|tien|hanh|giao|quy) )trinh|xay dung|de xuat|du thao|soan thao|chu tri|giao(?!\s+(?:thong|ban|duc|dich|nhan|luu|tiep|lien))|de nghi|yeu cau|hoan thien|sua doi|bo sung|nghien cuu|khan truong|huong dan|phoi hop)\b/g;
/** An ISSUING_WORK_VERB in the clause that ends where "ban hành …" begins. */
export const WORK_BEFORE_ISSUING = new RegExp(`${ISSUING_WORK_VERB.source}[^.;:!?]*$`);

/** Words of a photo caption: short unpunctuated lines under a picture. */
export const CAPTION_WORDS = /\((?:ben (?:trai|phai)|giua|dung giua|thu \d+ tu (?:trai|phai)(?: qua| sang)?(?: sang)?)\)|\b(?:anh minh hoa|nguon anh|anh)\s*:|\b(?:phat bieu|toan canh|quang canh|chup anh|anh\s*:|cac dai bieu|dai bieu tham du|trao doi|kiem tra thuc te|lam viec tai|tai hoi nghi|tai buoi lam viec|chu tri hoi nghi)\b/;

// ---------- Structure ----------

/** The articles of a Quyết định: "Điều 1.", "Điều 2:", "Điều 3 -". Group 1 the number. */
export const ARTICLE_MARKER = /^dieu\s+(\d{1,2})\s*[.:\-–]\s*/;

/** Roman section numbers: "I.", "II)", "IV -". */
export const ROMAN_MARKER = /^((?:x{0,3})(?:ix|iv|v?i{0,3}))\s*[.)\-–]\s+/;
/** Decimal list numbers: "1.", "2)", "1/ ", "1.2.", "3 -"; not "1.126 hồ sơ" or "04/CT-TTg" wrapped to a line start. */
export const NUMBER_MARKER = /^(\d{1,2}(?:\.\d{1,2}){0,2})\s*(?:[.)](?!\d)|\/(?=\s+\D)|\s[-–])\s*/;
/** Ordinal items of a speech-like list: "Thứ nhất, …", "Thứ hai: …"; group 1 is the ordinal word. */
export const ORDINAL_MARKER = /^thu\s+(nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\s*[,:.]\s+(?!\d{1,2}\s*[/.-]\s*\d)/; // "Thứ Năm, 15/10/2026" is a weekday
/** Letter items: "a)", "b.", "đ)". */
export const LETTER_MARKER = /^([a-z])\s*[).]\s+/;
/** Words a line cannot end a sentence with: "Thực hiện Nghị quyết số" / "01/NQ-CP …" goes on below, capital or digit. Folded. */
export const OPEN_END = /(?:^|\s)(?:so|cua|va|cac|ve|tai|theo|voi|cho|nhung|tu|tren|thuoc|nhu|giua|hoac|(?:pho )?chu tich|(?<!(?:hang|moi|cuoi|dau|trong|cung|theo|tung|nhieu|cac|vai) )(?:ngay|thang))$/;

/** Bullets: "-", "–", "+", "•", "*", "●", "▪", "◦", "": grouped as dash, plus and dot styles. */
export const BULLET_MARKER = /^([-–—‐]|\+|[•●▪◦■□*])\s*/;

/** Section titles that hold no tasks: results, evaluation, situation, a plan's purpose and funding. */
export const NON_TASK_SECTION = /^(?:ve\s+)?(?:ket qua|danh gia|tinh hinh|nhung (?:ket qua|mat)|mot so ket qua|thuc trang|bao cao|y kien (?:cua|phat bieu)|noi dung hoi nghi|thanh phan|uu diem|han che|ton tai|muc dich|quan diem|kinh phi|co so phap ly|can cu|muc tieu|chi tieu)\b/;

/** Section titles that hold tasks ("yêu cầu" is not one: a plan's "Mục đích, yêu cầu" holds none). */
export const TASK_SECTION = /\b(?:nhiem vu|giai phap|chi dao|ket luan|de nghi|giao|trien khai|to chuc thuc hien|thoi gian toi|phan cong|trach nhiem)\b/;

// ---------- Assignees ----------

/**
 * Words that open a role or unit: a title (Giám đốc, Chủ tịch…) or an organisation (Sở, UBND…).
 * Matched on folded text at a word start; "các"/"cac" before them is allowed.
 */
export const ROLE_HEAD = /^(?:tat ca (?:cac\s+)?|cac\s+|moi\s+|toan the\s+|mot so\s+)?(?:dong chi\s+(?=truong|chu tich|pho|giam doc|bi thu|thu truong))?(?:giam doc|pho giam doc|thu truong|chu tich|pho chu tich|bi thu|hieu truong|truong ban|truong phong|chanh van phong|chanh thanh tra|cuc truong|chi cuc truong|vien truong|hat truong|tram truong|doi truong|nguoi dung dau|lanh dao|tong giam doc|chi huy truong|don truong|xa\s*,\s*phuong(?=\s+(?:can|phai|chu dong|tang cuong|khan truong|trien khai|to chuc|thuc hien|tap trung|kiem tra|ra soat)\b)|don bien phong|don cong an|bien phong (?=tinh|huyen|cua khau)|bo chqs|bdbp|trung tam kiem soat benh tat|cdc|truong (?:cac\s+)?(?:thon|ban|ap|xom|bon|khom|khu pho|to dan pho)(?:\s*,\s*(?:thon|ban|ap|xom|bon|khom|khu pho|to dan pho))*|ban quan ly|cuc quan ly|chi cuc quan ly|khu di tich|ban chi dao|ban chi huy|ban dan toc|tieu ban|hiep hoi|gd(?= )|chinh quyen(?: dia phuong| cac cap| (?:tinh|huyen|xa|phuong))?|luc luong|can bo|cong chuc|vien chuc|nguoi lao dong|nguoi dan|nhan dan|ho dan|doanh nghiep|dang vien|doan vien|cap uy(?: dang)?|doan the|tap doan|cac thanh vien|thanh vien (?=ban|uy ban|to|hoi dong)|to dan pho|khu pho|to (?:quan ly|thanh tra|tu quan|dan van|bao ve|kiem tra|giup viec|xung kich|lien nganh|cong tac dac biet)|doi (?:trat tu|quan ly trat tu|kiem tra|thanh tra|xung kich|tuan tra|phan ung nhanh|dac nhiem|canh sat)|bo phan (?=\S+)|ban can su|dai truyen thanh|dai phat thanh(?:\s+(?:va\s+)?truyen hinh)?|cac co so|co so (?:y te|kham|giao duc)|dai khi tuong(?: thuy van)?|nganh|ban thuong vu|bao hiem|hoi dong (?:tham dinh|thi dua|boi thuong|giam dinh|phoi hop|quan ly|tu van|nghia vu quan su|dinh gia)(?: [a-z]+){0,3}|hoi dong|tong cong ty|cong ty|dntn|doanh nghiep tu nhan|hop tac xa|htx|ubnd|ubmttq|ub\.\s?mttq(?:vn)?|uy ban|hdnd|cong an|bo chi huy|bo doi bien phong|van phong|thanh tra|kho bac|ngan hang|trung tam|benh vien|vuon quoc gia|khu bao ton|lien doan|lien hiep|mat tran|tinh doan|doan thanh nien|huyen doan|thanh doan|thi doan|doan kiem tra|doan thanh tra|doan cong tac|doan lien nganh|dang uy|to cong tac|chi cuc|bch|bql|bcd|thuong truc|chi nhanh|tram|hat kiem lam|doi|cac to chuc|cac doan the|toa an|cang vu|lien minh|hoc vien|to truong|truong thon|chu dau tu|phong|cac co quan|cac don vi|cac dia phuong|cac cap(?=\s*,\s*cac nganh| nganh)|(?:[2-9]|1[0-9]|hai|ba|bon|nam|sau|bay|tam|chin|muoi) (?:dia phuong|phuong|xa|huyen|thi xa|quan|so|don vi|co quan)(?= |,|$)|cac so|cac ban|cac nganh|cac huyen|cac quan(?! ly| truong)|cac xa|cac phuong|cac thon|cac ap|cac xom|cac khom|cac bon|cac to dan pho|cac khu pho|cac dong chi(?= can bo)|so|ban|dai|bao|cuc|truong(?! hop\b)|vien|hoi|quy|co quan|don vi|dia phuong)\b/;

/** Heads that are common nouns too ("ngành y tế", "lực lượng", "chính quyền", "cán bộ, công chức", "người dân", "doanh nghiệp"): a role when written with a capital, after "các", or after an assigning verb. */
export const CAPITALISED_HEADS = /^(?:nganh|luc luong|chinh quyen(?: dia phuong| cac cap| (?:tinh|huyen|xa|phuong))?|co so (?:y te|kham|giao duc)|can bo|cong chuc|vien chuc|nguoi lao dong|nguoi dan|nhan dan|ho dan|doanh nghiep|dang vien|doan vien|doan the)$/;
/** A level word that heads a unit before its capitalised name: "quận Bình Thủy", "TP Chí Linh", "TP.Huế", "thị xã Kinh Môn". Folded. */
export const PLACE_HEAD = /^(?:(?:quan|huyen|thi xa|thanh pho|tp\.?|thi tran)\s+|tp\.)(?=\S)/;

/** "các", "mọi", "toàn thể" before a head; with diacritics present, "Môi trường" is not "mọi trường". */
export const DETERMINER = /^(?:tat ca (?:cac\s+)?|cac|moi|toan the|mot so)\s+/;
export const DETERMINER_FORMS: readonly string[] = ["các", "mọi", "toàn thể", "tất cả", "một số"];

/** Heads that are also common words ("Ban hành", "Báo cáo", "Trường hợp", "Phòng, chống"): a role only when they and the next word are capitalised ("Sở Y tế", "Ban Dân tộc"), or after "các". */
export const CASE_SENSITIVE_HEADS = /^(?:so|ban|bao|dai|vien|hoi|quy|truong|cuc|phong|tram|doi|chi nhanh|co quan|don vi|dia phuong|van phong|trung tam)$/;

/**
 * Words that end a role phrase: the verb or adverb that follows the assignee ("Sở Y tế chủ trì…",
 * "Chủ tịch UBND các huyện quan tâm…"). Folded, matched at a word start.
 */
// "các địa phương cân đối các nguồn lực", "Sở Du lịch, bên cạnh tăng cường …" (round 13, 445).
// Round 19: "các địa phương kích hoạt …", "… tổng kiểm tra …", "các huyện, nhất là …", "… trên cơ sở ý kiến …", "… làm nòng cốt".
export const ACTION_WORD = /^(?:chu ?tri|khi|neu|nham|ben canh|can doi|bang (?:moi|cac|nhieu|nhung)|tinh toan|chuyen|khao sat|dieu tra|treo|truc|don dep|thao do|phoi hop|tham muu|quan tam|tap trung|chi dao|thuc hien|trien khai|ra soat|khan truong|tang cuong|xay dung|hoan thanh|hoan thien|bao cao|kiem tra|don doc|chan chinh|nghiem tuc|to chuc|ban hanh|huong dan|chu dong|co trach nhiem|can cu|can|phai|nghien cuu|de xuat|bo tri|day manh|tiep tuc|quyet liet|dam bao|bao dam|theo doi|giam sat|cap nhat|cong khai|phan dau|khac phuc|xu ly|giai quyet|lam viec|lap|trinh|thong nhat|nang cao|quan triet|tuyen truyen|rut kinh nghiem|sap xep|kien toan|thanh lap|danh gia|tong hop|cung cap|gui|nop|phan cong|chuan bi|uu tien|dieu chinh|sua doi|bo sung|tiep thu|lam ro|giai trinh|duy tri|van hanh|ung dung|thuc thi|thao go|chiu trach nhiem|chiu|nam bat|nam chac|lien he|phan anh|ra quyet dinh|cu|dieu dong|bien soan|soan thao|thuc hanh|tham gia|thong bao|tra loi|phuc vu|ho tro|giup|tao dieu kien|xac dinh|xac minh|thanh tra|kiem soat|ngan chan|phong ngua|dung|tam dung|khoi cong|nghiem thu|ban giao|thanh toan|giai ngan|phe duyet|tham dinh|cho y kien|gop y|lay y kien|muc tieu|tiep nhan|cap phep|dang ky|day nhanh|tich cuc|khong|nhanh chong|som|ngay|gap|dong thoi|thuong xuyen|dinh ky|hang (?:tuan|thang|quy|nam)|kip thoi|ra quan|lanh dao|dua tin|xem xet|can doi|soat xet|lua chon|thi cong|giai toa|quan ly|nghiem cam|vao cuoc|kiem dem|cai thien|bao ve|ung pho|khoanh vung|tieu huy|chuyen giao|nang cap|van dong|pho bien|huy dong|long ghep|mua sam|sua chua|di doi|cuong che|thu hoi|boi thuong|tham tra|quyet toan|phan bo|dieu chuyen|cong bo|niem yet|so hoa|ket noi|tich hop|kiem ke|dang tai|phat song|cham dut|tien hanh|cung co|hoan tat|chu trong|day manh|tuan tra|truy quet|tap hop|so tan|gia co|neo dau|cuu ho|cuu nan|ung truc|quan trac|bam sat|dieu hanh|phat huy|xu phat|bat giu|phat hien|dinh chi|chi tra|thong ke|so ket|tong ket|doi thoai|tap huan|tuyen dung|bo nhiem|dat(?!\s+(?:dai|nong|o|rung|lua|cong|san xuat))|luan chuyen|biet phai|rut ngan|nam|giao(?!\s+(?:thong|ban|duc|dich|nhan|luu|tiep))|yeu cau|de nghi|bieu duong|ghi nhan|va cac|theo|tai|trong|de|ve viec|thuoc|duoc|da|dang|se|vua|cho|co|la|cung|van|luon|dat ra|phan hoi|giu|tiep xuc|canh bao|san sang|ap dung|kien quyet|tuyet doi|phat dong|huong ung|di chuyen|cam bien|khong duoc|khong de|chap hanh|tam hoan|chinh trang|chi duoc|nhan|len|quyet tam|han che|kich hoat|tong (?:kiem tra|ra soat|ve sinh|don|dieu tra)|nhat la|tren co so|lam)\b/;

/**
 * One-syllable verbs of ACTION_WORD and PARTNER_END that, once folded, are also syllables of unit
 * names ("Sở Xây dựng" is not "dừng", "Sở Tài chính" not "tại", "cơ quan" not "có"): when the text
 * carries diacritics, only these spellings are the verb.
 */
export const AMBIGUOUS_VERBS: Readonly<Record<string, readonly string[]>> = {
  dung: ["dừng", "dùng"], tai: ["tại"], co: ["có"], cu: ["cử"], da: ["đã"], dang: ["đang"], se: ["sẽ"], la: ["là"],
  de: ["để"], lap: ["lập"], gui: ["gửi"], can: ["cần"], phai: ["phải"], trinh: ["trình"], chiu: ["chịu"], giup: ["giúp"],
  nop: ["nộp"], som: ["sớm"], ngay: ["ngay"], gap: ["gấp"], theo: ["theo"], trong: ["trong"], thuoc: ["thuộc"],
  duoc: ["được"], khong: ["không"], ve: ["về"], truoc: ["trước"], giao: ["giao"], nam: ["nắm"], vua: ["vừa"],
  chuyen: ["chuyển"], cung: ["cũng"], van: ["vẫn"], giu: ["giữ"], dat: ["đặt"], truc: ["trực"],
  // Round 18: "cơ quan chức năng nhận đơn thư", "ngành Y tế lên kịch bản diễn tập" (not "nhân dân", "len").
  nhan: ["nhận"], len: ["lên"],
  // Round 19: "các tổ chức thành viên làm nòng cốt" (not "Lâm Đồng", "Kiểm lâm").
  lam: ["làm"],
};

/** "Giao X …", "Đề nghị X …", "Yêu cầu X …", "… yêu cầu: X …": the verb that names the assignee after it; not "bàn giao", "được giao", "đã giao". */
export const ASSIGN_VERB = /(?:^|[\s,;:(])(?<!\b(?:duoc|da|theo|cac|nhung|moi|co|ve|voi|tren|giao|viec) )(giao(?:\s+(?:trach nhiem|nhiem vu))?(?:\s+cho)?|de nghi|yeu cau|uy quyen cho|phan cong)(?:\s*:)?\s+(?!(?:cua|ve|dat ra|tren|nay|tai|nhu|cap bach|bat buoc)\b)(?=\S)/g;
/** "bàn giao" (hand over) is no "giao" (assign); folded it is "ban giao" like "văn bản giao …": only this spelling, or text without diacritics. */
export const HANDOVER_FORMS: readonly string[] = ["bàn", "Bàn", "ban", "Ban"];
/** How far into a sentence the assigning verb may come: "Ngày 23.12, ông …, Chủ tịch UBND tỉnh Long An, cho biết đã ký công văn khẩn yêu cầu …". */
export const ASSIGN_VERB_REACH = 220;
/** After a subject, the verb that makes it the speaker and the roles after it the assignees: "Tỉnh cũng đề nghị …", "UBND yêu cầu UBND huyện …" ("chỉ đạo" is the subject's own work). */
export const SUBJECT_GIVES = /^[\s,]*(?:(?:cung|da|vua|tiep tuc|con)\s+)?(?:giao(?:\s+cho)?|yeu cau|de nghi|phan cong|uy quyen cho)\s+/;
/** A letter forwarding a matter to the one who must act: "… chuyển nội dung nêu trên đến Ban Quản lý … để nghiên cứu, xử lý …". Folded. */
export const FORWARD_TO = /\b(?:chuyen|gui)\b[^.;:]{0,120}?\b(?:den|cho|toi)\s+(?=\S)/g;
/** After the one a matter is forwarded to: what it must do with it. Folded. */
export const FORWARD_PURPOSE = /^[\s,]*(?:de|nghien cuu|xem xet|giai quyet|xu ly)\b/;
/** After "phối hợp (chặt chẽ)": the word that brings in the partners, "với", "cùng", "cùng với". Folded, a pattern. */
export const PARTNER_LINK = String.raw`(?:cung\s+voi|voi|cung)`;
/** "X phối hợp với Y …" with no lead: Y works with X, both are assignees. */
export const WITH_PARTNERS = new RegExp(String.raw`^[\s,]*(?:cung\s+)?(?:(?:tiep tuc|tang cuong|chu dong|khan truong|co trach nhiem|duoc giao)\s+)?phoi hop\s+(?:chat che\s+)?(?:${PARTNER_LINK}\s+)?`);
/** An opening before the subject: a connective or a topic closed by a comma ("Theo đó, …", "Đối với các công trình …, Sở Xây dựng …"). Folded. */
export const SUBJECT_OPENING = /^(?:(?:theo do|dong thoi|ngoai ra|ben canh do|song song do|trong do|cung voi do|vi vay|do do|tiep do|sau do|truoc mat|cu the|tren co so do)\s*,?\s+)?(?:(?:sang |chieu |toi )?ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*,\s*)?(?:(?:cong dien|cong van|van ban|chi thi|thong bao|ke hoach|quyet dinh)(?:\s+(?:nay|tren))?\s+(?:cung\s+)?(?:neu ro|nhan manh|chi ro|yeu cau ro)\s*[,:]?\s+)?(?:(?:vi|do)\s[^.;:]{3,140}?\s+nen\s+|(?:doi voi|rieng voi|voi|ve|tai(?! chinh| nguyen)|trong|truoc|sau|khi|de(?! nghi| xuat)|nham|qua trinh|theo)\s[^.;:]{3,140}?,\s*)?/;

/**
 * The one who speaks in the notice, not an assignee: "Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND huyện Lê Văn A", "UBND tỉnh", and the
 * leaders who chair a meeting or sign for a steering committee: "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh", "Phó Thủ tướng", "Trưởng Ban Chỉ đạo".
 * Folded role phrase; a subject whose every group is one speaks ("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh … yêu cầu …").
 */
export const SPEAKER = /^(?:dong chi\s+)?(?:(?:(?:pho\s+|quyen\s+)?chu tich|thuong truc|lanh dao|nguoi dung dau)\s+(?:ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho|huyen|thi xa|quan|xa|phuong|dac khu|thi tran|tp)(?:\s+\S+){0,6}|(?:ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho|huyen|thi xa|quan|xa|phuong|dac khu|thi tran|tp)|(?:ubnd|uy ban nhan dan)\s+tinh(?:\s+\S+){1,3}|lanh dao\s+(?:tinh|thanh pho|tp|huyen|thi xa|quan|xa|phuong|dac khu)(?:\s+\S+){0,3}|(?:pho\s+)?bi thu\s+(?:tinh uy|thanh uy|huyen uy|thi uy|quan uy)(?:\s+\S+){0,4}|(?:pho\s+)?chu tich\s+(?:hdnd|hoi dong nhan dan)\s+(?:tinh|thanh pho|huyen|thi xa|quan|xa|phuong|dac khu)(?:\s+\S+){0,4}|(?:pho\s+)?thu tuong(?:\s+chinh phu)?(?:\s+\S+){0,4}|truong ban chi dao(?:\s+\S+){0,3})$/;
/** A named People's Committee giving work: "UBND tỉnh Quảng Bình giao Sở Y tế …" (only "giao": "UBND huyện X chỉ đạo …" is its own task). */
export const NAMED_SPEAKER_GIVES = /^(?:ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho|tp|huyen|thi xa|quan|xa|phuong|dac khu|thi tran)\s.*$/;

/**
 * The speaker assigning anywhere in an intro: "Thực hiện Công văn số …, Chủ tịch UBND huyện yêu cầu các cơ quan …:", also through the
 * document it signs: "… Chủ tịch UBND tỉnh có công văn hỏa tốc chỉ đạo Sở GD-ĐT …".
 */
/** A leader by name, as reports write one: "ông Nguyễn Tiến Hải", "bà Lê Thị Hoa", "đồng chí Trần Văn A" (up to four words). Folded, a regex source. */
export const PERSON_NAMED = String.raw`(?:ong|ba|dong chi)\s+(?:\S+\s+){1,4}?`;
export const SPEAKER_ASSIGNS_IN_TEXT = /(?:^|[\s,;])(?:(?:(?:pho\s+)?chu tich|thuong truc)\s+)?(?:ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho|tp|huyen|thi xa|quan|xa|phuong|dac khu|thi tran)(?:\s+\S+){0,4}?\s+(?:(?:cung|da|vua|tiep tuc)\s+)?(?:(?:da|vua)\s+(?:co mat|den|truc tiep|di)\b[^.;]{0,80}?\s(?:va|dong thoi)\s+)?(?:(?:co|ky|ban hanh|gui)\s+(?:cong van|van ban|cong dien|chi thi|thong bao)(?:\s+(?:hoa toc|khan(?: cap)?|(?:so\s+)?[\w/.-]*\d[\w/.-]*))?\s*,?\s+)?(?:giao(?:\s+cho)?|yeu cau|de nghi|chi dao|chi thi|luu y|nhan manh(?=\s+(?:cac\s+)?(?:so|cuc|chi cuc|ubnd|uy ban|ban|cong an|nganh|dia phuong|don vi|co quan)\b))\s*:?\s+(?=\S)/g;
/** A later sentence that assigns work inside a paragraph that opens as an assessment: "Đến ngày 31/8, … . Yêu cầu các chủ đầu tư …". */
// "Hiện nay, … khả năng xảy ra cháy rừng là không cao. Tuy nhiên, để chủ động …, UBND tỉnh yêu cầu Giám đốc Sở …" (round 18, 854): the
// speaker assigning in a later sentence too.
export const ASSIGNS_LATER = /[.;]\s+(?:(?:giao|yeu cau|de nghi)\s+\S|[^.;]{0,140}?(?:^|\s)(?:ubnd|uy ban nhan dan|chu tich ubnd)\s+(?:tinh|huyen|thanh pho|tp|thi xa|quan|xa|phuong)(?:\s+\S+){0,3}?\s+(?:yeu cau|giao|de nghi|chi dao)\s)/;

/** A time phrase between an assigning verb and the assignees: "yêu cầu từ mùng 7 Tết, cán bộ, công chức …", "đề nghị trong tuần này, các xã …". Folded. */
// "yêu cầu: Đối với những ngày còn lại của năm 2017, các sở, ngành …": a topic of time or matter, then whom (round 15, 517).
export const TIME_AFTER_VERB = /^(?:tu|ke tu|den|truoc|sau|trong|ngay|ngay sau|cham nhat|doi voi|ve)\s[^,.;:]{1,60},\s*/;
/** A second assigning verb after the assignees adds more of them: "yêu cầu thủ trưởng các sở, ngành và đề nghị Mặt trận Tổ quốc …". Folded. */
export const SECOND_ASSIGN_VERB = /^\s*,?\s*(va\s+|dong thoi\s+)?(?:giao(?:\s+cho)?|yeu cau|de nghi)\s+/;
/** After a subject opening a sentence, a verb of telling or a past deed, not work: "Đài Khí tượng thủy văn tỉnh dự báo …", "Sở Y tế cho biết …", "UBND tỉnh đã phát đi công điện …". Folded. */
export const STATEMENT_AFTER_SUBJECT = /^[\s,]*(?:(?:cung|vua)\s+)?(?:da\s+(?!duoc\s+giao\b)|du bao|cho biet|cho rang|nhan dinh|nhan xet|thong tin cho biet|khang dinh)\b/;

/** What the speaker does next: names the assignees after it ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở: …"). */
/** Also through the document the speaker has just issued: "… vừa ra chỉ thị yêu cầu …", "… vừa phát đi Công điện khẩn chỉ đạo …", "… vừa ký ban hành Công điện số 14/CĐ-UBND yêu cầu …". */
export const SPEAKER_ASSIGNS = /^[\s,]*(?:(?:cung|da|vua|tiep tuc|con)\s+)?(?:(?:(?:ky\s+)?ban hanh|ra|ky|phat di|co|gui)\s+(?:cong dien|cong van|van ban|chi thi|thong bao|quyet dinh|ke hoach)(?:\s+(?:hoa toc|khan(?: cap)?|so\s+[^\s,]+|[\w/.-]*\d[\w/.-]*))*\s*,?\s+)?(?:giao(?:\s+cho)?|yeu cau|de nghi|chi dao|chi thi|phan cong|uy quyen cho|(?:luu y|nhan manh)(?=\s+(?:cac\s+)?(?:so|cuc|chi cuc|ubnd|uy ban|huyen|xa|phuong|thi xa|thanh pho|ban|cong an|bo chi huy|chu tich|giam doc|nganh|dia phuong|don vi|co quan)\b))\b\s*[:,]?\s*/;

/** "… và yêu cầu ", "…, đồng thời đề nghị ": a directive after what the speaker acknowledges ("… ghi nhận nỗ lực của hai phường …"). Folded. */
export const AND_DIRECTS = /(?<![a-z])(?:va|dong thoi)\s+(?:cung\s+)?(?:yeu cau|de nghi|chi dao)\s+/;

/** A unit name ends after its level word ("Công an tỉnh", "UBND các xã, phường") unless one of these follows. Folded, lower case in the text. */
export const UNIT_LEVEL = /(?:^|\s)(?:tinh|huyen|xa|phuong|thi xa|thanh pho|thi tran|quan|dac khu|tp)$/;
/** "TP" is written in capitals as a level word: "Lãnh đạo UBND TP cũng …". */
export const UNIT_LEVEL_FORMS: readonly string[] = ["tỉnh", "huyện", "xã", "phường", "thị xã", "thành phố", "thị trấn", "quận", "đặc khu", "tp"];
/** Words that may still follow a level word or a place name inside the same name: "các xã, phường và thị trấn", "các xã ven biển", "các huyện biển", "Bảo hiểm xã hội tỉnh", "Việt Nam tỉnh". */
/** What may follow a set of units and still name it (round 18): "… còn lại", "… khác", "… vùng biển"; shared by AFTER_LEVEL and NAME_TAIL. Folded, a pattern. */
export const SET_QUALIFIER = String.raw`con lai|khac(?! phuc| nhau| biet| thuong| hang| xa)\b|vung bien`;
export const AFTER_LEVEL = new RegExp(String.raw`^(?:va|cac|thuoc|trong (?:tinh|huyen|xa|thanh pho|tp|khu vuc)|tren dia ban|${SET_QUALIFIER}|ven (?:bien|song|suoi|ho|do)|bien|mien nui|dong bang|(?:giap |vung )?bien gioi|vung (?:cao|sau|xa|nui|trung|thap)|lien quan|co lien quan|co (?:du an|cong trinh|rung|bien|tuyen|diem|khu)|hoi|tinh|huyen|xa|phuong|thi xa|thanh pho|thi tran|quan|dac khu)\b`);

/** Words that open an intro naming its addressees: "Đối với Sở Y tế:", "Riêng UBND các xã:", "Nhiệm vụ của Tổ công tác:", "Trách nhiệm của các sở, ngành:". */
export const ADDRESSEE_OPENING = /^(?:(?:rieng\s+)?(?:doi voi|rieng)|ve phia|(?:nhiem vu|trach nhiem)(?:\s+(?:cu the|chu yeu))?\s+cua)\s+/;
/** A topic before a colon, then the assignment: "Về công tác giải phóng mặt bằng: Giao …", "Về đề nghị của huyện: Sở Tài chính …". */
export const TOPIC_OPENING = /^(?:ve|doi voi)\s[^:;.]{3,150}:\s*/;

/** A time adverbial opening an intro before its addressees: "Trong năm 2022, Giám đốc các sở …:", "Thời gian tới, …". */
// "Theo đó, trước 18 giờ ngày 24.8, các xã, phường … phải hoàn tất …": the hour and day the work is due by, before the subject
// ("Từ 1/7/2025, UBND xã … sẽ được giao …" tells what will be, and stays no opening).
export const LEADING_TIME = /^(?:(?:(?:theo do|cu the|dong thoi)\s*,\s*)?(?:truoc|cham nhat)\s+(?:\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut)?)?(?:\s+(?:sang|chieu|toi|trua|dem))?\s*,?\s*)?(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|(?:(?:trong|tu nay den|den)\s+)?(?:(?:het |cuoi )?nam\s+\d{4}|quy\s+[ivx\d]+(?:\s*\/\s*\d{4})?|thang\s+\d{1,2}(?:\s*\/\s*\d{4})?|thoi gian toi|nhung thang cuoi nam|cuoi nam))\s*,\s*/;

/** Compounds whose second word is also a verb, nouns inside a unit's name: "Ban Quản lý dự án đầu tư xây dựng các công trình …", "Quỹ Đầu tư phát triển", "các đơn vị quản lý hồ chứa". */
// "các thành viên Ban chỉ đạo", "Ban chỉ huy phòng chống thiên tai": a committee's name, not its verb (round 13, 445).
export const NAME_COMPOUND = /\b(?:ban\s+chi\s+(?:dao|huy)|viec\s+lam|lam\s+(?:nghiep|san|vien)|thuong\s+truc|hau\s+can|so\s+tai|an toan\s+giao\s+thong|so\s+(?:xay dung|ke hoach|giao thong)|tim kiem\s+cuu nan|thanh tra\s+xay dung|cuu ho\s*,?\s*cuu nan|dau tu\s+(?:xay dung|phat trien)|(?:cong|chuong)\s+trinh|(?:su nghiep\s+)?cong\s+lap|can bo\s+lanh dao|(?:don vi|co quan)\s+(?:quan ly|thi cong|tu van|giam sat)|(?:xa|phuong|huyen|dia phuong|don vi)\s+co\s+(?:du an|cong trinh|rung|bien|tuyen|diem|khu))\b/;

/** Names that join two bodies with "và": "Văn phòng HĐND và UBND xã", "Văn phòng Đoàn ĐBQH và HĐND tỉnh"; the group so far, folded. */
export const JOINT_OFFICE = /\bvan phong\s+(?:doan dbqh|doan dai bieu quoc hoi|hdnd|hoi dong nhan dan)$/;

/** An item that opens with "Chủ trì" under a heading naming one unit: that unit leads ("1. Sở Y tế:" / "+ Chủ trì, phối hợp với …"). */
// "làm đầu mối" (act as the focal point) leads as "chủ trì" does (round 19; 'làm' became a verb that ends a name).
export const LEAD_OPENING = /^(?:chu tri|lam dau moi)\b/;

/** A paragraph giving several units their work in one run: "…, giao: Sở A …; Sở B …". The clauses split at ";". */
export const INLINE_ASSIGN_COLON = /(?:^|[\s,])(?:giao|yeu cau|de nghi|phan cong)(?:\s+(?:nhiem vu\s+)?(?:nhu sau|cu the))?\s*:\s+/;

/** "chủ trì, phối hợp với": lead then partners. */
export const LEAD_WORD = /\b(?:chu ?tri|lam dau moi)\b/;
// "chủ trì, phối hợp với Sở Y tế", "Công an thành phố chủ trì, cùng Sở Y tế và UBND các quận, huyện …".
export const PARTNER_WORD = new RegExp(String.raw`\bphoi hop(?:\s+(?:chat che\s+)?${PARTNER_LINK})?\s+|(?<=\bchu ?tri\s*,\s*)cung(?:\s+voi)?\s+`);

/** What ends a partner list: a verb, a purpose, a clause break. */
export const PARTNER_END = /^(?:va\s+)?(?:tham muu|xay dung|trien khai|to chuc|thuc hien|ra soat|kiem tra|huong dan|nghien cuu|de xuat|bao cao|hoan thanh|hoan thien|trinh|lap|tong hop|danh gia|xu ly|giai quyet|khan truong|theo doi|don doc|cap nhat|dam bao|bao dam|tiep tuc|chuan bi|lam viec|de|nham|trong|truoc|theo|tai|ve)\b/;

// ---------- Deadlines ----------

/** A numeric date: 15/5/2023, 15-5-2023, 15.5.2023; the year may be missing ("30/6"). */
export const NUMERIC_DATE = /\b(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?\b(?!\s*[/.-]?\s*\d)/y;
/** A written date: "ngày 04 tháng 3 năm 2022", "04 tháng 3", "ngày 4 tháng 03". */
export const WORDED_DATE = /\b(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?\b/y;

/** Words before a date that make it a deadline: "trước ngày", "chậm nhất ngày", "hoàn thành trong", "trước 17 giờ ngày", "chậm nhất 10h00' ngày", "trước 10 giờ sáng 6-11". */
export const DEADLINE_CUE = /(?<![a-z])(?:tu (?:ngay\s*)?\d{1,2}\s*[/.]\s*\d{1,2}(?:\s*[/.]\s*\d{4})?\s*[-–]|vao|truoc|cham nhat(?:\s+la)?|han chot|thoi han|han|xong truoc|hoan thanh(?:\s+(?:truoc|trong|vao|xong))?|xong trong|trong|den|den het|hoan thanh va bao cao truoc|thoi gian(?:\s+(?:thuc hien|hoan thanh))?\s*:)\s*(?:\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*(?:phut|'|′|p))?)?(?:\s*(?:sang|chieu|toi|trua|dem))?\s*,?\s*)?(?:ngay\s*)?$/;

/** "tính đến ngày 31/12/2015", "số liệu đến ngày …": the date figures are counted to, not a deadline. Folded, before the date. */
export const CUT_OFF_BEFORE = /\b(?:tinh|so lieu|thong ke|luy ke)\s+(?:\S+\s+){0,2}?(?:den|toi)\s+(?:het\s+)?(?:ngay\s*)?$/;
/** A lunar date: "5.2 năm Quý Mão", "mùng 6 tháng giêng", "15/8 âm lịch"; deadlines are solar. Folded, right after the date. */
export const LUNAR_AFTER = /^\s*(?:\(?\s*)?(?:am lich|al\b|nam (?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy) (?:ty|suu|dan|mao|thin|ngo|mui|than|dau|tuat|hoi)\b)/;
/** A notice's lead that states the period of all its work: "… văn bản triển khai các nhiệm vụ trong tháng 6-2018". Folded. */
export const WORK_PERIOD = /\bnhiem vu(?:\s+trong tam)?\s+(?:trong|cua|den het|den)\s+(?:thang|quy|nam|6 thang|9 thang)\b/;

/** Words before "tháng 6/2024" that make the month a deadline; "Thời gian hoàn thành: tháng 6/2024" in a plan. */
export const MONTH_CUE = /(?:trong|truoc|het|cuoi|den|vao|hoan thanh|xong|(?:thoi gian(?:\s+(?:thuc hien|hoan thanh))?|thoi han)\s*:)\s*$/;

/** A plan's labelled roles: "Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: Sở Tài chính, UBND các huyện". */
export const LEAD_LABEL = /\b(?:co quan|don vi)\s+chu tri(?:\s+thuc hien)?\s*:\s*/;
export const PARTNER_LABEL = /\b(?:co quan|don vi)\s+phoi hop(?:\s+thuc hien)?\s*:\s*/;
/** A line that only adds an attribute to the task above it: its lead, partners, time, product. */
export const ATTRIBUTE_LINE = /^(?:(?:co quan|don vi)\s+(?:chu tri|phoi hop|thuc hien)|thoi gian(?:\s+(?:thuc hien|hoan thanh))?|thoi han(?:\s+hoan thanh)?|san pham|ket qua dau ra|kinh phi(?:\s+thuc hien)?)\s*:/;

/** Quarter: "quý II/2023", "quý 3/2021", "quý IV năm 2024", "quý I". */
export const QUARTER = /\bquy\s+(iv|iii|ii|i|[1-4])\b(?:\s*(?:[/.-]|nam)\s*(\d{4}))?/g;
/** Month: "tháng 6/2023", "tháng 12 năm 2024", "tháng 6". */
export const MONTH = /\bthang\s+(\d{1,2})(?:\s*(?:[/.-]|nam)\s*(\d{4}))?\b(?!\s*(?:nam\s+)?(?:dau|cuoi)\b)/g;
/** "6 tháng đầu năm (2023)", "6 tháng cuối năm", "9 tháng đầu năm". */
export const PART_OF_YEAR = /\b(6|9)\s+thang\s+(dau|cuoi)\s+nam(?:\s+(\d{4}))?\b/g;
/** "cuối năm", "cuối năm 2023", "trong năm 2022", "hết năm 2025", "đến năm 2025", "năm 2023" after a deadline verb. */
export const YEAR_END = /\b(?:(cuoi|trong|het|den het|den|hoan thanh trong|hoan thanh|thoi gian(?:\s+(?:thuc hien|hoan thanh))?\s*:|(?:nhung\s+)?(?:ngay|thang|thoi gian)\s+con\s+lai\s+cua)\s+nam(?:\s+(\d{4}))?|(?:trong|den het|den)\s+nam\s+(\d{4}))\b/g;
/** (YEAR_END: "những ngày còn lại của năm 2017" is the rest of that year, round 15.) "cuối tháng", "cuối quý": the end of the notice's month or quarter. */
export const PERIOD_END = /\bcuoi\s+(thang|quy)\b(?!\s*(?:\d|i|v))/g;
/** A day of every month ("vào ngày 25 hằng tháng", "trước ngày 20 hàng tháng"): due first on its next occurrence. */
export const MONTHLY_DAY = /\b(?:truoc|vao|cham nhat(?:\s+(?:la|vao))?|truoc hoac vao)\s+ngay\s+(\d{1,2})\s+(?:hang|moi)\s+thang\b/g;
/** "trong 10 ngày", "trong vòng 30 ngày làm việc", "trong thời hạn 15 ngày kể từ ngày…". */
// "(trong 2 ngày 08 và 09/11/2025)": the days a meeting took, named after the count, are no span to count (round 15, 526).
export const WITHIN_DAYS = /\b(?:trong|trong vong|trong thoi han|cham nhat sau|sau)\s+(\d{1,3})\s+ngay(\s+lam viec)?\b(?!\s+(?:qua|truoc|gan day)\b)(?!\s*,?\s*(?:tu\s+)?(?:ngay\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2})?\s*(?:va|,|-|–|den|\/))/g;

/** A page's posting dateline, the year a page without any other gives its day-month deadlines: "Thứ Ba, 14/10/2025 - 16:20", "Cập nhật: 05/01/2026", "Đăng ngày 17-07-2017 17:00". Folded; group 2 the year. */
export const POSTING_DATELINE = /^(?:(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)\s*,?|cap nhat\s*:?|ngay dang\s*:?|dang ngay\s*:?|dang luc\s*:?)?\s*(?:ngay\s+)?\d{1,2}([/.-])\d{1,2}\1(\d{4})\b[^a-z]{0,30}$/;

/** "năm 2025" as the year a text speaks of, not a plan's horizon ("đến năm 2030", "giai đoạn 2021 - 2025", "tầm nhìn …"); group 1 the year. */
export const YEAR_MENTION = /(?<!\b(?:den|tam nhin|giai doan|thoi ky|toi)\s)\bnam\s+(\d{4})\b(?!\s*[-–]\s*\d{4})/g;

/** The year a whole list is scoped to: "Trong năm 2022, tập trung thực hiện…". */
export const YEAR_SCOPE = /^(?:trong|nam)\s+(?:nam\s+)?(\d{4})\b/;

// ---------- Recurrence and priority ----------

/** Rhythm words, shortest period first, so "báo cáo hằng tháng, hằng quý" is monthly. */
export const RECURRENCE_WORDS: ReadonlyArray<[RegExp, "weekly" | "monthly" | "quarterly" | "half-yearly" | "yearly"]> = [
  [/\b(?:hang|moi|dinh ky(?:\s+hang)?)\s+tuan\b|\btheo tuan\b|\b(?:01|1)\s+tuan\s*\/\s*lan\b/, "weekly"],
  [/\b(?:hang|moi|dinh ky(?:\s+hang)?)\s+thang\b|\btheo thang\b|\bbao cao thang\b/, "monthly"],
  [/\b(?:(?:hang|moi|dinh ky(?:\s+hang)?)\s+quy|theo quy|bao cao quy)\b(?!\s+(?:dinh|trinh|che|mo|hoach|tac|chuan|pham|luat|uoc|dong|nhan|hoach|trinh|i|ii|iii|iv|\d))/, "quarterly"],
  [/\b(?:6|sau)\s+thang\s*(?:\/|mot)\s*lan\b|\bdinh ky\s+(?:06|6)\s+thang\b|\bhang\s+(?:06|6)\s+thang\b|\bbao cao\s+(?:06|6)\s+thang(?:\s*,|\s+va)/, "half-yearly"],
  [/\b(?:hang|moi|dinh ky(?:\s+hang)?)\s+nam\b|\btheo nam\b/, "yearly"],
];
/** "mỗi" of "mỗi năm" folds like "mới" of "nông thôn mới năm 2019": with diacritics present, only this spelling is "each". */
export const EACH_FORMS: readonly string[] = ["mỗi"];

/** "ngay trong ngày", "trong ngày hôm nay": due the day the notice is issued. */
export const SAME_DAY = /\b(?:ngay\s+trong\s+ngay|trong\s+ngay\s+hom\s+nay)\b(?!\s*\d)/g;

/** "Thường xuyên" (ongoing): only when no periodic word is present. */
// "các khu vực thường xuyên bị ngập sâu", "thường xuyên xảy ra sạt lở": how often a place suffers, not how often the work is done (round 15, 525).
export const REGULAR_WORD = /\bthuong xuyen\b(?!\s+(?:bi|xay ra|ngap|sat lo|co nguy co)\b)|\blien tuc\b/;

/** Urgency on the folded text: "khẩn trương", "khẩn cấp", "cấp bách", "hỏa tốc". */
export const URGENT_FOLDED = /\b(?:khan truong|khan cap|cap bach|hoa toc|thuong khan)\b/;
/** Urgency words that need their diacritics to be told apart: "ngay" (not "ngày"), "gấp" (not "gặp"). */
export const URGENT_EXACT = /(?<![\p{L}\p{N}])(?:ngay|gấp|Ngay|Gấp)(?![\p{L}\p{N}])/u;

// ---------- References ----------

/**
 * A document number and symbol: "1322/UBND-NCPC", "61/2018/NĐ-CP", "147/TB - UBND", "12-NQ/TU",
 * "15/CT-TTg". Matched on the ORIGINAL text (symbols are upper case).
 */
export const DOCUMENT_NUMBER = /(?<![\p{L}\p{N}/])(\d{1,5}(?:\s*\/\s*\d{4})?(?:-[A-ZĐ]{1,6})?)\s*\/\s*([A-ZĐ][A-Za-zĐđ&]*(?:\s?[-–]\s?[A-ZĐ][A-Za-zĐđ&0-9]*)*)(?![\p{L}\p{N}])/gu;

/** "ngày 04/3/2022" right after a document number (possibly after "của UBND tỉnh"). */
export const REFERENCE_DATE = /^\s*(?:,\s*)?(?:cua\s+[^,;.()]{1,60}?\s+)?(?:ban hanh\s+)?ngay\s+/;
