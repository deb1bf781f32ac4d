import type { Language } from "@lontar/core";
import { fillSlots } from "../text.js";

/**
 * The summary's sentence on programs whose flexible windows allow only closed days, in each
 * language. Kept out of report-words.ts, whose table the report's inlined script bundles:
 * the server writes this sentence, and the script of every report stays as it was.
 */
const PROGRAMS_ON_CLOSED_DAYS = {
  id: "Program tanpa satu kegiatan pun dalam rencana ini, karena setiap hari yang diizinkan jendelanya dalam {from} – {to} adalah hari libur atau hari tutup: {programs}. Perlebar jendelanya, atau tulis `termasuk libur` pada jadwalnya.",
  en: "Programs with no session in this plan, as every day their windows allow in {from} – {to} is a holiday or a closure: {programs}. Widen their windows, or write `including holidays` in their schedules.",
} as const;

/** "Programs with no session in this plan, as every day their windows allow … is a holiday or a closure: …", filled in. */
export function programsOnClosedDaysText(language: Language, values: { readonly programs: string; readonly from: string; readonly to: string }): string {
  return fillSlots(PROGRAMS_ON_CLOSED_DAYS[language], values);
}
