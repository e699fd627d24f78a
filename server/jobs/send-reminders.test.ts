import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { schemeKey } from "../../domain/evaluation/schemes";
import type { Role } from "../../domain/roles";
import { openPostgres } from "../db/client";
import {
  bimtekStage,
  candidate,
  cohort,
  evaluation,
  evaluationAssessor,
  evaluationRound,
  membership,
  notification,
  outboxMessage,
  programProgress,
} from "../db/schema/index";
import { GMSC_EVALUATION_2022 } from "../db/seed/evaluation-schemes";
import { createMailer } from "../mail/mailer";
import { makeCohort, makeWorkspace } from "../testing/cohort-factories";
import { makeOpd } from "../testing/factories";
import { connectionStringOf } from "../testing/job-queue";
import { makeMasterplan } from "../testing/masterplan-factories";
import { linkIndicatorDirect, makeProgram, nationalIndicator } from "../testing/monitoring-factories";
import { makePerson } from "../testing/notification-factories";
import { setupTestApp } from "../testing/test-app";
import { runReminders } from "./send-reminders";

const t = setupTestApp();
const db = () => t.database().db;
// SMTP configured but never reached: no job queue runs here, mails are only queued in the outbox.
const mailer = createMailer({ smtpUrl: "smtp://127.0.0.1:9", from: "Kota Cerdas <no-reply@uji.go.id>" });
const publicUrl = "https://kotacerdas.uji.go.id";
const TODAY = "2026-12-08";
const REGION = "32.79"; // Kota Banjar

async function person(role: Role, scope: { regionCode?: string; opdId?: number; cohortId?: number }, opts = {}) {
  const p = await makePerson(db(), opts);
  await db()
    .insert(membership)
    .values({
      userId: p.id,
      role,
      regionCode: scope.regionCode ?? null,
      opdId: scope.opdId ?? null,
      cohortId: scope.cohortId ?? null,
    });
  return p;
}
const notificationsOf = (userId: string) =>
  db().select().from(notification).where(eq(notification.userId, userId)).orderBy(asc(notification.id));

let ids: {
  candidate: number;
  stages: number[];
  farStage: number;
  evaluation: number;
  scoringRound: number;
  readiness: number;
};
let people: Record<
  "coordinator" | "mentor" | "inactive" | "elsewhere" | "evalAssessor" | "cohortAssessor",
  { id: string; email: string }
>;

beforeAll(async () => {
  const ws = await makeWorkspace(t.app(), REGION);
  const stages = await db()
    .select()
    .from(bimtekStage)
    .where(eq(bimtekStage.candidateId, ws.candidate.id))
    .orderBy(asc(bimtekStage.number));
  const [s1, s2, s3] = stages;
  if (!s1 || !s2 || !s3) throw new Error("workspace has fewer than three stages");
  await db().update(bimtekStage).set({ plannedEnd: "2026-12-15" }).where(eq(bimtekStage.id, s1.id)); // in 7 days
  await db().update(bimtekStage).set({ plannedEnd: "2026-12-07" }).where(eq(bimtekStage.id, s2.id)); // missed yesterday
  await db().update(bimtekStage).set({ plannedEnd: "2027-03-01" }).where(eq(bimtekStage.id, s3.id)); // far away

  const round = (status: "self_assessment" | "scoring", dates: Partial<typeof evaluationRound.$inferInsert>) =>
    db()
      .insert(evaluationRound)
      .values({
        year: 2026,
        tahap: status === "scoring" ? "II" : "I",
        name: `Evaluasi GMSC 2026 ${status}`,
        schemeKey: schemeKey(GMSC_EVALUATION_2022),
        scheme: GMSC_EVALUATION_2022,
        status,
        ...dates,
      })
      .returning();
  const [selfRound] = await round("self_assessment", { selfAssessmentEndsOn: "2026-12-09" }); // tomorrow
  const [scoringRound] = await round("scoring", { scoringEndsOn: "2026-12-15" });
  if (!selfRound || !scoringRound) throw new Error("round insert failed");
  const [ev] = await db().insert(evaluation).values({ roundId: selfRound.id, regionCode: REGION }).returning();
  await db().insert(evaluation).values({ roundId: scoringRound.id, regionCode: REGION });

  const readiness = await makeCohort(t.app(), { status: "assessment", year: 2026 });
  await db()
    .update(cohort)
    .set({ plan: { assessmentEnd: "2026-12-15" } })
    .where(eq(cohort.id, readiness.id));
  const [invited] = await db().insert(candidate).values({ cohortId: readiness.id, regionCode: REGION }).returning();
  if (!ev || !invited) throw new Error("insert failed");

  people = {
    coordinator: await person("region_coordinator", { regionCode: REGION }, { mode: "immediate" }),
    mentor: await person("mentor", { regionCode: REGION }, { language: "en" }),
    inactive: await person("region_coordinator", { regionCode: REGION }, { active: false }),
    elsewhere: await person("region_coordinator", { regionCode: "32.73" }),
    evalAssessor: await person("assessor", {}),
    cohortAssessor: await person("assessor", { cohortId: readiness.id }),
  };
  await db().insert(evaluationAssessor).values({ roundId: scoringRound.id, userId: people.evalAssessor.id });
  ids = {
    candidate: ws.candidate.id,
    stages: [s1.id, s2.id],
    farStage: s3.id,
    evaluation: ev.id,
    scoringRound: scoringRound.id,
    readiness: readiness.id,
  };
});

describe("deadline reminders", () => {
  it("reminds the people of each deadline with a link to where they act, once however often it runs", async () => {
    const first = await runReminders(db(), { today: TODAY, reminderDays: [7, 1], mailer, publicUrl });
    expect(first.written).toBeGreaterThan(0);

    const coordinator = await notificationsOf(people.coordinator.id);
    const byKey = Object.fromEntries(coordinator.map((n) => [n.dedupeKey, n]));
    expect(byKey[`deadline:stage:${ids.stages[0]}:2026-12-15:7d`]).toMatchObject({
      kind: "deadline.approaching",
      titleId: "Tenggat 7 hari lagi: Tahap 1 Bimtek Kota Banjar (15 Desember 2026)",
      href: `/kandidat/${ids.candidate}?tab=bimtek#tahap-1`,
      objectType: "bimtek_stage",
      regionCode: REGION,
    });
    expect(byKey[`deadline:stage:${ids.stages[1]}:2026-12-07:missed`]).toMatchObject({
      kind: "deadline.missed",
      titleEn: "Deadline missed: Bimtek stage 2, Kota Banjar (7 December 2026)",
    });
    expect(byKey[`deadline:evaluation:${ids.evaluation}:self-assessment:2026-12-09:1d`]).toMatchObject({
      titleId: expect.stringMatching(/^Tenggat besok: Evaluasi mandiri/),
      href: `/evaluasi/wilayah/${ids.evaluation}?tab=mandiri`,
    });
    expect(coordinator.some((n) => n.href.endsWith("?tab=asesmen"))).toBe(true);
    expect(coordinator).toHaveLength(4);

    const mentor = await notificationsOf(people.mentor.id);
    expect(mentor.map((n) => n.objectType)).toEqual(["bimtek_stage", "bimtek_stage"]);
    expect(mentor[0]?.bodyEn).toMatch(/close the stage/);
    const [scoring] = await notificationsOf(people.evalAssessor.id);
    expect(scoring).toMatchObject({ href: `/evaluasi/${ids.scoringRound}`, kind: "deadline.approaching" });
    const [readiness] = await notificationsOf(people.cohortAssessor.id);
    expect(readiness).toMatchObject({ href: "/penilaian", objectId: String(ids.readiness) });
    expect(await notificationsOf(people.inactive.id)).toHaveLength(0);
    expect(await notificationsOf(people.elsewhere.id)).toHaveLength(0);

    // The coordinator chose immediate e-mail: one mail per reminder, already marked e-mailed.
    const mails = await db().select().from(outboxMessage).where(eq(outboxMessage.to, people.coordinator.email));
    expect(mails).toHaveLength(4);
    expect(first.mailed).toBe(4);
    expect(coordinator.every((n) => n.emailedAt !== null)).toBe(true);

    const again = await runReminders(db(), { today: TODAY, reminderDays: [7, 1], mailer, publicUrl });
    expect(again).toMatchObject({ written: 0, mailed: 0 });
    expect(again.due).toBe(first.due);
    // The next day owes nothing new: the week's reminders were sent, the next is a day before.
    expect(await runReminders(db(), { today: "2026-12-09", reminderDays: [7, 1], mailer, publicUrl })).toMatchObject({
      written: 0,
    });
  });

  it("reminds OPDs of programs whose yearly report is missing, and their coordinator with the count", async () => {
    const plan = await makeMasterplan(t.app(), "32.73", { status: "enacted", periodStart: 2024, periodEnd: 2033 });
    const opd = await makeOpd(t.app(), "32.73");
    const noProgress = await makeProgram(t.app(), plan.id, opd.id, { startYear: 2025, endYear: 2027 });
    const noRealisation = await makeProgram(t.app(), plan.id, opd.id, { startYear: 2025, endYear: 2027 });
    const reported = await makeProgram(t.app(), plan.id, opd.id, { startYear: 2025, endYear: 2027 });
    const ict = await nationalIndicator(t.app(), "EC: ICT: ICT: 1C");
    await linkIndicatorDirect(t.app(), noRealisation.id, ict.id, { 2026: 80 });
    await db()
      .insert(programProgress)
      .values([reported, noRealisation].map((p) => ({ programId: p.id, year: 2026, status: "on_track" as const })));
    const contributor = await person("opd_contributor", { regionCode: "32.73", opdId: opd.id });

    // Seven days before 28 February 2027, when the 2026 reports are due.
    await runReminders(db(), { today: "2027-02-21", reminderDays: [7, 1], mailer, publicUrl });
    const toOpd = await notificationsOf(contributor.id);
    expect(toOpd.map((n) => n.objectId).sort()).toEqual([String(noProgress.id), String(noRealisation.id)].sort());
    const first = toOpd.find((n) => n.objectId === String(noProgress.id));
    expect(first).toMatchObject({
      objectType: "program",
      kind: "deadline.approaching",
      href: `/masterplan/${plan.id}/monitoring/program/${noProgress.id}?year=2026`,
      dedupeKey: `deadline:program:${noProgress.id}:2026:2027-02-28:7d`,
    });
    expect(first?.titleId).toBe(
      `Tenggat 7 hari lagi: Laporan monitoring 2026: ${noProgress.code} ${noProgress.name} (28 Februari 2027)`,
    );
    const toCoordinator = (await notificationsOf(people.elsewhere.id)).filter((n) => n.objectType === "masterplan");
    expect(toCoordinator).toHaveLength(1);
    expect(toCoordinator[0]).toMatchObject({ href: `/masterplan/${plan.id}/monitoring?year=2026` });
    expect(toCoordinator[0]?.bodyId).toMatch(/^2 program belum lengkap/);
  });
});

// Two server instances need two connections to one database: PostgreSQL only.
if (process.env.TEST_DB === "postgres")
  describe("two server instances on one PostgreSQL database", () => {
    it("write each reminder once when both run the day's reminders at the same time", async () => {
      const url = await connectionStringOf(t.database());
      if (!url) throw new Error("no connection string");
      const other = await openPostgres(url, 4);
      try {
        const opts = { today: "2027-02-24", reminderDays: [7, 1], mailer, publicUrl };
        const [a, b] = await Promise.all([runReminders(db(), opts), runReminders(other.db, opts)]);
        expect(a.due).toBe(b.due);
        // New that day: stage 3's week reminder, for its coordinator and its mentor; written by one of the two.
        expect(a.written + b.written).toBe(2);
        const key = `deadline:stage:${ids.farStage}:2027-03-01:7d`;
        for (const p of [people.coordinator, people.mentor]) {
          const withKey = (await notificationsOf(p.id)).filter((n) => n.dedupeKey === key);
          expect(withKey).toHaveLength(1);
        }
        const mails = await db().select().from(outboxMessage).where(eq(outboxMessage.to, people.coordinator.email));
        expect(mails.filter((m) => m.subject.includes("Tahap 3"))).toHaveLength(1);
      } finally {
        await other.close();
      }
    });
  });
