import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent, candidate } from "../db/schema/index";
import { makeCohort, makeSelectedCandidate } from "../testing/cohort-factories";
import { actorWith } from "../testing/factories";
import { FAKE_EXE, multipartFile, TINY_PDF } from "../testing/multipart";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";
const SOLOK = "13.72";
const SEMARANG = "33.74";

let admin: string;
let coordinator: string;
let coordinatorSolok: string;
let cohortId: number;
let mentoringCohortId: number;
let banjar: number;
let solok: number;
let notSelected: number;
let otherCohorts: number;

beforeAll(async () => {
  const app = t.app();
  const cohort = await makeCohort(app, { status: "mou" });
  cohortId = cohort.id;
  banjar = (await makeSelectedCandidate(app, { cohortId, regionCode: BANJAR, activate: false })).id;
  solok = (await makeSelectedCandidate(app, { cohortId, regionCode: SOLOK, activate: false })).id;
  const [invited] = await app.database.db
    .insert(candidate)
    .values({ cohortId, regionCode: SEMARANG, status: "not_selected" })
    .returning();
  notSelected = invited?.id ?? 0;
  const later = await makeCohort(app, { status: "mentoring", year: 2025 });
  mentoringCohortId = later.id;
  otherCohorts = (await makeSelectedCandidate(app, { cohortId: later.id, regionCode: SEMARANG, activate: false })).id;
  [admin, coordinator, coordinatorSolok] = (await Promise.all(
    [
      { role: "national_admin" as const },
      { role: "region_coordinator" as const, regionCode: BANJAR },
      { role: "region_coordinator" as const, regionCode: SOLOK },
    ].map(async (m) => (await actorWith(app, m)).cookie),
  )) as [string, string, string];
}, 60_000);

const inject = (method: "GET" | "POST" | "PUT", url: string, cookie?: string, payload?: object) =>
  t.app().inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

const ceremony = {
  signedOn: "2024-03-05",
  mode: "virtual",
  ministrySignatoryName: "Semuel Abrijani Pangerapan",
  ministrySignatoryPosition: "Direktur Jenderal Aplikasi Informatika",
};

describe("reading a memorandum", () => {
  it("is 401 for the public, 404 for another region, empty with version 0 before anything is recorded", async () => {
    expect((await inject("GET", `/api/candidates/${banjar}/mou`)).statusCode).toBe(401);
    expect((await inject("GET", `/api/candidates/${banjar}/mou`, coordinatorSolok)).statusCode).toBe(404);
    const res = await inject("GET", `/api/candidates/${banjar}/mou`, coordinator);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({
      regionCode: BANJAR,
      regionName: "Kota Banjar",
      version: 0,
      signedOn: null,
      complete: false,
      can: { record: false },
    });
    expect((await inject("GET", `/api/candidates/${banjar}/mou`, admin)).json().data.can).toEqual({ record: true });
  });
});

describe("the signing ceremony", () => {
  it("is only for the national admin", async () => {
    const res = await inject("POST", `/api/cohorts/${cohortId}/mou-ceremony`, coordinator, {
      ...ceremony,
      candidateIds: [banjar],
    });
    expect(res.statusCode).toBe(403);
    const put = await inject("PUT", `/api/candidates/${banjar}/mou`, coordinator, { regionNumber: "415/12/2024" });
    expect(put.statusCode).toBe(403);
    expect(put.json().error.details).toEqual({ reason: "candidate.recordMou" });
  });

  it("refuses regions that are not selected in this cohort, saving nothing", async () => {
    const res = await inject("POST", `/api/cohorts/${cohortId}/mou-ceremony`, admin, {
      ...ceremony,
      candidateIds: [banjar, notSelected, otherCohorts],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: "candidates_not_selected",
      details: { candidateIds: [notSelected, otherCohorts] },
    });
    expect((await inject("GET", `/api/candidates/${banjar}/mou`, admin)).json().data.version).toBe(0);
  });

  it("validates the body: numbers only for regions of the ceremony", async () => {
    const res = await inject("POST", `/api/cohorts/${cohortId}/mou-ceremony`, admin, {
      ...ceremony,
      candidateIds: [banjar],
      numbers: [{ candidateId: solok, regionNumber: "119/10/2024" }],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.issues[0].path).toBe("body.numbers.0.candidateId");
  });

  it("records 2 regions on 5 March 2024, virtually, then each region's numbers make them complete", async () => {
    const res = await inject("POST", `/api/cohorts/${cohortId}/mou-ceremony`, admin, {
      ...ceremony,
      candidateIds: [banjar, solok],
      numbers: [{ candidateId: banjar, ministryNumber: "B-101/DJAI/AI.01.02/03/2024" }],
    });
    expect(res.statusCode).toBe(200);
    const data = res.json().data;
    expect(data).toHaveLength(2);
    for (const m of data)
      expect(m).toMatchObject({ signedOn: "2024-03-05", mode: "virtual", version: 1, complete: false });
    expect(data.find((m: { candidateId: number }) => m.candidateId === banjar).ministryNumber).toBe(
      "B-101/DJAI/AI.01.02/03/2024",
    );

    const own = await inject("PUT", `/api/candidates/${banjar}/mou`, admin, {
      regionNumber: "415.4/12/Diskominfo/2024",
      regionSignatoryName: "Ade Uu Sukaesih",
      regionSignatoryPosition: "Wali Kota Banjar",
      version: 1,
    });
    expect(own.statusCode).toBe(200);
    expect(own.json().data).toMatchObject({ complete: true, missing: [], version: 2, signedOn: "2024-03-05" });

    const stale = await inject("PUT", `/api/candidates/${banjar}/mou`, admin, { place: "Jakarta", version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: "version_conflict", details: { currentVersion: 2 } });

    const solokNow = (await inject("GET", `/api/candidates/${solok}/mou`, coordinatorSolok)).json().data;
    expect(solokNow.missing).toEqual([
      "ministryNumber",
      "regionNumber",
      "regionSignatoryName",
      "regionSignatoryPosition",
    ]);
  });

  it("is only held while the cohort is in its MoU phase", async () => {
    const res = await inject("POST", `/api/cohorts/${mentoringCohortId}/mou-ceremony`, admin, {
      ...ceremony,
      candidateIds: [otherCohorts],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("wrong_phase");
  });

  it("writes one audit event per region", async () => {
    const events = await t.app().database.db.select().from(auditEvent).where(eq(auditEvent.action, "mou.recorded"));
    expect(events.filter((e) => e.regionCode === SOLOK)).toHaveLength(1);
    expect(events.filter((e) => e.regionCode === BANJAR)).toHaveLength(2);
    const first = events.find((e) => e.regionCode === SOLOK);
    expect(first?.changes).toMatchObject({ signedOn: [null, "2024-03-05"], mode: [null, "virtual"] });
  });
});

describe("the signed scan", () => {
  it("accepts a PDF and refuses anything else with 415", async () => {
    const url = `/api/candidates/${solok}/mou/scan`;
    const exe = await t
      .app()
      .inject({ method: "POST", url, ...multipartFile(FAKE_EXE, { filename: "nota.pdf", cookie: admin }) });
    expect(exe.statusCode).toBe(415);
    const denied = await t
      .app()
      .inject({ method: "POST", url, ...multipartFile(TINY_PDF, { filename: "nota.pdf", cookie: coordinatorSolok }) });
    expect(denied.statusCode).toBe(403);
    const ok = await t
      .app()
      .inject({ method: "POST", url, ...multipartFile(TINY_PDF, { filename: "nota-solok.pdf", cookie: admin }) });
    expect(ok.statusCode).toBe(200);
    const scan = ok.json().data.scan;
    expect(scan).toMatchObject({ name: "nota-solok.pdf", size: TINY_PDF.length });
    // The region sees its own scan; another region does not.
    expect((await inject("GET", `/api/files/${scan.id}`, coordinatorSolok)).statusCode).toBe(200);
    expect((await inject("GET", `/api/files/${scan.id}`, coordinator)).statusCode).toBe(404);
    const events = await t
      .app()
      .database.db.select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, "mou.scan_attached"), eq(auditEvent.regionCode, SOLOK)));
    expect(events).toHaveLength(1);
  });

  it("without a file part is 422", async () => {
    const res = await t.app().inject({
      method: "POST",
      url: `/api/candidates/${solok}/mou/scan`,
      ...multipartFile(TINY_PDF, { filename: "nota.pdf", field: "lampiran", cookie: admin }),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.issues[0].path).toBe("body.file");
  });
});
