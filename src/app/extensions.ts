/**
 * Deadline extensions: a leader asks, the admins get Approve / Refuse buttons, the first admin to
 * decide wins (SREM from the pending set is the atomic claim), the leader hears the answer, and an
 * approved extension moves the deadline and re-plans the reminders.
 */
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { addDays } from "../core/calendar/iso-date.ts";
import { localDate } from "../core/calendar/time-zone.ts";
import type { Assignment, Official } from "../core/model.ts";
import { formatIsoDate, formatTaskLine, t } from "../i18n/index.ts";
import { readJson } from "../store/schemas.ts";
import type { Actor } from "../store/store.ts";
import { cancelReminders, scheduleReminders } from "../../jobs/schedule.ts";
import { taskLine } from "../../jobs/render.ts";
import { admins, notify, type AppDeps } from "./deps.ts";
import { HORIZON_DAYS } from "./import-notice.ts";

export const ExtensionSchema = z.object({
  id: z.string(),
  assignmentId: z.string(),
  officialId: z.string(),
  until: z.string(),
  text: z.string(),
  requestedAt: z.string(),
  status: z.enum(["pending", "approved", "refused"]),
  decidedBy: z.string().nullable(),
});
export type Extension = z.infer<typeof ExtensionSchema>;

const key = (deps: AppDeps, id: string) => `${deps.store.prefix}ext:${id}`;
const pendingKey = (deps: AppDeps) => `${deps.store.prefix}ext:pending`;

/** The date asked for: an explicit date, or N days after the current deadline (or today). */
export function extensionTarget(current: string | null, today: string, until: string | null, days: number | null): string | null {
  if (until) return until;
  if (days) return addDays(current && current > today ? current : today, days);
  return null;
}

/** `task`: the task as the leader's line shows it ("3. Rà soát … · Hạn …"). */
export async function requestExtension(deps: AppDeps, me: Official, a: Assignment, task: string, until: string, actor: Actor): Promise<Extension> {
  const now = deps.clock();
  // Keyed by the message that asked: a retried handler finds its request instead of making a second one.
  const id = actor.ref ? createHash("sha256").update(`${actor.ref}\u0000${a.id}`).digest("hex").slice(0, 12) : randomBytes(6).toString("hex");
  const ext: Extension = { id, assignmentId: a.id, officialId: me.id, until, text: actor.text, requestedAt: now.toISOString(), status: "pending", decidedBy: null };
  if ((await deps.store.redis.set(key(deps, ext.id), JSON.stringify(ext), "EX", 180 * 86_400, "NX")) !== "OK") return (await getExtension(deps, ext.id)) ?? ext;
  await deps.store.redis.sadd(pendingKey(deps), ext.id);
  await deps.store.audit({ at: now.toISOString(), who: me.id, channel: actor.channel, text: actor.text, target: a.id, action: "extension_requested", from: a.deadline, to: until });
  for (const admin of await admins(deps)) {
    const l = admin.locale;
    await notify(deps, admin, {
      text: t(l, "extension.request_admin", {
        official: me.fullName, unit: me.unit, task, deadline: a.deadline ? formatIsoDate(a.deadline, l) : "—", until: formatIsoDate(until, l), text: actor.text,
      }),
      buttons: [[{ label: t(l, "buttons.approve"), data: `ea:${ext.id}` }, { label: t(l, "buttons.refuse"), data: `er:${ext.id}` }]],
    }, `ext~${ext.id}~${admin.id}`);
  }
  return ext;
}

export async function getExtension(deps: AppDeps, id: string): Promise<Extension | null> {
  return readJson(ExtensionSchema, await deps.store.redis.get(key(deps, id)), key(deps, id));
}

export async function pendingExtensions(deps: AppDeps): Promise<Extension[]> {
  const ids = await deps.store.redis.smembers(pendingKey(deps));
  return (await Promise.all(ids.map((id) => getExtension(deps, id)))).filter((e): e is Extension => !!e).sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
}

/** What a decision did: decided (with the deadline change, when approved), or why not. */
export interface Decision {
  outcome: "decided" | "already" | "missing" | "closed";
  /** The assignment before and after an approved extension moved its deadline. */
  change?: { before: Assignment; after: Assignment };
}

/**
 * Decides a request once; a second decision (another admin, a double tap) gets "already decided".
 * `reason` (the console's Refuse asks for one) is told to the leader with the refusal.
 */
export async function decideExtension(deps: AppDeps, admin: Official, id: string, approve: boolean, actor: Actor, reason?: string): Promise<Decision> {
  const ext = await getExtension(deps, id);
  if (!ext) return { outcome: "missing" };
  // Done in the meantime: moving its deadline now would turn a late completion into an on-time one.
  const current = await deps.store.getAssignment(ext.assignmentId);
  if (current?.status === "done") {
    await deps.store.redis.srem(pendingKey(deps), id);
    return { outcome: "closed" };
  }
  if ((await deps.store.redis.srem(pendingKey(deps), id)) !== 1) return { outcome: "already" };
  const now = deps.clock();
  const decided: Extension = { ...ext, status: approve ? "approved" : "refused", decidedBy: admin.id };
  await deps.store.redis.set(key(deps, id), JSON.stringify(decided), "KEEPTTL");
  const leader = await deps.store.getOfficial(ext.officialId);
  const a = current;
  const task = a ? await deps.store.getTask(a.taskId) : null;
  if (!leader || !a || !task) return { outcome: "decided" };
  const l = leader.locale;
  const today = localDate(now, deps.calendar.timeZone);
  const lineFor = (x: Assignment) => formatTaskLine(taskLine({ number: x.number, assignment: x, task }, leader, today, deps.calendar.timeZone), l);
  if (!approve) {
    await deps.store.audit({ at: now.toISOString(), who: admin.id, channel: actor.channel, text: actor.text, target: ext.assignmentId, action: "extension_refused", from: ext.until, to: a.deadline });
    const deadline = a.deadline ? formatIsoDate(a.deadline, l) : "—";
    const text = reason ? t(l, "extension.refused_with_reason", { deadline, task: lineFor(a), reason }) : t(l, "extension.refused", { deadline, task: lineFor(a) });
    await notify(deps, leader, { text, refs: [ext.assignmentId] }, `ext-no~${id}`);
    return { outcome: "decided" };
  }
  const r = await deps.store.updateAssignment(ext.assignmentId, actor, "extension_approved", (x) => ({ ...x, deadline: ext.until }), now);
  if (r) {
    // Old reminders go; the new plan is queued from now to the horizon.
    await cancelReminders(deps, r.after.id, deps.available);
    await scheduleReminders(deps, [{ assignment: r.after, task, official: leader }], addDays(today, HORIZON_DAYS), deps.available);
  }
  await notify(deps, leader, { text: t(l, "extension.approved", { until: formatIsoDate(ext.until, l), task: lineFor(r?.after ?? a) }), refs: [ext.assignmentId] }, `ext-ok~${id}`);
  return r ? { outcome: "decided", change: r } : { outcome: "decided" };
}
