import { formatNumber, formatRupiah, type Agreement, type Language, type Program } from "@lontar/core";
import { agreementStatusWord, countedViolations, expectedWords, estimatedHolidayYears, findingLabels, isOutsideWindow, isPartialFinding, missedWords, PERIODS_PLURAL, planVerdict, programsAllCancelled, programsWithoutSessions, type ComplianceFinding, type HorizonOrigin, type Plan, type PlanVerdict } from "@lontar/planner";
import { cliText, type CliArgs, type CliMessageKey } from "../text/render.js";

/** Where a plan's files went, for the summary. */
export interface WrittenOutputs {
  /** The output folder, as the user should type it (relative to the working directory). */
  readonly dir: string;
  /** The files written, relative to `dir`, with forward slashes. */
  readonly files: readonly string[];
}

/** A cost of the plan nothing pays, as the summary names it (the planner's `UnpaidCost` has this shape). */
export interface UnpaidLine {
  /** The program the cost is of. */
  readonly program: { readonly id: string };
  /** The budget it is charged to, and the period it pays for. */
  readonly budget: { readonly id: string; readonly period: { readonly from: string; readonly to: string } };
  /** The sessions outside the budget's period. */
  readonly sessions: readonly unknown[];
  /** What nothing pays of their cost, in whole rupiah. */
  readonly total: number;
  /** How many scheduled sessions fall outside the budget's period, those partners' shares pay in full too. */
  readonly outside: number;
}

/** What the summary tells beyond the plan: the workspace's agreements and the costs nothing pays. */
export interface SummaryContext {
  /** The workspace's agreements: a finding is then told in Bahasa Indonesia in LON5101's words. */
  readonly agreements?: readonly Agreement[];
  /** The costs charged to a budget whose period leaves their sessions out (LON5107), named under each budget. */
  readonly unpaid?: readonly UnpaidLine[];
  /** The workspace's programs: the sessions a flexible schedule's periods have no room for (LON5108) are then counted. */
  readonly programs?: readonly Program[];
  /**
   * The command that checks the same files (`lontar check .`): when the plan cannot be carried
   * out as it stands, the summary ends by naming it, since `lontar check` tells each of the
   * plan's problems at its line with what to change, and the files' own summary before it
   * ("no errors or warnings in the files") reads as "all is well" (a walk of stop 58).
   */
  readonly checkCommand?: string;
}

/**
 * A plan in a few lines for a terminal: the horizon (and, when `origin` says it was taken
 * from the agreements' validity, that it was and how to plan another span), occurrences
 * by status, agreements by status (under each, the obligations it misses, and those the
 * horizon does not judge: "not in this window", see isOutsideWindow), the programs no schedule of which
 * gives a session in the horizon (LON5104's), budgets (under each, the costs charged to it that its
 * period leaves unpaid, `context.unpaid`: see LON5107), the score (its numbers as readers of
 * `language` write them: `ringan 43,18`), and where calendar.ics and index.html are. The
 * workspace's agreements (`context.agreements`) let a finding be told in Bahasa Indonesia
 * as fully as the planner tells it in English.
 *
 * @example
 * ```
 * Plan 2019-01-01 … 2019-12-31
 *   occurrences  412 scheduled, 3 unassigned, 0 cancelled
 *   agreements   2 met, 1 at risk
 * ```
 */
export function summarizePlan(plan: Plan, outputs: WrittenOutputs, language: Language = "en", origin?: HorizonOrigin, context: SummaryContext = {}): string {
  const byId = new Map((context.agreements ?? []).map((agreement) => [agreement.id, agreement]));
  const unpaid = context.unpaid ?? [];
  const t = <K extends CliMessageKey>(key: K, args: CliArgs<K>): string => cliText(key, args, language);
  const byStatus = count(plan.occurrences.map((occurrence) => occurrence.status));
  const agreements = count(plan.agreements.map((agreement) => agreement.status));
  const statuses = [...agreements].map(([status, n]) => `${n} ${agreementStatusWord(status, language)}`);
  const lines = [
    t("plan.title", plan.horizon),
    ...(origin === "agreements" ? [t("plan.horizonFromAgreements", {})] : []),
    t("plan.occurrences", {
      total: plan.occurrences.length,
      scheduled: byStatus.get("scheduled") ?? 0,
      unassigned: byStatus.get("unassigned") ?? 0,
      cancelled: byStatus.get("cancelled") ?? 0,
    }),
    t("plan.agreements", { list: plan.agreements.length === 0 ? t("plan.noAgreements", {}) : statuses.join(", ") }),
  ];
  for (const agreement of plan.agreements) {
    const missed = agreement.findings.filter((finding) => !finding.ok);
    // An obligation the window does not judge (its event is elsewhere in the validity) says so, not "met".
    const outside = agreement.findings.filter(isOutsideWindow);
    const told = [...byObligation(missed, plan, byId).map((group) => groupText(group, language, byId)), ...outside.map((finding) => findingText(finding, language, byId))];
    if (told.length > 0) lines.push(`    ${agreement.agreementId}: ${told.join("; ")}`);
  }
  // A program no schedule of which falls in the horizon (last year's dates copied) is in no output but LON5104: say it here too.
  const neverHeld = programsWithoutSessions(plan);
  if (neverHeld.length > 0) lines.push(t("plan.neverHeld", { programs: neverHeld.join(", ") }));
  // Sessions a period has no room for are in no status (they were never made): a Sleman planner's walk read "46 scheduled, 0 unassigned, 0 cancelled" beside 2 medium violations.
  const short = sessionsWithoutRoom(plan, context.programs ?? []);
  if (short.count === 1) lines.push(t("plan.noRoomOne", { programs: short.programs.join(", ") }));
  else if (short.count > 1) lines.push(t("plan.noRoom", { count: formatNumber(short.count, language), programs: short.programs.join(", ") }));
  // A program every session of which is cancelled (a contest set on a holiday) is one cancelled row among many otherwise.
  const allCancelled = programsAllCancelled(plan);
  if (allCancelled.length > 0) lines.push(t("plan.allCancelled", { programs: allCancelled.join(", ") }));
  for (const budget of plan.budget) {
    lines.push(t("plan.budget", { budget: budget.budgetId, planned: formatRupiah(budget.planned, language), amount: formatRupiah(budget.amount, language), remaining: formatRupiah(budget.remaining, language) }));
    for (const u of unpaid) {
      if (u.budget.id !== budget.budgetId) continue;
      const total = formatRupiah(u.total, language);
      lines.push(t("plan.budgetUnpaid", { program: u.program.id, count: formatNumber(u.outside, language), from: u.budget.period.from, to: u.budget.period.to, total }));
    }
  }
  const score = { hard: formatNumber(plan.score.hard, language), medium: formatNumber(plan.score.medium, language), soft: formatNumber(plan.score.soft, language) };
  // The report's verdict: sessions held while their library is closed, or not placed, break no firm rule, but the plan cannot be carried out as it stands, or in full.
  // Sessions no budget pays (LON5107, an error of `lontar check`) leave it unpaid as it stands: the verdict says so, as the report does.
  const verdict = planVerdict(plan, unpaid);
  const said = verdictWords(verdict, language);
  lines.push(`${t("plan.score", score)}${said}`);
  // Notices (the `info` level: holidays that are estimates) are not violations; the estimate is said in words.
  // By level, as the score is: 103 "violations" read as 103 breaches where 28 were a rule's soft warnings (a walk).
  const counted = countedViolations(plan);
  const level = (name: "hard" | "medium" | "soft"): string => formatNumber(counted.filter((v) => v.level === name).length, language);
  const levels = counted.length === 0 ? "" : t("plan.violationLevels", { hard: level("hard"), medium: level("medium"), soft: level("soft") });
  lines.push(t("plan.violations", { count: formatNumber(counted.length, language), levels, above: plan.agreements.length === 0 ? "" : t("plan.agreementsAbove", {}) }));
  if (verdict.kind !== "feasible" && context.checkCommand !== undefined) lines.push(t("plan.checkHint", { command: context.checkCommand }));
  const estimated = estimatedHolidayYears(plan);
  if (estimated.length > 0) lines.push(t("plan.estimatedHolidays", { years: estimated.join(", ") }));
  lines.push("", t("plan.wrote", { count: outputs.files.length, dir: outputs.dir }));
  for (const key of ["calendar.ics", "index.html"]) {
    if (outputs.files.includes(key)) lines.push(`  ${key.padEnd(13)}${outputs.dir}/${key}`);
  }
  return `${lines.join("\n")}\n`;
}

// The words of the finding's diagnostic (LON5101's, as full as the planner's own English
// words, without the agreement's id the line already begins with); its agreement unknown,
// the planner's own English words, or in Bahasa Indonesia the finding's numbers in the table's sentence.
function findingText(finding: ComplianceFinding, language: Language, agreements: ReadonlyMap<string, Agreement>): string {
  const agreement = agreements.get(finding.agreementId);
  const labels = agreement === undefined ? undefined : findingLabels(finding, agreement);
  if (labels !== undefined) return labels[language];
  if (language === "en") return finding.message;
  const { planned, expected, period } = finding;
  return cliText("plan.finding", { number: finding.obligationIndex + 1, planned, expected: expectedWords(expected)[language], from: period.from, to: period.to }, language);
}


/** One obligation's missed findings, never none. */
type ObligationFindings = readonly [ComplianceFinding, ...ComplianceFinding[]];

/**
 * The missed findings of one agreement by obligation, whole periods apart from those the
 * validity or the horizon cuts (as `lontar check` groups them: a cut period's bound is scaled
 * down), in the order of their first.
 */
function byObligation(findings: readonly ComplianceFinding[], plan: Plan, agreements: ReadonlyMap<string, Agreement>): ObligationFindings[] {
  const groups = new Map<string, [ComplianceFinding, ...ComplianceFinding[]]>();
  for (const finding of findings) {
    const agreement = agreements.get(finding.agreementId);
    const key = `${finding.obligationIndex}:${agreement !== undefined && isPartialFinding(finding, plan.horizon, agreement)}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [finding]);
    else group.push(finding);
  }
  return [...groups.values()];
}

/**
 * One obligation's missed periods in a phrase: a single period as the planner tells it,
 * several as one, named as `lontar check` names them ("obligation 1: not met in 9 months
 * (Mar–Nov 2019): 0–2 planned, at least 6 expected"; weeks by their dates), not one
 * sentence per period on one line. Found by a user walk: "not met in 5 periods
 * (2027-02-01..2027-12-31)" read as the whole span for five scattered weeks.
 */
function groupText(group: ObligationFindings, language: Language, agreements: ReadonlyMap<string, Agreement>): string {
  const [first] = group;
  if (group.length === 1) return findingText(first, language, agreements);
  const obligation = agreements.get(first.agreementId)?.obligations[first.obligationIndex];
  // The words `lontar check` says of missed periods (one table, the planner's); a group with no period to count by, its bounds alike.
  const words = missedWords(group, obligation !== undefined && "per" in obligation ? obligation.per : "month");
  const [spread, expected] = [words.planned, words.expected[language]];
  if (obligation !== undefined && "per" in obligation) {
    return cliText("plan.findingPeriods", { number: first.obligationIndex + 1, count: group.length, periods: PERIODS_PLURAL[obligation.per][language], names: words.names[language], planned: spread, expected }, language);
  }
  return cliText("plan.findingGroup", {
    number: first.obligationIndex + 1,
    count: group.length,
    from: first.period.from,
    to: group[group.length - 1]?.period.to ?? first.period.to,
    planned: spread,
    expected,
  }, language);
}

function count(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The verdict's words after the score: why the plan cannot be carried out as it stands, or that it can. */
function verdictWords(verdict: PlanVerdict, language: Language): string {
  switch (verdict.kind) {
    case "closedSessions":
      return cliText("plan.closedSessions", { count: verdict.count }, language);
    case "unpaidSessions":
      return cliText("plan.unpaidSessions", { count: formatNumber(verdict.count, language), total: formatRupiah(verdict.total, language) }, language);
    case "notPlaced":
      return cliText("plan.notPlaced", { count: verdict.count }, language);
    case "agreementsNotMet":
      return cliText("plan.agreementsNotMet", { count: verdict.count }, language);
    case "feasible":
      return cliText("plan.feasible", {}, language);
    case "notFeasible":
      return "";
  }
}

/**
 * The sessions flexible schedules ask for that their periods have no room for (each
 * `EXPAND_FLEXIBLE_SHORT` of the plan: its schedule's count less the sessions the period
 * holds), and the programs they belong to, in the plan's order.
 */
function sessionsWithoutRoom(plan: Plan, programs: readonly Program[]): { readonly count: number; readonly programs: readonly string[] } {
  const byId = new Map(programs.map((p) => [p.id, p]));
  let total = 0;
  const named: string[] = [];
  for (const v of plan.violations) {
    if (v.constraint !== "EXPAND_FLEXIBLE_SHORT" || v.programId === undefined || v.scheduleIndex === undefined || v.slots === undefined) continue;
    const schedule = byId.get(v.programId)?.schedules[v.scheduleIndex];
    const missing = schedule?.kind === "flexible" ? Math.max(0, schedule.count - v.slots) : 0;
    if (missing === 0) continue;
    total += missing;
    if (!named.includes(v.programId)) named.push(v.programId);
  }
  return { count: total, programs: named };
}
