import { beforeAll, describe, expect, it } from "vitest";
import { outboxMessage } from "../db/schema/index";
import { actorWith } from "../testing/factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
let admin: { cookie: string };
let coordinator: { cookie: string };

beforeAll(async () => {
  admin = await actorWith(t.app(), { role: "national_admin" });
  coordinator = await actorWith(t.app(), { role: "region_coordinator", regionCode: "32.79" });
}, 60_000);

const outbox = (cookie: string) =>
  t.app().inject({ method: "GET", url: "/api/outbox?pageSize=500", headers: { cookie } });

describe("Kotak Keluar", () => {
  it("shows the admin each message's delivery: status, attempts and the last error", async () => {
    await t.app().database.db.insert(outboxMessage).values({
      to: "gagal@contoh.go.id",
      subject: "Ringkasan harian Kota Cerdas: 2 pemberitahuan baru",
      text: "Yth. Rina,",
      html: "<p>Yth. Rina,</p>",
      kind: "digest",
      status: "failed",
      attempts: 11,
      error: "451 Layanan sementara tidak tersedia",
    });
    const res = await outbox(admin.cookie);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.delivers).toBe(false);
    expect(body.data.find((m: { to: string }) => m.to === "gagal@contoh.go.id")).toMatchObject({
      kind: "digest",
      status: "failed",
      attempts: 11,
      error: "451 Layanan sementara tidak tersedia",
      html: "<p>Yth. Rina,</p>",
      sentAt: null,
    });
  });

  it("is the national admin's alone", async () => {
    expect((await outbox(coordinator.cookie)).statusCode).toBe(403);
  });
});
