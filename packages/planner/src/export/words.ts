import type { Labels, Language } from "@lontar/core";

/**
 * The words the outputs (calendars, CSV, plan.xlsx's sheet names, headers and statuses)
 * write around the workspace's own names, in Bahasa Indonesia and English. Labels of
 * core's values (categories, resource kinds…) come from core.
 */
export const WORDS = {
  category: { id: "Kategori", en: "Category" },
  library: { id: "Perpustakaan", en: "Library" },
  place: { id: "Tempat", en: "Place" },
  partners: { id: "Mitra", en: "Partners" },
  participants: { id: "Peserta", en: "Participants" },
  cost: { id: "Biaya", en: "Cost" },
  pending: { id: "belum terjadwal", en: "pending" },
  otherLibraryProgram: { id: "program perpustakaan lain", en: "another library's program" },
  notPlaced: { id: "Belum terjadwal", en: "Not yet scheduled" },
  sessions: { id: "Semua kegiatan", en: "All sessions" },
  budget: { id: "Anggaran", en: "Budget" },
  date: { id: "Tanggal", en: "Date" },
  start: { id: "Mulai", en: "Start" },
  end: { id: "Selesai", en: "End" },
  program: { id: "Kegiatan", en: "Program" },
  status: { id: "Status", en: "Status" },
  staff: { id: "Petugas", en: "Staff" },
  vehicles: { id: "Kendaraan", en: "Vehicle" },
  rooms: { id: "Ruang", en: "Room" },
  otherResources: { id: "Sumber daya lain", en: "Other resources" },
  costRupiah: { id: "Biaya (Rp)", en: "Cost (Rp)" },
  reasons: { id: "Keterangan", en: "Notes" },
  amount: { id: "Pagu (Rp)", en: "Amount (Rp)" },
  planned: { id: "Direncanakan (Rp)", en: "Planned (Rp)" },
  remaining: { id: "Sisa (Rp)", en: "Remaining (Rp)" },
  agreement: { id: "Kesepakatan", en: "Agreement" },
  periodFrom: { id: "Periode mulai", en: "Period from" },
  periodTo: { id: "Periode sampai", en: "Period to" },
  met: { id: "Terpenuhi", en: "Met" },
  libraries: { id: "Perpustakaan", en: "Libraries" },
  kpi: { id: "IKU", en: "KPI" },
  tier: { id: "Jenjang", en: "Tier" },
  region: { id: "Wilayah", en: "Region" },
  stage: { id: "Tahap TPBIS", en: "TPBIS stage" },
  scheduledSessions: { id: "Kegiatan terjadwal", en: "Scheduled sessions" },
  hostedHere: { id: "Kegiatan perpustakaan lain di sini", en: "Other libraries' sessions here" },
  per: { id: "Per", en: "Per" },
  weight: { id: "Bobot", en: "Weight" },
  yes: { id: "ya", en: "yes" },
  no: { id: "tidak", en: "no" },
  scheduled: { id: "terjadwal", en: "scheduled" },
  unassigned: { id: "belum terjadwal", en: "not yet scheduled" },
  cancelled: { id: "batal", en: "cancelled" },
} as const satisfies Record<string, Labels>;

/** A word of {@link WORDS} in `language`. */
export function word(key: keyof typeof WORDS, language: Language): string {
  return WORDS[key][language];
}

/**
 * An amount of whole rupiah as readers of `language` write it: `Rp 1.500.000` in Bahasa
 * Indonesia, `Rp 1,500,000` in English, an overspent remainder as `-Rp 1.500.000`. Core's
 * `formatRupiah`, copied so that the report's browser script does not load core's schemas; a
 * test holds the two equal.
 */
export function money(amount: number, language: Language): string {
  const sign = amount < 0 ? "-" : "";
  const digits = Math.abs(Math.round(amount)).toString();
  return `${sign}Rp ${digits.replace(/\B(?=(\d{3})+(?!\d))/g, language === "id" ? "." : ",")}`;
}

