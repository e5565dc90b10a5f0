/**
 * PDF → text: poppler's `pdftotext -bbox-layout` for pages with a text layer (reading order and coordinates;
 * pdfjs-dist 6 and unpdf need Node 22, pdfjs-dist 5.5 is the last that runs on 20.19, and poppler is needed for
 * scans anyway), OCR for pages without one. A password or a damaged file is one clear problem.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { IntakeProblem, lowLinesNote, note } from "./messages.ts";
import { ocrPdfPages } from "./ocr.ts";
import { ocrText, type OcrPage } from "./ocr-text.ts";
import { layoutText, pageWords, readBboxLayout, type PdfPage } from "./pdf-layout.ts";
import type { Settings } from "./settings.ts";
import { runTool, ToolFailed, ToolMissing } from "./tools.ts";
import type { IntakeText } from "./types.ts";
import { withWorkdir } from "./workdir.ts";

/** A page with fewer words than this has no real text layer: it is a scanned image and must be read by OCR. */
const BLANK_PAGE_WORDS = 5;
/**
 * A page with fewer words than this may be a scan carrying a little text (a digital signature's stamp): it is read
 * by OCR too when Tesseract is there, and OCR's reading wins when it finds at least twice the words.
 */
const SPARSE_PAGE_WORDS = 40;
/** What pdftotext says for a PDF that needs a password it was not given. */
const NEEDS_PASSWORD = /incorrect password|encrypted/i;

async function textLayer(pdf: string, s: Settings): Promise<PdfPage[]> {
  try {
    const { stdout } = await runTool(s.pdftotext, ["-bbox-layout", "-enc", "UTF-8", pdf, "-"], { timeoutMs: s.toolTimeoutMs });
    return readBboxLayout(stdout.toString("utf8"));
  } catch (err: unknown) {
    if (err instanceof ToolMissing) throw new IntakeProblem("poppler_missing", {}, { cause: err });
    if (err instanceof ToolFailed && NEEDS_PASSWORD.test(err.stderr)) throw new IntakeProblem("encrypted", { format: "PDF" }, { cause: err });
    if (err instanceof ToolFailed && !err.timedOut) throw new IntakeProblem("corrupt", { format: "PDF" }, { cause: err });
    throw new IntakeProblem("tool_failed", { format: "PDF", tool: "pdftotext", detail: "timeout" }, { cause: err });
  }
}

type PdfResult = Omit<IntakeText, "source">;

function textResult(pages: PdfPage[], s: Settings): PdfResult {
  const { text, dropped } = layoutText(pages);
  if (!text.trim()) throw new IntakeProblem("no_text", { format: "PDF" });
  return { ok: true, text, kind: "pdf", pages: pages.length, notes: [note(s.locale, "pdf", { pages: pages.length, dropped })] };
}

export function pdfToText(bytes: Buffer, s: Settings): Promise<PdfResult> {
  return withWorkdir(async (dir) => {
    const pdf = join(dir, "input.pdf");
    await writeFile(pdf, bytes);
    const pages = await textLayer(pdf, s);
    if (!pages.length) throw new IntakeProblem("corrupt", { format: "PDF" });
    const sparse = pages.flatMap((p, i) => (pageWords(p) < SPARSE_PAGE_WORDS ? [i + 1] : []));
    const blank = sparse.filter((n) => pageWords(pages[n - 1]!) < BLANK_PAGE_WORDS);
    if (!sparse.length) return textResult(pages, s);
    if (sparse.length > s.maxOcrPages) throw new IntakeProblem("too_many_pages", { pages: sparse.length, max: s.maxOcrPages });
    let ocr: OcrPage[];
    try {
      ocr = await ocrPdfPages(pdf, sparse, dir, s);
    } catch (err: unknown) {
      // Without Tesseract, pages that have some text keep it; only pages with none need what is missing.
      if (err instanceof IntakeProblem && err.code.startsWith("ocr_") && !blank.length) return textResult(pages, s);
      throw err;
    }
    const read = pages.map((p, i) => {
      const o = ocr[sparse.indexOf(i + 1)];
      return o && pageWords(o) >= Math.max(1, 2 * pageWords(p)) ? o : p;
    });
    const scanned = read.flatMap((p, i) => (p !== pages[i] ? [i + 1] : []));
    if (!scanned.length) {
      if (blank.length === pages.length) throw new IntakeProblem("empty_scan");
      return textResult(pages, s);
    }
    const r = ocrText(read, s.lowConfidence);
    if (!r.text.trim()) throw new IntakeProblem("empty_scan");
    const confidence = Math.round(r.confidence);
    const all = scanned.length === pages.length;
    return {
      ok: true, text: r.text, kind: all ? "scan" : "pdf", pages: pages.length, confidence, lowConfidenceLines: r.lowConfidenceLines,
      notes: [
        ...(all ? [note(s.locale, "scan", { pages: pages.length, confidence })]
          : [note(s.locale, "pdf", { pages: pages.length, dropped: r.dropped }), note(s.locale, "pdf_ocr_pages", { pages: scanned.join(", ") })]),
        ...lowLinesNote(s.locale, r.lowConfidenceLines, s.lowConfidence),
      ],
    };
  });
}
