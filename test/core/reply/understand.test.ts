import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { understandReply } from "../../../src/core/reply/understand.ts";
import { comparable, parseSpec } from "./spec.ts";

/** Wednesday 25 November 2026, 09:00 in Hà Nội: every date below is resolved from here. */
const NOW = new Date("2026-11-25T09:00:00+07:00");

const TABLE: Record<string, Array<[string, string]>> = {
  "done, as leaders write it": [
    ["xong", "done"], ["Xong", "done"], ["XONG", "done"], ["đã xong ạ", "done"], ["Đã xong rồi anh ạ", "done"],
    ["xong r", "done"], ["xong rồi", "done"], ["xog r a", "done"], ["ok xong", "done"], ["Ok, xong rồi", "done"],
    ["HT", "done"], ["ht", "done"], ["đã ht", "done"], ["hoàn thành", "done"], ["Đã hoàn thành", "done"],
    ["hoan thanh roi", "done"], ["da hoan thanh a", "done"], ["đã thực hiện xong", "done"], ["đã triển khai xong ạ", "done"],
    ["hoàn tất", "done"], ["Đã hoàn tất nhiệm vụ", "done"], ["xong xuôi rồi", "done"], ["xong hết rồi anh ạ", "done"],
    ["✅", "done"], ["✅ xong", "done"], ["✔️", "done"], ["100%", "done"], ["đạt 100%", "done"],
    ["hoàn thành 100%", "done"], ["100% rồi ạ", "done"], ["Đạt 100% kế hoạch", "done"],
    ["done", "done"], ["Done!", "done"], ["finished", "done"], ["completed", "done"], ["all done", "done"],
    ["task completed", "done"], ["đã hoàn thành ngày 20/11", "done"], ["hoàn thành hôm 20/11 rồi ạ", "done"],
  ],
  "not done: negation, shorthand, near-done": [
    ["chưa xong", "not_done"], ["Chưa xong ạ", "not_done"], ["chua xong", "not_done"], ["ko xong dc", "not_done"],
    ["k hoàn thành được", "not_done"], ["chưa hoàn thành", "not_done"], ["không hoàn thành được", "not_done"],
    ["không thể hoàn thành", "not_done"], ["kg xong đc", "not_done"], ["không kịp hoàn thành", "not_done"],
    ["xong không kịp", "not_done"], ["hoàn thành ko nổi", "not_done"], ["chưa", "not_done"], ["Chưa ạ", "not_done"],
    ["chưa anh ơi", "not_done"], ["dạ chưa", "not_done"], ["không", "not_done"], ["ko", "not_done"],
    ["sắp xong", "progress"], ["gần xong", "progress"], ["gần xong rồi ạ", "progress"], ["sắp hoàn thành", "progress"],
    ["gần như hoàn thành", "progress"], ["chuẩn bị xong", "not_done"], ["sap xong", "progress"], ["gan xong r", "progress"],
    ["chưa thực hiện", "not_done"], ["chưa triển khai được", "not_done"], ["em chưa làm", "not_done"],
    ["k làm dc", "not_done"], ["chưa xong hết", "not_done"], ["chưa có kết quả", "not_done"], ["bị chậm tiến độ", "not_done"],
    ["not yet", "not_done"], ["Not done yet", "not_done"], ["haven't finished", "not_done"], ["almost done", "progress"],
    ["nearly finished", "progress"], ["unfinished", "not_done"], ["❌", "not_done"], ["chưa đạt 100%", "not_done"],
    ["gần 100%", "progress"], ["Đã xong nhưng chưa nghiệm thu", "progress"], ["khong duoc", "not_done"],
  ],
  "plans are not facts": [
    ["dự kiến xong 30/11", "not_done@2026-11-30"], ["sẽ hoàn thành trước 30/11", "not_done@2026-11-30"],
    ["3 ngày nữa xong", "not_done@2026-11-28"], ["tuần sau xong", "not_done"], ["cuối tháng sẽ xong", "not_done@2026-11-30"],
    ["will finish by friday", "not_done@2026-11-27"], ["hoàn thành 30/11", "not_done@2026-11-30"],
    ["khi nào xong em báo ạ", "not_done"], ["phấn đấu hoàn thành trong tháng 12", "not_done@2026-12-31"],
    ["em sẽ cố gắng xong sớm", "not_done"], ["dự kiến hoàn thành quý I/2027", "not_done@2027-03-31"],
    ["will be completed next week", "not_done"],
  ],
  "questions are not answers": [
    ["xong chưa?", "unknown"], ["xong chưa", "unknown"], ["bao giờ xong?", "unknown"], ["bao gio xong", "unknown"],
    ["đã xong chưa ạ", "unknown"], ["hoàn thành chưa anh", "unknown"], ["xong ko?", "unknown"], ["hoàn thành k", "unknown"],
    ["xong rồi à", "unknown"], ["xong rồi hả", "unknown"], ["NV3 xong chưa?", "unknown#3"], ["tiến độ thế nào rồi", "unknown"],
    ["khi nào hoàn thành", "unknown"], ["is it done?", "unknown"], ["did you finish", "unknown"], ["when will it be done", "unknown"],
    ["đã có kết quả chưa?", "unknown"], ["100%?", "unknown"], ["đã xong phải không", "unknown"],
  ],
  "progress, with or without a percent": [
    ["đang làm", "progress"], ["em đang làm nốt", "progress"], ["đang triển khai", "progress"], ["dang th", "progress"], ["đang thực hiện", "progress"],
    ["Em đang làm ạ", "progress"], ["đang tiến hành", "progress"], ["đang hoàn thiện hồ sơ", "progress"],
    ["đang hoàn thành", "progress"], ["đạt 70%", "progress:70"], ["tiến độ 80 %", "progress:80"], ["được khoảng 30%", "progress:30"],
    ["đạt 0%", "progress:0"], ["mới được 20%", "progress:20"], ["đạt 50,5%", "progress:50.5"], ["tầm 60 phần trăm", "progress:60"],
    ["đang làm, đạt 40%", "progress:40"], ["chưa xong, được 50%", "progress:50"], ["em đang làm ạ, chưa xong", "progress"],
    ["xong 1 phần", "progress"], ["hoàn thành một phần", "progress"], ["cơ bản hoàn thành", "progress"], ["xong 2/3", "progress"],
    ["đã triển khai", "progress"], ["em làm rồi", "progress"], ["in progress 40%", "progress:40"], ["in progress", "progress"],
    ["working on it", "progress"], ["ongoing", "progress"], ["partially done", "progress"], ["on track, 75%", "progress:75"],
    ["đang chờ phê duyệt", "progress"], ["đang xin ý kiến các sở", "progress"], ["đã bắt đầu", "progress"],
    ["dang trien khai dat 45%", "progress:45"], ["đang dự thảo, dự kiến xong thứ sáu tuần sau", "progress@2026-12-04"],
  ],
  "blockers keep their note": [
    ["vướng mắc do thiếu kinh phí", "blocker~thiếu kinh phí"], ["3 vướng mắc do thiếu kinh phí", "blocker#3~thiếu kinh phí"], ["khó khăn: chưa có mặt bằng", "blocker~chưa có mặt bằng"],
    // A dispute, a shortage, something not given, said as a plain fact (round 4); no fault or dispute is no blocker.
    ["Nguồn vốn đầu tư công chưa được phân bổ", "blocker~chưa được phân bổ"], ["Trụ sở đang có tranh chấp đất", "blocker~tranh chấp đất"],
    ["dân khiếu nại nên phải tạm dừng", "blocker~khiếu nại"], ["xong rồi, không lỗi gì", "done"], ["xong rồi, không có tranh chấp gì", "done"],
    // "dạ" folds like "đã", yet is no past marker: tomorrow's plan stays a plan.
    ["mai em làm xong gửi anh", "not_done@2026-11-26"], ["mai dạ em làm xong gửi anh", "not_done@2026-11-26"],
    ["cần hỗ trợ", "blocker~cần hỗ trợ"], ["đề nghị hỗ trợ kinh phí", "blocker~hỗ trợ kinh phí"], ["thiếu nhân lực", "blocker~thiếu nhân lực"],
    ["vướng mắc do thiếu kinh phí, nhân lực", "blocker~thiếu kinh phí, nhân lực"], ["vuong mac ve mat bang", "blocker~ve mat bang"],
    ["blocked: no budget", "blocker~no budget"], ["stuck on land clearance", "blocker~land clearance"], ["need help with data", "blocker~data"],
    ["gặp khó khăn trong giải phóng mặt bằng", "blocker~giải phóng mặt bằng"], ["chưa được bố trí kinh phí", "blocker~kinh phí"],
    ["đang vướng thủ tục đất đai", "blocker~thủ tục đất đai"], ["chưa xong vì thiếu người", "blocker~thiếu người"],
    ["Xin ý kiến chỉ đạo về nguồn vốn", "blocker~nguồn vốn"], ["anh hỗ trợ em được không ạ?", "blocker"],
    ["có vấn đề về hồ sơ", "blocker~hồ sơ"], ["ko đủ kinh phí", "blocker~đủ kinh phí"],
  ],
  "no blocker when there is none": [
    ["không có vướng mắc gì", "unknown"], ["đã xong, không có khó khăn gì", "done"], ["đang làm, ko vướng gì", "progress"],
    ["no issues, done", "done"], ["hết vướng rồi, đang làm tiếp", "progress"], ["đạt tối thiểu 50%", "progress:50"],
  ],
  "extensions: dates and day counts": [
    ["xin gia hạn đến 30/12/2026", "extension@2026-12-30"], ["gia hạn 15 ngày", "extension+15d"], ["xin gia hạn thêm 15 ngày", "extension+15d"],
    ["lùi đến cuối tháng", "extension@2026-11-30"], ["đến hết quý I/2027", "extension@2027-03-31"],
    ["xin gia hạn đến thứ sáu tuần sau", "extension@2026-12-04"], ["xin gia hạn đến thứ sáu", "extension@2026-11-27"], ["xin gia han den chu nhat", "extension@2026-11-29"], ["xin gia hạn đến 30/6", "extension@2027-06-30"],
    ["xin gia hạn đến ngày 30 tháng 6", "extension@2027-06-30"], ["xin lùi sang tháng sau", "extension@2026-12-31"],
    ["xin đến cuối tuần", "extension@2026-11-29"], ["xin gia hạn đến tuần sau", "extension@2026-12-04"],
    ["gia hạn tới 15/1/2027 do chờ phê duyệt", "extension@2027-01-15~chờ phê duyệt | blocker~chờ phê duyệt"], ["xin thêm 1 tuần", "extension+7d"],
    ["cần thêm 2 tuần", "extension+14d"], ["xin gia hạn hai tuần", "extension+14d"], ["gia han 10 ngay", "extension+10d"],
    ["Đề nghị cho lùi thời hạn đến ngày 30 tháng 12", "extension@2026-12-30"], ["xin gia hạn đến hết năm", "extension@2026-12-31"],
    // "hết năm 2027" is the end of 2027, not of this year followed by a number
    ["em xin gia hạn đến hết năm 2027", "extension@2027-12-31"], ["xin lùi đến cuối năm 2027 ạ", "extension@2027-12-31"],
    // "qua 15/12 nha anh": "nha" after a date asked for is "nhé", not "nhà" counted
    ["xin lùi deadline qua 15/12 nha anh", "extension@2026-12-15"], ["anh cho tui tới 12/12 nghen", "extension@2026-12-12"],
    ["xin gia hạn đến quý 2/2027", "extension@2027-06-30"], ["xin gia hạn đến đầu tháng sau", "extension@2026-12-01"],
    ["need extension until 30/6", "extension@2027-06-30"], ["please extend to 15 Dec", "extension@2026-12-15"],
    ["need 10 more days", "extension+10d"], ["postpone to next month", "extension@2026-12-31"], ["gia hạn", "extension"],
    ["chưa xong, xin gia hạn đến 15/12", "extension@2026-12-15"], ["xin gia hạn đến 20/11", "extension@2027-11-20"],
    ["em xin gia hạn đến 10/12 được không ạ?", "extension@2026-12-10"], ["không cần gia hạn, đã xong", "done"],
    ["xin gia hạn đến 2026-12-31", "extension@2026-12-31"], ["đến thứ 6 tuần này ạ", "extension@2026-11-27"],
  ],
  "acknowledgements": [
    ["ok", "ack"], ["OK anh", "ack"], ["oke", "ack"], ["okie", "ack"], ["thanks", "ack"], ["thank you", "ack"],
    ["cảm ơn anh", "ack"], ["cám ơn", "ack"], ["đã nhận", "ack"], ["em đã nhận được ạ", "ack"], ["Dạ vâng", "ack"],
    ["vâng ạ", "ack"], ["dạ", "ack"], ["rồi ạ", "ack"], ["👍", "ack"], ["🙏", "ack"], ["đã rõ", "ack"], ["noted", "ack"],
    ["got it", "ack"], ["em sẽ thực hiện", "ack"], ["ok em sẽ làm ngay", "ack"], ["Em đã nhận được thông báo, cảm ơn anh", "ack"],
    ["tiếp thu ạ", "ack"], ["nhất trí", "ack"], ["kính gửi anh", "ack"],
  ],
  "unknown": [
    ["", "unknown"], ["   ", "unknown"], ["abc", "unknown"], ["đã gửi báo cáo", "done"], ["alo", "unknown"],
    ["NV3", "unknown#3"], ["nhiệm vụ 5", "unknown#5"], ["#12", "unknown#12"], ["anh gọi lại cho em", "unknown"],
    ["5 xã đã báo cáo", "unknown"], ["🤔", "unknown"], ["anh ơi cho em hỏi lịch họp chiều nay", "unknown"],
  ],
  "task references": [
    ["NV1 xong", "done#1"], ["nv 2 đã hoàn thành", "done#2"], ["nhiệm vụ 3 xong", "done#3"], ["nhiem vu so 4 xong r", "done#4"],
    ["việc số 5 chưa xong", "not_done#5"], ["#6 done", "done#6"], ["task 7 completed", "done#7"], ["/done 7", "done#7"],
    ["/done@dondoc_bot 8", "done#8"], ["3. đã hoàn thành", "done#3"], ["3) xong", "done#3"], ["2 - đang làm", "progress#2"],
    ["NV03 xong", "done#3"], ["số 3 xong", "done#3"], ["nv2 chưa", "not_done#2"], ["NV2 chưa ạ", "not_done#2"],
    ["mục 4 đạt 60%", "progress#4:60"], ["nội dung 2 đang triển khai", "progress#2"], ["Dạ, NV3", "unknown#3"],
    ["kính gửi anh, nhiệm vụ số 3 em đã hoàn thành ạ", "done#3"], ["Dạ NV2 em đã xong từ hôm qua ạ", "done#2"],
    ["3 ngày nữa NV2 xong", "not_done#2@2026-11-28"], ["5 xã đã xong", "done"],
  ],
  "several tasks in one message": [
    ["1 xong, 2 đạt 50%", "done#1 | progress#2:50"], ["NV1 xong; NV2 vướng mắc do thiếu kinh phí", "done#1 | blocker#2~thiếu kinh phí"],
    ["xong nhiệm vụ 1 và 2", "done#1 | done#2"], ["#3 #4 xong", "done#3 | done#4"], ["NV1, NV2 xong", "done#1 | done#2"],
    ["xong nhiệm vụ 1, 2 và 3", "done#1 | done#2 | done#3"], ["NV1-3 xong", "done#1 | done#2 | done#3"],
    ["1,2 xong", "done#1 | done#2"], ["NV1 xong NV2 đang làm", "done#1 | progress#2"], ["NV3 xong, NV4", "done#3 | unknown#4"],
    ["1. xong 2. đang làm 3. chưa", "done#1 | progress#2 | not_done#3"], ["/done 7, 8", "done#7 | done#8"],
    ["NV1 ht, NV2 dang lam 30%", "done#1 | progress#2:30"], ["1/ xong 2/ chưa", "done#1 | not_done#2"], ["NV1 xong\nNV2 đạt 80%\nNV3 xin gia hạn đến 31/12", "done#1 | progress#2:80 | extension#3@2026-12-31"],
    ["NV1 đã xong, còn lại đang triển khai", "done#1 | progress"], ["NV1 chưa xong, đang làm", "progress#1"],
    ["NV2 chưa xong. Xin gia hạn đến 15/12", "extension#2@2026-12-15"],
    ["Dạ em báo cáo anh: NV1, NV2 đã hoàn thành; NV3 đang triển khai đạt 60%; NV4 vướng mắc về mặt bằng, đề nghị anh hỗ trợ",
      "done#1 | done#2 | progress#3:60 | blocker#4~mặt bằng"],
    ["em báo cáo: NV5 đạt 70%, dự kiến hoàn thành cuối tháng", "progress#5:70@2026-11-30"], ["#1 ✅ #2 ❌", "done#1 | not_done#2"],
    ["task 1 done, task 2 blocked: waiting for approval", "done#1 | blocker#2~waiting for approval"], ["NV1 và NV2 chưa xong", "not_done#1 | not_done#2"],
    ["nhiệm vụ 1 đến 3 đã hoàn thành", "done#1 | done#2 | done#3"], ["Xong ạ, nhiệm vụ 3", "done#3"],
    ["xong hết, ngoại trừ nhiệm vụ 3", "done | not_done#3"], ["Tất cả đều xong trừ số 4", "done | not_done#4"], ["xong hết, riêng nhiệm vụ 3", "done | unknown#3"],
    ["all done except task 2", "done | not_done#2"],
  ],
  "Vietnamese, as the Vietnamese catalogue suggests it": [
    ["1 xong", "done#1"], ["2 xong", "done#2"], ["2 đạt 50%", "progress#2:50"], ["3 xin gia hạn đến 30/6", "extension#3@2027-06-30"], ["đạt 50%", "progress:50"],
    ["1 xong, 2 đạt 50%, 3 xin gia hạn đến 30/6", "done#1 | progress#2:50 | extension#3@2027-06-30"],
  ],
  "English, as the English catalogue suggests it": [
    ["done", "done"], ["1 done", "done#1"], ["2 done", "done#2"], ["2 at 50%", "progress#2:50"], ["at 50%", "progress:50"], ["at 70%", "progress:70"],
    ["extend to 30/6", "extension@2027-06-30"], ["3 extend to 30/6", "extension#3@2027-06-30"], ["extend by 15 days", "extension+15d"],
    ["blocked by lack of funding", "blocker~lack of funding"], ["3 blocked by lack of funding", "blocker#3~lack of funding"], ["not yet", "not_done"],
    ["task 2 at 50%", "progress#2:50"], ["#3 extend to 30/6", "extension#3@2027-06-30"], ["need 15 more days", "extension+15d"],
    ["blocked: no budget", "blocker~no budget"], ["need 15 days more", "extension+15d"], ["extend by 2 weeks", "extension+14d"],
    ["2 at 100%", "done#2"], ["2 not yet", "not_done#2"], ["task 3 not yet", "not_done#3"], ["Task 1 done", "done#1"],
    ["1 done, 2 at 50%, 3 extend to 30/6", "done#1 | progress#2:50 | extension#3@2027-06-30"],
    ["task 4 blocked by lack of funding", "blocker#4~lack of funding"], ["need 15 more days for task 2", "extension#2+15d"],
    ["2 still at 50%", "progress#2:50"], ["task 2 is at 50%", "progress#2:50"], ["2 at 50%?", "unknown#2"],
  ],
  "finality: words that close a task": [
    ["đã xử lý dứt điểm", "done"], ["giải quyết dứt điểm rồi ạ", "done"], ["Đã hoàn tất", "done"], ["đã xử lý xong", "done"],
    ["đã hoàn thành nhiệm vụ", "done"], ["xong xuôi cả rồi", "done"], ["đã thực hiện xong và gửi báo cáo", "done"],
    ["Finished, the report was sent yesterday", "done"], ["chưa dứt điểm", "not_done"],
    // Sending the report or issuing the plan, said as past, closes (confirmed first: certainty.ts).
    ["đã gửi báo cáo về Sở", "done"], ["đã ký ban hành kế hoạch", "done"], ["Báo cáo em đã gửi qua hệ thống sáng nay rồi ạ", "done"],
    ["chưa gửi báo cáo", "not_done"], ["báo cáo em chưa gửi được", "not_done"], ["mai em gửi báo cáo", "not_done@2026-11-26"],
    ["đã hoàn thành vượt tiến độ", "done"], ["hoàn thành đúng tiến độ", "done"],
  ],
  "finality: steps that only record progress": [
    ["đã trình UBND tỉnh", "progress"], ["đã tham mưu UBND huyện", "progress"], ["đã gửi dự thảo báo cáo về Sở", "progress"],
    ["đã dự thảo kế hoạch", "progress"], ["đã trình ký ban hành kế hoạch", "progress"], ["đã dự thảo xong, đang lấy ý kiến", "progress"],
    ["đã hoàn tất việc tham mưu", "progress"], ["xong dự thảo rồi", "progress"], ["submitted the draft", "progress"],
    // Waiting for the decision on what was submitted is the normal course; waiting for an opinion or money is an obstacle,
    // and so is a wait for more time or a wait said alone ("đang chờ phê duyệt", above).
    ["hồ sơ nộp rồi đang chờ ký", "progress"], ["Đã nộp hồ sơ, đang chờ Sở Tài chính duyệt", "progress"], ["Em đã trình ký rồi, đang đợi lãnh đạo duyệt", "progress"],
    ["xin gia hạn 10 ngày, lý do chờ Bộ phê duyệt", "extension+10d | blocker~chờ Bộ phê duyệt"], ["đang chờ ý kiến Sở Xây dựng", "blocker~chờ ý kiến"],
  ],
  "negation and contrast beyond chưa/không": [
    ["làm xong đâu mà báo anh", "not_done"], ["có xong đâu", "not_done"], ["đã xong đâu anh ơi", "not_done"], ["chẳng xong được", "not_done"],
    ["chả xong", "not_done"], ["xong gì mà xong", "not_done"], ["xong thế nào được anh", "not_done"], ["làm sao xong được khi chưa có vốn", "blocker~chưa có vốn"],
    ["không phải xong mà là mới bắt đầu", "progress"], ["không phải chưa xong, xong lâu rồi", "done"], ["ai bảo chưa hoàn thành, xong rồi", "done"],
    ["không có việc nào chưa xong", "done"], ["không còn vướng mắc gì, đã xong", "done"], ["đâu có vướng gì đâu, xong rồi", "done"],
    ["xong rồi chứ chưa à", "done"], ["không xong thì em xin gia hạn", "not_done"], ["xong rồi thì em đã báo anh rồi", "not_done"],
    ["hoàn thành thì chưa", "not_done"], ["khó xong được", "not_done"], ["chưa thể nào hoàn thành trong tháng này", "not_done@2026-11-30"],
  ],
  "documents as officials abbreviate them (BC, QĐ, KH, VB, TTr), and 'kh' as 'không'": [
    ["Sở đã gửi BC rồi ạ", "done"], ["so 3 gui bc len tinh luon roi", "done#3"], ["NV1 đã ban hành QĐ; NV2 đang dự thảo", "done#1 | progress#2"],
    ["dạ đã ban hành rồi anh, KH số 215/KH-UBND ngày 20/11", "done"], ["Đã ban hành QĐ số 1527/QĐ-SNNMT ngày 20/11/2026 phê duyệt KH", "done"],
    ["1- đã ban hành QĐ 2210/QĐ-UBND ngày 01/11; 2- đang dự thảo", "done#1 | progress#2"], ["đã trình TTr số 245/TTr-STC, đang chờ phê duyệt", "progress"],
    ["kh xong dc a", "not_done"], ["chua kh", "not_done"], ["kh kịp anh ơi, mai em gửi", "not_done@2026-11-26"], ["bc chưa gửi được", "not_done"],
  ],
  "what stands in the way, said as a plain fact beside 'not done' (round 12)": [
    ["chưa xong được đâu anh. Mưa to quá đường lên xã sạt hết rồi", "blocker~Mưa to"], ["mưa miết mấy bữa nay, hổng đổ bê tông được anh", "blocker~mưa miết"],
    ["chưa xong được đâu. Tiền tỉnh chưa cấp về huyện", "blocker~Tiền tỉnh chưa cấp"], ["Dân chưa chịu ký giao đất. Nên việc làm đường chưa làm được", "blocker~Dân chưa chịu ký"],
    ["dân phản đối quá trời, đòi giá đền bù cao hơn", "blocker~phản đối"], ["Xin lùi 2 tuần. Trên xã có dịch sởi", "extension+14d | blocker~dịch sởi"],
    ["xong rồi, dân không còn khiếu nại gì", "done"], ["đã di dời xong, bà con không phản đối", "done"], ["hết mưa rồi, đã đổ bê tông xong", "done"],
  ],
  "tomorrow said alone, or with its part of the day, after a 'not yet' or as the whole answer (rounds 12-13)": [
    ["Chưa, mai", "not_done@2026-11-26"], ["sáng mai", "not_done@2026-11-26"], ["chiều mai nhé", "not_done@2026-11-26"], ["Mai.", "not_done@2026-11-26"],
    ["thương mại", "unknown"],
  ],
  "a unit's name holds its dash: the speaker's own delegation is under way, another's hand-over is not-mine (round 13)": [
    ["Đã giao phòng Tài chính - Kế hoạch huyện tham mưu, đang làm", "progress"], ["1 xong - 2 đang làm", "done#1 | progress#2"],
    ["việc này chuyển sang phòng Tài chính - Kế hoạch rồi anh", "not_mine~phòng Tài chính - Kế hoạch"],
  ],
  "counts of the work are shares, whichever comes first; what is left is none (rounds 12-13)": [
    ["Dạ đang chạy, 9/10 hộ đã ký biên bản bàn giao mặt bằng", "progress:90"], ["đang rà soát, đc khoảng 9/10 thôn r", "progress:90"],
    ["xong... mới có 3/10 hộ thôi a", "progress:30"], ["đang triển khai rồi anh, mới được 3 ấp trên 6 ấp", "progress:50"], ["dc 7 phan r a", "progress:70"],
    ["còn 3/10 hộ chưa ký", "progress"], ["xong 10/10 xã rồi", "done"],
  ],
  "the work going on said twice, then the day it will be done, is one progress by that day (round 13)": [
    ["đang làm, được 60%, thứ 6 xong", "progress:60@2026-11-27"], ["đang làm, chừ được chừng 60%, thứ 6 ni xong", "progress:60@2026-11-27"],
  ],
  "a day it will hardly be done by is no plan (round 12)": [
    ["Dạ tháng 12 này khó xong được anh ạ", "not_done"], ["cuối tháng xong", "not_done@2026-11-30"],
  ],
  "a place or unit merged into another since 2025, and the task handed to a centre named in lower case (rounds 12-13)": [
    ["dia ban nay sau sap nhap thuoc phuong Hoa Binh r a", "not_mine~phuong Hoa Binh"], ["sau sáp nhập ấp đó về xã Mỹ Phước rồi anh, anh nhắc bên đó nghen", "not_mine~xã Mỹ Phước"],
    ["Sở KHĐT đã sáp nhập vào Sở TC từ 1/3, đề nghị gửi nhắc việc cho Sở TC", "not_mine~Sở TC"], ["đang làm thủ tục sáp nhập thôn", "progress"],
    ["việc này đã bàn giao cho Trung tâm phục vụ hành chính công xã r a", "not_mine~Trung tâm phục vụ hành chính công"],
    ["Trụ sở dôi dư đã bàn giao hết cho Trung tâm phát triển quỹ đất, việc này xong ạ", "done"],
  ],
  "handed over by competence, or run by another investor (rounds 10-12)": [
    ["Nội dung này thuộc thẩm quyền Sở Tài chính ạ", "not_mine~Sở Tài chính"], ["Đã chuyển Sở Nội vụ xử lý theo thẩm quyền", "not_mine~Sở Nội vụ"],
    ["Sở đã có VB số 1021/SYT-VP ngày 25/11 chuyển hồ sơ sang Thanh tra tỉnh theo thẩm quyền", "not_mine~Thanh tra tỉnh"],
    ["Việc này đã giao cho UBND xã Sủng Là làm chủ đầu tư rồi, huyện không làm nữa", "not_mine~UBND xã Sủng Là"],
    ["Việc cấp phép xây dựng giờ thuộc UBND xã rồi, huyện hổng còn thẩm quyền", "not_mine~UBND xã"],
    ["Đã giao cho Phòng Kinh tế triển khai", "progress"],
  ],
  "the South's numbers, days and words (round 12)": [
    ["tám chục phần trăm rồi anh", "progress:80"], ["anh cho thêm chục bữa nữa hen", "extension+10d"], ["xin them 5 bua", "extension+5d"],
    ["xin gia hạn thêm hai chục ngày", "extension+20d"], ["tuần tới tui mần", "not_done"], ["xong rầu anh", "done"], ["buồn rầu quá", "unknown"],
    ["chắc cuối tháng mới xong anh ơi", "not_done@2026-11-30"], ["chắc tuần sau mới xong", "not_done"], ["thứ 6 tuần sau xong", "not_done@2026-12-04"],
  ],
  "round 12's deputy directors: the one in charge away, money asked of another unit, a paper's own course": [
    ["NV1 xong; NV3 Sở xin lùi 1 tuần do đồng chí phụ trách đi học", "done#1 | extension#3+7d | blocker#3~đi học"],
    ["Sở xin gia hạn NV2 thêm 20 ngày, đồng thời đề nghị UBND tỉnh giao Sở TC bố trí kinh phí để triển khai", "extension#2+20d"],
    ["Hồ sơ đã gửi Hội đồng thẩm định giá đất tỉnh từ 3/11, đang chờ họp Hội đồng", "progress"], ["BC đã ký số, đang chờ văn thư phát hành ạ", "progress"],
    ["việc này do phòng Kinh tế phụ trách ạ", "not_mine~phòng Kinh tế"], ["đã kiểm tra xong các hồ đập trước mùa mưa lũ", "done"],
  ],
  "denied, then only so far: work under way (rounds 10-12)": [
    ["xong đâu mà xong anh, mới khởi công mà", "progress"], ["ko phai xong dau, moi do dc mong", "progress"], ["hổng có xong đâu, mới mần có phân nửa à", "progress:50"],
    ["Không phải đã xong đâu, mới ban hành KH thôi", "progress"], ["Xong thế nào được, mới giao hôm kia mà", "not_done"],
    ["mới xong hôm qua", "done"], ["mới làm xong hôm qua anh", "done"], ["mới biết", "unknown"], ["đang làm, hơn phân nửa rồi", "progress"], ["phân nửa rồi anh", "progress:50"],
  ],
  "a reminder copied above the answer by hand, one line break below it": [
    ["[Nhắc việc] 2. Ban hành kế hoạch phòng cháy, chữa cháy rừng mùa khô 2027\n-> dạ đã ban hành rồi anh", "done#2"],
    ["[Nhắc việc] Nhiệm vụ 2: Giải ngân vốn đầu tư công năm 2026 đạt 100% trước 31/12\n-> đạt 82% rồi anh", "progress#2:82"],
    ["Nhiệm vụ 1: Báo cáo sơ kết 5 năm thực hiện NQ 12. Hạn: 10/12/2026\nchưa, đang tổng hợp", "progress#1"],
    ["Nhiệm vụ 4: Hoàn thiện hồ sơ tiêu chí số 5 (trường học) xã NTM – hạn 10/12\nchua a", "not_done#4"],
    ["[Nhắc việc] Nhiệm vụ 2: Hoàn thành dự thảo Kế hoạch cải cách hành chính năm 2027, hạn 30/11/2026.\nxong rồi nha", "done#2"],
    ["Nhiệm vụ 3: Báo cáo thiệt hại\nHạn: 30/11/2026\nem chưa gửi được, thứ 6 gửi", "not_done#3@2026-11-27"],
    ["🔔 Nhiệm vụ 3: Rà soát các điểm ngập do triều cường trên địa bàn phường. Hạn 09/12/2026\nxong rồi anh", "done#3"],
    ["Nhiệm vụ 2: Tổng hợp danh sách hộ thiếu đất sản xuất gửi Ban Dân tộc trước 05/12/2026\nXonh rồi a", "done#2"],
    ["1. xong\n2. đạt 50%", "done#1 | progress#2:50"], ["Nhiệm vụ 2 xong rồi\nnhiệm vụ 3 chưa", "done#2 | not_done#3"],
  ],
  "partial completion is progress, never done": [
    ["mới xong phần khảo sát, còn phần báo cáo", "progress"], ["xong 4/6 xã", "progress:67"], ["đã hoàn thành 9/10 chỉ tiêu", "progress:90"], ["xong 3/5 hạng mục", "progress:60"],
    ["hoàn thành hết trừ thôn Bản Vàn", "progress"], ["hoàn thành rồi nhưng còn phải bổ sung hồ sơ", "progress"], ["xong rồi mà chưa nghiệm thu", "progress"],
    ["đã xong, nhưng Sở chưa nghiệm thu", "progress"], ["3 xã xong rồi, còn 2 xã chưa", "progress"], ["mới xong dự thảo thôi", "progress"],
    ["Xong rồi, à không, mới xong dự thảo", "progress"], ["xong được 1 nửa", "progress:50"], ["done except for the report", "progress"],
  ],
  "a finish that is not the task's, plans and guesses": [
    ["họp xong em gọi lại", "unknown"], ["ăn cơm xong em gọi", "unknown"], ["chờ họp xong mới triển khai", "blocker~chờ họp"],
    ["mai xong anh nhé", "not_done@2026-11-26"], ["chiều nay là xong", "not_done@2026-11-25"], ["tuần sau là xong", "not_done"],
    ["hình như xong rồi", "unknown"], ["chắc xong rồi á", "unknown"], ["có lẽ đã hoàn thành", "unknown"], ["tuần sau chắc chắn xong", "not_done"],
    // "cỡ" (about) folds like "có": a day between it and "mới xong" is the plan's day, no condition; "có kinh phí mới xong" still is one
    ["chắc cỡ 20/12 mới xong hết", "not_done@2026-12-20"], ["có kinh phí mới xong được", "blocker~kinh phí"],
    // "tui báo cáo" is "em báo cáo"; "tới nay" (so far) is not "tối nay"; a year naming a plan or a budget is no day
    ["thứ 2 tuần sau tui báo cáo anh nghen", "not_done@2026-11-30"], ["Giải ngân vốn đầu tư công tới nay đạt 68% kế hoạch", "progress:68"],
    ["tối nay em gửi", "not_done@2026-11-25"], ["kế hoạch thanh tra năm 2027 đang xin ý kiến Thanh tra tỉnh", "progress"],
    ["dự toán ngân sách năm 2027 trong năm nay em gửi", "not_done@2026-12-31"],
  ],
  "a cause and its effect": [
    // The blocker is what causes the stop, not the stop it causes; one blocker, noted with its cause.
    ["kẹt mặt bằng, 3 hộ chưa chịu di dời nên chưa giải ngân được", "blocker~mặt bằng"], ["3 hộ chưa chịu di dời nên chưa giải ngân được", "blocker~3 hộ chưa chịu di dời"],
    ["Sở NNMT chưa trả kết quả định giá đất nên chưa phê duyệt phương án bồi thường được", "blocker~định giá đất"],
    ["vướng mặt bằng nên chưa thi công được", "blocker~mặt bằng"], ["nước lên ngập đường, đoàn kiểm tra hổng vô được ấp 3", "blocker~ngập đường"],
    ["ừa biết rồi", "ack"], ["biết rồi anh", "ack"],
  ],
  "not mine": [
    ["không thuộc thẩm quyền của xã", "not_mine~không thuộc thẩm quyền"], ["em không phụ trách mảng này", "not_mine~không phụ trách"],
    ["phòng em chỉ phối hợp thôi", "not_mine~chỉ phối hợp"], ["em không được giao việc này", "not_mine~không được giao"],
    ["việc này của Sở Y tế", "not_mine~Sở Y tế"], ["việc này do anh Hùng phụ trách", "not_mine~anh Hùng"], ["chủ trì là Sở Xây dựng", "not_mine~Sở Xây dựng"],
    ["nhầm người rồi anh ơi", "not_mine"], ["not our department", "not_mine"], ["NV2 không phải việc của phòng em", "not_mine#2"],
    ["việc này của em, em làm xong rồi", "done"], ["Sở em chủ trì, đã xong", "done"], ["chưa được giao kinh phí", "blocker~kinh phí"],
    ["không phải của xã thì của ai, xã đang làm", "progress"], ["ai phụ trách việc này ạ?", "unknown"],
    // The owner named, not the unit denied; a hand-over, a retirement, a job left; the speaker's own unit denied at the end.
    // A finished work that dealt with a fact is no blocker; a fact after the done still is.
    ["da xl xong diem sat lo tren tuyen duong lien xa, thong xe tu sang nay", "done"], ["di doi xong 12 ho ra khoi vung nguy co sat lo roi a", "done"],
    ["xong rồi, nhưng sạt lở tiếp", "done | blocker~sạt lở tiếp"],
    // A guess at the day is a plan; a guess at the fact is unknown. The South's "tui" is the speaker.
    ["chắc mai mới xong á anh", "not_done@2026-11-26"], ["5 chắc mai mới xong", "not_done#5@2026-11-26"], ["3 hình như xong rồi", "unknown#3"], ["hình như mới xong hôm 20/11", "unknown"], ["chưa xong anh ơi, mai tui gửi", "not_done@2026-11-26"],
    ["hổng phải bên tui", "not_mine"], ["hình như bên phòng Kinh tế làm xong rồi, tui chưa coi lại", "unknown"],
    ["hình như xong rồi, em chưa kiểm tra lại", "unknown"], ["chắc là hoàn thành rồi đó anh, em chưa kiểm tra", "unknown"], ["chưa kiểm tra xong", "not_done"],
    ["Cái này phần Sở Y tế, không phải Sở GD&ĐT", "not_mine~Sở Y tế"], ["Việc đó xã Mường Lạn làm, không phải xã Chiềng Sơ", "not_mine~xã Mường Lạn"],
    ["Nhiệm vụ này giao Sở NN&PTNT rồi ạ", "not_mine~Sở NN&PTNT"], ["Việc này đã bàn giao cho Sở Xây dựng theo Quyết định mới rồi ạ", "not_mine~Sở Xây dựng"],
    ["1 xong r, 2 chuyển sang phòng Tài chính - Kế hoạch rồi ạ", "done#1 | not_mine#2~phòng Tài chính - Kế hoạch"],
    ["xong hay chưa thì anh hỏi bên Điện lực, không phải bên em", "not_mine~Điện lực"], ["bên em không phải chủ đầu tư", "not_mine"],
    ["Em nghỉ hưu rồi anh ơi", "not_mine"], ["em không còn làm chủ tịch xã nữa, anh liên hệ đồng chí mới nhé", "not_mine"],
    ["em đã giao phòng Kinh tế làm rồi", "progress"], ["Đã chuyển hồ sơ sang Sở Tài chính thẩm định", "progress"],
  ],
  "phone typing": [
    ["xnog", "done"], ["xonh r", "done"], ["hoanf thanhf roi", "done"], ["đã hoàn thàng", "done"], ["chuaw xong", "not_done"], ["cưha xong", "not_done"],
    ["chưq xong", "not_done"], ["khôg xong", "not_done"], ["chưaxong", "not_done"], ["nv3xongroi", "done#3"], ["dang bi thieeus kinh phi", "blocker~kinh phi"],
    ["xin gia hnạ đến 15/12", "extension@2026-12-15"], ["công văn đã gửi", "done"],
  ],
  "round 14: several tasks by number, corrections, a piece done, not knowing": [
    // Numbers listed after one "nv"; "nv 4 tuần sau": next week, not four weeks.
    ["nv 3 4 5 đang làm", "progress#3 | progress#4 | progress#5"], ["nv 2 3 xong rui, nv 1 mai", "done#2 | done#3 | not_done#1@2026-11-26"],
    ["nv 6 tuần sau xong", "not_done#6"], ["nv 2 3 hộ chưa ký", "not_done#2"],
    // "ok rồi" said of a task settles it; alone it acknowledges.
    ["nv 3 ok rồi anh", "done#3"], ["2 ok r", "done#2"], ["ok rồi anh", "ack"],
    // "à lộn", "a ko": the statement before is taken back, for the task the correction names only.
    ["nv 2 chưa xong... à lộn, nv 2 xong rồi", "done#2"], ["nv 1 với 3 xong hết rồi. à ko, nv 3 còn thiếu biên bản", "done#1 | progress#3"],
    // Only a piece done: "mới làm xong có cái khung" is never done.
    ["tui mới làm xong có cái khung, chưa có số liệu", "progress | blocker~chưa có số liệu"], ["mới xong cái dự thảo thôi", "progress"],
    // Work handed on with no word back, a guess, hearsay: how it stands is not known.
    ["em đã giao phòng Văn hóa làm, chưa thấy báo lại", "unknown"], ["nv 4 tui kêu bên địa chính làm, chưa thấy báo", "unknown#4"],
    ["hình như bên văn phòng gửi rồi, để em hỏi lại", "unknown"],
    // Certain, not a guess nor a slip of "chẳng"; a promise with a day stays a plan.
    ["chắc chắn xong rồi anh, em vừa xem trên hệ thống", "done"], ["trước 30/11 chắc chắn xong", "not_done@2026-11-30"],
    // "(thứ 2)" after a date is its weekday; "1 xong 2 xong 3 đang …" are three statements.
    ["Ngày 30/11 (thứ 2) em sẽ gửi ạ", "not_done@2026-11-30"], ["1 xong 2 xong 3 đang chờ ký", "done#1 | done#2 | progress#3"],
    // A wait that stops the work, whatever its verb, is a blocker.
    ["đang chờ tỉnh phê duyệt giá đất nên chưa chi trả cho dân được", "blocker~chờ tỉnh phê duyệt giá đất"],
    // A day-month early next year, said late in this one, is a day ahead; one just past is a day the work was done.
    ["đang triển khai, dự kiến 10/1 xong", "progress@2027-01-10"], ["xong hôm 20/11 rồi", "done"],
    // What the reminder asks for, sent; sent and waiting on a decision is under way; a contrast's wait limits a completion.
    ["em gửi rồi anh", "done"], ["nv 2 em nộp từ 20/11 rồi mà", "done#2"], ["1 gửi rồi, 2 đang làm", "done#1 | progress#2"],
    ["Nv 1,2,3 em đều gửi đủ rồi anh", "done#1 | done#2 | done#3"], ["nhắc số 2 hoài vậy anh, em gửi rồi mà", "done#2"],
    ["hồ sơ đã gửi Sở Tài chính từ 20/11, đang chờ họp hội đồng", "progress"], ["làm xong rồi, nhg còn chờ kiểm toán", "progress | blocker~chờ kiểm toán"],
    ["hình như văn phòng gửi rồi, để em hỏi lại", "unknown"], ["chiều nay em ký rồi gửi anh ạ", "not_done@2026-11-25"],
    // The speaker's own slip is no wrong unit; a task handed over since a date, or given back, is not theirs; "xong là …" is a sequence.
    ["Dạ ko phải chưa xong đâu anh, xong rồi ạ, hôm trước em nhắn nhầm", "done"], ["nhiệm vụ này đã bàn giao cho phường Bình Kiến từ 1/7", "not_mine~phường Bình Kiến"],
    ["Nhiệm vụ 3 em xin trả lại vì đã chuyển về Sở Tài chính", "not_mine#3~Sở Tài chính"], ["đang chờ kho bạc kiểm soát chi, xong là giải ngân liền", "blocker~chờ kho bạc"],
    // "cho đối tượng" (for) is no wait ("chờ đợi" folds alike).
    ["1. Chi trả trợ cấp Tết cho đối tượng chính sách: đã hoàn thành", "done#1"],
    // "tổ chức" is neither "to" (a condition in English) nor a slip of "chưa"; a meeting organised is the work done.
    ["tổ chức xong rồi", "done"], ["dạ xã đã tổ chức xong hội nghị tổng kết rồi anh", "done"], ["Trung tâm đã tổ chức xong 3 lớp tập huấn, đủ chỉ tiêu", "done"],
    // A work verb under way, then the day: under way by that day. "chưa xong hẳn": nearly, not quite.
    ["Em đã giao phòng QLDA tham mưu, dự kiến 30/11 xong ạ", "progress@2026-11-30"], ["NV3 chưa xong hẳn a, còn mấy cái phụ lục", "progress#3"],
    // A done the leader is about to check, hearsay with the check not made: not known. A done of no task beside named ones: said once.
    ["Xong rồi đó anh, mà để em coi lại chút có sót xã nào không", "unknown"], ["Em nghe mấy anh ở phòng Kinh tế nói nhiệm vụ 2 xong rồi, mà em chưa coi lại", "unknown#2"],
    ["xong hết rồi anh, 1 2 3 đều xong", "done#1 | done#2 | done#3"],
    // "cho" (to) is no "chờ"; "xã mới đã …" is the new commune.
    ["việc bàn giao hồ sơ của huyện cũ cho xã mới đã dứt điểm ạ", "done"],
    // A work verb after a time to come, however vague, is a plan; a not-mine note that names no unit gains the one the reply names.
    ["mai mốt tui làm", "not_done"], ["sang năm e làm", "not_done"], ["Trường hợp này bên Công an tỉnh xử lý, không thuộc thẩm quyền Sở em ạ", "not_mine~Công an tỉnh"],
    // A share aimed at is no share done, nor its day the day of completion; aimed at 100% it is.
    ["giải ngân mới đạt 78% anh ạ, dự kiến đến 30/11 đạt khoảng 95%", "progress:78"], ["xã đạt 85%, dự kiến 30/11 đạt 100%", "progress:85@2026-11-30"],
    ["Da xong 3 phan 4 roi a, con hang muc san duong", "progress:75"],
    ["Dạ vâng em nắm rồi ạ", "ack"], ["em không nắm", "unknown"],
    ["vc 1 dax hoanf thanhf a", "done#1"], ["việc làm nhà cho hộ nghèo mới xong 4 nhà, còn mấy nhà nữa ạ", "progress"],
    // "cả 2" after two quoted reminders names both.
    ["> 1. Kế hoạch tổ chức Tết, hạn 22/12\n> 2. Báo cáo tuyển quân, hạn 25/12\ncả 2 em gửi rồi anh", "done#1 | done#2"],
  ],
  "round 15: another unit takes the task over": [
    // A unit named before "tiếp nhận", "phụ trách" takes the task itself ("việc này", "nhiệm vụ này", or a task named first).
    ["việc này nay Sở Nội vụ tiếp nhận rồi anh", "not_mine~Sở Nội vụ"], ["Sở Y tế phụ trách việc này ạ", "not_mine~Sở Y tế"],
    ["Phòng Kinh tế đã nhận bàn giao nhiệm vụ này", "not_mine~Phòng Kinh tế"], ["nv 2 thì Sở Xây dựng chủ trì rồi anh", "not_mine#2~Sở Xây dựng"],
    // The task named first by its number (tried in the sandbox): "nv 1 nay …"; a unit receiving papers stays none.
    ["nv 1 nay Sở Nội vụ tiếp nhận rồi anh", "not_mine#1~Sở Nội vụ"], ["Sở Nội vụ tiếp nhận rồi anh", "ack"],
    // A submission received, or the speaker's own unit taking it, is nobody else's task.
    ["Sở em đã tiếp nhận hồ sơ, đang xử lý", "progress"], ["em phụ trách việc này, đang làm", "progress"],
  ],
  "round 15: asking the admin to look is no obstacle": [
    ["tuần trước em gửi rồi mà anh, anh kiểm tra lại hộp thư giúp em", "done"], ["anh hỏi giúp em bên Sở Tài chính xem đã có vốn chưa", "unknown"],
    ["dạ xong rồi, anh xem giúp em trên hệ thống nhé", "done"],
    // Help asked for the work itself still is.
    ["em đang bí, anh giúp em với", "blocker~giúp em"], ["cần giúp em về kinh phí", "blocker~kinh phí"],
  ],
  "round 15: a wait that names nothing, or the paper's own course": [
    ["đã gửi tờ trình xin chủ trương lên tỉnh rồi, đang chờ", "progress"], ["được 9/10 rồi, chỉ còn chờ in ấn", "progress:90"],
    // A wait that stops the work still blocks it.
    ["chưa làm được, đang chờ", "blocker~chờ"],
    ["Dạ hồ sơ đã trình lãnh đạo UBND tỉnh từ 10/12, hiện đang chờ đồng chí Phó Chủ tịch ký ạ.", "progress"],
  ],
  "round 15: a guess beside a check not made; an acknowledgement in office words": [
    ["Em nghe anh Phó giám đốc nói hình như xong rồi, nhưng em chưa kiểm tra lại trên hệ thống ạ", "unknown"],
    ["Dạ em xin ghi nhận, sếp em họp xong em chuyển ngay ạ", "ack"], ["Dạ em xin ghi nhận ạ", "ack"],
  ],
  "bot commands": [
    ["/tiendo 3 50", "progress#3:50"], ["/progress 4 75%", "progress#4:75"], ["/giahan 2 30/12", "extension#2@2026-12-30"],
    ["/giahan 2 15", "extension#2+15d"], ["/block 4 thiếu kinh phí", "blocker#4~thiếu kinh phí"], ["/chuaxong 5", "not_done#5"],
    ["/done 6 chưa xong", "not_done#6"], ["/xong 9", "done#9"],
  ],
};

describe("understandReply: a table of real replies", () => {
  const count = Object.values(TABLE).reduce((n, rows) => n + rows.length, 0);
  it(`holds at least 220 replies (${count})`, () => { expect(count).toBeGreaterThanOrEqual(220); });
  for (const [group, rows] of Object.entries(TABLE)) {
    describe(group, () => {
      it.each(rows)("%j → %s", (text, spec) => {
        const want = parseSpec(spec);
        expect(comparable(understandReply(text, NOW), want)).toEqual(want);
      });
    });
  }
});

/** The replies a catalogue suggests to leaders (“1 done”, “extend to 30/6”), from the messages they receive. */
function suggestedReplies(locale: "en" | "vi"): string[] {
  const catalogue = JSON.parse(readFileSync(new URL(`../../../locales/${locale}.json`, import.meta.url), "utf8")) as Record<string, unknown>;
  const out = new Set<string>();
  const walk = (node: unknown, path: string): void => {
    if (typeof node === "string") {
      if (/^(?:reminder|prompt|catchup|tasks|ack|ask|help\.leader|error|broadcast)\./.test(path)) {
        for (const m of node.matchAll(/“([^”{}]+)”/g)) out.add(m[1]!);
      }
    } else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(catalogue, "");
  return [...out];
}

describe("understandReply: every reply a catalogue suggests is in the table and read as it says", () => {
  const tabled = new Set(Object.values(TABLE).flat().map(([text]) => text));
  for (const locale of ["en", "vi"] as const) {
    it(`${locale}: the suggested replies are all tabled`, () => {
      const suggested = suggestedReplies(locale);
      expect(suggested.length).toBeGreaterThan(5);
      expect(suggested.filter((text) => !tabled.has(text))).toEqual([]);
    });
  }
});

describe("understandReply: the time zone of today", () => {
  it("takes today in Hà Nội: 23:30 UTC on 30 Nov is already 1 Dec, so 'cuối tháng' is 31 Dec", () => {
    const [i] = understandReply("xin gia hạn đến cuối tháng", new Date("2026-11-30T23:30:00Z"));
    expect(i?.until).toBe("2026-12-31");
  });
  it("takes today in another zone when asked: still 30 Nov in New York", () => {
    const [i] = understandReply("xin gia hạn đến cuối tháng", new Date("2026-11-30T23:30:00Z"), { timeZone: "America/New_York" });
    expect(i?.until).toBe("2026-11-30");
  });
  it("falls back to Hà Nội for an unknown zone and for an invalid now gives no date rather than throwing", () => {
    expect(understandReply("xin gia hạn đến cuối tháng", NOW, { timeZone: "Mars/Olympus" })[0]?.until).toBe("2026-11-30");
    expect(understandReply("xin gia hạn đến cuối tháng", new Date(Number.NaN))).toEqual([
      { kind: "extension", task: null, percent: null, until: null, days: null, note: null },
    ]);
  });
});

describe("understandReply: a reminder pasted above the answer is the bot's words", () => {
  const vi = JSON.parse(readFileSync(new URL("../../../locales/vi.json", import.meta.url), "utf8")) as { reminder: Record<string, string> };
  const fill = (s: string): string => s.replace(/\{name\}/g, "Nguyễn Văn A").replace(/\{deadline\}/g, "30/11/2026").replace(/\{days\}/g, "còn 2 ngày")
    .replace(/\{task\}/g, "Nhiệm vụ 2: Báo cáo kết quả giải ngân vốn đầu tư công").replace(/\{\w+\}/g, "x");
  for (const key of ["before", "due", "overdue"]) {
    it(`reads the answer below the '${key}' reminder, with its task and none of its dates or requests`, () => {
      const card = fill(vi.reminder[key]!);
      expect(understandReply(`${card}\nxong rồi ạ`, NOW).map((i) => `${i.kind}#${i.task}`)).toEqual(["done#2"]);
      expect(understandReply(`${card}\n\nchưa xong, mai em gửi`, NOW).map((i) => i.kind)).not.toContain("done");
      expect(understandReply(`${card}\n\nxin gia hạn thêm 1 tuần`, NOW).map((i) => `${i.kind}#${i.task}`)).toEqual(["extension#2"]);
    });
  }
});
