import { budgetCategoryLabels, labelOf, periodLabels, type Budget, type Language, type Period, type Workspace } from "@lontar/core";
import { drawOnBudgets, workspaceBooks } from "../../plan/budget-draws.js";
import type { SharePurse } from "../../plan/budget-shares.js";
import { periodKey, periodsMeeting } from "../../calendar/periods.js";
import { periodNames } from "../../compliance/period-names.js";
import type { Plan } from "../../plan/plan.js";
import { idAsWords } from "../plan-view.js";
import { money, word } from "../words.js";
import { escapeHtml } from "./escape-html.js";
import { dayMonthYear, periodWords } from "../long-date.js";
import { unpaidCosts, type UnpaidCost } from "../../diagnostics/budget-periods.js";
import { reportWord } from "./report-words.js";

/** The most periods a budget's table lists (a daily cap over years stays readable). */
const MAX_BUDGET_PERIODS = 60;

/**
 * Rupiah the scheduled sessions draw from each budget per period key (`per` of its cap, else
 * month), as the plan's budget summary draws them (budget-draws.ts), and the purse that tells
 * what the partners' shares paid instead.
 */
function chargesByPeriod(plan: Plan, workspace: Workspace): { readonly charges: Map<string, Map<string, number>>; readonly purse: SharePurse } {
  const charges = new Map<string, Map<string, number>>();
  const purse = drawOnBudgets(workspaceBooks(workspace), plan.occurrences, (o) => o.status === "scheduled", (budget, amount, date) => {
    const row = charges.get(budget.id) ?? new Map<string, number>();
    charges.set(budget.id, row);
    const key = periodKey(date, budget.cap?.per ?? "month");
    row.set(key, (row.get(key) ?? 0) + amount);
  });
  return { charges, purse };
}

/**
 * What each partner's share from outside the budgets paid of the planned costs, one sentence
 * each with the rupiah: the sessions' costs add up to the budgets' planned amounts and these (a reader adding
 * up the sessions asks where the rest went).
 */
function sharesPaid(purse: SharePurse, workspace: Workspace, language: Language): { readonly sentence: string; readonly amount: number }[] {
  return purse.terms.flatMap((terms, i) => {
    const paid = purse.paidBy(i);
    if (!terms.lowersBudgets || paid <= 0) return [];
    const agreement = workspace.agreements.find((a) => a.id === terms.agreementId);
    const partner = workspace.partners.find((p) => p.id === agreement?.partner) ?? workspace.libraries.find((l) => l.id === agreement?.partner);
    const program = terms.program === undefined ? undefined : workspace.programs.find((p) => p.id === terms.program);
    const library = workspace.libraries.find((l) => l.id === terms.library);
    const target = program?.title ?? library?.name ?? idAsWords(terms.program ?? terms.library ?? terms.agreementId);
    const sentence = reportWord("sharePaid", language, {
      partner: partner?.name ?? idAsWords(agreement?.partner ?? terms.agreementId),
      amount: money(paid, language),
      target,
      agreement: agreement?.title ?? idAsWords(terms.agreementId),
    });
    return [{ sentence, amount: paid }];
  });
}

/**
 * The costs no budget pays, one sentence each (`lontar check`'s LON5107, see unpaidCosts):
 * the program, how many of its scheduled sessions fall outside its budget's period, the
 * period, and the rupiah nothing pays. With the partners' shares, what a reader adding up the
 * sessions' costs needs to reach the budgets' planned amounts. The report and plan.xlsx say them alike.
 */
export function unpaidSentences(unpaid: readonly UnpaidCost[], language: Language): { readonly sentence: string; readonly amount: number }[] {
  return unpaid.map((u) => {
    const amount = u.total;
    const sentence = reportWord("unpaidCost", language, {
      program: u.program.title,
      count: u.outside,
      budget: u.budget.name ?? idAsWords(u.budget.id),
      from: dayMonthYear(u.budget.period.from, language),
      to: dayMonthYear(u.budget.period.to, language),
      total: money(amount, language),
    });
    return { sentence, amount };
  });
}

/**
 * What the partners' shares from outside the budgets paid of the scheduled sessions' costs,
 * one sentence each with its rupiah (see sharesPaid): the report and plan.xlsx say them alike.
 */
export function partnerShares(plan: Plan, workspace: Workspace, language: Language): { readonly sentence: string; readonly amount: number }[] {
  return sharesPaid(chargesByPeriod(plan, workspace).purse, workspace, language);
}

/**
 * The budgets: per budget its category, amount, planned and remaining, then what the partners'
 * shares pay instead and the costs no budget pays (`unpaid`, unpaidCosts': see unpaidSentences), then what is
 * planned per period of its cap (per month when it has none) against the cap.
 */
export function budgetSection(plan: Plan, workspace: Workspace, language: Language, unpaid: readonly UnpaidCost[] = unpaidCosts(workspace, plan.occurrences)): string {
  const w = (text: string): string => escapeHtml(text);
  const heading = `<h2>${w(reportWord("budgetHeading", language))}</h2>`;
  const budgets = workspace.resources.filter((r): r is Budget => r.kind === "budget");
  if (budgets.length === 0) return `<section id="budget">\n${heading}\n<p>${w(reportWord("noBudgets", language))}</p>\n</section>`;
  const totals = new Map(plan.budget.map((b) => [b.budgetId, b]));
  const { charges, purse } = chargesByPeriod(plan, workspace);
  const shares = sharesPaid(purse, workspace, language).map(({ sentence }) => `<p class="share">${w(sentence)}</p>`);
  const unpaidLines = unpaidSentences(unpaid, language).map(({ sentence }) => `<p class="bad">${w(sentence)}</p>`);
  const head = `<tr><th>${w(word("budget", language))}</th><th>${w(word("category", language))}</th><th>${w(word("amount", language))}</th><th>${w(word("planned", language))}</th><th>${w(word("remaining", language))}</th></tr>`;
  const rows = budgets.map((b) => {
    const total = totals.get(b.id);
    const planned = total?.planned ?? 0;
    return `<tr><td>${w(b.name ?? idAsWords(b.id))}</td><td>${w(labelOf(budgetCategoryLabels, b.category, language))}</td><td class="num">${w(money(b.amount, language))}</td><td class="num">${w(money(planned, language))}</td><td class="num">${w(money(total?.remaining ?? b.amount - planned, language))}</td></tr>`;
  });
  const perPeriod = budgets.map((b) => {
    const per: Period = b.cap?.per ?? "month";
    const span = { from: b.period.from > plan.horizon.from ? b.period.from : plan.horizon.from, to: b.period.to < plan.horizon.to ? b.period.to : plan.horizon.to };
    if (span.from > span.to) return "";
    const row = charges.get(b.id);
    const lines = periodsMeeting(span, per, MAX_BUDGET_PERIODS).map(({ period }) => {
      const spent = row?.get(periodKey(period.from, per)) ?? 0;
      const over = b.cap !== undefined && spent > b.cap.amount;
      // Over the cap in words, not by the row's colour alone (a black-and-white printer, a colour-blind reader).
      const cap = b.cap === undefined ? "" : w(over ? `${money(b.cap.amount, language)} ${reportWord("overCapMark", language)}` : money(b.cap.amount, language));
      // A month or a year by its name (`Jan 2019`, as the table of resources' use writes months), other periods by their dates.
      const name = per === "month" || per === "year" ? periodNames([period], per)[language] : periodWords(period.from, period.to, language);
      return `<tr${over ? ' class="bad"' : ""}><td>${w(name)}</td><td class="num">${w(money(spent, language))}</td><td class="num">${cap}</td></tr>`;
    });
    const caption = `${b.name ?? idAsWords(b.id)}${b.cap === undefined ? "" : ` (${reportWord("capPer", language, { amount: money(b.cap.amount, language), period: labelOf(periodLabels, per, language) })})`}`;
    return `<table class="list budget-periods">\n<caption>${w(caption)}</caption>\n<thead><tr><th>${w(reportWord("period", language))}</th><th>${w(word("planned", language))}</th><th>${w(reportWord("cap", language))}</th></tr></thead>\n<tbody>\n${lines.join("\n")}\n</tbody>\n</table>`;
  });
  return `<section id="budget">\n${heading}\n<table class="list">\n<thead>${head}</thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>\n${[...shares, ...unpaidLines, ...perPeriod.filter((t) => t !== "")].join("\n")}\n</section>`;
}
