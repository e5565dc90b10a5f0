/**
 * The grammar of what reports and letters say around their tasks, as named patterns on FOLDED text (see grammar.ts):
 * why a block is no task (SkipReason), the clauses of a run-on press paragraph, teasers, captions and page chrome,
 * openings before a subject, forwarded matters, and the dates that are no deadlines.
 */
import { NON_TASK_SECTION, PARTNER_LINK, SET_QUALIFIER } from "./grammar.ts";

// ---------- What is not a task, and why (see SkipReason in types.ts) ----------

/** Section titles → the reason their items are not tasks: NON_TASK_SECTION's words, grouped. */
export const SECTION_REASONS: ReadonlyArray<readonly [RegExp, "assessment" | "background" | "purpose" | "plan_target" | "no_action"]> = [
  [/^(?:ve\s+)?(?:muc dich|quan diem)\b/, "purpose"],
  [/^(?:ve\s+)?(?:muc tieu|chi tieu)\b/, "plan_target"],
  [/^(?:ve\s+)?(?:y kien (?:cua|phat bieu)|noi dung hoi nghi|thanh phan|co so phap ly|can cu)\b/, "background"],
  [/^(?:ve\s+)?kinh phi\b/, "no_action"],
];

/** Who answers for a failure: "… chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để chậm trễ", "… trước pháp luật về …". */
export const ACCOUNTABILITY = /^chiu (?:hoan toan |toan dien )?trach nhiem (?:toan dien )?(?:ve|truoc)\b|\bchiu (?:hoan toan )?trach nhiem (?:ca nhan )?(?:truoc|voi)\s+(?:chu tich|pho chu tich|ubnd|uy ban nhan dan|thuong truc|phap luat|lanh dao|tinh uy|ban thuong vu|cap tren)/;

/** A target or plan horizon as the clause's topic: "Mục tiêu …", "Chỉ tiêu: …", "Phấn đấu đến năm 2030, 80% …", "Đến năm 2030, …". */
export const TARGET_START = /^(?:(?:muc tieu|chi tieu)\b|(?:phan dau\s+)?(?:den|den het|den cuoi)\s+(?:nam|giai doan)\s+\d{4}(?:\s*[-–]\s*\d{4})?\s*,|phan dau\s+(?:den|trong|nam)\b)/;
/** The figure a target names: "80%", "đạt 100", "trên 30%", "tối thiểu 5 …". */
export const TARGET_FIGURE = /\d+(?:[.,]\d+)?\s*%|\b(?:dat|tren|it nhat|toi thieu|tro len)\s+(?:ty le\s+)?\d/;
/** Words before "đến năm 2030" that make the year a plan's horizon, not a deadline: "tầm nhìn đến năm 2050", "giai đoạn 2021 - 2025 đến năm 2030". */
export const PLAN_HORIZON_BEFORE = /\b(?:tam nhin|dinh huong|giai doan|thoi ky|chien luoc|quy hoach|de an|chuong trinh|muc tieu|phan dau|chi tieu)\b[^.;:]{0,50}$/;
/** A figure right after "đến năm 2030": a target ("đến năm 2030, 80% hộ dân …", "đến năm 2030 đạt …"), not a deadline. */
export const TARGET_AFTER_YEAR = /^\s*,?\s*[^.;]{0,50}?(?:\d+(?:[.,]\d+)?\s*%|\bdat\s)/;

/** A purpose stated as a sentence: "Nhằm …", "Mục đích của Kế hoạch là …" (a "Mục đích" heading is a section, see SECTION_REASONS). */
export const PURPOSE_START = /^(?:nham\b|muc dich (?:cua|la|nham)\b)/;

/** Lines of portal chrome joined by "|": "Giới thiệu | Tin tức | Liên hệ", "Cỡ chữ: A A A | In bài". Every cell short, at least three. */
export const CHROME_CELLS = /^(?:[^|.;:]{1,30}(?::[^|.;]{0,20})?\|){2,}[^|.;:]{0,30}$/;

/**
 * A sentence or clause that refers back to the items above with their one deadline: "Các nội dung trên hoàn thành
 * trước ngày 30/6", "Thời hạn hoàn thành các nhiệm vụ nêu trên: …", "Các nhiệm vụ trên hoàn thành trong quý II".
 */
export const SHARED_DEADLINE = /^(?:(?:tat ca |toan bo )?(?:cac|nhung)\s+(?:noi dung|nhiem vu|cong viec|viec|van de)\s+(?:tren|neu tren|noi tren|tai (?:cac )?(?:muc|diem|khoan) (?:tren|nay))|(?:thoi han|thoi gian)(?:\s+(?:thuc hien|hoan thanh))?\s+(?:cac|nhung)\s+(?:noi dung|nhiem vu|cong viec)\s+(?:tren|neu tren|noi tren))\b/;

/** The verbs that direct: a sentence with one of these, at a word start, must be a task or listed as skipped. Folded. */
export const DIRECTING_VERB = /\b(?:giao(?!\s+(?:thong|ban|duc|dich|nhan|luu|tiep|lien))|yeu cau|de nghi|chi dao|chu tri|tham muu|trien khai|kiem tra|ra soat|bao cao|khan truong|tap trung|to chuc thuc hien|thuc hien|hoan thanh|xay dung|don doc|huong dan|phoi hop|tang cuong|chu dong|day nhanh|xu ly|giai quyet|khac phuc|tong hop)\b/;

/** The head of a list of units that names their kind once: "Các Sở: Tài chính, Xây dựng", "UBND các huyện: A, B và C", "các sở Tài chính, Nội vụ", "Chủ tịch UBND các quận 1, 3, Tân Bình", "chính quyền các huyện biển A, B" (the qualifier dropped). Folded, at the group's start; group 1 the title, 2 the body, 3 the kind. */
export const UNIT_LIST_HEAD = /^(?:((?:pho\s+)?(?:chu tich|giam doc|gd|thu truong|chanh van phong|truong ban|bi thu|lanh dao))\s+)?(?:((?:ubnd|uy ban nhan dan|hdnd|cong an|ban chi huy quan su|chi cuc|trung tam|phong|chinh quyen)\s+)?cac\s+(so(?:\s*,\s*(?:ban\s*,\s*)?nganh)?|huyen uy|thanh uy|thi xa|thanh pho|huyen|quan|xa|phuong|ban))(?:\s+(?:ven bien|bien gioi|bien|mien nui|vung cao))?\b/;
/** The singular of a listed kind: "các sở" → "Sở", "UBND các huyện" → "UBND huyện". */
export const UNIT_LIST_SINGULAR: Readonly<Record<string, string>> = {
  so: "Sở", ban: "Ban", huyen: "huyện", quan: "quận", xa: "xã", phuong: "phường", "thi xa": "thị xã", "thanh pho": "thành phố", "huyen uy": "Huyện ủy", "thanh uy": "Thành ủy",
};

/**
 * Names of provincial departments after "Sở", folded, longest first: a unit list ("Các Sở: Kế hoạch và Đầu tư, Văn hóa,
 * Thể thao và Du lịch, Y tế") splits on "," and "và" only between them. Others are read word by word.
 */
export const DEPARTMENT_NAMES: readonly string[] = [
  "lao dong - thuong binh va xa hoi", "lao dong, thuong binh va xa hoi", "nong nghiep va phat trien nong thon", "van hoa, the thao va du lich",
  "van hoa - the thao va du lich", "thong tin va truyen thong", "tai nguyen va moi truong", "nong nghiep va moi truong", "khoa hoc va cong nghe",
  "ke hoach va dau tu", "giao duc va dao tao", "dan toc va ton giao", "van hoa va the thao", "giao thong van tai", "nn&ptnt", "tn&mt", "kh&dt", "kh&cn",
  "gd&dt", "tt&tt", "vh,tt&dl", "vhtt&dl", "ldtb&xh", "ld-tb&xh", "tai chinh", "xay dung", "noi vu", "y te", "cong thuong", "tu phap", "ngoai vu",
  "du lich", "khdt", "gddt", "tnmt", "nnptnt", "tttt", "khcn",
];

/**
 * Whole assignees in a form the roster knows: a title and/or a unit head, a named People's Committee, a set of
 * units by kind. Folded. "các cơ quan, đơn vị", "chủ đầu tư", "doanh nghiệp" name nobody in particular: not a unit form.
 */
export const UNIT_FORM = /^(?:(?:pho\s+)?(?:giam doc|thu truong|chu tich|bi thu|truong ban|truong phong|chanh van phong|chanh thanh tra|nguoi dung dau|lanh dao|chi huy truong|tong giam doc|truong|to truong)\s+)?(?:cac\s+)?(?:so|ban|ubnd|uy ban|hdnd|hoi dong nhan dan|cong an|bo chi huy|ban chi huy|bo doi bien phong|bien phong|khu di tich|thi doan|bo chqs|bdbp|van phong|thanh tra|kho bac|ngan hang|trung tam|benh vien|lien doan|lien hiep|mat tran|ubmttq|tinh doan|huyen doan|thanh doan|doan thanh nien|dang uy|huyen uy|thanh uy|thi uy|tinh uy|chi cuc|cuc|bao hiem|dai|bao|vien|toa an|phong|bch|bql|bcd|tong cong ty|cong ty|huyen|xa|phuong|thi xa|thanh pho|tp|quan|thi tran|dac khu|nganh|thon|ban|ap|to dan pho|khu pho|hat kiem lam|cang vu|tram|hoi|quy|truong|hoc vien|to cong tac|doan kiem tra|ban quan ly)\b/;
/** An assignee too long to be a unit's name: the phrase reader ran past the name. */
export const MAX_UNIT_CHARS = 90;

/** "kịp …, vào ngày 20/01": the date an occasion falls on, by which the work must be ready. Before a date, folded. */
export const READY_BY_CUE = /\bkip\b[^.;]{0,80}?\b((?:vao|truoc)\s+(?:ngay\s+)?)$/;

// ---------- Clauses of a run-on paragraph (see clauses.ts) ----------

/** The end of an intro inside a paragraph, the work following on the same line: "Chủ tịch UBND tỉnh kết luận như sau: Sở Tài chính …". Folded. */
export const INLINE_INTRO = /\b(?:nhu sau|sau day|ket luan|chi dao|cu the)\s*:\s+(?=\S)/g;
/** Words that open a clause before its subject: "Đồng thời, Sở Y tế …", "Bên cạnh đó, giao …". Folded. */
export const CLAUSE_CONNECTIVE = /^(?:dong thoi|ben canh do|song song do|trong do|ngoai ra|dac biet|mat khac|theo do|cu the|tiep do|sau do|con|rieng|truoc mat|lau dai|them vao do|tren co so do)\s*,?\s+/;
/** A clause that opens with the verb naming its assignee: "giao Sở Tài chính …", "đề nghị Công an tỉnh …". Folded. */
export const CLAUSE_ASSIGN_VERB = /^(?:giao(?:\s+cho)?|yeu cau|de nghi|chi dao|phan cong|uy quyen cho)\s+(?!\w+\s*:)/;
/** What after a subject makes its clause a statement or a partner's share, not an assignment: "đã", "được", "là", "phối hợp". Folded. */
export const NOT_DIRECTING_AFTER_SUBJECT = /^(?:da|duoc(?! (?:giao|yeu cau|de nghi|phan cong))|la|co(?! (?:trach nhiem|van ban|ke hoach|phuong an|bien phap))|dang|se|van|con|chua|deu|vua|moi|theo(?! doi)|tai|trong|de|ve viec|thuoc|va cac|nam trong|gom|bao gom)\b/;
/** A last ";"-clause that only states when: "…; hoàn thành trước ngày 30/6/2026", "; thời hạn hoàn thành: quý II/2026". Folded. */
export const SHARED_DEADLINE_CLAUSE = /;\s*(?:(?:cac|tat ca|toan bo)\s+(?:noi dung|nhiem vu|viec)(?:\s+(?:tren|nay))?\s+)?(?:hoan thanh|xong|thoi han(?:\s+hoan thanh)?|thoi gian hoan thanh)\b\s*:?\s*(?:truoc|trong|cham nhat|vao|ngay)?[^;]{0,40}$/;

/**
 * Opens with a directive: an assigning verb, an imperative, a charge not to let something be done ("Tuyệt đối không để người dân ở lại …"; not
 * "… để xảy ra thiệt hại", a goal, nor "Nghiêm cấm việc …", a ban on everyone), or an addressee. Folded.
 */
// Round 19: "Cấp giấy xác nhận …", "Tập hợp hồ sơ …", "Đồng thời, gặp gỡ, thuyết phục …", "Chú trọng (typed 'Trú trọng') …", "Đề cao
// vai trò …", "Lưu ý công tác …" (not "lưu ý (đến) các điểm nghẽn …", what to heed), "Diệt lăng quăng …", "Bám sát địa bàn …", "Hỗ trợ …".
export const DIRECTIVE_START = /^(?:giao|de nghi|yeu cau|chi dao|tap trung|khan truong|nghiem tuc|tang cuong|thuong xuyen|chu dong|tiep tuc|day manh|quan tam|ra soat|trien khai (?!(?:nghi quyet|nghi dinh|chi thi|quyet dinh|ket luan|cong van|van ban|thong bao|ke hoach|chuong trinh|luat|cong dien|quy che)\s+so\b)|thuc hien (?!y kien|chi dao cua|(?:cac\s+)?(?:nghi quyet|nghi dinh|chi thi|quyet dinh|ket luan|cong van|van ban|thong bao|ke hoach|chuong trinh|luat|cong dien|quy che|quy dinh)\b)|to chuc|xay dung|hoan thanh|hoan thien|kiem tra|chan chinh|bao cao|tham muu|nghien cuu|xac dinh|phan dau|dam bao|bao dam|quyet liet|uu tien|nang cao|day nhanh|som|kip thoi|khac phuc|xu ly|giai quyet|ban hanh|cap nhat|huong dan|don doc|theo doi|tong hop|phoi hop|lam viec|chuan bi|bo tri|sap xep|kien toan|tuyen truyen|quan triet|tiep thu|rut kinh nghiem|chiu trach nhiem|cac (?:so|co quan|don vi|dia phuong|nganh)|dia phuong (?:tap trung|khan truong|chu dong|can|phai|tang cuong|trien khai|to chuc)\b|tien hanh|lua chon|xem xet|co (?:bao cao|van ban|ke hoach|phuong an|giai phap|bien phap)\b|co trach nhiem (?!(?:ve|truoc|voi)\b)|duy tri\b|san sang\b|de xuat (?!cua\b)|cung cap (?!cho\b)|tim kiem (?!cuu nan)|guong mau\b|phong tru\b|khong (?:to chuc|de|duoc)\b|mo (?:cac|chuyen)\b|chu tri\s*,?\s*(?:phoi hop|tham muu|huong dan|theo doi|ra soat|xay dung)\b|thong bao(?=\s*,\s*\S|\s+(?:cho|den|rong rai|kip thoi)\b)|lap |phai|can (?!cu)|(?:so|ban|phong|don vi|ubnd (?:huyen|xa|phuong|tinh)) (?:cung\s+)?(?:co trach nhiem|phai|can|chu dong)\b|phan cong|cong khai|giam sat|kiem soat|ngan chan|dinh ky|kien quyet|kiem dem|keu goi|van dong|canh bao|huy dong|so tan|di doi|gia co|du tru|(?:cac|nhung) nhiem vu (?:trong tam|cu the|chu yeu|chinh)(?:\s+(?:gom|la|bao gom))?\s*:|hang (?:nam|thang|quy|tuan)|tuyet doi khong (?!(?:duoc\s+)?de\s+xay ra)|cap giay|tap hop|gap go|thuyet phuc|chu trong|tru trong|de cao|luu y (?!(?:den |toi )?(?:cac|nhung|mot so)\b)|diet|bam sat|ho tro (?!cua\b))/;
/**
 * Adverbials before a directive that still opens the work: "Trước mắt phải …", "Hằng năm, phối hợp …", "Cùng với đó, chỉ đạo …", "Khi xử lý vi
 * phạm, phải …", a topic ("Đối với các khu công nghiệp, lập danh sách …"), "Trên cơ sở đó, …", and "Một trong
 * những nhiệm vụ … là …". Folded.
 */
export const WORK_OPENER = /^(?:(?:(?:cong dien|van ban|chi thi|cong van|thong bao|ke hoach)\s+(?:cung\s+)?(?:neu ro|nhan manh|yeu cau|chi ro)\s*:?|truoc mat|hang nam|dinh ky(?:\s+hang)?\s+(?:nam|thang|quy|tuan)|cung voi do|dong thoi|song song do|trong do|song song(?=\s*,)|ngoai ra|ben canh do|tiep theo|sau do|mat khac|lau dai|theo do|tren co so do|dac biet(?:\s+(?:luu y|chu y|la))?)\s*,?\s+|(?:doi voi|rieng doi voi|rieng voi)\s[^.;:]{3,140}?,\s*|(?:mot trong (?:nhung|cac) )?nhiem vu[^.;:,]{0,60}?\bla\s+|(?:khi|neu|trong truong hop|truong hop)\s[^.;]{0,100}?,\s*(?=(?:phai|can|kip thoi|khan truong|tong hop|bao cao|de xuat|chu dong|phoi hop|tham muu)[\s,])|(?:neu|khi|truong hop)\s[^.;]{0,100}?\s+thi\s+(?=(?:xem xet|xu ly|chuyen|bao cao|kien quyet|de nghi|kiem tra|lap|dinh chi|thu hoi|tham muu)\b)){0,3}/;
/** One who speaks and directs without naming whom, at a sentence start: "Tỉnh cũng đề nghị kiên quyết …", "An Giang cũng chỉ đạo giám sát …", "Chỉ thị của UBND tỉnh yêu cầu …", "Lãnh đạo UBND TP cũng đặt ra các nhiệm vụ …"; not "… vừa có chỉ đạo …" (a report of one). Folded. */
export const SPEAKER_DIRECTS = /^(?:\S+\s+){1,10}?(?:cung\s+|con\s+|tiep tuc\s+)?(?<!\bco )(?:yeu cau|de nghi|chi dao|dat ra (?:cac |nhung )?nhiem vu)\s+(?!cua\b)/;
/** A sentence or paragraph that opens a piece of work, with or without its subject: DIRECTIVE_START after a WORK_OPENER. Folded. */
export const WORK_START = new RegExp(`${WORK_OPENER.source}(?:${DIRECTIVE_START.source.slice(1)}|${SPEAKER_DIRECTS.source.slice(1)})`);
/**
 * The result of the work above sent on, its subject the result or the report itself: "Kết quả báo cáo Bộ …, Chủ tịch UBND tỉnh trước ngày …",
 * "Báo cáo gửi về UBND tỉnh (qua Sở Y tế) chậm nhất …", "Báo cáo yêu cầu gửi về Văn phòng UBND tỉnh trước 14 giờ …", "Yêu cầu (hoàn thiện)
 * gửi báo cáo về Sở … trước ngày …" (no one named: the doer above sends it), "Hoàn thành và trình UBND tỉnh trong quý I/2020". The same task's last
 * step, whose date is that task's deadline ("Báo cáo kết quả thực hiện về Sở … trước ngày 15/12 hằng năm", the verb "báo cáo", is work of its own). Folded.
 */
export const DELIVERY_STEP = /^(?:(?:ket qua(?:\s+thuc hien)?|bao cao(?:\s+yeu cau)?)\s*,?\s*(?:bao cao|gui|nop)|yeu cau\s+(?:hoan thien\s+)?(?:gui|nop)(?:\s+bao cao)?|hoan thanh\s*,?\s*(?:va\s+)?(?:trinh|gui|nop|bao cao)\s+(?:ubnd|uy ban|chu tich|so|ve|len|cho)\b)\b/;
/** "Báo cáo kết quả với UBND tỉnh." after the work: the same task's last step, unless it has its own date. Folded. */
export const REPORT_BACK = /^bao cao(?:\s+(?:ket qua|tinh hinh|tien do))?(?:\s+thuc hien)?\s+(?:ve|voi|cho|gui|len)\b[^0-9]*$/;

/** Words that end a unit's name though written in lower case: "các cơ quan, đơn vị có liên quan", "… trên địa bàn tỉnh", "… trong tỉnh", "các phòng, ban thuộc thành phố", "cán bộ, công chức trong các cơ quan". Folded, at a word start. */
// "Kho bạc Nhà nước từ tỉnh đến huyện", "các cấp từ tỉnh đến cơ sở" (round 19, 964).
export const NAME_TAIL = new RegExp(String.raw`^(?:co lien quan|lien quan|trong tinh|tu tinh (?:den|toi) (?:huyen|xa|co so)|${SET_QUALIFIER}|trong (?:cac )?(?:co quan|don vi)(?: nha nuoc)?|ven (?:bien|song|suoi|ho|do)|(?:giap |vung )?bien gioi|vung (?:cao|sau|xa|nui|trung|thap)|tren dia ban(?: (?:tinh|huyen|xa|phuong|thanh pho))?|truc thuoc(?: (?:tinh|ubnd tinh|so))?|thuoc (?:tinh|thanh pho|tp|huyen|thi xa|xa|phuong|so|ubnd (?:tinh|thanh pho|huyen)))\b`);
/** Heads of a company's or a cooperative's name, which may write its words in any case: "Công ty Cổ phần …", "Tập đoàn …", "Hợp tác xã …". Folded. */
export const COMPANY_HEAD = /^(?:tong cong ty|cong ty|tap doan|hop tac xa|chi nhanh)\b/;
/** Collective subjects written in lower case that still open a clause before a directing verb: "…; địa phương tăng cường …", "Đồng thời, chủ đầu tư các dự án phải …". Folded. */
// "…; sở, ngành, địa phương có trách nhiệm …" (round 17)
export const LOWER_SUBJECT = /^(?:cac\s+)?(?:dia phuong|chinh quyen|luc luong|chu dau tu|co quan|don vi|nganh|so,\s+(?:ban|nganh)\b)\b/;

/** An item that decides rather than assigns: "Thống nhất chủ trương …", "Chấp thuận …", "Đồng ý cho …", "Phê duyệt …". Folded. */
export const DECISION_START = /^(?:thong nhat (?:chu truong|voi|de nghi|phuong an|cho)|chap thuan|dong y|chap nhan|cho phep|phe duyet)\b/;
/** A note under a task that only qualifies it: "Lưu ý: Việc đề xuất … cần tránh trùng lặp …". It joins the task above. Folded. */
export const NOTE_LINE = /^(?:luu y|chu y|ghi chu)\s*:/;
/** What someone is allowed, not asked, to do: "Cán bộ, công chức … được nghỉ Tết Dương lịch …". Folded. */
export const PERMISSION = /\bduoc (?:nghi|huong|phep|mien)\b/;
/** A citizen's or voter's request quoted before the answer: "Cử tri xã Phú Lương, huyện Sơn Dương đề nghị:". Its items are no tasks. Folded. */
export const PETITION_INTRO = /^(?:cu tri|cong dan|nhan dan|ho dan|ong|ba|doanh nghiep|cac ho)\b[^:]{0,200}\b(?:de nghi|kien nghi|phan anh|hoi|de xuat)\s*:\s*$/;
/** An item of a portal's list of other posts: a headline ending with its date in brackets, "… phản ánh (06/10/2025)". Folded. */
export const DATED_HEADLINE = /\(\d{1,2}\/\d{1,2}\/\d{4}\)\s*$/;
/** A news site's page footer: everything from here on is its address, licence and copyright. Folded, a whole line's start. */
/** The tag a newspaper or portal opens its teaser with: "(BPO) - ", "(TNO) ", "TTH - ", "ThienNhien.Net – ", "(Cổng TTĐT) - ". Original text. */
/** A press tag followed by its dash, "(Baonghean.vn) - …": a teaser's start, never the rest of the line above. Original text. */
export const PRESS_TAG_DASH = /^\([^()]{2,30}\)\s*[-–—]/;
export const PRESS_TAG = /^(?:\([^()]{2,30}\)\s*[-–—]?\s*|[A-ZĐ][\p{L}.]{1,20}\s+[-–—]\s+)/u;
/** The set a teaser may address without naming a unit: "các ngành, địa phương", "các huyện ven sông", "địa phương". Folded. */
export const VAGUE_SET = /^(?:(?:tat ca |cac |moi |(?:[2-9]|1[0-9]|hai|ba|bon|nam|sau|bay|tam|chin|muoi) )(?:cac )?(?:nganh|dia phuong|huyen|xa|phuong|quan|so|co quan|don vi|luc luong|cap)|dia phuong|nganh|nguoi dan)\b/;
export const PAGE_FOOTER = /^(?:thong ke truy cap\s*:?$|tru so(?: chinh| toa soan)?\s*:|giay phep (?:xuat ban|hoat dong|so)|ban quyen (?:thuoc|©)|©|co quan (?:chu quan|quan ly)\s*:|(?:truong|pho truong) ban bien tap\s*:|chiu trach nhiem (?:noi dung|xuat ban)\s*:|tong bien tap\s*:|ghi ro nguon\b|dia chi\s*:.{0,80}dien thoai)/;
/** A photo credit that ends a caption's line: "… Ảnh: Phạm Thắng". Nothing below goes on from it. Folded. */
// "Ảnh; tư liệu Văn Trường |": a slip for the colon, a page's separator after it (round 13, 453).
export const CREDIT_END = /\banh\s*[:;]\s*\S{2,}(?:\s+\S+){0,3}\s*[.|]?$/;
/** A picture's file name left by a copy of a page ("potal-ben-tre-…-7946936.jpg"): the line below it is the photo's caption. Folded. */
export const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp)$/;
/** A report that someone has just directed: "… vừa yêu cầu …", "… vừa ký ban hành Công điện số 14/CĐ-UBND yêu cầu …". Folded. */
export const JUST_DIRECTED = /\bvua\s+(?:[^\s.;]+\s+){0,8}?(?:yeu cau|chi dao|de nghi|giao)\b/;
/** A paragraph right after a teaser that says what the teaser sums up: "Theo đó, …", "Cụ thể, …". Folded. */
export const DETAIL_OPENING = /^(?:theo do|cu the)\s*,/;
/** Marks of a photo caption: the persons' places in the picture, the photographer's credit. Folded. */
export const PHOTO_CAPTION = /\((?:anh minh hoa|ảnh minh họa)|\((?:ben (?:trai|phai)|giua|dung giua|thu \d+ tu (?:trai|phai)(?: qua| sang)?(?: sang)?)\)|\banh\s*[:;]\s*\S{2,}(?:\s+\S+){0,3}\s*[.|]?$/;
/** A sentence that goes on with the subject above and names whom it works with: "Hằng năm, phối hợp với các địa phương …". Folded. */
export const CONTINUED_WITH = new RegExp(`${WORK_OPENER.source}(?:tiep tuc\\s+|chu dong\\s+)?phoi hop\\s+(?:chat che\\s+)?${PARTNER_LINK}\\s+`);
