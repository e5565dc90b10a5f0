/**
 * `npm run cli -- schedule <file> --now ISO --until YYYY-MM-DD [--json]`: the reminder plan of a
 * notice's tasks. Pure apart from reading the file and the holiday tables: no Redis.
 */
import { loadCalendar } from "../calendar/default.ts";
import { addWorkingDays } from "../core/calendar/working-days.ts";
import { parseDirective } from "../core/directive/parse.ts";
import { isoWithOffset } from "../core/plan/iso.ts";
import { planReminders } from "../core/plan/plan.ts";
import { DEFAULT_POLICY } from "../core/plan/policy.ts";
import type { CliIo } from "./io.ts";
import { decodeText } from "./parse.ts";
import { renderTable } from "./table.ts";

const USAGE = "usage: npm run cli -- schedule <file|-> --now 2026-11-25T09:00:00+07:00 --until 2026-12-31 [--json]";

/** Reads `--name value` pairs and positional arguments; unknown flags are errors. */
export function readFlags(args: string[], known: string[], booleans: string[] = []): { flags: Record<string, string>; rest: string[]; error?: string } {
  const flags: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith("--")) { rest.push(a); continue; }
    const [name, inline] = a.slice(2).split("=", 2) as [string, string | undefined];
    if (booleans.includes(name)) { flags[name] = "true"; continue; }
    if (!known.includes(name)) return { flags, rest, error: `Tùy chọn không hợp lệ: --${name}.` };
    const value = inline ?? args[++i];
    if (value === undefined) return { flags, rest, error: `Thiếu giá trị cho --${name}.` };
    flags[name] = value;
  }
  return { flags, rest };
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { flags, rest, error } = readFlags(args, ["now", "until"], ["json"]);
  if (error || rest.length !== 1 || !flags.now || !flags.until) { io.err(`${error ?? ""} ${USAGE}`.trim()); return 2; }
  const now = new Date(flags.now);
  if (Number.isNaN(now.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(flags.now)) { io.err(`--now phải là thời điểm ISO 8601, ví dụ 2026-11-25T09:00:00+07:00 (got "${flags.now}").`); return 2; }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(flags.until) || Number.isNaN(Date.parse(flags.until))) { io.err(`--until phải là ngày YYYY-MM-DD, ví dụ 2026-12-31 (got "${flags.until}").`); return 2; }

  let bytes: Buffer;
  try { bytes = await io.read(rest[0]!); } catch { io.err(`Không tìm thấy hoặc không đọc được tệp: ${rest[0]}.`); return 2; }
  const decoded = decodeText(bytes);
  if ("error" in decoded) { io.err(decoded.error); return 2; }
  const calendar = await loadCalendar(io.env);
  const parsed = parseDirective(decoded.text, { workingDays: { addWorkingDays: (d, n) => addWorkingDays(calendar, d, n) } });
  if (!parsed.ok) { io.err(parsed.issues.map((i) => i.message).join(" ")); return 2; }

  const tasks = parsed.directive.tasks;
  const reminders = tasks.flatMap((t) => planReminders({ task: { ...t, id: t.code }, policy: DEFAULT_POLICY, calendar, now, until: flags.until! }))
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.task.localeCompare(b.task, undefined, { numeric: true }));
  const out = reminders.map((r) => ({ task: r.task, kind: r.kind, at: isoWithOffset(r.at, calendar.timeZone) }));
  if (flags.json) {
    io.out(JSON.stringify({ tasks, reminders: out }, null, 2));
  } else {
    const KIND_VI = { before: "Nhắc trước hạn", due: "Đến hạn", overdue: "Quá hạn", prompt: "Hỏi tiến độ" } as const;
    io.out(renderTable([{ title: "Thời điểm", width: 16 }, { title: "Nhiệm vụ", width: 8 }, { title: "Loại", width: 16 }],
      reminders.map((r) => {
        const iso = isoWithOffset(r.at, calendar.timeZone);
        return [`${iso.slice(11, 16)} ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`, r.task, KIND_VI[r.kind] + (r.escalate ? " (báo cấp trên)" : "")];
      })));
    io.out(`${tasks.length} nhiệm vụ, ${reminders.length} lời nhắc đến ${flags.until.split("-").reverse().join("/")}.`);
  }
  for (const w of calendar.warnings()) io.err(`Lưu ý: ${w}`);
  return 0;
}
