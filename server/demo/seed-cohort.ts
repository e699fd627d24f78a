import type { App } from "../app";
import type { DemoClient } from "./api-client";
import { invite } from "./join";
import { DEMO_COHORT, DEMO_PEOPLE, OTHER_CANDIDATES, SELECTED_2024 } from "./people";
import { scheduleBimtek } from "./run-bimtek";

type Cohort = { data: { id: number; version: number } };
type Candidate = { id: number; regionCode: string; regionName: string; regionType: string };

/** "Wali Kota Banjar" for a kota, "Bupati Bangli" for a kabupaten. */
const headOf = (c: Candidate | undefined) =>
  c
    ? `${c.regionType === "kota" ? "Wali Kota" : "Bupati"} ${c.regionName.replace(/^(Kabupaten|Kota) /, "")}`
    : "Kepala Daerah";

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

/**
 * Runs the 2024 cohort through the platform's own API as the national admin: invitations,
 * readiness assessment by two assessors, the selection of the ten regions, the virtual MoU
 * ceremony of 5 March 2024, and the Bimtek schedule of every selected region.
 */
export async function seedCohort(app: App, admin: DemoClient, log: (line: string) => void): Promise<void> {
  const people = { inviter: admin, admin };
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
  const banjarCoordinator = DEMO_PEOPLE.coordinators[0];
  const coordinator = await invite(app, people, {
    email: banjarCoordinator.email,
    name: banjarCoordinator.name,
    role: "region_coordinator",
    regionCode: banjarCoordinator.region,
  });
  const assessors = [];
  for (const a of DEMO_PEOPLE.assessors)
    assessors.push(await invite(app, people, { ...a, role: "assessor", cohortId }));
  for (const m of DEMO_PEOPLE.mentors) {
    const [first, ...rest] = m.regions;
    const client = await invite(app, people, {
      email: m.email,
      name: m.name,
      role: "mentor",
      regionCode: first,
    });
    const me = await client.get<{ data: { id: string } }>("/api/me");
    for (const regionCode of rest)
      await admin.post(`/api/users/${me.data.id}/memberships`, { role: "mentor", regionCode });
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
    resultLetterSignatoryName: "Dr. Andreas Wicaksono (fiktif)",
    resultLetterSignatoryNip: "197105121996031002",
  });
  await admin.post(`/api/cohorts/${cohortId}/transition`, { to: "mou" });
  await admin.post(`/api/cohorts/${cohortId}/mou-ceremony`, {
    signedOn: "2024-03-05",
    mode: "virtual",
    place: "Penandatanganan virtual",
    ministrySignatoryName: "Dr. Andreas Wicaksono (fiktif)",
    ministrySignatoryPosition: "Direktur Jenderal Aplikasi Informatika, Kementerian Komunikasi dan Informatika",
    ministrySignatoryNip: "197105121996031002",
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

  log("Jadwal Bimtek …");
  await scheduleBimtek(admin, candidates);
}
