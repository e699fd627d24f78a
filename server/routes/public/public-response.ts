import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";

/** Does an If-None-Match header name this entity tag? Weak and strong forms compare equal (RFC 9110 §13.1.2). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, "");
  return header.split(",").some((t) => t.trim() === "*" || bare(t) === bare(etag));
}

/**
 * Answers a public, anonymous GET: cacheable for `maxAge` seconds by anyone, readable from any
 * origin (open data), with an ETag over the payload so a revalidation costs a 304 and no body.
 * Returns what the handler should return: the payload, or the reply already sent as 304.
 *   return sendPublic(req, reply, { data });
 */
export function sendPublic<T>(
  req: FastifyRequest,
  reply: FastifyReply,
  payload: T,
  opts: { maxAge?: number } = {},
): T | FastifyReply {
  const etag = `"${createHash("sha256").update(JSON.stringify(payload)).digest("base64url").slice(0, 32)}"`;
  reply
    .header("cache-control", `public, max-age=${opts.maxAge ?? 60}`)
    .header("etag", etag)
    .header("access-control-allow-origin", "*")
    .header("access-control-expose-headers", "ETag")
    // Helmet's same-origin default would stop other sites embedding the data.
    .header("cross-origin-resource-policy", "cross-origin");
  if (etagMatches(req.headers["if-none-match"], etag)) return reply.code(304).send();
  return payload;
}
