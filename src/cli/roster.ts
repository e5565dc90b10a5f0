/** `npm run cli -- roster import <file.csv|file.json>`: load the officials roster (all or nothing). */
import { importRoster } from "../app/roster.ts";
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
        all.map((o) => [o.id, o.fullName + (o.active === false ? " (ngừng)" : ""), o.title, o.unit, [o.telegramChatId ? "Telegram" : "", o.zaloUserId ? "Zalo" : "", o.webChatId ? "thử (web)" : ""].filter(Boolean).join(", ") || "chưa đăng ký"])));
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
    const c = await importRoster(ctx.deps.store, r.officials);
    const all = await ctx.deps.store.listOfficials();
    const active = all.filter((o) => o.active !== false);
    const leaders = active.filter((o) => o.role === "leader").length;
    const bound = active.filter((o) => o.telegramChatId || o.zaloUserId).length;
    io.out(`Đã nhập ${r.officials.length} cán bộ (${leaders} lãnh đạo, ${active.length - leaders} quản trị); ${bound} đã có Telegram hoặc Zalo.`);
    io.out(`Thêm mới ${c.added.length}, thay đổi ${c.changed.length}, xóa ${c.removed.length}; giữ ${c.keptBindings} liên kết Telegram/Zalo đã đăng ký qua chat.`);
    const name = (o: { fullName: string; id: string; unit: string }) => `${o.fullName} (${o.id}, ${o.unit})`;
    if (c.removed.length) io.out(`Đã xóa (không còn trong danh sách, không có nhiệm vụ đang mở): ${c.removed.map(name).join("; ")}.`);
    if (c.inactive.length) {
      io.out(`Không còn trong danh sách nhưng còn nhiệm vụ đang mở — giữ lại, ngừng giao việc mới; đề nghị giao lại các nhiệm vụ này:`);
      for (const x of c.inactive) io.out(`- ${name(x.official)}: ${x.openTasks} nhiệm vụ`);
    }
    for (const w of r.warnings) io.err(`Lưu ý: ${w}`);
    return 0;
  } finally {
    await ctx.close();
  }
}
