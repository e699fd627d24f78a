import type { FastifyRequest } from "fastify";
import { AppError } from "../errors";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses state-changing requests that a browser sent from another site. Browsers send
 * Origin (and Sec-Fetch-Site) on every such request; scripts without cookies send neither
 * and are authenticated by nothing a forged page could ride on.
 */
export function checkSameOrigin(req: FastifyRequest, trustedOrigin: string): void {
  if (SAFE.has(req.method)) return;
  if (req.headers["sec-fetch-site"] === "cross-site") throw new AppError("csrf_rejected");
  const origin = req.headers.origin;
  if (!origin) return;
  const own = `${req.protocol}://${req.headers.host}`;
  if (origin !== own && origin !== trustedOrigin) throw new AppError("csrf_rejected", { origin });
}
