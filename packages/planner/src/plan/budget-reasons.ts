/**
 * The words of the reason a plan gives a session a budget stops, written and read in one
 * place: the allocator writes `<id> unassigned: budget <id> (Rp <amount>) would reach Rp
 * <total>` or `… budget <id> cap Rp <cap> per <period> would reach Rp <total>`
 * (allocate/budget-caps.ts); the diagnostics and the outputs read the figures back to tell
 * the reader why, in their language, with rupiah as they write them.
 */
import { periodLabels, type Period } from "@lontar/core";
import type { Justification } from "./plan.js";

/** The constraint id of a session a budget stops. */
export const BUDGET_CAP = "budget-cap";

/** The constraints by which the allocator leaves a session unassigned (why it is not placed): the session's reasons tell them. */
export const NOT_PLACED_CONSTRAINTS: ReadonlySet<string> = new Set(["unassigned", BUDGET_CAP]);

/** What stops a session: a budget's amount, or its cap for one sub-period (e.g. a month). */
export type BudgetRefusal =
  | {
      /** The budget's amount would be passed. */
      readonly kind: "amount";
      /** The budget's id. */
      readonly budgetId: string;
      /** Its amount, whole rupiah. */
      readonly amount: number;
      /** What the plan would draw from it with the session, whole rupiah. */
      readonly total: number;
    }
  | {
      /** The budget's cap for one sub-period would be passed. */
      readonly kind: "cap";
      /** The budget's id. */
      readonly budgetId: string;
      /** The cap, whole rupiah per `per`. */
      readonly cap: number;
      /** The sub-period the cap holds for. */
      readonly per: Period;
      /** What the plan would draw from it in that sub-period with the session, whole rupiah. */
      readonly total: number;
    };

const AMOUNT = /budget (\S+) \(Rp (\d+)\) would reach Rp (\d+)$/;
const CAP = /budget (\S+) cap Rp (\d+) per (\w+) would reach Rp (\d+)$/;

const isPeriod = (word: string): word is Period => Object.hasOwn(periodLabels, word);

/** The planner's words for a refusal, after the occurrence id: `budget dana (Rp 500000) would reach Rp 600000`. */
function refusalWords(refusal: BudgetRefusal): string {
  return refusal.kind === "amount"
    ? `budget ${refusal.budgetId} (Rp ${refusal.amount}) would reach Rp ${refusal.total}`
    : `budget ${refusal.budgetId} cap Rp ${refusal.cap} per ${refusal.per} would reach Rp ${refusal.total}`;
}

/**
 * The justification of a session a budget stops (medium: the session does not take place).
 *
 * @example budgetRefusal("p@2026-02-07T09:00", { kind: "amount", budgetId: "dana", amount: 500000, total: 600000 }).message // "p@2026-02-07T09:00 unassigned: budget dana (Rp 500000) would reach Rp 600000"
 */
export function budgetRefusal(occurrenceId: string, refusal: BudgetRefusal): Justification {
  return { constraint: BUDGET_CAP, level: "medium", occurrenceId, message: `${occurrenceId} unassigned: ${refusalWords(refusal)}` };
}

/** What a budget refusal's reason says (see {@link budgetRefusal}), or undefined for another reason. */
export function readBudgetRefusal(why: Justification): BudgetRefusal | undefined {
  if (why.constraint !== BUDGET_CAP) return undefined;
  const amount = AMOUNT.exec(why.message);
  if (amount !== null) return { kind: "amount", budgetId: amount[1] ?? "", amount: Number(amount[2]), total: Number(amount[3]) };
  const cap = CAP.exec(why.message);
  const per = cap?.[3] ?? "";
  if (cap === null || !isPeriod(per)) return undefined;
  return { kind: "cap", budgetId: cap[1] ?? "", cap: Number(cap[2]), per, total: Number(cap[4]) };
}
