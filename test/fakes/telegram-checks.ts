import type { TgBotCommand, TgInlineKeyboard } from "./telegram-types.ts";

/** Text limit of sendMessage and editMessageText, in characters after entity parsing. */
export const MAX_TEXT_CHARS = 4096;
/** callback_data limit, in bytes. */
export const MAX_CALLBACK_DATA_BYTES = 64;

/** Tags the Bot API accepts in parse_mode HTML. */
const HTML_TAGS = new Set([
  "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
  "a", "code", "pre", "blockquote", "tg-emoji",
]);
/** Named HTML entities the Bot API accepts (numeric ones are all accepted). */
const HTML_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };
/** MarkdownV2 characters that never start an entity, so they must always be escaped outside code. */
const MDV2_ALWAYS_ESCAPE = new Set(["#", "+", "-", "=", "{", "}", ".", "!"]);
/** MarkdownV2 entity delimiters that must come in pairs. */
const MDV2_PAIRED = ["||", "__", "*", "_", "~", "`"];

/** The visible text after parse_mode, or the Bot API's error description. */
export function parseEntities(text: string, parseMode: string | undefined): { text: string } | { error: string } {
  if (parseMode === undefined || parseMode === "") return { text };
  if (parseMode === "HTML") return parseHtml(text);
  if (parseMode === "MarkdownV2") return parseMarkdownV2(text);
  if (parseMode === "Markdown") return { text: text.replace(/[*_`[\]]/g, "") };
  return { error: `Bad Request: unsupported parse_mode` };
}

function parseHtml(html: string): { text: string } | { error: string } {
  const open: string[] = [];
  let out = "";
  let i = 0;
  while (i < html.length) {
    const c = html[i];
    if (c === "<") {
      const end = html.indexOf(">", i);
      const offset = Buffer.byteLength(html.slice(0, i));
      if (end < 0) return { error: `Bad Request: can't parse entities: Unclosed start tag at byte offset ${offset}` };
      const inner = html.slice(i + 1, end);
      const closing = inner.startsWith("/");
      const name = (closing ? inner.slice(1) : inner).trim().split(/\s/)[0]?.toLowerCase() ?? "";
      if (!HTML_TAGS.has(name)) {
        return { error: `Bad Request: can't parse entities: Unsupported start tag "${name}" at byte offset ${offset}` };
      }
      if (closing) {
        const expected = open.pop();
        if (expected !== name) {
          return { error: `Bad Request: can't parse entities: Unmatched end tag at byte offset ${offset}, expected "</${expected ?? ""}>", found "</${name}>"` };
        }
      } else {
        open.push(name);
      }
      i = end + 1;
    } else if (c === "&") {
      const m = /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(html.slice(i));
      const name = m?.[1];
      if (name === undefined) {
        out += "&";
        i += 1;
      } else if (name.startsWith("#")) {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        out += String.fromCodePoint(code);
        i += m![0].length;
      } else {
        const value = HTML_ENTITIES[name.toLowerCase()];
        if (value === undefined) return { error: `Bad Request: can't parse entities: Unsupported HTML entity "&${name};"` };
        out += value;
        i += m![0].length;
      }
    } else {
      out += c;
      i += 1;
    }
  }
  const unclosed = open.pop();
  if (unclosed !== undefined) return { error: `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "${unclosed}"` };
  return { text: out };
}

/** Close to the real parser: escapes, paired delimiters, links, quotes at line start, code spans. */
function parseMarkdownV2(md: string): { text: string } | { error: string } {
  let out = "";
  const open: string[] = [];
  let i = 0;
  const offset = (at: number): number => Buffer.byteLength(md.slice(0, at));
  while (i < md.length) {
    const c = md[i]!;
    const inCode = open.at(-1) === "`";
    if (c === "\\") {
      out += md[i + 1] ?? "";
      i += 2;
      continue;
    }
    const delimiter = inCode ? (c === "`" ? "`" : undefined) : MDV2_PAIRED.find((d) => md.startsWith(d, i));
    if (delimiter !== undefined) {
      if (open.at(-1) === delimiter) open.pop();
      else open.push(delimiter);
      i += delimiter.length;
      continue;
    }
    if (!inCode) {
      if (c === "[") {
        const link = /^\[([^\]]*)\]\(([^)]*)\)/.exec(md.slice(i));
        if (link) {
          out += link[1];
          i += link[0].length;
          continue;
        }
      }
      const quoteStart = c === ">" && (i === 0 || md[i - 1] === "\n");
      if (!quoteStart && (MDV2_ALWAYS_ESCAPE.has(c) || "()[]>|".includes(c))) {
        return { error: `Bad Request: can't parse entities: Character '${c}' is reserved and must be escaped with the preceding '\\'` };
      }
      if (quoteStart) {
        i += 1;
        continue;
      }
    }
    out += c;
    i += 1;
  }
  const unclosed = open.pop();
  if (unclosed !== undefined) {
    return { error: `Bad Request: can't parse entities: Can't find end of ${mdv2EntityName(unclosed)} entity at byte offset ${offset(md.lastIndexOf(unclosed))}` };
  }
  return { text: out };
}

function mdv2EntityName(delimiter: string): string {
  const names: Record<string, string> = { "*": "Bold", _: "Italic", __: "Underline", "~": "Strikethrough", "||": "Spoiler", "`": "Code" };
  return names[delimiter] ?? delimiter;
}

/** Checks a sendMessage text: not empty, not too long, valid for its parse_mode. */
export function checkText(raw: unknown, parseMode: string | undefined): { text: string } | { error: string } {
  if (typeof raw !== "string" || raw.trim().length === 0) return { error: "Bad Request: message text is empty" };
  const parsed = parseEntities(raw, parseMode);
  if ("error" in parsed) return parsed;
  if (parsed.text.trim().length === 0) return { error: "Bad Request: message text is empty" };
  if ([...parsed.text].length > MAX_TEXT_CHARS) return { error: "Bad Request: message is too long" };
  return { text: raw };
}

/** Validates reply_markup; an inline keyboard comes back typed, other keyboards pass unchecked. */
export function checkReplyMarkup(markup: unknown): { markup?: TgInlineKeyboard } | { error: string } {
  if (markup === undefined || markup === null) return {};
  const bad = { error: "Bad Request: can't parse reply keyboard markup JSON object" };
  if (typeof markup !== "object") return bad;
  const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (rows === undefined) return "keyboard" in markup || "remove_keyboard" in markup || "force_reply" in markup ? {} : bad;
  if (!Array.isArray(rows) || !rows.every(Array.isArray)) return { error: "Bad Request: field \"inline_keyboard\" of the InlineKeyboardMarkup should be an Array of Arrays" };
  for (const row of rows as unknown[][]) {
    for (const button of row) {
      const b = button as { text?: unknown; callback_data?: unknown; url?: unknown };
      if (typeof b.text !== "string" || b.text.length === 0) return { error: "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard" };
      if (b.callback_data === undefined && b.url === undefined) return { error: "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard" };
      if (b.callback_data !== undefined) {
        const bytes = typeof b.callback_data === "string" ? Buffer.byteLength(b.callback_data) : 0;
        if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) return { error: "Bad Request: BUTTON_DATA_INVALID" };
      }
    }
  }
  return { markup: markup as TgInlineKeyboard };
}

/** setMyCommands: at most 100 commands, names 1–32 of a-z 0-9 _, descriptions 1–256 characters. */
export function checkCommands(commands: unknown): { commands: TgBotCommand[] } | { error: string } {
  if (!Array.isArray(commands) || commands.length > 100) return { error: "Bad Request: can't parse commands JSON object" };
  for (const c of commands as Array<{ command?: unknown; description?: unknown }>) {
    if (typeof c.command !== "string" || !/^[a-z0-9_]{1,32}$/.test(c.command)) return { error: "Bad Request: BOT_COMMAND_INVALID" };
    if (typeof c.description !== "string" || c.description.length < 1 || [...c.description].length > 256) {
      return { error: "Bad Request: command description must be 1-256 characters long" };
    }
  }
  return { commands: commands as TgBotCommand[] };
}
