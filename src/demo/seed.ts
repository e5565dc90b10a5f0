/**
 * `npm run demo`: the sandbox with a province in it. Loads the sample Bắc Kạn roster, registers in
 * the sandbox chat the officials Notice 147 reaches and the admins (the others stay unregistered, to
 * try registration), then has an admin paste Notice 147 in their chat and press "Xác nhận" — the
 * real import flow, so each recipient gets the notice's announcement with their numbered tasks.
 * Runs once per Redis (a marker key); a second `npm run demo` only starts the service.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { previewImport } from "../app/import-notice.ts";
import type { InboundMessage } from "../channels/port.ts";
import type { ChatLog } from "../channels/web/chat-log.ts";
import { receiveWebPost } from "../channels/web/inbound.ts";
import { parseDirective } from "../core/directive/parse.ts";
import { decodeText } from "../core/text/decode.ts";
import type { Logger } from "../log.ts";
import { readRoster } from "../roster/import.ts";
import type { Store } from "../store/store.ts";

export const DEMO_ROSTER = fileURLToPath(new URL("../../data/demo/bac-kan-2022.csv", import.meta.url));
export const DEMO_NOTICE = fileURLToPath(new URL("../../data/samples/thong-bao-147-bac-kan.txt", import.meta.url));

export interface DemoDeps {
  store: Store;
  chats: ChatLog;
  onInbound: (m: InboundMessage) => Promise<void>;
  logger: Logger;
  /** How long to wait for the import preview in the admin's chat. Default 30_000 ms. */
  timeoutMs?: number;
}

export interface Seeded {
  officials: number;
  registered: number;
  /** False when this Redis had the demo already. */
  imported: boolean;
}

export async function seedDemo(d: DemoDeps): Promise<Seeded> {
  const roster = readRoster(await readFile(DEMO_ROSTER), DEMO_ROSTER);
  if (!roster.ok) throw new Error(`demo roster: ${roster.errors.join("; ")}`);
  const marker = `${d.store.prefix}demo:seeded`;
  if (await d.store.redis.exists(marker)) return { officials: roster.officials.length, registered: 0, imported: false };
  await d.store.saveOfficials(roster.officials);
  const decoded = decodeText(await readFile(DEMO_NOTICE));
  if ("error" in decoded) throw new Error(`demo notice: ${decoded.error}`);
  const parsed = parseDirective(decoded.text);
  if (!parsed.ok) throw new Error("demo notice: no tasks");
  const reached = new Set(previewImport(parsed.directive, roster.officials).byTask.flatMap((t) => t.officials.map((o) => o.id)));
  const admins = roster.officials.filter((o) => o.role === "admin");
  const register = roster.officials.filter((o) => reached.has(o.id) || o.role === "admin");
  for (const o of register) await d.store.bindChat("web", o.id, o.id);

  // The admin pastes the notice, as in Telegram; the bot answers with a preview and Confirm / Cancel.
  const admin = admins.find((a) => a.locale === "vi") ?? admins[0];
  if (!admin) throw new Error("demo roster has no admin");
  const pasted = await receiveWebPost(d.chats, admin.id, { text: decoded.text.slice(0, 4096) });
  if (pasted.ok) await d.onInbound(pasted.message);
  const deadline = Date.now() + (d.timeoutMs ?? 30_000);
  for (;;) {
    const preview = (await d.chats.history(admin.id)).reverse().find((e) => e.from === "bot" && e.buttons?.flat().some((b) => b.data.startsWith("ic:")));
    const confirm = preview?.buttons?.flat().find((b) => b.data.startsWith("ic:"));
    if (preview && confirm) {
      const pressed = await receiveWebPost(d.chats, admin.id, { button: confirm.data, on: preview.id });
      if (pressed.ok) await d.onInbound(pressed.message);
      break;
    }
    if (Date.now() > deadline) throw new Error("demo: the import preview did not arrive in the admin's chat");
    await new Promise((r) => setTimeout(r, 200));
  }
  await d.store.redis.set(marker, new Date().toISOString());
  d.logger.info("demo loaded", { officials: roster.officials.length, registered: register.length, admin: admin.id });
  return { officials: roster.officials.length, registered: register.length, imported: true };
}
