/**
 * SIGKILL during a broadcast: the admin sends "/phatthanh tất cả: …" and presses Send; the service
 * is killed at random moments of the fan-out and the delivery, and started again each time. Every
 * recipient must have the message, with at most one duplicate per kill, and the admin's delivery
 * report must arrive with the right counts.
 */
import { check, killPoints, type Drill } from "./lib/drill.ts";
import { sleep, until } from "./lib/processes.ts";
import { ADMIN_CHAT, adminPresses, adminSays, province, startWorld, tally } from "./lib/world.ts";

const drill: Drill = async ({ short }) => {
  const n = short ? 300 : 2_000;
  const kills = short ? 3 : 10;
  const w = await startWorld();
  try {
    await w.store.saveOfficials(province(n));
    await w.service.start();
    const marker = `DRILL-BC-${Date.now().toString(36)}`;
    const preview = await adminSays(w, `/phatthanh tất cả: Đề nghị báo cáo số liệu thiệt hại (${marker}).`, "Xem trước");
    const started = Date.now();
    adminPresses(w, preview, "bn:", "bs:");
    const chats = Array.from({ length: n }, (_, i) => 100_000 + i);
    const got = () => tally(w.tg.delivered, marker, chats).got;
    // The first kill lands in the fan-out itself, before anything is sent; the rest while it is delivered.
    await sleep(150);
    await w.service.kill();
    await w.service.start();
    for (const at of killPoints(kills - 1, n, 7)) {
      await until(() => got() >= at, 600_000, `${at} recipients`);
      await w.service.kill();
      await sleep(Math.random() * 300);
      await w.service.start();
    }
    let report = "";
    await until(() => !!(report = w.tg.messagesTo(ADMIN_CHAT).find((m) => m.text.startsWith("Kết quả gửi") && m.text.includes(marker))?.text ?? ""), 900_000, "the delivery report");
    const seconds = (Date.now() - started) / 1000;
    await sleep(2_000);
    const t = tally(w.tg.delivered, marker, chats);
    const reports = w.tg.messagesTo(ADMIN_CHAT).filter((m) => m.text.startsWith("Kết quả gửi") && m.text.includes(marker)).length;
    return {
      name: "broadcast, SIGKILL",
      figures: { recipients: n, kills: w.service.kills, delivered: t.got, missing: t.missing, duplicates: t.duplicates, reports, seconds: Math.round(seconds) },
      checks: [
        check("every recipient has the message", t.missing === 0),
        check("at most one duplicate per kill", t.duplicates <= w.service.kills),
        check(`the report arrives once and says ${n}/${n}`, reports === 1 && report.includes(`đã gửi đến ${n}/${n} cán bộ.`)),
      ],
    };
  } finally {
    await w.close();
  }
};
export default drill;
