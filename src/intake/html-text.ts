/**
 * HTML (mammoth's rendering of a .docx, or a web article) → the plain text the parser reads: one paragraph a
 * line with a blank line between, list items with their markers ("1.", "a)", "-"), data tables as "| … |" rows
 * (one row a line, see core/directive/tables.ts), layout tables (the two-column heading and signature of an
 * official document) read cell by cell.
 */
import { parseHTML } from "linkedom";

/** Elements that start and end a paragraph. */
const BLOCK = new Set(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "blockquote", "pre", "figure", "figcaption", "dd", "dt", "address", "main", "aside", "center"]);
/** Elements whose content is never text of the notice. */
const SKIP = new Set(["script", "style", "noscript", "template", "head", "img", "svg", "iframe", "object", "button", "select", "input", "textarea"]);
/** A table with at most this many columns lays out the page (heading, signature); wider ones hold data. */
const LAYOUT_TABLE_COLUMNS = 2;

/** The marker of the n-th item (1-based) of an ordered list nested `depth` lists deep: 1. → a) → -. */
function orderedMarker(n: number, depth: number): string {
  if (depth === 0) return `${n}.`;
  if (depth === 1 && n <= 26) return `${String.fromCharCode(96 + n)})`;
  return "-";
}

const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, " ").trim();

/** Minimal view of the DOM nodes walked here (linkedom's types are wider than needed). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

class TextBuilder {
  private readonly out: Array<{ text: string; tight: boolean }> = [];
  private inline = "";
  private prefix = "";

  add(text: string): void { this.inline += text; }

  /** Ends the paragraph in progress, if it has any text. */
  flush(): void {
    const text = collapse(this.inline);
    this.inline = "";
    if (!text) return;
    this.out.push({ text: this.prefix ? `${this.prefix} ${text}` : text, tight: false });
    this.prefix = "";
  }

  /** The next paragraph opens with this list marker. */
  mark(prefix: string): void { this.flush(); this.prefix = prefix; }

  /** A table row: kept on the line right after the previous row. */
  row(cells: string[]): void {
    this.flush();
    const previous = this.out.at(-1);
    this.out.push({ text: `| ${cells.map((c) => c.replace(/\|/g, "/")).join(" | ")} |`, tight: previous?.text.startsWith("| ") === true });
  }

  text(): string {
    this.flush();
    return this.out.map((p, i) => (i === 0 ? "" : p.tight ? "\n" : "\n\n") + p.text).join("") + (this.out.length ? "\n" : "");
  }
}

const tag = (n: DomNode) => n.nodeName.toLowerCase();
const children = (n: DomNode): DomNode[] => Array.from(n.childNodes);
const elements = (n: DomNode, names: string[]) => children(n).filter((c) => c.nodeType === 1 && names.includes(tag(c)));

/** Rows of a table, through thead/tbody/tfoot, each as its cells. */
function tableRows(table: DomNode): DomNode[][] {
  const rows = [...elements(table, ["tr"]), ...elements(table, ["thead", "tbody", "tfoot"]).flatMap((g) => elements(g, ["tr"]))];
  return rows.map((r) => elements(r, ["td", "th"]));
}

/** A cell's text on one line: its paragraphs joined by spaces. */
function cellText(cell: DomNode): string {
  const b = new TextBuilder();
  walk(cell, b, 0);
  return collapse(b.text());
}

function walkTable(table: DomNode, b: TextBuilder, depth: number): void {
  const rows = tableRows(table);
  const columns = Math.max(0, ...rows.map((cells) => cells.reduce((n, c) => n + Math.max(1, Number(c.getAttribute?.("colspan") ?? 1) || 1), 0)));
  b.flush();
  if (columns <= LAYOUT_TABLE_COLUMNS) {
    for (const cells of rows) for (const cell of cells) { walk(cell, b, depth); b.flush(); }
    return;
  }
  for (const cells of rows) {
    // A merged cell keeps the columns after it in place.
    const values = cells.flatMap((c) => [cellText(c), ...Array<string>(Math.max(0, (Number(c.getAttribute?.("colspan") ?? 1) || 1) - 1)).fill("")]);
    if (values.some(Boolean)) b.row(values);
  }
}

function walkList(list: DomNode, b: TextBuilder, depth: number): void {
  const ordered = tag(list) === "ol";
  let n = Number(list.getAttribute?.("start") ?? 1) || 1;
  for (const child of children(list)) {
    if (child.nodeType === 1 && tag(child) === "li") {
      b.mark(ordered ? orderedMarker(n++, depth) : "-");
      walk(child, b, depth + 1);
      b.flush();
    } else walk(child, b, depth);
  }
}

function walk(node: DomNode, b: TextBuilder, depth: number): void {
  for (const child of children(node)) {
    if (child.nodeType === 3) { b.add(child.textContent ?? ""); continue; }
    if (child.nodeType !== 1) continue;
    const name = tag(child);
    if (SKIP.has(name)) continue;
    if (name === "br") { b.flush(); continue; }
    if (name === "table") { walkTable(child, b, depth); continue; }
    if (name === "ul" || name === "ol") { walkList(child, b, depth); continue; }
    if (BLOCK.has(name) || name === "li" || name === "tr") {
      b.flush();
      walk(child, b, depth);
      b.flush();
      continue;
    }
    walk(child, b, depth);
  }
}

/** An HTML fragment or document → text. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`);
  const b = new TextBuilder();
  walk((document.body ?? document.documentElement) as unknown as DomNode, b, 0);
  return b.text();
}
