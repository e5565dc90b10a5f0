/**
 * PDFs written byte by byte, for what a browser cannot print: a scanner's image-only PDF (one grey image per
 * page, no text layer) and a PDF locked with a password (a standard security handler whose user password is
 * not empty, so no reader opens it without the password).
 */
import { deflateSync } from "node:zlib";
import type { GreyImage } from "./image.ts";

/** Objects (bodies without "n 0 obj") → a PDF with a correct cross-reference table; object 1 is the catalog. */
function writePdf(objects: Array<string | Buffer>, trailerExtra = ""): Buffer {
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n", "latin1")];
  const offsets: number[] = [];
  let size = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(size);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, "latin1"), Buffer.from("\nendobj\n")]);
    parts.push(chunk);
    size += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)].join("");
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${size}\n%%EOF\n`, "latin1"));
  return Buffer.concat(parts);
}

const stream = (dict: string, data: Buffer) => Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`), data, Buffer.from("\nendstream")]);

/** Grey pages scanned at `dpi` → an image-only PDF, one page per image, each image filling its page. */
export function imagePdf(pages: GreyImage[], dpi: number): Buffer {
  const objects: Array<string | Buffer> = ["<< /Type /Catalog /Pages 2 0 R >>", ""];
  const kids: string[] = [];
  for (const img of pages) {
    const w = (img.width * 72) / dpi;
    const h = (img.height * 72) / dpi;
    const pageNo = objects.length + 1;
    kids.push(`${pageNo} 0 R`);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im0 ${pageNo + 1} 0 R >> >> /Contents ${pageNo + 2} 0 R >>`,
      stream(`/Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`, deflateSync(img.pixels)),
      stream("", Buffer.from(`q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q`)),
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${pages.length} >>`;
  return writePdf(objects);
}

/** A one-page PDF with one line of text, encrypted (RC4, 40 bits) under a user password nobody gave. */
export function passwordPdf(): Buffer {
  const hex32 = (seed: number) => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, "0")).join("");
  return writePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
    stream("", Buffer.from("BT /F1 12 Tf 72 770 Td (Mat) Tj ET")),
    `<< /Filter /Standard /V 1 /R 2 /O <${hex32(11)}> /U <${hex32(29)}> /P -44 >>`,
  ], `/Encrypt 5 0 R /ID [<${hex32(3).slice(0, 32)}> <${hex32(3).slice(0, 32)}>] `);
}
