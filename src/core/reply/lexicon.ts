/**
 * The matcher's tools: phrase lists compiled into one shared trie over FOLDED text, read in a single
 * pass per clause, and a small tokenizer. Folded text has the same length as the original, so every
 * index found here points at the same characters of what the leader typed.
 *
 * A list matches as a global whole-word regex would (`(?<![a-z0-9])(?:longest|…|short)(?![a-z0-9])`,
 * a blank in a phrase standing for any run of blanks): leftmost first, the longest phrase at a start,
 * matches of one list never overlapping. One walk of the trie finds the matches of every list at once.
 */
import { fold } from "../text/fold.ts";

export interface Span {
  start: number;
  end: number;
  /** The folded text matched. */
  text: string;
}

export interface Token extends Span {}

/** A phrase list registered in the trie; `id` indexes per-clause caches. */
export interface Phrases {
  readonly id: number;
}

/**
 * A phrase list only ever asked "does a phrase start here?" (phraseAt): kept in a trie of its own,
 * so the one scan per clause does not report its many short words ("là", "mà", "đi").
 */
export interface AnchoredPhrases {
  readonly root: TrieNode;
}

/** Where some phrase ends, at a word boundary: `lists` are the ids of the lists it belongs to. */
export interface Hit {
  start: number;
  end: number;
  lists: readonly number[];
}

export interface TrieNode {
  /** Children by ASCII code, the common case, then by any other UTF-16 unit. */
  ascii: Array<TrieNode | undefined>;
  next: Map<number, TrieNode>;
  /** Ids of the lists with a phrase ending here. */
  lists: number[];
  /** At a root: the trie compiled for walking, once walked. */
  compiled?: Compiled;
}

/** The edge for a run of blanks inside a phrase. */
const BLANK_EDGE = 32;
const newNode = (): TrieNode => ({ ascii: [], next: new Map(), lists: [], compiled: undefined });
const root = newNode();
let listCount = 0;

/**
 * A trie compiled for walking: each state's edges as (symbol, target) pairs in flat arrays, most
 * states having one or two, and the root's as a dense row; the lists ending at each state. A few tens
 * of kilobytes where the node objects take megabytes, so a clause's scan stays in the cache. Rebuilt
 * when a phrase is added after it was compiled.
 */
interface Compiled {
  version: number;
  /** The symbol of each ASCII code, or -1; `blank` is a run of blanks. */
  ascii: Int16Array;
  other: Map<number, number>;
  blank: number;
  /** The root's target per symbol (0 = none: no edge leads back to the root). */
  rootNext: Uint32Array;
  /** State k's edges are edgeSym/edgeTo[first[k] .. first[k + 1]). */
  first: Uint32Array;
  edgeSym: Uint16Array;
  edgeTo: Uint32Array;
  lists: ReadonlyArray<readonly number[]>;
}

/** Bumped by every insert: a compiled trie older than this is rebuilt. */
let version = 0;
const NO_LISTS: readonly number[] = Object.freeze([]);

function compiled(top: TrieNode): Compiled {
  const had = top.compiled;
  if (had && had.version === version) return had;
  const states: TrieNode[] = [top];
  const ids = new Map<TrieNode, number>([[top, 0]]);
  const codes = new Set<number>();
  let edges = 0;
  for (let k = 0; k < states.length; k++) {
    for (const [c, child] of states[k]!.next) { codes.add(c); edges++; if (!ids.has(child)) { ids.set(child, states.length); states.push(child); } }
  }
  const symbols = [...codes].sort((a, b) => a - b);
  const ascii = new Int16Array(128).fill(-1);
  const other = new Map<number, number>();
  symbols.forEach((c, k) => { if (c < 128) ascii[c] = k; else other.set(c, k); });
  const sym = (c: number): number => (c < 128 ? ascii[c]! : other.get(c)!);
  const rootNext = new Uint32Array(Math.max(1, symbols.length));
  for (const [c, child] of top.next) rootNext[sym(c)] = ids.get(child)!;
  const first = new Uint32Array(states.length + 1);
  const edgeSym = new Uint16Array(edges), edgeTo = new Uint32Array(edges);
  const lists: Array<readonly number[]> = [];
  let e = 0;
  states.forEach((node, k) => {
    first[k] = e;
    lists.push(node.lists.length ? node.lists : NO_LISTS);
    for (const [c, child] of node.next) { edgeSym[e] = sym(c); edgeTo[e] = ids.get(child)!; e++; }
  });
  first[states.length] = e;
  const out: Compiled = { version, ascii, other, blank: ascii[BLANK_EDGE]!, rootNext, first, edgeSym, edgeTo, lists };
  top.compiled = out;
  return out;
}

/** The state after `s` on symbol `k`, or 0. */
function step(t: Compiled, s: number, k: number): number {
  if (s === 0) return t.rootNext[k]!;
  const end = t.first[s + 1]!;
  for (let e = t.first[s]!; e < end; e++) if (t.edgeSym[e] === k) return t.edgeTo[e]!;
  return 0;
}

/** [a-z0-9], the characters of a word in folded text. */
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** What JavaScript's \s matches. */
export function isBlankCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/**
 * A phrase list, folded ("hoàn thành" also matches "hoan thanh"), registered in the shared trie.
 * Lists are never removed: build them once, at module load.
 */
/** Lists registered by several readers are one list in the trie: fewer ids to mark per hit. */
const registered = new Map<readonly string[], Phrases>();

export function phrases(list: readonly string[]): Phrases {
  const known = registered.get(list);
  if (known) return known;
  const id = listCount++;
  for (const raw of list) insert(root, raw, id);
  const out = { id };
  registered.set(list, out);
  return out;
}

/** How many lists there are: per-clause tables are this long. */
export const listTotal = (): number => listCount;

/**
 * Several phrase lists in one trie of their own, each tagged: one walk at a position says which
 * list's longest phrase starts there (tagAt), where several phraseAt calls would walk each.
 */
export interface TaggedPhrases<T extends string> {
  readonly root: TrieNode;
  readonly tags: readonly T[];
}

export function taggedPhrases<T extends string>(lists: Record<T, readonly string[]>): TaggedPhrases<T> {
  const own = newNode();
  const tags = Object.keys(lists) as T[];
  tags.forEach((tag, id) => { for (const raw of lists[tag]) insert(own, raw, id); });
  return { root: own, tags };
}

/** The tag of the longest phrase starting at `pos`, and where it ends; null if none. */
export function tagAt<T extends string>(list: TaggedPhrases<T>, text: string, pos: number): { tag: T; end: number } | null {
  const t = compiled(list.root);
  const n = text.length;
  let s = 0;
  let best: { tag: T; end: number } | null = null;
  let i = pos;
  while (i < n) {
    const c = text.charCodeAt(i);
    let k: number;
    if (isBlankCode(c)) {
      k = t.blank;
      do i++; while (i < n && isBlankCode(text.charCodeAt(i)));
      if (k < 0 || !(s = step(t, s, k))) return best;
      continue;
    }
    k = c < 128 ? t.ascii[c]! : t.other.get(c) ?? -1;
    if (k < 0 || !(s = step(t, s, k))) return best;
    i++;
    const l = t.lists[s]!;
    if (l.length && (i === n || !isWordCode(text.charCodeAt(i)))) best = { tag: list.tags[l[0]!]!, end: i };
  }
  return best;
}

/** A phrase list in a trie of its own, for phraseAt only (see AnchoredPhrases). */
export function anchoredPhrases(list: readonly string[]): AnchoredPhrases {
  const own = newNode();
  for (const raw of list) insert(own, raw, 0);
  return { root: own };
}

function insert(top: TrieNode, raw: string, id: number): void {
  const p = fold(raw.normalize("NFC")).trim().split(/\s+/).join(" ");
  // Whole-word matching needs a word character at both ends; a list that breaks this is a bug.
  if (!isWordCode(p.charCodeAt(0)) || !isWordCode(p.charCodeAt(p.length - 1))) throw new Error(`phrase "${raw}" must start and end with a letter or digit`);
  let node = top;
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    let child = node.next.get(c);
    if (!child) { child = newNode(); node.next.set(c, child); if (c < 128) node.ascii[c] = child; }
    node = child;
  }
  if (!node.lists.includes(id)) node.lists.push(id);
  version++;
}

/** Walks the trie from `start`, adding to `out` each phrase end followed by a non-word character. */
function walk(text: string, start: number, out: Hit[], t: Compiled): void {
  const n = text.length;
  let s = 0;
  let i = start;
  while (i < n) {
    const c = text.charCodeAt(i);
    let k: number;
    if (isBlankCode(c)) {
      k = t.blank;
      do i++; while (i < n && isBlankCode(text.charCodeAt(i)));
      if (k < 0 || !(s = step(t, s, k))) return;
      continue;
    }
    k = c < 128 ? t.ascii[c]! : t.other.get(c) ?? -1;
    if (k < 0 || !(s = step(t, s, k))) return;
    i++;
    const l = t.lists[s]!;
    if (l.length && (i === n || !isWordCode(text.charCodeAt(i)))) out.push({ start, end: i, lists: l });
  }
}

/** The end of the longest phrase of a trie that starts at `start` and ends at a word boundary, or -1 (walk without the hits). */
function longestAt(top: TrieNode, text: string, start: number): number {
  const t = compiled(top);
  const n = text.length;
  let s = 0;
  let best = -1;
  let i = start;
  while (i < n) {
    const c = text.charCodeAt(i);
    let k: number;
    if (isBlankCode(c)) {
      k = t.blank;
      do i++; while (i < n && isBlankCode(text.charCodeAt(i)));
      if (k < 0 || !(s = step(t, s, k))) return best;
      continue;
    }
    k = c < 128 ? t.ascii[c]! : t.other.get(c) ?? -1;
    if (k < 0 || !(s = step(t, s, k))) return best;
    i++;
    if (t.lists[s]!.length && (i === n || !isWordCode(text.charCodeAt(i)))) best = i;
  }
  return best;
}

/** Every phrase of every list found at a word start of `text`, by start, shorter first. */
export function scan(text: string): Hit[] {
  const hits: Hit[] = [];
  const n = text.length;
  const t = compiled(root);
  for (let s = 0; s < n; s++) {
    if (!isWordCode(text.charCodeAt(s))) continue;
    walk(text, s, hits, t);
    while (s + 1 < n && isWordCode(text.charCodeAt(s + 1))) s++;
  }
  return hits;
}

/** The matches of one list among the hits: leftmost, longest at a start, never overlapping. */
export function select(text: string, hits: readonly Hit[], list: Phrases): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    if (h.start < from || !h.lists.includes(list.id)) continue;
    let end = h.end;
    for (let j = k + 1; j < hits.length && hits[j]!.start === h.start; j++) if (hits[j]!.lists.includes(list.id)) end = hits[j]!.end;
    out.push({ start: h.start, end, text: text.slice(h.start, end) });
    from = end;
  }
  return out;
}

/** Every match of a list in a text (a clause uses `scan` once and `select` per list instead). */
export const findPhrases = (list: Phrases, text: string): Span[] => select(text, scan(text), list);

/** Whether a phrase of the list occurs in the text. */
export function has(list: Phrases, text: string): boolean {
  for (const h of scan(text)) if (h.lists.includes(list.id)) return true;
  return false;
}

/** The end of the longest phrase of the list that starts exactly at `pos`, or -1. */
export function phraseAt(list: Phrases | AnchoredPhrases, text: string, pos = 0): number {
  if ("root" in list) return longestAt(list.root, text, pos);
  const hits: Hit[] = [];
  walk(text, pos, hits, compiled(root));
  let best = -1;
  for (const h of hits) if (h.lists.includes(list.id)) best = h.end;
  return best;
}

/** Every match of a global regex, as spans. */
export function findAll(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * Words (with an optional apostrophe part: "can't") and single symbols, emoji included: what
 * /[a-z0-9]+(?:['’][a-z]+)?|[^\s]/gu matches, written out because it runs on every clause.
 */
export function tokenize(folded: string): Token[] {
  const out: Token[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    const start = i;
    if (isWordCode(c)) {
      do i++; while (i < n && isWordCode(folded.charCodeAt(i)));
      const q = folded.charCodeAt(i);
      if ((q === 39 || q === 0x2019) && i + 1 < n && isLetterCode(folded.charCodeAt(i + 1))) {
        i += 2;
        while (i < n && isLetterCode(folded.charCodeAt(i))) i++;
      }
    } else if (isBlankCode(c)) { i++; continue; }
    else i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && isLowSurrogate(folded.charCodeAt(i + 1)) ? 2 : 1;
    out.push({ start, end: i, text: folded.slice(start, i) });
  }
  return out;
}

const isLetterCode = (c: number): boolean => c >= 97 && c <= 122;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Whether a token is a word (starts with a letter or digit), not a symbol. */
export const isWord = (t: Token): boolean => isWordCode(t.text.charCodeAt(0));

/** Up to `n` word tokens that end at or before `pos`, nearest last; punctuation is skipped. */
export function wordsBefore(tokens: readonly Token[], pos: number, n: number): Token[] {
  const out: Token[] = [];
  for (let i = tokens.length - 1; i >= 0 && out.length < n; i--) {
    const t = tokens[i]!;
    if (t.end <= pos && isWord(t)) out.push(t);
  }
  return out.reverse();
}

/** The farthest of the `n` word tokens before `pos` whose text is in `set`, or null. */
export function farthestWordBefore(tokens: readonly Token[], pos: number, n: number, set: ReadonlySet<string>): Token | null {
  let seen = 0;
  let found: Token | null = null;
  for (let i = tokens.length - 1; i >= 0 && seen < n; i--) {
    const t = tokens[i]!;
    if (t.end > pos || !isWord(t)) continue;
    if (set.has(t.text)) found = t;
    seen++;
  }
  return found;
}

/** Up to `n` word tokens that start at or after `pos`. */
export function wordsAfter(tokens: readonly Token[], pos: number, n: number): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (out.length >= n) break;
    if (t.start >= pos && isWord(t)) out.push(t);
  }
  return out;
}
