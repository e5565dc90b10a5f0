/** zod schemas for everything read back from Redis: a bad value is an error, never a silent default. */
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const nullableIsoDate = isoDate.nullable();

export const TaskSchema = z.object({
  code: z.string(),
  text: z.string(),
  summary: z.string(),
  assignees: z.array(z.string()),
  lead: z.string().nullable(),
  partners: z.array(z.string()),
  deadline: nullableIsoDate,
  deadlineText: z.string().nullable(),
  recurrence: z.enum(["weekly", "monthly", "quarterly", "half-yearly", "yearly", "regular"]).nullable(),
  priority: z.enum(["urgent", "normal"]),
  references: z.array(z.object({ number: z.string(), date: nullableIsoDate })),
});

export const StoredTaskSchema = TaskSchema.extend({ id: z.string(), directiveId: z.string() });

export const StoredDirectiveSchema = z.object({
  id: z.string(),
  notice: z.object({
    number: z.string().nullable(), date: nullableIsoDate, issuer: z.string().nullable(),
    meetingDate: nullableIsoDate, kind: z.string().nullable(), subject: z.string().nullable(),
  }),
  taskIds: z.array(z.string()),
  importedAt: z.string(),
  importedBy: z.string(),
  /** Set once its assignments and reminders are in: an import cut short is finished by the next one. */
  complete: z.boolean().optional(),
});

export const OfficialSchema = z.object({
  id: z.string().min(1),
  fullName: z.string().min(1),
  title: z.string(),
  unit: z.string(),
  unitType: z.enum(["sở", "ban ngành", "huyện", "thành phố", "thị xã", "xã", "phường", "đặc khu", "huyện ủy", "thành ủy", "tỉnh", "khác"]),
  supervisorId: z.string().nullable(),
  locale: z.enum(["vi", "en"]),
  role: z.enum(["leader", "admin"]),
  telegramChatId: z.string().nullable(),
  zaloUserId: z.string().nullable(),
  active: z.boolean().optional(),
  webChatId: z.string().nullable().optional(),
});

export const AssignmentSchema = z.object({
  id: z.string(),
  taskId: z.string(),
  directiveId: z.string(),
  taskCode: z.string(),
  officialId: z.string(),
  /** 0: written before numbers existed; the store numbers it on first read (Store.assignmentsOf). */
  number: z.number().int().nonnegative().default(0),
  deadline: nullableIsoDate,
  status: z.enum(["open", "done"]),
  progress: z.number().min(0).max(100).nullable(),
  blocker: z.string().nullable(),
  doneAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int().nonnegative(),
});

export const AuditEntrySchema = z.object({
  at: z.string(),
  /** Official id, or "system". */
  who: z.string(),
  channel: z.string(),
  /** The original text that caused the change (a chat reply, a CLI command). */
  text: z.string(),
  target: z.string(),
  action: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});

export type StoredTask = z.infer<typeof StoredTaskSchema>;
export type StoredDirective = z.infer<typeof StoredDirectiveSchema>;
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** Parses JSON read from Redis against a schema; the error names the key. */
export function readJson<T>(schema: z.ZodType<T>, raw: string | null, key: string): T | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    throw new Error(`Redis key ${key} does not hold JSON`, { cause: err });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`Redis key ${key} holds an invalid value: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}
