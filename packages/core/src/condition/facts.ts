import { libraryTierLabels } from "../library/library.js";
import type { Labels } from "../primitives/labels.js";
import { weekdayLabels } from "../primitives/calendar.js";
import { programCategoryLabels } from "../program/category.js";

/** The type of a fact or of a condition's value. */
export type FactType =
  | { readonly kind: "string" }
  | { readonly kind: "number" }
  | { readonly kind: "boolean" }
  | { readonly kind: "time" }
  | { readonly kind: "date" }
  | { readonly kind: "stage" }
  | { readonly kind: "enum"; readonly name: string; readonly values: readonly string[] }
  | { readonly kind: "list"; readonly of: FactType };

/** A fact that conditions can test, with its type and its Bahasa Indonesia name. */
export interface FactDefinition {
  /** Canonical (English) name, e.g. `program.category`. */
  readonly name: string;
  /** Bahasa Indonesia name, e.g. `program.kategori`. */
  readonly nameId: string;
  /** The fact's type. */
  readonly type: FactType;
  /** What it means, in English and Bahasa Indonesia, for hover and docs. */
  readonly description: Labels;
  /** Whether the fact is known for an agreement's or gate's context (no occurrence). */
  readonly static: boolean;
}

const enumOf = (name: string, labels: Record<string, unknown>): FactType => ({ kind: "enum", name, values: Object.keys(labels) });

/**
 * Every fact a condition may name. Rules see occurrence facts; agreement conditions and
 * program gates see only the `static` ones (library and program).
 */
export const FACTS: readonly FactDefinition[] = [
  { name: "program.id", nameId: "program.id", type: { kind: "string" }, description: { en: "The program's identifier.", id: "Pengenal program." }, static: true },
  { name: "program.category", nameId: "program.kategori", type: enumOf("program category", programCategoryLabels), description: { en: "The program's category.", id: "Kategori program." }, static: true },
  { name: "program.library", nameId: "program.perpustakaan", type: { kind: "string" }, description: { en: "The organising library's identifier.", id: "Pengenal perpustakaan penyelenggara." }, static: true },
  { name: "program.partners", nameId: "program.mitra", type: { kind: "list", of: { kind: "string" } }, description: { en: "The program's partner identifiers.", id: "Pengenal mitra program." }, static: true },
  { name: "library.id", nameId: "perpustakaan.id", type: { kind: "string" }, description: { en: "The library's identifier.", id: "Pengenal perpustakaan." }, static: true },
  { name: "library.tier", nameId: "perpustakaan.jenjang", type: enumOf("library tier", libraryTierLabels), description: { en: "The library's tier.", id: "Jenjang perpustakaan." }, static: true },
  { name: "library.stage", nameId: "perpustakaan.tahap", type: { kind: "stage" }, description: { en: "The library's TPBIS stage; compared in stage order.", id: "Tahap TPBIS perpustakaan; dibandingkan menurut urutan tahapnya." }, static: true },
  { name: "library.province", nameId: "perpustakaan.provinsi", type: { kind: "string" }, description: { en: "The library's province.", id: "Provinsi perpustakaan." }, static: true },
  { name: "occurrence.date", nameId: "kegiatan.tanggal", type: { kind: "date" }, description: { en: "The occurrence's local date, compared as its text in quotes (\"2027-06-20\").", id: "Tanggal lokal kegiatan, dibandingkan sebagai teks dalam tanda kutip (\"2027-06-20\")." }, static: false },
  { name: "occurrence.start", nameId: "kegiatan.mulai", type: { kind: "time" }, description: { en: "The occurrence's local start time.", id: "Jam mulai lokal kegiatan." }, static: false },
  { name: "occurrence.end", nameId: "kegiatan.selesai", type: { kind: "time" }, description: { en: "The occurrence's local end time.", id: "Jam selesai lokal kegiatan." }, static: false },
  { name: "occurrence.duration", nameId: "kegiatan.durasi", type: { kind: "number" }, description: { en: "The occurrence's length in minutes.", id: "Lamanya kegiatan dalam menit." }, static: false },
  { name: "occurrence.site", nameId: "kegiatan.lokasi", type: { kind: "string" }, description: { en: "The site visited, for rotating programs.", id: "Lokasi yang dikunjungi, untuk program bergilir." }, static: false },
  { name: "weekday", nameId: "hari", type: enumOf("weekday", weekdayLabels), description: { en: "The occurrence's day of the week.", id: "Hari kegiatan dalam sepekan." }, static: false },
  { name: "month", nameId: "bulan", type: { kind: "number" }, description: { en: "The occurrence's month, 1 to 12.", id: "Bulan kegiatan, 1 sampai 12." }, static: false },
];

/** A function a condition may call, with its parameter types. */
export interface FunctionDefinition {
  /** Canonical name. */
  readonly name: string;
  /** Bahasa Indonesia name. */
  readonly nameId: string;
  /** Parameter types. */
  readonly params: readonly FactType[];
  /** What it means, in English and Bahasa Indonesia. */
  readonly description: Labels;
}

/** Functions conditions may call. */
export const FUNCTIONS: readonly FunctionDefinition[] = [
  {
    name: "overlaps",
    nameId: "tumpang",
    params: [{ kind: "time" }, { kind: "time" }],
    description: {
      en: "True when the occurrence's local time overlaps the span from the first time to the second.",
      id: "Benar bila jam lokal kegiatan beririsan dengan rentang dari jam pertama sampai jam kedua.",
    },
  },
];

/** Finds a fact by its English or Bahasa Indonesia name. */
export function findFact(name: string): FactDefinition | undefined {
  return FACTS.find((f) => f.name === name || f.nameId === name);
}

/** Finds a function by its English or Bahasa Indonesia name. */
export function findFunction(name: string): FunctionDefinition | undefined {
  return FUNCTIONS.find((f) => f.name === name || f.nameId === name);
}
