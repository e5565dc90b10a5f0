/**
 * Message templates: "{name}" placeholders plus the ICU plural subset English needs,
 * "{n, plural, one {# day} other {# days}}" ("#" is the number). No other syntax: a literal
 * brace in a template is an error, found when the template is compiled.
 */

export type Params = Record<string, string | number>;

type Part =
  | { kind: "text"; text: string }
  | { kind: "param"; name: string }
  | { kind: "number" }
  | { kind: "plural"; name: string; cases: Map<string, Part[]> };

export interface Template {
  parts: Part[];
  /** Every placeholder name, plural selectors included, in first-use order. */
  names: string[];
}

/** "{name}": an identifier, nothing else. */
const SIMPLE = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*$/;
/** "{name, plural, …cases}". */
const PLURAL_HEAD = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*,\s*plural\s*,/;
/** One plural case selector followed by its opening brace: "one {", "=0 {". */
const PLURAL_CASE = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y;

/** Index of the "}" closing the "{" at `open`, counting nested braces. */
function closingBrace(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === "{") depth++;
    else if (src[i] === "}" && --depth === 0) return i;
  }
  throw new Error(`unclosed "{" at ${open}`);
}

function parseParts(src: string, inPlural: boolean, names: string[]): Part[] {
  const parts: Part[] = [];
  let text = "";
  const flush = (): void => {
    if (text) parts.push({ kind: "text", text });
    text = "";
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === "}") throw new Error(`unexpected "}" at ${i}`);
    if (ch === "#" && inPlural) {
      flush();
      parts.push({ kind: "number" });
      continue;
    }
    if (ch !== "{") {
      text += ch;
      continue;
    }
    flush();
    const end = closingBrace(src, i);
    const body = src.slice(i + 1, end);
    parts.push(parsePlaceholder(body, names));
    i = end;
  }
  flush();
  return parts;
}

function parsePlaceholder(body: string, names: string[]): Part {
  const simple = SIMPLE.exec(body);
  if (simple) {
    if (!names.includes(simple[1]!)) names.push(simple[1]!);
    return { kind: "param", name: simple[1]! };
  }
  const head = PLURAL_HEAD.exec(body);
  if (!head) throw new Error(`bad placeholder "{${body}}"`);
  const name = head[1]!;
  if (!names.includes(name)) names.push(name);
  const cases = new Map<string, Part[]>();
  let at = head[0].length;
  while (body.slice(at).trim() !== "") {
    PLURAL_CASE.lastIndex = at;
    const sel = PLURAL_CASE.exec(body);
    if (!sel) throw new Error(`bad plural case in "{${body}}"`);
    const open = at + sel[0].length - 1;
    const close = closingBrace(body, open);
    cases.set(sel[1]!, parseParts(body.slice(open + 1, close), true, names));
    at = close + 1;
  }
  if (!cases.has("other")) throw new Error(`plural "${name}" has no "other" case`);
  return { kind: "plural", name, cases };
}

/** Parses a template; throws on malformed syntax so a bad catalogue fails at load or in its test. */
export function compileTemplate(src: string): Template {
  const names: string[] = [];
  return { parts: parseParts(src, false, names), names };
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(locale: string, n: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}

/** What went wrong while filling a template: the caller adds which message it was. */
export class MissingParamError extends Error {
  constructor(readonly param: string, message: string) {
    super(message);
    this.name = "MissingParamError";
  }
}

function renderParts(parts: Part[], locale: string, params: Params, count: number | null): string {
  let out = "";
  for (const p of parts) {
    if (p.kind === "text") out += p.text;
    else if (p.kind === "number") out += String(count);
    else if (p.kind === "param") {
      const v = params[p.name];
      if (v === undefined) throw new MissingParamError(p.name, `missing parameter "${p.name}"`);
      out += String(v);
    } else {
      const raw = params[p.name];
      if (raw === undefined) throw new MissingParamError(p.name, `missing parameter "${p.name}"`);
      const n = typeof raw === "number" ? raw : Number(raw);
      if (!Number.isFinite(n)) {
        throw new MissingParamError(p.name, `parameter "${p.name}" must be a number, got "${raw}"`);
      }
      const branch = p.cases.get(`=${n}`) ?? p.cases.get(pluralCategory(locale, n)) ?? p.cases.get("other")!;
      out += renderParts(branch, locale, params, n);
    }
  }
  return out;
}

/** Fills a compiled template; plural categories follow the locale's CLDR rules (Intl.PluralRules). */
export function renderTemplate(tpl: Template, locale: string, params: Params): string {
  return renderParts(tpl.parts, locale, params, null);
}
