/**
 * The admins' weekly summary (Friday afternoon, or the week's last working day): tasks done in the
 * week, overdue now, pending extensions, new blockers, and the per-unit report with its bars.
 */
import { addDays } from "../core/calendar/iso-date.ts";
import { localDate } from "../core/calendar/time-zone.ts";
import { nextWorkingDay } from "../core/calendar/working-days.ts";
import type { Calendar } from "../core/calendar/calendar.ts";
import type { Official } from "../core/model.ts";
import { formatIsoDate, t } from "../i18n/index.ts";
import type { Store } from "../store/store.ts";
import { bucketsByUnit, renderBuckets } from "./reports.ts";

/** True on the last working day of a Monday–Sunday week (the next working day falls in a later week). */
export function isLastWorkingDayOfWeek(cal: Calendar, day: string): boolean {
  if (!cal.isWorkingDay(day)) return false;
  const next = nextWorkingDay(cal, day);
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  return next > addDays(day, 6 - weekday);
}

export async function renderWeeklySummary(store: Store, admin: Official, now: Date, cal: Calendar, pendingExtensions: number): Promise<string> {
  const l = admin.locale;
  const today = localDate(now, cal.timeZone);
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  const monday = addDays(today, -weekday);
  const all = await store.allAssignments();
  const inWeek = (iso: string | null) => !!iso && localDate(new Date(iso), cal.timeZone) >= monday && localDate(new Date(iso), cal.timeZone) <= today;
  const done = all.filter((a) => a.status === "done" && inWeek(a.doneAt)).sort((a, b) => (a.doneAt! < b.doneAt! ? -1 : 1));
  const overdue = all.filter((a) => a.status === "open" && a.deadline && a.deadline < today).length;
  const blockers = all.filter((a) => a.blocker && inWeek(a.updatedAt)).length;
  const summary = t(l, "admin.weekly_summary", {
    from: formatIsoDate(monday, l), to: formatIsoDate(today, l), done: done.length, overdue, extensions: pendingExtensions, blockers,
    report: renderBuckets(l, await bucketsByUnit(store, now, cal.timeZone), today),
  });
  if (!done.length) return summary;
  // Which tasks were reported done this week, and by whom (the first 30; the count above is complete).
  const officials = new Map((await store.getOfficials([...new Set(done.map((a) => a.officialId))])).filter((o): o is Official => !!o).map((o) => [o.id, o]));
  const tasks = new Map((await store.getTasks([...new Set(done.map((a) => a.taskId))])).map((x) => [x.id, x]));
  const lines = done.slice(0, 30).map((a, i) => {
    const o = officials.get(a.officialId);
    return `${i + 1}. ${tasks.get(a.taskId)?.summary ?? a.taskCode} — ${o ? `${o.fullName} (${o.unit})` : a.officialId}`;
  });
  return `${summary}\n\n${t(l, "admin.done_digest", { count: done.length, tasks: lines.join("\n") })}`;
}
