import type { InstrumentDetail } from "../../domain/instruments/schemas";
import type { Actor } from "../../domain/roles";
import { instrumentPolicy } from "../policies/instrument";

/** A readiness instrument with what the caller may do with it. */
export function presentInstrument(actor: Actor | null, instrument: InstrumentDetail) {
  return {
    data: instrument,
    can: instrumentPolicy.abilities(actor, { status: instrument.status, inUse: instrument.cohortCount > 0 }),
  };
}
