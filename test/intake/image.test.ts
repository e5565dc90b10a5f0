/** Must show 1: Notice 147 photographed gives at least six of its seven tasks, and flags what OCR was unsure of. */
import { beforeAll, describe, expect, it } from "vitest";
import { intakeNotes, type IntakeText } from "../../src/intake/index.ts";
import { parse, read, recovered } from "./support/expect.ts";
import { notice147Photo } from "./support/fixtures.ts";

describe("Notice 147 photographed, with a stain across a line of task 3", () => {
  let got: IntakeText;
  beforeAll(async () => { got = await read(await notice147Photo()); }, 90_000);

  it("gives back at least six of the seven tasks, every deadline right", () => {
    expect(got.kind).toBe("image");
    const d = parse(got.text);
    expect(d.tasks.length).toBeGreaterThanOrEqual(6);
    expect(d.tasks.length).toBeLessThanOrEqual(7);
    expect(recovered(d)).toBeGreaterThanOrEqual(6);
    for (const t of d.tasks) expect(t.deadline, t.code).toBe("2022-12-31");
  });

  it("reports the stained line as uncertain and flags task 3, and only tasks with such lines", () => {
    const d = parse(got.text);
    expect(got.lowConfidenceLines!.length).toBeGreaterThan(0);
    const notes = intakeNotes(got, d.tasks, "vi", (i) => d.tasks[i]!.code);
    const flagged = /cần kiểm tra lại: (.*)\.$/.exec(notes.at(-1)!)?.[1]?.split(", ") ?? [];
    expect(flagged).toContain("T3");
    expect(flagged.length).toBeLessThan(d.tasks.length);
  });
});
