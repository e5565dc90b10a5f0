/**
 * Broadcasts: "/phatthanh Giám đốc các sở; UBND các xã: nội dung". The admin first sees a preview —
 * who each target reached, which reached nobody, the text as each recipient will read it — and
 * chooses: send inside office hours (the default; at once when it is office hours now), send now,
 * or cancel. Sending is a resumable fan-out with a delivery report.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { isWithinOfficeHours, nextWorkingMoment } from "../core/calendar/office-hours.ts";
import type { Official } from "../core/model.ts";
import { resolveAssignees } from "../core/roster/resolve.ts";
import { formatDateTime, t } from "../i18n/index.ts";
import type { OutboundMessage } from "../channels/port.ts";
import { readJson } from "../store/schemas.ts";
import type { Actor } from "../store/store.ts";
import type { AppDeps } from "./deps.ts";
import { fanOut } from "./fanout.ts";

const PendingSchema = z.object({ admin: z.string(), body: z.string(), label: z.string(), recipients: z.array(z.string()) });
/** A preview can be confirmed for a day. */
const PENDING_TTL_SECONDS = 86_400;
const pendingKey = (deps: AppDeps, id: string) => `${deps.store.prefix}pending-bc:${id}`;
const EVERYONE = /^(?:tat ca|tất cả|all|everyone)$/i;
/** Lines of the preview that list targets; the rest are summed up. */
const MAX_TARGET_LINES = 15;

export async function previewBroadcast(deps: AppDeps, admin: Official, args: string): Promise<OutboundMessage> {
  const l = admin.locale;
  const m = /^([^:\n]+):\s*([\s\S]+)$/.exec(args.trim());
  if (!m) return { text: t(l, "admin.broadcast.usage") };
  const [, targetText, rawBody] = m;
  const body = rawBody!.trim();
  const roster = (await deps.store.listOfficials()).filter((o) => o.active !== false);
  const targets = targetText!.split(";").map((s) => s.trim()).filter(Boolean);
  const groups = targets.length === 1 && EVERYONE.test(targets[0]!)
    ? [{ assignee: targets[0]!, officials: roster.filter((o) => o.role === "leader") }]
    : resolveAssignees(targets, roster, deps.aliases).byAssignee;
  const recipients = [...new Map(groups.flatMap((g) => g.officials.map((o) => [o.id, o] as const))).values()];
  const lines = groups.slice(0, MAX_TARGET_LINES).map((g) => g.officials.length
    ? t(l, "admin.broadcast.target", { target: g.assignee, count: g.officials.length })
    : t(l, "admin.broadcast.target_none", { target: g.assignee }));
  if (groups.length > MAX_TARGET_LINES) lines.push(t(l, "admin.broadcast.more_targets", { count: groups.length - MAX_TARGET_LINES }));
  if (!recipients.length) return { text: `${t(l, "admin.broadcast.no_recipients")}\n${lines.join("\n")}` };
  const id = randomBytes(6).toString("base64url");
  const label = body.split("\n")[0]!.slice(0, 60);
  await deps.store.redis.set(pendingKey(deps, id), JSON.stringify({ admin: admin.id, body, label, recipients: recipients.map((o) => o.id) }), "EX", PENDING_TTL_SECONDS);
  const now = deps.clock();
  const hours = deps.policy.officeHours;
  const inHours = isWithinOfficeHours(deps.calendar, now, hours);
  const sample = t(recipients[0]!.locale, "broadcast.message", { name: recipients[0]!.fullName, text: body });
  const text = t(l, "admin.broadcast.preview", { count: recipients.length, targets: lines.join("\n"), sample });
  const when = inHours ? t(l, "buttons.send") : t(l, "buttons.send_at", { at: formatDateTime(nextWorkingMoment(deps.calendar, now, hours), l) });
  return {
    text: inHours ? text : `${text}\n${t(l, "admin.broadcast.outside_hours")}`,
    buttons: [[{ label: when, data: `bs:${id}` }, ...(inHours ? [] : [{ label: t(l, "buttons.send_now"), data: `bn:${id}` }])], [{ label: t(l, "buttons.cancel"), data: `bx:${id}` }]],
  };
}

/** Sends a previewed broadcast: in office hours (or at once when `now`), with its delivery report. */
export async function confirmBroadcast(deps: AppDeps, admin: Official, id: string, sendNow: boolean, actor: Actor): Promise<string> {
  const l = admin.locale;
  const key = pendingKey(deps, id);
  const pending = readJson(PendingSchema, await deps.store.redis.get(key), key);
  if (!pending) return t(l, "admin.broadcast.gone");
  const recipients = (await deps.store.getOfficials(pending.recipients)).filter((o): o is Official => o !== null);
  const now = deps.clock();
  const at = sendNow ? now : nextWorkingMoment(deps.calendar, now, deps.policy.officeHours);
  await fanOut(deps, {
    reportId: `bc~${id}`, admin, label: pending.label, recipients, delayMs: at.getTime() - now.getTime(),
    render: (o) => ({ text: t(o.locale, "broadcast.message", { name: o.fullName, text: pending.body }) }),
  });
  await deps.store.audit({ at: now.toISOString(), who: admin.id, channel: actor.channel, text: pending.body.slice(0, 500), target: `bc~${id}`, action: "broadcast", from: null, to: `${recipients.length} cán bộ` });
  // Deleted only now: a fan-out killed half-way is finished when the handler is retried.
  await deps.store.redis.del(key);
  return at.getTime() > now.getTime()
    ? t(l, "admin.broadcast.scheduled", { count: recipients.length, at: formatDateTime(at, l) })
    : t(l, "admin.broadcast.started", { count: recipients.length });
}

export async function cancelBroadcast(deps: AppDeps, admin: Official, id: string): Promise<string> {
  const removed = await deps.store.redis.del(pendingKey(deps, id));
  return t(admin.locale, removed ? "admin.broadcast.cancelled" : "admin.broadcast.gone");
}
