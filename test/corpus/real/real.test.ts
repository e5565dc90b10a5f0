import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseDirective } from "../../../src/core/directive/parse.ts";
import { fold, normalizeText } from "../../../src/core/text/fold.ts";
import { scoreDir, type Parse } from "./score.ts";

/*
 * The real notices and reports of the blind rounds (development sets, annotated before the parser saw them; format
 * NOTICE-SPEC.md, table and figures in README.md): round 1's development and held-out sets, round 2's
 * development and held-out sets, round 3's development set, round 4's held-out set (16), round 5's two sets (20, `168`–`187`),
 * round 6's (20, `188`–`207`), round 7's (19, `208`–`226`), round 8's (20, `227`–`246`) and round 9's (11, `247`–`257`; 8 and 9 joined
 * without fixes) round 10's (73, `260`–`334`, four helpers by region, joined as measured) and round 11's (44, `335`–`379`, three helpers by
 * region), round 12's (42, `380`–`424`), round 13's Centre set (15, `445`–`459`), round 14's (61, `430`–`444`, `460`–`506`), round 16's (96, `507`–`602`), round 17's (125, `603`–`730`), round 18's (155, `731`–`890`) and round 19's (96, `891`–`986`), each measured once before it joined: 924 notices. The floors are the figures over all of them as they stand, rounded down, so that a change which loses real tasks fails here
 * rather than in the next blind round.
 */
const DIR = fileURLToPath(new URL(".", import.meta.url));
// Deadlines 0.91: round 4's fixes found two more tasks of 159 whose dates recur twice a year ("trước ngày 05/6 và 05/12 hàng
// năm"): the parser gives the first occurrence, as 34's clerk did; 159's gave none (README, conventions).
// Assignees 0.80 (0.89 before round 5): round 5's sets were annotated under a first version of NOTICE-SPEC that stripped titles
// and split collective sets, so "same addressees" (a unit's head as the unit, a set as its levels) is held as well.
// Rounds 8's 20 (227–246) and 9's 11 (247–257) joined measured but not worked on: the floors include them as read.
// Round 10's 73 (260–334) joined measured, not worked on: 0.88 / 0.93 / 0.79 / 0.82 / 0.92 over 217 became these over 290.
// Round 11's 44 (335–379 without 344, a Quyết định whose only article is the executing one) joined measured — 0.79 / 0.83 / 0.73 /
// 0.73 / 0.93 over them after three assignee fixes (0.78 / 0.83 / 0.65 before) — and took the floors down to these over 334.
// Round 12's 42 (380–424 without 394, 408, 409, numbers the helpers left unused) joined measured — 0.79 / 0.82 / 0.66 / 0.67 / 0.87
// over them at 75d78f2, before anything was changed for them; 0.81 / 0.84 / 0.73 / 0.74 / 0.87 after — and took the floors to these over 376.
// Round 13's Centre set (445–459, 15) joined measured — 0.90 / 0.82 / 0.70 / 0.70 / 0.89 with one notice without a task at 03c549a,
// before anything was changed for them; 0.94 / 0.87 / 0.75 / 0.75 / 0.90 after — the floors stay these over 391.
// Round 14's 61 (430–444, 460–506 without 504, a Quyết định whose only article is the executing one; 468–474 and 483–490 held out
// until the first 31 were worked on, 491–506 until the end) joined measured — 0.79 / 0.83 / 0.68 / 0.68 / 0.94 with three notices
// without a task at 36aba94, before anything was changed for them; 0.81 / 0.89 / 0.73 / 0.73 / 0.96 after — and took the assignee
// floors down to these over 452.
// Round 16's 96 (507–602; A–F unseen at 736b7e1 0.90 / 0.89 / 0.65 / 0.65 / 0.85, G–H at 183cb10 0.72 / 0.75 / 0.71 / 0.71 / 0.95,
// I–J at 8d66fd3 0.89 / 0.85 / 0.54 / 0.54 / 0.92, K–L at 17e2c0b 0.72 / 0.91 / 0.72 / 0.72 / 0.86; all 96 after the round's fixes
// 0.87 / 0.90 / 0.74 / 0.74 / 0.88) took the addressee floor down to these over 548.
// Round 17's 125 (603–730; A unseen at a077646 0.82 / 0.82 / 0.65 / 0.65 / 0.97, B at 363ed94 0.80 / 0.89 / 0.67 / 0.67 / 0.94,
// C at ce160e6 0.84 / 0.85 / 0.74 / 0.74 / 0.91, D at 697f3ef 0.88 / 0.89 / 0.77 / 0.77 / 0.89, E held out to the end at 5a1cb5e
// 0.76 / 0.87 / 0.69 / 0.69 / 0.85; all 125 after the round's fixes 0.87 / 0.87 / 0.77 / 0.78 / 0.92): all 673 read
// 0.871 / 0.887 / 0.773 / 0.785 / 0.916, and the floors rise to these, rounded down.
// Round 18's 155 (731–890 without 744–746, 847 and 850, two a duplicate of 817 and 834; A unseen at eab889b 0.80 / 0.88 / 0.68 /
// 0.68 / 0.93, B at a0a0b80 0.86 / 0.89 / 0.79 / 0.79 / 0.95, C at 0fbcf1f 0.80 / 0.86 / 0.68 / 0.68 / 0.96, D held out until A–C
// were worked on, at 578be7c 0.85 / 0.89 / 0.74 / 0.74 / 0.95; all 155 at 0e49283 0.83 / 0.88 / 0.70 / 0.72 / 0.95, after 0.83 /
// 0.89 / 0.77 / 0.77 / 0.95): all 828 read 0.867 / 0.887 / 0.787 / 0.794 / 0.922; the floors stay or rise (the 673 before read
// 0.87 / 0.89 / 0.79 / 0.80 / 0.92 after the round, 0.77 → 0.79 assignees).
// Round 19's 96 (891–986; N1 891–930 unseen at 3a0074e 0.88 / 0.88 / 0.63 / 0.63 / 0.94, N2 931–970 at c2517ce 0.78 / 0.84 / 0.75 /
// 0.75 / 0.94, N3 971–986 held out to the end, at b02e29f and at 3d907ca alike 0.80 / 0.81 / 0.77 / 0.77 / 0.93): all 924 read
// 0.870 / 0.882 / 0.783 / 0.789 / 0.926; the addressee floor comes down to 0.78 with the new material, the others hold.
const FLOORS = { recall: 0.86, precision: 0.88, assignees: 0.78, addressees: 0.78, deadlines: 0.92 };
/**
 * Notices known to give no task, each with why: a fix for it is tracked in README.md, and any other notice that
 * gives none fails.
 */
// Round 6 read the last one of rounds 1–7 ('153', "Giaocho" glued by the source); after round 9, '248' ("… tiếp tục ban hành
// công văn 2326, chỉ đạo công an tỉnh …", the letter a story reports) gives its task too.
// Round 10 (measured once, joined without fixes) brought five, each one task the clerk found: "Giao Sở Công thương, Sở Nông
// nghiệp Phát triển nông thôn …" in a công văn ('261'), "Chủ tịch UBND tỉnh … Đặng Văn Minh đã chỉ đạo …" ('294'), "UBND tỉnh đã
// chuyển đơn đến Chủ tịch UBND TP Thanh Hóa …" ('295'), "cơ quan chức năng phải cắm bảng cảnh báo" ('314'), "Chủ tịch UBND tỉnh ủy
// quyền đồng chí …" ('327') — README "Round 10".
const KNOWN_EMPTY = new Set<string>([
  "261-hai-duong-2021-kich-ban-cung-ung-hang-hoa-covid.txt",
  "294-quang-ngai-2022-go-vuong-duong-co-dong-ly-son.txt",
  "295-thanh-hoa-2019-giai-quyet-don-ong-dong.txt",
  "314-lam-dong-2025-tinh-huong-khan-cap-sat-lo-quoc-lo-20-28.txt",
  "327-hau-giang-2018-cong-van-uy-quyen-chi-dao-dieu-hanh.txt",
  // Round 11 (measured once, joined after its assignee fixes only): "UBND tỉnh An Giang đã giao kế hoạch cho các sở, ngành …" after
  // "Trước những dự báo …", and "Chi cục Thủy lợi An Giang được giao vận hành …" (a passive assignment) — README "Round 11".
  "374-an-giang-2025-ung-pho-han-man-mua-kho.txt",
  // Round 18 (measured once per set, then worked on; README "Round 18"): a commune's report of a visit where the officials "căn cứ
  // vào tình hình thực tế chỉ đạo bà con …" (762), and two appointment ceremonies whose chair charges the new director in general
  // words (865, 866; their helper flagged them as judgement calls).
  "762-hatinh-2025-maiphu-thu-hoach-lua.txt",
  "865-thai-nguyen-2022-giam-doc-so-ke-hoach-dau-tu.txt",
  "866-hung-yen-2017-giam-doc-so-ke-hoach-dau-tu.txt",
]);
/**
 * What round 4's held-out set (measured once, then joined) found the parser still makes a task of, as "file: fragment":
 * a recalled earlier assignment opening the sentence that holds the work ('Ngày 08/4/2021, Văn phòng UBND tỉnh ban
 * hành …'), a basis and a heading
 * sentence their clerks read as no task. README.md lists them; any other fragment marked as no task fails.
 */
const KNOWN_NOT_TASKS = new Set([
  // Round 11, joined as measured (after its assignee fixes only): headlines, datelines of the công điện a report tells of, forecasts,
  // basis sentences and captions the parser still reads as work.
  "338-hanam-2021-cong-dien-cach-ly-xa-hoi-dao-ly.txt: Chủ tịch UBND tỉnh Hà Nam chỉ đạo thực hiện các biện pháp cách ly xã hội đối với xã Đạo Lý (huyện Lý Nhân)",
  "343-tuyenquang-2023-cong-dien-giai-ngan.txt: Theo báo cáo của Kho bạc Nhà nước tỉnh",
  "345-sonla-2019-cong-dien-dich-ta-lon.txt: UBND tỉnh vừa ban hành Công điện số 02/CĐ-UBND",
  "348-dienbien-2024-tang-cuong-pccc-rung.txt: Để bảo vệ diện tích rừng trước nguy cơ bị giặc lửa tấn công",
  "349-caobang-2024-pcccr-va-mua-lon.txt: Trung tâm Dự báo Khí tượng Thủy văn Quốc gia",
  "351-hue-2025-khac-phuc-hau-qua-mua-lu.txt: Các lực lượng gồm: Quân đội",
  "354-nghean-2022-cong-dien-bao-noru.txt: Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung yêu cầu người đứng đầu",
  "358-binhthuan-2016-qd-1570-an-ninh-an-toan-du-lich.txt: Phê duyệt Đề án đảm bảo an ninh",
  "370-kien-giang-2020-sat-lo-de-bien-an-minh.txt: Lực lượng 4 tại chỗ tập trung khắc phục sạt lở.",
  "375-ho-chi-minh-2022-phong-chong-sot-xuat-huyet.txt: Chỉ đạo khẩn về tăng cường công tác phòng, chống dịch bệnh",
  "375-ho-chi-minh-2022-phong-chong-sot-xuat-huyet.txt: TP. Hồ Chí Minh ghi nhận các quận, huyện",
  "376-tay-ninh-2018-xe-het-nien-han.txt: Thực hiện chỉ đạo của Bộ Giao thông vận tải tại Công văn số 12455",
  // Round 10, joined as measured: captions, headings of damage lists, background and reported history the parser still reads as work.
  "265-hai-phong-2020-kiem-tra-xu-ly-vi-pham-chi-thi-16.txt: Thành phố Hải Phòng chi gần 80 tỷ đồng",
  "265-hai-phong-2020-kiem-tra-xu-ly-vi-pham-chi-thi-16.txt: Trong dịp Tết Nguyên đán 2026",
  "267-hoa-binh-2017-tinh-trang-khan-cap-sat-lo-dat.txt: Thành phố Hòa Bình: Sạt lở đất ở phía Đông",
  "267-hoa-binh-2017-tinh-trang-khan-cap-sat-lo-dat.txt: Huyện Kim Bôi: Sạt lở đất",
  "267-hoa-binh-2017-tinh-trang-khan-cap-sat-lo-dat.txt: Huyện Đà Bắc: Sạt lở đất",
  "268-bac-kan-2021-thuc-hien-chi-dao-thu-tuong-covid.txt: Thực hiện nghiêm túc chỉ đạo của Thủ tướng Chính phủ về phòng, chống dịch Covid-19",
  "269-yen-bai-2020-kiem-tra-bai-thai-mo-bao-nong-nghiep.txt: CTTĐT - Ngày 3/9/2020, UBND tỉnh Yên Bái đã ban hành",
  "270-ha-noi-2025-phuong-ba-dinh-ra-quan-tong-ve-sinh.txt: Thực hiện sự chỉ đạo của thành phố Hà Nội",
  "272-quang-ninh-2019-don-doc-thanh-tra-vinh-bai-tu-long.txt: Trước đó ngày 9/8/2019, UBND tỉnh Quảng Ninh đã có văn bản số 5723 giao Sở Xây dựng",
  "275-ninh-binh-2025-cong-dien-ung-pho-bao-so-11-matmo.txt: Chủ tịch Ủy ban Nhân dân tỉnh Ninh Bình Phạm Quang Ngọc yêu cầu UBND các xã, phường chỉ đạo",
  "275-ninh-binh-2025-cong-dien-ung-pho-bao-so-11-matmo.txt: Chỉ đạo công tác phòng, chống bão số 11 Matmo",
  "277-hung-yen-2025-cong-dien-ung-pho-sieu-bao-ragasa.txt: Cần đề phòng có mưa giông và lốc",
  "278-lang-son-2022-chu-tich-kiem-tra-mua-lu-chi-lang.txt: Chỉ đạo tại buổi kiểm tra, ông Thiệu nhấn mạnh",
  "280-ninh-thuan-2020-ke-hoach-so-ket-phong-chong-covid.txt: Đánh giá tình hình, kết quả bước đầu công tác phòng, chống dịch Covid-19",
  "280-ninh-thuan-2020-ke-hoach-so-ket-phong-chong-covid.txt: Kịp thời biểu dương, khen thưởng những tập thể, cá nhân",
  "280-ninh-thuan-2020-ke-hoach-so-ket-phong-chong-covid.txt: Đề ra các nhiệm vụ, giải pháp phòng chống dịch trong giai đoạn mới",
  "283-quang-binh-2019-cong-dien-bao-so-4-tau-thuyen.txt: Người dân TP Đồng Hới chặt tỉa cây xanh tránh gió quật gãy.",
  "285-nghe-an-2022-phe-binh-chu-tich-huyen-giai-phong-mat-bang-cao-toc.txt: Chủ tịch các huyện bị phê bình gồm",
  "286-da-nang-2021-ngu-hanh-son-canh-quan-dat-trong.txt: Báo Đà Nẵng số ra ngày 26-10 đăng thông tin",
  "292-khanh-hoa-2025-chi-dao-ung-pho-mua-lon-lu.txt: Chỉ đạo trên được UBND tỉnh Khánh Hòa gửi đến các sở, ngành",
  "299-quang-nam-2020-hoi-an-tam-dinh-chi-kinh-doanh-covid.txt: Đồng thời, UBND TP đã giao Ban Chỉ huy Quân sự TP chủ trì",
  "306-dak-nong-2025-chi-thi-van-thu-luu-tru-sap-xep-bo-may.txt: Tăng cường công tác bảo đảm an ninh, trật tự, dịp Lễ 30/4",
  "307-binh-phuoc-2019-le-hoi-khai-xuan-nui-ba-ra.txt: Ban chỉ đạo và Ban tổ chức đã giao nhiệm vụ cụ thể",
  "324-ca-mau-2021-ung-pho-thien-tai-mua-mua.txt: Chủ động phòng tránh, ứng phó kịp thời với sạt lở đất",
  "331-bac-lieu-2020-cong-van-trien-khai-thong-bao-155.txt: Trong khi tại thông báo số 155/TB-VPCP ngày 15-4, Thủ tướng Chính phủ giao",
  "331-bac-lieu-2020-cong-van-trien-khai-thong-bao-155.txt: Như vậy, với chỉ đạo trên",
  "332-dong-thap-2025-lam-viec-thu-bay-thu-tuc-hanh-chinh.txt: Công an phường Mỹ Tho tiếp nhận, giải quyết thủ tục hành chính",
  "333-an-giang-2025-phu-quoc-thu-tuc-hanh-chinh-dac-khu.txt: Trước buổi làm, Chủ tịch UBND tỉnh An Giang Hồ Văn Mừng",
  "333-an-giang-2025-phu-quoc-thu-tuc-hanh-chinh-dac-khu.txt: Báo cáo tại buổi làm việc, Chủ tịch UBND đặc khu Phú Quốc",

  "161-hai-duong-2020-truc-bao-cao-nghi-le-30-4.txt: Theo đó, thực hiện Công văn số 2964/VPCP-TH",
  "162-lai-chau-2021-an-toan-giao-thong-tet-cong-dien-1711.txt: Yêu cầu các sở, ban, ngành, UBND các huyện, thành phố theo chức năng",
  "167-dong-thap-2021-don-doc-so-tai-nguyen-tra-loi-don.txt: Ngày 08/4/2021, Văn phòng UBND tỉnh ban hành Văn bản số 404/VPUBND-TCD-NC",
  // Round 5: a commune's own measures listed in its notice (no one is asked: the items are flagged "no assignee"), and a
  // press lead that sums up the Chỉ thị before the article states its work.
  "178-hung-yen-2021-duc-hop-tam-dung-tiep-cong-dan.txt: Tạm dừng hoạt động tiếp công dân tại Trụ sở UBND xã Đức Hợp",
  "178-hung-yen-2021-duc-hop-tam-dung-tiep-cong-dan.txt: UBND xã chỉ xem xét, xử lí đơn thư",
  "186-quang-nam-2013-chi-thi-san-xuat-vu-dong-xuan.txt: UBND tỉnh vừa có Chỉ thị số 20/CT-UBND yêu cầu chủ tịch UBND các huyện",
  // Round 6: a reporter's own look at the site ("Kiểm tra bên trong, …" = on inspection) reads like an order to inspect.
  "193-binh-thuan-2019-xu-ly-mo-cat-lau-bac-binh.txt: Kiểm tra bên trong, ngoài khối lượng cát",
  // Round 7: a headline that repeats the body's task word for word with a full stop (two tasks, one of them the headline),
  // a lead that sums up the Công điện before the body states it, and a clerk who marked the opening of the very sentence
  // that holds the task ("Ngày 30.7, Văn phòng UBND tỉnh Bình Định cho biết trước đó …, giao Công an tỉnh …") as no task.
  "208-lai-chau-2018-khoang-san-thuong-luu-muong-so.txt: UBND tỉnh Giao Sở Kế hoạch và Đầu tư chủ trì",
  "215-ha-tinh-2024-cong-dien-han-han-xam-nhap-man.txt: Chủ tịch UBND tỉnh Hà Tĩnh chỉ đạo các địa phương, các tổ chức thủy lợi",
  "222-binh-dinh-2020-dieu-tra-pha-rung-thuong-son.txt: Ngày 30.7, Văn phòng UBND tỉnh Bình Định cho biết",
  // Round 8, the last held-out set, measured once and joined at the end of a session without fixes (round 9's and the
  // recalled letter of '230' were fixed by class after round 9): an approval item ("Thống nhất điều chỉnh …"), past orders and what people are
  // asked ("Từ ngày 25-5, tỉnh Bắc Ninh đã yêu cầu", "mọi người dân được yêu cầu ở tại nhà"), a staff rule, a report of
  // others' acts in a press roundup, a press reference ("Báo Đà Nẵng số ra ngày … đăng thông tin"). To work on next.
  "233-hau-giang-2018-cong-van-dieu-chinh-dat-lung-ngoc-hoang.txt: Thống nhất điều chỉnh quy mô diện tích sử dụng đất",
  "235-bac-ninh-2021-giam-nguoi-den-co-quan-covid.txt: Từ ngày 25-5, tỉnh Bắc Ninh đã yêu cầu",
  "235-bac-ninh-2021-giam-nguoi-den-co-quan-covid.txt: Đồng thời, mọi người dân được yêu cầu ở tại nhà",
  "236-ca-mau-2025-ho-so-thu-tuc-dat-dai.txt: Cán bộ làm việc tại trung tâm hành chính công cấp xã",
  "240-hai-phong-2021-khai-bao-y-te-chi-linh-van-don.txt: Công ty TNHH LG Display Việt Nam Hải Phòng phối hợp cùng Ban quản lý Khu kinh",
  "240-hai-phong-2021-khai-bao-y-te-chi-linh-van-don.txt: Các phường Ngô Quyền, Gia Viên (Hải Phòng) đang tích cực",
  "240-hai-phong-2021-khai-bao-y-te-chi-linh-van-don.txt: Đồng chí Bí thư Thành uỷ Lê Tiến Châu đề nghị Công ty CP Gốm",
  "245-da-nang-2021-lien-chieu-rac-tran-long-duong.txt: Báo Đà Nẵng số ra ngày 10-6-2021 đăng thông tin",
  // Round 12 (measured, not all worked on): what officers did ("Cán bộ Trung tâm … lấy mẫu"), targets handed out as the story tells
  // it, advice to the public, a letter the paper received, an assessment ("đã có chuyển biến nhưng mới bước đầu"), a reprimand.
  "380-son-la-2021-cach-ly-thuan-chau.txt: Cán bộ Trung tâm Kiểm soát bệnh tật tỉnh lấy mẫu bệnh phẩm",
  "381-phu-tho-2021-chi-tieu-cay-buoi.txt: Theo đó, giao chỉ tiêu kế hoạch trồng mới cây bưởi năm 2021",
  "383-lao-cai-2019-mua-lu-ho-dap.txt: Người dân cần chủ động phòng chống lũ quét",
  "390-hung-yen-2022-chuyen-don-khoai-chau.txt: Báo Thanh tra nhận được đơn của ông Nguyễn Đình Sếch",
  "396-quangtri-2025-cong-dien-bao-so-5.txt: Từ 21 giờ ngày 24.8, tỉnh Quảng Trị khuyến cáo người dân không ra khỏi nhà",
  "401-quangnam-2015-chong-bao-so-3.txt: Theo Ban Phòng chống bão lụt và tìm kiếm cứu nạn (PCBL và TKCN) huyện Tiên Phước",
  "402-thanhhoa-2019-chi-thi-06-thu-ngan-sach.txt: Việc lãnh đạo, chỉ đạo công tác thu NSNN đã có chuyển biến nhưng mới bước đầu",
  "412-dongnai-2025-tach-thua.txt: Trong thời gian chưa có quy định mới sau khi sáp nhập",
  "415-longan-2022-san-xuat-tet.txt: Tăng cường phòng, chống sâu, bệnh trên lúa Đông Xuân",
  "419-dongthap-2020-phe-binh-chu-tich-huyen.txt: Do đó, UBND tỉnh chỉ đạo phê bình chủ tịch UBND sáu địa phương này.",
  // Round 13 (the Centre, measured once, then worked on): a heading cut off by the page's excerpt, and what the city's units
  // reported at the meeting (452's clerk: the chair's own requests begin at "Chủ tịch UBND thành phố Phan Thiết yêu cầu …").
  "446-quangbinh-2020-so-chi-dao-xa-nong-thon-moi.txt: Theo đó, căn cứ danh sách các xã đăng ký đạt xã nông thôn mới",
  "452-binhthuan-2023-phan-thiet-tet.txt: Cùng với đó, đơn vị xã phường chuẩn bị trang trí cờ, hoa",
  "452-binhthuan-2023-phan-thiet-tet.txt: Các Ban Quản lý khu du lịch phối hợp các doanh nghiệp du lịch đề xuất",
  "452-binhthuan-2023-phan-thiet-tet.txt: Phòng Kinh tế xây dựng kế hoạch quản lý thị trường",
  "452-binhthuan-2023-phan-thiet-tet.txt: Đồng thời, các đơn vị cũng thảo luận",
  // Round 14 (measured once, then worked on): headlines with a full stop, a speaker's promise as a headline, an invitation's seating,
  // a conclusion's title line.
  "441-laichau-2018-kien-nghi-song-da-705.txt: UBND tỉnh chỉ đạo tham mưu giải quyết đề nghị của Công ty TNHH MTV Trường Giang Lai Châu.",
  "461-camau-2021-thao-go-kho-khan-covid.txt: Sẽ thành lập Ban Chỉ đạo cấp tỉnh về tháo gỡ khó khăn",
  "482-quangngai-2025-hop-thuong-ky-thang-9.txt: Chủ tịch tỉnh Quảng Ngãi: Sẽ xử nghiêm người đứng đầu không hoàn thành nhiệm vụ",
  "484-kontum-2012-phien-hop-thang-7.txt: Các sở, ban, ngành dự họp tại phòng họp lớn",
  "484-kontum-2012-phien-hop-thang-7.txt: Ủy ban nhân dân các huyện, thành phố dự họp tại phòng họp trực tuyến",
  "485-binhdinh-2014-di-tich-tay-son.txt: Ý kiến kết luận của PCT UBND tỉnh tại buổi kiểm tra",
  // Round 14's last sets (491–498, 499–506, held out until the end): a meeting's agenda item, a headline.
  "502-daklak-2023-an-ninh-le-quoc-khanh.txt: Chủ tịch UBND huyện chỉ đạo đảm bảo an ninh, trật tự, an toàn",
  "495-kiengiang-2024-chuan-bi-hoi-nghi-phu-quoc.txt: Báo cáo tiến độ công tác chuẩn bị hội nghị tổng kết",
  // Round 16 (80, measured once, then worked on; README "Round 16"): press leads that sum up the article, a plan's "Yêu cầu" items,
  // what a work group is and does, a ministry's request to every province, a chair's own visit, a report's "Theo đó …" detail.
  "518-daklak-2024-bmt-chinh-trang-do-thi-tet.txt: UBND TP. Buôn Ma Thuột yêu cầu các cơ quan chức năng, UBND phường, xã phối hợp",
  "519-lamdong-2023-da-lat-trat-tu-xay-dung.txt: UBND TP Đà Lạt vừa yêu cầu UBND các xã, thị trấn tăng cường",
  "524-caobang-2024-sat-lo-nguyen-binh.txt: Các phương tiện hỗ trợ tìm kiếm cứu nạn vẫn chưa thể tiếp cận",
  "533-nghean-2025-to-cong-tac-chinh-quyen-2-cap.txt: Các tổ công tác chịu sự chỉ đạo trực tiếp của Chủ tịch UBND tỉnh",
  "533-nghean-2025-to-cong-tac-chinh-quyen-2-cap.txt: Tổ công tác hoạt động từ ngày 17/9",
  "535-nghean-2016-do-luong-giao-ban-thang-2.txt: Tập trung giải phóng mặt bằng các công trình xây dựng cơ bản trọng điểm; tổ chức các lễ hội đầu xuân.",
  "541-laichau-2018-danh-gia-nghi-dinh-68-cum-cong-nghiep.txt: Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Công Thương và Thủ trưởng",
  "543-nghean-2021-do-luong-hoi-nghi-thuong-ky-thang-4.txt: Đẩy mạnh công tác triển khai xây dựng chỉnh trang đô thị",
  "547-hue-2025-siet-chat-ky-cuong-hanh-chinh.txt: Cán bộ Trung tâm Phục vụ hành chính công phường Thủy Xuân",
  "551-dongnai-2026-ke-hoach-nghi-quyet-424.txt: Xác định rõ nội dung nhiệm vụ, thời hạn, tiến độ hoàn thành",
  "551-dongnai-2026-ke-hoach-nghi-quyet-424.txt: Xác định cơ chế phối hợp giữa các sở, ban, ngành, địa phương",
  "551-dongnai-2026-ke-hoach-nghi-quyet-424.txt: Xác định rõ thẩm quyền, trách nhiệm và tiến độ thực hiện",
  "555-haugiang-2018-ke-hoach-do-thi-vi-thanh-long-my.txt: Theo đó, Thường trực UBND tỉnh có ý kiến chỉ đạo như sau",
  "556-hagiang-2021-khao-sat-quoc-lo-4d.txt: Đoạn đường chưa được hoàn thiện thuộc Quốc Lộ 4D",
  "563-dongthap-2021-so-tai-chinh-bao-cao-ket-luan-thanh-tra.txt: Theo đó giao Sở Tài chính tổng hợp kết quả thực hiện",
  "563-dongthap-2021-so-tai-chinh-bao-cao-ket-luan-thanh-tra.txt: Ngày 02/4/2021, Văn phòng UBND tỉnh có Công văn số 597/VPUBND-KT",
  "572-khanhhoa-2021-lap-quy-hoach-ke-hoach-su-dung-dat.txt: Đồng thời, tập trung chỉ đạo lập kế hoạch sử dụng đất cấp tỉnh 5 năm",
  "575-langson-2022-phong-chong-duoi-nuoc-tre-em.txt: Theo đó, Bộ LĐTB&XH đề nghị các tỉnh, thành phố chỉ đạo các cơ quan",
  "579-tuyenquang-2025-thaihoa-kiem-tra-sat-lo-ngap-lut.txt: Đồng chí Trần Vũ Hưng, Chủ tịch UBND xã Thái Hoà cùng các cơ quan chức năng",
  "586-dongthap-2020-laivung-treo-co-nghi-tet-duong-lich.txt: Uỷ ban nhân dân huyện yêu cầu các phòng, ban, ngành huyện",
  // Round 16's last sets (K, L, held out to the end): a lead, the meeting's delegates, a heading sentence, an order to the public.
  "589-quangnam-2022-cong-dien-khan-bao-so-4.txt: Chiều nay 27.9, Chủ tịch UBND tỉnh Lê Trí Thanh ký Công điện khẩn",
  "592-phutho-2020-yenlap-phien-hop-thuong-ky-thang-11.txt: Các đại biểu dự Hội nghị tham gia phát biểu thảo luận",
  "597-hagiang-2021-phong-chong-to-loc-mua-to.txt: Chủ tịch UBND tỉnh chỉ đạo Ban chỉ huy PCTT và TKCN các huyện, thành phố thực hiện ngay một nội dung sau:",
  "598-quangnam-2022-nghi-lam-nghi-hoc-bao-so-4.txt: Tỉnh Quảng Nam yêu cầu người dân không ra khỏi nhà kể từ 18 giờ ngày 27-9 cho đến khi có thông báo mới",
  // Round 17 (603–634, measured once, then worked on): captions written as sentences ('Người dân TP Đồng Hới chặt tỉa cây xanh …'),
  // a lead or background sentence the task after it runs into, a report's dateline, a proposal reported ('đề nghị giao UBND TP …').
  "606-phu-tho-2020-gio-to-hung-vuong.txt: Ngày mùng 06/03 (âm lịch), tổ chức lễ Giỗ",
  "607-son-la-2017-lu-quet-muong-la.txt: Theo Báo cáo nhanh của Ban Chỉ huy phòng chống thiên tai",
  "608-lang-son-2020-thuc-pham-dong-lanh-nhap-khau.txt: Tỉnh Lạng Sơn yêu cầu cơ quan chức năng kiểm soát tốt",
  "609-dien-bien-2020-dong-cua-khau-viet-lao.txt: Cán bộ, chiến sĩ Trạm Kiểm soát biên phòng",
  "612-quang-binh-2019-cong-dien-bao-so-4.txt: Người dân TP Đồng Hới chặt tỉa cây xanh tránh gió quật gãy.",
  "616-thua-thien-hue-2022-so-tan-bao-noru.txt: Lực lượng Công an thị xã Hương Thủy (Thừa Thiên – Huế) giúp người già",
  "616-thua-thien-hue-2022-so-tan-bao-noru.txt: Chính quyền địa phương xã Phú Thuận (huyện Phú Vang) di dời",
  "617-khanh-hoa-2023-cong-trinh-vi-pham-xay-dung.txt: Riêng 27 công trình còn lại đề nghị giao UBND TP Nha Trang",
  "619-tphcm-2020-tiep-tuc-thuc-hien-chi-thi-16.txt: Ủy ban nhân dân thành phố yêu cầu Thủ trưởng các Sở - ban - ngành, Chủ tịch Ủy ban nhân dân các quận - huyện",
  "621-an-giang-2020-kiem-tra-nong-thon-moi-cho-moi.txt: Phó Chủ tịch UBND tỉnh An Giang Trần Anh Thư cùng lãnh đạo các sở, ngành kiểm tra",
  "624-ben-tre-2023-ung-pho-xam-nhap-man.txt: Giám đốc Sở Nông nghiệp và Phát triển nông thôn Bến Tre Đoàn Văn Đảnh cho biết",
  "628-tp-ho-chi-minh-2026-phuong-ben-thanh-ban-qlda.txt: Theo quyết định, Ban Quản lý dự án đầu tư xây dựng phường Bến Thành trực thuộc UBND phường",
  "628-tp-ho-chi-minh-2026-phuong-ben-thanh-ban-qlda.txt: Đồng thời, đơn vị chịu trách nhiệm quản lý, vận hành và khai thác các công trình",
  "633-gia-lai-2024-cong-dien-phong-chay-chua-chay-rung.txt: Theo Công điện, hiện nay đã bước vào thời kỳ cao điểm",
  "634-tp-ho-chi-minh-2025-phuong-phu-tho-hoa-to-biet-phai.txt: UBND phường Phú Thọ Hoà, TP HCM vừa tổ chức lễ tiếp nhận",
  // Round 17's later sets (635–682, measured once each, then worked on): a lead, a proposal's title, a month's work reported, a page's
  // background sentence, an accountability clause the work after its ';' runs into, the chair's aides listed as executing.
  "638-ninh-binh-2021-tp-ninh-binh-dich-ta-lon.txt: Theo đó, UBND thành phố Ninh Bình công bố dịch",
  "641-hai-duong-2024-ket-luan-hop-ubnd-thang-4.txt: Tờ trình phê duyệt danh mục dự án hỗ trợ",
  "654-nghe-an-2017-do-luong-hoi-nghi-thang-10.txt: UBND huyện Đánh giá kết quả tháng 10",
  "654-nghe-an-2017-do-luong-hoi-nghi-thang-10.txt: Tăng cường công tác đôn đốc thu nộp thuế",
  "662-phu-tho-2026-thu-hoi-khoang-san-ha-cot-nen.txt: Công an xã Lạc Thủy (Phú Thọ) phát hiện và xử lý nghiêm",
  "666-quang-nam-2020-chi-thi-19-dat-dai-xay-dung-vung-dong.txt: Nội dung Chỉ thị 19 nêu rõ: Sau 2 năm triển khai thực hiện",
  "668-thua-thien-hue-2021-phu-loc-cong-van-2299-covid.txt: Chịu trách nhiệm toàn diện trước Ban Chỉ đạo",
  "670-tuyen-quang-2020-chiem-hoa-kiem-tra-san-xuat-vu-xuan.txt: Theo Kế hoạch sản xuất vụ xuân năm 2020",
  "671-lang-son-2022-bac-son-hop-ubnd-thang-7.txt: Trên cơ sở đó, các đơn vị đã đề xuất giải pháp",
  "674-hoa-binh-2024-mai-chau-cong-bo-dich-ta-lon-chau-phi.txt: Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện",
  "678-dak-nong-2025-phong-chong-duoi-nuoc-tre-em.txt: Các huyện như Đắk Mil, Đắk R’lấp",
  // Round 17's held-out sets (683–706, measured once at 697f3ef): a photo caption, a step of the work above, how papers are filed.
  "684-ben-tre-2021-do-thi-tay-bac.txt: Phó chủ tịch Thường trực UBND tỉnh Nguyễn Trúc Sơn phát biểu tại cuộc họp.",
  "687-son-la-2024-sat-lo-sop-cop.txt: Tổ chức họp dân tuyên truyền, vận động các hộ di dời",
  "692-an-giang-2021-thong-ke-dat-dai.txt: Hồ sơ giao nộp kết quả thống kê đất đai các cấp thực hiện theo quy định",
  // Round 17's last sets (707–730, held out to the end, measured once at 5a1cb5e): leads that sum up the article, an order to the public.
  // Round 18 (731–890, each set measured once, then worked on; D held out until A–C were): leads and teasers that sum up the article,
  // a visit's opening sentence, history after "Trước đó" the filter does not yet reach, a plan's timetable lines ("Thời gian hoãn
  // tiếp công dân: …"), the delegates of a meeting, a closing formula, what a ministry or the Government asked, a page's caption.
  "734-dien-bien-2023-kiem-tra-du-an-trong-diem.txt: Kiểm tra gói thầu số 4, số 5",
  "737-phu-tho-2025-kiem-tra-nha-van-hoa-nghe-thuat.txt: Chủ tịch UBND tỉnh Trần Duy Đông chỉ đạo tập trung hoàn thành đúng tiến độ",
  "737-phu-tho-2025-kiem-tra-nha-van-hoa-nghe-thuat.txt: Kiểm tra thực tế tại công trình, Chủ tịch UBND tỉnh đánh giá cao",
  "738-lao-cai-2024-kiem-tra-du-an-van-ban-bao-yen.txt: Đồng chí Phó Chủ tịch UBND tỉnh Nguyễn Trọng Hài cùng đoàn công tác",
  "748-quangnam-2025-thuc-hien-ket-luan-tiep-cong-dan.txt: Chủ tịch UBND tỉnh Lê Văn Dũng thống nhất với báo cáo số 01",
  "752-gialai-2016-hoan-tiep-cong-dan-tet.txt: Thời gian hoãn tiếp công dân: từ sáng thứ 7, ngày 23/01/2016",
  "752-gialai-2016-hoan-tiep-cong-dan-tet.txt: Thời gian tiếp công dân trở lại: từ sáng thứ 7, ngày 05/03/2016",
  "754-daklak-2020-ra-soat-phuong-an-chong-dich-covid.txt: Các đại biểu dự cuộc họp.",
  "759-hatinh-2022-thachha-lay-y-kien-quy-hoach.txt: Yêu cầu UBND các xã nêu trên nghiêm túc thực hiện",
  "761-haugiang-2017-chauthanh-ung-pho-thien-tai.txt: Thực hiện Phương án số 2 và 3/PA-UBND ngày 5 tháng 9 năm 2017",
  "765-thanh-hoa-2022-truc-loi-thu-hoi-dat.txt: UBND tỉnh Thanh Hóa giao Công an tỉnh chỉ đạo các phòng chức năng",
  "779-kon-tum-2022-le-khai-giang-nam-hoc.txt: Theo đó các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy là Tổ trưởng",
  "779-kon-tum-2022-le-khai-giang-nam-hoc.txt: Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo",
  "793-quang-ninh-2019-xoa-bo-ben-bai-cat-soi.txt: Đặc biệt, UBND tỉnh Quảng Ninh đã ban hành Văn bản số 3570/UBND-CN",
  "797-vinh-phuc-2023-chan-chinh-dun-day-trach-nhiem.txt: Chủ tịch Lê Duy Thành yêu cầu thủ trưởng các sở, ban, ngành xử lý nghiêm",
  "799-dong-thap-2024-gio-lam-viec-ruou-bia.txt: Cán bộ, công chức, viên chức vi phạm các quy định này không đưa vào bình xét",
  "801-thanh-hoa-2019-ho-so-qua-han-xin-loi.txt: Chủ tịch tỉnh Thanh Hóa vừa có văn bản yêu cầu các đơn vị liên quan",
  "801-thanh-hoa-2019-ho-so-qua-han-xin-loi.txt: Trung tâm hành chính công tỉnh Thanh Hóa.",
  "802-an-giang-2019-to-cong-tac-khieu-nai-keo-dai.txt: Theo Quyết định số 1364/QĐ-UBND ngày 7-6-2019",
  "803-gia-lai-2019-atgt-tet-canh-ty.txt: Triển khai thực hiện Công điện số 1658 ngày 9/12/2019",
  "815-dak-nong-2021-hop-ban-chi-dao-phong-chong-dich.txt: Phó Chủ tịch UBND tỉnh Tôn Thị Ngọc Hạnh đề nghị tăng cường quản lý dân cư ở các địa phương, đẩy mạnh",
  "817-lang-son-2020-quan-ly-le-hoi-2021.txt: Văn phòng UBND tỉnh thông báo ý kiến chỉ đạo",
  "819-hai-duong-2020-ho-so-4-huyen-ntm.txt: UBND tỉnh vừa yêu cầu các huyện Thanh Hà, Tứ Kỳ, Kim Thành và Ninh Giang",
  "825-ca-mau-2019-buoc-di-doi-cay-xang.txt: Như Thanh Niên đã thông tin, Chủ tịch UBND tỉnh Cà Mau có văn bản yêu cầu",
  "825-ca-mau-2019-buoc-di-doi-cay-xang.txt: Vì vậy, nhằm đảm bảo an toàn tuyệt đối cho tòa nhà UBND tỉnh",
  "828-lam-dong-2025-khac-phuc-sat-lo-da-lat.txt: Chủ tịch UBND tỉnh Lâm Đồng yêu cầu rà soát toàn bộ điểm nguy cơ, chủ động phòng chống mưa lũ cực đoan.",
  "831-an-giang-2026-thao-go-du-an-trong-diem.txt: Sở Xây dựng cũng báo cáo tiến độ thực hiện quy hoạch chung",
  "835-thanh-hoa-2017-nga-son-tiem-phong-gia-suc.txt: Theo kế hoạch, huyện Nga Sơn tổ chức tiêm đồng loạt",
  "838-thai-binh-2018-kiem-tra-lua-mua-lun-soc-den.txt: Theo báo cáo của ngành Nông nghiệp và phát triển nông thôn",
  "839-thai-binh-2017-kiem-tra-cay-vu-dong.txt: Thực hiện chính sách hỗ trợ giống khoai tây",
  "848-quang-nam-2023-cung-ung-dien.txt: Trong đó yêu cầu Bộ Công Thương chỉ đạo thực hiện đầy đủ",
  "848-quang-nam-2023-cung-ung-dien.txt: Bộ NN&PTNT sớm chỉ đạo xây dựng kế hoạch xả nước đổ ải",
  "853-an-giang-2012-vpubnd-pccc-rung.txt: Văn phòng Ủy ban nhân dân tỉnh thông báo đến",
  "854-dak-nong-2012-cv-1831-pccc-rung.txt: Hiện nay, trên địa bàn tỉnh Đăk Nông đã có mưa nhiều",
  "872-phu-yen-2012-han-che-di-cong-tac-nuoc-ngoai.txt: Chỉ đạo trên nhằm chấn chỉnh công tác quản lý đi nước ngoài",
  "875-phu-yen-2012-thanh-lap-thi-tran.txt: Phó chủ tịch UBND tỉnh Lê Văn Trúc vừa ký thông báo yêu cầu",
  "876-ba-ria-vung-tau-2021-tuyen-truyen-tong-dieu-tra.txt: Đề nghị Chi cục Thống kê Côn Đảo",
  "879-ha-noi-2017-vi-pham-trat-tu-xay-dung.txt: Lãnh đạo các địa phương chịu trách nhiệm trước Chủ tịch UBND thành phố",
  "880-thai-binh-2024-thanh-lap-8-phuong.txt: Theo kế hoạch, thành phố Thái Bình sẽ hoàn thành đề án",
  "882-son-la-2020-kiem-ke-dat-dai.txt: Phó Thủ tướng Trịnh Đình Dũng yêu cầu đẩy nhanh tiến độ",
  "883-gia-lai-2024-an-toan-thong-tin-mang.txt: Trước tình hình hoạt động tấn công mạng",
  "883-gia-lai-2024-an-toan-thong-tin-mang.txt: Chủ tịch UBND tỉnh yêu cầu người đứng đầu các sở, ban, ngành và địa phương phải chịu trách nhiệm",
  "884-dak-lak-2018-tong-dieu-tra-dan-so.txt: Cán bộ dân số huyện Ea Súp hướng dẫn phụ nữ",
  "888-gia-lai-2018-cong-bao-dien-tu.txt: Cán bộ công chức ứng dụng công nghệ thông tin",
  "714-an-giang-2021-tuyen-truyen-bau-cu.txt: UBND tỉnh An Giang vừa có văn bản yêu cầu",
  "716-ha-noi-2020-cung-cau-hang-hoa-tet-tan-suu.txt: UBND TP Hà Nội chỉ đạo đảm bảo hàng hóa dịp cuối năm",
  "730-binhphuoc-2021-thu-phi-xet-nghiem-chot-kiem-soat.txt: UBND tỉnh Bình Phước yêu cầu người về tỉnh này",
  // Round 19 (891–986, each wave measured once, then worked on; N3, 971–986, held out to the end): leads that sum up the article
  // ("Ngày 14-11, UBND tỉnh … ban hành văn bản yêu cầu …", "Mới đây, Chủ tịch … đã có chỉ đạo …"), purpose and basis sentences
  // ("Để chủ động phòng, chống …", "Thực hiện hiệu quả Chỉ thị …"), the Party's earlier direction ("Ban Thường vụ Tỉnh ủy trước đó đã
  // chỉ đạo", "Huyện ủy Sóc Sơn giao …"), findings and criticism ("Huyện Kinh Môn không nắm bắt kịp thời"), orders to the public ("Người
  // dân ở tại nhà …"), photo captions, another province's orders quoted, a forecast's warning ("Lưu ý đây là cơn bão rất mạnh").
  "891-vinh-phuc-2023-chu-tich-hop-khan-xe-qua-tai.txt: Theo văn bản chỉ đạo nêu trên, trong thời gian vừa qua",
  "892-hai-duong-2017-kinh-mon-bi-phe-binh.txt: Huyện Kinh Môn không nắm bắt kịp thời",
  "898-quang-ngai-2015-tay-tra-no-min-ham-vang.txt: Chủ tịch huyện Tây Trà phải chịu trách nhiệm nếu để",
  "906-hanoi-2022-soc-son-vi-pham-dat-dai.txt: Kiểm tra một công trình vi phạm ở khu vực hồ Đồng Đò",
  "906-hanoi-2022-soc-son-vi-pham-dat-dai.txt: Huyện ủy Sóc Sơn giao UBND huyện thành lập tổ công tác liên ngành",
  "915-quang-nam-2024-giai-ngan-chuong-trinh-phuc-hoi.txt: Quy hoạch - Đầu tư Quảng Nam ra thời hạn giải ngân",
  "917-lam-dong-2025-trung-tam-hanh-chinh-moi.txt: Ngày 14-11, UBND tỉnh Lâm Đồng ban hành văn bản yêu cầu",
  "917-lam-dong-2025-trung-tam-hanh-chinh-moi.txt: Yêu cầu này được đặt ra theo Nghị quyết",
  "918-thanh-hoa-2024-dich-ta-lon-chau-phi.txt: Để chủ động phòng, chống dịch bệnh Dịch tả lợn Châu Phi kịp thời",
  "920-lao-cai-2024-tet-trong-cay-bao-ve-rung.txt: Thực hiện hiệu quả Chỉ thị của Thủ tướng Chính phủ về Tết trồng cây",
  "922-an-giang-2025-tuyen-truyen-apec-2027.txt: Chủ tịch UBND tỉnh An Giang Hồ Văn Mừng chỉ đạo đẩy mạnh",
  "922-an-giang-2025-tuyen-truyen-apec-2027.txt: Chiều 24-11, Ban Chỉ đạo cấp tỉnh chuẩn bị",
  "926-nam-dinh-2021-cam-bien-bao-so-8.txt: Kiểm đếm tàu thuyền vào nơi tránh trú an toàn tại khu vực ven biển huyện Hải Hậu",
  "936-hatinh-2024-qd1285-kinh-phi-ntm.txt: Theo đó, cấp 7,916 tỷ đồng cho các địa phương",
  "942-dak-nong-2020-dieu-chuyen-von-du-an-cham.txt: Tiếp tục điều chuyển vốn đầu tư ở những dự án triển khai chậm",
  "943-ba-ria-vung-tau-2022-san-bay-ho-tram.txt: Trong đó giao Sở Giao thông vận tải làm đầu mối",
  "945-ho-chi-minh-2025-boi-thuong-cao-toc-moc-bai.txt: Mới đây, Chủ tịch UBND TP.HCM đã có chỉ đạo liên quan đến chỉ tiêu giải ngân",
  "947-ha-noi-2025-o-dien-phong-chong-bao-so-3.txt: Đồng chí Chủ tịch UBND xã chỉ đạo các cơ quan chức năng tích cực",
  "947-ha-noi-2025-o-dien-phong-chong-bao-so-3.txt: Lưu ý đây là cơn bão rất mạnh",
  "952-phu-tho-2025-tang-cuong-phong-chay-chua-chay-rung.txt: Theo đó, từ ngày 1/7/2025, mô hình chính quyền địa phương 2 cấp",
  "953-ha-noi-2025-dai-thanh-van-hoa-xa-hoi-thang-8.txt: Tại đây, các đại biểu là Bí thư chi bộ, trưởng thôn",
  "955-hatinh-2021-cach-ly-tp-ha-tinh.txt: Người dân ở tại nhà, chỉ ra ngoài trong trường hợp",
  "955-hatinh-2021-cach-ly-tp-ha-tinh.txt: Toàn thể nhân dân chấp hành các biện pháp phòng chống dịch",
  "959-haiduong-2021-doi-xu-ly-khan-cap-y-te.txt: Ban Thường vụ Tỉnh ủy trước đó đã chỉ đạo",
  "959-haiduong-2021-doi-xu-ly-khan-cap-y-te.txt: Kiểm soát người ra vào trước thời khắc gỡ phong tỏa ở Hải Dương.",
  "959-haiduong-2021-doi-xu-ly-khan-cap-y-te.txt: UBND thành phố Hà Nội chỉ đạo Chủ tịch UBND quận",
  "966-dak-lak-2018-thu-bhyt-hoc-sinh.txt: Cán bộ Bảo hiểm xã hội huyện Ea Súp tuyên truyền",
  "973-ba-ria-vung-tau-2021-mo-cua-cang-ca.txt: Chuẩn bị kỹ lưỡng cho việc mở cửa cảng cá",
  "981-da-nang-2019-nghia-trang-tu-phat-hoa-vang.txt: UBND H. Hòa Vang, Sở NN và PTNT, Sở TN, Hòa Vang, UBND TP Đà Nẵng",
  "986-quang-nam-2019-thang-binh-hop-thuong-ky-thang-10.txt: Bíthư Huyện ủy Phan Công Vỹ phát biểu chỉ đạo tại buổi làm việc.",
]);

const Expected = z.object({
  source: z.object({ url: z.string().url(), province: z.string().min(2), year: z.number().int().min(2000).max(2027).nullable(), genre: z.enum(["official", "portal", "press"]) }),
  tasks: z.array(z.object({ anchor: z.string().min(10), assignees: z.array(z.string()), deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable() })).min(1),
  notTasks: z.array(z.string()).optional(),
});

const loose = (s: string) => fold(normalizeText(s)).replace(/\s+/g, " ");
const files = readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort();

describe("real notices: the fixtures", () => {
  it("are at least 30, from at least 15 provinces, each with its source and expectations that quote it", () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    const provinces = new Set<string>();
    for (const f of files) {
      const e = Expected.parse(JSON.parse(readFileSync(`${DIR}${f.replace(/\.txt$/, ".expected.json")}`, "utf8")));
      provinces.add(e.source.province);
      const text = loose(readFileSync(`${DIR}${f}`, "utf8"));
      for (const t of e.tasks) expect.soft(text, `${f}: anchor`).toContain(loose(t.anchor));
    }
    expect(provinces.size).toBeGreaterThanOrEqual(15);
  });
});

describe("real notices: parseDirective reads them as the clerks did", () => {
  const score = scoreDir(DIR, parseDirective as unknown as Parse, fold);

  it("keeps recall, precision, assignees and deadlines above their floors", () => {
    expect({
      recall: score.recall >= FLOORS.recall, precision: score.precision >= FLOORS.precision,
      assignees: score.assignees >= FLOORS.assignees, addressees: score.addressees >= FLOORS.addressees, deadlines: score.deadlines >= FLOORS.deadlines,
    }, JSON.stringify({ recall: score.recall, precision: score.precision, assignees: score.assignees, addressees: score.addressees, deadlines: score.deadlines }))
      .toEqual({ recall: true, precision: true, assignees: true, addressees: true, deadlines: true });
  });

  it("finds a task in every notice", () => {
    expect(score.files.filter((f) => f.parsed === 0 && !KNOWN_EMPTY.has(f.file)).map((f) => f.file)).toEqual([]);
  });

  it("makes no task of what the clerks marked as no task", () => {
    const wrong: string[] = [];
    for (const f of files) {
      const e = Expected.parse(JSON.parse(readFileSync(`${DIR}${f.replace(/\.txt$/, ".expected.json")}`, "utf8")));
      const r = parseDirective(readFileSync(`${DIR}${f}`, "utf8"));
      if (!r.ok) continue;
      for (const n of e.notTasks ?? []) {
        // A task that merely contains the fragment among its own words is fine; one that opens with it is not.
        const hit = r.directive.tasks.find((t) => loose(t.text).startsWith(loose(n)));
        if (hit && !KNOWN_NOT_TASKS.has(`${f}: ${n}`)) wrong.push(`${f}: ${n}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
