import ExcelJS from "exceljs";
import { stepLabel } from "../../domain/cohort-dashboard";
import type { CohortDashboard } from "../services/cohorts/dashboard";

const STATUS_LABELS: Record<string, string> = {
  invited: "Diundang",
  assessed: "Dinilai",
  selected: "Terpilih",
  not_selected: "Tidak terpilih",
  withdrawn: "Mengundurkan diri",
};

const TYPE_LABELS: Record<string, string> = { provinsi: "Provinsi", kabupaten: "Kabupaten", kota: "Kota" };
const KIND_LABELS: Record<string, string> = { kabkota: "Kabupaten/kota", provinsi: "Provinsi" };

/** The cohort's region table as an XLSX workbook, with the funnels (one column per kind) on a second sheet. */
export async function dashboardWorkbook(cohortName: string, d: CohortDashboard): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kota Cerdas";
  const sheet = wb.addWorksheet("Wilayah");
  sheet.columns = [
    { header: "Kode", key: "regionCode", width: 9 },
    { header: "Wilayah", key: "regionName", width: 32 },
    { header: "Jenis", key: "regionType", width: 11 },
    { header: "Provinsi", key: "provinceName", width: 24 },
    { header: "Status", key: "status", width: 18 },
    { header: "Langkah saat ini", key: "step", width: 28 },
    { header: "Tanggal Nota Kesepakatan", key: "mouSignedOn", width: 16 },
    { header: `Tahap Bimtek ditutup (dari ${d.stageCount})`, key: "stagesClosed", width: 14 },
    { header: "Mentor", key: "mentors", width: 32 },
    { header: "Terlambat", key: "overdue", width: 24 },
    { header: "Menunggu telaah", key: "pendingReview", width: 12 },
  ];
  for (const r of d.rows) {
    sheet.addRow({
      ...r,
      regionType: TYPE_LABELS[r.regionType] ?? r.regionType,
      status: STATUS_LABELS[r.status] ?? r.status,
      step: stepLabel(r.step, "id"),
      mouSignedOn: r.mouSignedOn ? new Date(`${r.mouSignedOn}T00:00:00Z`) : null,
      mentors: r.mentors.join(", "),
      overdue: r.overdue.map((o) => stepLabel(o, "id")).join(", "),
    });
  }
  sheet.getColumn("mouSignedOn").numFmt = "d mmmm yyyy";
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.autoFilter = { from: "A1", to: "K1" };
  const f = wb.addWorksheet("Corong");
  f.columns = [
    { header: "Langkah", key: "step", width: 32 },
    ...d.funnels.map((k) => ({ header: `Jumlah ${KIND_LABELS[k.kind]?.toLowerCase()}`, key: k.kind, width: 18 })),
  ];
  d.funnel.forEach((s, i) => {
    const counts = d.funnels.map((k) => [k.kind, k.steps[i]?.count ?? "belum diukur"]);
    f.addRow({ step: stepLabel(s.key, "id"), ...Object.fromEntries(counts) });
  });
  f.getRow(1).font = { bold: true };
  wb.title = cohortName;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
