/**
 * poppler's `pdftotext -bbox-layout` (pages → flows → blocks → lines → words, in reading order, with
 * coordinates) → the notice's text: running headers, footers and page numbers dropped, the lines of a
 * paragraph re-joined (across a page break too), one paragraph a line.
 */
export interface PdfLine { xMin: number; yMin: number; xMax: number; yMax: number; text: string }
export interface PdfBlock { lines: PdfLine[] }
export interface PdfPage { width: number; height: number; blocks: PdfBlock[] }

/** Share of the page height, top and bottom, where running headers, footers and page numbers sit. */
const MARGIN_BAND = 0.1;
/** "3", "- 3 -", "Trang 3", "3/12", "Page 3 of 12": a page number alone on its line. */
const PAGE_NUMBER = /^(?:(?:trang|page)\s*)?[-–—]?\s*\d{1,4}\s*(?:(?:\/|of|trên)\s*\d{1,4})?\s*[-–—]?$/i;
/** A line that opens a list item or a section: "1.", "a)", "-", "•", "II.", "Điều 3." — never the rest of a paragraph. */
export const ITEM_START = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]\s|[a-zđ][.)]\s|[-–—•+*]\s|[IVXLC]{1,6}\.\s|(?:Điều|Mục|Phần|Chương)\s+\d)/u;

/**
 * "kinh tế" | "- xã hội …": a dash between words that the wrap put first on a line, not a bullet; told by the
 * line above ending without punctuation and the word after the dash in lower case.
 */
const wrappedDash = (above: PdfLine, line: PdfLine) => /^[-–]\s+\p{Ll}/u.test(line.text) && !/[.;:!?…]["”)]*$/.test(above.text);

/** The tags of poppler's bbox XHTML this reads, in document order; its format is fixed, so a tokenizer suffices. */
const BBOX_TAG = /<(page|block|line|word)\b([^>]*)>|<\/(word)>/g;
const attr = (attrs: string, name: string) => Number(new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? 0);
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
  e[0] === "#" ? String.fromCodePoint(Number(e[1] === "x" || e[1] === "X" ? `0${e.slice(1)}` : e.slice(1))) : ENTITIES[e] ?? m);

/** The XHTML that `pdftotext -bbox-layout` prints → pages of blocks of lines (a DOM took 30× as long on 20 pages). */
export function readBboxLayout(xhtml: string): PdfPage[] {
  const pages: PdfPage[] = [];
  let line: (PdfLine & { words: string[] }) | null = null;
  let wordStart = -1;
  const closeLine = () => {
    if (line?.words.length) pages.at(-1)?.blocks.at(-1)?.lines.push({ xMin: line.xMin, yMin: line.yMin, xMax: line.xMax, yMax: line.yMax, text: line.words.join(" ").trim() });
    line = null;
  };
  for (const m of xhtml.matchAll(BBOX_TAG)) {
    const [, open, attrs = "", close] = m;
    if (close) {
      if (line && wordStart >= 0) line.words.push(decode(xhtml.slice(wordStart, m.index)).trim());
      wordStart = -1;
    } else if (open === "page") {
      closeLine();
      pages.push({ width: attr(attrs, "width"), height: attr(attrs, "height"), blocks: [] });
    } else if (open === "block") {
      closeLine();
      pages.at(-1)?.blocks.push({ lines: [] });
    } else if (open === "line") {
      closeLine();
      line = { xMin: attr(attrs, "xMin"), yMin: attr(attrs, "yMin"), xMax: attr(attrs, "xMax"), yMax: attr(attrs, "yMax"), text: "", words: [] };
    } else wordStart = m.index + m[0].length;
  }
  closeLine();
  for (const p of pages) p.blocks = p.blocks.filter((b) => b.lines.length);
  return pages;
}

/** Words on a page: a page with (almost) none has no text layer and is a scan. */
export const pageWords = (page: PdfPage): number => page.blocks.reduce((n, b) => n + b.lines.reduce((m, l) => m + l.text.split(" ").length, 0), 0);

/** A running line's identity across pages: digits count as one ("Trang 2" is "Trang 3"). */
const runningKey = (text: string) => text.replace(/\d+/g, "#").replace(/\s+/g, " ").toLowerCase();

function inBand(page: PdfPage, l: PdfLine): boolean {
  return l.yMax <= page.height * MARGIN_BAND || l.yMin >= page.height * (1 - MARGIN_BAND);
}

/** Lines to drop: in the top or bottom band, and a page number or repeated in the bands of most pages. */
function furniture(pages: PdfPage[]): Set<PdfLine> {
  const seen = new Map<string, Set<number>>();
  pages.forEach((page, i) => {
    for (const b of page.blocks) for (const l of b.lines) if (inBand(page, l)) {
      const key = runningKey(l.text);
      seen.set(key, (seen.get(key) ?? new Set()).add(i));
    }
  });
  const repeated = (l: PdfLine) => pages.length >= 2 && (seen.get(runningKey(l.text))?.size ?? 0) >= Math.max(2, pages.length / 2);
  const drop = new Set<PdfLine>();
  for (const page of pages) for (const b of page.blocks) for (const l of b.lines) {
    if (inBand(page, l) && (PAGE_NUMBER.test(l.text) || repeated(l))) drop.add(l);
  }
  return drop;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
};

export interface PdfText {
  text: string;
  /** The paragraphs `text` is made of, in order. */
  paragraphs: string[];
  /** Header, footer and page-number lines left out. */
  dropped: number;
}

/** One paragraph a line, a blank line between, as the parser's samples are written. */
export const joinParagraphs = (paragraphs: string[]): string => (paragraphs.length ? `${paragraphs.join("\n\n")}\n` : "");

/**
 * Pages → text. A line continues the paragraph above when that line spans the text column (it was wrapped, not
 * ended) and it does not open an item; in the same block, or after a block or page break when it opens in lower case.
 * `loose` (OCR): a lower-case line also continues a paragraph left without its closing punctuation; `itemStart`
 * replaces ITEM_START, for OCR's misread list numbers.
 */
export function layoutText(pages: PdfPage[], options: { loose?: boolean; itemStart?: RegExp } = {}): PdfText {
  const itemStart = options.itemStart ?? ITEM_START;
  const drop = furniture(pages);
  const body = pages.flatMap((p) => p.blocks.flatMap((b) => b.lines)).filter((l) => !drop.has(l));
  const left = percentile(body.map((l) => l.xMin), 0.1);
  const right = percentile(body.map((l) => l.xMax), 0.9);
  const width = Math.max(1, right - left);
  // A wrapped line starts at most an indent away from the left edge and ends near the right one.
  const spans = (l: PdfLine) => l.xMin <= left + width * 0.12 && l.xMax >= right - width * 0.06;

  const paragraphs: string[] = [];
  let last: PdfLine | null = null;
  for (const page of pages) {
    for (const block of page.blocks) {
      let sameBlock = false;
      for (const line of block.lines) {
        if (drop.has(line)) continue;
        // Across blocks or a page break, only a line that cannot open a sentence (lower case) continues.
        const lower = /^[\p{Ll}\d(“"]/u.test(line.text);
        // OCR breaks paragraphs where a stain or a fold cut a line short: `loose` lets a lower-case line go on
        // with a paragraph that ended without punctuation, whatever the length of its last line.
        const open = options.loose === true && lower && !/[.;:!?…]["”)]*$/.test(last?.text ?? ".");
        const continues = last !== null && (spans(last) || open) && (!itemStart.test(line.text) || wrappedDash(last, line)) &&
          (sameBlock || lower);
        if (continues) paragraphs[paragraphs.length - 1] += ` ${line.text}`;
        else paragraphs.push(line.text);
        last = line;
        sameBlock = true;
      }
    }
  }
  return { text: joinParagraphs(paragraphs), paragraphs, dropped: drop.size };
}
