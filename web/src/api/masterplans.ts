import { queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import type { GovernanceBodyDef } from "../../../domain/framework/types";
import type { Term } from "../../../domain/masterplan";
import type {
  GovernanceBodyCreate,
  GovernanceBodyUpdate,
  MasterplanCreate,
  MasterplanTransition,
  ProgramCreate,
  ProgramUpdate,
  QuickWinCreate,
  QuickWinUpdate,
} from "../../../domain/masterplan-api";
import type {
  CompletenessOut,
  GovernanceBodyOut,
  MasterplanOut,
  ProgramOut,
  QuickWinOut,
  RoadmapOut,
  SectionOut,
} from "../../../domain/masterplan-responses";
import { apiGet, apiSend } from "./client";
import type { One, Page } from "./types";

export type MasterplanList = { data: MasterplanOut[]; can: { create: boolean } };
export type Completeness = z.infer<typeof CompletenessOut>;

const region = (code: string) => `/api/regions/${encodeURIComponent(code)}/masterplans`;
const plan = (id: number) => `/api/masterplans/${id}`;

/** The plans of a region, newest first; 404 when the region's workspace is not the person's. */
export function masterplanListQuery(regionCode: string) {
  return queryOptions({
    queryKey: ["masterplans", "list", regionCode],
    queryFn: ({ signal }) => apiGet<MasterplanList>(region(regionCode), {}, signal),
    staleTime: 0,
  });
}

export function masterplanQuery(id: number) {
  return queryOptions({
    queryKey: ["masterplans", "detail", id],
    queryFn: ({ signal }) => apiGet<One<MasterplanOut>>(plan(id), {}, signal),
    select: (body) => body.data,
    staleTime: 0,
  });
}

export function completenessQuery(id: number) {
  return queryOptions({
    queryKey: ["masterplans", "completeness", id],
    queryFn: ({ signal }) => apiGet<One<Completeness>>(`${plan(id)}/completeness`, {}, signal),
    select: (body) => body.data,
    staleTime: 0,
  });
}

export function roadmapQuery(id: number) {
  return queryOptions({
    queryKey: ["masterplans", "roadmap", id],
    queryFn: ({ signal }) => apiGet<One<RoadmapOut>>(`${plan(id)}/roadmap`, {}, signal),
    select: (body) => body.data,
    staleTime: 0,
  });
}

export function sectionQuery(id: number, key: string) {
  return queryOptions({
    queryKey: ["masterplans", "section", id, key],
    queryFn: ({ signal }) => apiGet<One<SectionOut>>(`${plan(id)}/sections/${encodeURIComponent(key)}`, {}, signal),
    select: (body) => body.data,
    staleTime: 0,
  });
}

export type ProgramFilter = { dimension?: string; element?: string; opd?: number; term?: Term };
export type ProgramPage = Page<ProgramOut> & { can: { create: boolean } };

export function programsQuery(id: number, filter: ProgramFilter, page = 1, pageSize = 50) {
  return queryOptions({
    queryKey: ["masterplans", "programs", id, filter, page, pageSize],
    queryFn: ({ signal }) => apiGet<ProgramPage>(`${plan(id)}/programs`, { ...filter, page, pageSize }, signal),
    staleTime: 0,
  });
}

export function quickWinsQuery(id: number) {
  return queryOptions({
    queryKey: ["masterplans", "quick-wins", id],
    queryFn: ({ signal }) =>
      apiGet<{ data: QuickWinOut[]; can: { create: boolean } }>(`${plan(id)}/quick-wins`, {}, signal),
    staleTime: 0,
  });
}

export function governanceQuery(id: number) {
  return queryOptions({
    queryKey: ["masterplans", "governance", id],
    queryFn: ({ signal }) =>
      apiGet<{ data: GovernanceBodyOut[]; kinds: GovernanceBodyDef[]; can: { create: boolean } }>(
        `${plan(id)}/governance-bodies`,
        {},
        signal,
      ),
    staleTime: 0,
  });
}

export const createMasterplan = (regionCode: string, input: MasterplanCreate) =>
  apiSend<One<MasterplanOut>>("POST", region(regionCode), input);

export const transitionMasterplan = (id: number, input: MasterplanTransition) =>
  apiSend<One<MasterplanOut>>("POST", `${plan(id)}/transition`, input);

export const saveSection = (id: number, key: string, content: Record<string, unknown>, version: number) =>
  apiSend<One<SectionOut>>("PUT", `${plan(id)}/sections/${encodeURIComponent(key)}`, { content, version });

export const createProgram = (id: number, input: ProgramCreate) =>
  apiSend<One<ProgramOut>>("POST", `${plan(id)}/programs`, input);
export const updateProgram = (programId: number, input: ProgramUpdate) =>
  apiSend<One<ProgramOut>>("PATCH", `/api/programs/${programId}`, input);
export const deleteProgram = (programId: number, version: number) =>
  apiSend("DELETE", `/api/programs/${programId}?version=${version}`);
export const getProgram = (programId: number) => apiGet<One<ProgramOut>>(`/api/programs/${programId}`);

export const createQuickWin = (id: number, input: QuickWinCreate) =>
  apiSend<One<QuickWinOut>>("POST", `${plan(id)}/quick-wins`, input);
export const updateQuickWin = (qwId: number, input: QuickWinUpdate) =>
  apiSend<One<QuickWinOut>>("PATCH", `/api/quick-wins/${qwId}`, input);
export const deleteQuickWin = (qwId: number, version: number) =>
  apiSend("DELETE", `/api/quick-wins/${qwId}?version=${version}`);

export const createGovernanceBody = (id: number, input: GovernanceBodyCreate) =>
  apiSend<One<GovernanceBodyOut>>("POST", `${plan(id)}/governance-bodies`, input);
export const updateGovernanceBody = (bodyId: number, input: GovernanceBodyUpdate) =>
  apiSend<One<GovernanceBodyOut>>("PATCH", `/api/governance-bodies/${bodyId}`, input);
export const deleteGovernanceBody = (bodyId: number, version: number) =>
  apiSend("DELETE", `/api/governance-bodies/${bodyId}?version=${version}`);

/** Whole Rupiah as civil servants write it: "Rp 1.250.000.000" (shared with domain/). */
export { formatRupiah } from "../../../domain/rupiah";
