/**
 * Assignee groups of a parsed notice → the officials who must act. "Giám đốc các sở" → the director of
 * every sở; "Sở Tài chính" → its head; "UBND các xã, phường" → the chair of each. A group that reaches
 * nobody is listed in `unresolved`, never dropped.
 */
import type { Official } from "../model.ts";
import { readSet, readTitle, type UnitKind, type UnitSet } from "./groups.ts";
import { HEAD_TITLES, headTitleOf } from "./titles.ts";
import { canonicalUnitName } from "./unit-name.ts";

export interface Resolution {
  /** One entry per assignee, in the order given; officials in roster order, each once. */
  byAssignee: Array<{ assignee: string; officials: Official[] }>;
  /** Assignees that reach nobody: vague ("các cơ quan liên quan"), unknown units, vacant heads. */
  unresolved: string[];
  /** Units a group reached that have no head to give the task to (a vacant post), for the admins. */
  headless: Array<{ assignee: string; unit: string }>;
}

/** Units of the roster by canonical name, each with its officials in roster order. */
interface Unit {
  name: string;
  canonical: string;
  kind: UnitKind;
  /** Officials holding a head title, with that title ("giam doc"); deputies and staff left out. */
  heads: Array<{ official: Official; title: string }>;
}

/** Older unit kinds the UnitType union lacks, read from the name of a unit filed as "khác". */
const OLDER_KINDS: ReadonlyArray<readonly [RegExp, UnitKind]> = [
  [/^ubnd thi tran /, "thị trấn"],
  [/^thi uy /, "thị ủy"],
];

function indexUnits(roster: readonly Official[]): Map<string, Unit> {
  const units = new Map<string, Unit>();
  for (const o of roster) {
    const canonical = canonicalUnitName(o.unit);
    let unit = units.get(canonical);
    if (!unit) {
      const older = o.unitType === "khác" ? OLDER_KINDS.find(([p]) => p.test(canonical))?.[1] : undefined;
      unit = { name: o.unit, canonical, kind: older ?? o.unitType, heads: [] };
      units.set(canonical, unit);
    }
    const title = headTitleOf(o.title);
    if (title !== null) unit.heads.push({ official: o, title });
  }
  return units;
}

/** How many renames an alias chain may follow ("A → B → C"), so a loop in the map cannot hang us. */
const MAX_ALIAS_HOPS = 5;

/** The one unit a name denotes: exact, through the aliases, or "Công an tỉnh" for "Công an tỉnh Bắc Kạn". */
function findUnit(name: string, units: ReadonlyMap<string, Unit>, aliases: ReadonlyMap<string, string>): Unit | null {
  let canonical = canonicalUnitName(name);
  for (let hop = 0; hop <= MAX_ALIAS_HOPS; hop++) {
    const exact = units.get(canonical);
    if (exact) return exact;
    const withProvince = [...units.values()].filter((u) => u.canonical.startsWith(`${canonical} tinh `) || (canonical.endsWith(" tinh") && u.canonical.startsWith(`${canonical} `)));
    if (withProvince.length === 1) return withProvince[0]!;
    const next = aliases.get(canonical);
    if (next === undefined) return null;
    canonical = next;
  }
  return null;
}

/** Plain words of a unit kind, as it opens a unit's name: "Công an huyện Ba Bể". */
const KIND_WORDS: Readonly<Record<UnitKind, string>> = {
  "sở": "so", "ban ngành": "ban", "huyện": "huyen", "thành phố": "thanh pho", "thị xã": "thi xa", "xã": "xa", "phường": "phuong",
  "đặc khu": "dac khu", "huyện ủy": "huyen uy", "thành ủy": "thanh uy", "tỉnh": "tinh", "khác": "khac", "thị trấn": "thi tran", "thị ủy": "thi uy",
};

/** Units in a set: by kind, or for "Công an các huyện" those named "công an huyện …". */
function unitsInSet(set: Extract<UnitSet, { kind: "set" }>, units: ReadonlyMap<string, Unit>): Unit[] {
  const { org, kinds } = set;
  if (org === null) return [...units.values()].filter((u) => kinds.includes(u.kind));
  return [...units.values()].filter((u) => kinds.some((k) => u.canonical.startsWith(`${org} ${KIND_WORDS[k]} `)));
}

/** A unit's head: the holder of `head` if the group names a title, else the best-ranked head title. */
function headsOf(unit: Unit, head: string | null): Official[] {
  const wanted = head ?? HEAD_TITLES.find((t) => unit.heads.some((h) => h.title === t));
  return unit.heads.filter((h) => h.title === wanted).map((h) => h.official);
}

/** The units one group names, and the head title it asks for. */
function unitsOf(assignee: string, units: ReadonlyMap<string, Unit>, aliases: ReadonlyMap<string, string>): { units: Unit[]; head: string | null } {
  const words = canonicalUnitName(assignee);
  if (words === "") return { units: [], head: null };
  const whole = findUnit(words, units, aliases);
  if (whole) return { units: [whole], head: null };
  const { title, rest } = readTitle(words);
  const head = title?.head ?? null;
  if (title?.unitWord) {
    const named = findUnit(`${title.unitWord} ${rest}`, units, aliases);
    if (named) return { units: [named], head };
  }
  const one = rest === "" ? null : findUnit(rest, units, aliases);
  if (one) return { units: [one], head };
  const set = readSet(rest);
  if (set?.kind !== "set") return { units: [], head };
  return { units: unitsInSet(set, units), head };
}

/**
 * Resolves each assignee against the roster. `aliases` maps old unit names to current ones
 * (default none), so a 2022 notice's "Sở Kế hoạch và Đầu tư" reaches the merged Sở Tài chính.
 */
export function resolveAssignees(assignees: readonly string[], roster: readonly Official[], aliases: Readonly<Record<string, string>> = {}): Resolution {
  const units = indexUnits(roster);
  const aliasMap = new Map(Object.entries(aliases).map(([from, to]) => [canonicalUnitName(from), canonicalUnitName(to)]));
  const order = new Map(roster.map((o, i) => [o, i]));
  const result: Resolution = { byAssignee: [], unresolved: [], headless: [] };
  for (const assignee of assignees) {
    const { units: reached, head } = unitsOf(assignee, units, aliasMap);
    const officials = new Set<Official>();
    for (const unit of reached) {
      const heads = headsOf(unit, head);
      if (heads.length === 0) result.headless.push({ assignee, unit: unit.name });
      for (const o of heads) officials.add(o);
    }
    const sorted = [...officials].sort((a, b) => order.get(a)! - order.get(b)!);
    result.byAssignee.push({ assignee, officials: sorted });
    if (sorted.length === 0 && !result.unresolved.includes(assignee)) result.unresolved.push(assignee);
  }
  return result;
}
