/**
 * `npm run cli -- admin password <code>`: sets an admin's console password. The code is the
 * sign-in code the bot sent to the admin's own chat (asked for on /admin/login): it names the admin
 * and proves it is them; it is used up. The password is read from standard input (one line), so it
 * stays out of the shell's history and the process list.
 */
import { MIN_PASSWORD_LENGTH, setPasswordWithCode } from "../app/console-login.ts";
import type { AppDeps } from "../app/deps.ts";
import { silentLogger } from "../log.ts";
import { t } from "../i18n/index.ts";
import { openContext } from "./context.ts";
import type { CliIo } from "./io.ts";

const USAGE = "usage: printf '%s\\n' 'mật khẩu' | npm run cli -- admin password <mã đăng nhập>";

export async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, code, ...extra] = args;
  if (sub !== "password" || !code || extra.length || !/^\d{6}$/.test(code)) { io.err(USAGE); return 2; }
  io.err(t("vi", "console.cli.password_prompt", { min: MIN_PASSWORD_LENGTH }));
  const password = (await io.stdin()).toString("utf8").split(/\r?\n/)[0] ?? "";
  const ctx = await openContext(io.env);
  try {
    const deps: AppDeps = { ...ctx.deps, channels: new Map(), logger: silentLogger };
    const r = await setPasswordWithCode(deps, code, password);
    if (r.outcome === "set") { io.out(t(r.official.locale, "console.cli.password_set", { name: r.official.fullName, id: r.official.id })); return 0; }
    io.err(t("vi", `console.cli.${r.outcome}`, { min: MIN_PASSWORD_LENGTH }));
    return 2;
  } finally {
    await ctx.close();
  }
}
