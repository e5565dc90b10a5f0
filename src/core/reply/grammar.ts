/**
 * The language of leaders' replies, as named word lists. Each list is written as people type it,
 * with diacritics where Vietnamese has them; the matcher folds every entry (see lexicon.ts), so
 * "hoàn thành" also matches "hoan thanh" and "HOÀN THÀNH". Shorthand ("ko", "dc", "ht") is listed
 * as such. Dates live in dates.ts, task references in refs.ts.
 */

// ---------- Status ----------

/**
 * Words that say the work is finished, and so close a task: "xong", "hoàn thành", "hoàn tất",
 * "dứt điểm" ("đã xử lý dứt điểm"), a work verb with "xong" ("đã xử lý xong"). Steps that only
 * record progress ("đã trình", "đã gửi báo cáo") are PROGRESS_STEPS.
 */
export const DONE_WORDS = [
  "xong", "xog", "xg", "xon", "hoàn thành", "hoàn tất", "hthành", "ht", "h.thành", "dứt điểm",
  // a work put to use, a task declared over (round 16): "đã nghiệm thu, bàn giao đưa vào sử dụng từ 5/12", "…, kết thúc nhiệm vụ"
  "đưa vào sử dụng", "đưa vào vận hành", "kết thúc nhiệm vụ",
  // an inspection closed, a road opened (round 18, set TT): "đã kết thúc đợt kiểm tra, biên bản em gửi …", "Nhiệm vụ 2 đã kết thúc
  // thanh tra", "… kết thúc rồi anh", "cầu Khe Tre thông xe rồi anh, đã nghiệm thu bàn giao cho xã quản lý"
  "kết thúc đợt kiểm tra", "kết thúc kiểm tra", "kết thúc thanh tra", "kết thúc đợt thanh tra", "kết thúc rồi", "thông xe", "nghiệm thu bàn giao",
  // Slips of the phone ("hoan thah", "xnog", "hoàn thàng") are repaired before reading: see typing.ts; "xon" (the "g"
  // missed, "xon rồi a") is too short for that and is listed, read only as typed without marks (completion.ts).
  "done", "finished", "finish", "completed", "complete", "accomplished", "fulfilled",
];
/** Symbols that mean done on their own. */
export const DONE_SYMBOLS = ["✅", "✔", "☑", "✓", "🆗✅"];
/** Symbols that mean not done. */
export const NOT_DONE_SYMBOLS = ["❌", "✖", "✗", "⛔"];
/** Symbols that acknowledge. */
export const ACK_SYMBOLS = ["👍", "👌", "🙏", "🆗", "🤝", "🫡", "🙂", "😊"];
/** Typed emoticons that acknowledge on their own: "(y)" is Zalo's and Skype's thumbs up. */
export const ACK_EMOTICONS = ["(y)", "(Y)"];

/** Single words that negate what follows: "chưa xong", "ko xong dc", "k hoàn thành được", "not done". */
export const NEGATIONS = [
  "chưa", "chx", "ch", "chưaa", "không", "ko", "k", "kg", "khg", "kh", "hok", "k0", "kô", "chẳng", "chả",
  // Southern "không": "hổng có kinh phí", "hông có kịp xong" (typed with their marks only: folded, "hỏng" is broken, "hồng" pink)
  "hổng", "hông",
  "not", "no", "never", "cannot", "can't", "cant", "didn't", "didnt", "haven't", "havent",
  "hasn't", "hasnt", "isn't", "isnt", "wasn't", "won't", "wont", "couldn't", "unable",
];
/** "đâu" typed as such (not "đầu", "dấu"): before "có"/"phải" it negates ("đâu có vướng gì"), at the end of a clause it denies ("làm xong đâu mà báo"). */
export const DAU = ["đâu", "dau"];
/** After "đâu", these make it a negation of what follows: "đâu có", "đâu phải". */
export const DAU_NEGATES_BEFORE = ["có", "phải", "được", "đã"];
/** Before a final "dau" typed without marks, these make it "đầu"/"dấu" (beginning, seal), not "đâu": "từ đầu", "đóng dấu". */
export const DAU_LOOKALIKES_BEFORE = ["ở", "đi", "từ", "ban", "bước", "đóng", "khởi", "hàng", "mở", "lúc", "đứng", "dẫn"];
/**
 * Before a negation, these deny what it says: "không phải chưa xong" (it is not that it is not done),
 * "ai bảo chưa xong", "it's not that we haven't": the negation is cancelled and the clause affirms nothing.
 * Before a done word they deny it: "không phải xong mà là mới bắt đầu" is not done.
 */
export const DENIERS = ["không phải", "ko phải", "k phải", "kp", "chẳng phải", "đâu phải", "không phải là", "ai bảo", "ai nói", "who said", "not that", "it's not that", "it is not that"];
/** After a done word, these make it rhetorical, so a denial: "xong gì mà xong", "xong thế nào được", "xong sao được". */
// "xong dzới ai", "xong với ai" (the South: done, with whom? — no way), "xong chi nổi", "xong gì nổi" (how could it be).
export const RHETORICAL_AFTER = ["gì", "gì mà", "cái gì", "cái gì mà", "nỗi gì", "cái nỗi gì", "cái khỉ gì", "con khỉ", "thế nào được", "sao được", "làm sao được", "sao nổi", "thế nào nổi",
  "với ai", "dzới ai", "zới ai", "chi nổi", "gì nổi", "chi noi",
  // "xong kiểu gì đc a, máy in hỏng cả tuần nay" (round 13)
  "kiểu gì", "kiểu gì mà", "kiểu gì được",
  // "xong cái khỉ khô", "xong trên giấy thì xong rồi, còn thực tế …", "xong trên giấy thôi" (round 13)
  "cái khỉ khô", "khỉ khô", "trên giấy", "trên giấy tờ", "trên sổ sách"];
/** Before a done word, these make it rhetorical: "làm sao xong được", "gì mà xong", "đâu mà xong". */
// "làm gì xong nhanh vậy được", "làm gì mà xong kịp": no way it is done.
export const RHETORICAL_BEFORE = ["làm sao", "sao mà", "gì mà", "đâu mà", "làm thế nào", "làm gì"];
/** Before a done word: only a guess, never a report ("hình như xong rồi", "chắc xong rồi á", "probably done"). */
/** ("không dám nói là đã hoàn thành": the leader will not vouch for it.) */
export const HEDGES = ["hình như", "chắc", "chắc là", "có lẽ", "có vẻ", "có vẻ như", "nghe nói", "nghe bảo", "hình như là", "dám nói", "dám chắc", "probably", "maybe", "perhaps", "i think", "seems"];
/** "chắc chắn" is certainty, not a guess: with a date it is a plan ("tuần sau chắc chắn xong"). */
export const HEDGE_LOOKALIKES = ["chắc chắn", "chắc chắc"];
/** Just before a done word, the finishing is another event's, not the task's: "họp xong anh gọi lại", "chờ họp HĐND xong". */
export const EVENT_WORDS = [
  "họp", "hội nghị", "giao ban", "ăn", "ăn cơm", "ăn trưa", "nghỉ", "tiếp dân", "lễ", "tết", "học", "meeting", "lunch",
  // "xong bữa trưa rồi, chiều em làm tiếp báo cáo" (round 15, P): a meal finished
  "bữa trưa", "bữa sáng", "bữa tối", "bữa cơm", "cơm trưa",
  // a visiting delegation received: "vừa tiếp đoàn kiểm tra xong, em xem lại rồi báo anh sau"
  "tiếp đoàn", "đón đoàn", "tiễn đoàn", "đoàn kiểm tra", "đoàn công tác", "đoàn giám sát", "đoàn thanh tra", "làm việc với đoàn", "tiếp khách",
];
/** Words holding "hợp", "ăn", "lễ", which fold like the events: "phối hợp … đã xong" is done. */
export const EVENT_LOOKALIKES = [
  "phối hợp", "tổng hợp", "kết hợp", "thích hợp", "phù hợp", "trường hợp", "hợp đồng", "hợp tác", "hợp lý", "tích hợp", "liên hợp",
  "hỗn hợp", "hợp nhất", "hợp pháp", "hợp lệ", "ăn ninh", "an ninh", "lễ tân", "học tập", "nghỉ hưu",
  // Tết as a time, not the holiday finishing: "sau Tết hoàn thành", "qua Tết em làm xong", "trước tết là hoàn thành" (round 18)
  "trước Tết", "trc Tết", "sau Tết", "qua Tết", "ra Tết",
];
/** After a done word: a sequence, the work after it is still to come ("họp xong mới triển khai", "xong rồi mới làm"). */
export const THEN_WORDS = ["mới", "rồi mới", "thì mới", "là"];
/** After a done word without a past marker, a time to come: "xong sớm thôi mà anh yên tâm", "xong nay mai", "xong liền thôi". */
// "xong ngay ấy mà", "xong liền mà" (round 15, P): a promise, often an impatient one; "đã xong ngay trong ngày" is past (a past marker before).
export const SOON_AFTER_DONE = ["sớm thôi", "sớm mà", "sớm à", "nay mai", "liền thôi", "ngay thôi", "ngay ấy mà", "ngay mà", "ngay ý mà", "liền mà", "liền à"];
/** A clause made only of one of these takes back the one before: "Xong rồi, à không, mới xong dự thảo". */
export const RETRACTIONS = ["à không", "à nhầm", "ấy nhầm", "à quên", "à mà không", "nhầm", "oh no", "sorry, no",
  // Southern and typed slips: "à lộn, nv 3 xong rồi", "em ghi nhầm", "a ko,".
  "à lộn", "lộn", "ghi lộn", "nói lộn", "ghi nhầm", "nói nhầm", "em ghi nhầm", "tui ghi nhầm", "a ko", "à ko", "à k",
  // "đã xong ạ... à khoan, …, em rút lại nhé" (round 16)
  "à khoan", "khoan đã", "khoan", "em rút lại", "rút lại", "em xin rút lại", "xin rút lại"];
/** After "chứ" a negation denies the other reading: "xong rồi chứ chưa à" is done, "của Sở X chứ không phải sở em". */
export const CHU = ["chứ"];
/** After a done word, "thì" opens a consequence: "xong rồi thì em đã báo cáo" (a condition), "không xong thì …". */
export const THEN_CLAUSE = ["thì"];
/** "không có X nào chưa xong": a negation of existence before a negation says all of them are done. */
export const UNIVERSAL_NEGATION = ["không có", "chẳng có", "ko có", "k có", "không còn", "chẳng còn"];
/** With UNIVERSAL_NEGATION, this word marks "any": "không có nhiệm vụ nào là chưa hoàn thành". */
export const ANY = ["nào"];

/** English negations that fold like Vietnamese words: they negate only typed without marks ("nốt" is "the rest", "nợ" a debt). */
export const NEGATIONS_UNMARKED_ONLY = ["not", "no"];
/** Southern negations that negate only typed with their marks: "hổng", "hông" (folded "hong" is also "hỏng", "hồng"). */
export const NEGATIONS_TYPED_ONLY = ["hổng", "hông"];
/** "vượt tiến độ", "đúng tiến độ" after a done word say how it was done, not that it is under way. */
export const PROGRESS_LOOKALIKES = ["vượt tiến độ", "đúng tiến độ", "kịp tiến độ", "theo tiến độ", "trước tiến độ"];
/** After a done word, these turn "xong không" from a question into "cannot finish": "xong ko dc". */
export const INABILITY_AFTER_NEGATION = ["được", "dc", "đc", "kịp", "nổi", "thể", "xuể"];
/** Phrases that mean not done on their own. */
export const NOT_DONE_PHRASES = [
  // "trễ" only as lateness said: folded it is "trẻ" too ("các điểm trông giữ trẻ", round 19, BF read not done).
  "not yet", "yet to", "chưa có kết quả", "chậm tiến độ", "bị chậm", "chậm", "trễ hạn", "bị trễ", "trễ rồi", "trễ quá", "hơi trễ", "sẽ trễ", "trễ mất", "trễ tiến độ", "quá hạn",
  "dở dang", "còn dang dở", "làm lại từ đầu", "kiểm tra không đạt", "không đạt yêu cầu", "nghiệm thu không đạt", "còn xa lắm", "còn lâu lắm", "còn lâu mới", "incomplete", "unfinished", "delayed", "behind schedule", "not started",
];
/** Before a done word: the work is nearly but not yet finished ("sắp xong", "gần hoàn thành"). */
export const NEAR_WORDS = ["sắp", "gần", "gần như", "coi như", "cứ coi như", "xem như", "tạm coi như", "sắp sửa", "chuẩn bị", "almost", "nearly", "about to", "close to", "soon"];
/** Before a done word: finishing is unlikely ("khó xong được", "khó mà hoàn thành kịp"). */
export const UNLIKELY_WORDS = ["khó", "khó mà", "khó lòng", "chưa chắc", "không chắc", "unlikely to", "hard to",
  // a wish or what should have been: "ước gì xong rồi 😂", "giá mà xong", "lẽ ra xong rồi nhưng mưa quá" (round 13)
  "ước gì", "ước chi", "giá mà", "giá như", "lẽ ra", "đáng lẽ", "đáng lẽ ra", "lẽ ra phải", "đáng lẽ phải"];
/** Before a done word: finishing is a plan, not a fact ("sẽ hoàn thành", "dự kiến xong", "đảm bảo xong đúng hạn"). */
export const FUTURE_WORDS = [
  "sẽ", "dự kiến", "dự định", "phấn đấu", "cố gắng", "hẹn", "hy vọng", "hi vọng", "mong", "đảm bảo", "bảo đảm", "cam kết", "chắc chắn",
  // "Bên em đã lên kế hoạch hoàn thành trước ngày 25/12": the plan made, not the work (round 17)
  "lên kế hoạch", "có kế hoạch", "đặt mục tiêu", "đặt ra mục tiêu",
  // "tính làm xong trc Tết mà chắc ko kịp": what the leader means to do (round 18; not a bare "tính", folded like "tỉnh")
  "tính làm", "tính là", "định làm", "dự tính",
  // "em hứa làm kỹ": a promise (round 18)
  "hứa", "xin hứa",
  "will", "going to", "gonna", "expected", "expect", "expects", "plan to", "planned", "should", "hope",
  // "nv5 ETA thứ 6" (round 19, BD)
  "ETA",
];
/**
 * Before a done word: a time still to come makes finishing a plan ("mai em làm xong gửi anh", "tuần sau
 * hoàn thành"); a past marker between them keeps it a fact. "mai" also folds from "mại" (thương mại).
 */
export const FUTURE_TIME_WORDS = [
  "mai", "ngày mai", "sáng mai", "trưa mai", "chiều mai", "tối mai", "mai mốt", "ngày kia", "tuần sau", "tuần tới",
  "lát nữa", "tí nữa", "chút nữa", "sắp tới", "để chiều", "để tối", "để trưa", "để mai", "tomorrow", "next week", "next month", "later",
  // "sang năm e làm", "qua Tết em triển khai" (round 14; not "tháng sau": "tháng" would stop "thàng" being repaired to "thành").
  "sang năm", "năm sau", "năm tới", "sau Tết", "qua Tết",
  // "trước tết là hoàn thành anh yên tâm": by a Tết still to come (round 18); "trước Tết em đã làm xong" keeps its past marker.
  "trước Tết", "trc Tết", "trước Tết Nguyên đán",
  // the lunar month's middle and the first month: "sau rằm mới bắt đầu được", "ra Giêng mới làm được" (round 18, AH)
  "sau rằm", "qua rằm", "ra Giêng", "ra giêng", "sau Giêng",
  // "vài hôm nữa xong", "mấy bữa nữa xong", "nay mai xong": a time to come, however vague.
  ...["vài", "mấy", "ít"].flatMap((q) => ["hôm", "ngày", "bữa", "tuần", "bữa nay"].map((d) => `${q} ${d} nữa`)), "nay mai", "nội trong tuần",
];
export const FUTURE_TIME_LOOKALIKES = ["thương mại", "khuyến mại", "mua bán"];
/** Before a done word: it is a condition or a purpose ("khi nào xong em báo", "để hoàn thành"). */
export const CONDITIONAL_WORDS = ["khi", "khi nào", "bao giờ", "lúc nào", "nếu", "sau khi", "để", "when", "if", "once", "as soon as", "after"];
/**
 * Just before a done word, "mới" ("only then") after a condition or a wait makes finishing depend on it: "có kinh phí thì
 * mới xong", "Phải chờ Sở TN&MT trả kết quả thì mới hoàn thành được", "chờ vốn về mới xong được". "thì mới" always does;
 * a bare "mới" does with "được" after the done word or one of ONLY_THEN_CONDITIONS before it ("vừa mới xong" is done).
 */
export const ONLY_THEN = ["thì mới", "mới", "thì mới có thể", "mới có thể", "thì mới có", "mới có"];
/** Before "mới", these open what finishing waits on: "khi", "phải", "chờ", "đợi", "có …", "nếu", "sau khi", "đủ". */
export const ONLY_THEN_CONDITIONS = ["khi", "khi nào", "chỉ khi", "phải", "chờ", "đợi", "có", "nếu", "sau khi", "đủ", "được", "bao giờ"];
/** "vừa mới xong", "mới vừa xong": just finished, no condition. */
export const JUST_WORDS = ["vừa", "vừa mới", "mới vừa"];
/** Before a done word: it was only believed ("tưởng xong rồi nhưng còn phải sửa"). */
export const BELIEF_WORDS = ["tưởng", "tưởng là", "cứ tưởng", "ngỡ", "ngỡ là", "thought", "i thought"];
/** Words holding "tượng"/"tương", which fold like "tưởng": "đối tượng đã hoàn thành" is done. */
export const BELIEF_LOOKALIKES = ["đối tượng", "hiện tượng", "ấn tượng", "biểu tượng", "trừu tượng", "tượng đài", "tương tự", "tương đối"];
/** Before a done word: the work is going on ("đang hoàn thành", "đang hoàn thiện"). */
export const PROGRESSIVE_WORDS = ["đang", "vẫn đang", "tiếp tục", "still"];
/** Just before a done word, "là" makes it what will follow: "chiều nay là xong", "thêm 2 ngày là xong". */
export const THEN_DONE = ["là"];
/** Tell a past fact from a plan when a date is near a done word: "đã xong ngày 20/11". */
export const PAST_MARKERS = ["đã", "rồi", "r", "already", "has been", "have been", "was", "were", "did", "xong xuôi"];
/** Only part of the work is done: "xong một phần", "cơ bản hoàn thành", "partially done". */
export const PARTIAL_WORDS = [
  "một phần", "1 phần", "phần lớn", "phần nào", "cơ bản", "bước đầu", "một nửa", "1/2",
  "giai đoạn", "đợt 1", "bước 1", "phase", "partially", "partly", "mostly", "half", "part of", "some of",
  // a part named: "mới xong phần thẩm định", "xong phần của sở"; "trừ": all but one ("xong hết trừ xã Tân Lập")
  "phần", "khâu", "hạng mục", "trừ", "ngoại trừ", "except",
];
/** After "9/10", "3/5", a thing counted makes it a count of the whole, not a date or a percent: "9/10 chỉ tiêu", "3/5 xã", "7/9 thôn". */
export const COUNTED_NOUNS = [
  "xã", "thôn", "phường", "huyện", "tỉnh", "tổ", "bản", "ấp", "hồ sơ", "chỉ tiêu", "tiêu chí", "căn", "hộ", "nhà", "km", "hạng mục", "công trình",
  "dự án", "trường", "đơn vị", "thửa", "cơ sở", "doanh nghiệp", "số", "nhiệm vụ", "việc", "phòng", "khu", "điểm", "lớp", "người",
  // Round 18: "đã giải ngân 9/12 tỷ", "xong 27/30 bộ", "cấp được 40 trên 50 giấy chứng nhận", "xong 4/7 nội dung".
  "tỷ", "triệu", "bộ", "giấy", "nội dung", "trường hợp", "gói thầu",
  // Round 19: "xog 4/7 nd r a" (nội dung, shortened), "8/12 đơn vị", "27/27 hồ chứa".
  "nd", "hồ chứa", "hồ", "tuyến", "cây",
];
/** Partial only as typed: folded, "nửa" (half) is "nữa" (more: "không còn gì nữa"). */
export const PARTIAL_TYPED = ["nửa"];
/** Words holding "phần", "trừ" (folded) that are no part of the work: "phần trăm" (percent), "phần mềm" (software), "trụ sở". */
// "xong phần việc được giao": the share given to the unit, which is its whole task.
export const PARTIAL_LOOKALIKES = ["phần trăm", "phần mềm", "cổ phần", "thành phần", "trụ sở", "trụ cột", "lưu trữ", "dự trữ", "tích trữ", "phần việc được giao", "phần được giao", "phần việc của mình"];
/** Right after a done word, a step or piece of the work, not the whole task: "xong dự thảo", "hoàn tất hồ sơ". */
// "đợt" only with its number: "hoàn thành đợt tiêm chủng bổ sung" is the campaign, the task (round 18, AC); "mới xong đợt 1" a part.
// "làm xong bản nháp rồi" is a draft, never the work (round 19, BG and BI: it read done when said alone).
export const PART_OBJECTS = ["dự thảo", "hồ sơ", "bước", "đợt 1", "đợt 2", "đợt 3", "đợt một", "đợt hai", "đợt đầu", "đợt I", "bản thảo", "khung", "draft", "bản nháp", "nháp"];
/** After a done word (and "việc", "phần"), a step that only prepares the task: "hoàn tất việc tham mưu", "xong bước trình". */
export const STEP_AFTER_DONE = ["tham mưu", "trình", "dự thảo", "soạn thảo", "lấy ý kiến", "xin ý kiến", "khảo sát", "thẩm định"];
/** Words between a done word and what it finished: "hoàn tất việc tham mưu". */
export const STEP_FILLERS = ["việc", "phần", "khâu", "bước", "công tác"];
/** Just before a done word, a step that only prepares the task: "dự thảo xong", "trình xong". */
export const STEP_BEFORE_DONE = ["dự thảo", "soạn thảo", "trình", "tham mưu", "lấy ý kiến", "xin ý kiến", "khảo sát xong phần"];
/** "mới … thôi", "chỉ … thôi": only so much is done ("mới có cái khung thôi", "mới xong dự thảo thôi"). */
export const ONLY_WORDS = ["mới", "chỉ", "mới chỉ", "chỉ mới", "only", "just"];
export const ONLY_END = ["thôi", "thôi ạ", "only"];
/** What is left to do, anywhere in a clause: "còn phải chỉnh sửa", "còn thiếu hồ sơ của 2 xã", "còn tồn 30 hồ sơ". */
export const REMAINING_PHRASES = ["còn phải", "vẫn phải", "còn thiếu", "còn tồn", "còn mỗi", "chỉ còn", "còn vài", "còn một số", "vẫn còn thiếu", "còn mấy", "còn lại mấy"];
/** After "còn", a part of the work still to do: "còn phần …", "còn khâu in ấn", and the places named rather than counted ("mới xong ấp Bình Hòa, còn ấp Bình Thạnh"). */
export const PARTS_LEFT = ["phần", "khâu", "bước", "hạng mục", "ấp", "thôn", "bản", "xã", "phường", "tổ", "khu", "hộ", "căn", "điểm", "trường", "công trình", "tuyến"];
/** A clause opened by "còn" and one of these says what remains: "còn 2 xã chưa", "còn phần phê duyệt", "còn phải sửa". */
export const REMAINING_AFTER_CON = [...PARTS_LEFT, "phải", "thiếu", "tồn", "mỗi", "một số", "vài", "cả"];
/** Negated, these limit a completion, they do not deny it: "xong rồi mà chưa nghiệm thu", "chưa chạy thử". */
export const ACCEPTANCE_WORDS = ["nghiệm thu", "xác nhận", "bàn giao", "chạy thử", "đóng dấu", "ký", "công nhận", "quyết toán"];
/**
 * The bot's own words in a reminder (locales/vi.json and the "🔔 NHẮC VIỆC" card): a reply that pastes one and answers
 * below it ("…Đề nghị đồng chí cập nhật tiến độ.\n\nxong rồi ạ") is read by its last part; the pasted block only names
 * the task. The block ends at a blank line or at its closing "Trân trọng." line.
 */
export const REMINDER_MARKS = ["nhắc việc", "xin nhắc", "đề nghị đồng chí", "đồng chí vui lòng", "đồng chí trả lời", "đồng chí có thể trả lời"];

/** Before these, "mà" starts a new clause: "xong rồi mà chưa nghiệm thu", "không phải xong mà là mới bắt đầu". */
export const CUT_AFTER_MA = ["là", "chưa", "không", "ko", "k", "chẳng", "chả", "vẫn", "còn", "đang", "mới", "đã", "xong", "em", "bên", "đơn vị", "sở", "xã", "phòng"];
/** Before these, "nên" (so) starts a new clause: "chưa được cấp tài khoản nên chưa làm được". */
export const CUT_AFTER_NEN = ["chưa", "không", "ko", "k", "chẳng", "em", "bên", "xã", "đơn vị", "phải", "mới", "đã", "cần", "xin", "đang", "sở", "phòng", "phường", "huyện"];
/** A clause cut just before "chứ" followed by one of these: "xong rồi chứ chưa à", "của Sở X chứ không phải sở em". */
export const CUT_AFTER_CHU = ["không", "ko", "k", "kg", "khg", "chưa", "chẳng", "chả", "đâu", "UBND", "thực tế", "thực ra", "trên thực tế"];
/** Spoken punctuation that voice typing writes out: "phẩy" a comma, "chấm" a full stop (as typed: "chậm" is late). */
export const SPOKEN_STOPS = ["chấm", "chấm hết"];
/** After a comma, these continue the clause before: "xin gia hạn thêm 1 tuần, tức là đến 9/12". */
export const SAME_CLAUSE_AFTER_COMMA = ["tức", "tức là", "nghĩa là", "i.e"];
/** Words of contrast that open a limit on what came before: "xong rồi nhưng …", "… mà chưa nghiệm thu". */
export const CONTRAST_WORDS = ["nhưng", "mà", "tuy nhiên", "song", "but", "however", "though"];

// ---------- Progress ----------

/** Words that mean work is under way, whatever the verb. */
export const PROGRESS_WORDS = [
  "tiến độ", "đang th", "in progress", "pending", "ongoing", "on going", "working on", "work in progress", "wip",
  "underway", "under way", "on track", "in process", "processing", "started", "đã bắt đầu", "bắt đầu",
  // most of it done: "được gần hết rồi anh", "làm gần hết rồi"
  "được gần hết", "làm gần hết", "xong gần hết", "gần hết rồi",
];
/**
 * Steps that record progress but never close a task: the bot asks whether the task is finished.
 * "đã trình UBND tỉnh", "đã tham mưu", "đã gửi báo cáo", "đã dự thảo", "đã ký ban hành kế hoạch".
 */
export const PROGRESS_STEPS = [
  "trình", "đã trình", "đã nộp", "nộp rồi", "nộp hồ sơ", "gửi hồ sơ", "chuyển hồ sơ", "tham mưu", "gửi báo cáo", "gửi dự thảo", "dự thảo", "ký ban hành", "ban hành kế hoạch", "lấy ý kiến",
  "submitted", "submit", "sent the draft", "drafted",
];
/**
 * Issuing or sending the task's document. Said as past ("đã …", "… rồi", "vừa …") they close the task: "đã ban hành
 * Kế hoạch số 215/KH-UBND", "Sáng nay em vừa ký ban hành kế hoạch rồi", "kế hoạch đã được ký ban hành ngày 01/12",
 * "Số 1 đã gửi báo cáo rồi", "Báo cáo em đã gửi qua hệ thống sáng nay rồi" (every blind writer from round 4 on reads
 * them so; round 3's writer read "đã gửi báo cáo về Sở" as a step). Such a "done" is always confirmed first
 * (certainty.ts: "Xác nhận hoàn thành …?"), since the leader may mean a step of a larger task.
 */
export const ISSUING_VERBS = ["ban hành", "ký ban hành", "phát hành", "gửi báo cáo", "nộp báo cáo"];
/** Before an issuing verb, these make it someone else's act still to come: "tham mưu UBND ban hành", "trình ký", "chờ ban hành". */
export const ISSUING_PROPOSERS = ["tham mưu", "trình", "đề nghị", "xin", "dự thảo", "chờ", "đợi", "để", "cho"];
/** After "gửi", these make it a sending of a draft or an ask, which is no product: "gửi dự thảo", "gửi xin ý kiến". */
export const ISSUING_NOT_PRODUCT = ["dự thảo", "xin ý kiến", "lấy ý kiến", "tờ trình", "bản nháp"];
/** Anywhere after the document, these make the sending a step (asking, proposing), not the product: "gửi báo cáo số … xin ý kiến". */
export const ISSUING_ASKS_AFTER = ["xin ý kiến", "lấy ý kiến", "góp ý", "đề nghị", "xem xét", "cho ý kiến"];

/** After "được", a count of things done is progress: "làm được 42 căn", "đã nhập được 1.250 thửa". */
export const COUNT_AFTER_DUOC = ["được"];
/** "đang" followed by any verb is progress ("đang làm", "đang triển khai"). */
export const ONGOING = ["đang", "vẫn đang"];
/** After "đang", the leader busy elsewhere, not the work going on: "em đang họp", "đang đi công tác". */
// Also a state, not work: stuck, waiting, troubled ("đang vướng", "đang chờ ý kiến", "đang bị thiếu", "đang rối").
export const ONGOING_NOT_WORK = [
  "họp", "bận", "đi", "ở", "công tác", "nghỉ", "ốm", "lái xe", "trên đường", "in a meeting", "driving",
  "vướng", "chờ", "đợi", "bị", "gặp", "rối", "kẹt", "khó", "thiếu", "cần", "vụ", "tranh chấp", "dừng", "nghỉ ốm", "ưu tiên", "có tranh chấp", "khiếu nại", "khiếu kiện", "tạm dừng", "học lớp", "tập huấn", "bồi dưỡng",
];
/** Work verbs: progress when nothing stronger is said, not done when negated ("chưa thực hiện"). */
export const WORK_VERBS = [
  "thực hiện", "triển khai", "tiến hành", "xử lý", "xây dựng", "dự thảo", "soạn thảo", "soạn", "tổng hợp",
  "trình", "hoàn thiện", "rà soát", "làm", "th", "working", "doing", "handling", "drafting", "reviewing",
  // round 19: "… nên chưa mua sắm được vật tư" (REPLY-SPEC's own example, twice in BL and BC), "đang lắp đặt" (not "thi công":
  // "nhà thầu thi công", "đơn vị thi công" name who builds)
  "mua sắm", "lắp đặt", "sửa chữa",
];
/**
 * With a day ahead and no past marker, these make a plan: "Thứ 2 tuần sau em gửi", "mai e nộp a nhé", "Cố gắng trước 25/12 ạ"
 * (not done yet, expected then). "Kính gửi" is a salutation, not a sending.
 */
export const PLAN_VERBS = ["gửi", "nộp", "gửi lại", "bổ sung", "chuyển lên", "chuyển về", "chuyển qua", "mang lên", "đem lên", "bàn giao", "nghiệm thu", "nốt", "send", "submit", "cố gắng", "phấn đấu", "hẹn", "xin hẹn", "ETA"];
/** "làm" that is not work: "làm ơn" (please). */
export const NOT_WORK = ["làm ơn", "làm gì", "sở xây dựng", "bộ xây dựng", "phòng xây dựng", "công trình", "quy trình", "chương trình"];

// ---------- Blockers ----------

/** A label before the blocker's content: "vướng mắc do thiếu kinh phí" → note "thiếu kinh phí". */
export const BLOCKER_LABELS = [
  "vướng mắc", "vướng", "khó khăn", "trở ngại", "vấn đề", "bất cập", "bị kẹt", "ách tắc", "tồn tại",
  // Waiting on someone else: "đang chờ ý kiến Sở Tài chính". Never a bare "chờ": folded, it is "cho" (let); nor "chờ đợi", which folds like "cho đối tượng" (round 14).
  "đang chờ", "vẫn chờ", "còn chờ", "phải chờ", "vẫn còn chờ", "đang đợi", "còn đợi", "phải đợi", "waiting for", "waiting on", "awaiting",
  "blocked", "blocker", "blocking", "stuck", "issue", "issues", "problem", "problems", "obstacle", "difficulty", "difficulties",
];
/** Labels whose note starts at the label: the verb says what is stuck or awaited ("vướng mặt bằng", "đang chờ ý kiến"). */
export const VERB_LABELS = ["vướng", "bị vướng", "còn vướng", "đang vướng", "đang chờ", "vẫn chờ", "còn chờ", "phải chờ", "vẫn còn chờ", "đang đợi", "còn đợi", "phải đợi", "waiting for", "waiting on", "awaiting"];
/** After a subject, these say it is broken: the note is the whole clause ("phần mềm lỗi suốt", "the consultant is late"). */
export const BLOCKER_PREDICATES = [
  "lỗi", "bị lỗi", "hỏng", "trục trặc", "kẹt", "ngập", "is late", "are late", "is delayed", "broken",
  // Round 18: "máy móc hư hết trơn", "máy đào hư nằm đó 3 bữa rồi", "iOffice sập từ hôm qa"
  "hư", "bị hư", "hư hỏng", "sập", "bị sập",
  // weather that stops the work: "Mưa rét kéo dài, không đổ bê tông được ạ" (round 18, AC, two writers)
  "mưa rét", "rét đậm", "rét hại", "mưa kéo dài", "mưa lớn kéo dài", "mưa liên tục",
  // A dispute, a shortage or something not given, said as a plain fact: "Trụ sở đang có tranh chấp đất", "Nguồn vốn chưa được phân bổ".
  // (Not "chậm tiến độ": "em chậm tiến độ quá" is the leader's own lateness, read as not done.)
  "tranh chấp", "khiếu nại", "khiếu kiện", "khan hiếm", "chưa đồng thuận", "không đồng thuận", "chưa được phân bổ", "chưa nhận được", "bị gián đoạn",
  // Someone or something else stops the work, said as a fact: "Nhà thầu bỏ công trường", "công trình phải dừng thi công",
  // "Cán bộ phụ trách đang nghỉ ốm", "Hồ sơ bị Sở Xây dựng trả về", "Giá vật liệu tăng", "đường điện chưa di dời", "máy chủ hỏng".
  "bỏ công trường", "bỏ công trình", "bỏ dở", "phải dừng", "tạm dừng", "xin dừng", "đang dừng", "bị dừng", "dừng thi công", "ngừng thi công",
  "nghỉ ốm", "nghỉ sinh", "nằm viện", "trả về", "bị trả về", "chưa đồng ý", "không đồng ý", "chưa di dời",
  "chưa giải ngân", "vật liệu tăng", "giá tăng", "tăng giá", "trượt giá", "máy chủ hỏng", "máy hỏng", "mất điện", "mất mạng",
  // what a commune lacks to get there or to send: "đường tắc hết rồi", "Không có xe vào bản", "mạng yếu", "Chưa có chữ ký số"
  "đường tắc", "tắc đường", "không có xe", "mạng yếu", "sóng yếu", "mất sóng", "không có sóng", "chưa có chữ ký số", "không có chữ ký số", "phải làm lại",
  // the weather, anywhere in the clause: "Mưa bão liên tục cả tuần nay", "nuoc lu len ngap het duong vao"
  "mưa bão", "mưa lũ", "bão lũ", "nước lũ", "lũ lụt", "ngập lụt", "lũ quét", "sạt lở", "triều cường", "nắng nóng kéo dài",
  // round 12, the mountains and the delta: "Mưa to quá đường lên xã sạt hết rồi", "mưa miết mấy bữa nay", "mặn lên sớm",
  // "Trên xã có dịch sởi", "Đường trơn", "dân phản đối quá trời", "nhà thầu bỏ ngang rồi"
  "mưa to", "mưa lớn", "mưa miết", "mưa suốt", "mưa hoài", "mưa liên tục", "mưa kéo dài", "mưa dầm", "sạt hết", "bị sạt", "đường sạt",
  "nước chưa rút", "nước lên", "mặn lên", "xâm nhập mặn", "hạn mặn", "rét đậm", "rét hại", "có dịch", "dịch sởi", "dịch bệnh", "cháy rừng",
  "đường trơn", "phản đối", "bỏ ngang", "bỏ đi", "chưa chịu", "không chịu", "không cho", "chưa cấp về", "chưa chở", "chưa vận chuyển",
  // round 14, the South and the departments: "mưa quá trời ko đổ bê tông được", "nước lớn quá máy đào hổng vô được", "nước mặn vô sớm",
  // "cán bộ phụ trách nghỉ thai sản", "nhân lực ít quá", "đang dồn việc quyết toán cuối năm", "chưa thống nhất vị trí ô đất".
  "mưa quá", "mưa nhiều", "nước lớn", "nước mặn", "mặn vô", "nghỉ thai sản", "nghỉ phép dài", "nhân lực ít", "ít người", "dồn việc",
  "chưa thống nhất", "không thống nhất", "còn phụ thuộc", "phụ thuộc bên", "hổng chịu", "hông chịu",
  // round 19: "bão vô r ae đang trực" (not "bão về": folded it is "báo về"), "ba con k chiu roi nha", "đang mùa mưa không thi công được"
  // (the season only when it stops the work).
  "bão vô", "bão vào", "bão đổ bộ", "k chịu", "ko chịu", "mùa mưa",
];
/**
 * Others whose slowness is what stops the work: "Nhà thầu chậm quá anh ạ" is a blocker (the note the clause), where
 * "em chậm tiến độ quá" is the leader's own lateness (not done).
 */
export const OTHER_PARTIES = ["nhà thầu", "đơn vị thi công", "đơn vị tư vấn", "tư vấn", "chủ đầu tư", "kho bạc", "nhà cung cấp", "bên thi công",
  "dân", "người dân", "bà con", "hộ dân", "các hộ"];
/** After one of OTHER_PARTIES, these say it fails: "nhà thầu chậm", "tư vấn chưa nộp", "kho bạc chưa giải ngân". */
export const PARTY_FAILINGS = ["chậm", "trễ", "chưa", "không", "ko", "bỏ", "dừng", "rút", "phản đối", "đòi", "khiếu nại", "hổng"];
/**
 * After a submission or a part done, waiting for the decision on it is the normal course, so progress, not a blocker:
 * "Đã trình, đang chờ phê duyệt", "xong phần thiết kế rồi, đang chờ thẩm tra", "Hồ sơ đã nộp, đang chờ cấp phép".
 * Waiting for an opinion, money or data ("đang chờ ý kiến", "chờ vốn") stays a blocker.
 */
export const AWAITED_DECISIONS = ["phê duyệt", "duyệt", "thẩm tra", "thẩm định", "cấp phép", "cấp giấy chứng nhận", "cấp GCN", "cấp sổ", "xét duyệt", "ký", "ký duyệt", "nghiệm thu", "ban hành", "kết quả thẩm tra",
  // "đang chờ văn thư phát hành", "đang chờ họp Hội đồng": the paper's own course
  "phát hành", "họp hội đồng", "hội đồng họp", "ký số", "in ấn", "đóng dấu", "trình ký",
  // "đã gửi dự thảo, đang chờ các ngành góp ý": the others' comments (round 13)
  "góp ý", "cho ý kiến", "tham gia ý kiến",
  // "đã gửi dự thảo xin ý kiến thẩm định …, đang đợi phản hồi" (round 16)
  "phản hồi",
  // "chưa dám nói là xong, còn chờ kết quả kiểm định của trung tâm", "… kết quả kiểm tra của đoàn liên ngành" (round 16: four writers)
  "kết quả kiểm định", "kết quả kiểm tra", "kiểm định", "kết quả kiểm toán"];
/** "chờ", "đợi" typed with their marks are waiting even alone ("chờ vốn", "do chờ phê duyệt"); folded, "chờ" is "cho" (let). */
export const WAIT_TYPED = ["chờ", "đợi"];
/** Before a help word, a request: "đề nghị Sở hỗ trợ thêm 2 cán bộ", "đề nghị tỉnh cử người". */
export const REQUEST_VERBS = ["đề nghị", "kính đề nghị", "xin", "cần", "mong", "nhờ", "request"];
/** After a request verb (within three words), asking for help: "hỗ trợ", "cử người", "bổ sung". */
export const HELP_WORDS = ["hỗ trợ", "giúp", "cử người", "cử cán bộ", "tập huấn", "bổ sung kinh phí", "bổ sung nhân lực", "support"];
/** Requests for help: the phrase itself is the note ("cần hỗ trợ về kinh phí"). */
export const HELP_REQUESTS = [
  "cần hỗ trợ", "đề nghị hỗ trợ", "xin hỗ trợ", "nhờ hỗ trợ", "mong hỗ trợ", "cần sự hỗ trợ", "cần giúp",
  "xin ý kiến chỉ đạo", "xin chỉ đạo", "đề nghị chỉ đạo", "cần chỉ đạo", "cần ý kiến",
  "hỗ trợ em", "hỗ trợ giúp", "giúp em", "giúp đỡ", "need help", "need support", "need assistance", "please help",
];
/** Before "giúp em": the admin asked to look, check or pass on ("anh xem giúp em", "a hỏi bên đó giúp e"), which is no obstacle. */
export const LOOK_VERBS = ["xem", "coi", "kiểm tra", "kt", "ktra", "check", "hỏi", "xác nhận", "đọc", "chuyển", "nhắn", "gửi lại", "gởi lại", "chuyển lại", "nhắc lại"];
/** A lack: the phrase itself is the note ("thiếu kinh phí", "không đủ nhân lực"). */
export const LACK_WORDS = ["thiếu", "không đủ", "ko đủ", "k đủ", "chưa đủ", "hết kinh phí", "hết tiền", "hết vốn", "lack", "lack of", "lacking", "short of", "shortage", "not enough", "insufficient", "no budget", "no funding"];
/** Words that look like a lack but are not: "tối thiểu" (minimum), "giới thiệu". */
export const LACK_LOOKALIKES = ["tối thiểu", "giảm thiểu", "giới thiệu", "thiếu nhi"];
/** What a unit can be waiting for: "chưa có kinh phí", "chưa được phê duyệt" are blockers. */
export const RESOURCES = [
  "kinh phí", "ngân sách", "vốn", "nhân lực", "nhân sự", "mặt bằng", "quỹ đất", "hướng dẫn", "ý kiến", "tiền", "xi măng", "vật liệu", "nhân công",
  "phê duyệt", "thẩm định", "giải ngân", "dữ liệu", "số liệu", "thiết bị", "mẫu biểu", "biểu mẫu", "tài khoản", "chủ trương", "chỉ đạo", "quyết định", "vốn",
  "budget", "funding", "funds", "staff", "approval", "guidance", "equipment",
];
// ---------- Not mine ----------

/**
 * The unit says the task is not its own (not_mine, the admin gives it to someone else). The phrase,
 * from its negation on, is the note: "không thuộc chức năng của đơn vị", "đơn vị chỉ phối hợp".
 */
export const NOT_MINE_PHRASES = [
  "ngoài chức năng", "vượt thẩm quyền", "chỉ phối hợp", "chỉ là đơn vị phối hợp", "phối hợp thôi", "chỉ tham gia phối hợp",
  "chỉ hỗ trợ", "chỉ gửi số liệu", "chỉ cung cấp số liệu", "chỉ cung cấp thông tin", "nhầm người", "nhầm đơn vị", "gửi nhầm", "nhắn nhầm", "xin trả lại nhiệm vụ", "em xin trả lại", "xin trả lại", "chuyển công tác", "được điều động", "đã điều động", "không còn do tôi phụ trách", "không còn do em phụ trách", "không còn phụ trách", "không có dự án này", "không có công trình này", "không có nhiệm vụ này", "không có dự án đó", "đã nghỉ hưu", "nghỉ hưu", "về hưu",
  "not our responsibility", "not our department", "not our task", "not under our", "not within our remit", "outside our remit",
  "only support", "only supports", "only supporting", "not our unit", "not my unit", "not my task", "bên em không liên quan", "bên e không liên quan", "bên e ko liên quan", "bên em ko liên quan", "đơn vị em không liên quan", "sở em không liên quan", "xã em không liên quan", "phòng em không liên quan", "không liên quan đến bên em", "không liên quan đến đơn vị", "not my department", "not my responsibility", "not mine", "it belongs to", "belongs to", "bên đó chịu trách nhiệm", "từ nay bên đó", "đơn vị đó chịu trách nhiệm", "the lead agency", "lead agency is", "wrong person", "wrong recipient",
];
/** Negated, these say the task is not the unit's: "không thuộc chức năng", "không phụ trách", "không được giao", "sở không chủ trì". */
export const NOT_MINE_IF_NEGATED = [
  "thuộc chức năng", "thuộc thẩm quyền", "thuộc lĩnh vực", "thuộc phạm vi", "thuộc trách nhiệm", "phải nhiệm vụ của",
  "phải việc của", "phải nv của", "phải của", "phải chức năng", "đúng chức năng", "có trách nhiệm", "phụ trách", "được giao", "ai giao",
  "chủ trì", "phải đơn vị chủ trì", "phải là đơn vị chủ trì", "phải sở", "phải xã", "phải phòng", "phải đơn vị",
  // "bên em không phải chủ đầu tư"; a job left: "em không còn làm chủ tịch xã nữa", "việc này ko còn của e"
  "phải chủ đầu tư", "còn làm chủ tịch", "còn làm giám đốc", "còn làm trưởng", "còn làm phó", "còn giữ chức", "còn phụ trách", "còn của",
  "còn là việc của",
];
/** "việc này của Sở X", "nhiệm vụ này là của Đảng ủy": the task is someone else's, unless the owner is the speaker. */
export const OWNER_OPENERS = [
  "việc này của", "việc này là của", "việc đó của", "việc đó là của", "nhiệm vụ này của", "nhiệm vụ này là của", "cái này của",
  "cái này là của", "việc này thuộc", "nhiệm vụ này thuộc", "là của", "mà là của",
  // "dự án này của xã Phú Hội", "công trình đó là của huyện" (round 16)
  "dự án này của", "dự án này là của", "dự án đó của", "công trình này của", "công trình này là của", "công trình đó của",
  // "thuộc thẩm quyền của UBND huyện", "đây là việc của UBND huyện Tân Phú", "đã giao lại cho Ban Quản lý dự án tỉnh"
  "thuộc thẩm quyền của", "thuộc thẩm quyền", "thuộc trách nhiệm của", "thuộc chức năng của", "giờ thuộc", "nay thuộc", "đã thuộc về", "là việc của", "là nhiệm vụ của", "giao lại cho", "chuyển giao cho", "chuyển lại cho",
  "đề nghị chuyển cho", "đề nghị chuyển sang", "đề nghị giao cho", "đề nghị giao lại cho",
];
/** The first word of a unit's name: "bên Sở Xây dựng làm", "Văn phòng UBND tỉnh theo dõi" name another unit as the owner. */
export const UNIT_HEADS = [
  "sở", "ubnd", "ủy ban", "uỷ ban", "ban", "phòng", "công an", "văn phòng", "bộ", "cục", "chi cục", "trung tâm", "kho bạc", "chi nhánh",
  "huyện", "quận", "thị xã", "thành phố", "tỉnh", "hội", "ngành", "đài", "viện", "bảo hiểm", "thuế", "bộ chỉ huy",
];
/** After a task's number, the verbs that hand it to another unit ("2 chuyển sang phòng TC-KH rồi"): the number is that task. */
export const HANDING_OVER = ["giao", "chuyển sang", "chuyển cho", "chuyển giao", "chuyển về", "giao cho", "giao lại", "bàn giao", "đã chuyển", "đã giao", "đã bàn giao"];
/** Someone else is in charge: "do anh Hùng phụ trách", "chủ trì là Sở Xây dựng", "Sở GD chủ trì". */
export const IN_CHARGE = ["phụ trách", "chủ trì", "theo dõi", "chủ đầu tư"];
/**
 * Another unit takes the task over: "việc này nay Sở Nội vụ tiếp nhận rồi", "Phòng Kinh tế đã nhận bàn giao nhiệm vụ này" — a
 * not-mine only when the task is what they take ("tiếp nhận hồ sơ" is a submission received) and a unit is named (round 15).
 */
export const TAKE_OVER = ["tiếp nhận", "tiếp quản", "đảm nhận", "đảm nhiệm", "nhận bàn giao"];
/** The speaker and their unit: an owner or lead that is one of these makes the task theirs. */
export const FIRST_PERSON = ["em", "e", "tôi", "mình", "chúng em", "chúng tôi", "bên em", "tui", "bên tui", "tụi em", "tụi tui", "ta", "our", "we", "us", "my", "me", "i"];
/** After "không phải … ", a rhetorical "whose else?" affirms the task is theirs: "không phải của xã thì của ai". */
export const NOT_MINE_CANCELLERS = ["thì của ai", "thì ai", "chứ của ai"];

/** Before a blocker label: there is no blocker ("không có vướng mắc", "hết vướng", "no issues", "đâu có vướng gì"). */
export const BLOCKER_NEGATORS = ["hết", "không còn", "ko còn", "đã giải quyết", "đã tháo gỡ", "without", "đâu có", "chẳng có", "chẳng còn"];

// ---------- Extensions ----------

/** Asking for more time. */
export const EXTENSION_WORDS = [
  "gia hạn", "lùi", "lùi hạn",
  // "da hạn": how voice typing writes "gia hạn" in a southern voice ("gi" said as "d")
  "da hạn", "dời hạn", "dời lại", "dời sang", "hoãn lại", "xin hoãn", "tạm hoãn",
  // "kéo dài" asks only with the time or the day after it: "mưa lũ kéo dài" is weather that goes on.
  "kéo dài thời gian", "kéo dài thời hạn", "kéo dài hạn", "kéo dài đến", "kéo dài tới", "kéo dài thêm", "thêm thời gian", "thêm ít thời gian", "thêm chút thời gian", "thêm một ít thời gian", "thêm một chút thời gian",
  // a request for more time without its length: the bot asks back how long ("xin thêm ít hôm", "cho e thêm mấy bữa nha")
  ...["xin", "cho", "cho em", "cho e", "cho tôi", "cho tui", "cho mình", "cho em xin", "cho e xin", "xin cho em"].flatMap((asker) =>
    ["ít", "vài", "mấy"].flatMap((few) => ["hôm", "ngày", "bữa", "tuần"].map((unit) => `${asker} thêm ${few} ${unit}`))),
  "điều chỉnh thời hạn", "điều chỉnh thời gian thực hiện", "điều chỉnh hạn", "giãn tiến độ", "giãn thời hạn", "giãn thời gian", "xin giãn", "cho giãn", "xin giãn tiến độ", "cho giãn tiến độ", "xin giãn thời hạn", "xin giãn thời gian",
  "extend", "extension", "more time", "postpone", "postponed", "push back", "reschedule", "additional time",
  "push the deadline", "push it", "move the deadline", "delay the deadline",
];
/** With a date, a request for time: "xin đến 30/6", "cho em đến cuối tháng". */
export const REQUEST_WORDS = ["xin", "đề nghị cho", "cho phép", "cho em", "cho e", "cho mình", "cho chúng em", "cho đơn vị", "cho tui", "cho bên tui", "cho tôi", "cho bên em", "request", "requesting", "asking for"];
/** A reply that opens with one of these and a date asks for that date: "đến cuối tháng ạ", "until 30/6". */
export const UNTIL_WORDS = ["đến", "tới", "until", "till", "lùi"];
/** After "xin", "cho em", these make it politeness, not a request for time: "xin báo cáo … ngày 20/11", "cho em hỏi lịch họp chiều nay". */
export const NOT_REQUEST_AFTER = ["ý kiến", "báo cáo", "phép báo cáo", "lỗi", "gửi", "trình", "chào", "cảm ơn", "thưa", "hỏi", "phép hỏi", "biết", "xem", "xin lại"];
/** Late answering, not late work: "xin lỗi vì báo cáo chậm" says nothing about the task. */
export const LATE_REPLY = ["báo cáo chậm", "báo cáo muộn", "trả lời chậm", "trả lời muộn", "phản hồi chậm", "phản hồi muộn", "rep chậm", "late reply", "late response", "replying late",
  // done, though late: "việc 1 hoàn thành trễ hạn 2 ngày nhưng đã xong ạ" (round 16)
  "hoàn thành trễ hạn", "hoàn thành chậm", "xong trễ hạn", "xong chậm", "hoàn thành muộn",
  // the report forgotten, not the work: "em làm xong từ thứ 2, quên chưa báo anh 😅"
  "quên chưa báo", "quên báo", "chưa kịp báo", "quên chưa báo cáo"];
/** Before a count of days: extra time ("thêm 5 ngày", "cần thêm 1 tuần"). */
export const EXTRA_WORDS = ["thêm", "more", "additional", "another", "extra"];

// ---------- Acknowledgement ----------

/** Acknowledge anywhere in a clause that says nothing stronger. */
export const ACK_WORDS = [
  "ok", "oke", "okê", "okie", "okay", "okey", "oki", "okela", "ô kê", "cảm ơn", "cám ơn", "thanks", "thank you", "thank",
  "thx", "tks", "noted", "got it", "roger", "received", "understood", "will do", "đã nhận", "nhận được", "em nhận",
  "xin nhận", "xin ghi nhận", "đã ghi nhận", "em ghi nhận", "tiếp nhận", "đã tiếp nhận", "đã rõ", "rõ rồi", "biết rồi", "đã biết", "nắm rồi", "nắm r", "đã nắm", "nắm được rồi", "nhận dc", "nhận đc", "đọc rồi", "đã đọc", "đọc r", "tiếp thu", "nhất trí", "đồng ý", "sẽ thực hiện", "sẽ triển khai", "sẽ làm", "em triển khai ngay", "e triển khai ngay", "em thực hiện ngay", "em làm ngay", "sẽ đôn đốc", "em sẽ đôn đốc", "sure", "alright",
];
/** Greetings: alone they open a conversation and acknowledge nothing ("hello", "chào anh"). */
export const GREETINGS = ["hello", "hi", "chào", "xin chào", "alo", "a lô", "good morning"];
/** Acknowledge only when they are the whole message: "dạ", "vâng", "được", "rồi ạ". */
export const ACK_ALONE = ["sticker", "dạ", "vâng", "có", "được", "dc", "đc", "ừ", "ừm", "ừa", "ờ", "uh", "uk", "u", "yes", "yep", "yeah", "rồi", "r", "nhận", "rõ", "vg", "vâg"];

// ---------- Questions ----------

/** Words that ask. */
export const QUESTION_WORDS = [
  "bao giờ", "khi nào", "lúc nào", "thế nào", "như thế nào", "ra sao", "sao rồi", "tại sao", "vì sao", "ở đâu",
  "phải không", "đúng không", "phải ko", "đúng ko", "hay chưa", "hay không", "hay ko", "bao nhiêu",
  "what", "when", "how", "why", "where", "which", "who", "any update", "any news",
];
/** Before a final "chưa", these make it a statement ("vẫn chưa", "thì chưa", "cũng chưa"), not a question. */
export const STATEMENT_BEFORE_TAIL = ["vẫn", "thì", "cũng", "mà", "là", "còn", "vẫn còn", "đều"];
/** Address and politeness that may follow a question particle: "hả anh", "à chị". */
export const AFTER_PARTICLE = ["anh", "chị", "em", "ạ", "a", "ơi", "sếp", "đồng chí", "bác"];
/** The last word of a question: "xong chưa", "hoàn thành không", "xong ko". */
export const QUESTION_TAILS = ["chưa", "chx", "không", "ko", "k", "kg", "khg", "hok", "hông", "yet"];
/** Question particles, read in the original spelling because folding would merge "à" with "ạ". */
export const QUESTION_PARTICLES = ["hả", "nhỉ", "chứ", "à", "hử", "hở"];
/** "Xong chưa?" begins with a done word; "Is it done?" begins with one of these and a subject. */
export const ENGLISH_AUX = ["is", "are", "did", "does", "do", "has", "have", "was", "were", "can", "could", "will"];
export const ENGLISH_SUBJECTS = ["it", "you", "this", "that", "the", "we", "they", "he", "she", "everything", "all", "task", "there"];

// ---------- Politeness, reasons, the rest ----------

/** Words that carry no meaning for the task: politeness, address, pronouns. */
export const PARTICLES = [
  "dạ", "vâng", "ạ", "à", "a", "anh", "chị", "em", "e", "ad", "sếp", "ơi", "nhé", "nha", "nhá", "thưa", "kính gửi",
  "kính thưa", "em báo cáo", "xin báo cáo", "đồng chí", "thủ trưởng", "lãnh đạo", "giám đốc",
  "chủ tịch", "phó chủ tịch", "văn phòng", "admin", "bot", "sir", "madam", "hi", "hello", "dear", "please", "pls",
  "xin chào", "chào", "tôi", "mình", "chúng em", "chúng tôi", "bên em", "đơn vị", "vậy", "luôn", "ah", "ak", "hihi", "haha",
  "nhưng", "tuy nhiên", "but", "however", "và", "and", "thì", "còn", "hiện", "hiện nay", "hiện tại", "now", "i", "we",
  "mà", "mà là", "đấy", "đây", "nhé anh", "đó", "á", "thôi", "nói thật là", "nói thật", "sorry",
  // the South: "mai tui gửi nghen", "bên tui làm rồi nè"
  "tui", "bên tui", "tụi em", "tụi tui", "nghen", "nè", "tui báo cáo", "tôi báo cáo",
];
/** Before a reason: its text becomes the note ("chưa xong vì thiếu người"). */
export const REASON_WORDS = ["do", "vì", "bởi vì", "tại vì", "bởi", "lý do", "because", "because of", "due to"];
/**
 * Typed without marks, before "do" these make it "độ" (degree) or "đó" (that), not "do" (because): "tiến độ",
 * "mức độ", "việc đó"; before "vi" they make it "vị", "vi" (unit, scope): "đơn vị", "phạm vi".
 */
export const NOT_REASON_BEFORE_DO = ["tien", "che", "muc", "trinh", "thai", "cap", "toa", "nhiet", "gioi", "sau", "khi", "luc", "vi", "do",
  "viec", "cai", "vu", "luc", "hom", "ben", "cho", "noi", "don", "pham", "hanh", "dia", "tu", "gia"];
/** After "không"/"no": not a negated task but "no problem" ("không sao", "no worries"). */
export const NEGATION_NOT_ABOUT_WORK = ["sao", "có gì", "gì", "vấn đề",
  // no fault and no dispute: "xong rồi, không lỗi gì", "không có tranh chấp gì"
  "lỗi", "có lỗi", "trục trặc", "có trục trặc", "tranh chấp", "có tranh chấp", "khiếu nại", "có khiếu nại", "cần", "vướng", "vướng mắc", "gặp", "có vướng", "có khó khăn", "khó khăn", "trở ngại", "problem", "problems", "issue", "issues", "worries", "blocker", "blockers", "đủ",
  // "không còn vướng mắc gì", "chẳng còn gì phải làm": nothing is left
  "còn",
  // nothing missed: "xong hết r a, ko sót cái nào", "hổng thiếu chi", "không thiếu gì nữa" (round 18, three writers)
  "sót", "bỏ sót", "thiếu", "thiếu sót", "sai sót",
  // an inspection's finding: "đã hoàn tất kiểm tra 12 cơ sở, không phát hiện vi phạm" (round 17)
  "phát hiện", "phát hiện vi phạm", "có vi phạm", "có sai phạm", "vi phạm", "sai phạm", "xảy ra", "để xảy ra", "phát sinh",
  // not seeing, knowing or reporting: "em không thấy văn bản", "em chưa kịp báo", "em chưa hỏi lại"
  "thấy", "biết", "rõ", "hiểu", "nhớ", "nghe", "báo", "kịp báo", "báo cáo", "kịp báo cáo", "hỏi", "hỏi lại", "trả lời", "nhắn", "xin", "đồng ý",
  // the start of a denial ("không phải xong mà là …"), read by the denial rule
  "phải",
  // the first words of a refusal (see NOT_MINE_IF_NEGATED): the task is someone else's, not left undone
  "thuộc", "phải nhiệm vụ", "phải việc", "phải chức năng", "đúng chức năng", "có trách nhiệm"];
/** Joining words between a blocker label and its content, dropped from the note. */
export const LABEL_JOINERS = ["do", "vì", "là", "bởi", "bởi vì", "tại", "ở", "by", "due to", "because of", "because", "with", "on", "gì"];
/** Between two references, these turn to another task: "NV1 xong rồi, còn NV2 đang làm", "riêng NV3 …". */
export const TURN_WORDS = ["còn", "riêng", "trừ", "ngoại trừ", "as for", "while", "except", "except for", "apart from", "other than"];
/** "the rest": a clause about the other tasks, so it takes no task number from the one before. */
export const REST_WORDS = ["còn lại", "các nhiệm vụ khác", "các việc khác", "những việc khác", "việc khác", "the rest", "others", "other tasks", "remaining"];

// ---------- Commands and task references ----------

/** Bot commands and what they mean: "/done 7", "/tiendo 3 50", "/giahan 2 30/12". */
export const COMMANDS: Record<string, "done" | "not_done" | "progress" | "blocker" | "extension" | "ack"> = {
  done: "done", xong: "done", ht: "done", hoanthanh: "done", complete: "done", finish: "done", finished: "done",
  notdone: "not_done", not_done: "not_done", chuaxong: "not_done", chua: "not_done",
  progress: "progress", tiendo: "progress", dang: "progress", danglam: "progress",
  block: "blocker", blocked: "blocker", blocker: "blocker", vuong: "blocker", vuongmac: "blocker", khokhan: "blocker",
  extend: "extension", extension: "extension", giahan: "extension",
  ack: "ack", ok: "ack", nhan: "ack",
};
/** Words that name a task before its number: "#3", "NV3", "nhiệm vụ số 3", "việc 3", "task 3", the South's "vụ số 2", "vu 1 voi 3". */
export const TASK_PREFIX = String.raw`(?:#|cai(?:\s+so)?|nvu?\.?(?:\s+so)?|nhiem\s+vu(?:\s+so)?|(?:cong\s+)?viec(?:\s+so)?|task\s*#?|item\s*#?|muc(?:\s+so)?|noi\s+dung(?:\s+so)?|no\.|vu(?:\s+so)?|nhac\s+so|vc(?:\s+so)?)`;
/** Between two task numbers of one list: "1 và 2", "1, 2", "1-3" (a range), "1 đến 3". */
export const TASK_JOINER = String.raw`(?:,|&|\+|va|vs|voi|cung|and|-|–|den|toi)`;
/** Joiners that make a range: "NV1-3" is tasks 1, 2 and 3. */
export const RANGE_JOINER = /^(?:-|–|den|toi)$/;
/** After a number, these make it a quantity rather than a task: "3 ngày", "50 %", "2 tuần". */
export const QUANTITY_UNITS = String.raw`(?:%|phan\s+tram|ngay|tuan|thang|nam|gio|phut|days?|weeks?|months?|hours?|percent)(?![a-z])`;
/** Words that may follow a bare number at the start of a clause and make it a task: "1 xong", "2 đạt 50%", "2 at 50%". */
export const CLAUSE_OPENERS = ["đã", "đạt", "được", "đc", "dc", "xin", "còn", "cũng", "thì", "vẫn", "mới", "em", "e", "bên em", "bên e", "hiện", "hiện nay", "đều", "is", "was", "has", "in", "at", "still", "now"];

// ---------- Phone typing (typing.ts) ----------

/**
 * Key words a one-letter slip is repaired to when the typed word is no Vietnamese syllable and no
 * listed word: "xonh", "xnog" → "xong", "cưha" → "chưa", "vướg" → "vướng", "hoàn thnàh" → "hoàn thành".
 * Only words of four letters or more (folded): shorter ones have too many neighbours.
 */
export const TYPO_KEYS = [
  "xong", "hoàn", "thành", "chưa", "không", "chẳng", "được", "vướng", "khăn", "thiếu", "triển", "khai", "thực", "hiện",
  "đang", "nghiệm", "trách", "điểm",
  // English only from seven letters: "done" has real neighbours ("none", "gone").
  "finished", "completed", "complete", "extension",
];
/**
 * Two-word key phrases: one word typed right lets the other be repaired even when the slip makes
 * another syllable ("hoàn thàng", "khó khăng", "vướn mắc") or a short word ("gia hnạ").
 * A slip that makes a real syllable is repaired only in the phrases of TYPO_PHRASES_LOOSE.
 */
export const TYPO_PHRASES = ["hoàn thành", "hoàn tất", "vướng mắc", "khó khăn", "gia hạn", "triển khai", "thực hiện", "phụ trách", "nghiệm thu", "dứt điểm"];
/** Of TYPO_PHRASES, those whose one-letter neighbours are no phrase of their own ("gia hạn" has "giá hàng", "thực hiện" "thực tiễn"). */
export const TYPO_PHRASES_LOOSE = ["hoàn thành", "vướng mắc", "khó khăn", "triển khai", "nghiệm thu"];
/** Words run together without a space are split only when a part is one of these: "chưaxong", "xongroi", "nv2xongroi", "vuongmac". */
export const SPLIT_KEYS = ["xong", "chưa", "không", "hoàn thành", "hoàn tất", "vướng mắc", "khó khăn", "gia hạn", "triển khai", "thực hiện"];
/** Negations a slip must never turn into something else: a word one letter from one of these right before "xong" is read as it. */
export const NEGATOR_KEYS = ["chưa", "không"];
