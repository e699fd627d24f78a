import { hasRole, isNationalAdmin } from "../../domain/roles";
import { definePolicy } from "./policy";

/**
 * The cohort's result letter. The cohort is loaded in the actor's scope first (admin, its
 * assessors, its candidate regions); of those, everyone reads the published letter, and only
 * the program office the draft of a selection not yet announced.
 */
export const resultLetterPolicy = definePolicy("resultLetter", {
  download: (actor, c: { published: boolean }) => isNationalAdmin(actor) || c.published,
});

/** The region's emblem on the covers of its books: its coordinator or the program office set it. */
export const regionEmblemPolicy = definePolicy("regionEmblem", {
  update: (actor, r: { regionCode: string }) =>
    isNationalAdmin(actor) || hasRole(actor, "region_coordinator", r.regionCode),
});
