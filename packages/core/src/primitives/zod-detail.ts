import type { z } from "zod";
import type { Labels } from "./labels.js";

/** Core's own refinement messages, in Bahasa Indonesia (the English is the message itself). */
const REFINEMENTS_ID: Readonly<Record<string, string>> = {
  "a school library needs its school level": "perpustakaan sekolah memerlukan jenjang sekolahnya",
  "only a school library has a school level": "hanya perpustakaan sekolah yang memiliki jenjang sekolah",
  "expected a real date written YYYY-MM-DD": "diharapkan tanggal nyata yang ditulis YYYY-MM-DD",
  "expected a local date-time YYYY-MM-DDTHH:mm": "diharapkan tanggal-waktu lokal YYYY-MM-DDTHH:mm",
  "the range ends before it starts": "rentang berakhir sebelum dimulai",
  "the time range ends before it starts": "rentang waktu berakhir sebelum dimulai",
  "the daily hours end before they start": "jam harian berakhir sebelum dimulai",
};

const ORIGIN_ID: Readonly<Record<string, string>> = { number: "angka", string: "teks", array: "daftar", set: "himpunan", bigint: "angka", date: "tanggal" };

/**
 * What a zod issue says, in English (zod's message) and Bahasa Indonesia: bounds, types and
 * allowed values are rendered from the issue's fields; core's refinements from a table; a
 * message neither covers keeps its English text in both.
 */
export function zodIssueDetail(issue: z.core.$ZodIssue): Labels {
  const en = issue.message;
  const origin = "origin" in issue && typeof issue.origin === "string" ? (ORIGIN_ID[issue.origin] ?? issue.origin) : "nilai";
  switch (issue.code) {
    case "too_big":
      return { en, id: `Terlalu besar: ${origin} harus ${issue.inclusive === false ? "<" : "<="}${String(issue.maximum)}` };
    case "too_small":
      return { en, id: `Terlalu kecil: ${origin} harus ${issue.inclusive === false ? ">" : ">="}${String(issue.minimum)}` };
    case "invalid_type":
      return { en, id: `Masukan tidak sah: diharapkan ${issue.expected}` };
    case "invalid_value":
      return { en, id: `Nilai tidak sah: diharapkan salah satu dari ${issue.values.map((v) => JSON.stringify(v)).join("|")}` };
    default:
      return { en, id: REFINEMENTS_ID[en] ?? en };
  }
}
