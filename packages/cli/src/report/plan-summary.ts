import type { Plan } from "@lontar/planner";

/** Where a plan's files went, for the summary. */
export interface WrittenOutputs {
  /** The output folder, as the user should type it (relative to the working directory). */
  readonly dir: string;
  /** The files written, relative to `dir`, with forward slashes. */
  readonly files: readonly string[];
}

/**
 * A plan in a few lines for a terminal: the horizon, occurrences by status, agreements by
 * status, budgets, the score, and where calendar.ics and index.html are.
 *
 * @example
 * ```
 * Plan 2019-01-01 … 2019-12-31
 *   occurrences  412 scheduled, 3 unassigned, 0 cancelled
 *   agreements   2 ok, 1 at risk
 * ```
 */
export function summarizePlan(plan: Plan, outputs: WrittenOutputs): string {
  const byStatus = count(plan.occurrences.map((occurrence) => occurrence.status));
  const agreements = count(plan.agreements.map((agreement) => agreement.status));
  const lines = [
    `Plan ${plan.horizon.from} … ${plan.horizon.to}`,
    `  occurrences  ${plan.occurrences.length} (${["scheduled", "unassigned", "cancelled"].map((s) => `${byStatus.get(s) ?? 0} ${s}`).join(", ")})`,
    `  agreements   ${plan.agreements.length === 0 ? "none" : [...agreements].map(([status, n]) => `${n} ${status.replace("_", " ")}`).join(", ")}`,
  ];
  for (const agreement of plan.agreements) {
    const missed = agreement.findings.filter((finding) => !finding.ok);
    if (missed.length > 0) lines.push(`    ${agreement.agreementId}: ${missed.map((finding) => finding.message).join("; ")}`);
  }
  for (const budget of plan.budget) {
    lines.push(`  budget       ${budget.budgetId}: ${rupiah(budget.planned)} of ${rupiah(budget.amount)} planned, ${rupiah(budget.remaining)} left`);
  }
  lines.push(`  score        hard ${plan.score.hard}, medium ${plan.score.medium}, soft ${plan.score.soft}${plan.score.hard === 0 ? " (feasible)" : ""}`);
  lines.push(`  violations   ${plan.violations.length}`);
  lines.push("", `Wrote ${outputs.files.length} files to ${outputs.dir}/`);
  for (const key of ["calendar.ics", "index.html"]) {
    if (outputs.files.includes(key)) lines.push(`  ${key.padEnd(13)}${outputs.dir}/${key}`);
  }
  return `${lines.join("\n")}\n`;
}

function count(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

// Rupiah with Indonesian thousands separators, independent of the host locale.
function rupiah(amount: number): string {
  const sign = amount < 0 ? "-" : "";
  const digits = Math.abs(Math.round(amount)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${sign}Rp ${digits}`;
}
