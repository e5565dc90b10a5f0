import { parseDirective } from "../../../src/core/directive/parse.ts";
import type { Directive } from "../../../src/core/directive/types.ts";

/** The directive a text parses to; a parse that fails throws its messages, so a test sees why. */
export function parsedDirective(text: string): Directive {
  const r = parseDirective(text);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("; "));
  return r.directive;
}
