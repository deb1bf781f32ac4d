/**
 * 2025. SKB 1017/2024, 2/2024, 2/2024 (14 October 2024): 17 national holidays and 10 days
 * of cuti bersama; amended on 7 August 2025 to add 18 August as cuti bersama for the 80th
 * Independence Day. Cross-checked: okezone, rasikapekalongan (quoting setkab) and
 * radarbandung (quoting Kemenko PMK) for the SKB; bloombergtechnoz, mediaindonesia and
 * radarsampit for the amendment. Re-checked in December 2026: suara.com (the national holidays)
 * and fajar, jabar.jpnn and radarbanyuwangi (the amendment's numbers and its date).
 */
import type { DecreedYear } from "../schema.js";
import {
  ascensionYesus, christmasYesus, easter, eidAlAdha, eidAlFitr, goodFridayYesus, independenceDay, islamicNewYear, israMiraj,
  labourDay, leave, lunarNewYear, mawlid, national, newYear, nyepi, pancasila, vesak,
} from "../names.js";

const august = "skb-933-2025";

/** The decreed holidays of 2025. */
export const YEAR_2025: DecreedYear = {
  year: 2025,
  decree: {
    kind: "skb",
    id: "skb-1017-2024",
    numbers: { religiousAffairs: "1017 Tahun 2024", manpower: "2 Tahun 2024", panrb: "2 Tahun 2024" },
    date: "2024-10-14",
    summary: "Sets 17 national holidays and 10 days of cuti bersama for 2025.",
  },
  amendments: [
    {
      kind: "skb",
      id: august,
      numbers: { religiousAffairs: "933 Tahun 2025", manpower: "1 Tahun 2025", panrb: "3 Tahun 2025" },
      date: "2025-08-07",
      summary: "Amendment: adds cuti bersama on 18 August 2025 for the 80th anniversary of independence.",
    },
  ],
  holidays: [
    national("2025-01-01", newYear(2025)),
    national("2025-01-27", israMiraj),
    leave("2025-01-28", lunarNewYear(2576)),
    national("2025-01-29", lunarNewYear(2576)),
    leave("2025-03-28", nyepi(1947)),
    national("2025-03-29", nyepi(1947)),
    national("2025-03-31", eidAlFitr(1446)),
    national("2025-04-01", eidAlFitr(1446)),
    leave("2025-04-02", eidAlFitr(1446)),
    leave("2025-04-03", eidAlFitr(1446)),
    leave("2025-04-04", eidAlFitr(1446)),
    leave("2025-04-07", eidAlFitr(1446)),
    national("2025-04-18", goodFridayYesus),
    national("2025-04-20", easter("kebangkitan")),
    national("2025-05-01", labourDay),
    national("2025-05-12", vesak(2569)),
    leave("2025-05-13", vesak(2569)),
    national("2025-05-29", ascensionYesus),
    leave("2025-05-30", ascensionYesus),
    national("2025-06-01", pancasila),
    national("2025-06-06", eidAlAdha(1446)),
    leave("2025-06-09", eidAlAdha(1446)),
    national("2025-06-27", islamicNewYear(1447)),
    national("2025-08-17", independenceDay),
    leave("2025-08-18", { id: "Hari Ulang Tahun ke-80 Kemerdekaan Republik Indonesia", en: "80th anniversary of independence" }, august),
    national("2025-09-05", mawlid),
    national("2025-12-25", christmasYesus),
    leave("2025-12-26", christmasYesus),
  ],
  notes: [],
};
