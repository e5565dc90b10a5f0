/** Slash commands as users type them: "/nhiemvu", "/start@dondoc_bot ABC123", "/phatthanh …". */

export interface Command {
  name: string;
  args: string;
}

/** The command in a text, or null. Names are folded to lower case; the bot's @name is dropped. */
export function readCommand(text: string): Command | null {
  const m = /^\/([A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]+)?(?:\s+([\s\S]*))?$/.exec(text.trim());
  return m ? { name: m[1]!.toLowerCase(), args: (m[2] ?? "").trim() } : null;
}

/** Commands only admins may use. */
export const ADMIN_COMMANDS = new Set(["baocao", "quahan", "giahan", "moi", "phatthanh"]);

/** Button data: "d:<token>" done, "p:" progress, "x:" extension, "ea:"/"er:" approve/refuse, "ic:"/"ix:" import confirm/cancel. */
export function readButton(data: string): { action: "d" | "p" | "x" | "ea" | "er" | "ic" | "ix"; arg: string } | null {
  const m = /^(d|p|x|ea|er|ic|ix):([A-Za-z0-9_-]{4,40})$/.exec(data.trim());
  return m ? { action: m[1] as "d", arg: m[2]! } : null;
}

/** A pasted notice, not a reply: long, several lines, or with a notice's header words. */
export function looksLikeNotice(text: string): boolean {
  const lines = text.split("\n").filter((l) => l.trim()).length;
  return text.length > 400 || (lines >= 4 && /(?:Số|SỐ)\s*:|THÔNG BÁO|CHỈ THỊ|ỦY BAN NHÂN DÂN|UBND/.test(text));
}
