/**
 * Delivery reports of broadcasts and announcements. A report is opened once with its recipients;
 * each recipient's final outcome (sent, failed, unreachable) is counted once, whatever retries or
 * crashes happen; the count that reaches the total sends the admin the report (once: HSETNX). A
 * deadline job sends it anyway after a bounded wait, naming who is still pending.
 */
import { t } from "../src/i18n/index.ts";
import type { Store } from "../src/store/store.ts";
import type { DeliveryQueues } from "./queues.ts";
import { channelOf } from "./schedule.ts";
import type { ChannelName } from "../src/channels/port.ts";

export const reportKey = (store: Store, id: string): string => `${store.prefix}report:${id}`;
const REPORT_TTL_SECONDS = 30 * 86_400;
export type ReportOutcome = "sent" | "failed" | "unreachable";

/**
 * Opens a report: who asked, the recipients, and a label ("Thông báo số 12/TB-UBND" or the first
 * words). Opening again (a retried fan-out) changes nothing. Returns false when it was open already.
 */
export async function openReport(store: Store, id: string, adminId: string, recipients: string[], label: string): Promise<boolean> {
  const key = reportKey(store, id);
  // One MULTI of HSETNX: a kill can leave no half-opened report, and opening again changes nothing.
  const m = store.redis.multi().hsetnx(key, "admin", adminId).hsetnx(key, "total", recipients.length).hsetnx(key, "label", label)
    .hsetnx(key, "sent", 0).hsetnx(key, "failed", 0).hsetnx(key, "unreachable", 0).expire(key, REPORT_TTL_SECONDS);
  if (recipients.length) m.sadd(`${key}:to`, ...recipients).expire(`${key}:to`, REPORT_TTL_SECONDS);
  const res = (await m.exec()) ?? [];
  return res[0]?.[1] === 1;
}

/**
 * KEYS: the report, its counted-recipients set, its missed list. ARGV: recipient id, outcome,
 * the recipient's label (for the missed list), TTL s. One atomic step, so a process killed
 * between "counted" and "incremented" cannot lose a count: 1 when counted now, 0 when before.
 */
const COUNT_ONCE = `
if redis.call('SADD', KEYS[2], ARGV[1]) == 0 then return 0 end
redis.call('EXPIRE', KEYS[2], tonumber(ARGV[4]))
redis.call('HINCRBY', KEYS[1], ARGV[2], 1)
if ARGV[2] ~= 'sent' then
  redis.call('RPUSH', KEYS[3], ARGV[3])
  redis.call('EXPIRE', KEYS[3], tonumber(ARGV[4]))
end
return 1`;

/** Counts one recipient's final outcome, once per recipient; when all are counted, queues the report. */
export async function countOutcome(store: Store, queues: DeliveryQueues, available: ReadonlySet<ChannelName>, id: string, outcome: ReportOutcome, who: { id: string; label: string }): Promise<void> {
  const key = reportKey(store, id);
  // Counted before (a job retried after a crash): the report may still be due, so it is checked again below.
  await store.redis.eval(COUNT_ONCE, 3, key, `${key}:done`, `${key}:missed`, who.id, outcome, who.label, String(REPORT_TTL_SECONDS));
  const r = await store.redis.hgetall(key);
  const counted = Number(r.sent ?? 0) + Number(r.failed ?? 0) + Number(r.unreachable ?? 0);
  if (counted < Number(r.total ?? -1)) return;
  await sendReport(store, queues, available, id, false);
}

/**
 * Sends the report to the admin who asked, once. `pendingToo`: the deadline has come; recipients
 * still without a final outcome are named as pending.
 */
export async function sendReport(store: Store, queues: DeliveryQueues, available: ReadonlySet<ChannelName>, id: string, pendingToo: boolean): Promise<boolean> {
  const key = reportKey(store, id);
  if (!(await store.redis.exists(key))) return false;
  const r = await store.redis.hgetall(key);
  if (r.reported) return false;
  const admin = r.admin ? await store.getOfficial(r.admin) : null;
  if (!admin) return false;
  const l = admin.locale;
  const sent = Number(r.sent ?? 0), failed = Number(r.failed ?? 0), unreachable = Number(r.unreachable ?? 0), total = Number(r.total ?? 0);
  const pendingIds = pendingToo ? await store.redis.sdiff(`${key}:to`, `${key}:done`) : [];
  // Only what happened: a line per kind of outcome that occurred.
  let text = t(l, "admin.broadcast.report", { notice: r.label ?? "", sent, total });
  if (failed) text += `\n${t(l, "admin.broadcast.report_failed", { count: failed })}`;
  if (unreachable) text += `\n${t(l, "admin.broadcast.report_unreachable", { count: unreachable })}`;
  if (pendingIds.length) text += `\n${t(l, "admin.broadcast.report_pending", { count: pendingIds.length })}`;
  const missed = await store.redis.lrange(`${key}:missed`, 0, -1);
  if (missed.length) text += `\n${t(l, "admin.broadcast.failed_list", { list: missed.map((m) => `• ${m}`).join("\n") })}`;
  if (pendingIds.length) {
    const pending = (await store.getOfficials(pendingIds)).map((o, i) => (o ? `${o.fullName} (${o.unit})` : pendingIds[i]!));
    text += `\n${t(l, "admin.broadcast.pending_list", { list: pending.map((p) => `• ${p}`).join("\n") })}`;
  }
  // Queued before it is marked reported, so a crash in between sends it on the next count, not never;
  // the job id and the send ledger keep a second queuing from sending it twice.
  const route = channelOf(admin, available);
  if (route) await queues.get(route.channel).add("message", { type: "message", o: admin.id, text }, { jobId: `rep~${id}` });
  return (await store.redis.hsetnx(key, "reported", "1")) === 1;
}
