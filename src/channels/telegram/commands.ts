/**
 * The bot's command menu from the catalogues' `commands.*` keys: Vietnamese for everyone, English
 * for Telegram clients whose language_code is "en". Adding a command is a catalogue edit.
 */
import type { Telegram } from "telegraf";
import { catalogueKeys, isMessageKey, t, type Locale } from "../../i18n/index.ts";

export interface BotCommand {
  command: string;
  description: string;
}

/** The menu in `locale`, in catalogue order. */
export function commandMenu(locale: Locale): BotCommand[] {
  return catalogueKeys("vi")
    .filter((key) => key.startsWith("commands."))
    .filter(isMessageKey)
    .map((key) => ({ command: key.slice("commands.".length), description: t(locale, key) }));
}

/** Sets the default (Vietnamese) menu and the English one. */
export async function setCommandMenus(telegram: Telegram): Promise<void> {
  await telegram.setMyCommands(commandMenu("vi"));
  await telegram.setMyCommands(commandMenu("en"), { language_code: "en" });
}
