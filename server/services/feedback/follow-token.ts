import { createHash, randomBytes } from "node:crypto";

/** A new private follow token (shown to the sender once) and the hash that is stored. */
export function newFollowToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, hash: hashFollowToken(token) };
}

/** Only the SHA-256 of a follow token is kept: a leaked table gives no working links. */
export function hashFollowToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
