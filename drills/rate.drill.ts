/**
 * A platform slower than our setting, and failing: the fake Telegram takes 20 messages a second
 * overall while dondoc is set to 25, and answers 10% of sends with a 500. Delivery must reach at
 * least 0.9 of the platform's own 20/s, lose nothing and duplicate nothing.
 */
import { check, type Drill } from "./lib/drill.ts";
import { until } from "./lib/processes.ts";
import { seedDueReminders } from "./lib/seed.ts";
import { province, startWorld, tally } from "./lib/world.ts";

const PLATFORM_PER_SECOND = 20;

const drill: Drill = async ({ short }) => {
  const n = short ? 600 : 2_000;
  const w = await startWorld({
    telegram: { globalPerSecond: PLATFORM_PER_SECOND, faults: { ratio: 0.1, kinds: ["500"], phase: "before", methods: ["sendMessage"], seed: 3 } },
    env: { TELEGRAM_MESSAGES_PER_SECOND: "25" },
  });
  try {
    const officials = province(n);
    await w.store.saveOfficials(officials);
    const marker = `DRILL-RT-${Date.now().toString(36)}`;
    await seedDueReminders(w, officials.slice(1), marker);
    const chats = Array.from({ length: n }, (_, i) => 100_000 + i);
    await w.service.start();
    await until(() => tally(w.tg.delivered, marker, chats).got === n, 900_000, "every reminder");
    const times = w.tg.delivered.filter((m) => m.text.includes(marker)).map((m) => m.at).sort((a, b) => a - b);
    const seconds = (times.at(-1)! - times[0]!) / 1000;
    const rate = (n - 1) / seconds;
    const t = tally(w.tg.delivered, marker, chats);
    return {
      name: "platform at 20/s, ours at 25/s, 10% 5xx",
      figures: {
        messages: n, seconds: seconds.toFixed(1), "messages/s": rate.toFixed(1), "share of 20/s": (rate / PLATFORM_PER_SECOND).toFixed(2),
        "429s": w.tg.count429, "500s": w.tg.faults.counts["500"], missing: t.missing, duplicates: t.duplicates,
      },
      checks: [
        check("at least 0.9 of the platform's 20/s", rate >= 0.9 * PLATFORM_PER_SECOND),
        check("nothing lost", t.missing === 0),
        check("nothing duplicated", t.duplicates === 0),
      ],
    };
  } finally {
    await w.close();
  }
};
export default drill;
