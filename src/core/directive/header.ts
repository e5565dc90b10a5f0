/** The notice itself: number, date, issuer, meeting date, kind, subject — read from header and lead. */
import { KIND_LINE, MOTTO, OFFICIAL_LETTER_SUBJECT, PLACE_DATE_AT_END, PLACE_DATE_LINE } from "./grammar.ts";
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
  // The agency block: short lines of their own, the motto cut off; a sentence naming the office is read below.
  const block = lines.slice(0, 12).map((l): Line => {
    const cut = MOTTO.exec(l.folded);
    return cut ? { orig: l.orig.slice(0, cut.index), folded: l.folded.slice(0, cut.index), no: l.no } : l;
  });
  for (let i = 0; i < block.length; i++) {
    if (block[i]!.orig.length > 60 || /[,.;:]/.test(block[i]!.orig)) continue;
    const f = block[i]!.folded.trim();
    const isUb = /^(?:uy ban nhan dan|ubnd)\b/.test(f);
    const isOffice = /^van phong\b/.test(f);
    if (!isUb && !isOffice) continue;
    // The level and name may be on this line ("UBND TỈNH BẮC KẠN") or the next ("TỈNH BẮC KẠN").
    const candidates = [block[i]!, block[i + 1]].filter((l): l is Line => !!l && l.orig.trim().length > 0);
    for (const l of candidates) {
      const m = new RegExp(`(?:^|\\s)(${LEVELS})\\s+(.+)$`).exec(l.folded.trim());
      if (!m) continue;
      const trimmedStart = l.orig.length - l.orig.trimStart().length;
      const nameStart = trimmedStart + m.index + m[0].length - m[2]!.length;
      // The name is the capitalised words after the level: "TỈNH BÀ RỊA - VŨNG TÀU", not "… Sóc Trăng vừa ban hành".
      const proper = properName(l.orig, nameStart);
      if (!proper) continue;
      const name = titleCase(proper);
      const level = m[1]!.replace("thanh pho", "thành phố").replace("tinh", "tỉnh").replace("huyen", "huyện").replace("thi xa", "thị xã")
        .replace(/^xa$/, "xã").replace("phuong", "phường").replace("dac khu", "đặc khu");
      const office = isOffice || (block[i + 1] && /^van phong$/.test(block[i + 1]!.folded.trim())) || (block[i + 2] && /^van phong$/.test(block[i + 2]!.folded.trim()));
      return `${office ? "Văn phòng " : ""}UBND ${level} ${name}`;
    }
  }
  for (const l of leadParagraphs(lines.slice(0, 40))) {
    ISSUER_IN_TEXT.lastIndex = 0;
    for (const m of l.folded.matchAll(ISSUER_IN_TEXT)) {
      const name = properName(l.orig, m.index + m[0].length);
      if (!name) continue;
      const after = l.folded.slice(m.index + m[0].length + name.length, m.index + m[0].length + name.length + 30);
      if (!/^\s*(?:(?:da|vua|moi|vua moi)\s+)?(?:ban hanh|thong bao|chi thi)/.test(after)) continue;
      const level = l.orig.slice(m.index + m[0].length - m[2]!.length - 1, m.index + m[0].length).trim().toLocaleLowerCase("vi");
      return `${m[1] ? "Văn phòng " : ""}UBND ${level} ${name}`;
    }
  }
  return null;
}

const NUMBER_LINE = /^so\s*:?\s*/;
const NUMBER_IN_TEXT = /\b(?:thong bao|chi thi|ke hoach|cong van|quyet dinh|cong dien)(?:\s+ket luan)?\s+so\s*:?\s+/g;
const SYMBOL = /^(\d{1,5}(?:\s*\/\s*\d{4})?)\s*\/\s*([A-ZĐ][A-Za-zĐđ&]*(?:\s*[-–]\s*[A-ZĐ][A-Za-zĐđ&0-9]*)*)/u;

/** The notice's own number and, when the same sentence gives it, its date. */
function readNumber(lines: Line[]): { number: string | null; date: string | null; dayMonth?: { d: number; m: number } } {
  for (const l of lines.slice(0, 15)) {
    const f = l.folded.trim();
    const m = NUMBER_LINE.exec(f);
    if (!m) continue;
    const start = l.orig.length - l.orig.trimStart().length + m[0].length;
    const s = SYMBOL.exec(l.orig.slice(start));
    if (s) return { number: compactNumber(`${s[1]}/${s[2]}`), date: null };
  }
  for (const l of leadParagraphs(lines.slice(0, 40))) {
    for (const m of l.folded.matchAll(NUMBER_IN_TEXT)) {
      const at = m.index + m[0].length;
      const s = SYMBOL.exec(l.orig.slice(at));
      if (!s) continue;
      const after = l.folded.slice(at + s[0].length, at + s[0].length + 40);
      // "… Thông báo số 147/TB-UBND ngày 07/4/2022", or "Ngày 24/6/2019, UBND tỉnh … ban hành Thông báo số …".
      const d = /^\s*,?\s*ngay\s+/.exec(after) ? findDates(after)[0] : undefined;
      const opening = ISSUED_ON.exec(l.folded.slice(0, m.index));
      const issued = opening ? findDates(opening[1]!)[0] : undefined;
      const date = d?.iso ?? issued?.iso ?? null;
      // "Ngày 13/07, UBND thành phố ban hành công văn số 5303/…": the page's year is the document's.
      const dayMonth = !date && issued && !issued.y ? { d: issued.d, m: issued.m } : undefined;
      return { number: compactNumber(`${s[1]}/${s[2]}`), date, dayMonth };
    }
  }
  return { number: null, date: null };
}

/** A sentence that opens with the date the notice was issued: "Ngày 24/6/2019, UBND tỉnh Hà Tĩnh ban hành …". */
const ISSUED_ON = /^(?:[^.]*\.\s+|[^.]{0,160}?\s[-–—]\s*)?(ngay\s+\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?)\s*,[^.]*\bban hanh\s+$/;

/** Words naming a meeting. Not the bare "họp": folded, it is also "hợp" of "phối hợp". */
const MEETING = /\b(?:hoi nghi|cuoc hop|buoi hop|phien hop|buoi lam viec|cuoc lam viec|lam viec voi|buoi kiem tra|dot kiem tra|kiem tra thuc te|chuyen cong tac|giao ban)\b/;
/** A sentence opening with its date: "Ngày 08/5/2023, …", "Chiều ngày 28/02/2020, …". */
const DATED_OPENING = /^(?:(?:sang|chieu|toi)\s+)?ngay\s+(?=\d)/;
/** The lead ends where the list begins: a list marker, or after the line that introduces it ("… kết luận như sau:"). */
const LIST_START = /^(?:[ivx]+\s*[.)]|\d{1,2}\s*[.)]|[a-z]\)|[-–+•●▪*])\s/;

/**
 * Lines joined back into paragraphs where a PDF copy wrapped them: a line in lower case, or any line
 * after a long one that stops mid-sentence, goes on the line above; a list item or "Ngày …," starts anew.
 */
function leadParagraphs(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    const open = !!prev && !/[.;:!?]["”)]*$/.test(prev.orig);
    // "- xã hội tháng 11" under "… kinh tế" is the same phrase, not a list item.
    const fresh = (LIST_START.test(l.folded) && !/^[-–]\s+\p{Ll}/u.test(l.orig)) || (DATED_OPENING.test(l.folded) && /^\p{Lu}/u.test(l.orig));
    if (prev && open && !fresh && (/^\p{Ll}/u.test(l.orig) || prev.orig.length >= 50)) {
      out[out.length - 1] = { orig: `${prev.orig} ${l.orig}`, folded: `${prev.folded} ${l.folded}`, no: prev.no };
    } else out.push(l);
  }
  return out;
}

/**
 * The meeting's date, from the lead only: the date right after the meeting ("tại cuộc họp ngày 20/6/2019"),
 * or the date opening a sentence about the meeting ("Ngày 08/5/2023, … chủ trì cuộc họp"). Never a task's date.
 */
function readMeetingDate(lines: Line[]): string | null {
  for (const l of leadParagraphs(lines.slice(0, 40))) {
    if (LIST_START.test(l.folded)) break;
    for (const sentence of l.folded.split(/\.\s+(?=\S)/)) {
      const mm = MEETING.exec(sentence);
      if (!mm) continue;
      for (const d of findDates(sentence)) {
        // "tại cuộc họp ngày 20/6/2019": the meeting's own date says "ngày"; "(Cập nhật: 10/05/2023)" does not.
        if (!d.iso || d.index < mm.index || d.index - mm.index > 150 || !/ngay\s*$/.test(sentence.slice(Math.max(0, d.index - 6), d.index))) continue;
        // Not a date that belongs to a cited document ("Kế hoạch số 12/KH-UBND ngày …").
        if (/\/[a-z-]+\s*,?\s*$/.test(sentence.slice(Math.max(0, d.index - 25), d.index).replace(/ngay\s*$/, ""))) continue;
        return d.iso;
      }
      const opening = DATED_OPENING.exec(sentence);
      if (opening && !/\bban hanh\b/.test(sentence)) {
        const d = findDates(sentence.slice(0, 40))[0];
        if (d?.iso && d.index <= opening[0].length + 1) return d.iso;
      }
    }
    if (l.folded.trimEnd().endsWith(":")) break;
  }
  return null;
}

/**
 * The subject (trích yếu) under the kind line ("THÔNG BÁO" / "Kết luận của …"), with the lines a PDF copy
 * wrapped it onto: they start in lower case, or with "- " and lower case ("kinh tế" / "- xã hội tháng 11").
 */
export function subjectLines(lines: Line[]): Line[] {
  const at = lines.slice(0, 20).findIndex((l) => KIND_LINE.test(l.folded.trim()) && l.orig.trim() === l.orig.trim().toUpperCase());
  const first = at >= 0 ? lines[at + 1] : undefined;
  if (!first || first.orig.trim().length >= 200 || /[.:;]$/.test(first.orig.trim())) return [];
  const out = [first];
  for (let i = at + 2; i < Math.min(lines.length, at + 5); i++) {
    const l = lines[i]!;
    // An all-caps subject wraps in capitals: "VỀ VIỆC TĂNG CƯỜNG … THỰC" / "HIỆN NHIỆM VỤ …".
    const caps = (s: string) => !/\p{Ll}/u.test(s) && /\p{Lu}/u.test(s);
    if (caps(first.orig) && caps(l.orig) && !KIND_LINE.test(l.folded.trim()) && !/^(?:uy ban nhan dan|ubnd|chu tich)\b/.test(l.folded.trim())) { out.push(l); continue; }
    // "a) Sở Tài chính …" is the first item, not the subject wrapped.
    if (/[.:;]$/.test(out[out.length - 1]!.orig.trim()) || !/^(?:[-–]\s+)?\p{Ll}/u.test(l.orig) || /^[a-zđ]\s*[).]\s/u.test(l.orig)) break;
    out.push(l);
  }
  return out;
}

/** Reads the notice's header and lead paragraphs (the lines before the body). */
export function readNotice(lines: Line[], yearOfPage: () => number | null = () => null): Notice {
  let date: string | null = null;
  let kind: string | null = null;
  let subject: string | null = null;
  let letter = false;
  for (let i = 0; i < Math.min(lines.length, 20); i++) {
    const l = lines[i]!;
    const f = l.folded.trim();
    const pd = PLACE_DATE_LINE.exec(f) ?? (f.length < 120 ? PLACE_DATE_AT_END.exec(f) : null);
    if (pd && !date) date = isoDate(Number(pd[3]), Number(pd[2]), Number(pd[1]));
    const k = KIND_LINE.exec(f);
    if (k && !kind && l.orig.trim() === l.orig.trim().toUpperCase()) kind = KIND_WORDS[k[1]!] ?? null;
    letter ||= OFFICIAL_LETTER_SUBJECT.test(f);
  }
  if (!kind && letter) kind = "Công văn";
  const subjectText = subjectLines(lines).map((l) => l.orig.trim()).join(" ");
  if (subjectText) subject = subjectText;
  const num = readNumber(lines);
  if (!date) date = num.date;
  if (!date && num.dayMonth) {
    const y = yearOfPage();
    if (y) date = isoDate(y, num.dayMonth.m, num.dayMonth.d);
  }
  if (!kind && num.number) {
    const code = /\/([A-ZĐ]+)/.exec(num.number)?.[1];
    kind = (code && KINDS[code]) ?? (num.number.includes("/UBND") ? "Công văn" : null);
  }
  const meetingDate = readMeetingDate(lines);
  return { number: num.number, date, issuer: readIssuer(lines), meetingDate, kind, subject };
}
