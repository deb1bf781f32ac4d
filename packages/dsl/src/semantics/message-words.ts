/**
 * The words that fill diagnostic messages, in English and Bahasa Indonesia: kinds of
 * declaration, names of value lists (the language table's titles), and months. Values with
 * a label in core (resource kinds, periods) take core's label.
 */
import { countLabels, MONTH_NAMES, resourceKindLabels, type Labels } from "@lontar/core";
import type { DeclarationKind } from "../syntax/ast.js";
import { spellOrdinals, spellWeekday, type WeekdayCode } from "../syntax/keywords.js";
import { STAGE_VALUES, VALUE_SETS } from "../language/values.js";
import { joinTexts } from "../syntax/parser/messages.js";

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
  agreement: "kesepakatan",
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

/** "a room or a vehicle" / "ruang atau kendaraan" (`a, b or c` for three). */
export function kindsPhrase(kinds: readonly string[]): Labels {
  return joinTexts(kinds.map(kindPhrase));
}

/** "`a`, `b` or `c`" / "`a`, `b` atau `c`": names in code quotes, as alternatives. */
export function namesPhrase(names: readonly string[]): Labels {
  return joinTexts(names.map((n) => ({ en: `\`${n}\``, id: `\`${n}\`` })));
}

/** The names of the value types that are not lists of values. */
const TYPE_NAMES: Readonly<Record<string, Labels>> = {
  string: { en: "string", id: "teks" },
  number: { en: "number", id: "angka" },
  boolean: { en: "boolean", id: "nilai benar/salah" },
  date: { en: "date", id: "tanggal" },
  time: { en: "time", id: "jam" },
  stage: STAGE_VALUES.title,
};

/**
 * The name of a list of values (the language table's title of its value set: "program
 * category" / "kategori program") or of a type; a name neither knows is shown as written.
 */
export function valueName(en: string): Labels {
  const set = VALUE_SETS.find((s) => s.title.en === en);
  return set?.title ?? TYPE_NAMES[en] ?? { en, id: en };
}

/** The name of month `month` (1-12), from core's one table of them; `month 13` / `bulan 13` outside the calendar. */
export function monthName(month: number): Labels {
  return { en: MONTH_NAMES.en[month - 1] ?? `month ${month}`, id: MONTH_NAMES.id[month - 1] ?? `bulan ${month}` };
}

/** A count for people: `10,000` / `10.000` (core's countLabels, under the name the checks use). */
export const countText: (n: number) => Labels = countLabels;

/** "room" / "ruang": a kind of declaration without an article. */
export function kindNoun(kind: string): Labels {
  return { en: kind, id: kindNounId(kind) };
}

/** Nth weekdays as each language writes them in a schedule: `the last fri` / `jumat terakhir`, `the second and fourth thu` / `kamis kedua dan keempat`. */
export function ordinalWeekdayPhrase(ordinals: readonly number[], weekday: WeekdayCode): Labels {
  return { en: `the ${spellOrdinals(ordinals, "en")} ${spellWeekday(weekday, "en")}`, id: `${spellWeekday(weekday, "id")} ${spellOrdinals(ordinals, "id")}` };
}
