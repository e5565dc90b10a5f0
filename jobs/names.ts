/** Queue names and BullMQ options shared by producers and workers. */
import type { ChannelName } from "../src/channels/port.ts";

/** One delivery queue per channel, so each has its own rate limit (BullMQ limits a whole queue). */
export const deliveryQueueName = (channel: ChannelName): string => `deliver-${channel}`;

/** BullMQ's key prefix: under the store's prefix, so one prefix holds everything dondoc writes. */
export const bullPrefix = (keyPrefix: string): string => `${keyPrefix}q`;

/** Reminder job ids: deterministic, so adding the same reminder twice adds one job. No ":" allowed. */
export const reminderJobId = (assignmentId: string, kind: string, day: string): string => `r~${assignmentId}~${kind}~${day}`.replace(/:/g, "_");
export const catchupJobId = (officialId: string, day: string): string => `c~${officialId}~${day}`.replace(/:/g, "_");
export const weeklyJobId = (officialId: string, day: string): string => `w~${officialId}~${day}`.replace(/:/g, "_");
