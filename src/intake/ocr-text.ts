/**
 * Tesseract's TSV (one row per page, block, paragraph, line and word, with boxes and word confidences) → pages
 * in the shape pdf-layout.ts reads, so a scan loses its page numbers and re-joins its lines as a text PDF does;
 * plus the confidence of each line, and the fixes OCR needs at the start of list items.
 */
import { ITEM_START, joinParagraphs, layoutText, type PdfBlock, type PdfLine, type PdfPage } from "./pdf-layout.ts";

export interface OcrLine extends PdfLine {
  /** Mean confidence of its words, 0–100, weighted by their length. */
  confidence: number;
  letters: number;
  /** Each word's length and confidence: a stain can spoil three words of a line whose mean still looks fine. */
  words: Array<[letters: number, confidence: number]>;
}

/** A line is uncertain when this share of its letters is in words below the threshold, whatever its mean. */
const WEAK_SHARE = 0.15;

function uncertain(l: OcrLine, threshold: number): boolean {
  const weak = l.words.reduce((n, [letters, c]) => n + (c < threshold ? letters : 0), 0);
  return l.confidence < threshold || weak >= l.letters * WEAK_SHARE;
}

export interface OcrPage extends PdfPage {
  blocks: Array<PdfBlock & { lines: OcrLine[] }>;
}

/** A gap between two words wider than this share of the page splits a line into columns (heading, signature). */
const COLUMN_GAP = 0.12;

/** OCR's usual misreadings of an item's marker: "5, Thường" for "5. Thường". */
const COMMA_MARKER = /^(\d{1,2}),(\s+\p{Lu})/u;
/**
 * What OCR makes of a list item's "3." beside the text: the number, a wrong digit ("4." for "1."), the number
 * without its stop ("5"), a stray sign or two (":", "-", "›", "`") or letter ("š", "h"), then a space and a capital.
 */
const ITEM_MARK = /^(\d{1,2}[.,:;)]?|[^\p{L}\p{N}\s]{1,2}|[a-zš])\s+(?=\p{Lu})/u;
/** Signs OCR leaves in front of an item's text once its number is found apart. */
const LEADING_JUNK = /^[.,:;›‹»«•·*š]+\s*/u;
/** A list number Tesseract read as a block of its own ("œ3", "4."): at most this many signs, this narrow (share of the page). */
const MARKER_CHARS = 4;
const MARKER_WIDTH = 0.04;
const NUMBERED = /^(\d{1,2})\.\s/;
/** A line with no letter and no digit: a stamp's ring, a fold, a speck read as "¬" or "|". */
const NOISE_LINE = /^[^\p{L}\p{N}]*$/u;
/** Specks read as a letter or two ("M", "Bð"): a line that short, without a digit, says nothing in a notice. */
const SPECK_LINE = /^\D{1,2}$/u;
/** Three signs without a digit ("l»)", a list number torn from its item), read with less confidence than this. */
const SPECK_CONFIDENCE = 80;
const isNoise = (l: OcrLine) => {
  const bare = l.text.replace(/\s/g, "");
  return NOISE_LINE.test(bare) || SPECK_LINE.test(bare) || (/^\D{3}$/u.test(bare) && l.confidence < SPECK_CONFIDENCE);
};

interface Word { left: number; top: number; width: number; height: number; conf: number; text: string }

/** A space read as a full stop between two lower-case words: "Trong.năm 2022" (addresses and links are left alone). */
const DOT_FOR_SPACE = /(?<=\p{Ll}{2})\.(?=\p{Ll}{2})/gu;
const fixWord = (w: string) => (/[@/]|www/i.test(w) ? w : w.replace(DOT_FOR_SPACE, " "));

/**
 * A word no Vietnamese text has: a digit between letters, or a colon inside a word ("Ê:cliyêff4môn"); OCR
 * is sometimes confident about such smudges, so their confidence is capped here.
 */
const IMPOSSIBLE_WORD = /\p{L}\d+\p{L}|\p{L}[:;]\p{L}/u;
const IMPOSSIBLE_CONFIDENCE = 40;

function toLine(words: Word[]): OcrLine {
  for (const w of words) if (IMPOSSIBLE_WORD.test(w.text)) w.conf = Math.min(w.conf, IMPOSSIBLE_CONFIDENCE);
  const text = words.map((w) => fixWord(w.text)).join(" ").replace(COMMA_MARKER, "$1.$2");
  const letters = words.reduce((n, w) => n + w.text.length, 0);
  return {
    xMin: Math.min(...words.map((w) => w.left)), yMin: Math.min(...words.map((w) => w.top)),
    xMax: Math.max(...words.map((w) => w.left + w.width)), yMax: Math.max(...words.map((w) => w.top + w.height)),
    text, letters, confidence: words.reduce((s, w) => s + w.conf * w.text.length, 0) / Math.max(1, letters),
    words: words.map((w) => [w.text.length, w.conf]),
  };
}

/** A line's words cut where the gap between two of them is wide enough to part columns. */
function splitColumns(words: Word[], pageWidth: number): Word[][] {
  const segments: Word[][] = [[]];
  words.forEach((w, i) => {
    const prev = words[i - 1];
    if (prev && w.left - (prev.left + prev.width) > pageWidth * COLUMN_GAP) segments.push([]);
    segments.at(-1)!.push(w);
  });
  return segments;
}

/** `tesseract … tsv` output of one page → the page, its paragraphs as blocks, lines split at column gaps. */
export function readTesseractTsv(tsv: string): OcrPage {
  const rows = tsv.split("\n").slice(1).map((r) => r.split("\t")).filter((c) => c.length >= 12);
  const pageRow = rows.find((c) => c[0] === "1");
  const width = Number(pageRow?.[8] ?? 0);
  const height = Number(pageRow?.[9] ?? 0);
  const paragraphs = new Map<string, Map<string, Word[]>>();
  for (const c of rows) {
    const text = (c[11] ?? "").trim();
    if (c[0] !== "5" || !text) continue;
    const par = `${c[2]}/${c[3]}`;
    const lines = paragraphs.get(par) ?? new Map<string, Word[]>();
    paragraphs.set(par, lines);
    const words = lines.get(c[4]!) ?? [];
    lines.set(c[4]!, words);
    words.push({ left: Number(c[6]), top: Number(c[7]), width: Number(c[8]), height: Number(c[9]), conf: Math.max(0, Number(c[10])), text });
  }
  const blocks: OcrPage["blocks"] = [];
  for (const lines of paragraphs.values()) {
    let block: OcrLine[] = [];
    // Lines split into columns, in a run: the heading's "ỦY BAN NHÂN DÂN | CỘNG HÒA …" rows, read column by column.
    let columns: OcrLine[][] = [];
    const flushColumns = () => { for (const c of columns) blocks.push({ lines: c }); columns = []; };
    for (const words of lines.values()) {
      const parts = splitColumns(words, width).map(toLine).filter((l) => !isNoise(l));
      if (parts.length > 1) {
        if (block.length) blocks.push({ lines: block });
        block = [];
        if (columns.length && columns.length !== parts.length) flushColumns();
        parts.forEach((p, i) => (columns[i] ??= []).push(p));
        continue;
      }
      flushColumns();
      block.push(...parts);
    }
    flushColumns();
    if (block.length) blocks.push({ lines: block });
  }
  return { width, height, blocks: attachMarkers(blocks, width) };
}

/**
 * A list number read apart from its item (a tiny block just left of the item's first line, level with it) is put
 * back in front of that line: "3. Rà soát …". A number OCR could not read becomes "·", for renumberLists.
 */
function attachMarkers(blocks: OcrPage["blocks"], pageWidth: number): OcrPage["blocks"] {
  const out: OcrPage["blocks"] = [];
  for (let i = 0; i < blocks.length; i++) {
    const mark = blocks[i]!.lines;
    const next = blocks[i + 1]?.lines[0];
    const only = mark.length === 1 ? mark[0]! : null;
    const level = only && next && Math.abs(next.yMin - only.yMin) < (only.yMax - only.yMin) && next.xMin > only.xMax && next.xMin - only.xMax < pageWidth * MARKER_WIDTH;
    if (only && next && level && only.text.replace(/\s/g, "").length <= MARKER_CHARS && only.xMax - only.xMin < pageWidth * MARKER_WIDTH) {
      const n = /\d{1,2}/.exec(only.text)?.[0];
      next.text = `${n ? `${n}.` : "·"} ${next.text.replace(LEADING_JUNK, "")}`;
      next.xMin = only.xMin;
      continue;
    }
    // A marker-sized scrap that belongs to no line ("œ2") is noise; page numbers sit in the margins, left to pdf-layout.
    const scrap = only && only.text.replace(/\s/g, "").length <= MARKER_CHARS && only.xMax - only.xMin < pageWidth * MARKER_WIDTH && !/^\d{1,3}$/.test(only.text.trim());
    if (!scrap) out.push(blocks[i]!);
  }
  return out;
}

export interface OcrText {
  text: string;
  /** Mean word confidence of the document, 0–100, weighted by length. */
  confidence: number;
  /** Lines below the threshold, as they read in `text`. */
  lowConfidenceLines: string[];
  dropped: number;
}

/** An item that ends in ":" right before the next item of its list: OCR read its full stop as a colon. */
function restoreFullStops(paragraphs: string[]): string[] {
  return paragraphs.map((p, i) => {
    const n = NUMBERED.exec(p)?.[1];
    const next = NUMBERED.exec(paragraphs[i + 1] ?? "")?.[1];
    return n && next && Number(next) === Number(n) + 1 && p.endsWith(":") ? `${p.slice(0, -1)}.` : p;
  });
}

/**
 * A numbered list as OCR read it ("3. | 3. | : | 4. | 5. | 6. | 7.") renumbered in sequence ("1. … 7."): the start
 * is the one most of the read numbers agree with. Runs of three or more marked paragraphs with a number among them.
 */
function renumberLists(paragraphs: string[]): string[] {
  const out = [...paragraphs];
  for (let i = 0; i < out.length;) {
    let j = i;
    while (j < out.length && ITEM_MARK.test(out[j]!)) j++;
    const run = out.slice(i, j);
    const read = run.map((p) => Number(/^(\d{1,2})/.exec(p)?.[1] ?? NaN));
    const numbered = read.filter((n) => !Number.isNaN(n)).length;
    // A list of dashes stays one: only a list with a number in it, and more numbers than dashes, is renumbered.
    const dashes = run.filter((p) => /^[-•*]\s/.test(p)).length;
    if (run.length >= 3 && numbered >= 1 && numbered >= dashes) {
      let best = 1;
      let agree = -1;
      for (const start of new Set(read.flatMap((n, k) => (Number.isNaN(n) || n - k < 1 ? [] : [n - k])).concat(1))) {
        const votes = read.filter((n, k) => n === start + k).length;
        if (votes > agree || (votes === agree && start < best)) { best = start; agree = votes; }
      }
      run.forEach((p, k) => { out[i + k] = p.replace(ITEM_MARK, `${best + k}. `); });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Pages read by OCR (and, in a PDF that mixes them, pages with a text layer) → text, confidence, uncertain lines. */
export function ocrText(pages: Array<OcrPage | PdfPage>, lowConfidence: number): OcrText {
  const lines = pages.flatMap((p) => p.blocks.flatMap((b) => b.lines)).filter((l): l is OcrLine => "confidence" in l);
  const letters = lines.reduce((n, l) => n + l.letters, 0);
  const layout = layoutText(pages, { loose: true, itemStart: new RegExp(`${ITEM_START.source}|${ITEM_MARK.source}`, "u") });
  const text = joinParagraphs(restoreFullStops(renumberLists(layout.paragraphs)));
  return {
    text, dropped: layout.dropped,
    confidence: letters ? lines.reduce((s, l) => s + l.confidence * l.letters, 0) / letters : 0,
    lowConfidenceLines: lines.filter((l) => uncertain(l, lowConfidence) && text.includes(l.text)).map((l) => l.text),
  };
}
