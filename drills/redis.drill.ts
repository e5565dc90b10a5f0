/**
 * Redis killed (kill -9) and restarted on its append-only file while reminders are delivered and
 * webhooks arrive: the service must answer webhooks 503 while Redis is down (so Telegram keeps
 * them and sends again), lose no update it answered 200 for, and deliver every reminder.
 */
import { check, type Drill } from "./lib/drill.ts";
import { sleep, until } from "./lib/processes.ts";
import { seedDueReminders } from "./lib/seed.ts";
import { province, startWorld, tally } from "./lib/world.ts";

const SECRET = "drill_webhook_secret_1";
/** How the answer to /nhiemvu begins. */
const LIST = "Các nhiệm vụ chưa hoàn thành của Đồng chí";

const drill: Drill = async ({ short }) => {
  const reminders = short ? 300 : 1_000;
  const updates = short ? 300 : 1_000;
  const outages = short ? 1 : 3;
  const w = await startWorld({ telegram: { webhookRetryMs: 200 }, env: {} });
  Object.assign(w.service.env, { TELEGRAM_WEBHOOK_URL: `${w.service.url}/telegram/webhook`, TELEGRAM_WEBHOOK_SECRET: SECRET });
  try {
    const officials = province(Math.max(reminders, updates));
    await w.store.saveOfficials(officials);
    const marker = `DRILL-RD-${Date.now().toString(36)}`;
    await seedDueReminders(w, officials.slice(1, reminders + 1), marker);
    await w.service.start();
    const started = Date.now();
    const chats = Array.from({ length: reminders }, (_, i) => 100_000 + i);
    const users = Array.from({ length: updates }, (_, i) => 100_000 + i);
    // Leaders write while it all happens: one "/nhiemvu" each, a steady stream.
    let sent = 0;
    const sender = (async () => {
      for (const u of users) {
        w.tg.userSends(u, "/nhiemvu");
        sent++;
        await sleep(short ? 15 : 12);
      }
    })();
    let downMs = 0;
    for (let i = 0; i < outages; i++) {
      await sleep(1_500 + Math.random() * 1_500);
      await w.redis.kill9();
      const down = Date.now();
      await sleep(3_000 + Math.random() * 2_000);
      await w.redis.up();
      downMs += Date.now() - down;
    }
    await sender;
    const answered = () => users.filter((u) => w.tg.messagesTo(u).some((m) => m.text.startsWith(LIST))).length;
    await until(() => answered() === updates && tally(w.tg.delivered.filter((m) => !m.text.startsWith(LIST)), marker, chats).got === reminders, 600_000, "every answer and every reminder");
    const seconds = (Date.now() - started) / 1000;
    await sleep(3_000);
    // The answers to /nhiemvu list the task too: only reminders count here.
    const t = tally(w.tg.delivered.filter((m) => !m.text.startsWith(LIST)), marker, chats);
    const statuses = w.tg.webhookDeliveries.reduce<Record<number, number>>((acc, d) => ({ ...acc, [d.status]: (acc[d.status] ?? 0) + 1 }), {});
    const answers = users.reduce((n, u) => n + w.tg.messagesTo(u).filter((m) => m.text.startsWith(LIST)).length, 0);
    return {
      name: "Redis kill -9 and restart",
      figures: {
        outages, "down (s)": (downMs / 1000).toFixed(1), updates: sent, "answered 200": statuses[200] ?? 0, "answered 503": statuses[503] ?? 0,
        "no answer (network)": statuses[0] ?? 0, "replies lost": updates - answered(), "extra replies": answers - updates,
        reminders, "reminders missing": t.missing, "reminder duplicates": t.duplicates, seconds: Math.round(seconds),
      },
      checks: [
        check("webhooks are answered 503 while Redis is down", (statuses[503] ?? 0) > 0),
        check("no update answered 200 is lost: every leader's message is answered", answered() === updates),
        check("every reminder is delivered", t.missing === 0),
        check("at most one duplicate per send in flight at each outage (10 a worker)", t.duplicates <= 10 * outages),
      ],
    };
  } finally {
    await w.close();
  }
};
export default drill;
