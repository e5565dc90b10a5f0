/**
 * Live sandbox messages for the open pages: one Redis subscriber per web process, fanned out to
 * the pages that show each chat. Whatever process sent a message, every page of that chat sees it.
 */
import type { Redis } from "ioredis";
import { z } from "zod";
import { ChatEntrySchema, type ChatEntry } from "./chat-log.ts";

const Event = z.object({ chatId: z.string(), entry: ChatEntrySchema });

export class ChatEvents {
  private readonly listeners = new Map<string, Set<(e: ChatEntry) => void>>();
  private started: Promise<unknown> | null = null;

  /** `subscriber` becomes a subscriber connection (pass a connection of its own, e.g. redis.duplicate()). */
  constructor(private readonly subscriber: Redis, private readonly channel: string) {
    subscriber.on("message", (ch: string, raw: string) => {
      if (ch !== this.channel) return;
      let parsed;
      try { parsed = Event.safeParse(JSON.parse(raw)); } catch { return; }
      if (!parsed.success) return;
      for (const fn of this.listeners.get(parsed.data.chatId) ?? []) fn(parsed.data.entry);
    });
  }

  /** Calls `fn` with each new entry of `chatId` until the returned function is called. */
  listen(chatId: string, fn: (e: ChatEntry) => void): () => void {
    // ioredis re-subscribes by itself after a reconnect.
    this.started ??= this.subscriber.subscribe(this.channel).catch(() => { this.started = null; });
    const set = this.listeners.get(chatId) ?? new Set();
    set.add(fn);
    this.listeners.set(chatId, set);
    return () => {
      set.delete(fn);
      if (!set.size) this.listeners.delete(chatId);
    };
  }

  /** Pages listening now (for /healthz). */
  get listening(): number {
    let n = 0;
    for (const s of this.listeners.values()) n += s.size;
    return n;
  }

  close(): void {
    this.subscriber.disconnect();
  }
}
