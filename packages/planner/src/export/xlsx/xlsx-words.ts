import type { Labels, Language } from "@lontar/core";

/** The sheet names, column headers and status labels of plan.xlsx, in Bahasa Indonesia and English. */
export const XLSX_WORDS = {
  sessions: { id: "Semua kegiatan", en: "All sessions" },
  budget: { id: "Anggaran", en: "Budget" },
  date: { id: "Tanggal", en: "Date" },
  start: { id: "Mulai", en: "Start" },
  end: { id: "Selesai", en: "End" },
  program: { id: "Kegiatan", en: "Program" },
  category: { id: "Kategori", en: "Category" },
  library: { id: "Perpustakaan", en: "Library" },
  place: { id: "Tempat", en: "Place" },
  status: { id: "Status", en: "Status" },
  staff: { id: "Petugas", en: "Staff" },
  vehicles: { id: "Kendaraan", en: "Vehicle" },
  rooms: { id: "Ruang", en: "Room" },
  otherResources: { id: "Sumber daya lain", en: "Other resources" },
  partners: { id: "Mitra", en: "Partners" },
  participants: { id: "Peserta", en: "Participants" },
  cost: { id: "Biaya (Rp)", en: "Cost (Rp)" },
  reasons: { id: "Keterangan", en: "Notes" },
  amount: { id: "Pagu (Rp)", en: "Amount (Rp)" },
  planned: { id: "Direncanakan (Rp)", en: "Planned (Rp)" },
  remaining: { id: "Sisa (Rp)", en: "Remaining (Rp)" },
  scheduled: { id: "terjadwal", en: "scheduled" },
  unassigned: { id: "belum terjadwal", en: "not yet scheduled" },
  cancelled: { id: "batal", en: "cancelled" },
} as const satisfies Record<string, Labels>;

/** A word of {@link XLSX_WORDS} in `language`. */
export function xlsxWord(key: keyof typeof XLSX_WORDS, language: Language): string {
  return XLSX_WORDS[key][language];
}
