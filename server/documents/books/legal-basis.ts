import type { RegionWords } from "./context";

/**
 * The usual legal basis ("Mengingat") of a Perkada (Perbup, Perwali or Pergub) on a Masterplan Smart City. Every
 * entry is a real regulation, cited by number, year and title; the Lembaran Negara numbers
 * and the region's own founding law and RPJMD are left for the legal team to fill in.
 */
export function legalBasis(w: RegionWords): string[] {
  return [
    "Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;",
    `[Undang-Undang tentang pembentukan ${w.name} — diisi oleh ${w.legalUnit}];`,
    "Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional;",
    "Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik sebagaimana telah beberapa kali diubah terakhir dengan Undang-Undang Nomor 1 Tahun 2024 tentang Perubahan Kedua atas Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik;",
    "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;",
    "Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan sebagaimana telah beberapa kali diubah terakhir dengan Undang-Undang Nomor 13 Tahun 2022 tentang Perubahan Kedua atas Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan;",
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang;",
    "Peraturan Pemerintah Nomor 71 Tahun 2019 tentang Penyelenggaraan Sistem dan Transaksi Elektronik;",
    "Peraturan Pemerintah Nomor 59 Tahun 2022 tentang Perkotaan;",
    "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;",
    "Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia;",
    "Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tentang Pembentukan Produk Hukum Daerah sebagaimana telah diubah dengan Peraturan Menteri Dalam Negeri Nomor 120 Tahun 2018 tentang Perubahan atas Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tentang Pembentukan Produk Hukum Daerah;",
    "Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah, Tata Cara Evaluasi Rancangan Peraturan Daerah tentang Rencana Pembangunan Jangka Panjang Daerah dan Rencana Pembangunan Jangka Menengah Daerah, serta Tata Cara Perubahan Rencana Pembangunan Jangka Panjang Daerah, Rencana Pembangunan Jangka Menengah Daerah, dan Rencana Kerja Pemerintah Daerah;",
    `[Peraturan Daerah ${w.name} tentang Rencana Pembangunan Jangka Menengah Daerah yang berlaku — diisi oleh ${w.legalUnit}];`,
  ];
}

/** The note every generated Perkada text carries: the region's legal unit checks it before it goes further. */
export const legalReviewNote = (w: RegionWords) =>
  `Catatan penyusun: naskah ini disusun otomatis oleh Kota Cerdas dari data masterplan. Dasar hukum pada bagian Mengingat wajib diverifikasi dan dilengkapi (termasuk nomor Lembaran Negara dan Tambahan Lembaran Negara) oleh ${w.legalUnit} Sekretariat Daerah sebelum diproses lebih lanjut; bagian dalam tanda [ ] diisi oleh daerah.`;
