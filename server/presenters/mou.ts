import { isMouComplete, type MouOut, missingMouFields } from "../../domain/mou";
import { displayRegionName } from "../../domain/regions";
import type { Actor } from "../../domain/roles";
import { candidatePolicy } from "../policies/cohort";
import { MOU_PHASES, type MouView } from "../services/mou/load-mou";
import { mouFields } from "../services/mou/record-mou";

/** A region's memorandum; before anything is recorded every field is null and the version 0. */
export function presentMou(actor: Actor | null, v: MouView): MouOut {
  const m = v.mou;
  const fields = mouFields(m);
  return {
    candidateId: v.candidate.id,
    cohortId: v.candidate.cohortId,
    regionCode: v.candidate.regionCode,
    regionName: displayRegionName(v.region),
    ministryNumber: fields.ministryNumber,
    regionNumber: fields.regionNumber,
    signedOn: fields.signedOn,
    mode: fields.mode,
    place: fields.place,
    ministrySignatoryName: fields.ministrySignatoryName,
    ministrySignatoryPosition: fields.ministrySignatoryPosition,
    ministrySignatoryNip: fields.ministrySignatoryNip,
    regionSignatoryName: fields.regionSignatoryName,
    regionSignatoryPosition: fields.regionSignatoryPosition,
    scan: v.scan?.id ? v.scan : null,
    version: m?.version ?? 0,
    updatedAt: m ? m.updatedAt.toISOString() : null,
    complete: isMouComplete(fields),
    missing: missingMouFields(fields),
    can: {
      // The policy says who; the phase says when (after the selection is published).
      record:
        MOU_PHASES.includes(v.cohortStatus) &&
        candidatePolicy.can(actor, "recordMou", {
          cohortId: v.candidate.cohortId,
          regionCode: v.candidate.regionCode,
          cohortStatus: v.cohortStatus,
          status: v.candidate.status,
        }),
    },
  };
}
