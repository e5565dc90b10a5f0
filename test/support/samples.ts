/**
 * Sample notices: the repository's own copies under data/samples (sources noted there), so the
 * tests run in any clone; failing that, `shared/samples` in the nearest ancestor of the checkout.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Absolute path of the sample `name`; throws naming where it looked. */
export function samplePath(name: string): string {
  const own = join(ROOT, "data", "samples", name);
  if (existsSync(own)) return own;
  const tried = [own];
  for (let dir = dirname(ROOT); ; dir = dirname(dir)) {
    const candidate = join(dir, "shared", "samples", name);
    if (existsSync(candidate)) return candidate;
    tried.push(candidate);
    if (dirname(dir) === dir) throw new Error(`sample ${name} not found; looked at ${tried.join(", ")}`);
  }
}
