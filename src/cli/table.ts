/** Plain-text tables with word-wrapped cells, for terminals (box-drawing borders). */

/** Splits text into lines of at most `width` characters, at spaces where possible. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const word of para.split(/\s+/).filter(Boolean)) {
      let w = word;
      while (w.length > width) {
        if (line) { out.push(line); line = ""; }
        out.push(w.slice(0, width));
        w = w.slice(width);
      }
      if (!line) line = w;
      else if (line.length + 1 + w.length <= width) line += ` ${w}`;
      else { out.push(line); line = w; }
    }
    out.push(line);
  }
  return out.length ? out : [""];
}

export interface Column {
  title: string;
  width: number;
}

/** Renders rows of cells under the given columns; each cell is wrapped to its column's width. `dense`: no rules between rows. */
export function renderTable(columns: Column[], rows: string[][], opts: { dense?: boolean } = {}): string {
  const bar = (l: string, m: string, r: string) => l + columns.map((c) => "─".repeat(c.width + 2)).join(m) + r;
  const line = (cells: string[]) => `│ ${cells.map((c, i) => c.padEnd(columns[i]!.width)).join(" │ ")} │`;
  const out = [bar("┌", "┬", "┐"), line(columns.map((c) => c.title)), bar("├", "┼", "┤")];
  rows.forEach((row, r) => {
    const wrapped = columns.map((c, i) => wrap(row[i] ?? "", c.width));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let k = 0; k < height; k++) out.push(line(wrapped.map((w) => w[k] ?? "")));
    if (r < rows.length - 1 && !opts.dense) out.push(bar("├", "┼", "┤"));
  });
  out.push(bar("└", "┴", "┘"));
  return out.join("\n");
}
