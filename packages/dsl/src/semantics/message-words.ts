/**
 * The words that fill diagnostic messages, in English and Bahasa Indonesia: kinds of
 * declaration, names of value lists, and months. Values with a label in core
 * (resource kinds, periods) take core's label.
 */
import { resourceKindLabels, type Labels } from "@lontar/core";
import type { DeclarationKind } from "../syntax/ast.js";

const KIND_ID: Readonly<Record<DeclarationKind, string>> = {
  library: "perpustakaan",
  partner: "mitra",
  room: resourceKindLabels.room.id.toLowerCase(),
  vehicle: resourceKindLabels.vehicle.id.toLowerCase(),
  staff: resourceKindLabels.staff.id.toLowerCase(),
  volunteer: resourceKindLabels.volunteer.id.toLowerCase(),
  collection: resourceKindLabels.collection.id.toLowerCase(),
  budget: resourceKindLabels.budget.id.toLowerCase(),
  equipment: resourceKindLabels.equipment.id.toLowerCase(),
  program: "program",
  agreement: "perjanjian",
  rule: "aturan",
  kpi: "indikator kinerja (kpi)",
};

/** The Indonesian noun of a declaration kind (an unknown kind is shown as written). */
export function kindNounId(kind: string): string {
  return Object.hasOwn(KIND_ID, kind) ? KIND_ID[kind as DeclarationKind] : kind;
}

/** "a room" / "ruang": a kind of declaration with its article, for messages. */
export function kindPhrase(kind: string): Labels {
  return { en: /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`, id: kindNounId(kind) };
}

/** "a room or a vehicle" / "ruang atau kendaraan". */
export function kindsPhrase(kinds: readonly string[]): Labels {
  const phrases = kinds.map(kindPhrase);
  return { en: phrases.map((p) => p.en).join(" or "), id: phrases.map((p) => p.id).join(" atau ") };
}

const VALUE_NAMES_ID: Readonly<Record<string, string>> = {
  "library tier": "jenjang perpustakaan",
  "program category": "kategori program",
  "partner kind": "jenis mitra",
  "audience group": "kelompok sasaran",
  "school level": "jenjang sekolah",
  "budget category": "kategori anggaran",
  weekday: "hari",
  "TPBIS stage": "tahap TPBIS",
  "agreement kind (mou or pks)": "jenis perjanjian (mou atau pks)",
  string: "teks",
  number: "angka",
  boolean: "nilai benar/salah",
  date: "tanggal",
  time: "jam",
  stage: "tahap",
};

/** The name of a list of values or of a type ("program category" / "kategori program"). */
export function valueName(en: string): Labels {
  return { en, id: VALUE_NAMES_ID[en] ?? en };
}

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

/** The name of month `month` (1-12); `month 13` / `bulan 13` outside the calendar. */
export function monthName(month: number): Labels {
  return { en: MONTHS_EN[month - 1] ?? `month ${month}`, id: MONTHS_ID[month - 1] ?? `bulan ${month}` };
}

/** A count for people: `10,000` / `10.000`. */
export function countText(n: number): Labels {
  return { en: n.toLocaleString("en"), id: n.toLocaleString("id") };
}

/** "room" / "ruang": a kind of declaration without an article. */
export function kindNoun(kind: string): Labels {
  return { en: kind, id: kindNounId(kind) };
}
