/** A task assigned to one official: the per-official record that reminders and replies act on. */
import type { Assignment } from "./model.ts";

export function newAssignment(task: { id: string; directiveId: string; code: string; deadline: string | null }, officialId: string, now: Date): Assignment {
  return {
    id: `${task.id}~${officialId}`, taskId: task.id, directiveId: task.directiveId, taskCode: task.code, officialId, number: 0,
    deadline: task.deadline, status: "open", progress: null, blocker: null, doneAt: null, updatedAt: now.toISOString(), version: 0,
  };
}
