import { rupiahLabels, type Agreement, type Labels, type MessageRef, type Obligation } from "@lontar/core";
import type { DateSpan } from "../calendar/periods.js";
import { money } from "../export/words.js";
import { expectedWords, notScheduledWords } from "./expected-text.js";

/** What the message of a failed obligation says: which obligation, how it was judged, in which period, expected and planned. */
export interface FailedObligation {
  /** Index of the obligation in the agreement. */
  readonly obligationIndex: number;
  /** error (LON5101) or warning (LON5102). */
  readonly severity: "error" | "warning";
  /** The period checked. */
  readonly period: DateSpan;
  /** Expected, e.g. `>= 4`. */
  readonly expected: string;
  /** Planned count or rupiah. */
  readonly planned: number;
  /** The sessions in the period the obligation would count, cancelled or not placed, when any. */
  readonly notScheduled?: number | undefined;
  /** For a budget share: the rupiah of it the planned sessions do not use, when any. */
  readonly unused?: number | undefined;
  /** For a share in a budget: the rupiah of the planned cost outside the budget's period, which the share does not pay, when any. */
  readonly outsideBudget?: number | undefined;
  /** For a share from a budget holding less than the share: the budget's amount, the most the share can pay. */
  readonly shareCap?: number | undefined;
}

const PARTY: Readonly<Record<string, Labels>> = { library: { en: "library", id: "perpustakaan" }, partner: { en: "partner", id: "mitra" } };

/** ` for sman1_padang` (` untuk …`) after a count of sessions using what is provided to a recipient; empty with none. */
export const recipientWords = (recipient: string | undefined): Labels | string => (recipient === undefined ? "" : { en: ` for ${recipient}`, id: ` untuk ${recipient}` });

/** ` at tanah_garam, ix_korong` (` di …`) after a count of a program's sessions held only at those sites; empty with none. */
export const sitesWords = (sites: readonly string[] | undefined): Labels =>
  sites === undefined ? { en: "", id: "" } : { en: ` at ${sites.join(", ")}`, id: ` di ${sites.join(", ")}` };

/**
 * What ends a budget share's message: nothing when the plan uses the whole share, else
 * that nothing planned uses it (no planned cost), or what it pays of the planned cost (all
 * of it, or its part when other shares written before it pay the rest) and how much of it is
 * left unused: "Rp 5.000.000 unused" beside a cost larger than the share reads as wrong
 * arithmetic until the other shares are named. `amount`: what the share can pay (its
 * amount, or `cap`, the amount of its budget when that holds less: said after what is
 * unused, so that the share's amount less the cost need not be the figure). `outside`: the
 * part of the cost on dates outside the share's budget's period, which the budget, and so
 * the share, does not pay; said first, as what the share cannot count.
 *
 * @example unusedWords(15_000_000, 20_000_000, 5_000_000).en // " — it pays all of that cost; Rp 5,000,000 of the share is not used by the plan"
 */
export function unusedWords(cost: number, amount: number, unused: number | undefined, outside = 0, cap?: number): Labels {
  if (unused === undefined || unused <= 0) return { en: "", id: "" };
  if (cost <= 0) return { en: " — nothing planned uses the share", id: " — tidak ada rencana yang memakai bagian ini" };
  const used = amount - unused;
  const capped = cap === undefined ? { en: "", id: "" } : { en: ` (it can pay at most the ${money(cap, "en")} its budget holds: LON5007)`, id: ` (bagian ini paling banyak membayar ${money(cap, "id")} yang dimuat anggarannya: LON5007)` };
  const left = { en: `${money(unused, "en")} of the share is not used by the plan${capped.en}`, id: `${money(unused, "id")} dari bagian ini tidak terpakai oleh rencana${capped.id}` };
  const paid = cost - Math.max(0, outside);
  const before =
    paid < cost
      ? { en: ` — ${money(cost - paid, "en")} of that cost falls outside its budget's period, where the budget, and so the share, pays nothing;`, id: ` — ${money(cost - paid, "id")} dari biaya itu berada di luar periode anggarannya, saat anggaran itu, dan karenanya bagian ini, tidak membayar apa pun;` }
      : { en: " —", id: " —" };
  if (paid <= 0) return { en: `${before.en} ${left.en}`, id: `${before.id} ${left.id}` };
  const rest = paid < cost ? { en: "the rest", id: "sisanya" } : { en: "that cost", id: "biaya itu" };
  if (used >= paid) return { en: `${before.en} it pays all of ${rest.en}; ${left.en}`, id: `${before.id} bagian ini membayar seluruh ${rest.id}; ${left.id}` };
  const others = paid - used;
  return {
    en: `${before.en} shares written before it pay ${money(others, "en")} of ${rest.en}, this one ${money(used, "en")}; ${left.en}`,
    id: `${before.id} bagian yang ditulis sebelumnya membayar ${money(others, "id")} dari ${rest.id}, bagian ini ${money(used, "id")}; ${left.id}`,
  };
}

/**
 * What a budget share pays towards, for its message: its program, else its budget, else the
 * programs of the agreement's library (a share naming neither counts those).
 *
 * @example shareTarget(share, agreement).id // "program-program perpus_langsa"
 */
export function shareTarget(obligation: Extract<Obligation, { kind: "budget_share" }>, agreement: Agreement): Labels {
  const named = obligation.program ?? obligation.budget;
  return named === undefined ? { en: `the programs of ${agreement.library}`, id: `program-program ${agreement.library}` } : { en: named, id: named };
}

/**
 * The message of a failed obligation as a template of the code table (LON5101 for an
 * error, LON5102 for a warning) and its arguments, to render it in either language;
 * undefined when `agreement` has no obligation at the finding's index.
 *
 * @example messageLabels(obligationMessage(finding, agreement)!).id // "kesepakatan mou_unand, kewajiban 1: …"
 */
export function obligationMessage(finding: FailedObligation, agreement: Agreement): MessageRef | undefined {
  const obligation = agreement.obligations[finding.obligationIndex];
  if (obligation === undefined) return undefined;
  const code = finding.severity === "error" ? "LON5101" : "LON5102";
  const base = { agreement: agreement.id, number: finding.obligationIndex + 1, from: finding.period.from, to: finding.period.to, planned: finding.planned };
  const expected = expectedWords(finding.expected);
  switch (obligation.kind) {
    case "sessions":
      return { key: `${code}.sessions`, args: { ...base, program: obligation.program, sites: sitesWords(obligation.sites), expected, notScheduled: notScheduledWords(finding.notScheduled ?? 0) } };
    case "provides":
      return { key: `${code}.provides`, args: { ...base, resource: obligation.resource, recipient: recipientWords(obligation.recipient), expected, notScheduled: notScheduledWords(finding.notScheduled ?? 0) } };
    case "hosts":
      return { key: `${code}.hosts`, args: { ...base, program: obligation.program, notScheduled: notScheduledWords(finding.notScheduled ?? 0) } };
    case "budget_share": {
      // A plan written by an older Lontar may have no `unused`: its failed share was one nothing planned used.
      // What the share can pay: its amount, or its budget's when that holds less (the share's finding counts up to it).
      const countable = finding.shareCap === undefined ? obligation.amount : Math.min(obligation.amount, finding.shareCap);
      const unused = unusedWords(finding.planned, countable, finding.unused ?? (finding.planned > 0 ? undefined : countable), finding.outsideBudget, finding.shareCap);
      const target = shareTarget(obligation, agreement);
      const amount = rupiahLabels(obligation.amount);
      const cost = rupiahLabels(finding.planned);
      return { key: `${code}.budgetShare`, args: { ...base, party: PARTY[obligation.party] ?? obligation.party, amount, target, cost, unused } };
    }
  }
}

