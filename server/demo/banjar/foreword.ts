import { paragraphs } from "./types";

/** The Kata Pengantar of Kota Banjar's masterplan, signed by its Wali Kota before submission. */
export const FOREWORD = {
  text: paragraphs(
    "Puji syukur kami panjatkan ke hadirat Allah SWT, karena atas rahmat-Nya Masterplan Smart City Kota Banjar Tahun 2024–2033 dapat diselesaikan. Masterplan ini menjadi arah bersama pemerintah, dunia usaha, akademisi dan masyarakat untuk mewujudkan Banjar sebagai gerbang Jawa Barat yang melayani, sejahtera, berbudaya dan lestari.",
    "Dokumen ini disusun melalui empat tahap Bimbingan Teknis Gerakan Menuju Smart City bersama tenaga ahli pendamping, dengan melibatkan seluruh perangkat daerah, Dewan Smart City, Tim Pelaksana dan Forum Smart City Kota Banjar. Program dan quick win di dalamnya telah diselaraskan dengan RPD 2024–2026 dan akan dilaksanakan melalui Renja perangkat daerah setiap tahun.",
    "Kami menyampaikan terima kasih kepada Kementerian Komunikasi dan Informatika, para tenaga ahli pendamping, serta semua pihak yang telah berkontribusi. Semoga masterplan ini membawa manfaat nyata bagi warga Kota Banjar.",
  ),
  place: "Banjar",
  date: "2024-09-20",
  signatoryName: "H. Dadang Sudrajat",
  signatoryPosition: "Wali Kota Banjar",
};
