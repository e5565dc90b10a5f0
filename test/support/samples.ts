/**
 * The shared sample notices live in `shared/samples` beside the checkout: `../shared` of /work/main.
 * A git worktree sits one level deeper (/work/wt/parser), so every ancestor of the checkout is tried.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Absolute path of `shared/samples/<name>` in the nearest ancestor that has it; throws naming where it looked. */
export function samplePath(name: string): string {
  const tried: string[] = [];
  for (let dir = dirname(ROOT); ; dir = dirname(dir)) {
    const candidate = join(dir, "shared", "samples", name);
    if (existsSync(candidate)) return candidate;
    tried.push(candidate);
    if (dirname(dir) === dir) throw new Error(`sample ${name} not found; looked at ${tried.join(", ")}`);
  }
}
