/**
 * .docx files built the way Word lays them out: paragraphs, lists through numbering.xml (w:numPr), borderless
 * layout tables for the heading and the signature, and data tables. Only the parts mammoth reads are written.
 */
import { zip } from "./zip.ts";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A run of text; Word splits a paragraph into several runs wherever formatting changes. */
const run = (text: string, bold = false) => `<w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

export interface Paragraph {
  text: string;
  bold?: boolean;
  center?: boolean;
  /** List membership: numbering id (1 = decimal "1.", 2 = bullet "-") and level (0-based). */
  list?: { numId: 1 | 2; level?: number };
}

export type Block = Paragraph | { table: string[][]; layout?: boolean };

function paragraph(p: Paragraph): string {
  const props = [
    p.list ? `<w:numPr><w:ilvl w:val="${p.list.level ?? 0}"/><w:numId w:val="${p.list.numId}"/></w:numPr>` : "",
    p.center ? '<w:jc w:val="center"/>' : '<w:jc w:val="both"/>',
  ].join("");
  // Two runs for long paragraphs, as Word leaves them after an edit: the text must come back whole.
  const cut = p.text.length > 40 ? p.text.indexOf(" ", 20) : -1;
  const runs = cut > 0 ? run(p.text.slice(0, cut), p.bold) + run(p.text.slice(cut), p.bold) : run(p.text, p.bold);
  return `<w:p><w:pPr>${props}</w:pPr>${runs}</w:p>`;
}

function table(rows: string[][], layout: boolean): string {
  const borders = layout ? '<w:tblBorders><w:top w:val="nil"/><w:bottom w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' : "";
  const cell = (c: string) => `<w:tc>${c.split("\n").map((line) => paragraph({ text: line, center: layout })).join("")}</w:tc>`;
  return `<w:tbl><w:tblPr>${borders}</w:tblPr>${rows.map((r) => `<w:tr>${r.map(cell).join("")}</w:tr>`).join("")}</w:tbl>`;
}

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

/** Blocks → the bytes of a .docx. */
export function buildDocx(blocks: Block[]): Buffer {
  const body = blocks.map((b) => ("table" in b ? table(b.table, b.layout ?? false) : paragraph(b))).join("\n");
  return zip([
    { name: "[Content_Types].xml", data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>` },
    { name: "_rels/.rels", data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>` },
    { name: "word/_rels/document.xml.rels", data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>` },
    { name: "word/document.xml", data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>\n${body}\n<w:sectPr/></w:body></w:document>` },
    { name: "word/numbering.xml", data: NUMBERING },
  ]);
}
