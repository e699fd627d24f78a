import { createHash } from "node:crypto";
import type { DatasetKind } from "../../../domain/open-data/kinds";

// A fixed namespace for Kota Cerdas datasets (itself a random UUID, chosen once).
const NAMESPACE = Buffer.from("5b0f6c2e8a9d4e1fb3c47d2a9e61f0c8", "hex");

/** RFC 9562 UUID version 5 (SHA-1, name-based) of a name in the platform's namespace. */
export function uuidV5(name: string): string {
  const hash = createHash("sha1").update(NAMESPACE).update(name, "utf8").digest();
  const b = Buffer.from(hash.subarray(0, 16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x50;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A dataset's identifier: the same on every installation for the same kind and region, and never reused. */
export const datasetId = (kind: DatasetKind, regionCode: string | null) =>
  uuidV5(`dataset:${kind}:${regionCode ?? "nasional"}`);

/** A distribution's identifier, derived from its dataset's. */
export const distributionId = (datasetUuid: string, format: string) => uuidV5(`distribution:${datasetUuid}:${format}`);
