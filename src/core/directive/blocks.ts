/**
 * Text → blocks: portal chrome, header and footer removed, repeated lead paragraphs dropped, lines
 * wrapped by a PDF copy joined, and each block's list marker and nesting level found.
 */
import { unglue } from "../text/unglue.ts";
import { fold, normalizeText } from "../text/fold.ts";
import { ADDRESSEE_LIST, ARTICLE_MARKER, ATTRIBUTE_LINE, BOILERPLATE_LINE, BULLET_MARKER, EMPHASIS_MARKUP, FOOTER_START, HEADER_LINE, INLINE_BOILERPLATE, KIND_LINE, LETTER_MARKER, MOTTO_OR_RULE, NUMBER_MARKER, OPEN_END, ORDINAL_MARKER, PLACE_DATE_LINE, RELATED_NEWS, ROMAN_MARKER } from "./grammar.ts";
import { CREDIT_END, PAGE_FOOTER, PRESS_TAG_DASH } from "./grammar-reports.ts";
import { subjectLines, type Line } from "./header.ts";
import { mendHeaderLines } from "./header-lines.ts";
import { unfoldTables } from "./tables.ts";

export type Marker = "article" | "roman" | "number" | "letter" | "ordinal" | "dash" | "plus" | "dot" | "none";

export interface Block extends Line {
  marker: Marker;
  /** The number or letter of the marker ("2", "b", "II"), or "" for bullets and paragraphs. */
  label: string;
  /** Text after the marker: original and folded, same length. */
  body: string;
  bodyFolded: string;
  /** 1 for roman sections, 2… for lists in order of first appearance, 1.5 for plain paragraphs. */
  level: number;
  /** A long paragraph a portal repeats: only its first copy is read. */
  duplicate?: boolean;
  /** A part of a paragraph cut at its subjects (see clauses.ts). */
  split?: boolean;
  /** The subject a part cut from a run-on paragraph opens with, as role groups (see clauses.ts). */
  subject?: string[];
  /** A sentence cut from the paragraph above that names no subject: it is a task of the subject before it (see clauses.ts). */
  continues?: boolean;
  /** A deadline clause stated once for several parts of the paragraph this block was cut from (see clauses.ts). */
  sharedDeadline?: { text: string; folded: string };
}

export const PARAGRAPH_LEVEL = 1.5;

/** Removes ranges matched on the folded copy from both copies, keeping them the same length. */
/** A list dash before a line. Folded. */
const BULLETED_CHROME = /^\s*[-–—•*+]\s+/;

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

/**
 * Where the story goes on after a "Tin liên quan" box, or -1: the first of the next few lines that is a long sentence
 * (a box holds short headlines without full stops); the story's own paragraphs are that long.
 */
function storyResumes(raw: readonly string[], from: number): number {
  let seen = 0;
  for (let k = from; k < raw.length && seen < 8; k++) {
    const line = raw[k]!.trim();
    if (!line) continue;
    seen++;
    if (line.length >= 200 && /[.;:!?…]["”)]?$/.test(line)) return k;
  }
  return -1;
}

/**
 * A sentence's end glued to the next one: two small letters, the stop, a capital and a small letter ("TP.Hồ Chí Minh" is no
 * end, nor a site's name, "ThienNhien.Net").
 */
const GLUED_STOP = /(\p{Ll}\p{Ll})\.(?!(?:Net|Com|Vn|Org|Gov|Info|Edu|Biz)(?![\p{L}]))(\p{Lu}\p{Ll})/gu;
/** "… các thôn ven biển:Có trách nhiệm …", "Phạm vi áp dụng:Toàn bộ …": a colon typed against the next word (round 18, 833); not a time ("8:30") or a URL ("https://"). */
const GLUED_COLON = /(\p{Ll}):(\p{Lu}\p{Ll})/gu;
/** A photo credit, its name, then a word that opens a sentence (no name holds one). */
const CREDIT_RUN_ON = /((?:^|[\s.(])Ảnh(?: minh họa)?\s*:\s*(?:\p{Lu}[\p{L}.-]*\s+){1,4}?)(?=(?:Để|Theo|Ngày|Sáng|Chiều|Tối|Trước|Sau|Trong|Tại|Từ|Qua|Chủ tịch|Phó Chủ tịch|UBND|Ủy ban|Đồng thời|Cùng|Nhằm|Triển khai|Tiếp tục|Với|Hiện nay|Thời gian|Các|Những|Ông|Bà|Đến nay|Vừa qua|Tuy nhiên|Bên cạnh)\s)/gu;
/** Splits, cleans and de-duplicates lines. Returns all content lines (header included) and where the footer starts. */
export function contentLines(input: string): Line[] {
  // "Giaocho Sở Xây dựng", "theoQuyết định": words a PDF or a portal glued are split again before anything reads them.
  // "… của nhân dân.Tính đến …", "… bị cô lập.Ông Lò Minh Hùng …": a portal that lost the space after a full stop (round 17).
  // "… bị hư hỏng do mưa lũ. Ảnh: Phú Hương Để khắc phục hậu quả …": a photo's credit run into the story ends its line.
  let text = unglue(normalizeText(input)).replace(GLUED_STOP, "$1 $2").replace(GLUED_COLON, "$1: $2");
  if (text.includes("Ảnh")) text = text.replace(CREDIT_RUN_ON, "$1\n");
  const out: Line[] = [];
  const raw = text.split("\n");
  for (let i = 0; i < raw.length; i++) {
    let orig = raw[i]!.replace(/\s+/g, " ").trim();
    if (!orig) continue;
    let folded = fold(orig);
    if (orig.includes("**") || orig.includes("__")) {
      orig = orig.replace(EMPHASIS_MARKUP, " ").replace(/\s+/g, " ").trim();
      if (!orig) continue;
      folded = fold(orig);
    }
    if (orig.includes("(")) {
      const [o] = strip(orig, folded, INLINE_BOILERPLATE);
      if (o.length !== orig.length) {
        orig = o.replace(/\s+/g, " ").trim();
        if (!orig) continue;
        folded = fold(orig);
      }
    }
    if ((RELATED_NEWS.test(folded) || PAGE_FOOTER.test(folded)) && out.length > 1) {
      // "Tin liên quan" set inside the story (a box of other headlines, then the story goes on): only the box is left out.
      const resumes = storyResumes(raw, i + 1);
      if (resumes < 0) break;
      // A portal's side box met before the story ("Thống kê truy cập" / "Tổng lượt truy cập …" above the headline, round 15): only
      // its own line is left out; the lines after it are read (and shown as skipped when they are chrome), never dropped.
      if (RELATED_NEWS.test(folded)) i = resumes - 1;
      continue;
    }
    // "  – Cập nhật: 19/11/2020", "  – Lượt xem: 5547 lượt xem": a portal's credits set as a list (round 16, 592) are chrome too.
    if (BOILERPLATE_LINE.test(folded) || (BULLETED_CHROME.test(folded) && BOILERPLATE_LINE.test(folded.replace(BULLETED_CHROME, "")))) continue;
    out.push({ orig, folded, no: i + 1 });
  }
  const mended = mendHeaderLines(out);
  // The footer ("Nơi nhận:", signature) ends the content, but only after some body.
  const footer = mended.findIndex((l, idx) => idx > 3 && FOOTER_START.test(l.folded));
  const content = footer > 0 ? mended.slice(0, footer) : mended;
  return unfoldTables(content, wrapWidth(content));
}

/** An assigning verb in lower case, as a sentence writes it (a header writes in capitals: "UBND HUYỆN GIAO THỦY"). */
const ASSIGNS_IN_LINE = /\s(?:giao|y[êe]u c[ầa]u|[đd][ềe] ngh[ịi]|ch[ỉi] [đd][ạa]o|ph[âa]n c[ôo]ng)\s/u;
/**
 * Header lines of the official layout: agency block, motto, "Số:", place-date, kind, all-caps titles.
 * Past the header (`inHeader` false) only all-caps titles count: "UBND tỉnh trước ngày 30/9." there is a wrapped line.
 */
export function isHeaderLine(l: Line, inHeader = true): boolean {
  const f = l.folded;
  // A line in lower case continues a sentence ("tỉnh trước ngày 30/9/2025." wrapped from the line above).
  if (/^\p{Ll}/u.test(l.orig)) return false;
  // "ĐIỆN:", "KÍNH GỬI:" in capitals open the addressees, whose lines are then skipped as such, never read as work (round 15).
  if (/^(?:dien(?: gui)?|kinh gui)\s*:\s*$/.test(f)) return false;
  // A sentence is no header line, even one that opens like the agency ("UBND tỉnh thông báo để … thực hiện./.").
  // "UBND tỉnh giao Sở Tài chính:" (the first line of a portal's page, round 19, 939) introduces work: an intro with a lower-case
  // assigning verb is no header's (a headline, "UBND tỉnh chỉ đạo kiểm tra …", stays one).
  if (inHeader && ((HEADER_LINE.test(f) && !/[.;!?]$/.test(l.orig) && !(/:$/.test(l.orig) && ASSIGNS_IN_LINE.test(l.orig))) || PLACE_DATE_LINE.test(f) || KIND_LINE.test(f))) return true;
  // The motto and separator rules are never content, wherever a portal repeats the document's header.
  if (MOTTO_OR_RULE.test(f)) return true;
  // An all-caps title: no lower-case letter, a few letters, not a roman section number.
  // Past the header, "TRẢ LỜI:" or "CHỦ TỊCH UBND TỈNH YÊU CẦU:" introduces what follows: it is a heading of the body.
  if (!inHeader && /:\s*$/.test(l.orig)) return false;
  return l.orig.length < 160 && !/\p{Ll}/u.test(l.orig) && /(?:\p{Lu}.*){4}/u.test(l.orig) && !/^[IVX]+\s*[.)]/.test(l.orig);
}

/** The body: content lines without the header (agency, motto, "Số:", date, kind, subject) and all-caps titles. */
export function bodyLines(lines: Line[]): Line[] {
  // The header ends at the first sentence of the body: a long line, or one that ends like a sentence.
  const headerEnd = lines.findIndex((l) => !isHeaderLine(l) && (l.orig.length > 60 || /[.;:]$/.test(l.orig)));
  const subject = new Set(subjectLines(lines).map((l) => l.no));
  return lines.filter((l, i) => !isHeaderLine(l, headerEnd < 0 || i < headerEnd) && !subject.has(l.no));
}

function markerOf(folded: string, orig: string): { marker: Marker; label: string; len: number } {
  let m = ARTICLE_MARKER.exec(folded);
  if (m && /^Điều/.test(orig)) return { marker: "article", label: m[1]!, len: m[0].length };
  m = ROMAN_MARKER.exec(folded);
  if (m && m[1] && /^[IVX]/.test(orig)) return { marker: "roman", label: m[1].toUpperCase(), len: m[0].length };
  m = NUMBER_MARKER.exec(folded);
  // "2022, …" or "30/6 …" are not list numbers: the marker needs its dot or parenthesis.
  if (m) return { marker: "number", label: m[1]!, len: m[0].length };
  m = LETTER_MARKER.exec(folded);
  if (m && /^[a-zđ]/.test(orig)) return { marker: "letter", label: m[1]!, len: m[0].length };
  m = ORDINAL_MARKER.exec(folded);
  if (m && /^Thứ/i.test(orig)) return { marker: "ordinal", label: m[1]!, len: m[0].length };
  m = BULLET_MARKER.exec(orig);
  if (m) {
    const b = m[1]!;
    return { marker: b === "+" ? "plus" : /[-–—‐]/.test(b) ? "dash" : "dot", label: "", len: m[0].length };
  }
  return { marker: "none", label: "", len: 0 };
}

const ENDS_SENTENCE = /[.;:!?…]["”)]*$/;

/**
 * The width (40–140 characters) a PDF copy hard-wrapped its lines at, or null when lines are whole paragraphs. Evidence:
 * at least three lines near the widest that stop mid-sentence, and a third of such long lines do.
 */
export function wrapWidth(lines: Line[]): number | null {
  if (lines.length < 4) return null;
  const lengths = lines.map((l) => l.orig.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  if (width < 40 || width > 140) return null;
  let long = 0;
  let open = 0;
  for (const l of lines) {
    if (l.orig.length < width * 0.75) continue;
    long++;
    if (!ENDS_SENTENCE.test(l.orig)) open++;
  }
  return open >= 3 && open >= long * 0.3 ? width : null;
}

/** The first half of a unit's name whose second half follows a dash ("Lao động - Thương binh và Xã hội"), at a line's end. Folded. */
const UNIT_NAME_HALF = /\b(?:lao dong|van hoa|kinh te|tai chinh|tai nguyen)\s*$/;
/** The second half, opening the next line with its dash. Folded. */
const UNIT_NAME_REST = /^[-–]\s*(?:thuong binh|xa hoi|ha tang|ke hoach|moi truong)\b/;

/**
 * Turns content lines into blocks. Lines of a paragraph wrapped by a PDF copy (no end punctuation,
 * next line starts in lower case, no marker) are joined first. Repeated long paragraphs are marked `duplicate`.
 */
export function toBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  const width = wrapWidth(lines);
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
  // The bullets of a "Kính gửi:" list set no level for the body's lists below it.
  let addressees = false;
  for (const l of lines) {
    const mk = markerOf(l.folded, l.orig);
    const prev = blocks[blocks.length - 1];
    const lastWrapped = wrapped[wrapped.length - 1];
    const lastLine = lastWrapped?.orig ?? prev?.orig ?? "";
    const lastFolded = lastWrapped?.folded ?? prev?.folded ?? "";
    // A caption's credit ("… Ảnh: Phạm Thắng") ends its line as a full stop would.
    const credited = CREDIT_END.test(lastFolded);
    const open = !!prev && !ENDS_SENTENCE.test(lastLine) && !credited;
    // In a hard-wrapped copy a long line that stops mid-sentence goes on below, even before a capital or a dash
    // (but "Kính gửi:" always opens the addressees).
    // A full-width line ending in "," or ";" was cut there by the wrap too ("… ban, ngành;" / "Chủ tịch UBND …").
    const cut = open || (width !== null && lastLine.length >= width * 0.85 && /[,;]["”)]*$/.test(lastLine));
    const wraps = !!prev && cut && width !== null && lastLine.length >= width * 0.6 && !ADDRESSEE_LIST.test(l.folded) && (mk.marker === "none" || mk.marker === "dash")
      && !ATTRIBUTE_LINE.test(l.folded.slice(mk.len).trimStart());
    // A line starting in lower case continues the one above unless that one ended its sentence with ".", "!" or "?".
    const continues = !!prev && mk.marker === "none" && !credited && !/[.!?…]["”)]*$/.test(lastLine)
      // "(Baohatinh.vn) - …" under a short headline opens the teaser; under a long line cut mid-sentence it goes on.
      // A line that stops at a comma goes on below, capital or not ("… đã giao Tổng Công ty A, Tổng Công ty B," / "Tổng Công ty C …"),
      // unless the line below is an all-caps title ("QUYẾT ĐỊNH:").
      && (/^\p{Ll}/u.test(l.orig) || (l.orig.startsWith("(") && lastLine.length >= 60 && !PRESS_TAG_DASH.test(l.orig)) || OPEN_END.test(lastFolded.slice(-20)) || (/,["”)]*$/.test(lastLine) && /\p{Ll}/u.test(l.orig)));
    // A unit's name cut at its own dash is no list item: "Sở Lao động" / "- Thương binh và Xã hội …", "Phòng Kinh tế" / "- Hạ tầng".
    const namedOn = !!prev && mk.marker === "dash" && UNIT_NAME_HALF.test(lastFolded.slice(-20)) && UNIT_NAME_REST.test(l.folded);
    if (continues || wraps || namedOn) {
      wrapped.push(l);
      continue;
    }
    join();
    if (ADDRESSEE_LIST.test(l.folded)) addressees = true;
    else if (addressees && mk.marker === "none") { addressees = false; order = []; }
    let level: number;
    if (mk.marker === "roman" || mk.marker === "article") { order = []; level = 1; }
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
  // Portals repeat the lead paragraph: keep the first copy of a long unmarked paragraph (items may repeat on purpose).
  const seen = new Set<string>();
  for (const b of blocks) {
    if (b.marker !== "none" || b.orig.length <= 60) continue;
    if (seen.has(b.folded)) b.duplicate = true;
    else seen.add(b.folded);
  }
  return blocks;
}
