/**
 * 2024. SKB 855/2023, 3/2023, 4/2023 (12 September 2023): 17 national holidays (Easter
 * Sunday for the first time) and 10 days of cuti bersama; Keppres 10/2024 and 33/2024 added
 * the polling days of the general election and of the regional elections. Cross-checked:
 * jpnn and republika (the SKB), langgam.id (KemenPANRB's list), okezone and djawanews
 * (Keppres 10/2024), dutakabar and koranbanjar (Keppres 33/2024).
 */
import type { DecreedYear } from "../schema.js";
import {
  ascensionIsa, christmasNatal, easter, eidAlAdha, eidAlFitr, electionDay, goodFridayIsa, independenceDay, islamicNewYear,
  israMiraj, labourDay, leave, lunarNewYear, mawlid, national, newYear, nyepi, pancasila, regionalElectionDay, vesak,
} from "../names.js";

const election = "keppres-10-2024";
const regional = "keppres-33-2024";

/** The decreed holidays of 2024. */
export const YEAR_2024: DecreedYear = {
  year: 2024,
  decree: {
    kind: "skb",
    id: "skb-855-2023",
    numbers: { religiousAffairs: "855 Tahun 2023", manpower: "3 Tahun 2023", panrb: "4 Tahun 2023" },
    date: "2023-09-12",
    summary: "Sets 17 national holidays and 10 days of cuti bersama for 2024.",
  },
  amendments: [
    { kind: "keppres", id: election, number: "10 Tahun 2024", date: "2024-02-06", summary: "Makes 14 February 2024, the general election's polling day, a national holiday." },
    { kind: "keppres", id: regional, number: "33 Tahun 2024", date: "2024-11-21", summary: "Makes 27 November 2024, the regional elections' polling day, a national holiday." },
  ],
  holidays: [
    national("2024-01-01", newYear(2024)),
    national("2024-02-08", israMiraj),
    leave("2024-02-09", lunarNewYear(2575)),
    national("2024-02-10", lunarNewYear(2575)),
    national("2024-02-14", electionDay(2024), election),
    national("2024-03-11", nyepi(1946)),
    leave("2024-03-12", nyepi(1946)),
    national("2024-03-29", goodFridayIsa),
    national("2024-03-31", easter("hari")),
    leave("2024-04-08", eidAlFitr(1445)),
    leave("2024-04-09", eidAlFitr(1445)),
    national("2024-04-10", eidAlFitr(1445)),
    national("2024-04-11", eidAlFitr(1445)),
    leave("2024-04-12", eidAlFitr(1445)),
    leave("2024-04-15", eidAlFitr(1445)),
    national("2024-05-01", labourDay),
    national("2024-05-09", ascensionIsa),
    leave("2024-05-10", ascensionIsa),
    national("2024-05-23", vesak(2568)),
    leave("2024-05-24", vesak(2568)),
    national("2024-06-01", pancasila),
    national("2024-06-17", eidAlAdha(1445)),
    leave("2024-06-18", eidAlAdha(1445)),
    national("2024-07-07", islamicNewYear(1446)),
    national("2024-08-17", independenceDay),
    national("2024-09-16", mawlid),
    national("2024-11-27", regionalElectionDay(2024), regional),
    national("2024-12-25", christmasNatal),
    leave("2024-12-26", christmasNatal),
  ],
  notes: [{ en: "Kemenag's isbat of 7 June 2024 confirmed Idul Adha on 17 June, as decreed; no amendment of the SKB was found for 2024.", id: "Sidang isbat Kemenag 7 Juni 2024 menetapkan Idul Adha pada 17 Juni, sesuai keputusan; tidak ditemukan perubahan SKB untuk 2024." }],
};
