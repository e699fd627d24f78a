import type { DemoStep } from "./context";
import { ROUND_2024_II, ROUND_2025_I, type RoundSeed } from "./evaluation-data";
import { findRound, runRound } from "./run-evaluation";

/** A round of the seed, done once it is published. */
function roundStep(seed: RoundSeed): DemoStep {
  return {
    title: `${seed.name} …`,
    done: async ({ admin }) => (await findRound(admin, seed))?.status === "published",
    run: (ctx) => runRound(ctx, seed),
  };
}

/**
 * The 2024 regions evaluated: first six of them after the Bimtek (2024 Tahap II), then all ten
 * in "Evaluasi GMSC 2025 Tahap I", published with its result letter so the national results
 * table, Kota Banjar's index and rank, and its improvement show.
 */
export const evaluationSteps: readonly DemoStep[] = [roundStep(ROUND_2024_II), roundStep(ROUND_2025_I)];
