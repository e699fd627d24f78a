import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { assessmentScore, candidate, cohort, mou, readinessCriterion, readinessInstrument } from "../db/schema/index";
import { readDocx, readPdf } from "../documents/read-back";
import { makeCohort, makeSelectedCandidate } from "../testing/cohort-factories";
import { actorWith } from "../testing/factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";
const SOLOK = "13.72";
const GIANYAR = "51.04";
const SEMARANG = "33.74";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

// What the memorandum of Kota Banjar records: typographic dash and apostrophe, as people type them.
const BANJAR_MOU = {
  ministryNumber: "B-125/DJAI/HK.03.01/03/2024",
  regionNumber: "415.4/12–Diskominfo/2024",
  signedOn: "2024-03-05",
  mode: "virtual" as const,
  place: "Ruang Rapat Garuda – Jakarta",
  ministrySignatoryName: "Dr. Ir. Semuel Pangerapan, M.Sc.",
  ministrySignatoryPosition: "Direktur Jenderal Aplikasi Informatika",
  regionSignatoryName: "Hj. Siti Nur’aini, S.E.",
  regionSignatoryPosition: "Pj. Wali Kota Banjar",
};

let published: { id: number; name: string };
let draft: number;
const cookies: Record<string, string> = {};

/** Scores every criterion of the cohort's instrument for a candidate at one value. */
async function score(candidateId: number, instrumentId: number, assessorId: string, value: (max: number) => number) {
  const db = t.app().database.db;
  const [instrument] = await db.select().from(readinessInstrument).where(eq(readinessInstrument.id, instrumentId));
  const criteria = await db.select().from(readinessCriterion).where(eq(readinessCriterion.instrumentId, instrumentId));
  await db
    .insert(assessmentScore)
    .values(
      criteria.map((c) => ({ candidateId, criterionId: c.id, assessorId, score: value(instrument?.scaleMax ?? 5) })),
    );
}

beforeAll(async () => {
  const app = t.app();
  const db = app.database.db;
  const c = await makeCohort(app, { status: "mou" });
  published = c;
  const banjar = await makeSelectedCandidate(app, { cohortId: c.id, regionCode: BANJAR, activate: false });
  const solok = await makeSelectedCandidate(app, { cohortId: c.id, regionCode: SOLOK, activate: false });
  const [semarang] = await db
    .insert(candidate)
    .values({ cohortId: c.id, regionCode: SEMARANG, status: "not_selected" })
    .returning();
  await db
    .update(cohort)
    .set({
      resultLetterNumber: "B-454/DJAI/AI.01.02/01/2024",
      resultLetterDate: "2024-01-19",
      resultLetterSignatoryName: "Dr. Ir. Semuel Pangerapan, M.Sc.",
      resultLetterSignatoryNip: "196903251995031001",
    })
    .where(eq(cohort.id, c.id));
  await db.insert(mou).values({ candidateId: banjar.id, ...BANJAR_MOU });

  // A selection saved but not announced: both candidates are within the quota of ten, so both are chosen.
  const d = await makeCohort(app, { status: "selection" });
  draft = d.id;
  await db.update(cohort).set({ selectionPublishedAt: null }).where(eq(cohort.id, d.id));
  const gianyar = await db
    .insert(candidate)
    .values({ cohortId: d.id, regionCode: GIANYAR, status: "assessed" })
    .returning();
  await db.insert(candidate).values({ cohortId: d.id, regionCode: BANJAR, status: "assessed" });

  const people = {
    admin: { role: "national_admin" as const },
    banjar: { role: "region_coordinator" as const, regionCode: BANJAR },
    solok: { role: "region_coordinator" as const, regionCode: SOLOK },
    outsider: { role: "region_coordinator" as const, regionCode: "35.78" },
    assessor: { role: "assessor" as const, cohortId: d.id },
  };
  for (const [who, membership] of Object.entries(people)) {
    const a = await actorWith(app, membership);
    cookies[who] = a.cookie;
    if (who === "assessor") {
      await score(banjar.id, c.instrumentId, a.user.id, (max) => max);
      await score(solok.id, c.instrumentId, a.user.id, (max) => max - 1);
      if (semarang) await score(semarang.id, c.instrumentId, a.user.id, () => 1);
      if (gianyar[0]) await score(gianyar[0].id, d.instrumentId, a.user.id, (max) => max);
    }
  }
}, 90_000);

const get = (url: string, who?: string) =>
  t.app().inject({ method: "GET", url, headers: who ? { cookie: cookies[who] ?? "" } : {} });

describe("GET /api/cohorts/:id/documents/hasil-penilaian.{docx|pdf}", () => {
  it("gives the admin the letter as DOCX: one row per selected region with province, score and rank", async () => {
    const res = await get(`/api/cohorts/${published.id}/documents/hasil-penilaian.docx`, "admin");
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers["content-type"]).toBe(DOCX);
    expect(res.headers["content-disposition"]).toContain(`filename="Surat-Hasil-Penilaian-GMSC-2024-uji-`);
    const docx = await readDocx(res.rawPayload);
    expect(docx.text).toContain("Nomor");
    expect(docx.text).toContain("B-454/DJAI/AI.01.02/01/2024");
    expect(docx.text).toContain("19 Januari 2024");
    expect(docx.text).toContain("KEMENTERIAN KOMUNIKASI DAN INFORMATIKA");
    // Only cities among the candidates: the letter goes to their Wali Kota and counts kab/kota alone.
    expect(docx.text).toContain("Yth. Wali Kota Calon Peserta");
    expect(docx.text).toContain("terhadap 3 kabupaten/kota calon peserta");
    expect(docx.text).toContain("bahwa 2 kabupaten/kota (dari kuota 10 daerah) ditetapkan sebagai peserta");
    expect(docx.text).not.toContain("provinsi calon peserta");
    expect(docx.text).toContain("2. Gubernur Sumatera Barat;\n3. Gubernur Jawa Barat.");
    const table = docx.tables.find((rows) => rows[0]?.includes("Daerah"));
    expect(table?.[0]).toEqual(["No", "Daerah", "Provinsi", "Nilai", "Peringkat"]);
    // Two selected regions, Banjar first (full marks); Semarang was not selected.
    expect(table?.slice(1)).toEqual([
      ["1", "Kota Banjar", "Jawa Barat", "100,00", "1"],
      ["2", "Kota Solok", "Sumatera Barat", expect.stringMatching(/^\d{2},\d{2}$/), "2"],
    ]);
    expect(docx.text).not.toContain("Kota Semarang");
    expect(docx.headerText).not.toContain("DRAF");
  });

  it("gives a candidate region the announced letter as PDF, with the Indonesian text intact", async () => {
    const res = await get(`/api/cohorts/${published.id}/documents/hasil-penilaian.pdf`, "solok");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["cache-control"]).toBe("private, no-store");
    expect(res.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const pdf = await readPdf(res.rawPayload);
    expect(pdf.pageCount).toBe(2);
    expect(pdf.text).toContain("Hasil Penilaian Kesiapan Calon Peserta Gerakan Menuju Smart City Tahun 2024");
    expect(pdf.text).toContain("skala 0–100");
    // Signed by the signatory stored on the cohort, the NIP under the name.
    expect(pdf.pages[0]).toMatch(/Dr\. Ir\. Semuel Pangerapan, M\.Sc\.\s+NIP 196903251995031001/);
    expect(pdf.pages[1]).toContain("Kota Banjar");
    expect(pdf.pages[1]).toContain("Sumatera Barat");
  });

  it("shows the draft of an unannounced selection to the admin only, marked DRAF", async () => {
    const res = await get(`/api/cohorts/${draft}/documents/hasil-penilaian.docx`, "admin");
    expect(res.statusCode).toBe(200);
    const docx = await readDocx(res.rawPayload);
    expect(docx.headerText).toContain("DRAF");
    expect(docx.text).toContain("hasil seleksi belum diumumkan");
    const table = docx.tables.find((rows) => rows[0]?.includes("Daerah"));
    expect(table?.slice(1).map((r) => r[1])).toEqual(["Kabupaten Gianyar", "Kota Banjar"]);
    for (const who of ["banjar", "assessor"]) {
      const refused = await get(`/api/cohorts/${draft}/documents/hasil-penilaian.pdf`, who);
      expect(refused.statusCode, who).toBe(403);
      expect(refused.json().error.details).toEqual({ reason: "resultLetter.download" });
    }
  });

  it("hides the cohort from a region outside it (404) and asks the public to sign in (401)", async () => {
    expect((await get(`/api/cohorts/${published.id}/documents/hasil-penilaian.pdf`, "outsider")).statusCode).toBe(404);
    expect((await get(`/api/cohorts/${published.id}/documents/hasil-penilaian.pdf`)).statusCode).toBe(401);
    expect((await get(`/api/cohorts/${published.id}/documents/hasil-penilaian.odt`, "admin")).statusCode).toBe(422);
  });
});

describe("GET /api/cohorts/:id/regions/:code/documents/nota-kesepakatan.{docx|pdf}", () => {
  const url = (code: string, format: string) =>
    `/api/cohorts/${published.id}/regions/${code}/documents/nota-kesepakatan.${format}`;

  it("gives the region its MoU summary as PDF: parties, numbers, date, ceremony, scope, signatories, scan", async () => {
    const res = await get(url(BANJAR, "pdf"), "banjar");
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toContain(
      'filename="Ringkasan-Nota-Kesepakatan-Kota-Banjar-GMSC-2024-uji-',
    );
    const { text } = await readPdf(res.rawPayload);
    expect(text).toContain("RINGKASAN NOTA KESEPAKATAN");
    expect(text).toContain("Pemerintah Kota Banjar");
    expect(text).toContain("415.4/12–Diskominfo/2024");
    expect(text).toContain("5 Maret 2024");
    expect(text).toContain("Daring di Ruang Rapat Garuda – Jakarta");
    expect(text).toContain("Ruang Lingkup");
    expect(text).toContain("Hj. Siti Nur’aini, S.E.");
    expect(text).toContain("Pindaian belum diunggah");
  });

  it("gives the admin the same summary as DOCX", async () => {
    const res = await get(url(BANJAR, "docx"), "admin");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe(DOCX);
    const docx = await readDocx(res.rawPayload);
    // Titled as the signed memorandum is.
    expect(docx.text).toContain(
      "antara Kementerian Komunikasi dan Informatika dan Pemerintah Kota Banjar tentang Implementasi Gerakan Menuju Kota Cerdas",
    );
    const facts = docx.tables.find((rows) => rows[0]?.[0] === "Pihak Kesatu") ?? [];
    expect(facts).toContainEqual(["Nomor Pihak Kesatu", "B-125/DJAI/HK.03.01/03/2024"]);
    expect(facts).toContainEqual(["Pihak Kedua", "Pemerintah Kota Banjar"]);
    // The signatories are rows of the same table, each name over its position (the summary stays one page).
    expect(facts).toContainEqual([
      "Penanda tangan Pihak Kesatu",
      "Dr. Ir. Semuel Pangerapan, M.Sc.\nDirektur Jenderal Aplikasi Informatika",
    ]);
    expect(facts).toContainEqual(["Penanda tangan Pihak Kedua", "Hj. Siti Nur’aini, S.E.\nPj. Wali Kota Banjar"]);
    expect(docx.headerText).not.toContain("DRAF");
  });

  it("hides another region's summary (404), refuses one never recorded (404) and asks the public to sign in", async () => {
    const other = await get(url(BANJAR, "pdf"), "solok");
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe("candidate_not_found");
    const none = await get(url(SOLOK, "pdf"), "solok");
    expect(none.statusCode).toBe(404);
    expect(none.json().error.code).toBe("mou_not_found");
    expect((await get(url(SEMARANG, "pdf"), "admin")).json().error.code).toBe("mou_not_found");
    expect((await get(url(BANJAR, "pdf"))).statusCode).toBe(401);
    expect((await get(url("banjar", "pdf"), "admin")).statusCode).toBe(422);
  });
});

describe("GET /api/cohorts/:id/documents", () => {
  it("lists the letter and every recorded MoU for the admin", async () => {
    const res = await get(`/api/cohorts/${published.id}/documents`, "admin");
    expect(res.statusCode).toBe(200);
    const { data } = res.json();
    expect(data.resultLetter).toMatchObject({
      draft: false,
      formats: [
        { format: "docx", url: `/api/cohorts/${published.id}/documents/hasil-penilaian.docx` },
        { format: "pdf", url: `/api/cohorts/${published.id}/documents/hasil-penilaian.pdf` },
      ],
    });
    expect(data.mouSummaries).toHaveLength(1);
    expect(data.mouSummaries[0]).toMatchObject({ regionCode: BANJAR, regionName: "Kota Banjar", complete: true });
  });

  it("gives a region only its own summary, and no draft letter", async () => {
    const solok = (await get(`/api/cohorts/${published.id}/documents`, "solok")).json().data;
    expect(solok.resultLetter).not.toBeNull();
    expect(solok.mouSummaries).toEqual([]);
    const banjar = (await get(`/api/cohorts/${draft}/documents`, "banjar")).json().data;
    expect(banjar.resultLetter).toBeNull();
    expect((await get(`/api/cohorts/${draft}/documents`, "admin")).json().data.resultLetter.draft).toBe(true);
  });

  it("is described in the OpenAPI document", async () => {
    const paths = Object.keys((await get("/api/openapi.json")).json().paths);
    expect(paths).toContain("/api/cohorts/{id}/documents");
    expect(paths.some((p) => p.startsWith("/api/cohorts/{id}/documents/hasil-penilaian"))).toBe(true);
    expect(paths.some((p) => p.startsWith("/api/cohorts/{id}/regions/{code}/documents/nota-kesepakatan"))).toBe(true);
  });
});
