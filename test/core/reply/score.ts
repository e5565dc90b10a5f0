/**
 * Scores the reply reader on a table of [text, label] rows (REPLY-SPEC.md): a JSON file of such pairs, or one of the
 * blind tables of this folder by name. Prints exact readings, right kinds and false "done"s, and with --rows every miss.
 *
 *   npx tsx test/core/reply/score.ts [--rows] [--now 2026-12-02T09:00:00+07:00] <file.json | blind4 | blind5 …>
 */
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { understandReply } from "../../../src/core/reply/understand.ts";
import { comparable, falseDones, parseSpec } from "./spec.ts";

type Row = readonly [string, string];

export interface ReplyScore { rows: number; exact: number; kinds: number; falseDone: string[]; misses: string[] }

export function scoreReplies(rows: ReadonlyArray<Row>, now: Date): ReplyScore {
  let exact = 0;
  let kinds = 0;
  const misses: string[] = [];
  for (const [text, spec] of rows) {
    const expected = parseSpec(spec);
    const got = comparable(understandReply(text, now), expected);
    const isExact = isDeepStrictEqual(got, expected);
    if (isExact) exact++;
    if (isDeepStrictEqual(got.map((g) => g.kind), expected.map((e) => e.kind))) kinds++;
    if (!isExact) misses.push(`${JSON.stringify(text)}\n    want ${spec}\n    got  ${got.map(show).join(" | ") || "(nothing)"}`);
  }
  return { rows: rows.length, exact, kinds, falseDone: falseDones(rows, now), misses };
}

function show(e: { kind: string; task: number | null; percent: number | null; until: string | null; days: number | null; note?: string }): string {
  return `${e.kind}${e.task !== null ? `#${e.task}` : ""}${e.percent !== null ? `:${e.percent}` : ""}${e.until ? `@${e.until}` : ""}${e.days !== null ? `+${e.days}d` : ""}${e.note !== undefined ? `~${e.note}` : ""}`;
}

async function load(name: string): Promise<{ rows: Row[]; now: Date | null }> {
  if (name.endsWith(".json")) return { rows: JSON.parse(readFileSync(name, "utf8")) as Row[], now: null };
  const mod = (await import(`./${name}-replies.ts`)) as Record<string, unknown>;
  const rows = Object.entries(mod).filter(([k, v]) => Array.isArray(v) && !k.endsWith("NOW")).flatMap(([, v]) => v as Row[]);
  const now = Object.entries(mod).find(([k]) => k.endsWith("NOW"))?.[1] as Date | undefined;
  return { rows, now: now ?? null };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const showRows = args.includes("--rows");
  const nowAt = args.indexOf("--now");
  const nowArg = nowAt >= 0 ? new Date(args[nowAt + 1]!) : null;
  const names = args.filter((a, i) => !a.startsWith("--") && (nowAt < 0 || i !== nowAt + 1));
  for (const name of names) {
    const { rows, now } = await load(name);
    const s = scoreReplies(rows, nowArg ?? now ?? new Date("2026-12-02T09:00:00+07:00"));
    console.log(`${name}: ${s.rows} rows, exact ${(s.exact / s.rows).toFixed(3)} (${s.exact}), kinds ${(s.kinds / s.rows).toFixed(3)} (${s.kinds}), false done ${s.falseDone.length}`);
    for (const t of s.falseDone) console.log(`  FALSE DONE ${JSON.stringify(t)}`);
    if (showRows) for (const m of s.misses) console.log(`  ${m}`);
  }
}
