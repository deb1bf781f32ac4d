/**
 * 2021. SKB 642/2020, 4/2020, 4/2020 (10 September 2020), amended twice for COVID-19: the
 * first cut cuti bersama from 7 days to 2, the second moved two Islamic holidays by a day and
 * removed the cuti bersama of 24 December. Final state: 16 national holidays (13 May is both
 * Ascension Day and Idul Fitri's first day), 1 day of cuti bersama. Cross-checked: okezone
 * and global-news.co.id (the SKB), sindonews and tribunnews (first amendment), liputan6,
 * kompas and okezone (second amendment).
 */
import type { DecreedYear } from "../schema.js";
import {
  ascensionIsa, christmasNatal, eidAlAdha, eidAlFitr, goodFridayIsa, independenceDay, islamicNewYear, israMiraj, labourDay,
  leave, lunarNewYear, mawlid, national, newYear, nyepi, pancasila, vesak,
} from "../names.js";

const second = "skb-712-2021";

/** The decreed holidays of 2021. */
export const YEAR_2021: DecreedYear = {
  year: 2021,
  decree: {
    kind: "skb",
    id: "skb-642-2020",
    numbers: { religiousAffairs: "642 Tahun 2020", manpower: "4 Tahun 2020", panrb: "4 Tahun 2020" },
    date: "2020-09-10",
    summary: "Sets 16 national holidays and 7 days of cuti bersama (12 March; 12, 17, 18, 19 May; 24, 27 December) for 2021.",
  },
  amendments: [
    {
      kind: "skb",
      id: "skb-281-2021",
      numbers: { religiousAffairs: "281 Tahun 2021", manpower: "1 Tahun 2021", panrb: "1 Tahun 2021" },
      date: "2021-02-22",
      summary: "First amendment: removes the cuti bersama of 12 March, 17-19 May and 27 December.",
    },
    {
      kind: "skb",
      id: second,
      numbers: { religiousAffairs: "712 Tahun 2021", manpower: "1 Tahun 2021", panrb: "3 Tahun 2021" },
      date: "2021-06-18",
      summary: "Second amendment: moves Tahun Baru Islam from 10 to 11 August and Maulid from 19 to 20 October; removes the cuti bersama of 24 December.",
    },
  ],
  holidays: [
    national("2021-01-01", newYear(2021)),
    national("2021-02-12", lunarNewYear(2572)),
    national("2021-03-11", israMiraj),
    national("2021-03-14", nyepi(1943)),
    national("2021-04-02", goodFridayIsa),
    national("2021-05-01", labourDay),
    leave("2021-05-12", eidAlFitr(1442)),
    national("2021-05-13", ascensionIsa),
    national("2021-05-13", eidAlFitr(1442)),
    national("2021-05-14", eidAlFitr(1442)),
    national("2021-05-26", vesak(2565)),
    national("2021-06-01", pancasila),
    national("2021-07-20", eidAlAdha(1442)),
    national("2021-08-11", islamicNewYear(1443), second),
    national("2021-08-17", independenceDay),
    national("2021-10-20", mawlid, second),
    national("2021-12-25", christmasNatal),
  ],
  notes: [
    { en: "Some reports of the second amendment (liputan6, detik) give Maulid's new date as 22 October; the decree moves it to Wednesday, which is 20 October (okezone, tempo, rmolsumsel, Kemenag).", id: "Sebagian berita tentang perubahan kedua (liputan6, detik) menyebut tanggal baru Maulid 22 Oktober; keputusannya memindahkannya ke hari Rabu, yaitu 20 Oktober (okezone, tempo, rmolsumsel, Kemenag)." },
    { en: "The second amendment's date is the day it was announced and signed at Kemenko PMK (18 June 2021).", id: "Tanggal perubahan kedua adalah hari pengumuman dan penandatanganannya di Kemenko PMK (18 Juni 2021)." },
  ],
};
