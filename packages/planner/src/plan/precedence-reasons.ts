/**
 * The words of the reason a plan gives a broken precedence, written and read in one place:
 * the allocator writes `<earlier> must end <gap> day(s) before <later> starts, but <last
 * session> ends <end> and <first session> starts <start>` (allocate/precedences.ts), in
 * plan.json's English; the outputs read it back to tell the reader in their language.
 */
import type { Justification } from "./plan.js";
import type { PrecedenceBreach } from "./precedence-breaches.js";

/** The constraint of a broken precedence's justification. */
export const PRECEDENCE = "precedence";

/** What a broken precedence's reason names: the two programs, the gap, the two sessions and their times (ISO 8601 with the offset). */
export interface PrecedenceDetail {
  /** The id of the program that must end first. */
  readonly earlier: string;
  /** The id of the program that must start afterwards. */
  readonly later: string;
  /** The gap asked for, in days. */
  readonly gapDays: number;
  /** The id of the earlier program's last session. */
  readonly lastId: string;
  /** When that session ends. */
  readonly end: string;
  /** The id of the later program's first session. */
  readonly firstId: string;
  /** When that session starts. */
  readonly start: string;
}

// Ids and ISO instants hold no space: each part is one run of non-spaces.
const MESSAGE = /^(\S+) must end (\d+) day\(s\) before (\S+) starts, but (\S+) ends (\S+) and (\S+) starts (\S+)$/;

/** The message of a broken precedence (see the module's comment). */
export function precedenceMessage(breach: PrecedenceBreach): string {
  const { earlier, later, precedence, last, first } = breach;
  return `${earlier} must end ${precedence.gapDays} day(s) before ${later} starts, but ${last.id} ends ${last.end} and ${first.id} starts ${first.start}`;
}

/** What a broken precedence's reason names (see {@link precedenceMessage}), or undefined for another reason. */
export function precedenceDetail(reason: Justification): PrecedenceDetail | undefined {
  if (reason.constraint !== PRECEDENCE) return undefined;
  const m = MESSAGE.exec(reason.message);
  if (m === null) return undefined;
  const [, earlier = "", gap = "0", later = "", lastId = "", end = "", firstId = "", start = ""] = m;
  return { earlier, later, gapDays: Number(gap), lastId, end, firstId, start };
}
