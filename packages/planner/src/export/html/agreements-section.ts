import { messageLabels, type Language, type Workspace } from "@lontar/core";
import type { Plan } from "../../plan/plan.js";
import { agreementApplies, isOutsideWindow } from "../../compliance/check-compliance.js";
import { notInForceMessage } from "../../diagnostics/unchecked-agreements.js";
import { idAsWords, nameOf, type WorkspaceIndex } from "../plan-view.js";
import { agreementStatusWord, findingStatus, shareCounted } from "../agreement-status.js";
import { expectedText } from "../../compliance/expected-text.js";
import { money, word } from "../words.js";
import { obligationText } from "../obligation-text.js";
import { escapeHtml } from "./escape-html.js";
import { periodWords } from "../long-date.js";
import { reportWord, type ReportWord } from "./report-words.js";

/**
 * Agreements with their status and each obligation per period: expected against planned,
 * and whether it is met in words with a mark (`✓ Terpenuhi`, `⚠ Berisiko` for a risk,
 * `✗ Tidak terpenuhi`; "not in this window" for an event the plan's window does not hold), and
 * for an agreement not in force, why, in `lontar check`'s words (LON5110, LON5112).
 */
export function agreementsSection(plan: Plan, workspace: Workspace, index: WorkspaceIndex, language: Language): string {
  const agreements = workspace.agreements;
  const w = (key: ReportWord): string => escapeHtml(reportWord(key, language));
  const heading = `<h2>${w("agreements")}</h2>`;
  if (plan.agreements.length === 0) return `<section id="agreements">\n${heading}\n<p>${w("noAgreements")}</p>\n</section>`;
  const declared = new Map(agreements.map((a) => [a.id, a]));
  const tables = plan.agreements.map((a) => {
    const agreement = declared.get(a.agreementId);
    // An agreement declared without a title is named by its id as words (`mou_disdik_2019`: "MoU Disdik 2019"), as an unnamed resource is.
    const title = agreement?.title ?? idAsWords(a.agreementId);
    const partner = agreement === undefined ? "" : ` — ${nameOf(index, agreement.partner)}`;
    const statusWord = agreementStatusWord(a.status, language);
    const status = `${statusWord.charAt(0).toUpperCase()}${statusWord.slice(1)}`;
    const rows = a.findings.map((f) => {
      const obligation = agreement?.obligations[f.obligationIndex];
      const what = obligationText(obligation, f.kind, index, language);
      // The expected count with its signs, a budget share's amount and what the plan spends as money, as the budget table writes it.
      const expected = expectedText(f.expected, language);
      // A share: what it pays of the planned cost, and that cost (the cost alone read as the partner's).
      const planned = obligation?.kind === "budget_share" ? reportWord("shareOfPlannedCost", language, { paid: money(shareCounted(f, obligation.amount), language), cost: money(f.planned, language) }) : String(f.planned);
      // An event elsewhere in the validity than the plan's window is not judged: neither met nor missed.
      if (isOutsideWindow(f)) return `<tr class="outside"><td>${escapeHtml(what)}</td><td>${escapeHtml(periodWords(f.period.from, f.period.to, language))}</td><td>${escapeHtml(expected)}</td><td>${w("outsideWindow")}</td><td>–</td></tr>`;
      // Met or not in words and a mark, not by the row's colour alone: it reads on a black-and-white printer and to a colour-blind reader.
      // Missed only as a risk (a period the horizon cuts, a budget share) says so, as the agreement's status does.
      const status = findingStatus(f, plan.horizon, agreement);
      const [rowClass, mark] = status === "ok" ? (["ok", "metMark"] as const) : status === "at_risk" ? (["risk", "atRiskMark"] as const) : (["bad", "notMetMark"] as const);
      return `<tr class="${rowClass}"><td>${escapeHtml(what)}</td><td>${escapeHtml(periodWords(f.period.from, f.period.to, language))}</td><td>${escapeHtml(expected)}</td><td>${escapeHtml(planned)}</td><td>${w(mark)}</td></tr>`;
    });
    const table =
      rows.length === 0
        ? ""
        : `\n<table class="list">\n<thead><tr><th>${w("obligation")}</th><th>${w("period")}</th><th>${w("expected")}</th><th>${w("plannedCount")}</th><th>${escapeHtml(word("met", language))}</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`;
    // Not in force: why, in `lontar check`'s words (a walk: "Tidak berlaku" alone, the library's stage to be looked up).
    // Only where the condition is why: an agreement whose validity misses the horizon is inactive too (LON5004 says that one).
    const why = a.status === "inactive" && agreement !== undefined && !agreementApplies(workspace, agreement) ? `\n<p class="note">${escapeHtml(messageLabels(notInForceMessage(workspace, agreement))[language])}</p>` : "";
    return `<h3>${escapeHtml(`${title}${partner}`)} <span class="status-${escapeHtml(a.status)}">${escapeHtml(status)}</span></h3>${why}${table}`;
  });
  return `<section id="agreements">\n${heading}\n${tables.join("\n")}\n</section>`;
}
