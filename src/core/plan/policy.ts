/** When reminders go out. Every field has a default an admin may override. */
import { DEFAULT_OFFICE_HOURS, type OfficeHours } from "../calendar/calendar.ts";

export interface ReminderPolicy {
  /** Reminders this many working days before the deadline. Default [7, 3]. */
  beforeWorkingDays: number[];
  /** A further reminder this many calendar days before a far deadline. Default 30. */
  farBeforeDays: number;
  /** A deadline is far when more than this many calendar days away at planning time. Default 60. */
  farThresholdDays: number;
  /** Overdue reminders escalate to the supervisor and admins at this many working days late. Default 3. */
  escalateAfterWorkingDays: number;
  /** …and again every this many working days while still open (not daily: supervisors read them). Default 5. */
  escalateEveryWorkingDays: number;
  /** Urgent tasks without a deadline are prompted every this many working days. Default 2. */
  urgentEveryWorkingDays: number;
  /** Local minute of the day reminders are sent at. Default 480 (08:00). */
  sendAtMinute: number;
  /** Reminders always land inside these windows on working days. Default 07:30–11:30, 13:30–17:00. */
  officeHours: OfficeHours;
}

export const DEFAULT_POLICY: ReminderPolicy = {
  beforeWorkingDays: [7, 3],
  farBeforeDays: 30,
  farThresholdDays: 60,
  escalateAfterWorkingDays: 3,
  escalateEveryWorkingDays: 5,
  urgentEveryWorkingDays: 2,
  sendAtMinute: 8 * 60,
  officeHours: DEFAULT_OFFICE_HOURS,
};
