import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/parse.ts";
import { memoryIo } from "../../src/cli/io.ts";

const SAMPLE = fileURLToPath(new URL("../../data/samples/thong-bao-147-bac-kan.txt", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("cli parse", () => {
  it("prints only the Directive as JSON with --json, dates ISO and absent values null", async () => {
    const io = memoryIo({ "tb.txt": readFileSync(SAMPLE) });
    expect(await run(["tb.txt", "--json"], io)).toBe(0);
    const d = JSON.parse(io.stdout.join("\n"));
    expect(Object.keys(d)).toEqual(["notice", "tasks"]);
    expect(d.notice).toMatchObject({ number: "147/TB-UBND", date: "2022-04-07", issuer: "UBND tỉnh Bắc Kạn" });
    expect(Object.keys(d.tasks[0])).toEqual(["code", "text", "summary", "assignees", "lead", "partners", "deadline", "deadlineText", "recurrence", "priority", "references"]);
    expect(d.tasks[0].lead).toBeNull();
    expect(d.tasks).toHaveLength(7);
  });

  it("prints a readable Vietnamese table without --json", async () => {
    const io = memoryIo({ "tb.txt": readFileSync(SAMPLE) });
    expect(await run(["tb.txt"], io)).toBe(0);
    const out = io.stdout.join("\n");
    expect(out).toContain("Thông báo số 147/TB-UBND ngày 07/04/2022 của UBND tỉnh Bắc Kạn");
    expect(out).toContain("│ Mã   │ Nhiệm vụ");
    expect(out).toContain("31/12/2022");
    expect(out).toContain("1322/UBND-NCPC");
  });

  it.each([
    ["an empty file", Buffer.alloc(0), "Tệp trống"],
    ["a binary file", Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2]), "không phải văn bản"],
    ["text that is not UTF-8", Buffer.from([0x54, 0xe0, 0x69, 0x20, 0xff, 0xfe]), "UTF-8"],
    ["a text with no tasks", Buffer.from("Chúc mừng năm mới!\n"), "Không tìm thấy nhiệm vụ"],
  ])("refuses %s with one clear line and exit 2", async (_, bytes, words) => {
    const io = memoryIo({ "f.txt": bytes });
    expect(await run(["f.txt", "--json"], io)).toBe(2);
    expect(io.stdout).toEqual([]);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toContain(words);
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
