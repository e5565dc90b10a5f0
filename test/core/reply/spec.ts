/**
 * A compact way to write expected intents in tables: "done#1 | progress#2:50", "extension@2026-12-30",
 * "extension+15d", "blocker#2~thiếu kinh phí". Fields: kind, #task, :percent, @until, +Nd days,
 * ~note (the note must contain it, case- and mark-insensitive: the note quotes the leader, who may have typed "chua co kinh phi"
 * where a writer restored "kinh phí"). Fields not written are expected null, except the note, which is only checked where written.
 */
import type { Intent, IntentKind } from "../../../src/core/reply/types.ts";
import { understandReply } from "../../../src/core/reply/understand.ts";
import { fold } from "../../../src/core/text/fold.ts";

export interface Expected {
  kind: IntentKind;
  task: number | null;
  percent: number | null;
  until: string | null;
  days: number | null;
  note?: string;
}

const SPEC = /^(done|not_done|progress|blocker|extension|not_mine|ack|unknown)(?:#(\d+))?(?::([\d.]+))?(?:@(\d{4}-\d{2}-\d{2}))?(?:\+(\d+)d)?(?:~(.+))?$/;

export function parseSpec(spec: string): Expected[] {
  return spec.split(" | ").map((part) => {
    const m = SPEC.exec(part.trim());
    if (!m) throw new Error(`bad spec "${part}"`);
    const e: Expected = {
      kind: m[1] as IntentKind, task: m[2] ? Number(m[2]) : null, percent: m[3] ? Number(m[3]) : null,
      until: m[4] ?? null, days: m[5] ? Number(m[5]) : null,
    };
    if (m[6]) e.note = m[6];
    return e;
  });
}

/** The intents reduced to what the spec checks, so a failure shows both sides plainly. */
export function comparable(intents: Intent[], expected: Expected[]): Expected[] {
  return intents.map((i, n) => {
    const e: Expected = { kind: i.kind, task: i.task, percent: i.percent, until: i.until, days: i.days };
    const want = expected[n]?.note;
    if (want !== undefined) e.note = i.note !== null && fold(i.note.toLowerCase()).includes(fold(want.toLowerCase())) ? want : `${i.note}`;
    return e;
  });
}

/** The replies of a table the reader reads as done where its spec has no such "done" (the same task or none): each a false close. */
export function falseDones(rows: ReadonlyArray<readonly [string, string]>, now: Date): string[] {
  return rows.filter(([text, spec]) => {
    const wanted = parseSpec(spec).filter((e) => e.kind === "done").map((e) => e.task);
    return understandReply(text, now).some((i) => i.kind === "done" && !wanted.includes(i.task));
  }).map(([text]) => text);
}
