import { z } from "zod";

/** Stable error codes; each doubles as a translation key in the web app. */
export const ERROR_MESSAGES = {
  validation_failed: { id: "Data yang dikirim tidak valid", en: "The submitted data is not valid" },
  not_found: { id: "Alamat tidak ditemukan", en: "Not found" },
  region_not_found: { id: "Wilayah tidak ditemukan", en: "Region not found" },
  framework_not_found: { id: "Kerangka tidak ditemukan", en: "Framework not found" },
  framework_in_use: {
    id: "Kerangka ini sudah dipakai angkatan, masterplan atau indikator dan tidak dapat diubah. Buat versi baru",
    en: "This framework is used by a cohort, masterplan or indicator and cannot change. Make a new version",
  },
  framework_not_published: {
    id: "Kerangka ini belum terbit atau sudah dipensiunkan dan tidak dapat dipakai",
    en: "This framework is not published (a draft or retired) and cannot be used",
  },
  framework_code_taken: {
    id: "Kode dan versi kerangka ini sudah dipakai",
    en: "This framework code and version are already used",
  },
  framework_transition_not_allowed: {
    id: "Status kerangka ini tidak dapat diubah seperti itu",
    en: "This framework's status cannot change that way",
  },
  scheme_not_found: { id: "Skema evaluasi tidak ditemukan", en: "Evaluation scheme not found" },
  scheme_in_use: {
    id: "Skema evaluasi ini sudah dipakai putaran evaluasi dan tidak dapat diubah. Buat versi baru",
    en: "This evaluation scheme is used by a round and cannot change. Make a new version",
  },
  scheme_not_published: {
    id: "Skema evaluasi ini belum terbit atau sudah dipensiunkan dan tidak dapat dipakai",
    en: "This evaluation scheme is not published (a draft or retired) and cannot be used",
  },
  scheme_code_taken: {
    id: "Kode dan versi skema evaluasi ini sudah dipakai",
    en: "This evaluation scheme code and version are already used",
  },
  scheme_transition_not_allowed: {
    id: "Status skema evaluasi ini tidak dapat diubah seperti itu",
    en: "This evaluation scheme's status cannot change that way",
  },
  instrument_not_found: { id: "Instrumen kesiapan tidak ditemukan", en: "Readiness instrument not found" },
  instrument_in_use: {
    id: "Instrumen kesiapan ini sudah dipakai angkatan dan tidak dapat diubah. Buat versi baru",
    en: "This readiness instrument is used by a cohort and cannot change. Make a new version",
  },
  instrument_not_published: {
    id: "Instrumen kesiapan ini belum terbit atau sudah dipensiunkan dan tidak dapat dipakai",
    en: "This readiness instrument is not published (a draft or retired) and cannot be used",
  },
  instrument_code_taken: {
    id: "Kode dan versi instrumen kesiapan ini sudah dipakai",
    en: "This readiness instrument code and version are already used",
  },
  instrument_transition_not_allowed: {
    id: "Status instrumen kesiapan ini tidak dapat diubah seperti itu",
    en: "This readiness instrument's status cannot change that way",
  },
  unauthenticated: { id: "Silakan masuk terlebih dahulu", en: "Please sign in first" },
  forbidden: { id: "Anda tidak berwenang melakukan tindakan ini", en: "You are not allowed to do this" },
  csrf_rejected: {
    id: "Permintaan ditolak karena tidak berasal dari aplikasi ini",
    en: "Request refused: it did not come from this application",
  },
  invalid_credentials: { id: "E-mail atau kata sandi salah", en: "Wrong e-mail or password" },
  account_locked: {
    id: "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam beberapa menit",
    en: "Too many failed sign-in attempts. Try again in a few minutes",
  },
  too_many_attempts: {
    id: "Terlalu banyak permintaan dari alamat ini. Coba lagi nanti",
    en: "Too many requests from this address. Try again later",
  },
  account_disabled: { id: "Akun ini telah dinonaktifkan", en: "This account has been deactivated" },
  invalid_password: { id: "Kata sandi lama salah", en: "The current password is wrong" },
  password_too_short: { id: "Kata sandi minimal 10 karakter", en: "The password needs at least 10 characters" },
  password_too_long: { id: "Kata sandi terlalu panjang", en: "The password is too long" },
  invalid_token: {
    id: "Tautan tidak berlaku lagi atau sudah dipakai. Minta tautan baru",
    en: "The link has expired or was already used. Ask for a new one",
  },
  invitation_invalid: {
    id: "Undangan tidak berlaku: sudah dipakai, dibatalkan atau kedaluwarsa",
    en: "The invitation is no longer valid: used, revoked or expired",
  },
  email_taken: { id: "E-mail ini sudah terdaftar", en: "This e-mail is already registered" },
  membership_exists: { id: "Pengguna sudah memegang peran ini", en: "The user already holds this role" },
  opd_abbreviation_taken: {
    id: "Singkatan OPD sudah dipakai di wilayah ini",
    en: "This OPD abbreviation is already used in the region",
  },
  opd_not_found: { id: "OPD tidak ditemukan", en: "OPD not found" },
  user_not_found: { id: "Pengguna tidak ditemukan", en: "User not found" },
  notification_not_found: { id: "Pemberitahuan tidak ditemukan", en: "Notification not found" },
  version_conflict: {
    id: "Data ini sudah diubah orang lain. Muat ulang lalu terapkan perubahan Anda lagi",
    en: "Someone else changed this meanwhile. Reload and apply your change again",
  },
  last_admin: {
    id: "Admin nasional terakhir tidak dapat dinonaktifkan atau dicabut perannya",
    en: "The last national admin cannot be deactivated or lose the role",
  },
  auth_error: { id: "Permintaan masuk tidak dapat diproses", en: "The sign-in request could not be processed" },
  cohort_not_found: { id: "Angkatan tidak ditemukan", en: "Cohort not found" },
  cohort_name_taken: { id: "Nama angkatan sudah dipakai", en: "This cohort name is already used" },
  candidate_not_found: { id: "Kandidat tidak ditemukan", en: "Candidate not found" },
  transition_not_allowed: {
    id: "Perpindahan tahap ini tidak diizinkan",
    en: "This phase change is not allowed",
  },
  no_candidates: { id: "Belum ada kandidat yang diundang", en: "No candidates have been invited yet" },
  selection_published: {
    id: "Hasil seleksi sudah diumumkan dan tidak dapat dibuka kembali",
    en: "The selection has been published and cannot be reopened",
  },
  selection_not_published: {
    id: "Hasil seleksi belum diumumkan",
    en: "The selection has not been published yet",
  },
  mou_incomplete: {
    id: "Nota Kesepakatan belum lengkap untuk semua daerah terpilih",
    en: "Not every selected region has a signed memorandum yet",
  },
  unknown_region_codes: {
    id: "Ada kode wilayah yang tidak dikenal; tidak ada yang ditambahkan",
    en: "Some region codes are unknown; nothing was added",
  },
  selection_invalid: {
    id: "Pilihan belum dapat disimpan: periksa kuota dan alasan penyimpangan dari peringkat",
    en: "The selection cannot be saved: check the quota and the reasons for deviating from the ranking",
  },
  wrong_phase: {
    id: "Tindakan ini tidak tersedia pada tahap angkatan saat ini",
    en: "This action is not available in the cohort's current phase",
  },
  stage_not_found: { id: "Tahap Bimtek tidak ditemukan", en: "Bimtek stage not found" },
  stage_already_closed: { id: "Tahap ini sudah ditutup", en: "This stage is already closed" },
  previous_stage_open: {
    id: "Tahap ini belum dapat ditutup: tahap sebelumnya belum ditutup",
    en: "This stage cannot close yet: the previous stage is still open",
  },
  deliverables_not_approved: {
    id: "Tahap ini belum dapat ditutup: masih ada keluaran wajib yang belum disetujui",
    en: "This stage cannot close yet: some required deliverables are not approved",
  },
  deliverable_not_found: { id: "Keluaran tidak ditemukan", en: "Deliverable not found" },
  deliverable_transition_not_allowed: {
    id: "Status keluaran tidak memungkinkan tindakan ini",
    en: "The deliverable's status does not allow this action",
  },
  deliverable_empty: {
    id: "Lampirkan berkas atau tautan sebelum mengajukan",
    en: "Attach a file or a link before submitting",
  },
  file_not_found: { id: "Berkas tidak ditemukan", en: "File not found" },
  file_type_not_allowed: {
    id: "Jenis berkas tidak diizinkan. Gunakan PDF, gambar (PNG/JPEG) atau dokumen Office",
    en: "File type not allowed. Use PDF, images (PNG/JPEG) or Office documents",
  },
  file_too_large: { id: "Berkas terlalu besar (maksimal 20 MB)", en: "File too large (20 MB at most)" },
  emblem_type_not_allowed: {
    id: "Lambang daerah harus berupa gambar PNG atau JPEG yang utuh",
    en: "The region emblem must be a complete PNG or JPEG image",
  },
  emblem_too_large: {
    id: "Lambang daerah terlalu besar: paling besar 2 MB dan 3000 × 3000 piksel",
    en: "The region emblem is too large: 2 MB and 3000 × 3000 pixels at most",
  },
  emblem_not_found: { id: "Wilayah ini belum mempunyai lambang", en: "This region has no emblem yet" },
  mou_not_found: {
    id: "Nota Kesepakatan daerah ini belum dicatat",
    en: "No memorandum of understanding has been recorded for this region",
  },
  payload_too_large: { id: "Data yang dikirim terlalu besar", en: "The request body is too large" },
  bad_request: { id: "Permintaan tidak dapat dibaca", en: "The request could not be read" },
  database_unavailable: { id: "Basis data tidak dapat dihubungi", en: "The database cannot be reached" },
  internal_error: { id: "Terjadi kesalahan pada server", en: "Something went wrong on the server" },
  candidates_not_selected: {
    id: "Ada daerah yang bukan daerah terpilih angkatan ini; tidak ada yang disimpan",
    en: "Some regions are not selected regions of this cohort; nothing was saved",
  },
  masterplan_not_found: { id: "Masterplan tidak ditemukan", en: "Masterplan not found" },
  masterplan_exists: {
    id: "Wilayah ini sudah memiliki masterplan yang belum ditetapkan, atau masterplan baru harus berupa revisi dari yang sudah ditetapkan",
    en: "The region already has a masterplan in progress, or a new plan must be a revision of the enacted one",
  },
  masterplan_foreword_missing: {
    id: "Kata pengantar belum lengkap (teks, tempat, tanggal dan penanda tangan); masterplan tidak dapat ditetapkan dengan isian kosong",
    en: "The foreword is incomplete (text, place, date and signatory); the plan cannot be enacted with blanks",
  },
  masterplan_incomplete: {
    id: "Masterplan belum lengkap: lengkapi daftar periksa sebelum diajukan untuk ditelaah",
    en: "The masterplan is incomplete: finish the checklist before submitting it for review",
  },
  masterplan_transition_not_allowed: {
    id: "Status masterplan tidak memungkinkan tindakan ini",
    en: "The masterplan's status does not allow this action",
  },
  masterplan_locked: {
    id: "Masterplan hanya dapat diubah selagi berstatus draf",
    en: "The masterplan can only be changed while it is a draft",
  },
  program_not_found: { id: "Program tidak ditemukan", en: "Program not found" },
  program_has_quick_wins: {
    id: "Program ini masih menjadi dasar quick win; hapus quick win-nya terlebih dahulu",
    en: "Quick wins are still drawn from this program; delete them first",
  },
  quick_win_not_found: { id: "Quick win tidak ditemukan", en: "Quick win not found" },
  governance_body_not_found: { id: "Kelembagaan tidak ditemukan", en: "Governance body not found" },
  comment_not_found: { id: "Komentar tidak ditemukan", en: "Comment not found" },
  comment_state: {
    id: "Status komentar tidak memungkinkan tindakan ini",
    en: "The comment's state does not allow this action",
  },
  import_invalid: {
    id: "Berkas impor berisi baris yang tidak valid; tidak ada program yang disimpan",
    en: "The import file has invalid rows; no program was stored",
  },
  import_too_large: {
    id: "Berkas impor terlalu besar (maksimal 5 MB)",
    en: "The import file is too large (5 MB at most)",
  },
  import_type_not_allowed: {
    id: "Berkas impor harus berupa XLSX atau CSV",
    en: "The import file must be XLSX or CSV",
  },
  indicator_not_found: { id: "Indikator tidak ditemukan", en: "Indicator not found" },
  indicator_code_taken: {
    id: "Kode indikator sudah dipakai di katalog ini",
    en: "This indicator code is already used in the catalogue",
  },
  program_indicator_not_found: { id: "Indikator program tidak ditemukan", en: "Program indicator not found" },
  program_indicator_exists: {
    id: "Indikator ini sudah terhubung dengan program tersebut",
    en: "This indicator is already linked to the program",
  },
  program_indicator_has_realisations: {
    id: "Indikator program ini sudah memiliki realisasi dan tidak dapat dilepas",
    en: "This program indicator has realisations and cannot be removed",
  },
  indicator_targets_locked: {
    id: "Indikator dan target program hanya dapat diubah selagi masterplan berstatus draf atau sudah ditetapkan",
    en: "Program indicators and targets can only change while the masterplan is a draft or enacted",
  },
  monitoring_not_open: {
    id: "Realisasi dan progres hanya diisi untuk masterplan yang sudah ditetapkan",
    en: "Realisations and progress are entered only for an enacted masterplan",
  },
  realisation_not_found: { id: "Realisasi tidak ditemukan", en: "Realisation not found" },
  realisation_exists: {
    id: "Realisasi untuk periode ini sudah ada; ubah yang sudah ada",
    en: "A realisation for this period already exists; change that one",
  },
  realisation_transition_not_allowed: {
    id: "Status realisasi tidak memungkinkan tindakan ini",
    en: "The realisation's status does not allow this action",
  },
  progress_not_found: { id: "Progres tidak ditemukan", en: "Progress entry not found" },
  monitoring_import_invalid: {
    id: "Berkas impor berisi baris yang tidak valid; tidak ada data yang disimpan",
    en: "The import file has invalid rows; nothing was stored",
  },
  evaluation_round_not_found: { id: "Putaran evaluasi tidak ditemukan", en: "Evaluation round not found" },
  evaluation_round_exists: {
    id: "Putaran evaluasi untuk tahun dan tahap ini sudah ada",
    en: "An evaluation round for this year and tahap already exists",
  },
  evaluation_not_found: { id: "Evaluasi daerah tidak ditemukan", en: "Regional evaluation not found" },
  evaluation_result_not_found: {
    id: "Hasil evaluasi belum diumumkan atau tidak ditemukan",
    en: "The evaluation result is not published or does not exist",
  },
  evaluation_transition_blocked: {
    id: "Putaran evaluasi belum dapat berpindah tahap; lihat alasannya",
    en: "The evaluation round cannot change phase yet; see the reasons",
  },
  evaluation_locked: {
    id: "Tindakan ini tidak tersedia pada tahap putaran evaluasi saat ini",
    en: "This action is not available in the evaluation round's current phase",
  },
  feedback_not_found: { id: "Masukan tidak ditemukan", en: "Feedback not found" },
  feedback_subject_not_found: {
    id: "Program atau quick win ini tidak ada dalam masterplan wilayah yang sudah ditetapkan",
    en: "This program or quick win is not in the region's enacted masterplan",
  },
  spam_suspected: {
    id: "Masukan ditolak karena terlihat seperti spam (terlalu banyak tautan atau kata iklan). Ubah teksnya lalu kirim lagi",
    en: "Feedback refused because it looks like spam (too many links or advertising words). Edit the text and send again",
  },
  feedback_duplicate: {
    id: "Masukan yang sama sudah Anda kirim hari ini",
    en: "You already sent the same feedback today",
  },
  photo_too_large: { id: "Foto terlalu besar (maksimal 5 MB)", en: "Photo too large (5 MB at most)" },
  photo_unreadable: {
    id: "Foto tidak dapat dibaca: kirim berkas JPEG atau PNG yang utuh",
    en: "The photo cannot be read: send an intact JPEG or PNG file",
  },
  feedback_action_not_allowed: {
    id: "Status masukan ini tidak memungkinkan tindakan tersebut",
    en: "The feedback's status does not allow this action",
  },
  dataset_not_found: { id: "Dataset tidak ditemukan", en: "Dataset not found" },
  dataset_not_available: {
    id: "Belum ada data yang dapat diterbitkan untuk dataset ini (misalnya masterplan belum ditetapkan)",
    en: "There is no publishable data for this dataset yet (e.g. the masterplan is not enacted)",
  },
  dataset_already_published: { id: "Dataset ini sudah diterbitkan", en: "This dataset is already published" },
  dataset_not_published: { id: "Dataset ini tidak sedang diterbitkan", en: "This dataset is not published" },
} as const;
export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** The one error shape every API error uses. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** One invalid field: its path in the request ("query.pageSize") and what is wrong. */
export type FieldIssue = { path: string; message: string };

/** The message of a code in a language, Indonesian unless English is asked for. */
export function errorMessage(code: ErrorCode, lang: "id" | "en" = "id"): string {
  return ERROR_MESSAGES[code][lang];
}
