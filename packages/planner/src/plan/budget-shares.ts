import type { Agreement, Program, Workspace } from "@lontar/core";
import type { DateSpan } from "../calendar/periods.js";
import { agreementApplies } from "../compliance/agreement-applies.js";
import { sessionCostOf } from "./program-charges.js";

/**
 * What a share of an agreement that applies (`partner pays Rp … for <program> [from <budget>]`,
 * or `library pays …`) pays for: the costs of the sessions on the agreement's dates, of its
 * program when it names one, charged to its budget when it names one, else of the agreement
 * library's programs, up to its amount. Only a partner's share that names no budget is money
 * from outside the library's budgets, and pays costs before they do (`lowersBudgets`); a share
 * from a budget is money in that budget (a partner funding it), and a library's share money it
 * commits from its own: each only counts what the budgets pay for its program.
 */
export interface ShareTerms {
  /** The agreement. */
  readonly agreementId: string;
  /** The obligation's index within the agreement. */
  readonly obligationIndex: number;
  /** The rupiah paid over the validity. */
  readonly amount: number;
  /** The agreement's validity: sessions on other dates are not paid. */
  readonly validity: DateSpan;
  /** True for a partner's money outside the budgets: what it pays, the budgets do not. */
  readonly lowersBudgets: boolean;
  /** Only this program's costs. */
  readonly program?: string;
  /** Only the costs charged to this budget. */
  readonly budget?: string;
  /** Neither program nor budget named: the costs of this library's programs. */
  readonly library?: string;
}

/**
 * The obligation of `agreement` that a budget share at `index` repeats word for word (the same
 * party, amount, program and budget), else `index`: a share written twice is one share, as
 * LON3008 tells the writer ("one of them can go"), so deleting the copy changes no plan.
 *
 * @example firstOfSameShare(agreement, 2) // 0 when obligations 0 and 2 are both `partner pays Rp 15.000.000 for festival`
 */
export function firstOfSameShare(agreement: Agreement, index: number): number {
  const o = agreement.obligations[index];
  if (o?.kind !== "budget_share") return index;
  const first = agreement.obligations.findIndex((x) => x.kind === "budget_share" && x.party === o.party && x.amount === o.amount && x.program === o.program && x.budget === o.budget);
  return first === -1 ? index : first;
}

/**
 * The budget shares of the workspace's agreements that apply (their conditions hold), in the
 * order written: the order they pay in; a share written twice once (see firstOfSameShare).
 *
 * @example budgetShares(workspace) // [{ agreementId: "mou_lsm", obligationIndex: 0, amount: 25000000, lowersBudgets: true, program: "festival_literasi", … }]
 */
export function budgetShares(workspace: Workspace): ShareTerms[] {
  const shares: ShareTerms[] = [];
  for (const agreement of workspace.agreements) {
    if (!agreement.obligations.some((o) => o.kind === "budget_share") || !agreementApplies(workspace, agreement)) continue;
    agreement.obligations.forEach((o, obligationIndex) => {
      if (o.kind !== "budget_share" || firstOfSameShare(agreement, obligationIndex) !== obligationIndex) return;
      const target = o.program === undefined && o.budget === undefined ? { library: agreement.library } : { ...(o.program === undefined ? {} : { program: o.program }), ...(o.budget === undefined ? {} : { budget: o.budget }) };
      const lowersBudgets = o.party === "partner" && o.budget === undefined;
      shares.push({ agreementId: agreement.id, obligationIndex, amount: o.amount, validity: agreement.validity, lowersBudgets, ...target });
    });
  }
  return shares;
}

/** One session's charges once the shares have paid what they can. */
export interface SessionBill {
  /** The rupiah left for each budget its program's costs are charged to (0 for a `per: program` cost after the first session). */
  readonly draws: ReadonlyMap<string, number>;
  /** Each of the program's costs, by the cost's index: its rupiah this session (`whole`), and what is left for its budget once the partners' shares from outside the budgets have paid (`left`). */
  readonly lines: readonly { readonly whole: number; readonly left: number }[];
  /** What each share pays of it: the share's index in the purse's terms, and the rupiah. */
  readonly paid: readonly (readonly [share: number, amount: number])[];
}

/**
 * The money left in each share while sessions are charged one by one. A session's costs are
 * paid line by line, in the order the program writes them: first by the partners' shares from
 * outside the budgets that pay for the line (in the order written, each up to what it has
 * left), the rest by the line's budget, of which the shares in it that count the line take
 * their part in turn. Every walk of the budgets (the allocator's refusals, the plan's budget
 * summary, a budget's fix, the report's months, the agreements' findings) charges through a
 * purse, so they all count a share alike.
 */
export class SharePurse {
  private readonly left: number[];
  private readonly byProgram = new Map<string, readonly number[]>();

  /**
   * A purse holding each share's whole amount. `periods`: each declared budget's period, by
   * id; a share in a budget counts a cost only on a date its budget pays for (the budget
   * draws nothing outside its period, so nothing there is the share's money spent).
   */
  constructor(readonly terms: readonly ShareTerms[], private readonly periods: ReadonlyMap<string, { readonly period: DateSpan }>) {
    this.left = terms.map((t) => t.amount);
  }

  /** True when the budget a cost is charged to pays for `date`; true for a cost charged to no declared budget, which no period limits. */
  private budgetPays(budgetId: string | undefined, date: string): boolean {
    const period = budgetId === undefined ? undefined : this.periods.get(budgetId)?.period;
    return period === undefined || (date >= period.from && date <= period.to);
  }

  /** The shares that may pay for a program's costs, by index: those from outside the budgets first. */
  private sharesOf(program: Program): readonly number[] {
    let shares = this.byProgram.get(program.id);
    if (shares === undefined) {
      const fits = this.terms.flatMap((t, i) => ((t.program === undefined || t.program === program.id) && (t.library === undefined || t.library === program.library) ? [i] : []));
      shares = [...fits.filter((i) => this.terms[i]?.lowersBudgets === true), ...fits.filter((i) => this.terms[i]?.lowersBudgets !== true)];
      this.byProgram.set(program.id, shares);
    }
    return shares;
  }

  /** What a session of `program` on `date` leaves its budgets to pay (`first`: it carries the program's `per: program` costs); nothing is paid yet. */
  bill(program: Program, first: boolean, date: string): SessionBill {
    const draws = new Map<string, number>();
    const lines: { whole: number; left: number }[] = [];
    const paid: [number, number][] = [];
    const shares = this.terms.length === 0 ? [] : this.sharesOf(program);
    for (const cost of program.costs) {
      const whole = sessionCostOf(cost, program, first);
      // `fromOutside` is what the partners pay from outside the budgets; the budget draws the rest, which the shares in it count (on the dates it pays for).
      let fromOutside = 0;
      let counted = 0;
      const budgetPays = this.budgetPays(cost.budget, date);
      for (const i of shares) {
        const terms = this.terms[i];
        if (terms === undefined || (terms.budget !== undefined && terms.budget !== cost.budget) || date < terms.validity.from || date > terms.validity.to) continue;
        if (!terms.lowersBudgets && !budgetPays) continue;
        const open = terms.lowersBudgets ? whole - fromOutside : whole - fromOutside - counted;
        const before = paid.find((p) => p[0] === i);
        const pay = Math.min(open, (this.left[i] ?? 0) - (before?.[1] ?? 0));
        if (pay <= 0) continue;
        if (terms.lowersBudgets) fromOutside += pay;
        else counted += pay;
        if (before === undefined) paid.push([i, pay]);
        else before[1] += pay;
      }
      lines.push({ whole, left: whole - fromOutside });
      if (cost.budget !== undefined) draws.set(cost.budget, (draws.get(cost.budget) ?? 0) + whole - fromOutside);
    }
    return { draws, lines, paid };
  }

  /** Takes a bill's shares out of the purse. */
  settle(bill: SessionBill): void {
    for (const [i, amount] of bill.paid) this.left[i] = (this.left[i] ?? 0) - amount;
  }

  /** What share `i` has paid so far. */
  paidBy(i: number): number {
    return (this.terms[i]?.amount ?? 0) - (this.left[i] ?? 0);
  }
}
