/**
 * Delivery reports of broadcasts: each message job counts its outcome under the broadcast's id;
 * the job that brings the count to the total sends the admin the report (once: HSETNX).
 */
import { t } from "../src/i18n/index.ts";
import type { Store } from "../src/store/store.ts";
import type { DeliveryQueues } from "./queues.ts";
import { channelOf } from "./schedule.ts";
import type { ChannelName } from "../src/channels/port.ts";

export const reportKey = (store: Store, id: string): string => `${store.prefix}report:${id}`;

/** Opens a report: who asked, how many, and a label ("Thông báo số 12/TB-UBND" or the first words). */
export async function openReport(store: Store, id: string, adminId: string, total: number, label: string): Promise<void> {
  await store.redis.multi().hset(reportKey(store, id), { admin: adminId, total, label, sent: 0, failed: 0, unreachable: 0 }).expire(reportKey(store, id), 30 * 86_400).exec();
}

/** Counts one outcome; when everything is counted, queues the report to the admin. */
export async function countOutcome(store: Store, queues: DeliveryQueues, available: ReadonlySet<ChannelName>, id: string, outcome: "sent" | "failed" | "unreachable", who?: string): Promise<void> {
  const key = reportKey(store, id);
  const m = store.redis.multi().hincrby(key, outcome, 1);
  if (outcome !== "sent" && who) m.rpush(`${key}:missed`, who).expire(`${key}:missed`, 30 * 86_400);
  await m.exec();
  const r = await store.redis.hgetall(key);
  const sent = Number(r.sent ?? 0), failed = Number(r.failed ?? 0), unreachable = Number(r.unreachable ?? 0), total = Number(r.total ?? -1);
  if (sent + failed + unreachable < total) return;
  if ((await store.redis.hsetnx(key, "reported", "1")) !== 1) return;
  const admin = r.admin ? await store.getOfficial(r.admin) : null;
  if (!admin) return;
  const l = admin.locale;
  let text = t(l, "admin.broadcast.report", { notice: r.label ?? "", sent, failed, unreachable, total });
  const missed = await store.redis.lrange(`${key}:missed`, 0, -1);
  if (missed.length) text += `\n${t(l, "admin.broadcast.failed_list", { list: missed.map((m) => `• ${m}`).join("\n") })}`;
  const route = channelOf(admin, available);
  if (route) await queues.get(route.channel).add("message", { type: "message", o: admin.id, text }, { jobId: `rep~${id}` });
}
