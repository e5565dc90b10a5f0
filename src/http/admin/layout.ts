/** The console's frame (header, navigation, log-out form) and the two login pages. */
import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { Official } from "../../core/model.ts";
import { t, type Locale } from "../../i18n/index.ts";

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface Frame {
  l: Locale;
  title: string;
  /** The signed-in admin and their form token; null on the login pages. */
  me: { official: Official; csrf: string } | null;
  current?: "dashboard" | "import";
  message?: { text: string; error?: boolean } | null;
}

export const csrfField = (token: string) => html`<input type="hidden" name="_csrf" value="${token}">`;

export function page(f: Frame, body: Html): Html {
  const other = f.l === "vi" ? "en" : "vi";
  return html`<!doctype html>
<html lang="${f.l}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${f.title} — ${t(f.l, "console.brand")}</title><link rel="stylesheet" href="/admin/app.css"></head>
<body>
<header class="top"><div class="brand"><span class="logo">đđ</span> ${t(f.l, "console.brand")} <small>${t(f.l, "console.tagline")}</small></div>
<nav>${f.me && f.me.official.role !== "admin" ? html`
  <span class="muted" style="color:#fde">${f.me.official.fullName}</span>
  <form method="post" action="/admin/logout">${csrfField(f.me.csrf)}<button type="submit">${t(f.l, "console.nav.logout")}</button></form>` : f.me ? html`
  <a href="/admin"${f.current === "dashboard" ? raw(' class="current"') : ""}>${t(f.l, "console.nav.dashboard")}</a>
  <a href="/admin/import"${f.current === "import" ? raw(' class="current"') : ""}>${t(f.l, "console.nav.import")}</a>
  <a href="/admin/directives">${t(f.l, "console.nav.directives")}</a>
  <a href="/admin/export/tasks.xlsx">${t(f.l, "console.nav.export")}</a>
  <a href="/admin/queues">${t(f.l, "console.nav.queues")}</a>
  <span class="muted" style="color:#fde">${f.me.official.fullName}</span>
  <form method="post" action="/admin/logout">${csrfField(f.me.csrf)}<button type="submit">${t(f.l, "console.nav.logout")}</button></form>` : ""}
  <a href="?lang=${other}" hreflang="${other}">${t(f.l, "console.nav.language")}</a>
</nav></header>
<main>${f.message ? html`<p class="msg${f.message.error ? " error" : ""}" role="status">${f.message.text}</p>` : ""}${body}</main>
</body></html>`;
}

export function loginPage(l: Locale, message: Frame["message"]): Html {
  return page({ l, title: t(l, "console.login.title"), me: null, message }, html`
<section class="card narrow"><h1>${t(l, "console.login.title")}</h1>
<p class="muted">${t(l, "console.login.intro")}</p>
<form method="post" action="/admin/login">
  <label for="id">${t(l, "console.login.id_label")}</label>
  <input type="text" id="id" name="id" required maxlength="64" autocomplete="username" autofocus>
  <p><button type="submit">${t(l, "console.login.send_code")}</button></p>
</form>
<details><summary class="muted">${t(l, "console.login.password_title")}</summary>
<form method="post" action="/admin/login/password">
  <label for="pid">${t(l, "console.login.id_label")}</label>
  <input type="text" id="pid" name="id" required maxlength="64" autocomplete="username">
  <label for="password">${t(l, "console.login.password_label")}</label>
  <input type="password" id="password" name="password" required maxlength="256" autocomplete="current-password">
  <p><button type="submit" class="secondary">${t(l, "console.login.sign_in")}</button></p>
  <p class="muted">${t(l, "console.login.password_hint")}</p>
</form></details></section>`);
}

export function codePage(l: Locale, id: string, message: Frame["message"]): Html {
  return page({ l, title: t(l, "console.login.title"), me: null, message }, html`
<section class="card narrow"><h1>${t(l, "console.login.title")}</h1>
<p class="muted">${t(l, "console.login.code_intro")}</p>
<form method="post" action="/admin/login/code">
  <input type="hidden" name="id" value="${id}">
  <label for="code">${t(l, "console.login.code_label")}</label>
  <input type="text" id="code" name="code" required inputmode="numeric" pattern="[0-9 ]{6,8}" maxlength="8" autocomplete="one-time-code" autofocus>
  <p><button type="submit">${t(l, "console.login.sign_in")}</button> <a href="/admin/login">${t(l, "console.login.again")}</a></p>
</form></section>`);
}
