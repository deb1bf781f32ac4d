/**
 * How the tails after `rrule "…"` map onto the raw rule, shared by the checker and the
 * compiler so that both read the same rule:
 * - `at TIME` gives DTSTART its time when `starting` is a date (DTSTART's time is the
 *   time of every instance of a rule without BYHOUR/BYMINUTE, as `at` is in the sugar);
 * - `until DATE` becomes UNTIL at the end of that day (floating, like the sugar's);
 * - `for N times` becomes COUNT=N.
 * A part given twice (COUNT in the rule and `for N times`, a time in `starting` and `at`)
 * is an error the checker reports; these functions then keep what the rule says.
 */
import type { RRuleScheduleNode } from "../../syntax/ast.js";
import { DEFAULT_START_TIME, untilPart } from "./every-rule.js";

/** The rule as written, without an `RRULE:` prefix or trailing semicolons. */
export function writtenRule(node: RRuleScheduleNode): string {
  return node.rule.value.replace(/^RRULE:/, "").replace(/;+$/, "");
}

/** True when the RRULE value has the part `name` (`COUNT`, `UNTIL`, `BYHOUR`…), in any case. */
export function hasRulePart(rule: string, name: string): boolean {
  return rule.split(";").some((part) => part.split("=")[0]?.trim().toUpperCase() === name);
}

/**
 * The RRULE value of a raw schedule with its `until` and `for N times` tails.
 *
 * @example rawRule(rrule "FREQ=WEEKLY;BYDAY=MO" starting 2019-01-07 for 5 times) // "FREQ=WEEKLY;BYDAY=MO;COUNT=5"
 */
export function rawRule(node: RRuleScheduleNode): string {
  const rule = writtenRule(node);
  const parts = [rule];
  if (node.until !== undefined && !hasRulePart(rule, "UNTIL")) parts.push(untilPart(node.until.text));
  if (node.count !== undefined && !hasRulePart(rule, "COUNT")) parts.push(`COUNT=${node.count.value}`);
  return parts.join(";");
}

/**
 * DTSTART of a raw schedule, `YYYY-MM-DDTHH:mm`: `starting` with its time; a date-only
 * `starting` takes the time of `at`, else 08:00. Seconds are not kept: the checker
 * refuses any but `:00` (LON4010).
 */
export function rawStart(node: RRuleScheduleNode): string {
  const text = node.starting.text;
  return text.length > 10 ? text.slice(0, 16) : `${text}T${node.at?.text ?? DEFAULT_START_TIME}`;
}
