/** The notice itself: number, date, issuer, meeting date, kind, subject — read from header and lead. */
import { KIND_LINE, PLACE_DATE_LINE } from "./grammar.ts";
import { findDates, isoDate } from "./dates.ts";
import { compactNumber } from "./references.ts";
import type { Notice } from "./types.ts";

export interface Line {
  orig: string;
  folded: string;
  /** 1-based line number in the input. */
  no: number;
}

const KINDS: Record<string, string> = { TB: "Thông báo", CT: "Chỉ thị", KH: "Kế hoạch", QĐ: "Quyết định", CĐ: "Công điện", BC: "Báo cáo" };
const KIND_WORDS: Record<string, string> = {
  "thong bao": "Thông báo", "chi thi": "Chỉ thị", "ke hoach": "Kế hoạch", "cong van": "Công văn", "quyet dinh": "Quyết định", "cong dien": "Công điện",
};

/** "BẮC KẠN" → "Bắc Kạn"; "BÀ RỊA - VŨNG TÀU" → "Bà Rịa - Vũng Tàu". */
export function titleCase(s: string): string {
  return s.toLocaleLowerCase("vi").replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toLocaleUpperCase("vi"));
}

const LEVELS = "tinh|thanh pho|huyen|thi xa|quan|xa|phuong|dac khu|thi tran";
const ISSUER_IN_TEXT = new RegExp(`\\b(?:(van phong)\\s+)?(?:uy ban nhan dan|ubnd)\\s+(${LEVELS})\\s+`, "g");

/** The proper name after a level word: capitalised words, e.g. "Bắc Kạn", "Bà Rịa - Vũng Tàu". */
function properName(orig: string, at: number): string | null {
  const m = /^(?:\p{Lu}[\p{L}]*(?:\s*-\s*|\s+)?)+/u.exec(orig.slice(at, at + 60));
  if (!m) return null;
  const name = m[0].replace(/[\s-]+$/, "").trim();
  return name.length > 1 ? name : null;
}

/** "ỦY BAN NHÂN DÂN" + "TỈNH BẮC KẠN" in the header, or "UBND tỉnh Bắc Kạn ban hành…" in a lead. */
function readIssuer(lines: Line[]): string | null {
  for (let i = 0; i < Math.min(lines.length, 12); i++) {
    const f = lines[i]!.folded.trim();
    const isUb = /^(?:uy ban nhan dan|ubnd)\b/.test(f);
    const isOffice = /^van phong\b/.test(f);
    if (!isUb && !isOffice) continue;
    // The level and name may be on this line ("UBND TỈNH BẮC KẠN") or the next ("TỈNH BẮC KẠN").
    const candidates = [lines[i]!, lines[i + 1]].filter((l): l is Line => !!l);
    for (const l of candidates) {
      const m = new RegExp(`(?:^|\\s)(${LEVELS})\\s+(.+)$`).exec(l.folded.trim());
      if (!m) continue;
      const trimmedStart = l.orig.length - l.orig.trimStart().length;
      const nameStart = trimmedStart + m.index + m[0].length - m[2]!.length;
      const name = titleCase(l.orig.slice(nameStart).trim());
      const level = m[1]!.replace("thanh pho", "thành phố").replace("tinh", "tỉnh").replace("huyen", "huyện").replace("thi xa", "thị xã")
        .replace(/^xa$/, "xã").replace("phuong", "phường").replace("dac khu", "đặc khu");
      const office = isOffice || (lines[i + 1] && /^van phong$/.test(lines[i + 1]!.folded.trim())) || (lines[i + 2] && /^van phong$/.test(lines[i + 2]!.folded.trim()));
      return `${office ? "Văn phòng " : ""}UBND ${level} ${name}`;
    }
  }
  for (const l of lines.slice(0, 40)) {
    ISSUER_IN_TEXT.lastIndex = 0;
    for (const m of l.folded.matchAll(ISSUER_IN_TEXT)) {
      const name = properName(l.orig, m.index + m[0].length);
      if (!name) continue;
      const after = l.folded.slice(m.index + m[0].length + name.length, m.index + m[0].length + name.length + 30);
      if (!/^\s*(?:da\s+)?(?:ban hanh|thong bao|chi thi)/.test(after)) continue;
      const level = l.orig.slice(m.index + m[0].length - m[2]!.length - 1, m.index + m[0].length).trim().toLocaleLowerCase("vi");
      return `${m[1] ? "Văn phòng " : ""}UBND ${level} ${name}`;
    }
  }
  return null;
}

const NUMBER_LINE = /^so\s*:?\s*/;
const NUMBER_IN_TEXT = /\b(?:thong bao|chi thi|ke hoach|cong van|quyet dinh|cong dien)(?:\s+ket luan)?\s+so\s+/g;
const SYMBOL = /^(\d{1,5}(?:\s*\/\s*\d{4})?)\s*\/\s*([A-ZĐ][A-Za-zĐđ&]*(?:\s*[-–]\s*[A-ZĐ][A-Za-zĐđ&0-9]*)*)/u;

/** The notice's own number and, when the same sentence gives it, its date. */
function readNumber(lines: Line[]): { number: string | null; date: string | null } {
  for (const l of lines.slice(0, 15)) {
    const f = l.folded.trim();
    const m = NUMBER_LINE.exec(f);
    if (!m) continue;
    const start = l.orig.length - l.orig.trimStart().length + m[0].length;
    const s = SYMBOL.exec(l.orig.slice(start));
    if (s) return { number: compactNumber(`${s[1]}/${s[2]}`), date: null };
  }
  for (const l of lines.slice(0, 40)) {
    for (const m of l.folded.matchAll(NUMBER_IN_TEXT)) {
      const at = m.index + m[0].length;
      const s = SYMBOL.exec(l.orig.slice(at));
      if (!s) continue;
      const after = l.folded.slice(at + s[0].length, at + s[0].length + 40);
      const d = /^\s*,?\s*ngay\s+/.exec(after) ? findDates(after)[0] : undefined;
      return { number: compactNumber(`${s[1]}/${s[2]}`), date: d?.iso ?? null };
    }
  }
  return { number: null, date: null };
}

const MEETING = /\b(?:hoi nghi|cuoc hop|buoi lam viec|phien hop|buoi kiem tra|buoi lam viec|hop|cuoc lam viec|chuyen cong tac|dot kiem tra)\b/;

/** Reads the notice's header and lead paragraphs (the lines before the body). */
export function readNotice(lines: Line[]): Notice {
  let date: string | null = null;
  let kind: string | null = null;
  let subject: string | null = null;
  for (let i = 0; i < Math.min(lines.length, 20); i++) {
    const l = lines[i]!;
    const f = l.folded.trim();
    const pd = PLACE_DATE_LINE.exec(f);
    if (pd && !date) date = isoDate(Number(pd[3]), Number(pd[2]), Number(pd[1]));
    const k = KIND_LINE.exec(f);
    if (k && !kind && l.orig.trim() === l.orig.trim().toUpperCase()) {
      kind = KIND_WORDS[k[1]!] ?? null;
      // The subject (trích yếu) is the next line or two, until a blank-equivalent or body starts.
      const next = lines[i + 1];
      if (next && next.orig.trim().length < 200 && !/[.:;]$/.test(next.orig.trim())) subject = next.orig.trim();
    }
  }
  const num = readNumber(lines);
  if (!date) date = num.date;
  if (!kind && num.number) {
    const code = /\/([A-ZĐ]+)/.exec(num.number)?.[1];
    kind = (code && KINDS[code]) ?? (num.number.includes("/UBND") ? "Công văn" : null);
  }
  let meetingDate: string | null = null;
  for (const l of lines.slice(0, 40)) {
    const mm = MEETING.exec(l.folded);
    if (!mm) continue;
    for (const d of findDates(l.folded)) {
      if (!d.iso || d.index < mm.index || d.index - mm.index > 200) continue;
      // Not the notice's own date, and not a date that belongs to a cited document.
      if (/\/[a-z-]+\s*,?\s*$/.test(l.folded.slice(Math.max(0, d.index - 25), d.index).replace(/ngay\s*$/, ""))) continue;
      meetingDate = d.iso;
      break;
    }
    if (meetingDate) break;
  }
  return { number: num.number, date, issuer: readIssuer(lines), meetingDate, kind, subject };
}
