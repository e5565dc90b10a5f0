/**
 * `npm run cli -- import <notice|url|-> [--dry-run] [--aliases file.json] [--now ISO]`: read a notice (text,
 * .docx, PDF, scan, photo, or a link with DONDOC_FETCH_URLS=1), parse it, resolve who does what against the
 * roster in Redis, create the assignments and queue reminders.
 */
import { addWorkingDays } from "../core/calendar/working-days.ts";
import { parseDirective } from "../core/directive/parse.ts";
import { importNotice, previewImport, type ImportResult } from "../app/import-notice.ts";
import type { CliIo } from "./io.ts";
import { openContext } from "./context.ts";
import { printNotes, readNotice } from "./notice-input.ts";
import { readFlags } from "./schedule.ts";
import { renderTable } from "./table.ts";

const USAGE = "usage: npm run cli -- import <notice|url|-> [--dry-run] [--aliases aliases.json] [--now ISO]";

/** Per task, who it reached by group; then a matrix of officials × tasks, the view an admin checks. */
export function renderAssignments(byTask: ImportResult["byTask"], unresolved: ImportResult["unresolved"]): string {
  const out = [renderTable([{ title: "Mã", width: 4 }, { title: "Nhiệm vụ", width: 46 }, { title: "Chủ thể → số người nhận", width: 44 }],
    byTask.map((t) => [t.code, t.summary, t.groups.map((g) => `${g.assignee} → ${g.count}`).join("\n") || "—"]))];
  const officials = new Map<string, { name: string; codes: Set<string> }>();
  for (const t of byTask) {
    for (const o of t.officials) {
      const row = officials.get(o.id) ?? { name: `${o.fullName} (${o.title}, ${o.unit})`, codes: new Set<string>() };
      row.codes.add(t.code);
      officials.set(o.id, row);
    }
  }
  if (officials.size) {
    const codes = byTask.map((t) => t.code);
    out.push(renderTable([{ title: "Người nhận", width: 60 }, ...codes.map((c) => ({ title: c, width: Math.max(2, c.length) }))],
      [...officials.values()].map((r) => [r.name, ...codes.map((c) => (r.codes.has(c) ? "✓" : ""))]), { dense: true }));
    out.push(`${officials.size} người nhận, ${byTask.reduce((n, t) => n + t.officials.length, 0)} lượt giao việc.`);
  }
  if (unresolved.length) {
    out.push(`Chưa xác định được người nhận (${unresolved.length}):`);
    for (const u of unresolved) out.push(`- ${u.task}: ${u.assignee}`);
  }
  return out.join("\n");
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { flags, rest, error } = readFlags(args, ["aliases", "now"], ["dry-run"]);
  if (error || rest.length !== 1) { io.err(`${error ?? ""} ${USAGE}`.trim()); return 2; }
  let aliases: Record<string, string> = {};
  if (flags.aliases) {
    try { aliases = JSON.parse((await io.read(flags.aliases)).toString("utf8")) as Record<string, string>; } catch { io.err(`Không đọc được tệp tên đơn vị cũ → mới: ${flags.aliases} (cần JSON {"tên cũ": "tên mới"}).`); return 2; }
  }
  const now = flags.now ? new Date(flags.now) : new Date();
  if (Number.isNaN(now.getTime())) { io.err(`--now phải là thời điểm ISO 8601 (got "${flags.now}").`); return 2; }
  const decoded = await readNotice(rest[0]!, io, () => `Không tìm thấy hoặc không đọc được tệp: ${rest[0]}.`);
  if (!decoded.ok) { io.err(decoded.message); return 2; }

  const ctx = await openContext(io.env, () => now);
  try {
    const cal = ctx.deps.calendar;
    const parsed = parseDirective(decoded.text, { workingDays: { addWorkingDays: (d, n) => addWorkingDays(cal, d, n) } });
    if (!parsed.ok) { io.err(parsed.issues.map((i) => i.message).join(" ")); return 2; }
    const d = parsed.directive;
    const label = `${d.notice.kind ?? "Văn bản"} số ${d.notice.number ?? "(không số)"}`;
    printNotes(decoded, d, io);
    if (flags["dry-run"]) {
      const roster = (await ctx.deps.store.listOfficials()).filter((o) => o.active !== false);
      const p = previewImport(d, roster, aliases);
      io.out(`${label}: ${d.tasks.length} nhiệm vụ (xem trước, chưa ghi gì).`);
      io.out(renderAssignments(p.byTask, p.unresolved));
      return 0;
    }
    const r = await importNotice(ctx.deps, d, { who: "cli", channel: "cli", text: `import ${rest[0]}` }, { aliases });
    if (!r.created) { io.out(`${label} đã được nhập trước đó; không tạo thêm nhiệm vụ hay lời nhắc.`); return 0; }
    io.out(`${label}: ${d.tasks.length} nhiệm vụ, ${r.assignments} lượt giao việc, ${r.reminders} lời nhắc đã lập lịch.`);
    io.out(renderAssignments(r.byTask, r.unresolved));
    if (r.unreachable.length) io.err(`Lưu ý: ${r.unreachable.length} cán bộ chưa đăng ký Telegram/Zalo nên chưa nhận được nhắc việc: ${r.unreachable.map((o) => o.fullName).join(", ")}.`);
    return 0;
  } finally {
    await ctx.close();
  }
}
