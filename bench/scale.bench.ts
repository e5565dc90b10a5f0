/**
 * Provincial scale (issue 15): builds a province's three years of assignments through the store's
 * own code (saveDirective, createAssignments, updateAssignment, store.audit) on a private
 * redis-server — 120 units, 300 officials, a mix of done on time, done late, open in time and
 * overdue, about five audit entries per assignment — then measures the 06:00 daily job (in a child
 * process of its own, for its peak RSS), Redis memory per assignment, /baocao, /quahan, /nhiemvu of
 * an official with 50 open tasks and a long history, and the cost of closing an overdue task.
 *
 * Sizes: DONDOC_BENCH_SCALE, comma-separated (default "20000", so the default `npm run bench` stays
 * a few minutes); `DONDOC_BENCH_SCALE=20000,200000 npm run bench scale` measures the growth.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import { cancelReminders } from "../jobs/schedule.ts";
import { DeliveryQueues } from "../jobs/queues.ts";
import { openTasksOf, taskLine } from "../jobs/render.ts";
import { bucketsByUnit, overdueAnswer, overdueFile, reportMessage } from "../src/app/reports.ts";
import { loadCalendar } from "../src/calendar/default.ts";
import { addDays } from "../src/core/calendar/iso-date.ts";
import { localDate } from "../src/core/calendar/time-zone.ts";
import { newAssignment } from "../src/core/assign.ts";
import type { Directive, Task } from "../src/core/directive/types.ts";
import type { Assignment, Official } from "../src/core/model.ts";
import { formatTaskLine, t } from "../src/i18n/index.ts";
import { silentLogger } from "../src/log.ts";
import { startEmbeddedRedis } from "../src/runtime/embedded-redis.ts";
import { Store } from "../src/store/store.ts";
import { fmt, table } from "./harness.ts";

const here = dirname(fileURLToPath(import.meta.url));
const TZ = "Asia/Ho_Chi_Minh";
/** The morning of the daily run. */
const NOW = new Date("2026-12-02T06:00:00+07:00");
const TODAY = localDate(NOW, TZ);
const UNITS = 120;
const OFFICIALS = 300;
const TASKS_PER_NOTICE = 10;
const ASSIGNEES_PER_TASK = 2;
const AUDIT_PER_ASSIGNMENT = 5;
/** The official whose /nhiemvu is timed: 50 open tasks and a long closed history. */
const BUSY = "CB0000";

/** A small deterministic generator, so each size builds the same kind of province. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32);
}

function officials(): Official[] {
  return Array.from({ length: OFFICIALS }, (_, i) => ({
    id: `CB${String(i).padStart(4, "0")}`, fullName: `Nguyễn Văn ${i}`, title: i % 5 === 0 ? "Giám đốc" : "Chủ tịch",
    unit: i % 5 === 0 ? `Sở Ngành ${i % UNITS}` : `UBND xã Số ${i % UNITS}`, unitType: i % 5 === 0 ? "sở" as const : "xã" as const,
    supervisorId: null, locale: "vi" as const, role: i === OFFICIALS - 1 ? "admin" as const : "leader" as const,
    telegramChatId: String(100_000 + i), zaloUserId: null,
  }));
}

function notice(n: number, imported: string, rnd: () => number, count = TASKS_PER_NOTICE, deadlineFrom = 20): Directive {
  const tasks: Task[] = Array.from({ length: count }, (_, i) => ({
    code: `T${i + 1}`, text: `Rà soát, báo cáo kết quả thực hiện nội dung số ${i + 1} của thông báo ${n}.`, summary: `Rà soát nội dung ${i + 1} (TB ${n})`,
    assignees: [], lead: null, partners: [], deadline: addDays(imported, deadlineFrom + Math.floor(rnd() * 100)), deadlineText: null,
    recurrence: null, priority: "normal", references: [], flags: [],
  }));
  return { notice: { number: `${n}/TB-UBND`, date: imported, issuer: "UBND tỉnh Thử", meetingDate: null, kind: "Thông báo", subject: null }, tasks, skipped: [] };
}

/** Runs `fn` on every item, `width` at a time. */
async function pool<T>(items: T[], width: number, fn: (x: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => { while (next < items.length) await fn(items[next++]!); }));
}

async function usedMemory(redis: Redis): Promise<number> {
  return Number(/^used_memory:(\d+)/m.exec(await redis.info("memory"))?.[1] ?? 0);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function timed(runs: number, fn: () => Promise<unknown>): Promise<{ median: number; max: number }> {
  await fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return { median: median(xs), max: Math.max(...xs) };
}

/** The daily job in a process of its own: its wall time and peak RSS, as the scheduler role would see them. */
function dailyInChild(url: string, prefix: string): Promise<{ ms: number; maxRssMb: number; assignments: number; reminders: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(here, "scale-daily.ts")], {
      env: { ...process.env, BENCH_REDIS_URL: url, BENCH_PREFIX: prefix, BENCH_NOW: NOW.toISOString() }, stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => { out += d.toString(); });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1)!)) : reject(new Error(`daily child exited ${code}`))));
  });
}

interface Figures {
  size: number;
  buildS: number;
  open: number;
  overdue: number;
  audit: number;
  dailyCold: { ms: number; maxRssMb: number; reminders: number };
  daily: { ms: number; maxRssMb: number; reminders: number };
  queued: number;
  bytesNoAudit: number;
  bytesAll: number;
  baocao: number;
  quahan: number;
  quahanFile: number;
  quahanCount: number;
  nhiemvu: number;
  busyOpen: number;
  busyHistory: number;
  close: { median: number; max: number };
  archived: number;
  archiveS: number;
  bytesArchived: number;
  archiveBytes: number;
}

async function measure(size: number): Promise<Figures> {
  const dir = await mkdtemp(join(tmpdir(), "dondoc-bench-scale-"));
  const embedded = await startEmbeddedRedis({ dir, logger: silentLogger });
  const redis = new Redis(embedded.url, { maxRetriesPerRequest: null });
  const prefix = "bench:";
  const store = new Store(redis, prefix, { timeZone: TZ });
  const queues = new DeliveryQueues(redis, prefix);
  const calendar = await loadCalendar({});
  const rnd = random(size);
  const base = await usedMemory(redis);
  const t0 = performance.now();
  const roster = officials();
  await store.saveOfficials(roster);
  const others = roster.filter((o) => o.id !== BUSY && o.role === "leader");

  // Three years of notices, oldest first; each task to two officials. The busy official's history is all closed.
  const notices = Math.ceil(size / (TASKS_PER_NOTICE * ASSIGNEES_PER_TASK));
  let made = 0;
  let audit = 0;
  for (let n = 0; n < notices && made < size; n++) {
    const imported = addDays(TODAY, -1_095 + Math.floor((n / notices) * 1_080));
    const at = new Date(`${imported}T09:00:00+07:00`);
    const { tasks } = await store.saveDirective(notice(n + 1, imported, rnd), "admin", at);
    const list: Assignment[] = [];
    for (const task of tasks) {
      for (let k = 0; k < ASSIGNEES_PER_TASK && made < size; k++, made++) {
        const o = n % 7 === 0 && k === 0 ? BUSY : others[Math.floor(rnd() * others.length)]!.id;
        list.push(newAssignment(task, o, at));
      }
    }
    const created = await store.createAssignments(list, at);
    // Closed: most of the old, half of the recent, a few of the future; some late. The busy official closes all.
    await pool(created, 32, async (a) => {
      const past = a.deadline! < addDays(TODAY, -30) ? 0.85 : a.deadline! < TODAY ? 0.5 : 0.2;
      if (a.officialId !== BUSY && rnd() >= past) return;
      const late = rnd() < 0.2;
      const doneDay = addDays(a.deadline!, late ? 1 + Math.floor(rnd() * 20) : -Math.floor(rnd() * 10));
      const doneAt = new Date(`${doneDay < TODAY ? doneDay : addDays(TODAY, -1)}T10:00:00+07:00`);
      await store.updateAssignment(a.id, { who: a.officialId, channel: "telegram", text: "xong" }, "done", (x) => ({ ...x, status: "done", doneAt: doneAt.toISOString(), progress: 100 }), doneAt);
      audit++;
    });
  }
  // The busy official's 50 open tasks, due over the coming months.
  const busyNotice = await store.saveDirective(notice(notices + 1, TODAY, rnd, 50, 5), "admin", NOW);
  await store.createAssignments(busyNotice.tasks.map((task) => newAssignment(task, BUSY, NOW)), NOW);
  made += 50;
  const buildS = (performance.now() - t0) / 1000;

  // The first daily run after the build queues every open task's next reminder (what an upgrade's first run does).
  const dailyCold = await dailyInChild(embedded.url, prefix);
  const queued = await queues.get("telegram").getDelayedCount();
  const bytesNoAudit = (await usedMemory(redis)) - base;
  // The rest of the audit log up to five entries per assignment: replies that changed nothing, refused commands, imports.
  const rest = AUDIT_PER_ASSIGNMENT * made - audit;
  for (let i = 0; i < rest; i += 1_000) {
    const p = redis.pipeline();
    for (let j = i; j < Math.min(rest, i + 1_000); j++) {
      p.xadd(store.k.audit, "*", "e", JSON.stringify({ at: NOW.toISOString(), who: roster[j % OFFICIALS]!.id, channel: "telegram", text: "đang triển khai thực hiện, sẽ báo cáo sau", target: `${j}`, action: "not_done", from: "open", to: "open" }));
    }
    await p.exec();
  }
  audit += Math.max(0, rest);
  const bytesAll = (await usedMemory(redis)) - base;
  const daily = await dailyInChild(embedded.url, prefix);

  while (/^aof_rewrite_in_progress:1/m.test(await redis.info("persistence"))) await new Promise((r) => setTimeout(r, 200));
  const baocao = await timed(20, async () => reportMessage("vi", await bucketsByUnit(store, NOW, TZ), TODAY));
  let quahanCount = 0;
  // What the admin waits for (the count and the worst), then the file a delivery job builds after it.
  const quahan = await timed(20, async () => { const m = (await overdueAnswer(store, "vi", NOW, TZ)).message; quahanCount = Number(/\((\d+)\)|(\d+) nhiệm vụ/.exec(m.text)?.slice(1).find(Boolean) ?? 0); });
  const quahanFile = await timed(3, async () => overdueFile(store, "vi", NOW, TZ));
  const busy = roster.find((o) => o.id === BUSY)!;
  let busyOpen = 0;
  const nhiemvu = await timed(20, async () => {
    const open = await openTasksOf(store, BUSY);
    busyOpen = open.length;
    return t("vi", "tasks.list", { count: open.length, tasks: open.map((o) => formatTaskLine(taskLine(o, busy, TODAY), "vi")).join("\n") });
  });
  const busyHistory = await redis.scard(store.k.assignmentsOf(BUSY));
  const overdue = await redis.zcount(store.k.openByDeadline, "-inf", `(${TODAY.replace(/-/g, "")}`);
  const open = await redis.zcard(store.k.openByDeadline);

  // The bulk load set off an AOF rewrite (append-only is on, as in production): timings wait for it to end.
  while (/^aof_rewrite_in_progress:1/m.test(await redis.info("persistence"))) await new Promise((r) => setTimeout(r, 200));
  // Closing an overdue task as a "xong" does: the change with its audit entry and indexes, then its queued reminder removed.
  const targets = (await redis.zrangebyscore(store.k.openByDeadline, "-inf", `(${TODAY.replace(/-/g, "")}`, "LIMIT", 0, 300));
  const closes: number[] = [];
  for (const id of targets) {
    const c0 = performance.now();
    await store.updateAssignment(id, { who: "bench", channel: "telegram", text: "xong" }, "done", (x) => ({ ...x, status: "done", doneAt: NOW.toISOString(), progress: 100 }), NOW);
    await cancelReminders({ store, queues }, id, ["telegram"]);
    closes.push(performance.now() - c0);
  }
  void calendar;

  // Retention: the build wrote its whole log today, so none of it is old enough to move; archived here
  // as if all of it were (a lower bound on memory: with 365 days kept, about a third of three years stays).
  const archiver = new Store(redis, prefix, { timeZone: TZ, auditDir: join(dir, "audit") });
  const a0 = performance.now();
  const archived = await archiver.archiveAudit(new Date(Date.now() + 1_000));
  const archiveS = (performance.now() - a0) / 1000;
  const bytesArchived = (await usedMemory(redis)) - base;
  const archiveBytes = (await readdir(join(dir, "audit"))).length ? (await Promise.all((await readdir(join(dir, "audit"))).map(async (f) => (await stat(join(dir, "audit", f))).size))).reduce((x, y) => x + y, 0) : 0;

  await queues.close();
  redis.disconnect();
  await embedded.stop();
  await rm(dir, { recursive: true, force: true });
  return {
    size: made, buildS, open, overdue, audit, dailyCold, daily, queued, bytesNoAudit, bytesAll, baocao: baocao.median, quahan: quahan.median, quahanFile: quahanFile.median, quahanCount,
    nhiemvu: nhiemvu.median, busyOpen, busyHistory, close: { median: median(closes.slice(20)), max: Math.max(...closes.slice(20)) },
    archived, archiveS, bytesArchived, archiveBytes,
  };
}

export default async function (): Promise<void> {
  const sizes = (process.env.DONDOC_BENCH_SCALE ?? "20000").split(",").map((s) => Number(s.trim())).filter((n) => n > 0);
  const all: Figures[] = [];
  for (const size of sizes) {
    const f = await measure(size);
    all.push(f);
    console.log(`built ${f.size} assignments (${f.open} open, ${f.overdue} overdue, ${f.audit} audit entries) in ${fmt(f.buildS, 0)} s`);
  }
  table(all.map((f) => ({
    assignments: f.size,
    "daily, first run (s)": fmt(f.dailyCold.ms / 1000, 1), "its peak RSS (MB)": fmt(f.dailyCold.maxRssMb, 0), "reminders queued": f.dailyCold.reminders,
    "daily, next day (s)": fmt(f.daily.ms / 1000, 1), "its peak RSS (MB) ": fmt(f.daily.maxRssMb, 0),
    "jobs waiting": f.queued,
    "Redis KB/assignment (no audit)": fmt(f.bytesNoAudit / f.size / 1024, 2), "Redis KB/assignment (all-in)": fmt(f.bytesAll / f.size / 1024, 2),
  })));
  table(all.map((f) => ({
    assignments: f.size,
    "/baocao ms": fmt(f.baocao, 1), [`/quahan answer ms`]: fmt(f.quahan, 1), "its file, built after (ms)": fmt(f.quahanFile, 0), "overdue listed": f.overdue,
    "/nhiemvu ms": fmt(f.nhiemvu, 2), "its open / history": `${f.busyOpen} / ${f.busyHistory}`,
    "close overdue ms (median)": fmt(f.close.median, 2), "(max)": fmt(f.close.max, 2),
  })));
  table(all.map((f) => ({
    assignments: f.size, "audit entries archived": f.archived, "in (s)": fmt(f.archiveS, 1), "files (MB, gzip)": fmt(f.archiveBytes / 2 ** 20, 1),
    "Redis KB/assignment after": fmt(f.bytesArchived / f.size / 1024, 2),
  })));
  if (all.length > 1) {
    const [a, b] = [all[0]!, all.at(-1)!];
    const g = (x: number, y: number) => `×${fmt(y / x, 1)}`;
    console.log(`growth ${a.size} → ${b.size} (×${fmt(b.size / a.size, 0)} assignments): daily ${g(a.dailyCold.ms, b.dailyCold.ms)} (RSS ${g(a.dailyCold.maxRssMb, b.dailyCold.maxRssMb)}), ` +
      `Redis ${g(a.bytesAll, b.bytesAll)}, /baocao ${g(a.baocao, b.baocao)}, /quahan ${g(a.quahan, b.quahan)}, its file ${g(a.quahanFile, b.quahanFile)} (overdue ${g(a.overdue, b.overdue)}), /nhiemvu ${g(a.nhiemvu, b.nhiemvu)}, close ${g(a.close.median, b.close.median)}`);
  }
}
