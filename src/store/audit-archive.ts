/**
 * Audit retention: entries older than the retention age leave Redis for monthly archive files,
 * `audit-YYYY-MM.jsonl.gz` (one JSON line per entry, with its stream id; the month in the
 * province's time zone), which the export and an assignment's history still read. Each run appends
 * one gzip member per file — concatenated members are one valid gzip file — and only then deletes
 * the entries from the stream: a crash between the two leaves an entry in both, never in neither,
 * and readers drop the second copy by its id.
 */
import { mkdir, open, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import type { Redis } from "ioredis";
import { localDate } from "../core/calendar/time-zone.ts";
import type { Keys } from "./keys.ts";
import { AuditEntrySchema, type AuditEntry } from "./schemas.ts";

/** An audit entry with the stream id it had in Redis (its time, to the millisecond, and order). */
export type ArchivedEntry = AuditEntry & { id: string };

/** Entries moved per round trip. */
const BATCH = 5_000;
const FILE = /^audit-(\d{4}-\d{2})\.jsonl\.gz$/;

/** The archive file of a month ("2026-11"). */
export const archiveFile = (dir: string, month: string): string => join(dir, `audit-${month}.jsonl.gz`);

/** The local month a stream id was written in. */
export function monthOfId(id: string, timeZone: string): string {
  return localDate(new Date(Number(id.split("-")[0])), timeZone).slice(0, 7);
}

/** Appends `lines` as one gzip member and waits for the disk, before anything is deleted from Redis. */
async function appendDurably(path: string, lines: string[]): Promise<void> {
  const f = await open(path, "a");
  try {
    await f.write(gzipSync(`${lines.join("\n")}\n`));
    await f.sync();
  } finally {
    await f.close();
  }
}

/** Moves the entries written before `before` from the stream to the month files. Returns how many moved. */
export async function archiveAudit(redis: Redis, k: Keys, dir: string, before: Date, timeZone: string): Promise<number> {
  const end = String(before.getTime() - 1);
  let moved = 0;
  for (;;) {
    const rows = await redis.xrange(k.audit, "-", end, "COUNT", BATCH);
    if (!rows.length) return moved;
    if (!moved) await mkdir(dir, { recursive: true });
    const byMonth = new Map<string, string[]>();
    for (const [id, fields] of rows) {
      const month = monthOfId(id, timeZone);
      const lines = byMonth.get(month) ?? [];
      byMonth.set(month, lines);
      const parsed = AuditEntrySchema.safeParse(JSON.parse(fields[1] ?? "null"));
      // An entry that does not read is kept as it was written, so the archive loses nothing.
      lines.push(JSON.stringify(parsed.success ? { id, ...parsed.data } : { id, raw: fields[1] ?? null }));
    }
    for (const [month, lines] of byMonth) await appendDurably(archiveFile(dir, month), lines);
    await redis.xdel(k.audit, ...rows.map(([id]) => id));
    moved += rows.length;
  }
}

/** The archived months, oldest first. */
export async function archivedMonths(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch((err: NodeJS.ErrnoException) => { if (err.code === "ENOENT") return [] as string[]; throw err; });
  return names.flatMap((n) => FILE.exec(n)?.[1] ?? []).sort();
}

/** One month's archived entries, oldest first, each once. */
export async function readArchivedMonth(dir: string, month: string): Promise<ArchivedEntry[]> {
  const raw = await readFile(archiveFile(dir, month)).catch((err: NodeJS.ErrnoException) => { if (err.code === "ENOENT") return null; throw err; });
  if (!raw) return [];
  const seen = new Set<string>();
  const out: ArchivedEntry[] = [];
  for (const line of gunzipSync(raw).toString("utf8").split("\n")) {
    if (!line) continue;
    const value = JSON.parse(line) as { id?: unknown };
    if (typeof value.id !== "string" || seen.has(value.id)) continue;
    seen.add(value.id);
    const entry = AuditEntrySchema.safeParse(value);
    if (entry.success) out.push({ ...entry.data, id: value.id });
  }
  return out;
}
