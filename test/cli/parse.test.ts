import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/parse.ts";
import { memoryIo } from "../../src/cli/io.ts";
import { samplePath } from "../support/samples.ts";
import { notice147Docx, notice147Pdf } from "../intake/support/fixtures.ts";

const SAMPLE = samplePath("thong-bao-147-bac-kan.txt");
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("cli parse", () => {
  it("prints only the Directive as JSON with --json, dates ISO and absent values null", async () => {
    const io = memoryIo({ "tb.txt": readFileSync(SAMPLE) });
    expect(await run(["tb.txt", "--json"], io)).toBe(0);
    const d = JSON.parse(io.stdout.join("\n"));
    expect(Object.keys(d)).toEqual(["notice", "tasks", "skipped"]);
    expect(d.notice).toMatchObject({ number: "147/TB-UBND", date: "2022-04-07", issuer: "UBND tỉnh Bắc Kạn" });
    expect(Object.keys(d.tasks[0])).toEqual(["code", "text", "summary", "assignees", "lead", "partners", "deadline", "deadlineText", "recurrence", "priority", "references", "flags"]);
    expect(d.tasks[0].lead).toBeNull();
    expect(d.tasks).toHaveLength(7);
    // The lead paragraph names the leaders of every task; the portal repeats it once.
    expect(d.skipped.map((s: { reason: string }) => s.reason)).toEqual(expect.arrayContaining(["duplicate", "heading"]));
    expect(d.skipped[0]).toEqual({ text: expect.stringContaining("Thực hiện ý kiến kết luận"), reason: "background", line: 3 });
  });

  it("prints a readable Vietnamese table without --json", async () => {
    const io = memoryIo({ "tb.txt": readFileSync(SAMPLE) });
    expect(await run(["tb.txt"], io)).toBe(0);
    const out = io.stdout.join("\n");
    expect(out).toContain("Thông báo số 147/TB-UBND ngày 07/04/2022 của UBND tỉnh Bắc Kạn");
    expect(out).toContain("│ Mã   │ Nhiệm vụ");
    expect(out).toContain("31/12/2022");
    expect(out).toContain("1322/UBND-NCPC");
    expect(out).toContain("Không phải nhiệm vụ (");
    expect(out).toContain("│ Đoạn văn lặp lại, đã được đọc ở lần xuất");
    expect(out).toContain("Cần kiểm tra (6 nhiệm vụ):");
    expect(out).toContain("- T1: Thời hạn được suy ra từ tiêu đề");
  });

  it.each([
    ["an empty file", Buffer.alloc(0), "Tệp trống"],
    ["a binary file", Buffer.from([0x47, 0x49, 0x46, 0x38, 0, 0, 1, 2]), "không phải văn bản"],
    ["a Word file cut short (a zip's first bytes)", Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2]), "bị hỏng"],
    ["text that is not UTF-8", Buffer.from([0x54, 0xe0, 0x69, 0x20, 0xff, 0xfe]), "UTF-8"],
  ])("refuses %s with one clear line and exit 2", async (_, bytes, words) => {
    const io = memoryIo({ "f.txt": bytes });
    expect(await run(["f.txt", "--json"], io)).toBe(2);
    expect(io.stdout).toEqual([]);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toContain(words);
  });

  it("on a text with no task, still lists every fragment it read and why it is none, and exits 2 with one clear line", async () => {
    const text = "Ngày 5/10, UBND tỉnh đã họp bàn về kế hoạch sử dụng đất.\nTheo báo cáo, tình hình giải ngân còn chậm.\n";
    const io = memoryIo({ "f.txt": Buffer.from(text) });
    expect(await run(["f.txt", "--json"], io)).toBe(2);
    const out = JSON.parse(io.stdout.join("\n"));
    expect(out.tasks).toEqual([]);
    expect(out.skipped.map((s: { line: number; reason: string }) => [s.line, s.reason])).toEqual([[1, "background"], [2, "background"]]);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toContain("Không tìm thấy nhiệm vụ");
    const plain = memoryIo({ "f.txt": Buffer.from(text) });
    expect(await run(["f.txt"], plain)).toBe(2);
    expect(plain.stdout.join("\n")).toContain("Không phải nhiệm vụ (2)");
    expect(plain.stdout.join("\n")).toContain("Theo báo cáo, tình hình giải ngân còn chậm.");
  });

  it("reads standard input with -", async () => {
    const io = memoryIo({}, readFileSync(SAMPLE, "utf8"));
    expect(await run(["-", "--json"], io)).toBe(0);
    expect(JSON.parse(io.stdout.join("\n")).tasks).toHaveLength(7);
  });

  it("works as README writes it: npm run cli -- parse <file> --json", async () => {
    const { stdout } = await promisify(execFile)("npm", ["run", "-s", "cli", "--", "parse", SAMPLE, "--json"], { cwd: ROOT });
    expect(JSON.parse(stdout).notice.number).toBe("147/TB-UBND");
  });

  it("exits 2 without a stack trace for a missing file", async () => {
    const err = await promisify(execFile)("npx", ["tsx", "src/cli.ts", "parse", "/nonexistent/tb.txt"], { cwd: ROOT }).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 2 });
    expect((err as { stderr: string }).stderr.trim()).toBe("Không tìm thấy tệp: /nonexistent/tb.txt (file not found).");
  });
});

describe("cli parse: a notice in any form, read by its content", () => {
  it("reads a .docx even when it is called .txt, and says how it was read", async () => {
    const io = memoryIo({ "tb147.txt": notice147Docx() });
    expect(await run(["tb147.txt"], io)).toBe(0);
    expect(io.stdout.join("\n")).toContain("Số nhiệm vụ: 7");
    expect(io.stderr).toEqual(["Lưu ý: Đã đọc tệp Word (.docx)."]);
  });

  it("adds how a PDF was read to the JSON, beside the Directive", async () => {
    const io = memoryIo({ "tb147.pdf": await notice147Pdf() });
    expect(await run(["tb147.pdf", "--json"], io)).toBe(0);
    const out = JSON.parse(io.stdout.join("\n"));
    expect(out.tasks).toHaveLength(7);
    expect(out.intake).toEqual({
      kind: "pdf", source: { from: "file" }, pages: 2, confidence: null, lowConfidenceLines: [], lowConfidenceTasks: [],
      notes: ["Đã đọc lớp chữ của tệp PDF (2 trang); bỏ 1 dòng đầu trang, chân trang và số trang."],
    });
  }, 60_000);

  it("refuses a link unless DONDOC_FETCH_URLS=1, and a link to this machine even then", async () => {
    const off = memoryIo();
    expect(await run(["https://backan.gov.vn/Pages/tb-147.aspx"], off)).toBe(2);
    expect(off.stderr).toEqual(["Chức năng đọc liên kết đang tắt: quản trị hệ thống bật bằng biến môi trường DONDOC_FETCH_URLS=1; hoặc tải văn bản về rồi gửi tệp."]);
    const on = Object.assign(memoryIo(), { env: { DONDOC_FETCH_URLS: "1" } });
    expect(await run(["http://127.0.0.1:8080/admin", "--json"], on)).toBe(2);
    expect(on.stderr).toEqual(["Không đọc liên kết tới mạng nội bộ hoặc chính máy chủ (127.0.0.1): chỉ đọc được trang công khai trên Internet."]);
  });
});
