/** IntakeOptions with every default filled in, so the readers below never repeat them. */
import type { Locale } from "../i18n/index.ts";
import type { IntakeOptions } from "./types.ts";

export interface Settings {
  locale: Locale;
  maxBytes: number;
  maxOcrPages: number;
  ocrDpi: number;
  lowConfidence: number;
  toolTimeoutMs: number;
  pdftotext: string;
  pdftoppm: string;
  tesseract: string;
  tessdataDir: string | undefined;
}

export function settings(o: IntakeOptions = {}): Settings {
  return {
    locale: o.locale ?? "vi",
    maxBytes: o.maxBytes ?? 20_000_000,
    maxOcrPages: o.maxOcrPages ?? 30,
    ocrDpi: o.ocrDpi ?? 300,
    lowConfidence: o.lowConfidence ?? 70,
    toolTimeoutMs: o.toolTimeoutMs ?? 60_000,
    pdftotext: o.tools?.pdftotext ?? "pdftotext",
    pdftoppm: o.tools?.pdftoppm ?? "pdftoppm",
    tesseract: o.tools?.tesseract ?? "tesseract",
    tessdataDir: o.tools?.tessdataDir,
  };
}
