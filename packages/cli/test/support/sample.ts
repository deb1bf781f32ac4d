import type { Diagnostic } from "@lontar/dsl";
import { diagnostic, rangeOf } from "./diagnostics.js";

/** A small agreement file used across formatter tests. */
export const AGREEMENT_FILE = "agreements/mou.lontar";

/** Its text. */
export const AGREEMENT_SOURCE = `library solok {
  name "Dispusip Solok"
}

agreement mou_disdik {
  between solok and disdk
  valid 2019-01-01..2019-12-31
  at least 10 sessions of kelas_menulis per semester
}
`;

/** An unknown partner (error, with a certain fix) and a compliance shortfall (warning). */
export const SAMPLE_DIAGNOSTICS: readonly Diagnostic[] = [
  diagnostic({
    code: "LON5101",
    severity: "warning",
    message: "only 8 of 10 sessions of kelas_menulis are planned in semester 2019-S1",
    file: AGREEMENT_FILE,
    range: rangeOf(AGREEMENT_SOURCE, "at least 10 sessions of kelas_menulis per semester"),
  }),
  diagnostic({
    code: "LON2001",
    severity: "error",
    message: "unknown partner `disdk`",
    file: AGREEMENT_FILE,
    range: rangeOf(AGREEMENT_SOURCE, "disdk"),
    related: [{ location: { file: AGREEMENT_FILE, range: rangeOf(AGREEMENT_SOURCE, "solok") }, message: "the library is declared here" }],
    suggestions: [
      { message: "did you mean `disdik`?", edits: [{ location: { file: AGREEMENT_FILE, range: rangeOf(AGREEMENT_SOURCE, "disdk") }, text: "disdik" }] },
    ],
  }),
];

/** The sources map of the sample. */
export const SAMPLE_SOURCES: ReadonlyMap<string, string> = new Map([[AGREEMENT_FILE, AGREEMENT_SOURCE]]);

/** Documentation of the sample's codes. */
export const SAMPLE_CODES = {
  LON2001: { title: "Unknown name", description: "A reference names nothing declared in the workspace." },
  LON5101: { title: "Agreement shortfall", description: "The plan holds fewer sessions than an agreement requires." },
} as const;
