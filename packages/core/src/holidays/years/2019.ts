/**
 * 2019. SKB 617/2018, 262/2018, 16/2018 (2 November 2018): 16 national holidays and 4 days
 * of cuti bersama; Keppres 10/2019 added the general election's polling day.
 * Cross-checked: tempo.co and celebesmedia.id (the SKB's list, 13 November 2018),
 * kompas.com and suara.com (Keppres 10/2019, signed 8 April 2019).
 */
import type { DecreedYear } from "../schema.js";
import {
  ascensionIsa, christmasNatal, eidAlAdha, eidAlFitr, electionDay, goodFridayIsa, independenceDay, islamicNewYear, israMiraj,
  labourDay, leave, lunarNewYear, mawlid, national, newYear, nyepi, pancasila, vesak,
} from "../names.js";

const keppres = "keppres-10-2019";

/** The decreed holidays of 2019. */
export const YEAR_2019: DecreedYear = {
  year: 2019,
  decree: {
    kind: "skb",
    id: "skb-617-2018",
    numbers: { religiousAffairs: "617 Tahun 2018", manpower: "262 Tahun 2018", panrb: "16 Tahun 2018" },
    date: "2018-11-02",
    summary: "Sets 16 national holidays and 4 days of cuti bersama for 2019.",
  },
  amendments: [{ kind: "keppres", id: keppres, number: "10 Tahun 2019", date: "2019-04-08", summary: "Makes 17 April 2019, the general election's polling day, a national holiday." }],
  holidays: [
    national("2019-01-01", newYear(2019)),
    national("2019-02-05", lunarNewYear(2570)),
    national("2019-03-07", nyepi(1941, "raya")),
    national("2019-04-03", israMiraj),
    national("2019-04-17", electionDay(2019), keppres),
    national("2019-04-19", goodFridayIsa),
    national("2019-05-01", labourDay),
    national("2019-05-19", vesak(2563)),
    national("2019-05-30", ascensionIsa),
    national("2019-06-01", pancasila),
    leave("2019-06-03", eidAlFitr(1440)),
    leave("2019-06-04", eidAlFitr(1440)),
    national("2019-06-05", eidAlFitr(1440)),
    national("2019-06-06", eidAlFitr(1440)),
    leave("2019-06-07", eidAlFitr(1440)),
    national("2019-08-11", eidAlAdha(1440)),
    national("2019-08-17", independenceDay),
    national("2019-09-01", islamicNewYear(1441)),
    national("2019-11-09", mawlid),
    leave("2019-12-24", christmasNatal),
    national("2019-12-25", christmasNatal),
  ],
  notes: [],
};
