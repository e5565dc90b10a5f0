/** `npm run cli -- roster import <file.csv|file.json>`: load the officials roster (all or nothing). */
import { readRoster } from "../roster/import.ts";
import type { CliIo } from "./io.ts";
import { openContext } from "./context.ts";
import { renderTable } from "./table.ts";

const USAGE = "usage: npm run cli -- roster import <file.csv|file.json>   |   npm run cli -- roster list";

export async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, file, ...extra] = args;
  if (sub === "list" && !file) {
    const ctx = await openContext(io.env);
    try {
      const all = await ctx.deps.store.listOfficials();
      io.out(renderTable([{ title: "Mã", width: 12 }, { title: "Họ và tên", width: 24 }, { title: "Chức vụ", width: 18 }, { title: "Đơn vị", width: 30 }, { title: "Kênh", width: 16 }],
        all.map((o) => [o.id, o.fullName, o.title, o.unit, [o.telegramChatId ? "Telegram" : "", o.zaloUserId ? "Zalo" : "", o.webChatId ? "thử (web)" : ""].filter(Boolean).join(", ") || "chưa đăng ký"])));
      io.out(`${all.length} cán bộ.`);
      return 0;
    } finally { await ctx.close(); }
  }
  if (sub !== "import" || !file || extra.length) { io.err(USAGE); return 2; }
  let bytes: Buffer;
  try { bytes = await io.read(file); } catch { io.err(`Không tìm thấy hoặc không đọc được tệp: ${file}.`); return 2; }
  const r = readRoster(bytes, file);
  if (!r.ok) {
    io.err(`Danh sách cán bộ có ${r.errors.length} lỗi, chưa nhập gì:`);
    for (const e of r.errors) io.err(`- ${e}`);
    return 2;
  }
  const ctx = await openContext(io.env);
  try {
    await ctx.deps.store.saveOfficials(r.officials);
    const leaders = r.officials.filter((o) => o.role === "leader").length;
    const bound = r.officials.filter((o) => o.telegramChatId || o.zaloUserId).length;
    io.out(`Đã nhập ${r.officials.length} cán bộ (${leaders} lãnh đạo, ${r.officials.length - leaders} quản trị); ${bound} đã có Telegram hoặc Zalo.`);
    for (const w of r.warnings) io.err(`Lưu ý: ${w}`);
    return 0;
  } finally {
    await ctx.close();
  }
}
