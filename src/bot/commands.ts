/** Slash commands and button data as they arrive: "/nhiemvu", "/start@dondoc_bot ABC123", "d:<token>". */
import { parseDirective } from "../core/directive/parse.ts";

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
export const ADMIN_COMMANDS = new Set(["baocao", "quahan", "giahan", "moi", "phatthanh", "molai", "reopen"]);

/**
 * Button data, "<action>:<arg>":
 * d done, p progress, x extension (arg: task token); ea/er approve/refuse an extension; ic/ix
 * confirm/cancel an import; bs/bn/bx send a broadcast in office hours / now / cancel it;
 * u undo a change; cf/cx confirm a "done" / say not yet; wt the task number answering "which task?".
 */
export type ButtonAction = "d" | "p" | "x" | "ea" | "er" | "ic" | "ix" | "bs" | "bn" | "bx" | "u" | "cf" | "cx" | "wt";

export function readButton(data: string): { action: ButtonAction; arg: string } | null {
  const m = /^(d|p|x|ea|er|ic|ix|bs|bn|bx|u|cf|cx|wt):([A-Za-z0-9_-]{1,40})$/.exec(data.trim());
  return m ? { action: m[1] as ButtonAction, arg: m[2]! } : null;
}

/**
 * A pasted notice, not a reply: long, several lines with a notice's header words, or a short report that gives named units
 * work ("Ngày 5-8, UBND tỉnh Hà Tĩnh cho biết, đã giao Sở KH-ĐT chủ trì …", 380 characters, was read as a reply about
 * task 21 from its "21:20" dateline). A leader's answer is shorter and gives no one work.
 */
export function looksLikeNotice(text: string): boolean {
  const lines = text.split("\n").filter((l) => l.trim()).length;
  if (text.length > 400 || (lines >= 4 && /(?:Số|SỐ)\s*:|THÔNG BÁO|CHỈ THỊ|ỦY BAN NHÂN DÂN|UBND/.test(text))) return true;
  if (text.length < 150) return false;
  const parsed = parseDirective(text);
  return parsed.ok && parsed.directive.tasks.some((t) => t.assignees.length > 0);
}
