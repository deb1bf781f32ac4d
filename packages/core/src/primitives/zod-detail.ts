import type { z } from "zod";
import { countLabels, type Labels } from "./labels.js";

/** Core's own refinement messages, in Bahasa Indonesia (the English is the message itself). */
const REFINEMENTS_ID: Readonly<Record<string, string>> = {
  "a school library needs its school level": "perpustakaan sekolah memerlukan jenjang sekolahnya",
  "only a school library has a school level": "hanya perpustakaan sekolah yang memiliki jenjang sekolah",
  "expected a real date written YYYY-MM-DD": "diharapkan tanggal nyata yang ditulis YYYY-MM-DD",
  "expected a local date-time YYYY-MM-DDTHH:mm": "diharapkan tanggal-waktu lokal YYYY-MM-DDTHH:mm",
  "the range ends before it starts": "rentang berakhir sebelum dimulai",
  "the time range ends before it starts": "rentang waktu berakhir sebelum dimulai",
  "the daily hours end before they start": "jam harian berakhir sebelum dimulai",
  "an identifier starts with a letter a-z or _ and holds letters a-z (no accents), digits, _ . -": "pengenal diawali huruf a-z atau _ dan berisi huruf a-z (tanpa aksen), angka, _ . -",
  "expected a time HH:mm between 00:00 and 24:00": "diharapkan jam HH:mm antara 00:00 dan 24:00",
  "expected an IANA time zone such as Asia/Jakarta": "diharapkan zona waktu IANA seperti Asia/Jakarta",
  "an RRULE value such as FREQ=WEEKLY;BYDAY=MO": "nilai RRULE seperti FREQ=WEEKLY;BYDAY=MO",
  "a sessions obligation needs a minimum or a maximum": "kewajiban sesi memerlukan batas minimal atau maksimal",
  "the minimum exceeds the maximum": "batas minimal melebihi batas maksimal",
  "elements are non-negative numbers": "unsur-unsurnya adalah angka yang tidak negatif",
};

/** A number as each language writes it: `1,000` / `1.000`. */
function count(n: unknown): Labels {
  const value = typeof n === "bigint" ? Number(n) : typeof n === "number" ? n : Number.NaN;
  return Number.isFinite(value) ? countLabels(value) : { en: String(n), id: String(n) };
}

/** What a value of each type is called after "must be" / "harus berupa". */
const TYPE_NAMES: Readonly<Record<string, Labels>> = {
  number: { en: "a number", id: "angka" },
  int: { en: "a whole number", id: "bilangan bulat" },
  string: { en: "a text", id: "teks" },
  boolean: { en: "true or false", id: "benar atau salah" },
  array: { en: "a list", id: "daftar" },
  object: { en: "an object", id: "objek" },
};

/** The least or greatest of a bound, said of a value of `origin` (a number, a text's length, a list's items). */
function bound(side: "least" | "most", origin: string, limit: unknown, inclusive: boolean): Labels {
  const n = count(limit);
  if (origin === "string") {
    if (side === "least" && Number(limit) === 1) return { en: "cannot be empty", id: "tidak boleh kosong" };
    return side === "least" ? { en: `must have at least ${n.en} characters`, id: `harus paling sedikit ${n.id} karakter` } : { en: `must have at most ${n.en} characters`, id: `harus paling banyak ${n.id} karakter` };
  }
  if (origin === "array" || origin === "set") {
    return side === "least" ? { en: `needs at least ${n.en} items`, id: `memerlukan paling sedikit ${n.id} butir` } : { en: `takes at most ${n.en} items`, id: `paling banyak ${n.id} butir` };
  }
  if (side === "least") return inclusive ? { en: `must be at least ${n.en}`, id: `harus paling sedikit ${n.id}` } : { en: `must be more than ${n.en}`, id: `harus lebih dari ${n.id}` };
  return inclusive ? { en: `must be at most ${n.en}`, id: `harus paling banyak ${n.id}` } : { en: `must be less than ${n.en}`, id: `harus kurang dari ${n.id}` };
}

/**
 * What a zod issue says of the value, in English and Bahasa Indonesia, as a rule a person
 * reads after the field's name (`cannot be empty`, `must be at most 168`): bounds, types and
 * allowed values, unions, formats and steps are rendered from the issue's fields; core's
 * refinements from a table (first, whatever zod's code); a message neither covers keeps its
 * English text, framed in Indonesian (`tidak sah (…)`).
 */
export function zodIssueDetail(issue: z.core.$ZodIssue): Labels {
  const en = issue.message;
  const origin = "origin" in issue && typeof issue.origin === "string" ? issue.origin : "number";
  // Core's own words for a check (a pattern's, a refinement's) come first, whatever zod's code for it.
  const own = REFINEMENTS_ID[en];
  if (own !== undefined) return { en, id: own };
  switch (issue.code) {
    case "too_big":
      return bound("most", origin, issue.maximum, issue.inclusive !== false);
    case "too_small":
      return bound("least", origin, issue.minimum, issue.inclusive !== false);
    case "invalid_type": {
      const type = TYPE_NAMES[issue.expected] ?? { en: issue.expected, id: issue.expected };
      return { en: `must be ${type.en}`, id: `harus berupa ${type.id}` };
    }
    case "invalid_value": {
      const values = issue.values.map((v) => JSON.stringify(v)).join(", ");
      return { en: `must be one of ${values}`, id: `harus salah satu dari ${values}` };
    }
    case "invalid_union":
      return unionDetail(issue);
    case "invalid_format":
      return issue.format === "regex" ? { en: "is not written in the pattern it takes", id: "tidak ditulis menurut pola yang semestinya" } : { en: `must be a valid ${issue.format}`, id: `harus berupa ${issue.format} yang sah` };
    case "not_multiple_of": {
      const n = count(issue.divisor);
      return { en: `must be a multiple of ${n.en}`, id: `harus kelipatan ${n.id}` };
    }
    case "unrecognized_keys": {
      const keys = issue.keys.map((k) => `"${k}"`).join(", ");
      return { en: `has unknown keys ${keys}`, id: `memuat kunci yang tidak dikenal ${keys}` };
    }
    default:
      // Core's refinements are in the table; a message of zod's own has Indonesian words around its English (an SDK walk of stop 57: it was English alone).
      return { en, id: `tidak sah (${en})` };
  }
}

/**
 * A value that matches none of a union's forms: a discriminated union's allowed tags (`kind`
 * of a resource: `"room"`, `"vehicle"`, …), else the types of its forms when each wanted a
 * type (`must be a text or a number`), else that it fits none.
 */
function unionDetail(issue: z.core.$ZodIssueInvalidUnion): Labels {
  const options = (issue as { readonly options?: unknown }).options;
  if (Array.isArray(options) && options.length > 0) {
    const values = options.map((v) => JSON.stringify(v)).join(", ");
    return { en: `must be one of ${values}`, id: `harus salah satu dari ${values}` };
  }
  const types = issue.errors.map((errors) => (errors.length === 1 && errors[0]?.code === "invalid_type" && errors[0].path.length === 0 ? TYPE_NAMES[errors[0].expected] : undefined));
  if (types.length > 0 && types.every((t) => t !== undefined)) {
    const unique = [...new Map(types.map((t) => [t.en, t])).values()];
    return { en: `must be ${unique.map((t) => t.en).join(" or ")}`, id: `harus berupa ${unique.map((t) => t.id).join(" atau ")}` };
  }
  return { en: "matches none of the forms it may take", id: "tidak cocok dengan bentuk mana pun yang diizinkan" };
}
