import { useQueries, useQuery } from "@tanstack/react-query";
import type { CandidateOut, CohortOut } from "../../../domain/cohort-api";
import { candidatesQuery, cohortsQuery } from "./cohorts";

export type Candidacy = { candidate: CandidateOut; cohort: CohortOut };

/**
 * The candidacies the person can see in some cohorts (all visible cohorts when `cohortIds` is absent),
 * optionally only those of some regions. One request per cohort; a region's people see only their own rows.
 */
export function useCandidacies(options: { cohortIds?: number[]; regionCodes?: string[]; enabled?: boolean } = {}) {
  const enabled = options.enabled ?? true;
  const cohorts = useQuery({ ...cohortsQuery(), enabled });
  const wanted = (cohorts.data ?? []).filter((c) => !options.cohortIds || options.cohortIds.includes(c.id));
  const lists = useQueries({ queries: wanted.map((c) => ({ ...candidatesQuery(c.id), enabled })) });
  const candidacies: Candidacy[] = wanted.flatMap((cohort, i) =>
    (lists[i]?.data ?? [])
      .filter((candidate) => !options.regionCodes || options.regionCodes.includes(candidate.regionCode))
      .map((candidate) => ({ candidate, cohort })),
  );
  const failed = cohorts.error ?? lists.find((q) => q.error)?.error ?? null;
  return {
    cohorts: wanted,
    candidacies,
    isPending: enabled && (cohorts.isPending || lists.some((q) => q.isPending)),
    error: failed,
    refetch: () => cohorts.refetch(),
  };
}
