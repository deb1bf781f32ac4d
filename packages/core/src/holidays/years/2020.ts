/**
 * 2020. SKB 728/2019, 213/2019, 01/2019, amended four times (the last three for COVID-19),
 * plus Keppres 22/2020 for the regional elections. Final state: 16 national holidays, 5 days
 * of cuti bersama. Cross-checked: setkab.go.id (list after the fourth amendment,
 * 2 December 2020), tribunnews (list after the second, August 2020), okezone and
 * inspirasitimur (second amendment), tribunnews and ruangpendidikan (third), inews and
 * jurnaljatim (Keppres 22/2020).
 */
import type { DecreedYear } from "../schema.js";
import {
  ascensionIsa, christmasNatal, eidAlAdha, eidAlFitr, goodFridayIsa, independenceDay, islamicNewYear, israMiraj, labourDay,
  leave, lunarNewYear, mawlid, national, newYear, nyepi, pancasila, regionalElectionDay, vesak,
} from "../names.js";

const first = "skb-174-2020";
const second = "skb-391-2020";
const keppres = "keppres-22-2020";

/** The decreed holidays of 2020. */
export const YEAR_2020: DecreedYear = {
  year: 2020,
  decree: {
    kind: "skb",
    id: "skb-728-2019",
    numbers: { religiousAffairs: "728 Tahun 2019", manpower: "213 Tahun 2019", panrb: "01 Tahun 2019" },
    date: "2019-08-27",
    summary: "Sets 16 national holidays and 4 days of cuti bersama (22, 26, 27 May; 24 December) for 2020.",
  },
  amendments: [
    {
      kind: "skb",
      id: first,
      numbers: { religiousAffairs: "174 Tahun 2020", manpower: "01 Tahun 2020", panrb: "01 Tahun 2020" },
      date: "2020-03-10",
      summary: "First amendment: adds four days of cuti bersama (28 and 29 May, 21 August, 30 October).",
    },
    {
      kind: "skb",
      id: second,
      numbers: { religiousAffairs: "391 Tahun 2020", manpower: "02 Tahun 2020", panrb: "02 Tahun 2020" },
      date: "2020-04-09",
      summary: "Second amendment: moves Idul Fitri's cuti bersama of 26-29 May to 28-31 December; adds 28 October.",
    },
    {
      kind: "skb",
      id: "skb-440-2020",
      numbers: { religiousAffairs: "440 Tahun 2020", manpower: "03 Tahun 2020", panrb: "03 Tahun 2020" },
      date: "2020-05-20",
      summary: "Third amendment: removes the cuti bersama of 22 May.",
    },
    { kind: "keppres", id: keppres, number: "22 Tahun 2020", date: "2020-11-27", summary: "Makes 9 December 2020, the regional elections' polling day, a national holiday." },
    {
      kind: "skb",
      id: "skb-744-2020",
      numbers: { religiousAffairs: "744 Tahun 2020", manpower: "05 Tahun 2020", panrb: "06 Tahun 2020" },
      date: "2020-12-01",
      summary: "Fourth amendment: removes the cuti bersama of 28, 29 and 30 December.",
    },
  ],
  holidays: [
    national("2020-01-01", newYear(2020)),
    national("2020-01-25", lunarNewYear(2571)),
    national("2020-03-22", israMiraj),
    national("2020-03-25", nyepi(1942)),
    national("2020-04-10", goodFridayIsa),
    national("2020-05-01", labourDay),
    national("2020-05-07", vesak(2564)),
    national("2020-05-21", ascensionIsa),
    national("2020-05-24", eidAlFitr(1441)),
    national("2020-05-25", eidAlFitr(1441)),
    national("2020-06-01", pancasila),
    national("2020-07-31", eidAlAdha(1441)),
    national("2020-08-17", independenceDay),
    national("2020-08-20", islamicNewYear(1442)),
    leave("2020-08-21", islamicNewYear(1442), first),
    leave("2020-10-28", mawlid, second),
    national("2020-10-29", mawlid),
    leave("2020-10-30", mawlid, first),
    national("2020-12-09", regionalElectionDay(2020), keppres),
    leave("2020-12-24", christmasNatal),
    national("2020-12-25", christmasNatal),
    {
      date: "2020-12-31",
      kind: "collective_leave",
      name: { id: "Pengganti cuti bersama Hari Raya Idul Fitri 1441 Hijriah", en: "Collective leave: Eid al-Fitr 1441 AH, moved to December" },
      by: second,
    },
  ],
  notes: [
    { en: "The SKB's signing date: tribunnews reports the ministers signed after the meeting of 27 August 2019; other reports give 28 August or 17 August.", id: "Tanggal penandatanganan SKB: tribunnews melaporkan para menteri menandatanganinya setelah rapat 27 Agustus 2019; laporan lain menyebut 28 Agustus atau 17 Agustus." },
    { en: "The first amendment's date (10 March 2020) and its exact content are from news reports of that day; only its effect on the final list matters here, and the later amendments and setkab.go.id's final list confirm that.", id: "Tanggal perubahan pertama (10 Maret 2020) dan isi persisnya diambil dari berita hari itu; di sini yang penting hanya akibatnya pada daftar akhir, dan perubahan-perubahan sesudahnya serta daftar akhir setkab.go.id menegaskannya." },
  ],
};
