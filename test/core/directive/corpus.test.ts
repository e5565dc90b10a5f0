import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseDirective } from "../../../src/core/directive/parse.ts";
import type { Priority, Recurrence, Task } from "../../../src/core/directive/types.ts";
import { fold, normalizeText } from "../../../src/core/text/fold.ts";

/*
 * The directive corpus: realistic notices in test/corpus/directives/NN-name.txt, each with the tasks a
 * careful reader would list in NN-name.expected.json (conventions in that folder's README.md).
 *
 * Two fixtures carry their encoding on purpose and must stay byte for byte (.gitattributes says -text):
 * 06-…-nfd.txt is NFD and 07-…-crlf.txt has CRLF line endings. Both were written as LF/NFC and then
 * converted with a small node script: s.normalize("NFD") and s.replace(/\r?\n/g, "\r\n").
 */
const CORPUS = fileURLToPath(new URL("../../corpus/directives/", import.meta.url));

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const RECURRENCES = ["weekly", "monthly", "quarterly", "half-yearly", "yearly", "regular"] as const satisfies readonly Recurrence[];
const PRIORITIES = ["urgent", "normal"] as const satisfies readonly Priority[];

const ExpectedTask = z.strictObject({
  /** The first 20–40 characters of the task text, list marker removed, NFC. */
  textStartsWith: z.string().min(15),
  assignees: z.array(z.string().min(1)),
  lead: z.string().min(1).nullable(),
  partners: z.array(z.string().min(1)),
  deadline: isoDate.nullable(),
  recurrence: z.enum(RECURRENCES).nullable(),
  priority: z.enum(PRIORITIES),
  references: z.array(z.strictObject({ number: z.string().min(3), date: isoDate.nullable() })),
});
type ExpectedTask = z.infer<typeof ExpectedTask>;

const Expected = z.strictObject({
  notice: z.strictObject({
    number: z.string(),
    date: isoDate,
    issuer: z.string(),
    /** Pinned where the text is unambiguous: the date it states, or null when there was no dated meeting. */
    meetingDate: isoDate.nullable().optional(),
    kind: z.enum(["Thông báo", "Chỉ thị", "Kế hoạch", "Công văn"]).optional(),
  }),
  tasks: z.array(ExpectedTask).min(1),
  /** Strings (boilerplate, evaluation, footer) that must not appear in any task text. */
  mustNotContain: z.array(z.string().min(1)),
});
type Expected = z.infer<typeof Expected>;

interface Fixture {
  name: string;
  source: string;
  expected: Expected;
}

function loadCorpus(): Fixture[] {
  const names = readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort();
  return names.map((file) => {
    const name = file.slice(0, -".txt".length);
    const json = readFileSync(`${CORPUS}${name}.expected.json`, "utf8");
    const parsed = Expected.safeParse(JSON.parse(json));
    if (!parsed.success) throw new Error(`${name}.expected.json: ${z.prettifyError(parsed.error)}`);
    return { name, source: readFileSync(`${CORPUS}${file}`, "utf8"), expected: parsed.data };
  });
}

const corpus = loadCorpus();

/** Folded, whitespace-collapsed text, for "does this phrase occur there" checks that ignore case and diacritic form. */
function loose(s: string): string {
  return fold(normalizeText(s)).replace(/\s+/g, " ");
}

/** The fields of a parsed task the expectations pin, in the expectation's shape. */
function project(task: Task, expected: ExpectedTask): ExpectedTask {
  return {
    textStartsWith: task.text.slice(0, expected.textStartsWith.length),
    assignees: task.assignees,
    lead: task.lead,
    partners: task.partners,
    deadline: task.deadline,
    recurrence: task.recurrence,
    priority: task.priority,
    references: task.references,
  };
}

describe("directive corpus: the fixtures themselves", () => {
  it("has at least 14 notices, each with its expectation file", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(14);
    const jsons = readdirSync(CORPUS).filter((f) => f.endsWith(".expected.json")).sort();
    expect(jsons, "every expectation has its notice").toEqual(corpus.map((f) => `${f.name}.expected.json`));
  });

  it("still holds a CRLF notice and an NFD notice", () => {
    expect(corpus.filter((f) => f.source.includes("\r\n")).map((f) => f.name), "CRLF fixtures").not.toEqual([]);
    const nfd = corpus.filter((f) => f.source !== f.source.normalize("NFC") && f.source === f.source.normalize("NFD"));
    expect(nfd.map((f) => f.name), "NFD fixtures").not.toEqual([]);
  });

  // Guards the expectations against typos: what they pin must be in the notice as written.
  it.each(corpus)("$name: expectations quote the notice", ({ name, source, expected }) => {
    const text = loose(source);
    const compact = normalizeText(source).replace(/\s+/g, "");
    for (const [i, t] of expected.tasks.entries()) {
      const where = `${name} task ${i + 1}`;
      expect.soft(text, `${where}: textStartsWith`).toContain(loose(t.textStartsWith));
      for (const a of t.assignees) expect.soft(text, `${where}: assignee`).toContain(loose(a));
      for (const r of t.references) expect.soft(compact, `${where}: reference`).toContain(r.number);
      // "X chủ trì, phối hợp với Y": assignees are exactly the lead followed by the partners.
      if (t.lead !== null) expect.soft(t.assignees, `${where}: lead first`).toEqual([t.lead, ...t.partners]);
      else expect.soft(t.partners, `${where}: partners only with a lead`).toEqual([]);
    }
    for (const s of expected.mustNotContain) expect.soft(text, `${name}: mustNotContain is in the notice`).toContain(loose(s));
  });
});

describe("directive corpus: parseDirective reads each notice like a careful official", () => {
  it.each(corpus)("$name", ({ name, source, expected }) => {
    const result = parseDirective(source);
    expect(result.ok, `${name}: ${result.ok ? "" : result.issues.map((i) => i.message).join("; ")}`).toBe(true);
    if (!result.ok) return;
    const { notice, tasks } = result.directive;

    const { meetingDate, kind, ...core } = expected.notice;
    expect.soft({ number: notice.number, date: notice.date, issuer: notice.issuer }, `${name}: notice`).toEqual(core);
    if (meetingDate !== undefined) expect.soft(notice.meetingDate, `${name}: meeting date`).toBe(meetingDate);
    if (kind !== undefined) expect.soft(notice.kind, `${name}: kind of document`).toBe(kind);

    // Same count and order first: the diff shows which task is missing or extra.
    const starts = tasks.map((t, i) => t.text.slice(0, expected.tasks[i]?.textStartsWith.length ?? 40));
    expect(starts, `${name}: tasks (start of each text)`).toEqual(expected.tasks.map((t) => t.textStartsWith));
    expect(tasks.map((t) => t.code), `${name}: task codes`).toEqual(tasks.map((_, i) => `T${i + 1}`));

    const document = loose(source);
    for (const [i, task] of tasks.entries()) {
      const want = expected.tasks[i];
      if (want === undefined) continue;
      const where = `${name} ${task.code}`;
      expect.soft(project(task, want), where).toEqual(want);
      expect.soft(task.deadlineText === null, `${where}: deadlineText is null exactly when deadline is`).toBe(task.deadline === null);
      // The phrase comes from the task itself or from the line scoping its list ("Trong năm 2022, …").
      if (task.deadlineText !== null) {
        const phrase = loose(task.deadlineText);
        const found = loose(task.text).includes(phrase) || document.includes(phrase);
        expect.soft(found, `${where}: deadlineText "${task.deadlineText}" occurs in the notice`).toBe(true);
      }
      for (const s of expected.mustNotContain) expect.soft(task.text, `${where}: boilerplate in task`).not.toContain(s);
      // NFD and CRLF input still gives NFC, LF-free text that matches what users type and search.
      expect.soft(task.text, `${where}: text is NFC`).toBe(task.text.normalize("NFC"));
      expect.soft(task.text, `${where}: no carriage return`).not.toContain("\r");
    }
  });
});
