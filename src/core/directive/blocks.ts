/**
 * Text → blocks: portal chrome, header and footer removed, repeated lead paragraphs dropped, lines
 * wrapped by a PDF copy joined, and each block's list marker and nesting level found.
 */
import { fold, normalizeText } from "../text/fold.ts";
import {
  BOILERPLATE_LINE, BULLET_MARKER, FOOTER_START, HEADER_LINE, INLINE_BOILERPLATE, KIND_LINE, LETTER_MARKER,
  NUMBER_MARKER, PLACE_DATE_LINE, RELATED_NEWS, ROMAN_MARKER,
} from "./grammar.ts";
import type { Line } from "./header.ts";

export type Marker = "roman" | "number" | "letter" | "dash" | "plus" | "dot" | "none";

export interface Block extends Line {
  marker: Marker;
  /** The number or letter of the marker ("2", "b", "II"), or "" for bullets and paragraphs. */
  label: string;
  /** Text after the marker: original and folded, same length. */
  body: string;
  bodyFolded: string;
  /** 1 for roman sections, 2… for lists in order of first appearance, 1.5 for plain paragraphs. */
  level: number;
}

export const PARAGRAPH_LEVEL = 1.5;

/** Removes ranges matched on the folded copy from both copies, keeping them the same length. */
function strip(orig: string, folded: string, re: RegExp): [string, string] {
  let o = "";
  let f = "";
  let from = 0;
  for (const m of folded.matchAll(re)) {
    o += orig.slice(from, m.index);
    f += folded.slice(from, m.index);
    from = m.index + m[0].length;
  }
  return [o + orig.slice(from), f + folded.slice(from)];
}

/** Splits, cleans and de-duplicates lines. Returns all content lines (header included) and where the footer starts. */
export function contentLines(input: string): Line[] {
  const text = normalizeText(input);
  const out: Line[] = [];
  const seen = new Set<string>();
  const raw = text.split("\n");
  for (let i = 0; i < raw.length; i++) {
    let orig = raw[i]!.replace(/\s+/g, " ").trim();
    if (!orig) continue;
    let folded = fold(orig);
    if (orig.includes("(")) {
      const [o] = strip(orig, folded, INLINE_BOILERPLATE);
      if (o.length !== orig.length) {
        orig = o.replace(/\s+/g, " ").trim();
        if (!orig) continue;
        folded = fold(orig);
      }
    }
    if (RELATED_NEWS.test(folded) && out.length > 3) break;
    if (BOILERPLATE_LINE.test(folded)) continue;
    // Portals repeat the lead paragraph: keep the first copy of any long line.
    if (orig.length > 60) {
      if (seen.has(folded)) continue;
      seen.add(folded);
    }
    out.push({ orig, folded, no: i + 1 });
  }
  // The footer ("Nơi nhận:", signature) ends the content, but only after some body.
  const footer = out.findIndex((l, idx) => idx > 3 && FOOTER_START.test(l.folded));
  return footer > 0 ? out.slice(0, footer) : out;
}

/** Header lines of the official layout: agency block, motto, "Số:", place-date, kind, all-caps titles. */
export function isHeaderLine(l: Line): boolean {
  const f = l.folded;
  if (HEADER_LINE.test(f) || PLACE_DATE_LINE.test(f) || KIND_LINE.test(f)) return true;
  // An all-caps title: no lower-case letter, a few letters, not a roman section number.
  return l.orig.length < 160 && !/\p{Ll}/u.test(l.orig) && /(?:\p{Lu}.*){4}/u.test(l.orig) && !/^[IVX]+\s*[.)]/.test(l.orig);
}

function markerOf(folded: string, orig: string): { marker: Marker; label: string; len: number } {
  let m = ROMAN_MARKER.exec(folded);
  if (m && m[1] && /^[IVX]/.test(orig)) return { marker: "roman", label: m[1].toUpperCase(), len: m[0].length };
  m = NUMBER_MARKER.exec(folded);
  // "2022, …" or "30/6 …" are not list numbers: the marker needs its dot or parenthesis.
  if (m) return { marker: "number", label: m[1]!, len: m[0].length };
  m = LETTER_MARKER.exec(folded);
  if (m && /^[a-zđ]/.test(orig)) return { marker: "letter", label: m[1]!, len: m[0].length };
  m = BULLET_MARKER.exec(orig);
  if (m) {
    const b = m[1]!;
    return { marker: b === "+" ? "plus" : /[-–—‐]/.test(b) ? "dash" : "dot", label: "", len: m[0].length };
  }
  return { marker: "none", label: "", len: 0 };
}

const ENDS_SENTENCE = /[.;:!?…]["”)]*$/;

/**
 * Turns content lines into blocks. Lines of a paragraph wrapped by a PDF copy (no end punctuation,
 * next line starts in lower case, no marker) are joined first.
 */
export function toBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  // Wrapped lines of the last block, joined once at the end: growing a string line by line is quadratic.
  let wrapped: Line[] = [];
  const join = () => {
    const prev = blocks[blocks.length - 1];
    if (!prev || !wrapped.length) return;
    const orig = wrapped.map((w) => w.orig).join(" ");
    const folded = wrapped.map((w) => w.folded).join(" ");
    prev.orig += ` ${orig}`;
    prev.folded += ` ${folded}`;
    prev.body += ` ${orig}`;
    prev.bodyFolded += ` ${folded}`;
    wrapped = [];
  };
  let order: Marker[] = [];
  for (const l of lines) {
    const mk = markerOf(l.folded, l.orig);
    const prev = blocks[blocks.length - 1];
    const lastLine = wrapped[wrapped.length - 1]?.orig ?? prev?.orig ?? "";
    if (prev && mk.marker === "none" && !ENDS_SENTENCE.test(lastLine) && /^[\p{Ll}(]/u.test(l.orig)) {
      wrapped.push(l);
      continue;
    }
    join();
    let level: number;
    if (mk.marker === "roman") { order = []; level = 1; }
    else if (mk.marker === "none") level = PARAGRAPH_LEVEL;
    else {
      let idx = order.indexOf(mk.marker);
      if (idx < 0) { order.push(mk.marker); idx = order.length - 1; }
      else order = order.slice(0, idx + 1);
      level = 2 + idx;
    }
    let from = mk.len;
    while (l.orig[from] === " ") from++;
    const body = l.orig.slice(from);
    blocks.push({ ...l, marker: mk.marker, label: mk.label, body, bodyFolded: l.folded.slice(from), level });
  }
  join();
  return blocks;
}
