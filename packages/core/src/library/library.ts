import { z } from "zod";
import { DateRange, TimeZoneName, WeeklyWindow } from "../primitives/calendar.js";
import { Identifier } from "../primitives/identifier.js";
import { labelledEnum } from "../primitives/labels.js";
import { SourceSpan } from "../primitives/source-span.js";

/** Labels of library tiers (UU 43/2007 art. 20 and 22, plus community TBM). */
export const libraryTierLabels = {
  nasional: { id: "Perpustakaan Nasional", en: "National library" },
  provinsi: { id: "Perpustakaan umum provinsi", en: "Provincial public library" },
  kabupaten: { id: "Perpustakaan umum kabupaten", en: "Regency public library" },
  kota: { id: "Perpustakaan umum kota", en: "City public library" },
  kecamatan: { id: "Perpustakaan kecamatan", en: "District library" },
  desa: { id: "Perpustakaan desa", en: "Village library" },
  kelurahan: { id: "Perpustakaan kelurahan", en: "Urban village library" },
  sekolah: { id: "Perpustakaan sekolah/madrasah", en: "School library" },
  perguruan_tinggi: { id: "Perpustakaan perguruan tinggi", en: "University library" },
  khusus: { id: "Perpustakaan khusus", en: "Special library" },
  tbm: { id: "Taman Bacaan Masyarakat", en: "Community reading place (TBM)" },
} as const;
/** The tier of a library. */
export const LibraryTier = labelledEnum(libraryTierLabels, "The tier of a library.");
/** See {@link LibraryTier}. */
export type LibraryTier = z.infer<typeof LibraryTier>;

/** Labels of school levels. */
export const schoolLevelLabels = {
  sd_mi: { id: "SD/MI", en: "Primary school (SD/MI)" },
  smp_mts: { id: "SMP/MTs", en: "Junior secondary (SMP/MTs)" },
  sma_ma_smk: { id: "SMA/MA/SMK", en: "Senior secondary (SMA/MA/SMK)" },
} as const;
/** A school level: SD/MI, SMP/MTs or SMA/MA/SMK. */
export const SchoolLevel = labelledEnum(schoolLevelLabels, "A school level.");

/** True for the tier whose libraries have a school level, which they must give (`sekolah`); every other tier must not. */
export function hasSchoolLevel(tier: string): boolean {
  return tier === "sekolah";
}
/** See {@link SchoolLevel}. */
export type SchoolLevel = z.infer<typeof SchoolLevel>;

/** Where a library is: province, then regency or city, district and village as known. */
export const RegionPath = z
  .object({
    province: z.string().min(1),
    regency: z.string().min(1).optional(),
    district: z.string().min(1).optional(),
    village: z.string().min(1).optional(),
  })
  .describe("Province / regency-city / district / village.");
/** See {@link RegionPath}. */
export type RegionPath = z.infer<typeof RegionPath>;

/**
 * A day or range the library is closed: the public holidays of its country and region (for
 * Indonesia, the decreed national holidays and cuti bersama, see `decreedHolidays`; other
 * countries and undecreed years are computed with date-holidays), or a declared range such
 * as a renovation.
 */
export const Closure = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("public_holidays"),
      country: z.string().regex(/^[A-Z]{2}$/).default("ID"),
      region: z.string().optional(),
    }),
    z.object({ kind: z.literal("range"), range: DateRange, reason: z.string().min(1) }),
  ])
  .describe("A closure: public holidays, or a named date range.");
/** See {@link Closure}. */
export type Closure = z.infer<typeof Closure>;

/** A library: anything from Perpustakaan Nasional to a village library or a TBM. */
export const Library = z
  .object({
    id: Identifier,
    name: z.string().min(1),
    tier: LibraryTier,
    schoolLevel: SchoolLevel.optional(),
    region: RegionPath,
    timeZone: TimeZoneName.optional().describe("IANA zone; inferred from the province when absent."),
    stage: Identifier.optional().describe("TPBIS transformation stage id."),
    openingHours: z.array(WeeklyWindow).default([]),
    closures: z.array(Closure).default([]),
    openOnCollectiveLeave: z
      .boolean()
      .optional()
      .describe("Open on cuti bersama days (still closed on national holidays); absent or false: closed on both."),
    source: SourceSpan.optional(),
  })
  .superRefine((library, ctx) => {
    const school = hasSchoolLevel(library.tier);
    if (school && library.schoolLevel === undefined) {
      ctx.addIssue({ code: "custom", path: ["schoolLevel"], message: "a school library needs its school level" });
    }
    if (!school && library.schoolLevel !== undefined) {
      ctx.addIssue({ code: "custom", path: ["schoolLevel"], message: "only a school library has a school level" });
    }
  })
  .describe("A library.");
/** See {@link Library}. */
export type Library = z.infer<typeof Library>;
