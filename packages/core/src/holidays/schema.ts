import { z } from "zod";
import { IsoDate } from "../primitives/calendar.js";
import { Identifier } from "../primitives/identifier.js";
import { labelledEnum } from "../primitives/labels.js";

/** Labels of the two kinds of decreed day off. */
export const holidayKindLabels = {
  national: { id: "Hari libur nasional", en: "National holiday" },
  collective_leave: { id: "Cuti bersama", en: "Collective leave" },
} as const;
/** A national holiday (*hari libur nasional*) or a collective-leave day (*cuti bersama*). */
export const HolidayKind = labelledEnum(holidayKindLabels, "A national holiday or a collective-leave (cuti bersama) day.");
/** See {@link HolidayKind}. */
export type HolidayKind = z.infer<typeof HolidayKind>;

/** A name in Bahasa Indonesia (as the decree writes it) and in English. */
export const HolidayName = z.object({ id: z.string().min(1), en: z.string().min(1) }).describe("A holiday's name in Bahasa Indonesia and English.");
/** See {@link HolidayName}. */
export type HolidayName = z.infer<typeof HolidayName>;

const DecreeBase = {
  id: Identifier.describe("A key entries use to cite the decree that set them, e.g. keppres-10-2019."),
  date: IsoDate.describe("The date the decree was signed (ditetapkan)."),
  summary: z.string().min(1).describe("What the decree did, in English."),
};

/**
 * A joint decree (Surat Keputusan Bersama) of the Minister of Religious Affairs, the
 * Minister of Manpower and the Minister of Administrative and Bureaucratic Reform (PANRB),
 * with each minister's number as written (`617 Tahun 2018`).
 */
export const JointDecree = z
  .object({
    kind: z.literal("skb"),
    ...DecreeBase,
    numbers: z.object({ religiousAffairs: z.string().min(1), manpower: z.string().min(1), panrb: z.string().min(1) }),
  })
  .describe("A joint decree (SKB) of the Ministers of Religious Affairs, Manpower and PANRB.");
/** See {@link JointDecree}. */
export type JointDecree = z.infer<typeof JointDecree>;

/** A presidential decree (Keputusan Presiden), e.g. one making an election day a holiday. */
export const PresidentialDecree = z
  .object({ kind: z.literal("keppres"), ...DecreeBase, number: z.string().min(1) })
  .describe("A presidential decree (Keppres).");
/** See {@link PresidentialDecree}. */
export type PresidentialDecree = z.infer<typeof PresidentialDecree>;

/** A decree that fixes or changes a year's holidays. */
export const Decree = z.discriminatedUnion("kind", [JointDecree, PresidentialDecree]).describe("An SKB or a Keppres.");
/** See {@link Decree}. */
export type Decree = z.infer<typeof Decree>;

/** One decreed day: its date, kind and name, and the amendment that set it when not the year's SKB. */
export const DecreedHoliday = z
  .object({
    date: IsoDate,
    kind: HolidayKind,
    name: HolidayName,
    by: Identifier.optional().describe("The id of the amendment or Keppres that set or moved this day; absent when the year's SKB did."),
  })
  .describe("A decreed national holiday or cuti bersama day.");
/** See {@link DecreedHoliday}. */
export type DecreedHoliday = z.infer<typeof DecreedHoliday>;

/**
 * The decreed days of one year in their final state: the year's SKB, the amendments and
 * presidential decrees that changed it (oldest first), and the days, sorted by date.
 */
export const DecreedYear = z
  .object({
    year: z.number().int().min(1900).max(9999),
    decree: JointDecree,
    amendments: z.array(Decree),
    holidays: z.array(DecreedHoliday).min(1),
    notes: z.array(z.object({ en: z.string().min(1), id: z.string().min(1) })).describe("Uncertainties in the sources, in English and Bahasa Indonesia."),
  })
  .describe("A year's decreed national holidays and cuti bersama, citing its decrees.");
/** See {@link DecreedYear}. */
export type DecreedYear = z.infer<typeof DecreedYear>;
