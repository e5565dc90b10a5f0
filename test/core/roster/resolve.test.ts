import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDirective } from "../../../src/core/directive/parse.ts";
import type { Official } from "../../../src/core/model.ts";
import { resolveAssignees } from "../../../src/core/roster/resolve.ts";
import { ALIASES_2025, loadRoster } from "./rosters.ts";

const BAC_KAN = loadRoster("bac-kan-2022.csv");
const SAMPLE_2026 = loadRoster("sample-2026.json");

const ids = (officials: readonly Official[]): string[] => officials.map((o) => o.id);
/** The ids one assignee resolves to. */
const reach = (assignee: string, roster: readonly Official[] = BAC_KAN, aliases?: Record<string, string>): string[] =>
  ids(resolveAssignees([assignee], roster, aliases).byAssignee[0]!.officials);

const SO_DIRECTORS = ["SNV-GD", "STP-GD", "SKHDT-GD", "STC-GD", "SCT-GD", "SNNPTNT-GD", "SGTVT-GD", "SXD-GD", "STNMT-GD", "STTTT-GD", "SLDTBXH-GD", "SVHTTDL-GD", "SKHCN-GD", "SGDDT-GD", "SYT-GD"];
const BAN_NGANH_HEADS = ["BDT-TT", "CAT-TT", "BCHQS-TT", "VP-TT", "TTT-TT", "BQLKCN-TT"];
const PARTY_SECRETARIES = ["TUBK-BT", "HUBB-BT", "HUBT-BT", "HUCD-BT", "HUCM-BT", "HUNR-BT", "HUNS-BT", "HUPN-BT"];
const DISTRICT_CHAIRS = ["UBBK-CT", "UBBB-CT", "UBBT-CT", "UBCD-CT", "UBCM-CT", "UBNR-CT", "UBNS-CT", "UBPN-CT"];

describe("Notice 147/TB-UBND against the Bắc Kạn 2022 roster", () => {
  const notice = readFileSync(fileURLToPath(new URL("../../../data/samples/thong-bao-147-bac-kan.txt", import.meta.url)), "utf8");
  const parsed = parseDirective(notice);
  if (!parsed.ok) throw new Error("Notice 147 no longer parses");
  const assignees = parsed.directive.tasks[0]!.assignees;
  const result = resolveAssignees(assignees, BAC_KAN);

  it("reaches every head of the four groups the parser reads, and nobody else", () => {
    expect(result.byAssignee.map((b) => [b.assignee, ids(b.officials)])).toEqual([
      ["Giám đốc các sở", SO_DIRECTORS],
      ["Thủ trưởng các ban, ngành", BAN_NGANH_HEADS],
      ["Bí thư Huyện ủy, Thành ủy", PARTY_SECRETARIES],
      ["Chủ tịch UBND các huyện, thành phố", DISTRICT_CHAIRS],
    ]);
    expect(result.unresolved).toEqual([]);
    expect(result.headless).toEqual([]);
  });

  it("picks no deputy and no admin, though the roster has both in those units", () => {
    const reached = result.byAssignee.flatMap((b) => b.officials);
    expect(reached).toHaveLength(15 + 6 + 8 + 8);
    expect(BAC_KAN.filter((o) => o.title.startsWith("Phó")).length).toBeGreaterThanOrEqual(6);
    for (const o of reached) {
      expect(o.title, o.id).not.toMatch(/^Phó/);
      expect(o.role, o.id).toBe("leader");
    }
  });
});

describe("groups that name a title and a set of units", () => {
  it.each([
    ["các sở, ban, ngành", [...SO_DIRECTORS, ...BAN_NGANH_HEADS]],
    ["Thủ trưởng các sở, ban, ngành cấp tỉnh", [...SO_DIRECTORS, ...BAN_NGANH_HEADS]],
    ["Các sở ban ngành", [...SO_DIRECTORS, ...BAN_NGANH_HEADS]],
    ["UBND các huyện, thành phố", DISTRICT_CHAIRS],
    ["Chủ tịch UBND các huyện, thị xã, thành phố", DISTRICT_CHAIRS],
    ["Chủ tịch Ủy ban nhân dân các huyện, thành phố", DISTRICT_CHAIRS],
    ["Huyện ủy, Thành ủy", PARTY_SECRETARIES],
    ["giam doc cac so", SO_DIRECTORS],
    ["GIÁM ĐỐC CÁC SỞ".normalize("NFD"), SO_DIRECTORS],
  ])("%s", (assignee, expected) => {
    expect(reach(assignee)).toEqual(expected);
  });

  it("gives UBND các xã, phường to the chair of each commune and ward", () => {
    expect(reach("UBND các xã, phường", SAMPLE_2026)).toEqual(["PDX-CT", "PBK-CT", "XBB-CT", "XCD-CT", "XNR-CT"]);
    expect(reach("Chủ tịch UBND các phường", SAMPLE_2026)).toEqual(["PDX-CT", "PBK-CT"]);
  });

  it("reaches townships (thị trấn), a kind the UnitType union lacks, by their names", () => {
    const town = { ...BAC_KAN.find((o) => o.id === "UBBB-CT")!, id: "TTCR-CT", unit: "UBND thị trấn Chợ Rã", unitType: "khác" as const };
    const commune = { ...town, id: "XKL-CT", unit: "UBND xã Khang Ninh", unitType: "xã" as const };
    expect(reach("Chủ tịch UBND các xã, thị trấn", [...BAC_KAN, town, commune])).toEqual(["TTCR-CT", "XKL-CT"]);
    expect(reach("UBND các thị trấn", [...BAC_KAN, town, commune])).toEqual(["TTCR-CT"]);
  });

  it("lists an official once even when two members of the set reach them", () => {
    expect(reach("các sở, ngành, ban và các ban ngành")).toEqual([...SO_DIRECTORS, ...BAN_NGANH_HEADS]);
  });

  it("reports a unit of the set whose head post is vacant, and still reaches the others", () => {
    const result = resolveAssignees(["Giám đốc các sở"], SAMPLE_2026);
    expect(ids(result.byAssignee[0]!.officials)).toEqual(["STC-GD", "SNNMT-GD", "SXD-GD", "SKHCN-GD", "SNV-GD", "SDTTG-GD"]);
    expect(result.headless).toEqual([{ assignee: "Giám đốc các sở", unit: "Sở Y tế" }]);
    expect(result.unresolved).toEqual([]);
  });
});

describe("groups that name one unit", () => {
  it.each([
    ["Sở Tài chính", ["STC-GD"]],
    ["Giám đốc Sở Tài chính", ["STC-GD"]],
    ["UBND huyện Ba Bể", ["UBBB-CT"]],
    ["Chủ tịch UBND huyện Ba Bể", ["UBBB-CT"]],
    ["Ủy ban nhân dân TP. Bắc Kạn", ["UBBK-CT"]],
    ["Công an tỉnh", ["CAT-TT"]],
    ["Văn phòng UBND tỉnh", ["VP-TT"]],
    ["Chánh Văn phòng UBND tỉnh", ["VP-TT"]],
    ["Thanh tra tỉnh", ["TTT-TT"]],
    ["Trưởng Ban Dân tộc", ["BDT-TT"]],
    ["Ban Quản lý các Khu công nghiệp", ["BQLKCN-TT"]],
    ["Bộ Chỉ huy Quân sự tỉnh", ["BCHQS-TT"]],
    ["Huyện ủy Chợ Đồn", ["HUCD-BT"]],
    ["UBND tỉnh", ["UBT-CT"]],
    ["Sở Văn hóa, Thể thao và Du lịch", ["SVHTTDL-GD"]],
    ["So Tai chinh", ["STC-GD"]],
  ])("%s", (assignee, expected) => {
    expect(reach(assignee)).toEqual(expected);
  });

  it("takes an acting head (Quyền Giám đốc) but never a deputy", () => {
    expect(reach("Sở Khoa học và Công nghệ", SAMPLE_2026)).toEqual(["SKHCN-GD"]);
    expect(reach("Sở Y tế", SAMPLE_2026)).toEqual([]);
  });

  it("matches a unit the roster names with its province", () => {
    const roster = BAC_KAN.map((o) => (o.unit === "Công an tỉnh" ? { ...o, unit: "Công an tỉnh Bắc Kạn" } : o));
    expect(reach("Công an tỉnh", roster)).toEqual(["CAT-TT"]);
  });
});

describe("department abbreviations", () => {
  it.each([
    ["Sở KH-ĐT", "SKHDT-GD"], ["Sở KH&ĐT", "SKHDT-GD"], ["Sở KHĐT", "SKHDT-GD"],
    ["Sở TN&MT", "STNMT-GD"], ["Sở TNMT", "STNMT-GD"],
    ["Sở LĐ-TB&XH", "SLDTBXH-GD"], ["Sở GD&ĐT", "SGDDT-GD"], ["Sở GTVT", "SGTVT-GD"],
    ["Sở VH-TT&DL", "SVHTTDL-GD"], ["Sở VHTTDL", "SVHTTDL-GD"], ["Sở TT&TT", "STTTT-GD"], ["Sở TTTT", "STTTT-GD"],
    ["Sở NN&PTNT", "SNNPTNT-GD"], ["Sở Nông nghiệp và PTNT", "SNNPTNT-GD"], ["Sở KH&CN", "SKHCN-GD"],
  ])("%s", (assignee, expected) => {
    expect(reach(assignee)).toEqual([expected]);
  });

  it("reads Sở NN&MT, a department that exists only after 2025", () => {
    expect(reach("Sở NN&MT", SAMPLE_2026)).toEqual(["SNNMT-GD"]);
    expect(reach("Sở NN&MT")).toEqual([]);
  });
});

describe("old unit names after the 2025 mergers", () => {
  it.each([
    ["Sở Kế hoạch và Đầu tư", "STC-GD"], ["Sở KH-ĐT", "STC-GD"],
    ["Sở Tài nguyên và Môi trường", "SNNMT-GD"], ["Sở NN&PTNT", "SNNMT-GD"],
    ["Sở Giao thông vận tải", "SXD-GD"], ["Sở TT&TT", "SKHCN-GD"],
    ["Sở LĐ-TB&XH", "SNV-GD"], ["Ban Dân tộc", "SDTTG-GD"],
  ])("%s reaches the merged department", (assignee, expected) => {
    expect(reach(assignee, SAMPLE_2026, ALIASES_2025)).toEqual([expected]);
    expect(reach(assignee, SAMPLE_2026)).toEqual([]);
  });

  it("prefers a unit still in the roster to its alias", () => {
    expect(reach("Sở Kế hoạch và Đầu tư", BAC_KAN, ALIASES_2025)).toEqual(["SKHDT-GD"]);
  });

  it("follows a chain of renames and survives a loop in the map", () => {
    const chain = { "Sở A": "Sở B", "Sở B": "Sở Tài chính" };
    expect(reach("Sở A", SAMPLE_2026, chain)).toEqual(["STC-GD"]);
    expect(reach("Sở A", SAMPLE_2026, { "Sở A": "Sở B", "Sở B": "Sở A" })).toEqual([]);
  });
});

describe("groups that reach nobody are reported, not dropped", () => {
  it("lists vague, unknown and absent groups in unresolved, in order, once each", () => {
    const vague = ["các cơ quan, đơn vị liên quan", "các địa phương", "các sở, ngành liên quan", "Các chủ đầu tư", "các đơn vị"];
    const absent = ["Sở Ngoại vụ", "UBND các xã, phường", "UBND huyện Triệu Phong", "Phòng Tài chính - Kế hoạch", "UBND huyện", ""];
    const result = resolveAssignees(["Sở Tài chính", ...vague, ...absent, "các địa phương"], BAC_KAN);
    expect(result.unresolved).toEqual([...vague, ...absent]);
    expect(result.byAssignee).toHaveLength(13);
    expect(result.byAssignee.slice(1).every((b) => b.officials.length === 0)).toBe(true);
  });

  it("resolves the same whatever order the roster lists officials in", () => {
    const shuffled = [...BAC_KAN].reverse();
    const groups = ["Giám đốc các sở", "Sở Tài chính", "các sở, ban, ngành"];
    const sort = (r: ReturnType<typeof resolveAssignees>) => r.byAssignee.map((b) => ids(b.officials).sort());
    expect(sort(resolveAssignees(groups, shuffled))).toEqual(sort(resolveAssignees(groups, BAC_KAN)));
  });
});
