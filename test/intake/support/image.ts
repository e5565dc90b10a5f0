/**
 * Grey images without an image library: read the PGM that `pdftoppm -gray` writes, turn a page by a small angle
 * and sprinkle noise as a flatbed scan or a phone photo would, and encode the result as PNG (node:zlib only).
 */
import { crc32, deflateSync } from "node:zlib";

export interface GreyImage {
  width: number;
  height: number;
  /** One byte per pixel, row by row, 0 black … 255 white. */
  pixels: Buffer;
}

/** Binary PGM ("P5 width height 255\n" then the pixels) → image. */
export function readPgm(bytes: Buffer): GreyImage {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.toString("latin1", 0, 50));
  if (!header) throw new Error("not a binary PGM");
  const [all, w, h] = header;
  return { width: Number(w), height: Number(h), pixels: bytes.subarray(all!.length) };
}

/** A deterministic pseudo-random sequence in [0, 1) (mulberry32), so every run degrades the page alike. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Degrade {
  /** Rotation in degrees, counter-clockwise. */
  degrees: number;
  /** Standard deviation of the grey noise added to every pixel, in grey levels. */
  noise: number;
  /** Share of pixels turned to black specks (dust, toner). */
  specks: number;
  seed: number;
}

/** The page turned about its centre (bilinear, white outside), with grey noise and specks. */
export function degrade(img: GreyImage, d: Degrade): GreyImage {
  const { width: w, height: h, pixels: src } = img;
  const out = Buffer.alloc(w * h);
  const rad = (d.degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const cx = w / 2;
  const cy = h / 2;
  const rnd = random(d.seed);
  const at = (x: number, y: number) => (x < 0 || y < 0 || x >= w || y >= h ? 255 : src[y * w + x]!);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const sx = cos * (x - cx) - sin * (y - cy) + cx;
      const sy = sin * (x - cx) + cos * (y - cy) + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      const v = at(x0, y0) * (1 - fx) * (1 - fy) + at(x0 + 1, y0) * fx * (1 - fy) + at(x0, y0 + 1) * (1 - fx) * fy + at(x0 + 1, y0 + 1) * fx * fy;
      // Box–Muller would be exact; the sum of three uniforms is close enough to a bell for scanner noise.
      const n = (rnd() + rnd() + rnd() - 1.5) * 2 * d.noise;
      out[y * w + x] = rnd() < d.specks ? 0 : Math.max(0, Math.min(255, Math.round(v + n)));
    }
  }
  return { width: w, height: h, pixels: out };
}

/** A rectangle smudged: every pixel in it blended towards grey by `amount` (0–1) and noised, like a coffee stain. */
export function smudge(img: GreyImage, box: { x: number; y: number; width: number; height: number }, amount: number, seed: number): GreyImage {
  const out = Buffer.from(img.pixels);
  const rnd = random(seed);
  for (let y = box.y; y < Math.min(img.height, box.y + box.height); y++) {
    for (let x = box.x; x < Math.min(img.width, box.x + box.width); x++) {
      const i = y * img.width + x;
      const v = out[i]! * (1 - amount) + 150 * amount + (rnd() - 0.5) * 120 * amount;
      out[i] = Math.max(0, Math.min(255, Math.round(v)));
    }
  }
  return { ...img, pixels: out };
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Image → an 8-bit greyscale PNG. */
export function encodePng(img: GreyImage): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(img.width, 0);
  ihdr.writeUInt32BE(img.height, 4);
  ihdr[8] = 8; // bits per sample
  ihdr[9] = 0; // colour type: greyscale
  // Each row starts with its filter byte: 0, none.
  const raw = Buffer.alloc((img.width + 1) * img.height);
  for (let y = 0; y < img.height; y++) img.pixels.copy(raw, y * (img.width + 1) + 1, y * img.width, (y + 1) * img.width);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}
