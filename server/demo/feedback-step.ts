import type { FeedbackCategory, FeedbackQueueItem, FeedbackSubjectKind } from "../../domain/feedback";
import type { OpdOut } from "../../domain/opd";
import type { PublicRegionOut } from "../../domain/public-region";
import { banjarCoordinator } from "./banjar-step";
import type { DemoContext, DemoStep } from "./context";
import { RETURNED_TO } from "./inbox-step";
import { BANJAR, PROGRAMS } from "./run-masterplan";

type Data<T> = { data: T };

/** What happens to a citizen's feedback in the demo after it arrives. */
type Fate =
  | { publish: true; reply?: string; forward?: string; handled?: boolean }
  | { publish: false; reject?: string };

type Letter = {
  /** The program's key in run-masterplan.ts; `quickWin` writes about that program's quick win. */
  program: string;
  quickWin?: boolean;
  category: FeedbackCategory;
  name: string;
  body: string;
  fate: Fate;
};

/**
 * Citizens of Kota Banjar writing about its enacted plan: answered and published, forwarded to
 * the OPD that owns the quick win (its staff have it to handle), two waiting for the coordinator's
 * moderation, and one rejected (so the public page shows it is moderated, not that all is praise).
 */
export const FEEDBACK_LETTERS: readonly Letter[] = [
  {
    program: "mpp-digital",
    category: "question",
    name: "Dedi Supriadi",
    body: "Apakah pengajuan izin usaha mikro sudah bisa dilacak statusnya secara daring, atau masih harus datang ke MPP?",
    fate: {
      publish: true,
      reply:
        "Sudah bisa. Sejak Maret 2025 pengajuan NIB dan izin usaha mikro dapat dilacak di aplikasi layanan MPP; nomor antrean dikirim lewat SMS setelah berkas diterima.",
      handled: true,
    },
  },
  {
    program: "mpp-digital",
    quickWin: true,
    category: "report",
    name: "Yuyun Rahayu",
    body: "Anjungan layanan mandiri di kantor Kecamatan Pataruman sering mati sejak awal bulan, warga kembali antre manual.",
    fate: { publish: true, forward: RETURNED_TO },
  },
  {
    program: "bank-sampah",
    category: "suggestion",
    name: "",
    body: "Usul agar tabungan bank sampah digital bisa dipakai membayar iuran kebersihan RT langsung dari aplikasi.",
    fate: {
      publish: true,
      reply:
        "Terima kasih atas usulannya. DLH sedang menguji pembayaran iuran kebersihan dari saldo bank sampah di dua kelurahan; hasilnya kami umumkan pada triwulan berikutnya.",
    },
  },
  {
    program: "satu-data",
    category: "question",
    name: "Rina Marlina",
    body: "Kapan data jumlah UMKM per kecamatan diterbitkan di Portal Satu Data? Kami butuh untuk penelitian kampus.",
    fate: { publish: false },
  },
  {
    program: "pasar-nontunai",
    quickWin: true,
    category: "report",
    name: "Asep Hidayat",
    body: "Pedagang di blok C Pasar Banjar belum menerima QRIS, padahal blok lain sudah. Mohon dicek.",
    fate: { publish: false },
  },
  {
    program: "kalender-event",
    category: "suggestion",
    name: "Anonim Iseng",
    body: "Program ini tidak perlu, lebih baik uangnya dibagikan saja ke saya dan teman-teman.",
    fate: { publish: false, reject: "Tidak berkaitan dengan pelaksanaan program dan tidak dapat ditindaklanjuti." },
  },
];

/** The subject's id on Kota Banjar's public page: the program by its name, or that program's quick win. */
function subjectOf(page: PublicRegionOut, l: Letter): { kind: FeedbackSubjectKind; id: number } {
  const name = PROGRAMS.find((p) => p.key === l.program)?.name;
  const program = page.masterplan?.dimensions.flatMap((d) => d.programs).find((p) => p.name === name);
  if (!program) throw new Error(`Kota Banjar's program ${l.program} is not on its public page`);
  if (!l.quickWin) return { kind: "program", id: program.id };
  const qw = page.masterplan?.quickWins.find((q) => q.programCode === program.code);
  if (!qw) throw new Error(`Kota Banjar's quick win of ${l.program} missing`);
  return { kind: "quick_win", id: qw.id };
}

/** The queue as the coordinator sees it: every feedback of Kota Banjar. */
async function queue(ctx: DemoContext) {
  const res = await ctx.admin.get<Data<FeedbackQueueItem[]>>(`/api/regions/${BANJAR}/feedback?status=all&pageSize=100`);
  return res.data;
}

export const feedbackStep: DemoStep = {
  title: "Masukan warga Kota Banjar: dijawab dan diterbitkan, diteruskan ke OPD, menunggu moderasi …",
  done: async (ctx) => (await queue(ctx)).length > 0,
  run: async (ctx) => {
    const page = (await ctx.admin.get<Data<PublicRegionOut>>(`/api/public/regions/${BANJAR}`)).data;
    const coordinator = await banjarCoordinator(ctx);
    const opds = (await coordinator.get<Data<OpdOut[]>>(`/api/regions/${BANJAR}/opds`)).data;
    for (const [i, l] of FEEDBACK_LETTERS.entries()) {
      const subject = subjectOf(page, l);
      // Each citizen from their own address (TEST-NET-1, RFC 5737): the per-address limit is real.
      const res = await ctx.app.inject({
        method: "POST",
        url: `/api/public/regions/${BANJAR}/feedback`,
        remoteAddress: `192.0.2.${10 + i}`,
        headers: { "user-agent": "kotacerdas seed --demo" },
        payload: { subjectKind: subject.kind, subjectId: subject.id, category: l.category, body: l.body, name: l.name },
      });
      if (res.statusCode !== 201) throw new Error(`demo feedback: ${res.statusCode} ${res.body}`);
    }
    for (const item of await queue(ctx)) {
      const l = FEEDBACK_LETTERS.find((x) => x.body === item.body);
      if (!l) continue;
      let version = item.version;
      const act = async (verb: string, body: object = {}) => {
        const r = await coordinator.post<Data<FeedbackQueueItem>>(`/api/feedback/${item.id}/${verb}`, {
          version,
          ...body,
        });
        version = r.data.version;
      };
      if (!l.fate.publish) {
        if (l.fate.reject) await act("reject", { reason: l.fate.reject });
        continue;
      }
      await act("publish");
      if (l.fate.reply) await act("reply", { body: l.fate.reply });
      const forwardTo = l.fate.forward;
      if (forwardTo) {
        const opd = opds.find((o) => o.abbreviation === forwardTo);
        if (!opd) throw new Error(`Kota Banjar's OPD ${forwardTo} missing`);
        await act("forward", { opdId: opd.id });
      }
      if (l.fate.handled) await act("mark-handled");
    }
  },
};
