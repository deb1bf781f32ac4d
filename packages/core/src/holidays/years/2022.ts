/**
 * 2022. SKB 963/2021, 3/2021, 4/2021 (22 September 2021) set the national holidays and left
 * cuti bersama to be set later; the first amendment added Idul Fitri's cuti bersama, the
 * second moved Idul Adha after Kemenag fixed it on 10 July. Cross-checked: tempo and
 * tribunnews (the SKB), ddtc.co.id (setkab's list) and harianjogja (first amendment),
 * bisnis.com, okezone and rmol (second amendment).
 */
import type { DecreedYear } from "../schema.js";
import {
  ascensionIsa, christmasNatal, eidAlAdha, eidAlFitr, goodFridayIsa, independenceDay, islamicNewYear, israMiraj, labourDay,
  leave, lunarNewYear, mawlid, national, newYear, nyepi, pancasila, vesak,
} from "../names.js";

const first = "skb-375-2022";
const second = "skb-678-2022";

/** The decreed holidays of 2022. */
export const YEAR_2022: DecreedYear = {
  year: 2022,
  decree: {
    kind: "skb",
    id: "skb-963-2021",
    numbers: { religiousAffairs: "963 Tahun 2021", manpower: "3 Tahun 2021", panrb: "4 Tahun 2021" },
    date: "2021-09-22",
    summary: "Sets 16 national holidays for 2022; cuti bersama to be set later, given the pandemic.",
  },
  amendments: [
    {
      kind: "skb",
      id: first,
      numbers: { religiousAffairs: "375 Tahun 2022", manpower: "1 Tahun 2022", panrb: "1 Tahun 2022" },
      date: "2022-04-07",
      summary: "First amendment: adds cuti bersama on 29 April and 4, 5 and 6 May (Idul Fitri).",
    },
    {
      kind: "skb",
      id: second,
      numbers: { religiousAffairs: "678 Tahun 2022", manpower: "2 Tahun 2022", panrb: "2 Tahun 2022" },
      date: "2022-07-07",
      summary: "Second amendment: moves Idul Adha from 9 to 10 July.",
    },
  ],
  holidays: [
    national("2022-01-01", newYear(2022)),
    national("2022-02-01", lunarNewYear(2573)),
    national("2022-02-28", israMiraj),
    national("2022-03-03", nyepi(1944)),
    national("2022-04-15", goodFridayIsa),
    leave("2022-04-29", eidAlFitr(1443), first),
    national("2022-05-01", labourDay),
    national("2022-05-02", eidAlFitr(1443)),
    national("2022-05-03", eidAlFitr(1443)),
    leave("2022-05-04", eidAlFitr(1443), first),
    leave("2022-05-05", eidAlFitr(1443), first),
    leave("2022-05-06", eidAlFitr(1443), first),
    national("2022-05-16", vesak(2566)),
    national("2022-05-26", ascensionIsa),
    national("2022-06-01", pancasila),
    national("2022-07-10", eidAlAdha(1443), second),
    national("2022-07-30", islamicNewYear(1444)),
    national("2022-08-17", independenceDay),
    national("2022-10-08", mawlid),
    national("2022-12-25", christmasNatal),
  ],
  notes: [{ en: "One report (wahananews) lists 26 December as cuti bersama; setkab's list after the first amendment and radarutara (quoting the Menko PMK's correction) have none in December.", id: "Satu berita (wahananews) mencantumkan 26 Desember sebagai cuti bersama; daftar setkab setelah perubahan pertama dan radarutara (mengutip koreksi Menko PMK) tidak memuat cuti bersama di bulan Desember." }],
};
