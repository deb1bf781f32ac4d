/**
 * The words that fill diagnostic messages, in English and Bahasa Indonesia: kinds of
 * declaration, names of value lists, months, value shapes. Values with a label in core
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

const SHAPES_ID: Readonly<Record<string, string>> = {
  "`on public holidays` or a date range": "`on public holidays` atau rentang tanggal",
  "a TPBIS stage": "tahap TPBIS",
  "a capacity such as 60 or 600 books": "kapasitas seperti 60 atau 600 books",
  "a condition": "kondisi",
  "a cost such as Rp 50.000 per session": "biaya seperti Rp 50.000 per session",
  "a date range": "rentang tanggal",
  "a library and a partner": "perpustakaan dan mitra",
  "a list of names": "daftar nama",
  "a list of sites": "daftar lokasi",
  "a name": "nama",
  "a program": "program",
  'a region such as "Sumatera Barat" / "Kota Solok"': 'wilayah seperti "Sumatera Barat" / "Kota Solok"',
  "a schedule": "jadwal",
  "a string in quotes": "teks di antara tanda kutip",
  "a whole number": "bilangan bulat",
  "a year or a date range": "tahun atau rentang tanggal",
  "an amount per period": "jumlah per periode",
  "an amount such as Rp 150.000.000": "jumlah seperti Rp 150.000.000",
  "an audience group": "kelompok sasaran",
  "an indicator": "indikator",
  "days and hours such as mon..fri 08:00-16:00": "hari dan jam seperti mon..fri 08:00-16:00",
  "days and hours such as mon..fri 08:00-16:00, or `on collective leave`": "hari dan jam seperti mon..fri 08:00-16:00, atau `on collective leave`",
  "forbid, require or warn with a message": "forbid, require, atau warn dengan pesan",
  "hours per period, such as 30 hours per week": "jam per periode, seperti 30 hours per week",
  "needs such as room aula, 2 staff": "kebutuhan seperti room aula, 2 staff",
};

/** What a property takes, as the property table says it in English, with its Indonesian wording. */
export function shapeText(en: string): Labels {
  return { en, id: SHAPES_ID[en] ?? en };
}

/** A count for people: `10,000` / `10.000`. */
export function countText(n: number): Labels {
  return { en: n.toLocaleString("en"), id: n.toLocaleString("id") };
}

/** "room" / "ruang": a kind of declaration without an article. */
export function kindNoun(kind: string): Labels {
  return { en: kind, id: kindNounId(kind) };
}
