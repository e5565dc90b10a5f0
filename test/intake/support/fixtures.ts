/**
 * Notice 147 in every form the intake tests read, made by the suite itself: .docx (zipped XML), text PDFs
 * (Chromium), a scanned PDF and a photo (poppler's raster, turned and noised here, re-encoded without an image
 * library). Chromium takes seconds, so each PDF is made once and kept in the temp folder, keyed by its HTML.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseDirective } from "../../../src/core/directive/parse.ts";
import type { Task } from "../../../src/core/directive/types.ts";
import { printToPdf } from "./chromium.ts";
import { buildDocx } from "./docx.ts";
import { degrade, encodePng, readPgm, smudge, type Degrade, type GreyImage } from "./image.ts";
import { noticeBlocks, noticeHtml, ONE_PAGE, TWO_PAGES, type PrintLayout } from "./notice-147.ts";
import { imagePdf } from "./pdf.ts";
import { samplePath } from "../../support/samples.ts";

const CACHE = join(tmpdir(), "dondoc-test-fixtures");

async function cached(key: string, make: () => Promise<Buffer>): Promise<Buffer> {
  const file = join(CACHE, `${createHash("sha256").update(key).digest("hex").slice(0, 24)}.bin`);
  if (existsSync(file)) return readFile(file);
  const bytes = await make();
  await mkdir(CACHE, { recursive: true });
  // Written aside and renamed, so parallel test files never read half a file.
  const part = `${file}.${process.pid}.part`;
  await writeFile(part, bytes);
  await rename(part, file);
  return bytes;
}

export const notice147Docx = (): Buffer => buildDocx(noticeBlocks());

/** A blank A4 page at 150 dpi: what a scanner gives when the sheet went in the wrong way up. */
export const blankPage = (): GreyImage => ({ width: 1240, height: 1754, pixels: Buffer.alloc(1240 * 1754, 250) });

/** The blank page photographed: a JPEG, as a phone sends it (pdftoppm encodes it; no image library here). */
export async function blankJpeg(): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), "dondoc-blank-"));
  try {
    await writeFile(join(dir, "b.pdf"), imagePdf([blankPage()], 150));
    await promisify(execFile)("pdftoppm", ["-r", "100", "-jpeg", "-singlefile", join(dir, "b.pdf"), join(dir, "b")]);
    return await readFile(join(dir, "b.jpg"));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function notice147Pdf(layout: PrintLayout = TWO_PAGES): Promise<Buffer> {
  const html = noticeHtml(layout);
  return cached(`pdf:${html}`, () => printToPdf(html));
}

/** Pages of a PDF rasterised in grey by pdftoppm at `dpi`. */
export async function rasterise(pdf: Buffer, dpi: number): Promise<GreyImage[]> {
  const dir = await mkdtemp(join(tmpdir(), "dondoc-raster-"));
  try {
    await writeFile(join(dir, "in.pdf"), pdf);
    await promisify(execFile)("pdftoppm", ["-r", String(dpi), "-gray", join(dir, "in.pdf"), join(dir, "p")]);
    const files = (await readdir(dir)).filter((f) => f.endsWith(".pgm")).sort();
    return Promise.all(files.map(async (f) => readPgm(await readFile(join(dir, f)))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The one-page print, scanned at 300 dpi on a flatbed: turned half a degree, grey noise, a little dust. */
export const SCANNER: Degrade = { degrees: -0.5, noise: 10, specks: 0.0008, seed: 11 };
/**
 * The same page photographed (a phone's 12 MP camera gives about 300 dpi on A4, when the photo is sent as a file):
 * turned more, noisier, and a stain across one line of task 3.
 */
export const PHOTO: Degrade = { degrees: 0.8, noise: 14, specks: 0.0015, seed: 7 };

export async function notice147ScanPdf(): Promise<Buffer> {
  return cached(`scan:${JSON.stringify(SCANNER)}:${noticeHtml(ONE_PAGE)}`, async () => {
    const pages = await rasterise(await notice147Pdf(ONE_PAGE), 300);
    return imagePdf(pages.map((p) => degrade(p, SCANNER)), 300);
  });
}

export async function notice147Photo(): Promise<Buffer> {
  return cached(`photo:${JSON.stringify(PHOTO)}:${noticeHtml(ONE_PAGE)}`, async () => {
    const [page] = await rasterise(await notice147Pdf(ONE_PAGE), 300);
    const turned = degrade(page!, PHOTO);
    // Across a line of task 3 ("… cấp xã chuẩn về chuyên môn …"), from its middle to the right margin.
    return encodePng(smudge(turned, { x: Math.round(turned.width * 0.4), y: Math.round(turned.height * 0.474), width: Math.round(turned.width * 0.5), height: 48 }, 0.7, 3));
  });
}

/** The tasks of the founding sample: what every rendering must give back. */
export function sampleTasks(): Task[] {
  const r = parseDirective(readFileSync(samplePath("thong-bao-147-bac-kan.txt"), "utf8"));
  if (!r.ok) throw new Error("the founding sample does not parse");
  return r.directive.tasks;
}

/** The fields of a task an admin checks in the preview. */
export const essentials = (t: Task) => ({ text: t.text, assignees: t.assignees, deadline: t.deadline, recurrence: t.recurrence, priority: t.priority, references: t.references });

const words = (s: string) => new Set(s.toLowerCase().normalize("NFC").split(/[\s,.;:()]+/).filter(Boolean));

/** Share of words two texts have in common (Dice): OCR's slips keep a task well above 0.8. */
export function likeness(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return (2 * common) / Math.max(1, x.size + y.size);
}
