/**
 * OCR with Tesseract and its Vietnamese data (`-l vie`, TSV output for boxes and confidences); PDF pages are
 * rasterised in grey by poppler's pdftoppm first. A missing program or language says what to install.
 */
import { join } from "node:path";
import { IntakeProblem } from "./messages.ts";
import { readTesseractTsv, type OcrPage } from "./ocr-text.ts";
import type { Settings } from "./settings.ts";
import { runTool, tesseractLanguages, ToolFailed, ToolMissing } from "./tools.ts";

/** Throws the problem naming what to install when Tesseract or its Vietnamese data is missing. */
async function ensureTesseract(s: Settings): Promise<void> {
  let languages: string[];
  try {
    languages = await tesseractLanguages(s.tesseract, s.tessdataDir, s.toolTimeoutMs);
  } catch (err: unknown) {
    throw new IntakeProblem("ocr_missing", {}, { cause: err });
  }
  if (!languages.includes("vie")) throw new IntakeProblem("ocr_vie_missing");
}

const failed = (format: string, tool: string, err: unknown) =>
  new IntakeProblem("tool_failed", { format, tool, detail: err instanceof ToolFailed ? (err.timedOut ? `timeout ${err.tool}` : err.stderr.trim().split("\n").at(-1) ?? "") : String(err) }, { cause: err });

/** One image file (JPEG, PNG, PGM) → its OCR page. */
async function ocrFile(path: string, format: string, s: Settings): Promise<OcrPage> {
  const args = [...(s.tessdataDir ? ["--tessdata-dir", s.tessdataDir] : []), path, "stdout", "-l", "vie", "--psm", "3", "tsv"];
  try {
    const { stdout } = await runTool(s.tesseract, args, { timeoutMs: s.toolTimeoutMs });
    return readTesseractTsv(stdout.toString("utf8"));
  } catch (err: unknown) {
    if (err instanceof ToolMissing) throw new IntakeProblem("ocr_missing", {}, { cause: err });
    throw failed(format, "tesseract", err);
  }
}

/** A photo or a scanned image, already written to `path`. */
export async function ocrImage(path: string, format: string, s: Settings): Promise<OcrPage[]> {
  await ensureTesseract(s);
  return [await ocrFile(path, format, s)];
}

/** Pages of a PDF (1-based numbers) rasterised one at a time and read. */
export async function ocrPdfPages(pdf: string, pages: number[], dir: string, s: Settings): Promise<OcrPage[]> {
  await ensureTesseract(s);
  const out: OcrPage[] = [];
  for (const n of pages) {
    const base = join(dir, `page-${n}`);
    try {
      await runTool(s.pdftoppm, ["-r", String(s.ocrDpi), "-gray", "-f", String(n), "-l", String(n), "-singlefile", pdf, base], { timeoutMs: s.toolTimeoutMs });
    } catch (err: unknown) {
      if (err instanceof ToolMissing) throw new IntakeProblem("poppler_missing", {}, { cause: err });
      throw failed("PDF", "pdftoppm", err);
    }
    out.push(await ocrFile(`${base}.pgm`, "PDF", s));
  }
  return out;
}
