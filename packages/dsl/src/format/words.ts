/**
 * Spellings the formatter writes, per language: keyword tokens plus the few places where
 * one token has a context-specific Indonesian word (`di` for a declaration's `at`, `dari`
 * for a cost's `from`).
 */
import type { KeywordLanguage, PeriodName } from "../syntax/ast.js";
import { spell } from "../syntax/keywords.js";

/** Canonical spelling of a keyword token. */
export function w(token: string, lang: KeywordLanguage): string {
  return spell(token, lang);
}

/** A word that is not one token's canonical spelling: `(english, indonesian)`. */
export function pick(lang: KeywordLanguage, en: string, id: string): string {
  return lang === "id" ? id : en;
}

const PERIODS: Readonly<Record<PeriodName, readonly [string, string]>> = {
  day: ["day", "hari"], week: ["week", "minggu"], month: ["month", "bulan"],
  quarter: ["quarter", "triwulan"], semester: ["semester", "semester"], year: ["year", "tahun"],
};

/** `week` / `minggu`, plural in English when `count` > 1. */
export function period(p: PeriodName, lang: KeywordLanguage, count = 1): string {
  const [en, id] = PERIODS[p];
  return lang === "id" ? id : count > 1 ? `${en}s` : en;
}

/** Property keys as written in each language. */
export const KEY_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  name: ["name", "nama"], title: ["title", "judul"], timezone: ["timezone", "zona_waktu"], tier: ["tier", "jenjang"],
  stage: ["stage", "tahap"], category: ["category", "kategori"], kind: ["kind", "jenis"], library: ["library", "perpustakaan"],
  region: ["region", "wilayah"], open: ["open", "buka"], available: ["available", "tersedia"], closed: ["closed", "tutup"],
  capacity: ["capacity", "kapasitas"], role: ["role", "peran"], skills: ["skills", "keahlian"], sites: ["sites", "lokasi"],
  partners: ["partners", "mitra"], max: ["max", "maks"], packages: ["packages", "paket"], copies: ["copies", "eksemplar"],
  participants: ["participants", "peserta"], quantity: ["quantity", "kuantitas"], features: ["features", "fasilitas"],
  amount: ["amount", "jumlah"], cap: ["cap", "batas"], period: ["period", "periode"], audience: ["audience", "sasaran"],
  schedule: ["schedule", "jadwal"], route: ["route", "rute"], needs: ["needs", "butuh"], costs: ["costs", "biaya"],
  when: ["when", "ketika"], then: ["then", "maka"], requires: ["requires stage", "memerlukan tahap"], before: ["before", "sebelum"],
  after: ["after", "sesudah"], between: ["between", "antara"], appliesTo: ["applies to", "berlaku untuk"], valid: ["valid", "berlaku"],
  indicator: ["indicator", "indikator"],
};

/** Thousands with dots: 150000000 → `150.000.000`. */
export function rupiah(n: number): string {
  return `Rp ${String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;
}
