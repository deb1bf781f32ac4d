import type { Language } from "@lontar/core";
import type { Justification } from "../plan/plan.js";
import { precedenceDetail } from "../plan/precedence-reasons.js";
import { precedenceDistance, type PrecedenceDistance } from "../plan/precedence-distance.js";
import { readInstant } from "./instant.js";
import { nameOf, type WorkspaceIndex } from "./plan-view.js";
import { reasonWord } from "./reason-words.js";

/** A number of days in `language`: "1 day", "15 hari". */
const dayCount = (n: number, language: Language): string => (n === 1 ? reasonWord("oneDay", language) : reasonWord("days", language, { count: n }));

/** How far apart the two sessions are, in `language`. */
function distanceText(distance: PrecedenceDistance, language: Language): string {
  switch (distance.kind) {
    case "earlier":
      return reasonWord("distanceEarlier", language, { days: dayCount(distance.days, language) });
    case "sameDay":
      return reasonWord("distanceSameDay", language);
    case "later":
      return reasonWord("distanceLater", language, { days: dayCount(distance.days, language) });
    case "lessThan":
      return reasonWord("distanceLessThan", language, { days: dayCount(distance.days, language) });
    case "beforeEnd":
      return reasonWord("distanceBeforeEnd", language);
  }
}

/**
 * A broken precedence's reason for people, in `language`, from what the planner's words
 * name (see precedenceDetail): both programs by their titles, the gap, the date the
 * earlier one's last session ends and the date the later one's first starts (each the
 * local date it is written with, the library's) and how far apart they are; undefined for
 * another reason.
 *
 * @example precedenceReason(index, reason, "id") // "Lomba Kota harus selesai 30 hari sebelum Lomba Provinsi dimulai, tetapi …"
 */
export function precedenceReason(index: WorkspaceIndex, reason: Justification, language: Language): string | undefined {
  const detail = precedenceDetail(reason);
  if (detail === undefined) return undefined;
  const end = readInstant(detail.end)?.date ?? detail.end;
  const start = readInstant(detail.start)?.date ?? detail.start;
  const values = {
    earlier: nameOf(index, detail.earlier),
    later: nameOf(index, detail.later),
    end,
    start,
    distance: distanceText(precedenceDistance(end, start, detail.gapDays), language),
  };
  if (detail.gapDays === 0) return reasonWord("precedenceNoGap", language, values);
  return reasonWord("precedence", language, { ...values, gap: dayCount(detail.gapDays, language) });
}
