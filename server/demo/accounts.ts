import { RETURNED_TO } from "./inbox-step";
import { DEMO_ADMIN, DEMO_PEOPLE } from "./people";

/** One account `seed --demo` prints: who it is, and what waits for them on signing in. */
export type DemoAccount = { who: string; email: string; waiting: string };

const person = <T extends { email: string }>(list: readonly T[], pick: (p: T) => boolean): string => {
  const found = list.find(pick);
  if (!found) throw new Error("demo account missing from people.ts");
  return found.email;
};

/** The accounts worth signing in with first, one per role, each with work waiting (see inbox-step.ts). */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    who: "admin nasional",
    email: DEMO_ADMIN.email,
    waiting: "tahap Bimtek yang melewati jadwal, undangan yang sudah diterima",
  },
  {
    who: "koordinator Kota Banjar",
    email: person(DEMO_PEOPLE.coordinators, (c) => c.region === "32.79"),
    waiting: "realisasi indikator menunggu verifikasi, masukan warga menunggu moderasi",
  },
  {
    who: "koordinator Kota Solok",
    email: person(DEMO_PEOPLE.coordinators, (c) => c.region === "13.72"),
    waiting: "keluaran Bimtek Tahap I yang belum diajukan",
  },
  {
    who: "mentor Kota Banjar dan Kota Solok",
    email: person(DEMO_PEOPLE.mentors, (m) => (m.regions as readonly string[]).includes("13.72")),
    waiting: "keluaran Kota Solok untuk ditinjau",
  },
  {
    who: "asesor",
    email: DEMO_PEOPLE.assessors[0].email,
    waiting: "lembar nilai Evaluasi GMSC 2025 Tahap II, batasnya 14 hari lagi",
  },
  {
    who: `OPD ${RETURNED_TO} Kota Banjar`,
    email: person(DEMO_PEOPLE.opdContributors, (c) => c.opd === RETURNED_TO),
    waiting: "realisasi yang dikembalikan koordinator, masukan warga yang diteruskan, laporan tahun ini",
  },
];

/** The lines `seed --demo` prints for the accounts, aligned. */
export function demoAccountLines(accounts: readonly DemoAccount[] = DEMO_ACCOUNTS): string[] {
  const who = Math.max(...accounts.map((a) => a.who.length));
  const email = Math.max(...accounts.map((a) => a.email.length));
  return accounts.map((a) => `  ${a.who.padEnd(who)}  ${a.email.padEnd(email)}  ${a.waiting}`);
}
