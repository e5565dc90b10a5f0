/** A photo (JPEG) or a saved image (PNG) of a page → its text by OCR. */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { IntakeProblem, lowLinesNote, note } from "./messages.ts";
import { ocrImage } from "./ocr.ts";
import { ocrText } from "./ocr-text.ts";
import type { Settings } from "./settings.ts";
import type { IntakeText } from "./types.ts";
import { withWorkdir } from "./workdir.ts";

export function imageToText(bytes: Buffer, format: "JPEG" | "PNG", s: Settings): Promise<Omit<IntakeText, "source">> {
  return withWorkdir(async (dir) => {
    const path = join(dir, format === "JPEG" ? "photo.jpg" : "image.png");
    await writeFile(path, bytes);
    const r = ocrText(await ocrImage(path, format, s), s.lowConfidence);
    if (!r.text.trim()) throw new IntakeProblem("empty_scan");
    const confidence = Math.round(r.confidence);
    return { ok: true, text: r.text, kind: "image", pages: 1, confidence, lowConfidenceLines: r.lowConfidenceLines, notes: [note(s.locale, "image", { confidence }), ...lowLinesNote(s.locale, r.lowConfidenceLines, s.lowConfidence)] };
  });
}
