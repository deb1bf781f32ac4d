/**
 * 2027. SKB 1205/2026, 3/2026, 2/2026 (15 September 2026), "tentang Hari Libur Nasional dan
 * Cuti Bersama Tahun 2027": 18 national holidays and 8 days of cuti bersama. Read from
 * secondary reports of the decree, not from its text: several independent public datasets
 * agree on every date and cite setneg.go.id ("Inilah SKB 3 Menteri Libur Nasional dan Cuti
 * Bersama 2027") and the Kemenko PMK PDF, and their 2024-2026 entries match those years'
 * decrees exactly; on that basis the owner decided in December 2026 to treat 2027 as
 * decreed. As every year, the decree's Diktum KEDUA leaves the final dates of Idul Fitri and
 * Idul Adha to the Minister of Religious Affairs' isbat.
 */
import type { DecreedYear } from "../schema.js";
import {
  ascensionYesus, christmasYesus, easter, eidAlAdha, eidAlFitr, goodFridayYesus, independenceDay, islamicNewYear, israMiraj,
  labourDay, leave, lunarNewYear, mawlid, national, newYear, nyepi, pancasila, vesak,
} from "../names.js";

/** The decreed holidays of 2027. */
export const YEAR_2027: DecreedYear = {
  year: 2027,
  decree: {
    kind: "skb",
    id: "skb-1205-2026",
    numbers: { religiousAffairs: "1205 Tahun 2026", manpower: "3 Tahun 2026", panrb: "2 Tahun 2026" },
    date: "2026-09-15",
    summary: "Sets 18 national holidays and 8 days of cuti bersama for 2027.",
  },
  amendments: [],
  holidays: [
    national("2027-01-01", newYear(2027)),
    national("2027-01-05", israMiraj),
    leave("2027-02-05", lunarNewYear(2578)),
    national("2027-02-06", lunarNewYear(2578)),
    national("2027-03-08", nyepi(1949)),
    leave("2027-03-09", eidAlFitr(1448)),
    national("2027-03-10", eidAlFitr(1448)),
    national("2027-03-11", eidAlFitr(1448)),
    leave("2027-03-12", eidAlFitr(1448)),
    leave("2027-03-15", eidAlFitr(1448)),
    leave("2027-03-25", goodFridayYesus),
    national("2027-03-26", goodFridayYesus),
    national("2027-03-28", easter("kebangkitan")),
    national("2027-05-01", labourDay),
    national("2027-05-06", ascensionYesus),
    national("2027-05-17", eidAlAdha(1448)),
    leave("2027-05-18", eidAlAdha(1448)),
    leave("2027-05-19", vesak(2571)),
    national("2027-05-20", vesak(2571)),
    national("2027-06-01", pancasila),
    national("2027-06-06", islamicNewYear(1449)),
    national("2027-08-15", mawlid),
    national("2027-08-17", independenceDay),
    leave("2027-12-24", christmasYesus),
    national("2027-12-25", christmasYesus),
    national("2027-12-26", israMiraj),
  ],
  notes: [
    { en: "Not read from the decree's text: the dates are those of several independent public datasets, which agree on every day and cite the setneg.go.id page \"inilah_skb_3_menteri_libur_nasional_dan_cuti_bersama_2027\" and the Kemenko PMK PDF; their 2024-2026 entries match those years' decrees exactly. A search on 2026-12-05 reached neither the decree's text nor a government or press report of it, only such datasets (GitHub code, a python-holidays change of 2026-09-17). The owner decided in December 2026 to treat the year as decreed on that basis; check its dates against the official SKB before a plan is approved.", id: "Tidak dibaca dari naskah keputusannya: tanggal-tanggalnya berasal dari beberapa kumpulan data publik yang saling lepas, yang sepakat pada setiap hari dan mengutip halaman setneg.go.id \"inilah_skb_3_menteri_libur_nasional_dan_cuti_bersama_2027\" serta PDF Kemenko PMK; isian 2024-2026 mereka persis sama dengan keputusan tahun-tahun itu. Penelusuran pada 2026-12-05 tidak menemukan naskah keputusannya maupun laporan pemerintah atau pers tentangnya, hanya kumpulan data semacam itu (kode di GitHub, perubahan python-holidays 2026-09-17). Atas dasar itu pemilik proyek memutuskan pada Desember 2026 untuk memperlakukan tahun ini sebagai sudah ditetapkan; periksa kembali tanggalnya terhadap SKB resmi sebelum rencana disahkan." },
    { en: "The decree's Diktum KEDUA leaves the final dates of Idul Fitri and Idul Adha to the Minister of Religious Affairs' isbat, as every year; a day the isbat moves is not in this table until it is recorded here.", id: "Diktum KEDUA keputusannya menyerahkan tanggal akhir Idul Fitri dan Idul Adha kepada sidang isbat Menteri Agama, seperti setiap tahun; hari yang dipindahkan isbat belum ada di tabel ini sampai dicatat di sini." },
    { en: "Isra Mikraj falls twice in 2027: 27 Rajab 1448 H on 5 January and 27 Rajab 1449 H on 26 December; both carry the one name the tables give it.", id: "Isra Mikraj jatuh dua kali pada 2027: 27 Rajab 1448 H pada 5 Januari dan 27 Rajab 1449 H pada 26 Desember; keduanya memakai satu nama yang diberikan tabel." },
    { en: "The sources searched (to December 2026) show no amendment for 2027; a later one, if any, is not in this table.", id: "Sumber yang ditelusuri (sampai Desember 2026) tidak menunjukkan perubahan untuk 2027; perubahan yang datang kemudian, bila ada, belum ada di tabel ini." },
  ],
};
