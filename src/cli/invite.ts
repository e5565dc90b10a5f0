/** `npm run cli -- invite <official id> [--bot <telegram bot username>]`: a single-use registration code (7 days). */
import { createInvite } from "../app/invites.ts";
import { formatDateTime, t } from "../i18n/index.ts";
import type { CliIo } from "./io.ts";
import { openContext } from "./context.ts";
import { readFlags } from "./schedule.ts";

const USAGE = "usage: npm run cli -- invite <mã cán bộ> [--bot tên_bot_telegram]";

export async function run(args: string[], io: CliIo): Promise<number> {
  const { flags, rest, error } = readFlags(args, ["bot"]);
  if (error || rest.length !== 1) { io.err(`${error ?? ""} ${USAGE}`.trim()); return 2; }
  const ctx = await openContext(io.env);
  try {
    const o = await ctx.deps.store.getOfficial(rest[0]!);
    if (!o) { io.err(t("vi", "admin.invite.unknown", { id: rest[0]! })); return 2; }
    const { code, expiresAt } = await createInvite(ctx.deps.store, o.id, "cli", new Date());
    const bot = flags.bot ?? io.env.TELEGRAM_BOT_USERNAME;
    const link = bot ? `https://t.me/${bot}?start=${code}` : `/start ${code}`;
    io.out(t(o.locale, "register.invite_created", { name: o.fullName, unit: o.unit, code, expires: formatDateTime(expiresAt, o.locale), link }));
    return 0;
  } finally {
    await ctx.close();
  }
}
