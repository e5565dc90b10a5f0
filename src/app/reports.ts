/**
 * Reports for admins: the four official buckets per unit and overall, the overdue list, pending
 * extensions. Texts come from the locale; each unit line carries a small bar chart of done share.
 */
import { localDate } from "../core/calendar/time-zone.ts";
import type { Assignment, Bucket, Official } from "../core/model.ts";
import { daysLeft } from "../core/status.ts";
import { daysPhrase, formatIsoDate, t, type Locale } from "../i18n/index.ts";
import { countsByOfficial, overdueCount, overdueIds } from "../store/indexes.ts";
import type { Store } from "../store/store.ts";
import type { OutboundMessage } from "../channels/port.ts";
import { splitText } from "../channels/split.ts";
import { toCsv } from "./csv.ts";

/** A list longer than this many chat messages (at Zalo's 2000 characters) comes as a summary and a file. */
const MAX_PARTS = 3;
const PART_CHARS = 2_000;
/** Entries the summary of a long list shows. */
const SUMMARY_ENTRIES = 10;

/** More than MAX_PARTS chat messages: a text longer than they can hold is, whatever its lines, without splitting it. */
function longerThanParts(text: string): boolean {
  return text.length > MAX_PARTS * (PART_CHARS + 1) || splitText(text, PART_CHARS).length > MAX_PARTS;
}

export type Counts = Record<Bucket, number> & { total: number };
const empty = (): Counts => ({ on_time: 0, late: 0, open_in_time: 0, open_overdue: 0, total: 0 });

export interface UnitReport {
  unit: string;
  counts: Counts;
}

/**
 * The four buckets per unit and overall, from the counters the store keeps with every status change:
 * a few reads per official, whatever the number of assignments. A unit is its officials' unit now.
 */
export async function bucketsByUnit(store: Store, now: Date, timeZone: string): Promise<{ units: UnitReport[]; overall: Counts }> {
  const today = localDate(now, timeZone);
  const counts = await countsByOfficial(store.redis, store.k, today);
  const officials = new Map((await store.getOfficials(counts.map((c) => c.officialId))).filter((o): o is Official => !!o).map((o) => [o.id, o]));
  const byUnit = new Map<string, Counts>();
  const overall = empty();
  for (const c of counts) {
    const total = c.on_time + c.late + c.open_in_time + c.open_overdue;
    if (!total) continue;
    const unit = officials.get(c.officialId)?.unit ?? "?";
    const u = byUnit.get(unit) ?? empty();
    byUnit.set(unit, u);
    for (const b of BUCKETS) { u[b] += c[b]; overall[b] += c[b]; }
    u.total += total; overall.total += total;
  }
  const units = [...byUnit.entries()].map(([unit, counts]) => ({ unit, counts }))
    // Worst first: most overdue, then fewest done.
    .sort((x, y) => y.counts.open_overdue - x.counts.open_overdue || x.unit.localeCompare(y.unit, "vi"));
  return { units, overall };
}

/** Open assignments past their deadline, oldest deadline first, read through the deadline index: as many reads as overdue tasks. */
async function overdueAssignments(store: Store, today: string, limit?: number): Promise<Assignment[]> {
  return (await store.getAssignments(await overdueIds(store.redis, store.k, today, limit))).filter((a) => a.status === "open" && a.deadline && a.deadline < today);
}

/** "████████░░ 80%": share of tasks done (on time or late), ten cells. */
export function bar(c: Counts): string {
  if (!c.total) return "";
  const done = (c.on_time + c.late) / c.total;
  const cells = Math.round(done * 10);
  return `${"█".repeat(cells)}${"░".repeat(10 - cells)} ${Math.round(done * 100)}%`;
}

export function renderBuckets(locale: Locale, report: { units: UnitReport[]; overall: Counts }, today: string): string {
  if (!report.overall.total) return t(locale, "admin.report.empty");
  const lines = [t(locale, "admin.report.header", { date: formatIsoDate(today, locale) }), ""];
  for (const u of report.units) lines.push(`${t(locale, "admin.report.unit", { unit: u.unit, ...u.counts })}\n   ${bar(u.counts)}`);
  lines.push("", `${t(locale, "admin.report.overall", { ...report.overall })}\n   ${bar(report.overall)}`);
  return lines.join("\n");
}

export async function renderOverdue(store: Store, locale: Locale, now: Date, timeZone: string): Promise<string> {
  const today = localDate(now, timeZone);
  const overdue = await overdueAssignments(store, today);
  if (!overdue.length) return t(locale, "admin.overdue.none");
  const { entry } = await overdueLines(store, locale, overdue, today);
  return t(locale, "admin.overdue.header", { date: formatIsoDate(today, locale), count: overdue.length, tasks: overdue.map(entry).join("\n") });
}

/** /baocao: the report as text; a province too large for a few messages gets the top units and the whole as CSV. */
export function reportMessage(locale: Locale, report: { units: UnitReport[]; overall: Counts }, today: string): OutboundMessage {
  const text = renderBuckets(locale, report, today);
  if (!longerThanParts(text)) return { text };
  const top = renderBuckets(locale, { units: report.units.slice(0, SUMMARY_ENTRIES), overall: report.overall }, today);
  const header = [t(locale, "admin.report.csv.unit"), t(locale, "admin.report.csv.total"), ...BUCKETS.map((b) => t(locale, `admin.report.buckets.${b}`)), t(locale, "admin.report.csv.done_share")];
  const rows = [...report.units.map((u) => ({ name: u.unit, c: u.counts })), { name: t(locale, "admin.report.csv.overall"), c: report.overall }]
    .map(({ name, c }) => [name, c.total, ...BUCKETS.map((b) => c[b]), c.total ? Math.round(((c.on_time + c.late) / c.total) * 100) : 0]);
  return {
    text: `${top}\n\n${t(locale, "admin.long_list", { shown: SUMMARY_ENTRIES, total: report.units.length })}`,
    document: { fileName: `bao-cao-${today}.csv`, mimeType: "text/csv", content: Buffer.from(toCsv([header, ...rows]), "utf8"), fallbackText: text },
  };
}

const BUCKETS = ["on_time", "late", "open_in_time", "open_overdue"] as const;

/** The officials and tasks an overdue list names, read once for the whole list. */
async function namesOf(store: Store, overdue: Assignment[]): Promise<{ official: (a: Assignment) => Official | undefined; summary: (a: Assignment) => string }> {
  const officials = new Map((await store.getOfficials([...new Set(overdue.map((a) => a.officialId))])).filter((o): o is Official => !!o).map((o) => [o.id, o]));
  const tasks = new Map((await store.getTasks([...new Set(overdue.map((a) => a.taskId))])).map((x) => [x.id, x]));
  return { official: (a) => officials.get(a.officialId), summary: (a) => tasks.get(a.taskId)?.summary ?? a.taskCode };
}

/** One overdue entry's line. */
async function overdueLines(store: Store, locale: Locale, overdue: Assignment[], today: string): Promise<{ entry: (a: Assignment, i: number) => string; names: Awaited<ReturnType<typeof namesOf>> }> {
  const names = await namesOf(store, overdue);
  const entry = (a: Assignment, i: number) => {
    const o = names.official(a);
    return t(locale, "admin.overdue.line", {
      number: i + 1, summary: names.summary(a), official: o?.fullName ?? a.officialId, unit: o?.unit ?? "",
      deadline: formatIsoDate(a.deadline!, locale), days: daysPhrase(daysLeft(a.deadline!, today), locale),
    });
  };
  return { entry, names };
}

/** Up to this many overdue tasks, /quahan answers with the list itself (and a file when it is long). */
const OVERDUE_INLINE = 60;

/**
 * /quahan as answered at once: the list itself when it is short; otherwise its count and the longest overdue
 * (one ZCOUNT and one short range of the deadline index, whatever the size of the province), with `file: true`:
 * the whole list follows as a file, built by a delivery job (overdueMessage).
 */
export async function overdueAnswer(store: Store, locale: Locale, now: Date, timeZone: string): Promise<{ message: OutboundMessage; file: boolean }> {
  const today = localDate(now, timeZone);
  const count = await overdueCount(store.redis, store.k, today);
  if (count <= OVERDUE_INLINE) return { message: await overdueMessage(store, locale, now, timeZone), file: false };
  const first = await overdueAssignments(store, today, SUMMARY_ENTRIES);
  const { entry } = await overdueLines(store, locale, first, today);
  const summary = t(locale, "admin.overdue.header", { date: formatIsoDate(today, locale), count, tasks: first.map(entry).join("\n") });
  return { message: { text: `${summary}\n\n${t(locale, "admin.overdue.file_follows", { shown: first.length, total: count })}` }, file: true };
}

/** /quahan's whole list, worst first: its text, its first entries, and the CSV of all of it (made only when asked for). */
async function overdueList(store: Store, locale: Locale, now: Date, timeZone: string): Promise<{ count: number; full: string; top: string; document: () => NonNullable<OutboundMessage["document"]> } | null> {
  const today = localDate(now, timeZone);
  const overdue = await overdueAssignments(store, today);
  if (!overdue.length) return null;
  const { entry, names } = await overdueLines(store, locale, overdue, today);
  const header = (tasks: Assignment[]) => t(locale, "admin.overdue.header", { date: formatIsoDate(today, locale), count: overdue.length, tasks: tasks.map(entry).join("\n") });
  const full = header(overdue);
  const document = () => {
    const columns = ["STT", t(locale, "admin.overdue.csv.task"), t(locale, "admin.overdue.csv.official"), t(locale, "admin.overdue.csv.unit"), t(locale, "admin.overdue.csv.deadline"), t(locale, "admin.overdue.csv.days_late"), t(locale, "admin.overdue.csv.number")];
    const rows = overdue.map((a, i) => {
      const o = names.official(a);
      return [i + 1, names.summary(a), o?.fullName ?? a.officialId, o?.unit ?? "", formatIsoDate(a.deadline!, locale), -daysLeft(a.deadline!, today), a.number];
    });
    return { fileName: `qua-han-${today}.csv`, mimeType: "text/csv", content: Buffer.from(toCsv([columns, ...rows]), "utf8"), fallbackText: full };
  };
  return { count: overdue.length, full, top: header(overdue.slice(0, SUMMARY_ENTRIES)), document };
}

/** /quahan's whole list, worst first; when long, the first entries and the whole list as CSV. */
export async function overdueMessage(store: Store, locale: Locale, now: Date, timeZone: string): Promise<OutboundMessage> {
  const list = await overdueList(store, locale, now, timeZone);
  if (!list) return { text: t(locale, "admin.overdue.none") };
  if (!longerThanParts(list.full)) return { text: list.full };
  return { text: `${list.top}\n\n${t(locale, "admin.long_list", { shown: SUMMARY_ENTRIES, total: list.count })}`, document: list.document() };
}

/**
 * The whole list as a file alone, for the delivery job that follows overdueAnswer's summary: a text and a file in
 * one job would send the text again each time the file met a 429.
 */
export async function overdueFile(store: Store, locale: Locale, now: Date, timeZone: string): Promise<OutboundMessage> {
  const list = await overdueList(store, locale, now, timeZone);
  return list ? { text: "", document: list.document() } : { text: t(locale, "admin.overdue.none") };
}
