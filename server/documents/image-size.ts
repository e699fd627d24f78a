/** What the covers need of an image: its kind and its size in pixels, read from its own header. */
export type ImageInfo = { type: "png" | "jpg"; width: number; height: number };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// Start-of-frame markers carry the size; C4 (Huffman tables), C8 and CC (arithmetic coding) do not.
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function pngInfo(b: Buffer): ImageInfo | null {
  if (b.length < 33 || !b.subarray(0, 8).equals(PNG_SIGNATURE) || b.toString("latin1", 12, 16) !== "IHDR") return null;
  return { type: "png", width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function jpegInfo(b: Buffer): ImageInfo | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1] ?? 0;
    // Fill bytes and markers without a length.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = b.readUInt16BE(at + 2);
    if (SOF.has(marker)) return { type: "jpg", height: b.readUInt16BE(at + 5), width: b.readUInt16BE(at + 7) };
    if (marker === 0xd9 || marker === 0xda || length < 2) return null;
    at += 2 + length;
  }
  return null;
}

/** The kind and pixel size of a PNG or JPEG; null for anything else or a header cut short. */
export function imageInfo(bytes: Buffer | Uint8Array): ImageInfo | null {
  const b = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  const info = pngInfo(b) ?? jpegInfo(b);
  return info && info.width > 0 && info.height > 0 ? info : null;
}

/** The largest size (in points) with the image's proportions that fits the box. */
export function fitInto(info: { width: number; height: number }, box: { width: number; height: number }) {
  const scale = Math.min(box.width / info.width, box.height / info.height);
  return { width: Math.round(info.width * scale * 10) / 10, height: Math.round(info.height * scale * 10) / 10 };
}
