/**
 * `npm run drills [name…] [--short]`: fault drills on real processes and a real redis-server —
 * kills, a Redis outage, a slower and failing platform, hostile input. Each prints its figures
 * and its checks; the run ends with a table and exits 1 when a check failed. `--short` is the
 * form CI runs (fewer recipients and kills, the same checks).
 */
import { readdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Drill, DrillResult } from "./lib/drill.ts";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const short = args.includes("--short");
const wanted = args.filter((a) => !a.startsWith("--"));
const results: DrillResult[] = [];
for (const f of (await readdir(here)).filter((x) => x.endsWith(".drill.ts")).sort()) {
  const name = f.replace(/\.drill\.ts$/, "");
  if (wanted.length && !wanted.includes(name)) continue;
  console.log(`\n=== ${name}${short ? " (short)" : ""} ===`);
  const started = Date.now();
  try {
    const drill = ((await import(join(here, f))) as { default: Drill }).default;
    const r = await drill({ short });
    results.push(r);
    console.log(Object.entries(r.figures).map(([k, v]) => `${k}: ${v}`).join(" · "));
    for (const c of r.checks) console.log(`${c.ok ? "✓" : "✗"} ${c.what}`);
  } catch (err) {
    results.push({ name, figures: {}, checks: [{ what: `ran to the end (${(err as Error).message})`, ok: false }] });
    console.log(`✗ ${name} did not finish: ${(err as Error).stack ?? String(err)}`);
  }
  console.log(`(${Math.round((Date.now() - started) / 1000)} s)`);
}
const failed = results.filter((r) => r.checks.some((c) => !c.ok));
console.log(`\n${results.length - failed.length} of ${results.length} drills passed${failed.length ? `; failed: ${failed.map((r) => r.name).join(", ")}` : ""}.`);
process.exit(failed.length ? 1 : 0);
