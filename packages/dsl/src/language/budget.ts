/** `budget` / `anggaran`: a budget in rupiah for a period. */
import { NAME, RESOURCE_IMPLICIT, keyword, property } from "./common.js";
import type { DeclarationSpec } from "./shapes.js";
import { BUDGET_CATEGORY_VALUES } from "./values.js";

/** The `budget` declaration. */
export const BUDGET: DeclarationSpec = {
  kind: "budget",
  keyword: keyword("Budget", ["budget"], ["anggaran"]),
  doc: { en: "A budget in rupiah for a period, optionally capped per month or another period.", id: "Anggaran dalam rupiah untuk satu periode, dapat dibatasi per bulan atau periode lain." },
  implicitFields: RESOURCE_IMPLICIT,
  properties: [
    NAME,
    property("amount", keyword("Amount", ["amount"], ["jumlah"]), "money", { en: "The amount in rupiah.", id: "Jumlah dalam rupiah." }, { required: true }),
    property("period", keyword("Period", ["period"], ["periode"]), "budgetPeriod", { en: "The year or dates the budget covers.", id: "Tahun atau tanggal yang dicakup anggaran." }, { required: true }),
    property("category", keyword("Category", ["category"], ["kategori"]), "word", { en: "What the budget is for; `programs` when absent.", id: "Peruntukan anggaran; `kegiatan` bila tidak ada." }, { values: BUDGET_CATEGORY_VALUES }),
    property("cap", keyword("Cap", ["cap"], ["batas"]), "budgetCap", { en: "The most spent per period.", id: "Pengeluaran terbanyak per periode." }),
  ],
};
