import { type z } from "zod";
import { labelledEnum } from "../primitives/labels.js";
import { described } from "../primitives/described.js";

/** Labels of Indonesia's three time zones. */
export const indonesianTimeZoneLabels = {
  WIB: { id: "Waktu Indonesia Barat (UTC+7)", en: "Western Indonesia Time (UTC+7)" },
  WITA: { id: "Waktu Indonesia Tengah (UTC+8)", en: "Central Indonesia Time (UTC+8)" },
  WIT: { id: "Waktu Indonesia Timur (UTC+9)", en: "Eastern Indonesia Time (UTC+9)" },
} as const;
/** One of Indonesia's time zones (none has daylight saving). */
export const IndonesianTimeZone = labelledEnum(indonesianTimeZoneLabels, "WIB, WITA or WIT.");
/** See {@link IndonesianTimeZone}. */
export type IndonesianTimeZone = z.infer<typeof IndonesianTimeZone>;

/** A province of Indonesia with its codes and zone. */
export interface Province {
  /** Kemendagri/BPS code, e.g. `13`. */
  readonly code: string;
  /** ISO 3166-2 code, e.g. `ID-SB`. */
  readonly iso: string;
  /** Official name, e.g. `Sumatera Barat`. */
  readonly name: string;
  /** Common short names and older spellings, e.g. `Sumbar`. */
  readonly aliases: readonly string[];
  /** WIB, WITA or WIT. */
  readonly zone: IndonesianTimeZone;
  /** The IANA zone a library there uses. */
  readonly ianaZone: string;
}

const WIB = "Asia/Jakarta";
const WIB_KALIMANTAN = "Asia/Pontianak";
const WITA = "Asia/Makassar";
const WIT = "Asia/Jayapura";

/** The 38 provinces of Indonesia (since 2022), with the time zone each one keeps. */
export const PROVINCES: readonly Province[] = [
  { code: "11", iso: "ID-AC", name: "Aceh", aliases: ["NAD", "Nanggroe Aceh Darussalam"], zone: "WIB", ianaZone: WIB },
  { code: "12", iso: "ID-SU", name: "Sumatera Utara", aliases: ["Sumut", "North Sumatra"], zone: "WIB", ianaZone: WIB },
  { code: "13", iso: "ID-SB", name: "Sumatera Barat", aliases: ["Sumbar", "West Sumatra"], zone: "WIB", ianaZone: WIB },
  { code: "14", iso: "ID-RI", name: "Riau", aliases: [], zone: "WIB", ianaZone: WIB },
  { code: "15", iso: "ID-JA", name: "Jambi", aliases: [], zone: "WIB", ianaZone: WIB },
  { code: "16", iso: "ID-SS", name: "Sumatera Selatan", aliases: ["Sumsel", "South Sumatra"], zone: "WIB", ianaZone: WIB },
  { code: "17", iso: "ID-BE", name: "Bengkulu", aliases: [], zone: "WIB", ianaZone: WIB },
  { code: "18", iso: "ID-LA", name: "Lampung", aliases: [], zone: "WIB", ianaZone: WIB },
  { code: "19", iso: "ID-BB", name: "Kepulauan Bangka Belitung", aliases: ["Babel", "Bangka Belitung"], zone: "WIB", ianaZone: WIB },
  { code: "21", iso: "ID-KR", name: "Kepulauan Riau", aliases: ["Kepri", "Riau Islands"], zone: "WIB", ianaZone: WIB },
  { code: "31", iso: "ID-JK", name: "DKI Jakarta", aliases: ["Jakarta", "DKI", "Daerah Khusus Ibukota Jakarta", "Daerah Khusus Jakarta"], zone: "WIB", ianaZone: WIB },
  { code: "32", iso: "ID-JB", name: "Jawa Barat", aliases: ["Jabar", "West Java"], zone: "WIB", ianaZone: WIB },
  { code: "33", iso: "ID-JT", name: "Jawa Tengah", aliases: ["Jateng", "Central Java"], zone: "WIB", ianaZone: WIB },
  { code: "34", iso: "ID-YO", name: "DI Yogyakarta", aliases: ["Yogyakarta", "DIY", "Daerah Istimewa Yogyakarta", "Jogja", "Jogjakarta"], zone: "WIB", ianaZone: WIB },
  { code: "35", iso: "ID-JI", name: "Jawa Timur", aliases: ["Jatim", "East Java"], zone: "WIB", ianaZone: WIB },
  { code: "36", iso: "ID-BT", name: "Banten", aliases: [], zone: "WIB", ianaZone: WIB },
  { code: "51", iso: "ID-BA", name: "Bali", aliases: [], zone: "WITA", ianaZone: WITA },
  { code: "52", iso: "ID-NB", name: "Nusa Tenggara Barat", aliases: ["NTB", "West Nusa Tenggara"], zone: "WITA", ianaZone: WITA },
  { code: "53", iso: "ID-NT", name: "Nusa Tenggara Timur", aliases: ["NTT", "East Nusa Tenggara"], zone: "WITA", ianaZone: WITA },
  { code: "61", iso: "ID-KB", name: "Kalimantan Barat", aliases: ["Kalbar", "West Kalimantan"], zone: "WIB", ianaZone: WIB_KALIMANTAN },
  { code: "62", iso: "ID-KT", name: "Kalimantan Tengah", aliases: ["Kalteng", "Central Kalimantan"], zone: "WIB", ianaZone: WIB_KALIMANTAN },
  { code: "63", iso: "ID-KS", name: "Kalimantan Selatan", aliases: ["Kalsel", "South Kalimantan"], zone: "WITA", ianaZone: WITA },
  { code: "64", iso: "ID-KI", name: "Kalimantan Timur", aliases: ["Kaltim", "East Kalimantan"], zone: "WITA", ianaZone: WITA },
  { code: "65", iso: "ID-KU", name: "Kalimantan Utara", aliases: ["Kaltara", "North Kalimantan"], zone: "WITA", ianaZone: WITA },
  { code: "71", iso: "ID-SA", name: "Sulawesi Utara", aliases: ["Sulut", "North Sulawesi"], zone: "WITA", ianaZone: WITA },
  { code: "72", iso: "ID-ST", name: "Sulawesi Tengah", aliases: ["Sulteng", "Central Sulawesi"], zone: "WITA", ianaZone: WITA },
  { code: "73", iso: "ID-SN", name: "Sulawesi Selatan", aliases: ["Sulsel", "South Sulawesi"], zone: "WITA", ianaZone: WITA },
  { code: "74", iso: "ID-SG", name: "Sulawesi Tenggara", aliases: ["Sultra", "Southeast Sulawesi"], zone: "WITA", ianaZone: WITA },
  { code: "75", iso: "ID-GO", name: "Gorontalo", aliases: [], zone: "WITA", ianaZone: WITA },
  { code: "76", iso: "ID-SR", name: "Sulawesi Barat", aliases: ["Sulbar", "West Sulawesi"], zone: "WITA", ianaZone: WITA },
  { code: "81", iso: "ID-MA", name: "Maluku", aliases: [], zone: "WIT", ianaZone: WIT },
  { code: "82", iso: "ID-MU", name: "Maluku Utara", aliases: ["Malut", "North Maluku"], zone: "WIT", ianaZone: WIT },
  { code: "91", iso: "ID-PA", name: "Papua", aliases: [], zone: "WIT", ianaZone: WIT },
  { code: "92", iso: "ID-PB", name: "Papua Barat", aliases: ["West Papua"], zone: "WIT", ianaZone: WIT },
  { code: "93", iso: "ID-PS", name: "Papua Selatan", aliases: ["South Papua"], zone: "WIT", ianaZone: WIT },
  { code: "94", iso: "ID-PT", name: "Papua Tengah", aliases: ["Central Papua"], zone: "WIT", ianaZone: WIT },
  { code: "95", iso: "ID-PE", name: "Papua Pegunungan", aliases: ["Highland Papua"], zone: "WIT", ianaZone: WIT },
  { code: "96", iso: "ID-PD", name: "Papua Barat Daya", aliases: ["Southwest Papua"], zone: "WIT", ianaZone: WIT },
];

/**
 * A province's name as {@link findProvince} compares it: letters and digits only, lower case,
 * so "  PROVINSI  Jawa-Timur " and "jawa timur" meet; the "provinsi" prefix is dropped after
 * that so that leading spaces or dashes cannot hide it.
 *
 * @example provinceKey("Provinsi Jawa-Timur") // "jawatimur"
 */
export const provinceKey = (name: string): string => {
  const key = name.toLowerCase().replace(/[^a-z0-9]+/g, "");
  return key.startsWith("provinsi") && key.length > "provinsi".length ? key.slice("provinsi".length) : key;
};

const byKey = new Map<string, Province>();
for (const province of PROVINCES) {
  for (const key of [province.code, province.iso, province.name, ...province.aliases]) byKey.set(provinceKey(key), province);
}

const byIanaZone = new Map<string, IndonesianTimeZone>(PROVINCES.map((p) => [p.ianaZone, p.zone]));

/**
 * An IANA zone as Indonesians name it, WIB, WITA or WIT (`Asia/Pontianak` is WIB too);
 * undefined for a zone no province keeps.
 *
 * @example indonesianZoneOf("Asia/Makassar") // "WITA"
 */
export function indonesianZoneOf(ianaZone: string): IndonesianTimeZone | undefined {
  return byIanaZone.get(ianaZone);
}

/**
 * Finds a province by its name, a common alias, its Kemendagri code or its ISO code,
 * ignoring case, spacing and a leading "Provinsi".
 *
 * @example findProvince("NTT")?.name // "Nusa Tenggara Timur"
 */
export function findProvince(nameOrCode: string): Province | undefined {
  expectProvinceText(nameOrCode, "findProvince");
  if (foundByText.has(nameOrCode)) return foundByText.get(nameOrCode);
  const province = byKey.get(provinceKey(nameOrCode));
  // Bounded in count and in length: any text a user writes may come here.
  if (nameOrCode.length > MAX_FOUND_LENGTH) return province;
  if (foundByText.size >= MAX_FOUND) foundByText.clear();
  foundByText.set(nameOrCode, province);
  return province;
}

// A workspace names the same few provinces for hundreds of libraries: each text's answer
// is kept (a bounded number of them), so that it is normalised once.
const foundByText = new Map<string, Province | undefined>();
const MAX_FOUND = 1_000;
const MAX_FOUND_LENGTH = 200;

/**
 * The IANA time zone of a library in `province`, or undefined for an unknown province.
 *
 * @example inferTimeZone("Sumatera Barat") // "Asia/Jakarta"
 */
export function inferTimeZone(province: string): string | undefined {
  expectProvinceText(province, "inferTimeZone");
  return findProvince(province)?.ianaZone;
}

/** Throws a TypeError naming `where` unless `value` is a string (a province read from JSON may be `null`). */
function expectProvinceText(value: unknown, where: string): asserts value is string {
  if (typeof value !== "string") throw new TypeError(`${where}: the province must be a string (a name or a code), not ${described(value)}`);
}
