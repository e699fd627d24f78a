import type { OpdOut } from "../../domain/opd";
import { paragraphs, yearly } from "./banjar/types";
import { hasMasterplan } from "./banjar-step";
import type { DemoStep } from "./context";
import { signInOrInvite } from "./join";
import { DEMO_PEOPLE } from "./people";

const SOLOK = "13.72";

const PROGRAMS = [
  {
    dimensionCode: "governance",
    elementCode: "governance.pelayanan-publik",
    name: "Layanan perizinan dan kependudukan daring",
    owner: "DPMPTSP",
    term: "medium",
    startYear: 2025,
    endYear: 2027,
    budgets: yearly("APBD", 2025, [400, 350, 250]),
  },
  {
    dimensionCode: "economy",
    elementCode: "economy.industri",
    name: "Pemasaran digital beras Solok dan produk UMKM",
    owner: "Disperindag",
    term: "medium",
    startYear: 2025,
    endYear: 2028,
    budgets: yearly("APBD", 2025, [200, 250, 250, 200]),
  },
  {
    dimensionCode: "living",
    elementCode: "living.kesehatan",
    name: "Rekam medis elektronik puskesmas",
    owner: "Dinkes",
    term: "medium",
    startYear: 2025,
    endYear: 2026,
    budgets: yearly("APBD", 2025, [350, 300]),
  },
] as const;

/**
 * Kota Solok (same mentor as Kota Banjar) has just started its masterplan: a draft with its
 * vision, two element narratives and three programs, so the national office and the mentor
 * see plans in different states.
 */
export const solokDraftStep: DemoStep = {
  title: "Draf masterplan Kota Solok …",
  done: ({ admin }) => hasMasterplan(admin, SOLOK),
  run: async ({ app, admin }) => {
    const person = DEMO_PEOPLE.coordinators.find((c) => c.region === SOLOK);
    if (!person) throw new Error("demo coordinator of Kota Solok missing");
    const coordinator = await signInOrInvite(
      app,
      { inviter: admin, admin },
      { email: person.email, name: person.name, role: "region_coordinator", regionCode: SOLOK },
    );
    await coordinator.post(`/api/regions/${SOLOK}/opds/starter`);
    const opds = (await coordinator.get<{ data: OpdOut[] }>(`/api/regions/${SOLOK}/opds`)).data;
    const opdId = (abbreviation: string) => opds.find((o) => o.abbreviation === abbreviation)?.id ?? null;

    const plan = await coordinator.post<{ data: { id: number } }>(`/api/regions/${SOLOK}/masterplans`, {
      title: "Masterplan Smart City Kota Solok 2025–2034",
      periodStart: 2025,
      periodEnd: 2034,
    });
    const url = `/api/masterplans/${plan.data.id}`;
    await coordinator.put(`${url}/sections/vision`, {
      version: 0,
      content: {
        vision: "Solok kota cerdas yang melayani, sejahtera dan religius",
        missions: [
          { text: "Mewujudkan pelayanan publik digital yang cepat dan terpadu" },
          { text: "Menguatkan ekonomi lokal berbasis beras Solok dan UMKM" },
        ],
        goals: [{ text: "Seluruh layanan perizinan dapat diajukan daring pada 2027", missionIndex: 0 }],
      },
    });
    await coordinator.put(`${url}/sections/${encodeURIComponent("element:governance.pelayanan-publik")}`, {
      version: 0,
      content: {
        condition: paragraphs("Layanan perizinan dan kependudukan masih dilayani di loket masing-masing OPD."),
        problems: paragraphs("Warga datang berulang kali dan status permohonan tidak dapat dipantau."),
        strategy: paragraphs("Menyatukan layanan dalam satu portal dengan pelacakan status permohonan."),
      },
    });
    await coordinator.put(`${url}/sections/${encodeURIComponent("element:economy.industri")}`, {
      version: 0,
      content: {
        condition: paragraphs("Beras Solok dikenal luas, tetapi pemasarannya masih melalui pedagang perantara."),
        problems: paragraphs("Petani dan penggilingan belum menjangkau pembeli di luar Sumatera Barat."),
        strategy: "",
      },
    });
    for (const { owner, ...p } of PROGRAMS)
      await coordinator.post(`${url}/programs`, { ...p, budgets: [...p.budgets], ownerOpdId: opdId(owner) });
  },
};
