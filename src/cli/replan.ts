/**
 * `npm run cli -- replan [--now ISO]`: runs the daily re-plan now (what the scheduler does at 06:00):
 * queues the next reminder of every open task that has none waiting, queues the Monday prompts and Friday summaries
 * that fall today. Idempotent: running it twice queues nothing twice.
 */
import { runDaily } from "../../jobs/daily.ts";
import { createLogger } from "../log.ts";
import type { CliIo } from "./io.ts";
import { openContext } from "./context.ts";
import { readFlags } from "./schedule.ts";

export async function run(args: string[], io: CliIo): Promise<number> {
  const { flags, rest, error } = readFlags(args, ["now"]);
  const now = flags.now ? new Date(flags.now) : new Date();
  if (error || rest.length || Number.isNaN(now.getTime())) { io.err(`${error ?? ""} usage: npm run cli -- replan [--now ISO]`.trim()); return 2; }
  const ctx = await openContext(io.env, () => now);
  try {
    const r = await runDaily({ ...ctx.deps, logger: createLogger("warn"), auditRetentionDays: ctx.config.audit.retentionDays });
    io.out(`Đã lập lại lịch nhắc việc: ${r.assignments} nhiệm vụ đang mở, ${r.reminders} lời nhắc mới xếp lịch (mỗi nhiệm vụ chờ sẵn lời nhắc kế tiếp trong 92 ngày tới); ${r.weeklyPrompts} lời nhắc tiến độ tuần, ${r.summaries} bản tổng hợp tuần cho quản trị.`);
    return 0;
  } finally {
    await ctx.close();
  }
}
