import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { samplePath } from "../../support/samples.ts";
import { parsedDirective as parse } from "./parsed.ts";

/** The founding sample: Notice 147/TB-UBND of Bắc Kạn, as scraped from the provincial portal. */
const SAMPLE = samplePath("thong-bao-147-bac-kan.txt");
const text = readFileSync(SAMPLE, "utf8");


const LEADERS = ["Giám đốc các sở", "Thủ trưởng các ban, ngành", "Bí thư Huyện ủy, Thành ủy", "Chủ tịch UBND các huyện, thành phố"];

describe("Notice 147/TB-UBND of Bắc Kạn", () => {
  const d = parse(text);

  it("reads the notice: number, date, issuer, meeting date", () => {
    expect(d.notice).toMatchObject({ number: "147/TB-UBND", date: "2022-04-07", issuer: "UBND tỉnh Bắc Kạn", meetingDate: "2022-03-18", kind: "Thông báo" });
  });

  it("finds exactly the seven bulleted tasks, in order", () => {
    expect(d.tasks.map((t) => t.code)).toEqual(["T1", "T2", "T3", "T4", "T5", "T6", "T7"]);
    expect(d.tasks.map((t) => t.text.slice(0, 30))).toEqual([
      "Nghiêm túc và khẩn trương thực",
      "Thường xuyên chỉ đạo, đôn đốc ",
      "Rà soát khắc phục các nội dung",
      "Tăng cường phối hợp giữa các c",
      "Thường xuyên rà soát các quy t",
      "Quan tâm đến công tác ứng dụng",
      "Xác định năm 2022, tạo ra bước",
    ]);
  });

  it("assigns every task to the four leader groups of the opening paragraph", () => {
    for (const t of d.tasks) {
      expect(t.assignees, t.code).toEqual(LEADERS);
      expect(t.lead, t.code).toBeNull();
    }
  });

  it("gives every task the deadline 31/12/2022 and says where it came from", () => {
    for (const t of d.tasks) expect(t.deadline, t.code).toBe("2022-12-31");
    expect(d.tasks[0]!.deadlineText).toBe("Trong năm 2022");
    expect(d.tasks[1]!.deadlineText).toMatch(/cuối năm/);
  });

  it("marks the two 'Thường xuyên' tasks recurring and only those", () => {
    expect(d.tasks.map((t) => t.recurrence)).toEqual([null, "regular", null, null, "regular", null, null]);
  });

  it("marks the 'khẩn trương' task urgent and only that one", () => {
    expect(d.tasks.map((t) => t.priority)).toEqual(["urgent", "normal", "normal", "normal", "normal", "normal", "normal"]);
  });

  it("attaches the cited documents with their dates to their tasks", () => {
    expect(d.tasks[0]!.references).toEqual([{ number: "1322/UBND-NCPC", date: "2022-03-04" }]);
    expect(d.tasks[1]!.references).toEqual([{ number: "798/KH-UBND", date: "2021-12-24" }]);
    expect(d.tasks.slice(2).flatMap((t) => t.references)).toEqual([]);
  });

  it("keeps portal boilerplate, the photo caption and the footer out of every task", () => {
    for (const t of d.tasks) {
      for (const junk of ["Skip Ribbon", "Skip to main content", "phát biểu chỉ đạo", "Tác giả", "Nguồn:", "tải xuống", "Thông tin chi tiết", "ban hành Thông báo"]) {
        expect(t.text, `${t.code} contains "${junk}"`).not.toContain(junk);
      }
    }
  });

  it("parses the same whatever the line endings and Unicode form", () => {
    expect(parse(text.replace(/\n/g, "\r\n").normalize("NFD"))).toEqual(d);
  });

  it("keeps summaries short and within the text", () => {
    for (const t of d.tasks) {
      expect(t.summary.length, t.code).toBeLessThanOrEqual(121);
      expect(t.text.startsWith(t.summary.replace(/…$/, "")), t.code).toBe(true);
    }
  });
});
