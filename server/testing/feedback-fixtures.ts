import { count } from "drizzle-orm";
import sharp from "sharp";
import { beforeAll } from "vitest";
import { feedback, storedFile } from "../db/schema/index";
import { makeOpd, makeUser, signIn } from "./factories";
import { makeMasterplan } from "./masterplan-factories";
import { makeProgram, makeQuickWin } from "./monitoring-factories";
import { multipartForm } from "./multipart";
import { setupTestApp } from "./test-app";

// Citizen feedback tests: Kota Banjar with an enacted plan (a program and its quick win, owned by
// Diskominfo), Kota Solok with a draft, and the people who moderate. The ids and cookies are live
// bindings, set once `setupFeedbackRegion()`'s beforeAll has run.

export const BANJAR = "32.79";
export const SOLOK = "13.72";
export const SENDER = "warga.penanya@contoh.id";

export let programId: number;
export let quickWinId: number;
export let solokProgramId: number;
export let opdId: number;
export let coordinator: string;
export let opdStaff: string;
export let solokCoordinator: string;
let ipSeq = 0;
let t: ReturnType<typeof setupTestApp>;
/** Each send from its own address unless a test is about the address limit. */
const nextIp = () => `10.1.${Math.floor(++ipSeq / 250)}.${ipSeq % 250}`;

/** A real JPEG that carries a GPS position and a camera owner in its EXIF. */
export async function jpegWithLocation() {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: "#3a7" } })
    .jpeg()
    .withExif({
      IFD0: { Artist: "Pemilik Kamera Rahasia", Copyright: "Rahasia" },
      IFD3: { GPSLatitudeRef: "S", GPSLatitude: "7/1 19/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "108/1 32/1 0/1" },
    })
    .toBuffer();
}

/** The public form's fields: a question on Kota Banjar's program, changed by `over`. */
export const form = (over: Record<string, string | number> = {}) => ({
  subjectKind: "program",
  subjectId: programId,
  category: "question",
  body: "Kapan layanan antrean daring di Mal Pelayanan Publik mulai dibuka untuk warga?",
  name: "Budi Warga",
  email: "",
  website: "",
  ...over,
});

/** Sends the form as the browser does (multipart), from its own network address unless given one. */
export function send(
  fields: Record<string, string | number>,
  opts: { ip?: string; photo?: { content: Buffer; type: string; name: string } } = {},
) {
  const body = multipartForm(
    fields,
    opts.photo
      ? { field: "photo", filename: opts.photo.name, contentType: opts.photo.type, content: opts.photo.content }
      : undefined,
  );
  return t.app().inject({
    method: "POST",
    url: `/api/public/regions/${BANJAR}/feedback`,
    remoteAddress: opts.ip ?? nextIp(),
    ...body,
  });
}

/** How many feedback rows and stored files there are: what a refusal must leave unchanged. */
export async function stored() {
  const db = t.app().database.db;
  const [f] = await db.select({ n: count() }).from(feedback);
  const [s] = await db.select({ n: count() }).from(storedFile);
  return { feedback: f?.n ?? 0, files: s?.n ?? 0 };
}

/** The test app of this file, with the regions, plans and people above. */
export function setupFeedbackRegion() {
  t = setupTestApp();
  beforeAll(async () => {
    const app = t.app();
    const opd = await makeOpd(app, BANJAR, "Diskominfo");
    opdId = opd.id;
    const plan = await makeMasterplan(app, BANJAR, { status: "enacted" });
    programId = (await makeProgram(app, plan.id, opdId)).id;
    quickWinId = (await makeQuickWin(app, plan.id, programId, opdId)).id;
    const draft = await makeMasterplan(app, SOLOK, { status: "draft" });
    solokProgramId = (await makeProgram(app, draft.id, null)).id;
    const c = await makeUser(
      app,
      { role: "region_coordinator", regionCode: BANJAR },
      { email: "koordinator@banjar.go.id" },
    );
    coordinator = await signIn(app, c.email);
    const o = await makeUser(
      app,
      { role: "opd_contributor", regionCode: BANJAR, opdId },
      { email: "staf@kominfo.banjar.go.id" },
    );
    opdStaff = await signIn(app, o.email);
    const s = await makeUser(
      app,
      { role: "region_coordinator", regionCode: SOLOK },
      { email: "koordinator@solok.go.id" },
    );
    solokCoordinator = await signIn(app, s.email);
  });
  return t;
}
