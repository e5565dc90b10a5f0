/**
 * SIGKILL while reminders go out: reminders due now for every official, the service killed at
 * random moments of the delivery and started again. Every official must get theirs, with at most
 * one duplicate per kill.
 */
import { check, killPoints, type Drill } from "./lib/drill.ts";
import { sleep, until } from "./lib/processes.ts";
import { seedDueReminders } from "./lib/seed.ts";
import { province, startWorld, tally } from "./lib/world.ts";

const drill: Drill = async ({ short }) => {
  const n = short ? 300 : 2_000;
  const kills = short ? 3 : 10;
  const w = await startWorld();
  try {
    const officials = province(n);
    await w.store.saveOfficials(officials);
    const marker = `DRILL-R-${Date.now().toString(36)}`;
    await seedDueReminders(w, officials.slice(1), marker);
    const chats = Array.from({ length: n }, (_, i) => 100_000 + i);
    const got = () => tally(w.tg.delivered, marker, chats).got;
    const started = Date.now();
    await w.service.start();
    for (const at of killPoints(kills, n, 11)) {
      await until(() => got() >= at, 600_000, `${at} reminders`);
      await w.service.kill();
      await sleep(Math.random() * 300);
      await w.service.start();
    }
    await until(() => got() === n, 600_000, "every reminder");
    const seconds = (Date.now() - started) / 1000;
    await sleep(3_000);
    const t = tally(w.tg.delivered, marker, chats);
    return {
      name: "reminders, SIGKILL",
      figures: { officials: n, kills: w.service.kills, delivered: t.got, missing: t.missing, duplicates: t.duplicates, seconds: Math.round(seconds) },
      checks: [check("every official has the reminder", t.missing === 0), check("at most one duplicate per kill", t.duplicates <= w.service.kills)],
    };
  } finally {
    await w.close();
  }
};
export default drill;
