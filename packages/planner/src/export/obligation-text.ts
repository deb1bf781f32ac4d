import type { Language, Obligation } from "@lontar/core";
import { nameOf, siteName, type WorkspaceIndex } from "./plan-view.js";
import { reportWord } from "./html/report-words.js";

/** An obligation in the reader's words: "sessions of Dongeng", "provides Paket Buku", "provides Paket Buku to Perpustakaan Desa Kledung". */
export function obligationText(obligation: Obligation | undefined, kind: string, index: WorkspaceIndex, language: Language): string {
  if (obligation === undefined) return kind;
  switch (obligation.kind) {
    case "hosts":
      return reportWord("obligationHosts", language, { program: nameOf(index, obligation.program) });
    case "sessions":
      // Counted at some sites only (`minimal 3 sesi buku_bergilir di tanah_garam, ix_korong per bulan`): they are named as the calendar names them (a place of its own, `desa_habi`, as words: a walk of stop 59).
      return obligation.sites === undefined
        ? reportWord("obligationSessions", language, { program: nameOf(index, obligation.program) })
        : reportWord("obligationSessionsAt", language, { program: nameOf(index, obligation.program), sites: obligation.sites.map((site) => siteName(index, site)).join(", ") });
    case "provides":
      // Provided to one recipient (`kepada perpusdes_kledung`): named, or three obligations to three villages read alike.
      // A recipient declared is named by its name; one written in quotes (`to "Desa A"`) as written.
      if (obligation.recipient !== undefined) return reportWord("obligationProvidesTo", language, { resource: nameOf(index, obligation.resource), recipient: nameOf(index, obligation.recipient) });
      return obligation.to === undefined
        ? reportWord("obligationProvides", language, { resource: nameOf(index, obligation.resource) })
        : reportWord("obligationProvidesTo", language, { resource: nameOf(index, obligation.resource), recipient: obligation.to });
    case "budget_share": {
      // Towards what, as the sessions' rows name their program; a share naming neither pays for its library's programs.
      const target = obligation.program ?? obligation.budget;
      return target === undefined ? reportWord("obligationBudget", language) : reportWord("obligationBudgetFor", language, { target: nameOf(index, target) });
    }
  }
}
