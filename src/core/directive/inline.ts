/**
 * One paragraph that gives several units their work in a run — "…, giao: Sở A rà soát …; Sở B tham mưu …;
 * UBND các xã …" — read as an intro and one item per unit, as if the notice had listed them.
 * A ";" splits only where a unit or role follows: "…; hoàn thành trước ngày …" stays in its clause.
 */
import { readRoles } from "./assignees.ts";
import type { Block } from "./blocks.ts";
import { INLINE_ASSIGN_COLON } from "./grammar.ts";

/** Every block, with run-on assignment paragraphs replaced by their intro and items. */
export function splitInlineAssignments(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const parts = b.body.includes(";") ? splitBlock(b) : null;
    if (parts) out.push(...parts);
    else out.push(b);
  }
  return out;
}

function splitBlock(b: Block): Block[] | null {
  const { body, bodyFolded } = b;
  const m = INLINE_ASSIGN_COLON.exec(bodyFolded);
  if (!m) return null;
  const first = m.index + m[0].length;
  if (!readRoles(body, bodyFolded, first)) return null;
  const starts = [first];
  for (let i = bodyFolded.indexOf(";", first); i >= 0; i = bodyFolded.indexOf(";", i + 1)) {
    let at = i + 1;
    while (body[at] === " ") at++;
    if (readRoles(body, bodyFolded, at)) starts.push(at);
  }
  // One unit with several clauses is one task, written on one line as usual.
  if (starts.length < 2) return null;
  // "Công điện yêu cầu: Chủ tịch UBND các huyện, thành phố; Giám đốc Sở NN và PTNT; Thủ trưởng các sở … thực hiện ngay …": the
  // units are one list, the subject of one verb (round 12, 384), when the first role phrase runs past the last ";".
  if (readRoles(body, bodyFolded, first)!.end > starts.at(-1)!) return null;
  const intro: Block = { ...b, body: body.slice(0, first).trimEnd(), bodyFolded: bodyFolded.slice(0, first).trimEnd() };
  const items = starts.map((from, k): Block => {
    const to = starts[k + 1] ?? body.length;
    // The ";" stays: an item without end punctuation would read as a caption.
    const cut = (s: string) => s.slice(from, to).trimEnd();
    const text = cut(body);
    const textFolded = cut(bodyFolded);
    // One step below the intro, so the next numbered item is not read as their child.
    return { orig: text, folded: textFolded, no: b.no, marker: "none", label: "", body: text, bodyFolded: textFolded, level: b.level + 0.5 };
  });
  return [intro, ...items];
}
