/** A workspace of one library and one rule whose condition a test writes, in either language, and its errors. */
import { checkSource, type Diagnostic } from "@lontar/dsl";

/** One library and a rule `r` forbidding what `condition` holds, with the keywords of `lang`. */
export const rule = (condition: string, lang: "en" | "id" = "id"): string =>
  lang === "id"
    ? `perpustakaan p {\n  jenjang kota\n  wilayah "Aceh" / "Kota Langsa"\n}\naturan r {\n  ketika ${condition}\n  maka larang "x"\n}\n`
    : `library p {\n  tier city\n  region "Aceh" / "Kota Langsa"\n}\nrule r {\n  when ${condition}\n  then forbid "x"\n}\n`;

/** The errors of `source` as file `a.lontar`. */
export const errors = (source: string): Diagnostic[] => checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
