/**
 * Intake: time per page to turn Notice 147 into the parser's text, as a .docx, a text PDF, a scanned PDF and a
 * photo (OCR), and for a 20-page .docx and PDF (ten notices one after the other: per-page time should hold).
 * Baselines, measured in the same run on the same files: mammoth's own raw-text extraction (no lists, no tables),
 * plain `pdftotext -layout`, and bare `pdftoppm` + `tesseract -l vie` to plain text: what the tools cost alone.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import mammoth from "mammoth";
import { intakeBytes } from "../src/intake/index.ts";
import { buildDocx } from "../test/intake/support/docx.ts";
import { notice147Docx, notice147Pdf, notice147Photo, notice147ScanPdf } from "../test/intake/support/fixtures.ts";
import { noticeBlocks } from "../test/intake/support/notice-147.ts";
import { fmt, table } from "./harness.ts";

const run = promisify(execFile);
/** One OCR thread, as intake runs Tesseract. */
const OCR_ENV = { ...process.env, OMP_THREAD_LIMIT: "1" };

/** Median of `runs` timed calls (after one warm-up), in ms. */
async function median(fn: () => Promise<unknown>, runs: number): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

async function ours(bytes: Buffer): Promise<void> {
  const r = await intakeBytes(bytes);
  if (!r.ok) throw new Error(r.message);
}

export default async function (): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "dondoc-bench-intake-"));
  try {
    const docx = notice147Docx();
    const docx10 = buildDocx(Array.from({ length: 10 }, () => noticeBlocks()).flat());
    const pdf = await notice147Pdf();
    const scan = await notice147ScanPdf();
    const photo = await notice147Photo();
    const files = { pdf: join(dir, "tb.pdf"), pdf10: join(dir, "tb10.pdf"), scan: join(dir, "scan.pdf"), photo: join(dir, "photo.png") };
    await writeFile(files.pdf, pdf);
    await writeFile(files.scan, scan);
    await writeFile(files.photo, photo);
    await run("pdfunite", [...Array<string>(10).fill(files.pdf), files.pdf10]);
    const pdf10 = await readFile(files.pdf10);

    const rawDocx = (b: Buffer) => () => mammoth.extractRawText({ buffer: b });
    const pdftotext = (f: string) => () => run("pdftotext", ["-layout", f, "-"], { maxBuffer: 64_000_000 });
    const bareOcr = (f: string, raster: boolean) => async () => {
      let image = f;
      if (raster) {
        await run("pdftoppm", ["-r", "300", "-gray", "-singlefile", f, join(dir, "page")]);
        image = join(dir, "page.pgm");
      }
      await run("tesseract", [image, "stdout", "-l", "vie"], { env: OCR_ENV, maxBuffer: 64_000_000 });
    };

    // Pages as printed at 13 pt: Notice 147 fills two; the scan and the photo are of the one-page print.
    const cases: Array<{ input: string; pages: number; runs: number; ours: () => Promise<unknown>; base: () => Promise<unknown>; baseline: string }> = [
      { input: ".docx (Notice 147)", pages: 2, runs: 30, ours: () => ours(docx), base: rawDocx(docx), baseline: "mammoth.extractRawText" },
      { input: ".docx, 10 notices", pages: 20, runs: 10, ours: () => ours(docx10), base: rawDocx(docx10), baseline: "mammoth.extractRawText" },
      { input: "text PDF (Notice 147)", pages: 2, runs: 20, ours: () => ours(pdf), base: pdftotext(files.pdf), baseline: "pdftotext -layout" },
      { input: "text PDF, 10 notices", pages: 20, runs: 5, ours: () => ours(pdf10), base: pdftotext(files.pdf10), baseline: "pdftotext -layout" },
      { input: "scanned PDF, OCR 300 dpi", pages: 1, runs: 3, ours: () => ours(scan), base: bareOcr(files.scan, true), baseline: "pdftoppm + tesseract (text)" },
      { input: "photo PNG, OCR", pages: 1, runs: 3, ours: () => ours(photo), base: bareOcr(files.photo, false), baseline: "tesseract (text)" },
    ];
    const rows = [];
    for (const c of cases) {
      const o = await median(c.ours, c.runs);
      const b = await median(c.base, c.runs);
      rows.push({ input: c.input, pages: c.pages, "ms/page": fmt(o / c.pages, 1), baseline: c.baseline, "baseline ms/page": fmt(b / c.pages, 1), "× baseline": fmt(o / b, 2) });
    }
    table(rows);
    console.log("OCR runs Tesseract on one thread (OMP_THREAD_LIMIT=1), as intake does; both sides of each row read the same file.");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
