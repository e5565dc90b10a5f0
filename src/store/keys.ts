/** Every Redis key dondoc writes, under one prefix (DONDOC_KEY_PREFIX, default "dondoc:"). */
export function keys(prefix: string) {
  return {
    directive: (id: string) => `${prefix}dir:${id}`,
    directives: `${prefix}dirs`,
    task: (taskId: string) => `${prefix}task:${taskId}`,
    official: (id: string) => `${prefix}off:${id}`,
    officials: `${prefix}offs`,
    binding: (channel: string, chatId: string) => `${prefix}bind:${channel}:${chatId}`,
    assignment: (id: string) => `${prefix}asg:${id}`,
    assignments: `${prefix}asgs`,
    assignmentsOf: (officialId: string) => `${prefix}off:${officialId}:asgs`,
    /** An official's task numbers → when each may be given again (epoch ms; HELD_OPEN while open). */
    numbers: (officialId: string) => `${prefix}off:${officialId}:nums`,
    /** An official's task numbers → the assignment that has it. */
    numberOwners: (officialId: string) => `${prefix}off:${officialId}:numasg`,
    assignmentsOfDirective: (directiveId: string) => `${prefix}dir:${directiveId}:asgs`,
    /** Job ids of an assignment's pending reminders, to remove them when it closes or moves. */
    jobsOf: (assignmentId: string) => `${prefix}asg:${assignmentId}:jobs`,
    /** Reminder ids already delivered: the last guard against sending twice. */
    sent: (reminderId: string) => `${prefix}sent:${reminderId}`,
    /** Bot message id → assignment, so a reply to a reminder finds its task. */
    messageRef: (channel: string, chatId: string, messageId: string) => `${prefix}msg:${channel}:${chatId}:${messageId}`,
    /** Officials a channel cannot reach (Zalo -213/-230/-227) until they write to it again. */
    unreachable: (channel: string) => `${prefix}unreach:${channel}`,
    /** Open assignments → deadline as yyyymmdd (NO_DEADLINE_SCORE without one): the overdue list is a range of it. */
    openByDeadline: `${prefix}idx:open`,
    /** An official's open assignments → deadline as yyyymmdd: /nhiemvu, and the split of open ones into in time and overdue. */
    openOf: (officialId: string) => `${prefix}idx:open:${officialId}`,
    /** An official's done assignments counted by bucket (on_time, late). */
    doneCountsOf: (officialId: string) => `${prefix}idx:done:${officialId}`,
    /** Officials who have ever had an assignment: whose counters a report reads. */
    assignees: `${prefix}idx:assignees`,
    audit: `${prefix}audit`,
    auditOf: (assignmentId: string) => `${prefix}asg:${assignmentId}:audit`,
    /** Inbound updates already handled (Telegram update id, Zalo msg_id). */
    inbound: (channel: string, messageId: string) => `${prefix}in:${channel}:${messageId}`,

    // Keys about one chat (a Zalo user id, a Telegram chat): all listed here, so forgetting a user is exact.
    /** The task a pressed "Xin gia hạn" put in context for the chat's next message. */
    context: (channel: string, chatId: string) => `${prefix}ctx:${channel}:${chatId}`,
    /** Intents waiting for the answer to "which task?". */
    pendingReply: (channel: string, chatId: string) => `${prefix}pending:${channel}:${chatId}`,
    /** An unregistered chat was told how to register lately. */
    stranger: (channel: string, chatId: string) => `${prefix}stranger:${channel}:${chatId}`,
    /** Wrong registration codes tried this hour. */
    attempts: (channel: string, chatId: string) => `${prefix}attempts:${channel}:${chatId}`,
    /** The Zalo adapter's payloads of the last buttons sent to a user (src/channels/zalo/keys.ts writes it). */
    zaloButtons: (userId: string) => `${prefix}zalo:btn:${userId}`,
    /** Index of the other keys written about a chat (message references): found exactly, never by a pattern. */
    chatIndex: (channel: string, chatId: string) => `${prefix}chatkeys:${channel}:${chatId}`,
  };
}

export type Keys = ReturnType<typeof keys>;

/** Ids go into keys and BullMQ job ids, which must not contain ":". */
export function safeId(id: string): string {
  return id.replace(/[:\s]/g, "_");
}
