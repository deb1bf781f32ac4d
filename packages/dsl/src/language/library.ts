/** `library` / `perpustakaan`: a library, from Perpustakaan Nasional to a village library or a TBM. */
import { DECLARATION_IMPLICIT, NAME, REGION, keyword, property, required } from "./common.js";
import type { DeclarationSpec } from "./shapes.js";
import { SCHOOL_LEVEL_VALUES, STAGE_VALUES, TIER_VALUES } from "./values.js";

/** The `library` declaration. */
export const LIBRARY: DeclarationSpec = {
  kind: "library",
  keyword: keyword("Library", ["library"], ["perpustakaan"]),
  doc: {
    en: "A library: anything from Perpustakaan Nasional to a village library, a school library or a TBM.",
    id: "Perpustakaan: dari Perpustakaan Nasional sampai perpustakaan desa, perpustakaan sekolah atau TBM.",
  },
  implicitFields: DECLARATION_IMPLICIT,
  properties: [
    NAME,
    property("tier", keyword("Tier", ["tier"], ["jenjang"]), "word", {
      en: "The library's tier (UU 43/2007): national, provincial, city, village, school, TBM…",
      id: "Jenjang perpustakaan (UU 43/2007): nasional, provinsi, kota, desa, sekolah, TBM…",
    }, { required: true, values: TIER_VALUES }),
    property("level", keyword("Level", ["level", "school_level"], ["tingkat", "jenjang_sekolah"]), "word", {
      en: "The school level of a school library (tier `sekolah`); required for one, refused for others.",
      id: "Jenjang sekolah perpustakaan sekolah (jenjang `sekolah`); wajib untuknya, ditolak untuk yang lain.",
    }, { values: SCHOOL_LEVEL_VALUES, fields: ["schoolLevel"] }),
    required(REGION),
    property("timezone", keyword("Timezone", ["timezone"], ["zona_waktu"]), "text", {
      en: "An IANA time zone such as \"Asia/Jakarta\"; inferred from the province when absent.",
      id: "Zona waktu IANA seperti \"Asia/Jakarta\"; bila tidak ada, disimpulkan dari provinsi.",
    }, { fields: ["timeZone"], example: { en: '"Asia/Jakarta"', id: '"Asia/Jakarta"' } }),
    property("stage", keyword("Stage", ["stage"], ["tahap"]), "word", {
      en: "The library's TPBIS transformation stage.",
      id: "Tahap transformasi TPBIS perpustakaan.",
    }, { values: STAGE_VALUES }),
    property("open", keyword("Open", ["open"], ["buka"]), "openWindows", {
      en: "Opening hours as weekly windows; `open on collective leave` keeps it open on cuti bersama days.",
      id: "Jam buka sebagai jendela mingguan; `buka pada cuti bersama` tetap buka pada hari cuti bersama.",
    }, { repeatable: true, fields: ["openingHours", "openOnCollectiveLeave"] }),
    property("closed", keyword("Closed", ["closed"], ["tutup"]), "closed", {
      en: "Closures: `on public holidays` (national holidays and cuti bersama), or dates with a reason.",
      id: "Penutupan: `pada libur nasional` (libur nasional dan cuti bersama), atau tanggal dengan alasan.",
    }, { repeatable: true, fields: ["closures"] }),
  ],
};
