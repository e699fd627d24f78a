import { z } from "zod";

/**
 * The smart-city bodies a region sets up by decree (SK). Kominfo 2017 asks for a Dewan Smart City;
 * the 2026 draft regulation makes a Satuan Tugas, a Tim Pelaksana and a Forum Kota Cerdas
 * mandatory. Which of them a plan must have is the framework's data (`governanceBodies`).
 */
export const GOVERNANCE_KINDS = ["dewan", "satgas", "tim_pelaksana", "forum"] as const;
export const GovernanceKind = z.enum(GOVERNANCE_KINDS, "Jenis: dewan, satgas, tim_pelaksana atau forum");
export type GovernanceKind = z.infer<typeof GovernanceKind>;

/** Names used where a framework gives none. */
export const GOVERNANCE_KIND_LABELS: Record<GovernanceKind, { id: string; en: string }> = {
  dewan: { id: "Dewan Smart City", en: "Smart City Council" },
  satgas: { id: "Satuan Tugas Kota Cerdas", en: "Smart City Task Force" },
  tim_pelaksana: { id: "Tim Pelaksana Smart City", en: "Smart City Implementation Team" },
  forum: { id: "Forum Smart City", en: "Smart City Forum" },
};
