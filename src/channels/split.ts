/**
 * Splits a long text into parts a platform accepts (Telegram 4096, Zalo 2000 characters), at line
 * boundaries: a reader gets whole lines, never a task cut in half. Only a single line longer than
 * the limit is cut, at a space if there is one, never inside a surrogate pair.
 */

import { createHash } from "node:crypto";
import type { OutboundMessage } from "./port.ts";

/** How long a half-sent split message remembers its sent parts. */
const PARTIAL_TTL_MS = 3_600_000;

/**
 * Parts of split messages already delivered by an attempt that then failed, per process: the
 * retry sends only the rest, so the reader never gets part 1 twice. Lost on restart (then the
 * retry starts over: a repeated part beats a missing one).
 */
export class PartProgress {
  private readonly partial = new Map<string, { sent: number; lastId: string; at: number }>();

  /** Parts of this message to `chatId` already delivered, and the last one's id. */
  resume(chatId: string, message: OutboundMessage): { key: string; sent: number; lastId: string } {
    const now = Date.now();
    for (const [k, p] of this.partial) if (now - p.at > PARTIAL_TTL_MS) this.partial.delete(k);
    const key = createHash("sha256").update(`${chatId}\u0000${message.text}\u0000${JSON.stringify(message.buttons ?? [])}`).digest("base64url");
    const p = this.partial.get(key);
    return { key, sent: p?.sent ?? 0, lastId: p?.lastId ?? "" };
  }

  delivered(key: string, sent: number, lastId: string): void {
    this.partial.set(key, { sent, lastId, at: Date.now() });
  }

  done(key: string): void {
    this.partial.delete(key);
  }
}

/**
 * Limits are counted in UTF-16 code units: never fewer than the platforms' own character counts.
 * A line that starts with a space continues the entry above it ("1. Task\n   details"): a part
 * ends before the entry it would cut, so an entry stays whole unless it alone exceeds the limit.
 */
export function splitText(text: string, maxChars: number): string[] {
  if (maxChars < 2) throw new Error(`splitText: maxChars must be at least 2, got ${maxChars}`);
  if (text.length <= maxChars) return [text];
  const parts: string[] = [];
  let lines: string[] = [];
  let length = -1;
  /** Index in `lines` where the entry being built starts. */
  let entryStart = 0;
  const flush = (upTo = lines.length): void => {
    const part = lines.slice(0, upTo).join("\n").replace(/\n+$/, "");
    // A part of only blank lines would be rejected as empty; its lines are dropped with it.
    if (part.trim() !== "") parts.push(part);
    lines = lines.slice(upTo);
    length = lines.length ? lines.join("\n").length : -1;
    entryStart = 0;
  };
  for (const line of text.split("\n")) {
    const continues = /^\s/.test(line) && line.trim() !== "";
    if (length + 1 + line.length <= maxChars) {
      if (!continues) entryStart = lines.length;
      lines.push(line);
      length += 1 + line.length;
      continue;
    }
    // Full: end the part before the entry this line continues, when that entry is not the whole part.
    if (continues && entryStart > 0) flush(entryStart);
    else flush();
    if (length + 1 + line.length <= maxChars) {
      if (!continues) entryStart = lines.length;
      lines.push(line);
      length += 1 + line.length;
      continue;
    }
    if (lines.length) flush();
    const pieces = cutLine(line, maxChars);
    parts.push(...pieces.slice(0, -1));
    const last = pieces.at(-1) ?? "";
    lines = last ? [last] : [];
    length = last ? last.length : -1;
    entryStart = 0;
  }
  flush();
  return parts;
}

/** Cuts one over-long line: at the last space within the limit, else at the limit itself. */
function cutLine(line: string, maxChars: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > maxChars) {
    let at = rest.lastIndexOf(" ", maxChars);
    if (at <= 0) at = maxChars;
    // A high surrogate at the cut would leave half an emoji on each side.
    const code = rest.charCodeAt(at - 1);
    if (code >= 0xd800 && code <= 0xdbff) at -= 1;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^ /, "");
  }
  pieces.push(rest);
  return pieces.filter((p) => p.trim() !== "");
}
