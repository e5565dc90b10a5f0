/**
 * The sandbox's conversations, kept in Redis so that every role sees them: a delivery worker in one
 * process appends what the bot says, the web process shows it live. Each chat is a capped list of
 * entries; every append is also published, for the pages that have the chat open.
 */
import type { Redis } from "ioredis";
import { z } from "zod";
import type { Button } from "../port.ts";

/** Entries kept per chat (older ones are dropped). */
export const CHAT_LOG_LENGTH = 300;

export const ChatEntrySchema = z.object({
  /** Increasing across all sandbox chats: the web channel's message id. */
  id: z.string(),
  from: z.enum(["bot", "user"]),
  text: z.string(),
  buttons: z.array(z.array(z.object({ label: z.string(), data: z.string() }))).optional(),
  /** For a button press: the bot message whose button was pressed. */
  pressedOn: z.string().optional(),
  at: z.string(),
});
export type ChatEntry = z.infer<typeof ChatEntrySchema>;

export const webKeys = (prefix: string) => ({
  chat: (chatId: string) => `${prefix}web:chat:${chatId}`,
  seq: `${prefix}web:seq`,
  /** Pub/sub channel: JSON { chatId, entry } per append. */
  events: `${prefix}web:events`,
});

export class ChatLog {
  private readonly k: ReturnType<typeof webKeys>;

  constructor(private readonly redis: Redis, prefix: string) {
    this.k = webKeys(prefix);
  }

  get eventsChannel(): string {
    return this.k.events;
  }

  /** Appends one entry and tells the open pages; returns it with its id. */
  async append(chatId: string, entry: { from: "bot" | "user"; text: string; buttons?: Button[][]; pressedOn?: string }, at: Date = new Date()): Promise<ChatEntry> {
    const id = String(await this.redis.incr(this.k.seq));
    const full: ChatEntry = { id, from: entry.from, text: entry.text, at: at.toISOString(), ...(entry.buttons?.length ? { buttons: entry.buttons } : {}), ...(entry.pressedOn ? { pressedOn: entry.pressedOn } : {}) };
    const json = JSON.stringify(full);
    await this.redis.multi().rpush(this.k.chat(chatId), json).ltrim(this.k.chat(chatId), -CHAT_LOG_LENGTH, -1)
      .publish(this.k.events, JSON.stringify({ chatId, entry: full })).exec();
    return full;
  }

  /** The chat's entries, oldest first; malformed ones are skipped. */
  async history(chatId: string, last = CHAT_LOG_LENGTH): Promise<ChatEntry[]> {
    const raw = await this.redis.lrange(this.k.chat(chatId), -last, -1);
    return raw.flatMap((r) => {
      try {
        const p = ChatEntrySchema.safeParse(JSON.parse(r));
        return p.success ? [p.data] : [];
      } catch {
        return [];
      }
    });
  }

  /** The bot message `id` of this chat, when it is still kept (to read a pressed button's label). */
  async find(chatId: string, id: string): Promise<ChatEntry | null> {
    return (await this.history(chatId)).find((e) => e.id === id) ?? null;
  }
}
