/**
 * The words of the reasons a plan gives a cancelled session, written and read in one place:
 * expansion writes `<id> dropped: <holiday, closure reason or "excepted …">` for a session a
 * closure, a holiday or an exception drops (partition/plan-part.ts), the allocator writes
 * `… needs TPBIS stage …` for one its library's stage stops (allocate/static-checks.ts); the
 * diagnostics and the outputs read them back to tell the reader why, in their language.
 */
import type { Labels } from "@lontar/core";
import type { Justification } from "./plan.js";

const DROPPED = " dropped: ";

/** The words the allocator's stage-gate reason says when the TPBIS stage itself stops a program. */
export const NEEDS_STAGE = "needs TPBIS stage";

/**
 * The reason a closure written without one carries: the dsl's compiler writes this word (core
 * requires a reason), and a reader is told the library is closed, in their language.
 */
export const UNNAMED_CLOSURE = "closed";

/** The message of a session expansion dropped: its id and why (a holiday's name, a closure's reason, `excepted …`). */
export function droppedMessage(occurrenceId: string, detail: string): string {
  return `${occurrenceId}${DROPPED}${detail}`;
}

/** What a dropped session's reason names (see {@link droppedMessage}), or undefined for another reason. */
export function droppedDetail(reason: Justification): string | undefined {
  const at = reason.message.indexOf(DROPPED);
  return at < 0 ? undefined : reason.message.slice(at + DROPPED.length);
}

/** Whether the TPBIS stage itself cancelled the session (not the gate's condition). */
export function stoppedByStage(reason: Justification): boolean {
  return reason.constraint === "stage-gate" && reason.message.includes(NEEDS_STAGE);
}

/**
 * What a cancelled session's first reason says of it, in both languages: its holiday's or
 * closure's name, the rule, the exception, the condition or TPBIS stage. LON5104 names the
 * cancelled dates with it, and the editor's hover of a schedule.
 *
 * @example cancelledBy(session.reasons?.[0]).id // "Hari Kemerdekaan Republik Indonesia", "aturan `tanpa_jumat`", "dikecualikan"
 */
export function cancelledBy(reason: Justification | undefined): Labels {
  if (reason === undefined) return { en: "cancelled", id: "dibatalkan" };
  const detail = droppedDetail(reason) ?? "";
  switch (reason.constraint) {
    case "public-holiday":
      return { en: detail, id: detail };
    case "closure":
      // A closure written without a reason carries the compiler's word for it.
      return detail === UNNAMED_CLOSURE ? { en: "closed", id: "tutup" } : { en: detail, id: detail };
    case "exception":
      return { en: "excepted", id: "dikecualikan" };
    case "forbidden-by-rule":
    case "required-by-rule":
      return { en: `rule \`${reason.ruleId ?? ""}\``, id: `aturan \`${reason.ruleId ?? ""}\`` };
    case "stage-gate":
      return stoppedByStage(reason) ? { en: "TPBIS stage not reached", id: "tahap TPBIS belum tercapai" } : { en: "its condition (`when`) does not hold", id: "syaratnya (`ketika`) tidak terpenuhi" };
    default:
      return { en: reason.constraint, id: reason.constraint };
  }
}
