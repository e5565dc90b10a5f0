/** JSON text → records: an array of objects, one per official, keys named like the CSV headers. */
import type { RosterRecord } from "../core/roster/rows.ts";

export type JsonSheet = { ok: true; headers: string[]; records: RosterRecord[] } | { ok: false; errors: string[] };

export function readJson(text: string): JsonSheet {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause: unknown) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, errors: [`Tệp JSON không đọc được: ${detail}. (Invalid JSON.)`] };
  }
  if (!Array.isArray(data)) return { ok: false, errors: ["Tệp JSON phải là một danh sách (mảng) các cán bộ. (Expected a JSON array of officials.)"] };
  const headers = new Set<string>();
  const records: RosterRecord[] = [];
  const errors: string[] = [];
  data.forEach((item: unknown, i) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      errors.push(`Mục ${i + 1}: cần một đối tượng {…} mô tả một cán bộ. (Item ${i + 1}: expected an object describing one official.)`);
      return;
    }
    for (const key of Object.keys(item)) headers.add(key);
    records.push({ n: i + 1, values: item as Record<string, unknown> });
  });
  return errors.length ? { ok: false, errors } : { ok: true, headers: [...headers], records };
}
