/**
 * `npm run cli -- reply [TEXT] [--json] [--now ISO]`: what a leader's reply means.
 * With TEXT, one reply; without, one reply per line of standard input. `--now` fixes "today" for
 * dates such as "cuối tháng" (default: the clock); a time without an offset is read as Hà Nội time.
 */
import { z } from "zod";
import { understandReply } from "../core/reply/understand.ts";
import type { Intent } from "../core/reply/types.ts";
import type { CliIo } from "./io.ts";

const USAGE = "usage: npm run cli -- reply [TEXT] [--json] [--now ISO]";

/** "2026-11-25", "2026-11-25T09:00", "2026-11-25T09:00:00+07:00", "2026-11-25T02:00:00Z". */
const NowArg = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/)
  .transform((s) => new Date(/T.*(?:Z|[+-]\d{2}:?\d{2})$/.test(s) ? s : `${s.includes("T") ? s : `${s}T00:00`}+07:00`))
  .refine((d) => !Number.isNaN(d.getTime()));

const KIND_VI: Record<Intent["kind"], string> = {
  done: "đã hoàn thành", not_done: "chưa hoàn thành", progress: "đang thực hiện", blocker: "gặp vướng mắc",
  extension: "xin gia hạn", not_mine: "không thuộc nhiệm vụ của đơn vị", ack: "đã nhận thông tin", unknown: "chưa rõ nội dung",
};

/** "2026-12-30" → "30/12/2026". */
const dmy = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** One intent in plain Vietnamese: "Nhiệm vụ 2: xin gia hạn đến 30/12/2026 (lý do: thiếu kinh phí)". */
export function describeIntent(i: Intent): string {
  let s = KIND_VI[i.kind];
  if (i.percent !== null) s += `, đạt ${String(i.percent).replace(".", ",")}%`;
  if (i.until !== null) s += i.kind === "extension" ? ` đến ${dmy(i.until)}` : `, dự kiến xong ngày ${dmy(i.until)}`;
  if (i.days !== null) s += ` thêm ${i.days} ngày`;
  if (i.note !== null) s += i.kind === "blocker" ? `: ${i.note}` : ` (lý do: ${i.note})`;
  return i.task === null ? s.charAt(0).toUpperCase() + s.slice(1) : `Nhiệm vụ ${i.task}: ${s}`;
}

export const describeReply = (text: string, intents: Intent[]): string =>
  `${text.trim() ? text : "(dòng trống)"} → ${intents.map(describeIntent).join("; ")}.`;

interface Options { json: boolean; now: Date; text: string | null }

function parseArgs(args: string[]): Options | { error: string } {
  let json = false, now: Date | null = null;
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--json") json = true;
    else if (a === "--now" || a.startsWith("--now=")) {
      const value = a === "--now" ? args[++i] : a.slice(6);
      const parsed = NowArg.safeParse(value ?? "");
      if (!parsed.success) return { error: `Giá trị --now không hợp lệ: "${value ?? ""}". Hãy dùng dạng ISO, ví dụ 2026-11-25T09:00:00+07:00.` };
      now = parsed.data;
    } else if (a.startsWith("--")) return { error: `Tùy chọn không hợp lệ: ${a}. ${USAGE}` };
    else words.push(a);
  }
  return { json, now: now ?? new Date(), text: words.length ? words.join(" ") : null };
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const opts = parseArgs(args);
  if ("error" in opts) { io.err(opts.error); return 2; }
  const read = (text: string) => ({ text, intents: understandReply(text, opts.now) });
  if (opts.text !== null) {
    const r = read(opts.text);
    io.out(opts.json ? JSON.stringify(r) : describeReply(r.text, r.intents));
    return 0;
  }
  const input = (await io.stdin()).toString("utf8");
  // A final newline ends the last line; it does not start an empty one.
  const lines = input === "" ? [] : input.replace(/\r?\n$/, "").split(/\r?\n/);
  const results = lines.map(read);
  if (opts.json) io.out(JSON.stringify(results, null, 2));
  else for (const r of results) io.out(describeReply(r.text, r.intents));
  return 0;
}
