/**
 * Scores the directive parser on the real notices of this folder (or any folder of NN-name.txt with their
 * NN-name.expected.json, format /work/blind/NOTICE-SPEC.md):
 * - an expected task is found when a parsed task's text contains its anchor (folded, whitespace collapsed);
 *   each parsed task matches at most one expected task, in the expected order;
 * - recall = found / expected, precision = found / parsed;
 * - assignees and deadlines: the share of found tasks whose assignee set (normalised) and deadline are right.
 *
 *   npx tsx test/corpus/real/score.ts [--root <checkout>] [--rows] [--verbose] [dir]
 *
 * `--root` scores another checkout's parser on the same files (e.g. an older commit unpacked with git archive).
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export interface ExpectedTask {
  anchor: string;
  assignees: string[];
  lead: string | null;
  deadline: string | null;
  note?: string;
}

interface ParsedTask {
  text: string;
  assignees: string[];
  deadline: string | null;
}

export type Parse = (text: string) => { ok: true; directive: { tasks: ParsedTask[] } } | { ok: false };
export type Fold = (text: string) => string;

export interface FileScore {
  file: string;
  expected: number;
  parsed: number;
  matched: number;
  assigneesRight: number;
  /** Found tasks whose assignees stand for the same addressees (see `addressees`), however they are grouped. */
  addresseesRight: number;
  deadlinesRight: number;
  /** What went wrong, one line each: misses, wrong fields, extra tasks. */
  problems: string[];
}

export interface Score {
  files: FileScore[];
  recall: number;
  precision: number;
  assignees: number;
  /** The share of found tasks whose addressees are right (titles and collective sets compared as the roster reads them). */
  addressees: number;
  deadlines: number;
  /** Notices that gave no task at all. */
  empty: number;
}

/** Folded (lower case, no diacritics), whitespace collapsed. */
const looseWith = (fold: Fold) => (s: string) => fold(s.normalize("NFC")).replace(/\s+/g, " ").trim();

/** An assignee as compared: folded, "ủy ban nhân dân" as "ubnd", trailing punctuation off. */
const unitWith = (fold: Fold) => (s: string) => looseWith(fold)(s).replace(/uy ?ban ?nhan ?dan/g, "ubnd").replace(/[.,;:]+$/, "");

/** Administrative levels a collective set names after "các": "UBND các huyện, thị xã, thành phố". */
const LEVELS = ["thi tran", "thi xa", "thanh pho", "dac khu", "huyen", "quan", "xa", "phuong"];
const LEVEL = `(?:${LEVELS.join("|")})`;
const COLLECTIVE = new RegExp(`^((?:ubnd|chinh quyen|cong an) )?(?:cac )?(${LEVEL}(?:(?:, | va |, va )(?:cac )?${LEVEL})*)(?: (.+))?$`);

/**
 * The addressees an assignee stands for, as the roster would read them: a unit's head is the unit ("Giám đốc Sở Y
 * tế" = "Sở Y tế", "Chủ tịch UBND các huyện" = "UBND các huyện"), and a collective set is its levels ("UBND các
 * huyện, thành phố" = "UBND các huyện" + "UBND thành phố"), however a clerk grouped them.
 */
export function addressees(unit: string): string[] {
  const u = unit.replace(/^(?:giam doc|chu tich|thu truong|lanh dao) /, "").replace(/ (?:trong tinh|tren dia ban(?: tinh)?)$/, "");
  const m = COLLECTIVE.exec(u);
  if (!m || (m[3] && !/^(?:trong tinh|tren dia ban)/.test(m[3]) && !m[2]!.includes(",") && !m[2]!.includes(" va "))) return [u];
  const head = m[1] ?? "ubnd ";
  const levels = m[2]!.split(/, va |, | va /).map((l) => l.replace(/^cac /, ""));
  const out = levels.map((l) => `${head}${l}`);
  if (m[3]) out[out.length - 1] = `${out.at(-1)} ${m[3]}`;
  return out;
}

export function scoreFile(file: string, text: string, expected: ExpectedTask[], parse: Parse, fold: Fold): FileScore {
  const loose = looseWith(fold);
  const unit = unitWith(fold);
  const r = parse(text);
  const tasks = r.ok ? r.directive.tasks : [];
  // Spaces do not count: a clerk's anchor keeps the source's glue ("Giaocho Sở …") that the parser splits again.
  const texts = tasks.map((t) => loose(t.text).replace(/ /g, ""));
  const used = new Set<number>();
  const problems: string[] = [];
  let matched = 0;
  let assigneesRight = 0;
  let deadlinesRight = 0;
  let addresseesRight = 0;
  // Spaces do not count here either: "Ủyban nhân dân …" as the source glued it is the same committee.
  const squeeze = (u: string) => u.replace(/ /g, "");
  const same = (list: string[]) => [...new Set(list.map(unit).flatMap(addressees).map(squeeze))].sort().join(" | ");
  for (const e of expected) {
    const anchor = loose(e.anchor).replace(/ /g, "");
    const i = texts.findIndex((t, k) => !used.has(k) && t.includes(anchor));
    if (i < 0) { problems.push(`miss  "${e.anchor}"`); continue; }
    used.add(i);
    matched++;
    const p = tasks[i]!;
    const got = [...new Set(p.assignees.map(unit).map(squeeze))].sort().join(" | ");
    const want = [...new Set(e.assignees.map(unit).map(squeeze))].sort().join(" | ");
    if (same(p.assignees) === same(e.assignees)) addresseesRight++;
    if (got === want) assigneesRight++;
    else problems.push(`asg   "${e.anchor.slice(0, 40)}": ${JSON.stringify(p.assignees)} ≠ ${JSON.stringify(e.assignees)}`);
    if (p.deadline === e.deadline) deadlinesRight++;
    else problems.push(`dl    "${e.anchor.slice(0, 40)}": ${p.deadline} ≠ ${e.deadline}`);
  }
  tasks.forEach((t, k) => { if (!used.has(k)) problems.push(`extra "${t.text.slice(0, 70)}"`); });
  return { file, expected: expected.length, parsed: tasks.length, matched, assigneesRight, addresseesRight, deadlinesRight, problems };
}

export function scoreDir(dir: string, parse: Parse, fold: Fold): Score {
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => {
    const expected = (JSON.parse(readFileSync(`${dir}/${f.replace(/\.txt$/, ".expected.json")}`, "utf8")) as { tasks: ExpectedTask[] }).tasks;
    return scoreFile(f, readFileSync(`${dir}/${f}`, "utf8"), expected, parse, fold);
  });
  const sum = (k: "expected" | "parsed" | "matched" | "assigneesRight" | "addresseesRight" | "deadlinesRight") => files.reduce((n, f) => n + f[k], 0);
  const matched = sum("matched");
  return {
    files,
    recall: matched / Math.max(1, sum("expected")),
    precision: matched / Math.max(1, sum("parsed")),
    assignees: sum("assigneesRight") / Math.max(1, matched),
    addressees: sum("addresseesRight") / Math.max(1, matched),
    deadlines: sum("deadlinesRight") / Math.max(1, matched),
    empty: files.filter((f) => f.parsed === 0).length,
  };
}

export const formatScore = (s: Score): string =>
  `files ${s.files.length}, expected ${s.files.reduce((n, f) => n + f.expected, 0)}, parsed ${s.files.reduce((n, f) => n + f.parsed, 0)}: `
  + `recall ${s.recall.toFixed(2)}, precision ${s.precision.toFixed(2)}, assignees ${s.assignees.toFixed(2)} (same addressees ${s.addressees.toFixed(2)}), deadlines ${s.deadlines.toFixed(2)}, `
  + `notices without a task ${s.empty}`;

async function main(argv: string[]): Promise<void> {
  const here = fileURLToPath(new URL(".", import.meta.url));
  const rootAt = argv.indexOf("--root");
  const root = rootAt >= 0 ? resolve(argv[rootAt + 1]!) : resolve(here, "../../..");
  const dir = argv.filter((a, i) => !a.startsWith("--") && argv[i - 1] !== "--root")[0] ?? here;
  const { parseDirective } = (await import(pathToFileURL(`${root}/src/core/directive/parse.ts`).href)) as { parseDirective: Parse };
  const { fold } = (await import(pathToFileURL(`${root}/src/core/text/fold.ts`).href)) as { fold: Fold };
  const s = scoreDir(dir, parseDirective, fold);
  if (argv.includes("--rows") || argv.includes("--verbose")) {
    for (const f of s.files) {
      console.log(`${f.file.padEnd(62)} exp ${f.expected} parsed ${f.parsed} matched ${f.matched} asg ${f.assigneesRight} dl ${f.deadlinesRight}`);
      if (argv.includes("--verbose")) for (const p of f.problems) console.log(`    ${p}`);
    }
  }
  console.log(formatScore(s));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
