/**
 * `npm run bench [name…]`: runs every benchmark in bench/*.bench.ts (or those named) one after the
 * other in this process. Each prints its figures and a ratio against a baseline measured in the same run.
 */
import { readdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = (await readdir(here)).filter((f) => f.endsWith(".bench.ts")).sort();
for (const f of files) {
  const name = f.replace(/\.bench\.ts$/, "");
  if (wanted.length && !wanted.includes(name)) continue;
  console.log(`\n=== ${name} ===`);
  const mod = (await import(join(here, f))) as { default: () => Promise<void> };
  await mod.default();
}
