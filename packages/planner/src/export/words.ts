import type { Labels, Language } from "@lontar/core";

/**
 * The words the outputs write around the workspace's own names, in Bahasa Indonesia and
 * English. Labels of core's values (categories, resource kinds…) come from core.
 */
export const WORDS = {
  category: { id: "Kategori", en: "Category" },
  library: { id: "Perpustakaan", en: "Library" },
  place: { id: "Tempat", en: "Place" },
  partners: { id: "Mitra", en: "Partners" },
  participants: { id: "Peserta", en: "Participants" },
  cost: { id: "Biaya", en: "Cost" },
  pending: { id: "belum terjadwal", en: "pending" },
  notPlaced: { id: "Belum terjadwal", en: "Not yet scheduled" },
} as const satisfies Record<string, Labels>;

/** A word of {@link WORDS} in `language`. */
export function word(key: keyof typeof WORDS, language: Language): string {
  return WORDS[key][language];
}

/**
 * An amount of whole rupiah as readers of `language` write it: `Rp 1.500.000` in Bahasa
 * Indonesia, `Rp 1,500,000` in English. Written by hand so no host locale changes it.
 */
export function money(amount: number, language: Language): string {
  const digits = Math.trunc(amount).toString();
  return `Rp ${digits.replace(/\B(?=(\d{3})+(?!\d))/g, language === "id" ? "." : ",")}`;
}
