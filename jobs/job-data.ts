/** What delivery jobs carry, validated with zod when a worker picks one up. Kept small: Redis memory per pending reminder. */
import { z } from "zod";

export const ReminderJobSchema = z.object({
  type: z.literal("reminder"),
  /** Assignment id. */
  a: z.string(),
  k: z.enum(["before", "due", "overdue", "prompt"]),
  /** Local day the reminder is for. */
  d: z.string(),
  /** Planned instant, epoch ms: the worker compares it with its clock to decide on a catch-up. */
  at: z.number(),
  /** Overdue: working days late; escalate to the supervisor and admins. */
  late: z.number().optional(),
  esc: z.boolean().optional(),
});

export const CatchupJobSchema = z.object({ type: z.literal("catchup"), o: z.string(), d: z.string() });
export const WeeklyJobSchema = z.object({ type: z.literal("weekly"), o: z.string(), d: z.string() });
/** The admins' weekly summary, rendered when it is sent. */
export const SummaryJobSchema = z.object({ type: z.literal("summary"), o: z.string(), d: z.string() });
/** A ready text to one official (broadcasts, escalations, admin notices), or to a chat (a deferred answer). */
export const MessageJobSchema = z.object({
  type: z.literal("message"),
  /** The official, whose chat on the queue's channel gets it. */
  o: z.string().optional(),
  /** Or a chat of the queue's channel: an answer to whoever wrote, registered or not. */
  chat: z.string().optional(),
  /** A long list's full content as a file (base64), with its text for channels that take no files. */
  document: z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string(), fallbackText: z.string() }).optional(),
  text: z.string(),
  /** Assignments the message is about, so replies to it find them. */
  refs: z.array(z.string()).optional(),
  /** Report progress under this key (broadcast id). */
  report: z.string().optional(),
  /** Buttons under the message (approve/refuse an extension, confirm an import). */
  buttons: z.array(z.array(z.object({ label: z.string(), data: z.string().max(64) }))).optional(),
});

/** /quahan's whole list as a file, built when it is sent (long lists: the answer itself gave the count and the worst). */
export const OverdueListJobSchema = z.object({ type: z.literal("overdue_list"), o: z.string(), d: z.string() });

/** A delivery report's deadline: sent then with the recipients still pending named, unless sent already. */
export const ReportJobSchema = z.object({ type: z.literal("report"), id: z.string() });

export const DeliveryJobSchema = z.discriminatedUnion("type", [ReminderJobSchema, CatchupJobSchema, WeeklyJobSchema, SummaryJobSchema, MessageJobSchema, ReportJobSchema, OverdueListJobSchema])
  .refine((j) => j.type !== "message" || (j.o === undefined) !== (j.chat === undefined), "a message job names an official (o) or a chat, not both");
export type DeliveryJob = z.infer<typeof DeliveryJobSchema>;
export type ReminderJob = z.infer<typeof ReminderJobSchema>;
export type MessageJob = z.infer<typeof MessageJobSchema>;
