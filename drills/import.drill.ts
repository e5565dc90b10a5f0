/**
 * SIGKILL while an import is queuing: the admin pastes a notice for every commune chair and
 * confirms; the service is killed while it creates the assignments, queues their reminders and
 * sends the announcement, and started again each time. Every assignment must exist with its
 * reminders, every chair must have the announcement (at most one duplicate per kill), and the
 * admin's delivery report must arrive with the right counts.
 */
import { check, killPoints, type Drill } from "./lib/drill.ts";
import { sleep, until } from "./lib/processes.ts";
import { notice } from "./lib/seed.ts";
import { ADMIN_CHAT, adminPresses, adminSays, province, startWorld, tally } from "./lib/world.ts";

const drill: Drill = async ({ short }) => {
  const n = short ? 300 : 2_000;
  const kills = short ? 3 : 10;
  const w = await startWorld();
  try {
    await w.store.saveOfficials(province(n));
    await w.service.start();
    const number = `${(Date.now() % 90_000) + 10_000}/TB-UBND`;
    const text = notice(number, [
      "Giao Chủ tịch UBND các xã rà soát, thống kê thiệt hại do mưa lũ, hoàn thành trước ngày 25/12/2026.",
      "Giao Chủ tịch UBND các xã báo cáo kết quả khắc phục hậu quả mưa lũ hằng tháng.",
    ]);
    const preview = await adminSays(w, text, "Bản xem trước", 120_000);
    const started = Date.now();
    adminPresses(w, preview, "ic:");
    const chats = Array.from({ length: n }, (_, i) => 100_000 + i);
    const announced = () => tally(w.tg.delivered, number, chats).got;
    const assignments = async () => w.conn.scard(w.store.k.assignments);
    // Kills while the assignments are written and the reminders queued, then during the announcement.
    const early = Math.ceil(kills / 3);
    for (const at of killPoints(early, 2 * n, 3)) {
      await until(async () => (await assignments()) >= at || announced() > 0, 300_000, `${at} assignments`);
      await w.service.kill();
      await sleep(Math.random() * 300);
      await w.service.start();
    }
    for (const at of killPoints(kills - early, n, 5)) {
      await until(() => announced() >= at, 600_000, `${at} announcements`);
      await w.service.kill();
      await sleep(Math.random() * 300);
      await w.service.start();
    }
    let report = "";
    await until(() => !!(report = w.tg.messagesTo(ADMIN_CHAT).find((m) => m.text.startsWith("Kết quả gửi") && m.text.includes(number))?.text ?? ""), 900_000, "the delivery report");
    const seconds = (Date.now() - started) / 1000;
    await sleep(2_000);
    const t = tally(w.tg.delivered, number, chats);
    const ids = await w.conn.smembers(w.store.k.assignments);
    const withoutReminders = (await Promise.all(ids.map((id) => w.conn.scard(w.store.k.jobsOf(id))))).filter((c) => c === 0).length;
    const reports = w.tg.messagesTo(ADMIN_CHAT).filter((m) => m.text.startsWith("Kết quả gửi") && m.text.includes(number)).length;
    return {
      name: "import, SIGKILL",
      figures: { chairs: n, kills: w.service.kills, assignments: ids.length, withoutReminders, announced: t.got, missing: t.missing, duplicates: t.duplicates, reports, seconds: Math.round(seconds) },
      checks: [
        check(`all ${2 * n} assignments exist, each with its reminders queued`, ids.length === 2 * n && withoutReminders === 0),
        check("every chair has the announcement", t.missing === 0),
        check("at most one duplicate per kill", t.duplicates <= w.service.kills),
        check(`the report arrives once and says ${n}/${n}`, reports === 1 && report.includes(`đã gửi đến ${n}/${n} cán bộ.`)),
      ],
    };
  } finally {
    await w.close();
  }
};
export default drill;
