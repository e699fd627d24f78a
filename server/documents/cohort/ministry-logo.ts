import { readFileSync, statSync } from "node:fs";
import { fitInto, imageInfo } from "../image-size";

/** The ministry's logo as the letterhead draws it: the file's bytes and kind, its printed size in points. */
export type MinistryLogo = { data: Uint8Array; type: "png" | "jpg"; width: number; height: number };

/** The largest logo file accepted (MINISTRY_LOGO_FILE): 1 MB. */
export const MAX_LOGO_BYTES = 1024 * 1024;

/** The logo's slot at the left of the kop surat: 2.4 cm square, in points. */
const LOGO_BOX = { width: 68, height: 68 };

/**
 * Reads and checks the logo file named by MINISTRY_LOGO_FILE: a PNG or JPEG (by its own bytes,
 * not its name) of at most 1 MB. Throws an Error whose message says, in Indonesian, what is wrong.
 */
export function readMinistryLogo(file: string): MinistryLogo {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new Error("bukan berkas");
    size = st.size;
  } catch {
    throw new Error(`berkas logo ${file} tidak dapat dibaca`);
  }
  if (size > MAX_LOGO_BYTES)
    throw new Error(`berkas logo ${file} berukuran ${Math.ceil(size / 1024)} KB; paling besar 1 MB (1024 KB)`);
  const data = readFileSync(file);
  const info = imageInfo(data);
  if (!info) throw new Error(`berkas logo ${file} bukan gambar PNG atau JPEG`);
  return { data: new Uint8Array(data), type: info.type, ...fitInto(info, LOGO_BOX) };
}
