/**
 * LON3006 for `at <library>` after the name of a declaration that belongs to no library
 * (`partner sd1 at perpus {`, `kpi iku at perpus {`): the parser reads it for every kind,
 * and only a program and the resources use it (see `takesAtLibrary`), so elsewhere it was
 * dropped without a word.
 */
import { suggestion } from "@lontar/core";
import type { Declaration, KeywordLanguage } from "../../syntax/ast.js";
import { spell } from "../../syntax/keywords.js";
import { propertySyntax, takesAtLibrary } from "../../language/table.js";
import { kindPhrase } from "../message-words.js";
import type { FileReporter } from "../report.js";

/** `at perpus` / `di perpus` as the declaration's language writes it. */
function atWritten(library: string, lang: KeywordLanguage): string {
  return `${lang === "id" ? "di" : spell("At", "en")} ${library}`;
}

/**
 * Reports `at <library>` in the head of a declaration whose kind takes none, at the
 * library's name, with the edit that deletes it (preferred for a partner, a library and a
 * rule, where nothing else could be meant; offered for an agreement and a KPI, whose
 * message says where the library goes instead).
 */
export function checkHeadAt(declaration: Declaration, reporter: FileReporter): void {
  const at = declaration.at;
  const kind = declaration.declarationKind;
  if (at === undefined || takesAtLibrary(kind)) return;
  const lang = declaration.lang;
  const written = atWritten(at.name, lang);
  const location = { file: reporter.file, range: { start: declaration.name.range.end, end: at.range.end } };
  const fix = suggestion("note.deleteIt", {}, [{ location, text: "" }], kind !== "agreement" && kind !== "kpi");
  const extras = { suggestions: [fix] };
  if (kind === "agreement") {
    const parties = `${spell("Between", lang)} ${at.name} ${spell("And", lang)} <${lang === "id" ? "mitra" : "partner"}>`;
    reporter.report("LON3006.atNotTakenAgreement", { written, parties }, at.range, extras);
  } else if (kind === "kpi") {
    const appliesTo = `${propertySyntax("appliesTo")?.written[lang] ?? "applies to"} ${at.name}`;
    reporter.report("LON3006.atNotTakenKpi", { written, appliesTo }, at.range, extras);
  } else {
    reporter.report("LON3006.atNotTaken", { kind: kindPhrase(kind), written }, at.range, extras);
  }
}
