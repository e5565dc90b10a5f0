/**
 * The admin console at /admin: login by a one-time code sent to the admin's own chat, then the
 * dashboard, import and review, extension decisions and the exports. Sessions live in Redis; the
 * browser holds only the session id, in a signed HttpOnly SameSite=Lax cookie scoped to /admin.
 * Every POST needs the request's own Origin (hono/csrf) and, once signed in, the session's form token.
 * A session counts only while its official is still an admin of the roster.
 */
import type { Queue } from "bullmq";
import { Hono, type Context } from "hono";
import { html } from "hono/html";
import { bodyLimit } from "hono/body-limit";
import { deleteCookie, getCookie, getSignedCookie, setCookie, setSignedCookie } from "hono/cookie";
import { csrf } from "hono/csrf";
import { getConnInfo } from "@hono/node-server/conninfo";
import { pendingImportText } from "../../app/admin.ts";
import { bucketsByUnit } from "../../app/reports.ts";
import { consoleSecret, endSession, getSession, requestLoginCode, SESSION_TTL_SECONDS, verifyLoginCode, verifyPassword, maySignIn, setUnitViewing, viewerUnits, type Session } from "../../app/console-login.ts";
import type { AppDeps } from "../../app/deps.ts";
import { decideExtension, pendingExtensions } from "../../app/extensions.ts";
import { exportWorkbook, reportCsv, tasksCsv } from "../../app/exports.ts";
import { addTask, confirmDraft, createDraft, deleteTask, editTask, getDraft, mergeUp, promoteSkipped, saveDraft, splitTask, type Draft, type TaskEdit } from "../../app/review.ts";
import { pendingReminders } from "../../app/pending-reminders.ts";
import { directiveRows, officialRows, overdueTaskRows, recentDirectives, taskRows, unitRows } from "../../app/task-rows.ts";
import { localDate } from "../../core/calendar/time-zone.ts";
import type { Official } from "../../core/model.ts";
import { t, type Locale } from "../../i18n/index.ts";
import { intakeBytes, intakeNotes } from "../../intake/index.ts";
import { parseDirective } from "../../core/directive/parse.ts";
import type { Logger } from "../../log.ts";
import { CONSOLE_CSS } from "./assets.ts";
import { dashboardPage, unitPage, type PendingExtension } from "./dashboard-page.ts";
import { directivePage, directivesPage, historyPage, officialPage } from "./directive-pages.ts";
import { codePage, loginPage, page } from "./layout.ts";
import { mountQueues, QUEUES_PATH } from "./queues.ts";
import { importPage, reviewPage } from "./review-page.ts";

export interface ConsoleOptions {
  deps: AppDeps;
  /** Signs the session cookie (DONDOC_CONSOLE_SECRET); default: generated once and kept in Redis. */
  secret?: string;
  /** Queues shown to operators at /admin/queues (bull-board); none: not served. */
  queues?: readonly Queue[];
  logger: Logger;
}

const COOKIE = "dd_console";
const LANG_COOKIE = "dd_lang";
/** Uploads up to intake's 20 MB; every other form is small. */
const MAX_UPLOAD_BYTES = 21_000_000;
const MAX_FORM_BYTES = 512 * 1024;

type Body = Record<string, string | File | Array<string | File>>;
type Env = { Variables: { me: Official; session: Session; body: Body; l: Locale } };

/** Flash messages a redirect may name (?m=…), nothing else is shown. */
const FLASH = ["confirmed", "duplicate", "approved", "refused", "already", "reason_required", "draft_gone", "empty_draft"] as const;

const str = (v: Body[string] | undefined): string => (typeof v === "string" ? v : Array.isArray(v) && typeof v[0] === "string" ? v[0] : "");
const strs = (v: Body[string] | undefined): string[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === "string");
/** A deadline typed as dd/mm/yyyy (as officials write it) or yyyy-mm-dd → ISO, or null when empty or no real day. */
export function dayOf(raw: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw.trim()) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  if (!m) return null;
  const [y, mo, d] = m[1]!.length === 4 ? [m[1]!, m[2]!, m[3]!] : [m[3]!, m[2]!, m[1]!];
  const iso = `${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

function clientIp(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "?";
  } catch {
    return "?";
  }
}

function langOf(c: Context, fallback: Locale): Locale {
  const q = c.req.query("lang");
  if (q === "vi" || q === "en") {
    setCookie(c, LANG_COOKIE, q, { path: "/admin", httpOnly: true, sameSite: "Lax", maxAge: 365 * 86_400 });
    return q;
  }
  const cookie = getCookie(c, LANG_COOKIE);
  return cookie === "vi" || cookie === "en" ? cookie : fallback;
}

export function mountConsole(app: Hono, o: ConsoleOptions): void {
  const { deps } = o;
  let secret: Promise<string> | null = null;
  const key = () => (secret ??= consoleSecret(deps, o.secret).catch((err: unknown) => { secret = null; throw err; }));
  const secure = (c: Context) => new URL(c.req.url).protocol === "https:";
  const tz = deps.calendar.timeZone;

  const admin = new Hono<Env>();
  // Pages load only what dondoc serves, post only to dondoc, and are never framed (clickjacking).
  admin.use("*", async (c, next) => {
    await next();
    c.header("x-frame-options", "DENY");
    c.header("referrer-policy", "same-origin");
    if (!c.req.path.startsWith(QUEUES_PATH)) c.header("content-security-policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
  });
  admin.use("*", csrf());
  admin.use("/import", bodyLimit({ maxSize: MAX_UPLOAD_BYTES, onError: (c) => c.text(t("vi", "console.errors.too_large"), 413) }));
  admin.use("*", async (c, next) => (c.req.path === "/admin/import" ? next() : bodyLimit({ maxSize: MAX_FORM_BYTES, onError: (x) => x.text(t("vi", "console.errors.too_large"), 413) })(c, next)));

  admin.get("/app.css", (c) => c.body(CONSOLE_CSS, 200, { "content-type": "text/css; charset=utf-8", "cache-control": "no-cache" }));

  // ---------- Login ----------
  admin.get("/login", (c) => c.html(loginPage(langOf(c, "vi"), null)));
  admin.post("/login", async (c) => {
    const l = langOf(c, "vi");
    const id = str((await c.req.parseBody())["id"]).trim().slice(0, 64);
    if (!id) return c.html(loginPage(l, { text: t(l, "console.login.id_missing"), error: true }), 400);
    const r = await requestLoginCode(deps, id, clientIp(c));
    if (r.outcome === "limited") return c.html(loginPage(l, { text: t(l, "console.login.limited"), error: true }), 429);
    // The same answer for an admin, a leader and an unknown id: the page does not tell who is an admin.
    return c.redirect(`/admin/login/code?id=${encodeURIComponent(id)}`, 303);
  });
  admin.get("/login/code", (c) => {
    const l = langOf(c, "vi");
    return c.html(codePage(l, (c.req.query("id") ?? "").slice(0, 64), { text: t(l, "console.login.code_sent") }));
  });
  admin.post("/login/code", async (c) => {
    const l = langOf(c, "vi");
    const body = await c.req.parseBody();
    const id = str(body["id"]).trim().slice(0, 64);
    const r = await verifyLoginCode(deps, id, str(body["code"]).slice(0, 16), clientIp(c));
    if (r.outcome === "limited") return c.html(codePage(l, id, { text: t(l, "console.login.limited"), error: true }), 429);
    if (r.outcome !== "ok" || !r.session) return c.html(codePage(l, id, { text: t(l, "console.login.wrong_code"), error: true }), 401);
    await setSignedCookie(c, COOKIE, r.session.id, await key(), { path: "/admin", httpOnly: true, sameSite: "Lax", secure: secure(c), maxAge: SESSION_TTL_SECONDS });
    const who = await deps.store.getOfficial(r.session.officialId);
    return c.redirect(who?.role === "admin" ? "/admin" : "/admin/unit", 303);
  });

  admin.post("/login/password", async (c) => {
    const l = langOf(c, "vi");
    const body = await c.req.parseBody();
    const r = await verifyPassword(deps, str(body["id"]), str(body["password"]).slice(0, 256), clientIp(c));
    if (r.outcome === "limited") return c.html(loginPage(l, { text: t(l, "console.login.limited"), error: true }), 429);
    if (r.outcome !== "ok" || !r.session) return c.html(loginPage(l, { text: t(l, "console.login.wrong_password"), error: true }), 401);
    await setSignedCookie(c, COOKIE, r.session.id, await key(), { path: "/admin", httpOnly: true, sameSite: "Lax", secure: secure(c), maxAge: SESSION_TTL_SECONDS });
    return c.redirect("/admin", 303);
  });

  // ---------- Everything else needs a session of an admin, and POSTs its form token ----------
  admin.use("*", async (c, next) => {
    const cookie = await getSignedCookie(c, await key(), COOKIE);
    const refuse = () => {
      if (cookie === false) deleteCookie(c, COOKIE, { path: "/admin" });
      return c.req.method === "GET" || c.req.method === "HEAD" ? c.redirect("/admin/login", 303) : c.text(t("vi", "console.errors.login_needed"), 401);
    };
    // false: a cookie whose signature does not verify (forged or from another secret).
    if (!cookie) return refuse();
    const session = await getSession(deps, cookie);
    if (!session) return refuse();
    const me = await deps.store.getOfficial(session.officialId);
    const l = langOf(c, me?.locale ?? "vi");
    // A leader signs in only to their unit's read-only page, and only while an admin allows it.
    const viewer = me && me.role !== "admin" && (c.req.path === "/admin/unit" || c.req.path === "/admin/logout") && (await maySignIn(deps, me));
    if (!me || !(viewer || (me.role === "admin" && me.active !== false))) {
      return c.html(page({ l, title: t(l, "console.errors.forbidden_title"), me: null, message: { text: t(l, "console.errors.forbidden"), error: true } }, html``), 403);
    }
    let body: Body = {};
    const form = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)/i.test(c.req.header("content-type") ?? "");
    // Forms need the session's token; bull-board's JSON calls are covered by the cookie's SameSite (see queues.ts).
    if (c.req.method !== "GET" && c.req.method !== "HEAD" && (form || !c.req.path.startsWith(`${QUEUES_PATH}/`))) {
      body = (await c.req.parseBody({ all: true })) as Body;
      if (str(body["_csrf"]) !== session.csrf) return c.text(t(l, "console.errors.csrf"), 403);
    }
    c.set("me", me);
    c.set("session", session);
    c.set("body", body);
    c.set("l", l);
    await next();
    c.header("cache-control", "no-store");
    return undefined;
  });

  const frame = (c: Context<Env>) => {
    const l = c.get("l");
    const m = c.req.query("m") as (typeof FLASH)[number] | undefined;
    const n = Number(c.req.query("n") ?? 0) || 0;
    const message = m && FLASH.includes(m) ? { text: t(l, `console.flash.${m}`, { count: n }), error: m === "reason_required" || m === "draft_gone" || m === "empty_draft" } : null;
    return { l, title: "", me: { official: c.get("me"), csrf: c.get("session").csrf }, message };
  };

  admin.post("/logout", async (c) => {
    await endSession(deps, c.get("session"));
    deleteCookie(c, COOKIE, { path: "/admin" });
    return c.redirect("/admin/login", 303);
  });

  // ---------- Dashboard ----------
  admin.get("/", async (c) => {
    const now = deps.clock();
    // The buckets from the counters, the overdue list from the deadline index: neither reads every assignment.
    const [report, overdueAll, pending] = await Promise.all([bucketsByUnit(deps.store, now, tz), overdueTaskRows(deps.store, now, tz), pendingExtensions(deps)]);
    const assignments = new Map((await deps.store.getAssignments(pending.map((e) => e.assignmentId))).map((a) => [a.id, a]));
    const tasks = new Map((await deps.store.getTasks([...new Set([...assignments.values()].map((a) => a.taskId))])).map((x) => [x.id, x]));
    const officials = new Map((await deps.store.getOfficials([...new Set(pending.map((e) => e.officialId))])).flatMap((x) => (x ? [[x.id, x] as const] : [])));
    const extensions: PendingExtension[] = pending.map((ext) => {
      const a = assignments.get(ext.assignmentId);
      return { ext, official: officials.get(ext.officialId) ?? null, summary: (a && tasks.get(a.taskId)?.summary) ?? ext.assignmentId, deadline: a?.deadline ?? null };
    });
    // Filters: a unit (its chart row and its overdue tasks), a directive and a period of deadlines (the overdue list).
    const filter = { unit: c.req.query("unit") ?? "", directive: c.req.query("directive") ?? "", from: dayOf(c.req.query("from") ?? ""), to: dayOf(c.req.query("to") ?? "") };
    const overdue = overdueAll.filter((r) => (!filter.unit || r.unit === filter.unit) && (!filter.directive || r.directiveId === filter.directive)
      && (!filter.from || (r.deadline ?? "") >= filter.from) && (!filter.to || (r.deadline ?? "") <= filter.to));
    const shown = filter.unit ? { units: report.units.filter((u) => u.unit === filter.unit), overall: report.overall } : report;
    const f = frame(c);
    return c.html(dashboardPage({ ...f, title: t(f.l, "console.nav.dashboard") }, {
      today: localDate(now, tz), report: shown, allUnits: report.units.map((u) => u.unit), overdue, extensions, viewerUnits: await viewerUnits(deps),
      filter, directives: (await recentDirectives(deps.store)).map((d) => ({ id: d.id, label: d.notice.number ?? d.id })),
    }));
  });

  admin.post("/units/viewing", async (c) => {
    const body = c.get("body");
    const unit = str(body["unit"]).slice(0, 200);
    if (unit) await setUnitViewing(deps, c.get("me"), unit, str(body["allow"]) === "1");
    return c.redirect("/admin#units", 303);
  });

  // A unit's tasks, read only: a leader's own unit (when allowed), or any unit for an admin (?unit=).
  admin.get("/unit", async (c) => {
    const me = c.get("me");
    const unit = me.role === "admin" ? (c.req.query("unit") ?? "") : me.unit;
    const now = deps.clock();
    const rows = await unitRows(deps.store, unit, now, tz);
    const f = frame(c);
    return c.html(unitPage({ ...f, title: unit }, unit, rows, localDate(now, tz)));
  });
  admin.get("", (c) => c.redirect("/admin/", 301));

  admin.post("/extensions/:id", async (c) => {
    const body = c.get("body");
    const approve = str(body["decision"]) === "approve";
    const reason = str(body["reason"]).trim().slice(0, 300);
    if (!approve && !reason) return c.redirect("/admin?m=reason_required", 303);
    const d = await decideExtension(deps, c.get("me"), c.req.param("id").slice(0, 32), approve, { who: c.get("me").id, channel: "console", text: approve ? "console: approve" : `console: refuse — ${reason}` }, approve ? undefined : reason);
    return c.redirect(`/admin?m=${d.outcome === "decided" ? (approve ? "approved" : "refused") : "already"}`, 303);
  });

  // ---------- Directives and history ----------
  admin.get("/directives", async (c) => {
    const f = frame(c);
    return c.html(directivesPage({ ...f, title: t(f.l, "console.directives.title") }, await recentDirectives(deps.store)));
  });
  admin.get("/directives/:id", async (c) => {
    const d = await deps.store.getDirective(c.req.param("id").slice(0, 32));
    if (!d) return c.notFound();
    const f = frame(c);
    return c.html(directivePage({ ...f, title: d.notice.number ?? d.id }, d, await directiveRows(deps.store, d.id, deps.clock(), tz)));
  });
  admin.get("/assignments/:id", async (c) => {
    const a = await deps.store.getAssignment(c.req.param("id").slice(0, 120));
    if (!a) return c.notFound();
    const [task, o, entries, pending] = await Promise.all([deps.store.getTask(a.taskId), deps.store.getOfficial(a.officialId), deps.store.auditOf(a.id), pendingReminders(deps, [a.id])]);
    const f = frame(c);
    return c.html(historyPage({ ...f, title: a.taskCode }, a, task?.summary ?? a.taskCode, o?.fullName ?? a.officialId, entries, pending));
  });
  admin.get("/officials/:id", async (c) => {
    const o = await deps.store.getOfficial(c.req.param("id").slice(0, 64));
    if (!o) return c.notFound();
    const rows = await officialRows(deps.store, o.id, deps.clock(), tz);
    const f = frame(c);
    return c.html(officialPage({ ...f, title: o.fullName }, o, rows, await pendingReminders(deps, rows.filter((r) => r.status === "open").map((r) => r.assignmentId))));
  });

  // ---------- Import and review ----------
  admin.get("/import", (c) => {
    const f = frame(c);
    return c.html(importPage({ ...f, title: t(f.l, "console.import.title") }));
  });
  admin.post("/import", async (c) => {
    const f = frame(c);
    const l = f.l;
    const body = c.get("body");
    const file = body["file"];
    const upload = file instanceof File && file.size > 0 ? file : null;
    let text = str(body["text"]).trim();
    let notes: string[] = [];
    if (upload) {
      const read = await intakeBytes(Buffer.from(await upload.arrayBuffer()), { ...deps.intake, locale: l });
      if (!read.ok) return c.html(importPage({ ...f, title: t(l, "console.import.title"), message: { text: t(l, "admin.import.failed", { reason: read.message }), error: true } }), 422);
      text = read.text;
      const parsed = parseDirective(read.text);
      notes = read.kind === "text" ? [] : intakeNotes(read, parsed.ok ? parsed.directive.tasks : [], l, (i) => String(i + 1));
    }
    if (!text) return c.html(importPage({ ...f, title: t(l, "console.import.title"), message: { text: t(l, "console.import.nothing"), error: true } }), 400);
    const r = await createDraft(deps, c.get("me"), text, notes);
    if (!r.ok) return c.html(importPage({ ...f, title: t(l, "console.import.title"), message: { text: t(l, "admin.import.failed", { reason: r.reason }), error: true } }), 422);
    return c.redirect(`/admin/review/${r.draft.id}`, 303);
  });

  // The chat's preview links here: its pasted text becomes a draft to review.
  admin.get("/review/chat/:id", async (c) => {
    const text = await pendingImportText(deps, c.req.param("id"));
    if (text === null) return c.redirect("/admin/import?m=draft_gone", 303);
    const r = await createDraft(deps, c.get("me"), text);
    return c.redirect(r.ok ? `/admin/review/${r.draft.id}` : "/admin/import?m=draft_gone", 303);
  });

  admin.get("/review/:id", async (c) => {
    const draft = await getDraft(deps, c.req.param("id"));
    if (!draft) return c.redirect("/admin/import?m=draft_gone", 303);
    const roster = await activeRoster(deps);
    const f = frame(c);
    return c.html(reviewPage({ ...f, title: t(f.l, "console.nav.import") }, draft, roster, localDate(deps.clock(), tz)));
  });

  admin.post("/review/:id", async (c) => {
    let draft = await getDraft(deps, c.req.param("id"));
    if (!draft) return c.redirect("/admin/import?m=draft_gone", 303);
    const body = c.get("body");
    const roster = new Set((await activeRoster(deps)).map((x) => x.id));
    draft = applyEdits(draft, body, roster);
    const op = str(body["op"]);
    if (op.startsWith("delete:")) draft = deleteTask(draft, op.slice(7));
    else if (op.startsWith("promote:")) draft = promoteSkipped(draft, Number(op.slice(8)));
    else if (op.startsWith("split:")) draft = splitTask(draft, op.slice(6));
    else if (op.startsWith("merge:")) draft = mergeUp(draft, op.slice(6));
    else if (op === "add" && str(body["new_text"]).trim()) draft = addTask(draft, str(body["new_text"]));
    if (op === "confirm") {
      const r = await confirmDraft(deps, c.get("me"), draft);
      if (r.outcome === "empty") {
        await saveDraft(deps, draft);
        return c.redirect(`/admin/review/${draft.id}?m=empty_draft`, 303);
      }
      return c.redirect(`/admin?m=${r.outcome}&n=${r.recipients}`, 303);
    }
    await saveDraft(deps, draft);
    return c.redirect(`/admin/review/${draft.id}${op.startsWith("promote:") || op === "add" ? "#tasks" : ""}`, 303);
  });

  if (o.queues?.length) mountQueues(admin, o.queues);

  // ---------- Exports ----------
  const exportData = async (c: Context<Env>) => {
    const now = deps.clock();
    const directive = c.req.query("directive");
    const unit = c.req.query("unit");
    const official = c.req.query("official");
    // A view reads through its index (a directive's, an official's, a unit's officials'); only the whole list reads every assignment.
    const [report, view] = await Promise.all([bucketsByUnit(deps.store, now, tz),
      directive ? directiveRows(deps.store, directive, now, tz) : official ? officialRows(deps.store, official, now, tz) : unit ? unitRows(deps.store, unit, now, tz) : taskRows(deps.store, now, tz)]);
    const rows = view.filter((r) => (!directive || r.directiveId === directive) && (!unit || r.unit === unit) && (!official || r.officialId === official));
    return { report, rows, today: localDate(now, tz) };
  };
  const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const attachment = (name: string) => `attachment; filename="${name}"`;
  admin.get("/export/report.xlsx", async (c) => {
    const { report, today } = await exportData(c);
    return c.body(new Uint8Array(await exportWorkbook(c.get("l"), report, [], { report: true, tasks: false })), 200, { "content-type": XLSX, "content-disposition": attachment(`bao-cao-${today}.xlsx`) });
  });
  admin.get("/export/tasks.xlsx", async (c) => {
    const { report, rows, today } = await exportData(c);
    return c.body(new Uint8Array(await exportWorkbook(c.get("l"), report, rows, { report: true, tasks: true })), 200, { "content-type": XLSX, "content-disposition": attachment(`nhiem-vu-${today}.xlsx`) });
  });
  admin.get("/export/report.csv", async (c) => {
    const { report, today } = await exportData(c);
    return c.body(new Uint8Array(reportCsv(c.get("l"), report)), 200, { "content-type": "text/csv; charset=utf-8", "content-disposition": attachment(`bao-cao-${today}.csv`) });
  });
  admin.get("/export/tasks.csv", async (c) => {
    const { rows, today } = await exportData(c);
    return c.body(new Uint8Array(tasksCsv(c.get("l"), rows)), 200, { "content-type": "text/csv; charset=utf-8", "content-disposition": attachment(`nhiem-vu-${today}.csv`) });
  });

  app.route("/admin", admin);
}

async function activeRoster(deps: AppDeps): Promise<Official[]> {
  return (await deps.store.listOfficials()).filter((x) => x.active !== false)
    .sort((a, b) => a.unit.localeCompare(b.unit, "vi") || a.fullName.localeCompare(b.fullName, "vi"));
}

/** The table's fields → the draft: every task listed in `codes` takes what the form says. */
function applyEdits(draft: Draft, body: Body, roster: ReadonlySet<string>): Draft {
  const codes = str(body["codes"]).split(",").filter(Boolean);
  let d = draft;
  for (const code of codes) {
    if (!d.tasks.some((x) => x.code === code)) continue;
    const deadline = dayOf(str(body[`deadline_${code}`]));
    const recurrence = str(body[`recurrence_${code}`]);
    const priority = str(body[`priority_${code}`]);
    const edit: TaskEdit = {
      summary: str(body[`summary_${code}`]).trim().slice(0, 300) || undefined,
      text: str(body[`text_${code}`]).trim() || undefined,
      deadline,
      recurrence: (["weekly", "monthly", "quarterly", "half-yearly", "yearly", "regular"] as const).find((r) => r === recurrence) ?? null,
      priority: priority === "urgent" ? "urgent" : "normal",
      officials: strs(body[`officials_${code}`]).filter((id) => roster.has(id)),
    };
    d = editTask(d, code, edit);
  }
  return d;
}
