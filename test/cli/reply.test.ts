import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../../src/cli/io.ts";
import { run } from "../../src/cli/reply.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const NOW = ["--now", "2026-11-25T09:00:00+07:00"];
const FIELDS = ["days", "kind", "note", "percent", "task", "until"];

describe("reply command, in-process", () => {
  it("reads one reply given as TEXT into one JSON object with all six fields per intent", async () => {
    const io = memoryIo();
    expect(await run(["NV1 xong; NV2 xin gia hạn đến 30/12", "--json", ...NOW], io)).toBe(0);
    expect(io.stdout).toHaveLength(1);
    const out = JSON.parse(io.stdout[0]!);
    expect(out.text).toBe("NV1 xong; NV2 xin gia hạn đến 30/12");
    expect(out.intents).toEqual([
      { kind: "done", task: 1, percent: null, until: null, days: null, note: null },
      { kind: "extension", task: 2, percent: null, until: "2026-12-30", days: null, note: null },
    ]);
    for (const i of out.intents) expect(Object.keys(i).sort()).toEqual(FIELDS);
  });

  it("reads stdin line by line into a JSON array, in order, empty lines included", async () => {
    const io = memoryIo({}, "xong\n\nđạt 40%\r\nchưa xong\n");
    expect(await run(["--json", ...NOW], io)).toBe(0);
    const out = JSON.parse(io.stdout.join("\n")) as Array<{ text: string; intents: Array<{ kind: string; percent: number | null }> }>;
    expect(out.map((r) => r.text)).toEqual(["xong", "", "đạt 40%", "chưa xong"]);
    expect(out.map((r) => r.intents[0]!.kind)).toEqual(["done", "unknown", "progress", "not_done"]);
    expect(out[2]!.intents[0]!.percent).toBe(40);
  });

  it("prints a readable Vietnamese line per message without --json", async () => {
    const io = memoryIo({}, "NV2 vướng mắc do thiếu kinh phí\nxin gia hạn 15 ngày\n");
    expect(await run([...NOW], io)).toBe(0);
    expect(io.stdout).toEqual([
      "NV2 vướng mắc do thiếu kinh phí → Nhiệm vụ 2: gặp vướng mắc: thiếu kinh phí.",
      "xin gia hạn 15 ngày → Xin gia hạn thêm 15 ngày.",
    ]);
  });

  it("resolves dates from --now, with a time without offset read as Hà Nội time", async () => {
    const io = memoryIo();
    await run(["lùi đến cuối tháng", "--json", "--now", "2026-12-01T00:30"], io);
    expect(JSON.parse(io.stdout[0]!).intents[0].until).toBe("2026-12-31");
  });

  it("answers a bad --now with one clear line and exit code 2", async () => {
    for (const bad of [["--now", "hôm qua"], ["--now"], ["--now", "2026-13-45"]]) {
      const io = memoryIo();
      expect(await run(["xong", ...bad], io)).toBe(2);
      expect(io.stdout).toEqual([]);
      expect(io.stderr).toHaveLength(1);
      expect(io.stderr[0]).toMatch(/^Giá trị --now không hợp lệ: .*2026-11-25T09:00:00\+07:00\.$/);
    }
  });

  it("rejects an unknown option with exit code 2", async () => {
    const io = memoryIo();
    expect(await run(["xong", "--yaml"], io)).toBe(2);
    expect(io.stderr[0]).toContain("--yaml");
  });
});

describe("reply command, as written in the README", () => {
  it("works through the dispatcher in a child process: npx tsx src/cli.ts reply …", async () => {
    const { stdout } = await promisify(execFile)("npx", ["tsx", "src/cli.ts", "reply", "1 xong, 2 đạt 50%", "--json", ...NOW], { cwd: ROOT });
    expect(JSON.parse(stdout)).toEqual({
      text: "1 xong, 2 đạt 50%",
      intents: [
        { kind: "done", task: 1, percent: null, until: null, days: null, note: null },
        { kind: "progress", task: 2, percent: 50, until: null, days: null, note: null },
      ],
    });
  }, 30_000);
});
