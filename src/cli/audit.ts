/**
 * `npm run cli -- audit export` prints the whole audit log as JSON lines, oldest first: the monthly
 * archive files (DONDOC_AUDIT_DIR), then what Redis holds. `audit archive [--older-than-days N]`
 * moves entries older than N days (default DONDOC_AUDIT_RETENTION_DAYS) to those files now, as the
 * daily run does.
 */
import type { CliIo } from "./io.ts";
import { openContext } from "./context.ts";
import { readFlags } from "./schedule.ts";

const USAGE = "usage: npm run cli -- audit export | audit archive [--older-than-days N]";

export async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const { flags, rest: extra, error } = readFlags(rest, ["older-than-days"]);
  const days = flags["older-than-days"] === undefined ? null : Number(flags["older-than-days"]);
  if (error || extra.length || (sub !== "export" && sub !== "archive") || (days !== null && !(Number.isInteger(days) && days >= 0)) || (sub === "export" && days !== null)) {
    io.err(`${error ?? ""} ${USAGE}`.trim());
    return 2;
  }
  const ctx = await openContext(io.env);
  try {
    const { store } = ctx.deps;
    if (sub === "export") {
      for await (const e of store.exportAudit()) io.out(JSON.stringify(e));
      return 0;
    }
    const keep = days ?? ctx.config.audit.retentionDays;
    const moved = await store.archiveAudit(new Date(Date.now() - keep * 86_400_000));
    io.out(`Đã chuyển ${moved} mục nhật ký cũ hơn ${keep} ngày sang tệp lưu trữ trong ${ctx.config.audit.dir}.`);
    return 0;
  } finally {
    await ctx.close();
  }
}
