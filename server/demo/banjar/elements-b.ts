import { bullets, paragraphs } from "./types";

type ElementNarrative = { condition: string; problems: string; strategy: string };

/** Per element of Smart Living, Society and Environment: condition, problems, strategy. */
export const ELEMENTS_B: Record<string, ElementNarrative> = {
  "living.tata-ruang": {
    condition: paragraphs(
      "Rencana tata ruang wilayah dan rencana detail tata ruang pusat kota sudah ditetapkan, tetapi petanya belum dapat diakses warga secara daring. Masih terdapat rumah tidak layak huni dan permukiman padat di sempadan sungai dan rel kereta api.",
    ),
    problems: paragraphs(
      "Pemohon PBG sulit mengetahui kesesuaian ruang, data rumah tidak layak huni tersebar di beberapa OPD, dan pengawasan pemanfaatan ruang belum berbasis peta.",
    ),
    strategy: paragraphs(
      "Membuka peta tata ruang daring yang terhubung dengan perizinan bangunan, serta memetakan rumah tidak layak huni dan kawasan kumuh sebagai dasar penanganan terpadu.",
    ),
  },
  "living.kesehatan": {
    condition: paragraphs(
      "Kota Banjar memiliki 10 puskesmas dan RSUD Kota Banjar. Rekam medis elektronik baru berjalan di RSUD dan dua puskesmas; posyandu mencatat tumbuh kembang anak di buku.",
    ),
    problems: paragraphs(
      "Riwayat pasien tidak berpindah antarfasilitas, rujukan masih memakai surat kertas, dan data stunting terlambat sampai ke Dinas Kesehatan.",
    ),
    strategy:
      paragraphs("Kesehatan berbasis data dari posyandu sampai rumah sakit:") +
      bullets(
        "rekam medis elektronik di seluruh puskesmas, terhubung dengan RSUD dan SATUSEHAT;",
        "posyandu digital untuk pemantauan tumbuh kembang dan stunting;",
        "informasi antrean dan ketersediaan tempat tidur bagi warga.",
      ),
  },
  "living.transportasi": {
    condition: paragraphs(
      "Simpang sekitar Stasiun Banjar, Pasar Banjar dan jalan nasional lintas selatan padat pada jam sibuk dan musim mudik. Angkutan kota dan ojek melayani perjalanan dari stasiun ke kecamatan.",
    ),
    problems: paragraphs(
      "Lampu lalu lintas belum terkoordinasi, tidak ada informasi waktu tempuh dan jadwal angkutan lanjutan, serta parkir di badan jalan memperlambat arus.",
    ),
    strategy: paragraphs(
      "Memasang Area Traffic Control System di simpang utama, menyediakan informasi angkutan lanjutan terpadu di Stasiun Banjar, dan menerapkan parkir nontunai di pusat kota.",
    ),
  },
  "society.interaksi-masyarakat": {
    condition: paragraphs(
      "Pengaduan warga masuk melalui SP4N-LAPOR!, media sosial OPD dan surat. Diskominfo mengelola kanal media sosial pemerintah kota dan radio publik daerah.",
    ),
    problems: paragraphs(
      "Aduan tercecer di banyak kanal tanpa pelacakan tindak lanjut, dan sebagian warga lanjut usia serta warga desa belum terbiasa memakai layanan digital.",
    ),
    strategy: paragraphs(
      "Menyatukan kanal pengaduan dan aspirasi dengan pelacakan tindak lanjut per OPD, serta menggerakkan literasi digital melalui kampung digital di 25 desa dan kelurahan.",
    ),
  },
  "society.ekosistem-belajar": {
    condition: paragraphs(
      "Seluruh SD dan SMP negeri di Kota Banjar memiliki akses internet, namun pemanfaatan platform pembelajaran digital dan perpustakaan digital masih rendah.",
    ),
    problems: paragraphs(
      "Kompetensi digital guru belum merata, perangkat pembelajaran terbatas, dan koleksi perpustakaan daerah belum dapat diakses daring.",
    ),
    strategy: paragraphs(
      "Mengembangkan sekolah digital dengan pelatihan guru, berbagi perangkat antarsekolah dan perpustakaan digital daerah, bekerja sama dengan komunitas dan dunia usaha.",
    ),
  },
  "society.keamanan-masyarakat": {
    condition: paragraphs(
      "Kejadian darurat dilaporkan melalui telepon ke instansi masing-masing. Kamera pengawas terpasang di 18 titik pusat kota tetapi belum terpantau terpadu.",
    ),
    problems: paragraphs(
      "Waktu tanggap darurat lama karena laporan berpindah antarinstansi; rekaman kamera tidak tersimpan terpusat.",
    ),
    strategy: paragraphs(
      "Mengoperasikan layanan darurat 112 dan ruang kendali bersama yang memadukan kamera pengawas, BPBD, Satpol PP, pemadam kebakaran dan fasilitas kesehatan.",
    ),
  },
  "environment.proteksi-lingkungan": {
    condition: paragraphs(
      "Sungai Citanduy meluap hampir setiap musim hujan di Langensari dan Pataruman. Ruang terbuka hijau publik sekitar 11 persen dari luas kota.",
    ),
    problems: paragraphs(
      "Peringatan banjir belum sampai ke warga tepat waktu, data kualitas air dan udara belum dipantau terus-menerus, dan ruang terbuka hijau publik di bawah 20 persen.",
    ),
    strategy: paragraphs(
      "Membangun sistem peringatan dini banjir berbasis sensor muka air bersama BBWS Citanduy, memantau kualitas lingkungan secara daring, dan menambah ruang terbuka hijau di bantaran sungai.",
    ),
  },
  "environment.sampah-limbah": {
    condition: paragraphs(
      "Timbulan sampah sekitar 110 ton per hari dan sebagian besar diangkut langsung ke TPA. Bank sampah aktif di 31 RW dengan pencatatan manual.",
    ),
    problems: paragraphs(
      "Pemilahan di sumber rendah, kapasitas TPA terbatas, dan data bank sampah tidak terkumpul sehingga kinerja pengurangan sampah sulit diukur.",
    ),
    strategy: paragraphs(
      "Mendigitalkan bank sampah dengan tabungan warga, membangun TPS3R di setiap kecamatan, dan memantau pengangkutan sampah dengan pelacak armada.",
    ),
  },
  "environment.energi": {
    condition: paragraphs(
      "Penerangan jalan umum masih didominasi lampu konvensional dan tagihan listrik PJU menjadi beban belanja rutin. Gedung pemerintah belum memakai energi surya.",
    ),
    problems: paragraphs(
      "Lampu mati lama terdeteksi, konsumsi energi tidak terpantau per ruas, dan belum ada skema pembiayaan untuk peralihan ke energi terbarukan.",
    ),
    strategy: paragraphs(
      "Mengganti PJU dengan lampu LED pintar yang terpantau dari jarak jauh melalui skema KPBU, dan memasang PLTS atap di gedung pemerintah dan puskesmas.",
    ),
  },
};
