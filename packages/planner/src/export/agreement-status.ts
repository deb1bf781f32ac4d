import type { Agreement, Language } from "@lontar/core";
import { isPartialFinding } from "../compliance/check-compliance.js";
import type { ComplianceFinding, Plan } from "../plan/plan.js";

/** An agreement's status in plan.json: `ok`, `at_risk`, `violated` or `inactive`. */
export type AgreementStatus = Plan["agreements"][number]["status"];

/**
 * An agreement's status as a reader says it, in lower case: one table for the report, the
 * command line's plan summary and the editor's code lens, so each says `not met` /
 * `tidak terpenuhi` for plan.json's `violated`.
 */
const AGREEMENT_STATUS_WORDS: Readonly<Record<AgreementStatus, Readonly<Record<Language, string>>>> = {
  ok: { en: "met", id: "terpenuhi" },
  at_risk: { en: "at risk", id: "berisiko" },
  violated: { en: "not met", id: "tidak terpenuhi" },
  inactive: { en: "not in force", id: "tidak berlaku" },
};

/**
 * An agreement's status in words, lower case (`at risk`, `berisiko`); a status this version
 * does not know (a newer plan.json) as it is written.
 *
 * @example agreementStatusWord("violated", "id") // "tidak terpenuhi"
 */
export function agreementStatusWord(status: string, language: Language): string {
  return Object.hasOwn(AGREEMENT_STATUS_WORDS, status) ? AGREEMENT_STATUS_WORDS[status as AgreementStatus][language] : status;
}

/**
 * One finding's status, as its agreement's is made of them: `ok` when met, `at_risk` when
 * missed only as a risk (a period the horizon cuts, a budget share: a warning), `violated`
 * when missed (an error). So a row under an agreement "at risk" says "at risk", not "not met"
 * (a walk: "Berisiko" above "✗ Tidak terpenuhi").
 *
 * @example findingStatus(finding, plan.horizon, agreement) // "at_risk"
 */
export function findingStatus(finding: ComplianceFinding, horizon: Plan["horizon"], agreement: Agreement | undefined): Exclude<AgreementStatus, "inactive"> {
  if (finding.ok) return "ok";
  return agreement !== undefined && isPartialFinding(finding, horizon, agreement) ? "at_risk" : "violated";
}

/**
 * What a budget share's finding says the share pays (a partner's money from outside the
 * budgets) or counts (money in a budget) of the planned cost: what it can pay (its `amount`,
 * or its budget's when that is less: `shareCap`) less what it leaves unused. The report's and
 * the workbook's "planned" for a share: the program's whole cost there read as the partner's
 * (two shares of one class both "Rp 9.600.000" where the partner paid 6 and the library 3.6
 * million: a pustakawan's walk).
 *
 * @example shareCounted({ …finding, unused: 4000000 }, 10000000) // 6000000
 */
export function shareCounted(finding: ComplianceFinding, amount: number): number {
  return Math.max(0, Math.min(finding.planned, (finding.shareCap ?? amount) - (finding.unused ?? 0)));
}
