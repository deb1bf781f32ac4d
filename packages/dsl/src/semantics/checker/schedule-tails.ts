/**
 * Checks that every part written after a schedule is used: tails that `rrule "…"` maps
 * onto its rule must not contradict it, tails that a form cannot use are errors, and no
 * date-time loses its seconds. See semantics/schedule/rrule-tails.ts for the mapping.
 */
import type { Labels } from "@lontar/core";
import type { DateLiteral, KeywordLanguage, OnceScheduleNode, RRuleScheduleNode, ScheduleNode } from "../../syntax/ast.js";
import { spell } from "../../syntax/keywords.js";
import type { FileReporter } from "../report.js";
import { hasRulePart, writtenRule } from "../schedule/rrule-tails.js";

const dateOf = (d: DateLiteral): string => d.text.slice(0, 10);

/**
 * LON4010 at each date-time with seconds other than `:00`: Lontar plans to the minute
 * (occurrence ids, slots, opening hours, exports), so seconds would be lost. False when any.
 * The date-times are those written in `starting`, then `also`, then `except`.
 */
export function secondsOk(node: ScheduleNode, reporter: FileReporter): boolean {
  if (node.kind === "RangeSchedule" || node.kind === "FlexibleSchedule") return true;
  let ok = true;
  if (node.kind === "RRuleSchedule") ok = secondsOfOk(node.starting, reporter) && ok;
  for (const literal of node.also) ok = secondsOfOk(literal, reporter) && ok;
  for (const literal of node.except) if (literal.kind === "Date") ok = secondsOfOk(literal, reporter) && ok;
  return ok;
}

/** LON4010 at one date-time whose seconds are not `:00` (a date alone has none); false when reported. */
function secondsOfOk(literal: DateLiteral, reporter: FileReporter): boolean {
  if (literal.text.length <= 10) return true;
  const seconds = literal.text.slice(17, 19);
  if (seconds === "" || seconds === "00") return true;
  reporter.report("LON4010.seconds", { seconds, text: literal.text, minute: literal.text.slice(0, 16) }, literal.range);
  return false;
}

/** Keywords (by token) and numbers as each language writes them, in backticks: `for 3 times` / `selama 3 kali`. */
function quoted(...parts: readonly (string | number)[]): Labels {
  const inLanguage = (lang: KeywordLanguage): string => `\`${parts.map((p) => (typeof p === "number" ? String(p) : spell(p, lang))).join(" ")}\``;
  return { en: inLanguage("en"), id: inLanguage("id") };
}

/** LON4009 at each tail a `once` schedule has no use for (it happens one time, on its date). False when any. */
export function onceTailsOk(node: OnceScheduleNode, reporter: FileReporter): boolean {
  const unused = [
    ...(node.from === undefined ? [] : [{ what: quoted("From"), range: node.from.range }]),
    ...(node.until === undefined ? [] : [{ what: quoted("Until"), range: node.until.range }]),
    ...(node.count === undefined ? [] : [{ what: quoted("For", node.count.value, "Times"), range: node.count.range }]),
    ...node.except.map((e) => ({ what: quoted("Except"), range: e.range })),
    ...node.also.map((d) => ({ what: quoted("Also"), range: d.range })),
  ];
  for (const { what, range } of unused) {
    reporter.report("LON4009.onceTail", { what }, range);
  }
  return unused.length === 0;
}

/**
 * The tails after `rrule "…"`: `from` repeats `starting` (LON4008); `at` repeats the time
 * of a `starting` date-time, or would move only the first instance of a rule that sets its
 * times with BYHOUR/BYMINUTE (LON4008); `for N times` and `until` repeat the rule's
 * COUNT/UNTIL (LON4008) or combine COUNT with UNTIL (LON4007); `until` before `starting`
 * is LON3003; `for 0 times` LON3009. False when any is reported.
 */
export function rawTailsOk(node: RRuleScheduleNode, reporter: FileReporter): boolean {
  const rule = writtenRule(node);
  let ok = true;
  const report: FileReporter["report"] = (key, args, range) => {
    reporter.report(key, args, range);
    ok = false;
  };
  if (node.from !== undefined) report("LON4008.startTwice", { starting: node.starting.text, from: node.from.text }, node.from.range);
  if (node.at !== undefined && node.starting.text.length > 10) {
    report("LON4008.timeTwice", { starting: node.starting.text, at: node.at.text }, node.at.range);
  } else if (node.at !== undefined && (hasRulePart(rule, "BYHOUR") || hasRulePart(rule, "BYMINUTE"))) {
    report("LON4008.ruleSetsTimes", { at: node.at.text }, node.at.range);
  }
  const count = node.count;
  if (count !== undefined && count.value < 1) report("LON3009.atLeastOnce", {}, count.range);
  else if (count !== undefined && hasRulePart(rule, "COUNT")) report("LON4008.countTwice", { count: count.value }, count.range);
  else if (count !== undefined && (hasRulePart(rule, "UNTIL") || node.until !== undefined)) report("LON4007.bothRaw", {}, count.range);
  const until = node.until;
  if (until !== undefined && hasRulePart(rule, "UNTIL")) report("LON4008.endTwice", { until: until.text }, until.range);
  else if (until !== undefined && hasRulePart(rule, "COUNT")) report("LON4007.bothRaw", {}, until.range);
  else if (until !== undefined && dateOf(until) < dateOf(node.starting)) report("LON3003.untilBeforeStarting", { until: until.text, starting: node.starting.text }, until.range);
  return ok;
}
