/**
 * Completion inside a condition (`ketika …`, `when …`, `cakupan …`): the facts it may test
 * (core's table, named in the line's language: `program.kategori`, `hari`), the functions it may
 * call (`tumpang(…)`), and after a fact and a comparison the values that fact takes
 * (`program.kategori == mendongeng`, `hari == jumat`, `perpustakaan.tahap >= implementasi`, in a
 * list after `dalam` / `in`: `perpustakaan.jenjang dalam [desa, kelurahan]`).
 * A program's or an agreement's condition sees the static facts only (no occurrence's).
 */
import { FACTS, findFact, FUNCTIONS, type FactDefinition } from "@lontar/core";
import { propertySpec, type DeclarationKind } from "@lontar/dsl";
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from "vscode-languageserver";
import { spellings, type Lang } from "../language/language.js";
import { dayItems, valueItems } from "./value-completion.js";

/** The property whose allowed values a fact's values are, by the fact's English name. */
const FACT_VALUES: Readonly<Record<string, readonly [DeclarationKind, string]>> = {
  "program.category": ["program", "category"],
  "library.tier": ["library", "tier"],
  "library.stage": ["library", "stage"],
};

/** `<fact> [not] in [a, ` in either language (the `Not` and `In` keywords' spellings): a list's values follow. */
const IN_LIST = (() => {
  const words = (token: string): string => [...spellings(token, "en"), ...spellings(token, "id")].join("|");
  return new RegExp(`([A-Za-z_][A-Za-z0-9_.]*)\\s+(?:(?:${words("Not")})\\s+)?(?:${words("In")})\\s*\\[(?:[^\\]]*,)?\\s*$`);
})();

const nameIn = (fact: { readonly name: string; readonly nameId: string }, lang: Lang): string => (lang === "id" ? fact.nameId : fact.name);


/**
 * The items of a condition, from the line's text before the cursor after the property's
 * keyword (`condition`); `rule` when the condition is a rule's (it sees the occurrence's facts).
 * The fact being typed (`program.ka`) is replaced whole, dot included, from `position` back.
 */
export function conditionItems(condition: string, rule: boolean, lang: Lang, uiLang: Lang, position: Position): CompletionItem[] {
  const typed = /[A-Za-z_][A-Za-z0-9_.]*$/.exec(condition)?.[0] ?? "";
  const head = condition.slice(0, condition.length - typed.length);
  const compared = /([A-Za-z_][A-Za-z0-9_.]*)\s*(?:==|!=|<=|>=|<|>)\s*$/.exec(head) ?? IN_LIST.exec(head);
  if (compared !== null) {
    const fact = findFact(compared[1] ?? "");
    if (fact === undefined) return [];
    // One day at a time (no range, no `hari_kerja`: a condition compares one weekday).
    if (fact.name === "weekday") return dayItems(lang, uiLang, [], false).filter((i) => i.kind === CompletionItemKind.EnumMember && !String(i.label).includes(".."));
    const where = FACT_VALUES[fact.name];
    const values = where === undefined ? undefined : propertySpec(where[0], where[1])?.values;
    return values === undefined ? [] : valueItems(values, lang, uiLang);
  }
  // A new term: after the keyword, `&&`, `||`, `!` or `(`.
  if (!/(?:^|&&|\|\||!|\()\s*$/.test(head)) return [];
  const range = { start: { line: position.line, character: position.character - typed.length }, end: position };
  const facts = FACTS.filter((f: FactDefinition) => rule || f.static).map((f, i): CompletionItem => ({ label: nameIn(f, lang), kind: CompletionItemKind.Field, detail: f.description[uiLang], sortText: String(i).padStart(3, "0"), textEdit: { range, newText: nameIn(f, lang) } }));
  const calls = rule
    ? FUNCTIONS.map((f): CompletionItem => {
        const name = nameIn(f, lang);
        const params = f.params.map((p, i) => `\${${i + 1}:${p.kind === "time" ? ["11:30", "13:00"][i] ?? "09:00" : p.kind}}`).join(", ");
        return { label: `${name}(…)`, kind: CompletionItemKind.Function, detail: f.description[uiLang], insertTextFormat: InsertTextFormat.Snippet, filterText: name, sortText: "900", textEdit: { range, newText: `${name}(${params})` } };
      })
    : [];
  return [...facts, ...calls];
}
