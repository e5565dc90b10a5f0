/**
 * `npm run cli -- reindex [--check]`: rebuilds the report indexes (open tasks by official and by
 * deadline, each official's done counters) from the assignment records, or with --check only says
 * whether they agree with them (exit code 1 when they do not). Run the rebuild when the service is quiet.
 */
import { reindex } from "../store/indexes.ts";
import type { CliIo } from "./io.ts";
import { openContext } from "./context.ts";

export async function run(args: string[], io: CliIo): Promise<number> {
  const check = args.includes("--check");
  if (args.some((a) => a !== "--check")) { io.err("usage: npm run cli -- reindex [--check]"); return 2; }
  const ctx = await openContext(io.env);
  try {
    const { store } = ctx.deps;
    const r = await reindex(store.redis, store.k, (ids) => store.getAssignments(ids), store.timeZone, check);
    const figures = `${r.assignments} lượt giao việc, ${r.open} đang mở, ${r.officials} cán bộ`;
    if (!check) { io.out(`Đã dựng lại chỉ mục báo cáo: ${figures}.`); return 0; }
    if (!r.problems.length) { io.out(`Chỉ mục báo cáo khớp với dữ liệu: ${figures}.`); return 0; }
    io.out(`Chỉ mục báo cáo KHÔNG khớp với dữ liệu (${figures}); chạy "npm run cli -- reindex" để dựng lại:\n${r.problems.map((p) => `- ${p}`).join("\n")}`);
    return 1;
  } finally {
    await ctx.close();
  }
}
