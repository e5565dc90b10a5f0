/**
 * The language of leaders' replies, as named word lists. Each list is written as people type it,
 * with diacritics where Vietnamese has them; the matcher folds every entry (see lexicon.ts), so
 * "hoàn thành" also matches "hoan thanh" and "HOÀN THÀNH". Shorthand ("ko", "dc", "ht") is listed
 * as such. Dates live in dates.ts, task references in refs.ts.
 */

// ---------- Status ----------

/** Words that say the work is finished. */
export const DONE_WORDS = [
  "xong", "xog", "xg", "hoàn thành", "hoàn tất", "hthành", "ht", "h.thành",
  // Slips of the phone ("hoan thah", "xnog", "hoàn thàng") are repaired before reading: see typing.ts.
  "done", "finished", "finish", "completed", "complete", "accomplished", "fulfilled",
];
/** Symbols that mean done on their own. */
export const DONE_SYMBOLS = ["✅", "✔", "☑", "✓", "🆗✅"];
/** Symbols that mean not done. */
export const NOT_DONE_SYMBOLS = ["❌", "✖", "✗", "⛔"];
/** Symbols that acknowledge. */
export const ACK_SYMBOLS = ["👍", "👌", "🙏", "🆗", "🤝", "🫡", "🙂", "😊"];

/** Single words that negate what follows: "chưa xong", "ko xong dc", "k hoàn thành được", "not done". */
export const NEGATIONS = [
  "chưa", "chx", "chưaa", "không", "ko", "k", "kg", "khg", "kh", "hok", "k0", "kô", "chẳng", "chả",
  "not", "no", "never", "cannot", "can't", "cant", "didn't", "didnt", "haven't", "havent",
  "hasn't", "hasnt", "isn't", "isnt", "wasn't", "won't", "wont", "couldn't", "unable",
];
/** After a done word, these turn "xong không" from a question into "cannot finish": "xong ko dc". */
export const INABILITY_AFTER_NEGATION = ["được", "dc", "đc", "kịp", "nổi", "thể", "xuể"];
/** Phrases that mean not done on their own. */
export const NOT_DONE_PHRASES = [
  "not yet", "yet to", "chưa có kết quả", "chậm tiến độ", "bị chậm", "chậm", "trễ hạn", "trễ", "quá hạn",
  "dở dang", "còn dang dở", "incomplete", "unfinished", "delayed", "behind schedule", "not started",
];
/** Before a done word: the work is nearly but not yet finished ("sắp xong", "gần hoàn thành"). */
export const NEAR_WORDS = ["sắp", "gần", "gần như", "sắp sửa", "chuẩn bị", "almost", "nearly", "about to", "close to", "soon"];
/** Before a done word: finishing is a plan, not a fact ("sẽ hoàn thành", "dự kiến xong"). */
export const FUTURE_WORDS = [
  "sẽ", "dự kiến", "dự định", "phấn đấu", "cố gắng", "hẹn", "hy vọng", "hi vọng", "mong",
  "will", "going to", "gonna", "expected", "expect", "expects", "plan to", "planned", "should", "hope",
];
/** Before a done word: it is a condition or a purpose ("khi nào xong em báo", "để hoàn thành"). */
export const CONDITIONAL_WORDS = ["khi", "khi nào", "bao giờ", "lúc nào", "nếu", "sau khi", "để", "when", "if", "once", "as soon as", "after", "to"];
/** Before a done word: it was only believed ("tưởng xong rồi nhưng còn phải sửa"). */
export const BELIEF_WORDS = ["tưởng", "tưởng là", "cứ tưởng", "ngỡ", "ngỡ là", "thought", "i thought"];
/** Words holding "tượng"/"tương", which fold like "tưởng": "đối tượng đã hoàn thành" is done. */
export const BELIEF_LOOKALIKES = ["đối tượng", "hiện tượng", "ấn tượng", "biểu tượng", "trừu tượng", "tượng đài", "tương tự", "tương đối"];
/** Before a done word: the work is going on ("đang hoàn thành", "đang hoàn thiện"). */
export const PROGRESSIVE_WORDS = ["đang", "vẫn đang", "tiếp tục", "still"];
/** Tell a past fact from a plan when a date is near a done word: "đã xong ngày 20/11". */
export const PAST_MARKERS = ["đã", "rồi", "r", "already", "has been", "have been", "was", "were", "did", "xong xuôi"];
/** Only part of the work is done: "xong một phần", "cơ bản hoàn thành", "partially done". */
export const PARTIAL_WORDS = [
  "một phần", "1 phần", "phần lớn", "phần nào", "cơ bản", "bước đầu", "một nửa", "nửa", "1/2",
  "giai đoạn", "đợt 1", "bước 1", "phase", "partially", "partly", "mostly", "half", "part of", "some of",
];

// ---------- Progress ----------

/** Words that mean work is under way, whatever the verb. */
export const PROGRESS_WORDS = [
  "tiến độ", "đang th", "in progress", "ongoing", "on going", "working on", "work in progress", "wip",
  "underway", "under way", "on track", "in process", "processing", "started", "đã bắt đầu", "bắt đầu",
];
/** "đang" followed by any verb is progress ("đang làm", "đang triển khai"). */
export const ONGOING = ["đang", "vẫn đang"];
/** After "đang", the leader busy elsewhere, not the work going on: "em đang họp", "đang đi công tác". */
export const ONGOING_NOT_WORK = ["họp", "bận", "đi công tác", "công tác", "nghỉ", "ốm", "lái xe", "trên đường", "in a meeting", "driving"];
/** Work verbs: progress when nothing stronger is said, not done when negated ("chưa thực hiện"). */
export const WORK_VERBS = [
  "thực hiện", "triển khai", "tiến hành", "xử lý", "xây dựng", "dự thảo", "soạn thảo", "soạn", "tổng hợp",
  "trình", "hoàn thiện", "rà soát", "làm", "th", "working", "doing", "handling", "drafting", "reviewing",
];
/** "làm" that is not work: "làm ơn" (please). */
export const NOT_WORK = ["làm ơn", "làm gì"];

// ---------- Blockers ----------

/** A label before the blocker's content: "vướng mắc do thiếu kinh phí" → note "thiếu kinh phí". */
export const BLOCKER_LABELS = [
  "vướng mắc", "vướng", "khó khăn", "trở ngại", "vấn đề", "bất cập", "bị kẹt", "ách tắc", "tồn tại",
  // Waiting on someone else: "đang chờ ý kiến Sở Tài chính". Never a bare "chờ": folded, it is "cho" (let).
  "đang chờ", "vẫn chờ", "đang đợi", "còn đợi", "phải đợi", "chờ đợi", "waiting for", "waiting on", "awaiting",
  "blocked", "blocker", "blocking", "stuck", "issue", "issues", "problem", "problems", "obstacle", "difficulty", "difficulties",
];
/** Requests for help: the phrase itself is the note ("cần hỗ trợ về kinh phí"). */
export const HELP_REQUESTS = [
  "cần hỗ trợ", "đề nghị hỗ trợ", "xin hỗ trợ", "nhờ hỗ trợ", "mong hỗ trợ", "cần sự hỗ trợ", "cần giúp",
  "xin ý kiến chỉ đạo", "xin chỉ đạo", "đề nghị chỉ đạo", "cần chỉ đạo", "cần ý kiến",
  "hỗ trợ em", "hỗ trợ giúp", "giúp em", "giúp đỡ", "need help", "need support", "need assistance", "please help",
];
/** A lack: the phrase itself is the note ("thiếu kinh phí", "không đủ nhân lực"). */
export const LACK_WORDS = ["thiếu", "không đủ", "ko đủ", "k đủ", "chưa đủ", "hết kinh phí", "lack", "lack of", "lacking", "short of", "shortage", "not enough", "insufficient", "no budget", "no funding"];
/** Words that look like a lack but are not: "tối thiểu" (minimum), "giới thiệu". */
export const LACK_LOOKALIKES = ["tối thiểu", "giảm thiểu", "giới thiệu", "thiếu nhi"];
/** What a unit can be waiting for: "chưa có kinh phí", "chưa được phê duyệt" are blockers. */
export const RESOURCES = [
  "kinh phí", "ngân sách", "vốn", "nhân lực", "nhân sự", "mặt bằng", "quỹ đất", "hướng dẫn", "ý kiến",
  "phê duyệt", "thẩm định", "giải ngân", "dữ liệu", "số liệu", "thiết bị",
  "budget", "funding", "funds", "staff", "approval", "guidance", "equipment",
];
/**
 * The unit says the task is not its own: a blocker the admin must settle by giving it to someone else.
 * The phrase itself is the note.
 */
export const REFUSALS = [
  "không thuộc chức năng", "không thuộc thẩm quyền", "không thuộc lĩnh vực", "không thuộc phạm vi", "không thuộc trách nhiệm",
  "ko thuộc chức năng", "k thuộc chức năng", "không phải nhiệm vụ của", "không phải việc của", "ko phải việc của",
  "không phải chức năng", "không đúng chức năng", "ngoài chức năng", "không có trách nhiệm", "vượt thẩm quyền",
  "not our responsibility", "not our department", "not within our remit", "outside our remit",
];
/** Before a blocker label: there is no blocker ("không có vướng mắc", "hết vướng", "no issues"). */
export const BLOCKER_NEGATORS = ["hết", "không còn", "ko còn", "đã giải quyết", "đã tháo gỡ", "without"];

// ---------- Extensions ----------

/** Asking for more time. */
export const EXTENSION_WORDS = [
  "gia hạn", "lùi", "lùi hạn", "dời hạn", "dời lại", "dời sang", "hoãn lại", "xin hoãn", "tạm hoãn",
  "kéo dài", "thêm thời gian", "giãn tiến độ", "giãn thời hạn", "giãn thời gian",
  "extend", "extension", "more time", "postpone", "postponed", "push back", "reschedule", "additional time",
  "push the deadline", "push it", "move the deadline", "delay the deadline",
];
/** With a date, a request for time: "xin đến 30/6", "cho em đến cuối tháng". */
export const REQUEST_WORDS = ["xin", "đề nghị cho", "cho phép", "cho em", "cho chúng em", "cho đơn vị", "request", "requesting", "asking for"];
/** After "xin", these make it politeness, not a request for time: "xin báo cáo … ngày 20/11". */
export const NOT_REQUEST_AFTER = ["báo cáo", "phép báo cáo", "lỗi", "gửi", "trình", "chào", "cảm ơn", "thưa"];
/** Late answering, not late work: "xin lỗi vì báo cáo chậm" says nothing about the task. */
export const LATE_REPLY = ["báo cáo chậm", "báo cáo muộn", "trả lời chậm", "trả lời muộn", "phản hồi chậm", "phản hồi muộn", "rep chậm", "late reply", "late response", "replying late"];
/** Before a count of days: extra time ("thêm 5 ngày", "cần thêm 1 tuần"). */
export const EXTRA_WORDS = ["thêm", "more", "additional", "another", "extra"];

// ---------- Acknowledgement ----------

/** Acknowledge anywhere in a clause that says nothing stronger. */
export const ACK_WORDS = [
  "ok", "oke", "okê", "okie", "okay", "okey", "oki", "okela", "ô kê", "cảm ơn", "cám ơn", "thanks", "thank you", "thank",
  "thx", "tks", "noted", "got it", "roger", "received", "understood", "will do", "đã nhận", "nhận được", "em nhận",
  "xin nhận", "đã rõ", "rõ rồi", "tiếp thu", "nhất trí", "đồng ý", "sẽ thực hiện", "sẽ triển khai", "sẽ làm", "sure", "alright",
];
/** Greetings: alone they open a conversation and acknowledge nothing ("hello", "chào anh"). */
export const GREETINGS = ["hello", "hi", "chào", "xin chào", "alo", "a lô", "good morning"];
/** Acknowledge only when they are the whole message: "dạ", "vâng", "được", "rồi ạ". */
export const ACK_ALONE = ["dạ", "vâng", "có", "được", "dc", "đc", "ừ", "ừm", "uh", "uk", "u", "yes", "yep", "yeah", "rồi", "r", "nhận", "rõ"];

// ---------- Questions ----------

/** Words that ask. */
export const QUESTION_WORDS = [
  "bao giờ", "khi nào", "lúc nào", "thế nào", "như thế nào", "ra sao", "sao rồi", "tại sao", "vì sao", "ở đâu",
  "phải không", "đúng không", "phải ko", "đúng ko", "hay chưa", "hay không", "hay ko", "bao nhiêu",
  "what", "when", "how", "why", "where", "which", "who", "any update", "any news",
];
/** The last word of a question: "xong chưa", "hoàn thành không", "xong ko". */
export const QUESTION_TAILS = ["chưa", "chx", "không", "ko", "k", "kg", "khg", "hok", "yet"];
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
];
/** Before a reason: its text becomes the note ("chưa xong vì thiếu người"). */
export const REASON_WORDS = ["do", "vì", "bởi vì", "tại vì", "bởi", "lý do", "because", "because of", "due to"];
/** Before "do", these make it "độ" (degree), not "do" (because): "tiến độ", "mức độ", "do đó". */
export const NOT_REASON_BEFORE_DO = ["tien", "che", "muc", "trinh", "thai", "cap", "toa", "nhiet", "gioi", "sau", "khi", "luc", "vi", "do"];
/** After "không"/"no": not a negated task but "no problem" ("không sao", "no worries"). */
export const NEGATION_NOT_ABOUT_WORK = ["sao", "có gì", "gì", "vấn đề", "cần", "vướng", "vướng mắc", "gặp", "có vướng", "có khó khăn", "khó khăn", "trở ngại", "problem", "problems", "issue", "issues", "worries", "blocker", "blockers", "đủ",
  // the first words of a refusal (see REFUSALS): the task is someone else's, not left undone
  "thuộc", "phải nhiệm vụ", "phải việc", "phải chức năng", "đúng chức năng", "có trách nhiệm"];
/** Joining words between a blocker label and its content, dropped from the note. */
export const LABEL_JOINERS = ["do", "vì", "là", "bởi", "bởi vì", "tại", "ở", "by", "due to", "because of", "because", "with", "on", "gì"];
/** Between two references, these turn to another task: "NV1 xong rồi, còn NV2 đang làm", "riêng NV3 …". */
export const TURN_WORDS = ["còn", "riêng", "trừ", "ngoại trừ", "as for", "while"];
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
/** Words that name a task before its number: "#3", "NV3", "nhiệm vụ số 3", "việc 3", "task 3". */
export const TASK_PREFIX = String.raw`(?:#|nv\.?|nhiem\s+vu(?:\s+so)?|(?:cong\s+)?viec(?:\s+so)?|task\s*#?|item\s*#?|muc(?:\s+so)?|noi\s+dung(?:\s+so)?|no\.)`;
/** Between two task numbers of one list: "1 và 2", "1, 2", "1-3" (a range), "1 đến 3". */
export const TASK_JOINER = String.raw`(?:,|&|\+|va|voi|cung|and|-|–|den|toi)`;
/** Joiners that make a range: "NV1-3" is tasks 1, 2 and 3. */
export const RANGE_JOINER = /^(?:-|–|den|toi)$/;
/** After a number, these make it a quantity rather than a task: "3 ngày", "50 %", "2 tuần". */
export const QUANTITY_UNITS = String.raw`(?:%|phan\s+tram|ngay|tuan|thang|nam|gio|phut|days?|weeks?|months?|hours?|percent)(?![a-z])`;
/** Words that may follow a bare number at the start of a clause and make it a task: "1 xong", "2 đạt 50%", "2 at 50%". */
export const CLAUSE_OPENERS = ["đã", "đạt", "được", "đc", "dc", "xin", "còn", "cũng", "thì", "vẫn", "mới", "em", "bên em", "hiện", "hiện nay", "is", "was", "has", "in", "at", "still", "now"];

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
/** Words run together without a space are split only when a part is one of these: "chưaxong", "xongroi", "nv2xongroi". */
export const SPLIT_KEYS = ["xong", "chưa", "không", "hoàn thành"];
/** Negations a slip must never turn into something else: a word one letter from one of these right before "xong" is read as it. */
export const NEGATOR_KEYS = ["chưa", "không"];
