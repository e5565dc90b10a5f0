import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveAssignees } from "../../../src/core/roster/resolve.ts";
import { ALIASES_2025, loadRoster } from "./rosters.ts";

const ROSTER = loadRoster("bac-kan-2022.csv");
const IDS = new Set(ROSTER.map((o) => o.id));

/** Words groups are made of, so that random phrases often come close to real ones. */
const WORDS = ["Giám đốc", "Phó", "Chủ tịch", "Bí thư", "Thủ trưởng", "Chánh Văn phòng", "các", "sở", "ban", "ngành", "huyện", "thành phố", "thị xã",
  "xã", "phường", "Huyện ủy", "Thành ủy", "UBND", "Ủy ban nhân dân", "tỉnh", "Sở", "KH-ĐT", "&", ",", "và", "liên quan", "cấp tỉnh", "Tài chính", "Ba Bể", "TP."];
const phrase = fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((ws) => ws.join(" "));

describe("resolveAssignees on arbitrary input", () => {
  it("never throws, answers each assignee in order, and only with officials of the roster", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), phrase), { maxLength: 6 }), (assignees) => {
        const result = resolveAssignees(assignees, ROSTER, ALIASES_2025);
        expect(result.byAssignee.map((b) => b.assignee)).toEqual(assignees);
        for (const { assignee, officials } of result.byAssignee) {
          expect(new Set(officials).size).toBe(officials.length);
          for (const o of officials) expect(IDS.has(o.id)).toBe(true);
          expect(result.unresolved.includes(assignee)).toBe(officials.length === 0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on an arbitrary alias map, roster units included", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.oneof(fc.string(), phrase), fc.oneof(fc.string(), phrase)), phrase, (aliases, assignee) => {
        resolveAssignees([assignee], ROSTER, aliases);
      }),
      { numRuns: 300 },
    );
  });
});
