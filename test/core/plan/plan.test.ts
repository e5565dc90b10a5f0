import { describe, expect, it } from "vitest";
import { createCalendar } from "../../../src/core/calendar/calendar.ts";
import { DEFAULT_POLICY } from "../../../src/core/plan/policy.ts";
import { nextReminder, planReminders, weeklyPromptDays, type PlannableTask, type Reminder } from "../../../src/core/plan/plan.ts";
import { loadHolidayTables } from "../../../src/calendar/load.ts";
import { workingDaysBetween } from "../../../src/core/calendar/working-days.ts";

const cal = createCalendar(await loadHolidayTables());
const at = (iso: string) => new Date(iso);
const task = (t: Partial<PlannableTask>): PlannableTask => ({ id: "T1", deadline: null, recurrence: null, priority: "normal", ...t });
/** Reminders as "kind day HH:mm" in Vietnam time, easy to read in a failure. */
const show = (rs: Reminder[]) => rs.map((r) => `${r.kind} ${r.day} ${new Date(r.at.getTime() + 7 * 3_600_000).toISOString().slice(11, 16)}${r.escalate ? " !" : ""}`);

describe("planReminders", () => {
  it("reminds 7 and 3 working days before, on the day, then every working day overdue, escalating on the 3rd and every 5th after", () => {
    const rs = planReminders({ task: task({ deadline: "2026-12-15" }), policy: DEFAULT_POLICY, calendar: cal, now: at("2026-11-25T09:00:00+07:00"), until: "2026-12-28" });
    expect(show(rs)).toEqual([
      "before 2026-12-04 08:00", "before 2026-12-10 08:00", "due 2026-12-15 08:00",
      "overdue 2026-12-16 08:00", "overdue 2026-12-17 08:00", "overdue 2026-12-18 08:00 !", "overdue 2026-12-21 08:00",
      "overdue 2026-12-22 08:00", "overdue 2026-12-23 08:00", "overdue 2026-12-24 08:00", "overdue 2026-12-25 08:00 !", "overdue 2026-12-28 08:00",
    ]);
  });

  it("skips Tết 2026: a deadline on mùng 3 is due on the last working day before the break", () => {
    const rs = planReminders({ task: task({ deadline: "2026-02-19" }), policy: DEFAULT_POLICY, calendar: cal, now: at("2026-01-20T08:00:00+07:00"), until: "2026-02-24" });
    expect(show(rs)).toEqual([
      "before 2026-02-04 08:00", "before 2026-02-10 08:00", "due 2026-02-13 08:00",
      // The first working day after Tết is Monday 23/2: one working day late.
      "overdue 2026-02-23 08:00", "overdue 2026-02-24 08:00",
    ]);
  });

  it("a Saturday deadline before a Friday holiday is due on the Thursday (2/5/2026 after 30/4–1/5)", () => {
    const rs = planReminders({ task: task({ deadline: "2026-05-02" }), policy: DEFAULT_POLICY, calendar: cal, now: at("2026-04-01T08:00:00+07:00"), until: "2026-05-04" });
    expect(rs.find((r) => r.kind === "due")?.day).toBe("2026-04-29");
    // Giỗ Tổ falls on Sunday 26/4/2026, so Monday 27/4 is off too: 3 working days before 29/4 is 23/4 and 7 is 17/4.
    expect(show(rs.filter((r) => r.kind === "before"))).toEqual(["before 2026-04-17 08:00", "before 2026-04-23 08:00"]);
    expect(rs.find((r) => r.kind === "overdue")?.day).toBe("2026-05-04");
  });

  it("adds a reminder 30 days ahead for a deadline more than 60 days away, moved off 2/9 and its adjacent days", () => {
    const rs = planReminders({ task: task({ deadline: "2026-10-01" }), policy: DEFAULT_POLICY, calendar: cal, now: at("2026-07-01T08:00:00+07:00"), until: "2026-10-01" });
    // 30 days before 1/10 is 1/9, a holiday; 31/8 is the swapped day off and 29–30/8 the weekend: Friday 28/8.
    expect(rs[0]).toMatchObject({ kind: "before", day: "2026-08-28" });
  });

  it("never plans in the past; a reminder due earlier today goes out at the next office moment", () => {
    const rs = planReminders({ task: task({ deadline: "2026-11-25" }), policy: DEFAULT_POLICY, calendar: cal, now: at("2026-11-25T12:10:00+07:00"), until: "2026-11-26" });
    expect(show(rs)).toEqual(["due 2026-11-25 13:30", "overdue 2026-11-26 08:00"]);
    const late = planReminders({ task: task({ deadline: "2026-11-25" }), policy: DEFAULT_POLICY, calendar: cal, now: at("2026-11-25T17:30:00+07:00"), until: "2026-11-26" });
    expect(show(late)).toEqual(["overdue 2026-11-26 08:00"]);
  });

  it("sends at 08:00 Vietnam time whatever instant the server thinks it is", () => {
    const rs = planReminders({ task: task({ deadline: "2026-12-01" }), policy: DEFAULT_POLICY, calendar: cal, now: at("2026-11-30T20:00:00Z"), until: "2026-12-01" });
    expect(rs.map((r) => r.at.toISOString())).toEqual(["2026-12-01T01:00:00.000Z"]);
  });

  it("keeps every reminder inside office hours when the policy asks for a time outside them", () => {
    const rs = planReminders({ task: task({ deadline: "2026-12-15" }), policy: { ...DEFAULT_POLICY, sendAtMinute: 12 * 60 }, calendar: cal, now: at("2026-12-01T08:00:00+07:00"), until: "2026-12-15" });
    expect(show(rs)).toEqual(["before 2026-12-04 13:30", "before 2026-12-10 13:30", "due 2026-12-15 13:30"]);
  });

  it("prompts recurring tasks on their rhythm until the deadline", () => {
    const monthly = planReminders({ task: task({ recurrence: "monthly", deadline: "2027-03-31" }), policy: DEFAULT_POLICY, calendar: cal, now: at("2026-11-25T09:00:00+07:00"), until: "2027-03-31" });
    // 1/1/2027 is New Year's Day: the first working day of January is Monday 4/1.
    expect(monthly.filter((r) => r.kind === "prompt").map((r) => r.day)).toEqual(["2026-12-01", "2027-01-04", "2027-02-01", "2027-03-01"]);
    const weekly = planReminders({ task: task({ recurrence: "weekly" }), policy: DEFAULT_POLICY, calendar: cal, now: at("2026-12-23T09:00:00+07:00"), until: "2027-01-12" });
    expect(weekly.map((r) => r.day)).toEqual(["2026-12-28", "2027-01-04", "2027-01-11"]);
    const quarterly = planReminders({ task: task({ recurrence: "quarterly" }), policy: DEFAULT_POLICY, calendar: cal, now: at("2026-11-25T09:00:00+07:00"), until: "2027-07-31" });
    expect(quarterly.map((r) => r.day)).toEqual(["2027-01-04", "2027-04-01", "2027-07-01"]);
  });

  it("prompts an urgent task without a date every 2 working days", () => {
    const rs = planReminders({ task: task({ priority: "urgent" }), policy: DEFAULT_POLICY, calendar: cal, now: at("2026-11-25T07:00:00+07:00"), until: "2026-12-02" });
    expect(rs.map((r) => r.day)).toEqual(["2026-11-25", "2026-11-27", "2026-12-01"]);
  });

  it("plans nothing for a plain task with no deadline (the weekly prompt lists it)", () => {
    expect(planReminders({ task: task({}), policy: DEFAULT_POLICY, calendar: cal, now: at("2026-11-25T07:00:00+07:00"), until: "2027-12-31" })).toEqual([]);
  });

  it("falls back to the legal holidays in a year with no table, and the calendar warns", () => {
    const rs = planReminders({ task: task({ deadline: "2030-09-03" }), policy: DEFAULT_POLICY, calendar: cal, now: at("2030-08-20T09:00:00+07:00"), until: "2030-09-03" });
    // 2/9/2030 is a Monday: 2/9 and an adjacent day are off, so the due day is Friday 30/8 or earlier.
    const due = rs.find((r) => r.kind === "due")!;
    expect(due.day < "2030-09-02").toBe(true);
    expect(cal.warnings().some((w) => w.includes("2030"))).toBe(true);
  });
});

describe("weeklyPromptDays", () => {
  it("gives the first working day of each week at 08:00, skipping the Tết week's Monday", () => {
    const days = weeklyPromptDays(cal, DEFAULT_POLICY, at("2026-02-09T09:00:00+07:00"), "2026-02-28");
    expect(days.map((d) => d.day)).toEqual(["2026-02-23"]);
  });
});

describe("nextReminder", () => {
  /** Walks the chain as the delivery worker does: each reminder, when it runs, asks for the one after it. */
  const chain = (t: PlannableTask, now: Date, until: string): Reminder[] => {
    const out: Reminder[] = [];
    let r = nextReminder({ task: t, policy: DEFAULT_POLICY, calendar: cal, now, until });
    while (r && out.length < 500) {
      out.push(r);
      r = nextReminder({ task: t, policy: DEFAULT_POLICY, calendar: cal, now: r.at, until }, r);
    }
    return out;
  };

  it("walked one reminder at a time, gives the whole plan: same days, kinds, moments and escalations", () => {
    const now = at("2026-11-25T09:00:00+07:00");
    for (const t of [
      task({ deadline: "2026-12-15" }), task({ deadline: "2027-03-31" }), task({ deadline: "2026-11-20" }),
      task({ recurrence: "monthly", deadline: "2027-03-31" }), task({ recurrence: "weekly" }), task({ priority: "urgent" }),
    ]) {
      expect(show(chain(t, now, "2027-02-28")), JSON.stringify(t)).toEqual(show(planReminders({ task: t, policy: DEFAULT_POLICY, calendar: cal, now, until: "2027-02-28" })));
    }
  });

  it("counts the working days late of a task overdue for two years from its deadline, and escalates on the same rhythm", () => {
    const rs = planReminders({ task: task({ deadline: "2024-12-16" }), policy: DEFAULT_POLICY, calendar: cal, now: at("2026-11-25T09:00:00+07:00"), until: "2026-12-09" });
    expect(rs.length).toBeGreaterThan(5);
    for (const r of rs) {
      expect(r.daysLate).toBe(workingDaysBetween(cal, "2024-12-16", r.day));
      expect(!!r.escalate).toBe((r.daysLate! - 3) % 5 === 0);
    }
  });

  it("is null when nothing falls before the horizon, and after the last reminder", () => {
    const input = { task: task({ deadline: "2027-06-30" }), policy: DEFAULT_POLICY, calendar: cal, now: at("2026-11-25T09:00:00+07:00"), until: "2027-02-23" };
    expect(nextReminder(input)).toBeNull();
    const due = nextReminder({ ...input, task: task({ deadline: "2026-12-15" }), until: "2026-12-15" }, { day: "2026-12-10", kind: "before" });
    expect(due && show([due])).toEqual(["due 2026-12-15 08:00"]);
    expect(nextReminder({ ...input, task: task({ deadline: "2026-12-15" }), until: "2026-12-15" }, due!)).toBeNull();
  });
});
