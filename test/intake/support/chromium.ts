/**
 * HTML → PDF with headless Chromium (`--print-to-pdf`), as an office prints a document from a browser or its
 * document management system. Tests that need it find it on the PATH (chromium, chromium-browser, google-chrome).
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const CANDIDATES = ["chromium", "chromium-browser", "google-chrome"];

/** The first Chromium on the PATH, or null. */
export function findChromium(): string | null {
  for (const c of CANDIDATES) {
    try { execFileSync("sh", ["-c", `command -v ${c}`], { stdio: "pipe" }); return c; } catch { /* next */ }
  }
  return null;
}

/** Prints `html` to PDF: no browser header or footer, page size and margins from the page's own @page rule. */
export async function printToPdf(html: string): Promise<Buffer> {
  const chromium = findChromium();
  if (!chromium) throw new Error("chromium is not installed: apt-get install -y chromium");
  const dir = await mkdtemp(join(tmpdir(), "dondoc-print-"));
  try {
    await writeFile(join(dir, "page.html"), html);
    await promisify(execFile)(chromium, [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer", `--user-data-dir=${join(dir, "profile")}`,
      `--print-to-pdf=${join(dir, "page.pdf")}`, `file://${join(dir, "page.html")}`,
    ], { timeout: 60_000 });
    return await readFile(join(dir, "page.pdf"));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
