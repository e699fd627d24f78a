import { eq, sql } from "drizzle-orm";
import type { App } from "../app";
import { cohort } from "../db/schema/index";
import { createAccount } from "../services/people/create-account";
import { DemoClient } from "./api-client";
import { DEMO_ADMIN, DEMO_PASSWORD, DEMO_PEOPLE, OTHER_CANDIDATES, SELECTED_2024 } from "./people";
import { runBimtek } from "./run-bimtek";

export const DEMO_COHORT = "Gerakan Menuju Smart City 2024";

type Me = { data: { memberships: Array<{ id: number }> } };
type Cohort = { data: { id: number; version: number } };
type Candidate = { id: number; regionCode: string; regionName: string; regionType: string };

/** "Wali Kota Banjar" for a kota, "Bupati Bangli" for a kabupaten. */
const headOf = (c: Candidate | undefined) =>
  c
    ? `${c.regionType === "kota" ? "Wali Kota" : "Bupati"} ${c.regionName.replace(/^(Kabupaten|Kota) /, "")}`
    : "Kepala Daerah";

/**
 * The demo acts today but tells the story of 2024: move the Bimtek timestamps it just made
 * (submissions, approvals, closing) to the days after each stage's workshop. The audit
 * trail keeps the real times at which the demo was loaded.
 */
async function placeBimtekIn2024(app: App, cohortId: number) {
  const db = app.database.db;
  const inCohort = sql`select s.id from bimtek_stage s join candidate c on c.id = s.candidate_id where c.cohort_id = ${cohortId}`;
  await db.execute(sql`update deliverable d set
      submitted_at = case when d.submitted_at is null then null else (s.planned_end + 3)::timestamptz end,
      approved_at = case when d.approved_at is null then null else (s.planned_end + 6)::timestamptz end
    from bimtek_stage s where s.id = d.stage_id and s.id in (${inCohort})`);
  await db.execute(sql`update bimtek_stage set closed_at = (planned_end + 7)::timestamptz
    where closed_at is not null and id in (${inCohort})`);
}

/**
 * A fixed, varied score: the ten selected regions mostly 4–5, the others 2–4, so the
 * ranking reproduces the real outcome without ties everywhere.
 */
function demoScore(regionCode: string, criterion: number, assessor: number): number {
  const s = SELECTED_2024.indexOf(regionCode);
  if (s >= 0) return 5 - ((s * 7 + criterion * 3 + assessor) % 4 === 0 ? 1 : 0) - ((s + criterion) % 5 === 0 ? 1 : 0);
  const o = OTHER_CANDIDATES.indexOf(regionCode);
  return 2 + ((o * 5 + criterion + assessor) % 3);
}

/** Invites a person by e-mail and accepts the invitation with the demo password, as they would. */
async function invite(
  admin: DemoClient,
  anonymous: DemoClient,
  app: App,
  person: { email: string; name: string } & Record<string, unknown>,
) {
  await admin.post("/api/invitations", person);
  const outbox = await admin.get<{ data: Array<{ to: string; text: string }> }>("/api/outbox?pageSize=5");
  const mail = outbox.data.find((m) => m.to === person.email);
  const token = mail?.text.match(/\/undangan\/([\w-]+)/)?.[1];
  if (!token) throw new Error(`no invitation link for ${person.email}`);
  await anonymous.post(`/api/invitations/by-token/${token}/accept`, { name: person.name, password: DEMO_PASSWORD });
  return new DemoClient(app).signIn(person.email, DEMO_PASSWORD);
}

/**
 * Runs the 2024 cohort through the platform's own API: invitations, readiness assessment by
 * two assessors, the selection of the ten regions, the virtual MoU ceremony of 5 March 2024,
 * and Bimtek progress (Kota Banjar furthest). Skipped when the demo cohort already exists.
 */
export async function seedDemo(app: App, log: (line: string) => void = console.log): Promise<{ skipped: boolean }> {
  const db = app.database.db;
  const [existing] = await db.select({ id: cohort.id }).from(cohort).where(eq(cohort.name, DEMO_COHORT));
  if (existing) return { skipped: true };

  await createAccount(db, app.auth, {
    email: DEMO_ADMIN.email,
    name: DEMO_ADMIN.name,
    password: DEMO_PASSWORD,
    membership: { role: "national_admin" },
    createdBy: null,
  });
  const anonymous = new DemoClient(app);
  const admin = await anonymous.signIn(DEMO_ADMIN.email, DEMO_PASSWORD);
  await admin.get<Me>("/api/me");

  log("Angkatan GMSC 2024 dan daftar undangan …");
  const c = await admin.post<Cohort>("/api/cohorts", {
    year: 2024,
    name: DEMO_COHORT,
    quota: 10,
    plan: {
      assessmentStart: "2023-11-06",
      assessmentEnd: "2023-12-15",
      selectionDate: "2024-01-19",
      mouDate: "2024-03-05",
      mentoringStart: "2024-04-01",
      mentoringEnd: "2024-08-30",
    },
  });
  const cohortId = c.data.id;
  await admin.post(`/api/cohorts/${cohortId}/candidates`, {
    codesText: [...SELECTED_2024, ...OTHER_CANDIDATES].join("\n"),
  });
  await admin.post(`/api/cohorts/${cohortId}/transition`, { to: "assessment" });

  log("Koordinator, asesor dan mentor …");
  const coordinator = await invite(admin, anonymous, app, {
    ...DEMO_PEOPLE.coordinators[0],
    role: "region_coordinator",
    regionCode: DEMO_PEOPLE.coordinators[0].region,
  });
  const assessors = [];
  for (const a of DEMO_PEOPLE.assessors)
    assessors.push(await invite(admin, anonymous, app, { ...a, role: "assessor", cohortId }));
  const mentors = [];
  for (const m of DEMO_PEOPLE.mentors) {
    const [first, ...rest] = m.regions;
    const client = await invite(admin, anonymous, app, {
      email: m.email,
      name: m.name,
      role: "mentor",
      regionCode: first,
    });
    const me = await client.get<{ data: { id: string } }>("/api/me");
    for (const regionCode of rest)
      await admin.post(`/api/users/${me.data.id}/memberships`, { role: "mentor", regionCode });
    mentors.push({ client, regions: m.regions as readonly string[] });
  }

  log("Asesmen kesiapan …");
  const candidates = (await admin.get<{ data: Candidate[] }>(`/api/cohorts/${cohortId}/candidates`)).data;
  const banjar = candidates.find((x) => x.regionCode === "32.79");
  if (!banjar) throw new Error("Kota Banjar missing");
  const assessment = await coordinator.get<{ data: { instrument: { criteria: Array<{ id: number; code: string }> } } }>(
    `/api/candidates/${banjar.id}/assessment`,
  );
  const criteria = assessment.data.instrument.criteria;
  for (const k of criteria.slice(0, 4)) {
    await coordinator.put(`/api/candidates/${banjar.id}/self-assessment/${k.id}`, {
      answer: `Uraian kondisi Kota Banjar untuk kriteria ${k.code}, dengan bukti dukung terlampir.`,
      selfScore: 4,
    });
  }
  for (const [ai, assessor] of assessors.entries()) {
    for (const cand of candidates) {
      await assessor.put(`/api/candidates/${cand.id}/scores`, {
        scores: criteria.map((k, ki) => ({ criterionId: k.id, score: demoScore(cand.regionCode, ki, ai) })),
        interview: { heldOn: "2023-12-12", interviewNote: "Presentasi kepala daerah dan tanya jawab kesiapan." },
      });
    }
  }

  log("Seleksi dan Nota Kesepakatan 5 Maret 2024 …");
  await admin.post(`/api/cohorts/${cohortId}/transition`, { to: "selection" });
  const ranking = await admin.get<{ data: Array<{ candidateId: number; regionCode: string; rank: number }> }>(
    `/api/cohorts/${cohortId}/ranking`,
  );
  const chosen = ranking.data.filter((r) => SELECTED_2024.includes(r.regionCode)).map((r) => r.candidateId);
  await admin.post(`/api/cohorts/${cohortId}/selection`, {
    selected: chosen,
    publish: true,
    resultLetterNumber: "B-DEMO/DJAI/AI.01.02/01/2024",
    resultLetterDate: "2024-01-19",
  });
  await admin.post(`/api/cohorts/${cohortId}/transition`, { to: "mou" });
  await admin.post(`/api/cohorts/${cohortId}/mou-ceremony`, {
    signedOn: "2024-03-05",
    mode: "virtual",
    place: "Penandatanganan virtual",
    ministrySignatoryName: "Dr. Andreas Wicaksono (fiktif)",
    ministrySignatoryPosition: "Direktur Jenderal Aplikasi Informatika, Kementerian Komunikasi dan Informatika",
    candidateIds: chosen,
    numbers: chosen.map((id, i) => {
      const code = ranking.data.find((r) => r.candidateId === id)?.regionCode ?? "";
      return {
        candidateId: id,
        ministryNumber: `DEMO-${String(i + 1).padStart(2, "0")}/DJAI/PKS/03/2024`,
        regionNumber: `DEMO/${code}/2024`,
        regionSignatoryName: `Kepala Daerah ${code} (fiktif)`,
        regionSignatoryPosition: headOf(candidates.find((x) => x.regionCode === code)),
      };
    }),
  });
  await admin.post(`/api/cohorts/${cohortId}/transition`, { to: "mentoring" });

  log("Pendampingan Bimtek …");
  await runBimtek({ admin, coordinator, mentors, candidates, banjarRegion: "32.79" });
  await placeBimtekIn2024(app, cohortId);
  return { skipped: false };
}
