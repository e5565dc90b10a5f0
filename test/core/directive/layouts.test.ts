import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDirective } from "../../../src/core/directive/parse.ts";

/*
 * The same notice in another layout must read the same: a PDF copy hard-wrapped at a fixed width,
 * paragraphs without blank lines between them, other bullet and number styles.
 */
const CORPUS = fileURLToPath(new URL("../../corpus/directives/", import.meta.url));
const notices = readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort()
  .map((file) => ({ file, text: readFileSync(`${CORPUS}${file}`, "utf8").replace(/\r\n/g, "\n") }));

/** Breaks every line at spaces so that none is longer than `width`, the way a PDF copy does. */
function hardWrap(text: string, width: number): string {
  return text.split("\n").map((line) => {
    const out: string[] = [];
    let current = "";
    for (const word of line.split(" ")) {
      if (current && current.length + 1 + word.length > width) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    out.push(current);
    return out.join("\n");
  }).join("\n");
}

/** What a reader checks: the notice and, per task, its start, assignees, lead, deadline, rhythm and urgency. */
function reading(text: string) {
  const r = parseDirective(text);
  if (!r.ok) return r.issues.map((i) => i.code);
  const { number, date, issuer, meetingDate } = r.directive.notice;
  return {
    notice: { number, date, issuer, meetingDate },
    tasks: r.directive.tasks.map((t) => [t.text.slice(0, 30), t.assignees, t.lead, t.deadline, t.recurrence, t.priority]),
  };
}

describe("the same notice in other layouts", () => {
  it.each(notices)("$file hard-wrapped at 60 to 120 columns", ({ text }) => {
    const original = reading(text);
    for (const width of [60, 72, 80, 100, 120]) expect(reading(hardWrap(text, width)), `${width} columns`).toEqual(original);
  });

  it.each(notices)("$file hard-wrapped with page numbers between its lines", ({ text }) => {
    const lines = hardWrap(text, 80).split("\n");
    // A page break every 25 lines, as a PDF of A4 pages leaves it: "- 2 -", then "3", then "Trang 4/5".
    const paged = lines.flatMap((l, i) => (i > 0 && i % 25 === 0 ? [["- 2 -", "3", "Trang 4/5"][(i / 25 - 1) % 3]!, l] : [l]));
    expect(reading(paged.join("\n"))).toEqual(reading(text));
  });

  it.each(notices)("$file without blank lines, with '+' bullets and '1)' numbers", ({ text }) => {
    const original = reading(text);
    expect(reading(text.replace(/\n\s*\n/g, "\n"))).toEqual(original);
    expect(reading(text.replace(/^- /gm, "+ ").replace(/^(\d{1,2})\. /gm, "$1) "))).toEqual(original);
  });
});
