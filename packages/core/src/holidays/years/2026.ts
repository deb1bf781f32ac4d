/**
 * 2026. SKB 1497/2025, 2/2025, 5/2025 (19 September 2025): 17 national holidays and 8 days
 * of cuti bersama. Cross-checked: clicksuara.com and disdiksmg.semarangkota.go.id (numbers),
 * lintaspriangan, tribunnews and pembelajaranbermaknaid (the list); Kemenag's isbat of
 * 19 March 2026 fixed Idul Fitri on 21 March, as decreed (redaksi17, ntvnews). Re-checked in
 * December 2026 against brilio, detikcoy and harian.disway (the list) and okezone (Keppres
 * 42/2025 on civil servants' cuti bersama, agreeing as far as it quotes).
 */
import type { DecreedYear } from "../schema.js";
import {
  ascensionYesus, christmasYesus, easter, eidAlAdha, eidAlFitr, goodFridayYesus, independenceDay, islamicNewYear, israMiraj,
  labourDay, leave, lunarNewYear, mawlid, national, newYear, nyepi, pancasila, vesak,
} from "../names.js";

/** The decreed holidays of 2026. */
export const YEAR_2026: DecreedYear = {
  year: 2026,
  decree: {
    kind: "skb",
    id: "skb-1497-2025",
    numbers: { religiousAffairs: "1497 Tahun 2025", manpower: "2 Tahun 2025", panrb: "5 Tahun 2025" },
    date: "2025-09-19",
    summary: "Sets 17 national holidays and 8 days of cuti bersama for 2026.",
  },
  amendments: [],
  holidays: [
    national("2026-01-01", newYear(2026)),
    national("2026-01-16", israMiraj),
    leave("2026-02-16", lunarNewYear(2577)),
    national("2026-02-17", lunarNewYear(2577)),
    leave("2026-03-18", nyepi(1948)),
    national("2026-03-19", nyepi(1948)),
    leave("2026-03-20", eidAlFitr(1447)),
    national("2026-03-21", eidAlFitr(1447)),
    national("2026-03-22", eidAlFitr(1447)),
    leave("2026-03-23", eidAlFitr(1447)),
    leave("2026-03-24", eidAlFitr(1447)),
    national("2026-04-03", goodFridayYesus),
    national("2026-04-05", easter("kebangkitan")),
    national("2026-05-01", labourDay),
    national("2026-05-14", ascensionYesus),
    leave("2026-05-15", ascensionYesus),
    national("2026-05-27", eidAlAdha(1447)),
    leave("2026-05-28", eidAlAdha(1447)),
    national("2026-05-31", vesak(2570)),
    national("2026-06-01", pancasila),
    national("2026-06-16", islamicNewYear(1448)),
    national("2026-08-17", independenceDay),
    national("2026-08-25", mawlid),
    leave("2026-12-24", christmasYesus),
    national("2026-12-25", christmasYesus),
  ],
  notes: [
    { en: "One blog post dates the SKB 19 November 2025; the signing at Kemenko PMK was on 19 September 2025 (jpnn, tribunnews, clicksuara).", id: "Satu tulisan blog memberi tanggal SKB 19 November 2025; penandatanganannya di Kemenko PMK pada 19 September 2025 (jpnn, tribunnews, clicksuara)." },
    { en: "The sources searched (to December 2026) show no amendment for 2026; a later one, if any, is not in this table.", id: "Sumber yang ditelusuri (sampai Desember 2026) tidak menunjukkan perubahan untuk 2026; perubahan yang datang kemudian, bila ada, belum ada di tabel ini." },
  ],
};
