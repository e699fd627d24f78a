import type { DemoClient } from "./api-client";
import { type DemoContext, type DemoStep, demoCohort } from "./context";
import { signInOrInvite } from "./join";
import { DEMO_PASSWORD, DEMO_PEOPLE } from "./people";
import { placeBimtekIn2024, Timeline } from "./place-in-2024";
import { BANJAR, ensureBanjarOpds, writeBanjarMasterplan } from "./run-masterplan";

/** Whether a region already has a masterplan, as the national admin sees it. */
export async function hasMasterplan(admin: DemoClient, regionCode: string) {
  const res = await admin.get<{ data: unknown[] }>(`/api/regions/${regionCode}/masterplans`);
  return res.data.length > 0;
}

/** Kota Banjar's OPD contributors signed in (invited by the coordinator first when new), by OPD abbreviation. */
export async function banjarContributors(
  { app, admin }: DemoContext,
  coordinator: DemoClient,
  opdIds: ReadonlyMap<string, number>,
): Promise<Map<string, DemoClient>> {
  const contributors = new Map<string, DemoClient>();
  for (const c of DEMO_PEOPLE.opdContributors.filter((x) => x.region === BANJAR)) {
    const opdId = opdIds.get(c.opd);
    if (!opdId) throw new Error(`demo OPD ${c.opd} missing`);
    const client = await signInOrInvite(
      app,
      { inviter: coordinator, admin },
      { email: c.email, name: c.name, role: "opd_contributor", regionCode: BANJAR, opdId },
    );
    contributors.set(c.opd, client);
  }
  return contributors;
}

/** Kota Banjar's coordinator signed in (invited first on a demo loaded before they existed). */
export async function banjarCoordinator({ app, admin }: DemoContext): Promise<DemoClient> {
  const person = DEMO_PEOPLE.coordinators.find((c) => c.region === BANJAR);
  if (!person) throw new Error("demo coordinator of Kota Banjar missing");
  return signInOrInvite(
    app,
    { inviter: admin, admin },
    { email: person.email, name: person.name, role: "region_coordinator", regionCode: BANJAR },
  );
}

/**
 * Kota Banjar's Bimtek completed and its masterplan written, reviewed and enacted, by its
 * coordinator, its OPD contributors and its mentor, each signed in as themselves.
 */
export const banjarMasterplanStep: DemoStep = {
  title: "Bimtek dan Masterplan Smart City Kota Banjar 2024–2033 …",
  done: ({ admin }) => hasMasterplan(admin, BANJAR),
  run: async (ctx: DemoContext) => {
    const { app, admin } = ctx;
    const cohort = await demoCohort(admin);
    const candidate = cohort.candidates.find((c) => c.regionCode === BANJAR);
    if (!candidate) throw new Error("Kota Banjar is not a candidate of the demo cohort");
    const mentorPerson = DEMO_PEOPLE.mentors.find((m) => (m.regions as readonly string[]).includes(BANJAR));
    if (!mentorPerson) throw new Error("demo mentor of Kota Banjar missing");
    const coordinator = await banjarCoordinator(ctx);
    const mentor = await coordinator.signIn(mentorPerson.email, DEMO_PASSWORD);

    const opdIds = await ensureBanjarOpds(coordinator);
    const contributors = await banjarContributors(ctx, coordinator, opdIds);

    const timeline = new Timeline();
    await writeBanjarMasterplan({ coordinator, mentor, contributors, opdIds, candidateId: candidate.id, timeline });
    await timeline.place(app);
    await placeBimtekIn2024(app, cohort.id);
  },
};
