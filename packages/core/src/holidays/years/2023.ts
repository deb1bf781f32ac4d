/**
 * 2023. SKB 1066/2022, 3/2022, 3/2022 (11 October 2022), amended twice: Idul Fitri's cuti
 * bersama moved earlier and grew by a day, and two days of cuti bersama were added around
 * Idul Adha. Cross-checked: tempo (the SKB), kompas.tv and daulatrakyat.id quoting setkab
 * (first amendment), tribunnews, okezone and radartv (second amendment).
 */
import type { DecreedYear } from "../schema.js";
import {
  ascensionIsa, christmasNatal, eidAlAdha, eidAlFitr, goodFridayIsa, independenceDay, islamicNewYear, israMiraj, labourDay,
  leave, lunarNewYear, mawlid, national, newYear, nyepi, pancasila, vesak,
} from "../names.js";

const first = "skb-327-2023";
const second = "skb-624-2023";

/** The decreed holidays of 2023. */
export const YEAR_2023: DecreedYear = {
  year: 2023,
  decree: {
    kind: "skb",
    id: "skb-1066-2022",
    numbers: { religiousAffairs: "1066 Tahun 2022", manpower: "3 Tahun 2022", panrb: "3 Tahun 2022" },
    date: "2022-10-11",
    summary: "Sets 16 national holidays and 8 days of cuti bersama for 2023.",
  },
  amendments: [
    {
      kind: "skb",
      id: first,
      numbers: { religiousAffairs: "327 Tahun 2023", manpower: "1 Tahun 2023", panrb: "1 Tahun 2023" },
      date: "2023-03-29",
      summary: "First amendment: Idul Fitri's cuti bersama becomes 19, 20, 21, 24 and 25 April (was 21, 24, 25, 26 April).",
    },
    {
      kind: "skb",
      id: second,
      numbers: { religiousAffairs: "624 Tahun 2023", manpower: "2 Tahun 2023", panrb: "2 Tahun 2023" },
      date: "2023-06-16",
      summary: "Second amendment: adds cuti bersama on 28 and 30 June (Idul Adha).",
    },
  ],
  holidays: [
    national("2023-01-01", newYear(2023)),
    national("2023-01-22", lunarNewYear(2574)),
    leave("2023-01-23", lunarNewYear(2574)),
    national("2023-02-18", israMiraj),
    national("2023-03-22", nyepi(1945)),
    leave("2023-03-23", nyepi(1945)),
    national("2023-04-07", goodFridayIsa),
    leave("2023-04-19", eidAlFitr(1444), first),
    leave("2023-04-20", eidAlFitr(1444), first),
    leave("2023-04-21", eidAlFitr(1444)),
    national("2023-04-22", eidAlFitr(1444)),
    national("2023-04-23", eidAlFitr(1444)),
    leave("2023-04-24", eidAlFitr(1444)),
    leave("2023-04-25", eidAlFitr(1444)),
    national("2023-05-01", labourDay),
    national("2023-05-18", ascensionIsa),
    national("2023-06-01", pancasila),
    leave("2023-06-02", vesak(2567)),
    national("2023-06-04", vesak(2567)),
    leave("2023-06-28", eidAlAdha(1444), second),
    national("2023-06-29", eidAlAdha(1444)),
    leave("2023-06-30", eidAlAdha(1444), second),
    national("2023-07-19", islamicNewYear(1445)),
    national("2023-08-17", independenceDay),
    national("2023-09-28", mawlid),
    national("2023-12-25", christmasNatal),
    leave("2023-12-26", christmasNatal),
  ],
  notes: [
    { en: "Some reports of the second amendment misquote its numbers as \"1066 Tahun 2022, 2 Tahun 2022, 3 Tahun 2022\" (the amended SKB); tribunnews and seru.co.id give 624/2023, 2/2023, 2/2023, dated 16 June 2023 (radartv).", id: "Sebagian berita tentang perubahan kedua salah mengutip nomornya sebagai \"1066 Tahun 2022, 2 Tahun 2022, 3 Tahun 2022\" (SKB yang diubah); tribunnews dan seru.co.id menyebut 624/2023, 2/2023, 2/2023, tertanggal 16 Juni 2023 (radartv)." },
  ],
};
