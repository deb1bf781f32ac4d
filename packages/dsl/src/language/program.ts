/** `program`: a literacy activity of a library. */
import { DECLARATION_IMPLICIT, DESCRIPTION, NAME, WHEN, adapt, keyword, property } from "./common.js";
import type { DeclarationSpec } from "./shapes.js";
import { AUDIENCE_VALUES, PROGRAM_CATEGORY_VALUES, STAGE_VALUES } from "./values.js";

/** `title "…"`: a program's or an agreement's title. */
export const TITLE = property("title", keyword("Title", ["title"], ["judul"]), "text", { en: "The title; the identifier when absent.", id: "Judul; bila tidak ada, pengenalnya." }, {
  example: { en: '"Layanan Buku Bergilir"', id: '"Layanan Buku Bergilir"' },
});

/** The `program` declaration. */
export const PROGRAM: DeclarationSpec = {
  kind: "program",
  keyword: keyword("Program", ["program"], ["program"]),
  doc: {
    en: "A program: a literacy activity of a library, with schedules, sites, needs, costs and partners.",
    id: "Program: kegiatan literasi perpustakaan, dengan jadwal, lokasi, kebutuhan, biaya dan mitra.",
  },
  implicitFields: {
    ...DECLARATION_IMPLICIT,
    library: { en: "`at <library>` after the name, or the property `library`", id: "`di <perpustakaan>` setelah nama, atau properti `perpustakaan`" },
  },
  properties: [
    TITLE,
    adapt(NAME, { doc: { en: "Another word for `title`.", id: "Kata lain untuk `judul`." }, fields: ["title"] }),
    DESCRIPTION,
    property("library", keyword("Library", ["library"], ["perpustakaan"]), "word", {
      en: "The organising library; else `at <library>`, else the workspace's only library.",
      id: "Perpustakaan penyelenggara; atau `di <perpustakaan>`, atau satu-satunya perpustakaan di ruang kerja.",
    }, { references: ["library"] }),
    property("category", keyword("Category", ["category"], ["kategori"]), "word", { en: "What kind of activity it is.", id: "Jenis kegiatan." }, { required: true, values: PROGRAM_CATEGORY_VALUES }),
    property("audience", keyword("Audience", ["audience"], ["sasaran"]), "audience", {
      en: "Who it is for: a group, and for students a school level in quotes (`students \"SD/MI\"`).",
      id: "Untuk siapa: kelompok, dan untuk pelajar jenjang sekolah dalam tanda kutip (`pelajar \"SD/MI\"`).",
    }, { repeatable: true, values: AUDIENCE_VALUES }),
    property("schedule", keyword("Schedule", ["schedule"], ["jadwal"]), "schedule", {
      en: "When it runs: recurring, once, a date range, an rrule, or flexible (`4 times per semester …`).",
      id: "Kapan berlangsung: berulang, sekali, rentang tanggal, rrule, atau fleksibel (`4 kali per semester …`).",
    }, { required: true, repeatable: true, fields: ["schedules"] }),
    property("sites", keyword("Sites", ["sites"], ["lokasi"]), "names", { en: "Where it takes place.", id: "Tempat kegiatan." }, { example: { en: "balai_desa, sd_negeri_1", id: "balai_desa, sd_negeri_1" } }),
    property("route", keyword("Route", ["route"], ["rute"]), "route", {
      en: "Sites visited in turn; `rotating` moves to the next site at each occurrence.",
      id: "Lokasi yang dikunjungi bergantian; `bergilir` pindah ke lokasi berikutnya tiap pelaksanaan.",
    }, { fields: ["sites", "siteMode"] }),
    property("needs", keyword("Needs", ["needs"], ["butuh", "membutuhkan"]), "needs", {
      en: "Resources each occurrence needs: a named one, or any with a role, skill, feature or capacity.",
      id: "Sumber daya tiap pelaksanaan: yang disebut namanya, atau yang punya peran, keahlian, fasilitas atau kapasitas.",
    }, { repeatable: true }),
    property("costs", keyword("Costs", ["costs"], ["biaya"]), "cost", { en: "A cost per session, per participant or per program, from a budget.", id: "Biaya per sesi, per peserta atau per program, dari sebuah anggaran." }, { repeatable: true }),
    property("partners", keyword("Partner", ["partner", "partners"], ["mitra"]), "names", { en: "Partners involved.", id: "Mitra yang terlibat." }, { written: { en: "partners", id: "mitra" }, references: ["partner", "library"], example: { en: "disdik, pkk_solok", id: "disdik, pkk_solok" } }),
    property("participants", keyword("Participants", ["participants", "participant"], ["peserta"]), "count", { en: "Expected participants per occurrence.", id: "Perkiraan peserta tiap pelaksanaan." }, { fields: ["expectedParticipants"] }),
    property("before", keyword("Before", ["before"], ["sebelum"]), "precedence", { en: "Runs before another program, optionally by so many days.", id: "Berlangsung sebelum program lain, dapat berjarak sekian hari." }, { repeatable: true, fields: ["precedences"] }),
    property("after", keyword("After", ["after"], ["sesudah", "setelah"]), "precedence", { en: "Runs after another program, optionally by so many days.", id: "Berlangsung sesudah program lain, dapat berjarak sekian hari." }, { repeatable: true, fields: ["precedences"] }),
    adapt(WHEN, { doc: { en: "Runs only when the condition holds.", id: "Hanya berlangsung bila kondisinya terpenuhi." }, fields: ["gate"], example: { en: "library.stage >= implementation", id: "perpustakaan.tahap >= implementasi" } }),
    property("requires", keyword("Requires", ["requires"], ["memerlukan"]), "stageRequirement", {
      en: "Runs only when its library has reached this TPBIS stage.",
      id: "Hanya berlangsung bila perpustakaannya telah mencapai tahap TPBIS ini.",
    }, { values: STAGE_VALUES, written: { en: "requires stage", id: "memerlukan tahap" }, fields: ["gate"] }),
  ],
};
