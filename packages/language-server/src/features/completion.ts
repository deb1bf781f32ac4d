import { periodLabels } from "@lontar/core";
import { costBudgetWord, costUnitWord, programSites, propertyAliases, propertySpec, propertySyntax, takesAtLibrary, type CostUnit, type DeclarationKind } from "@lontar/dsl";
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position } from "vscode-languageserver";
import type { PlanDates } from "../analysis/planning.js";
import type { Snapshot } from "../analysis/snapshot.js";
import { DECLARATION_KINDS, DECLARATION_TOKENS, fileLanguage, spelling, spellings, propertyToken, type Lang } from "../language/language.js";
import { ACCEPTED_KEYS, REQUIRED_KEYS, WORDS } from "../language/table-adapter.js";
import { say, sayWith } from "../words.js";
import { schoolLevelItems, takesSchoolLevel } from "./audience-completion.js";
import { conditionItems } from "./condition-completion.js";
import { horizonStart, onceDateItems } from "./date-completion.js";
import { importItems, statementItems } from "./import-completion.js";
import { obligationItems, obligationStarts, tokenItem } from "./obligation-completion.js";
import { scheduleItems } from "./schedule-completion.js";
import { declarationKeywordDoc, withKeywordDocs } from "./keyword-docs.js";
import { propertyFacts } from "./property-docs.js";
import { declarationSnippet } from "./snippets.js";
import { namesDays, timeRangeItems } from "./time-completion.js";
import { dayItems, NEED_RESOURCE_KINDS, needKindItems, valueItems, zoneItems } from "./value-completion.js";

/** The name kinds a keyword before the cursor asks for (`room aula`, `perpustakaan dispusip_solok`). */
const NAME_SLOTS: Readonly<Record<string, readonly DeclarationKind[]>> = {
  Room: ["room"],
  Vehicle: ["vehicle"],
  Staff: ["staff"],
  Volunteer: ["volunteer"],
  Collection: ["collection"],
  Equipment: ["equipment"],
  Library: ["library"],
  At: ["library"],
  Partner: ["partner", "library"],
  Before: ["program"],
  After: ["program"],
  Between: ["library"],
  And: ["partner", "library"],
  Prefer: NEED_RESOURCE_KINDS,
};

/** Where the block around an offset opens: the index of its `{`, read from the text (it may not parse while being typed); -1 at the top level. */
function enclosingOpener(text: string, offset: number): number {
  let depth = 0;
  for (let i = offset - 1; i >= 0 && i > offset - 200_000; i--) {
    const c = text[i];
    if (c === "}") depth++;
    else if (c === "{" && depth-- === 0) return i;
  }
  return -1;
}

/** The kind of the declaration whose block opens at `opener` (see {@link enclosingOpener}), or `top` outside one. */
function enclosingKind(text: string, opener: number): DeclarationKind | undefined | "top" {
  if (opener < 0) return "top";
  const first = /^\s*([A-Za-z_]+)/.exec(text.slice(text.lastIndexOf("\n", opener) + 1, opener))?.[1];
  const token = first === undefined ? undefined : WORDS.get(first)?.token;
  return DECLARATION_KINDS.find((k) => DECLARATION_TOKENS[k] === token);
}

/** The name of the declaration whose block opens at `opener`, read as {@link enclosingKind} reads its kind. */
function enclosingName(text: string, opener: number): string | undefined {
  return opener < 0 ? undefined : /^\s*[A-Za-z_]+\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(text.lastIndexOf("\n", opener) + 1, opener))?.[1];
}

/** What completion reads besides the workspace and the position: the settings' languages and dates. */
export interface CompletionOptions {
  /** The reader's language: details and documentation. */
  readonly uiLang: Lang;
  /** The keyword language of a file with no keyword yet to tell it (the editor's locale's); default `uiLang`. */
  readonly newFileLang?: Lang;
  /** Today and the settings' horizon: a one-off session's date is offered from the horizon's first day. */
  readonly dates: PlanDates;
  /** Whether keywords' documentation is left to `completionItem/resolve` (the editor resolves it lazily); default: given with each item. */
  readonly lazyDocs?: boolean;
}

/**
 * Completion items at a position: keywords and values in the file's language (`newFileLang`,
 * the editor's locale's, while the file has no keyword to tell it), details in `uiLang`.
 */
export function completions(snapshot: Snapshot, path: string, position: Position, options: CompletionOptions): CompletionItem[] {
  return withKeywordDocs(completionItems(snapshot, path, position, options), options.uiLang, options.lazyDocs === true);
}

/** The items of {@link completions}, before keywords without documentation are given their table's. */
function completionItems(snapshot: Snapshot, path: string, position: Position, { uiLang, newFileLang = uiLang, dates }: CompletionOptions): CompletionItem[] {
  const text = snapshot.texts.get(path) ?? "";
  const lines = snapshot.lines(path);
  // A line past the document's end (a stale position): nothing, not the top level's list (an editor walk of stop 59).
  if (position.line >= lines.lineCount) return [];
  const offset = lines.offset(position);
  const lang = fileLanguage(text, newFileLang);
  const opener = enclosingOpener(text, offset);
  const kind = enclosingKind(text, opener);
  // A block opened on the cursor's line (`mitra sd { jenis …`): its line starts after the `{`, not with the declaration's head.
  const lineStart = offset - position.character;
  const before = lines.lineText(position.line).slice(opener >= lineStart ? opener + 1 - lineStart : 0, position.character);
  const words = before.trim().split(/[\s,]+/).filter((w) => w.length > 0);
  const typing = /[A-Za-z_][A-Za-z0-9_]*$/.test(before);
  const complete = typing ? words.slice(0, -1) : words;
  // At the top level: a declaration keyword; after `<kind> <name> at`, a library; the new declaration's own name is the writer's.
  if (kind === "top") {
    if (complete.length === 0) return [...declarationItems(lang, uiLang, horizonStart(snapshot, dates).slice(0, 4)), ...statementItems(lang, uiLang)];
    // `impor `, `impor "./su`: the files to import, the quote typed replaced.
    const importing = /^(\s*)([A-Za-z_]+)\s+("[^"]*)?$/.exec(before);
    if (importing !== null && WORDS.get(importing[2] ?? "")?.token === "Import") {
      const quote = importing[3] === undefined ? undefined : before.length - importing[3].length;
      return importItems(snapshot, path, position, quote, /^"\s*$/.test(lines.lineText(position.line).slice(position.character)));
    }
    if (WORDS.get(complete[complete.length - 1] ?? "")?.token === "At" && complete.length >= 3) return namesOf(snapshot, NAME_SLOTS["At"] ?? [], uiLang);
    // `ruang x `, `program p `: `di` / `at` its library, for the kinds that take one (an editor walk of stop 59: nothing was offered).
    const declared = DECLARATION_KINDS.find((k) => DECLARATION_TOKENS[k] === WORDS.get(complete[0] ?? "")?.token);
    // `At` is also a session's time (`pukul`): the place's word is `di` in Indonesian, as an obligation's `di` is written.
    const headLang = WORDS.get(complete[0] ?? "")?.lang ?? lang;
    // Not where the word follows already (`program p ‸di perpus {`: a review of stop 59).
    const next = /^\s*([A-Za-z_]+)/.exec(lines.lineText(position.line).slice(position.character))?.[1];
    if (next !== undefined && WORDS.get(next)?.token === "At") return [];
    return complete.length === 2 && declared !== undefined && takesAtLibrary(declared) ? [{ ...tokenItem(["At"], headLang, uiLang), label: headLang === "id" ? "di" : spelling("At", "en") }] : [];
  }
  if (complete.length === 0) {
    const properties = propertyItems(kind, lang, uiLang, writtenKeys(text, offset, opener));
    return kind === "agreement" ? [...properties, ...obligationStarts(lang, uiLang)] : properties;
  }
  const firstToken = WORDS.get(complete[0] ?? "")?.token;
  // A line goes on in the language its keyword is written in (`memerlukan tahap` in an English file), else the file's.
  const said = WORDS.get(complete[0] ?? "")?.lang ?? lang;
  // Right after the keyword, or after a `,` of a list value: the property's values again.
  const head = typing ? before.replace(/[A-Za-z_][A-Za-z0-9_]*$/, "") : before;
  const afterComma = /,\s*$/.test(head);
  // An agreement's `perpustakaan …` / `mitra …` is an obligation, not the property that names a library or partners.
  // (Not after a `.`: `Rp 2.`, `minimal 3.` are a number being written.)
  const obligation =
    kind === "agreement" && !/[.[]$/.test(before)
      ? obligationItems(complete, said, uiLang, { names: (kinds) => namesOf(snapshot, kinds, uiLang), periods: () => periodItems(said, uiLang), sites: (program, written) => sitesOf(snapshot, program, uiLang, written), afterComma })
      : undefined;
  if (obligation !== undefined) return obligation;
  const key = firstToken === undefined ? complete[0] ?? "" : (KEYWORD_KEYS[firstToken] ?? firstToken.toLowerCase());
  const last = complete[complete.length - 1] ?? "";
  const lastToken = WORDS.get(last)?.token;
  const fresh = complete.length === 1 || afterComma;
  const shape = propertySyntax(key)?.shape;
  const written = complete.slice(1);
  // `memerlukan tahap …` / `requires stage …`: the property's own words after its keyword come before its values.
  const lead = kind === undefined ? [] : leadWords(kind, key, said);
  if (lead.length > 0 && kind !== undefined && !afterComma && written.length <= lead.length) {
    if (!written.every((w, i) => WORDS.get(w)?.token === WORDS.get(lead[i] ?? "")?.token)) return [];
    const next = lead[written.length];
    const values = propertySpec(kind, key)?.values;
    if (next !== undefined) return [{ label: next, kind: CompletionItemKind.Keyword }];
    return values === undefined ? [] : valueItems(values, said, uiLang);
  }
  if (fresh) {
    const values = kind === undefined ? undefined : propertySpec(kind, key)?.values;
    if (values !== undefined && (complete.length === 1 || LIST_SHAPES.has(shape ?? "text"))) return valueItems(values, said, uiLang, written);
    if (shape === "windows" || shape === "openWindows") return dayItems(said, uiLang, written, shape === "openWindows" && complete.length === 1);
  }
  // `buka senin..kamis `, `tersedia sabtu `: the day's hours.
  if ((shape === "windows" || shape === "openWindows") && namesDays(last)) return timeRangeItems(uiLang);
  // `sasaran pelajar `, `sasaran pelajar "`: the students' school level, in quotes (one group a line: nothing else follows it).
  if (shape === "audience" && takesSchoolLevel(complete[1] ?? "") && (complete.length === 2 || (complete.length === 3 && last === '"'))) {
    const quoted = /"[^"\s]*$/.test(before);
    return schoolLevelItems(uiLang, quoted, quoted && /^"/.test(lines.lineText(position.line).slice(position.character)));
  }
  // `maka …` / `then …`: a rule's effects.
  if (shape === "effect" && complete.length === 1) return EFFECTS.map((token, i) => ({ ...tokenItem([token], said, uiLang), sortText: String(i) }));
  // `tutup …`, `tutup pada …`, `tutup pada libur …`: the public holidays (a date range is the writer's own), from what is written of them on.
  const holidays = said === "en" ? ["On", "Public", "Holidays"] : ["On", "Holidays", "National"];
  if (shape === "closed" && written.length < holidays.length && written.every((w, i) => WORDS.get(w)?.token === holidays[i])) {
    const words = holidays.slice(written.length).map((t) => spelling(t, said)).join(" ");
    return [{ label: words, kind: CompletionItemKind.Keyword, detail: say("closedOnHolidays", uiLang) }];
  }
  // `butuh …`, `needs 2 …`, `butuh ruang aula, …`: the kinds of resource.
  if (shape === "needs" && (fresh || /(?:^|,)\s*\d+\s+$/.test(head.slice(head.indexOf(complete[0] ?? "") + (complete[0] ?? "").length)))) return needKindItems(said, uiLang);
  // `zona_waktu …`, `zona_waktu "…`: Indonesia's zones, in quotes.
  if (key === "timezone") {
    // Inside a string begun (`"As‸`, `"Asia/Jak‸arta"`): the whole string replaced, its quotes with it (an editor walk: `""Asia/Jakarta""`).
    // Inside only after an odd number of quotes: after `"Asia/Jakarta"‸` the string is closed (a review: it was written twice).
    const quoted = (before.match(/"/g) ?? []).length % 2 === 1 ? /"[^"]*$/.exec(before) : null;
    if (quoted !== null && (complete.length === 1 || (complete.length === 2 && last.startsWith('"')))) {
      const rest = /^[^"\s]*"?/.exec(lines.lineText(position.line).slice(position.character))?.[0] ?? "";
      const range = { start: { line: position.line, character: position.character - quoted[0].length }, end: { line: position.line, character: position.character + rest.length } };
      return zoneItems(uiLang, range);
    }
    if (complete.length === 1) return zoneItems(uiLang);
  }
  // `indikator kunjungan metrik …`: the metrics, as the indicator's own name may be one.
  if (lastToken === "Metric" && firstToken === "Indicator" && kind !== undefined) {
    const metrics = propertySpec(kind, "indicator")?.values;
    if (metrics !== undefined) return valueItems(metrics, said, uiLang);
  }
  // A `.` or `[` (completion's trigger characters) asks for a fact or a list of a condition only: not mid-date or mid-time (`2024-01-01.`, `09.`).
  if (/[.[]$/.test(before) && shape !== "condition") return [];
  // `ketika program.kategori == …`, `when weekday == …`: the facts, functions and values of a condition.
  if (shape === "condition" && kind !== undefined) {
    const keywordAt = before.indexOf(complete[0] ?? "");
    return conditionItems(before.slice(keywordAt + (complete[0] ?? "").length), kind === "rule", said, uiLang, position);
  }
  // `indikator kunjungan …`: an indicator's words in their order (`metrik`, `bobot N`, `target N`, `per …`, `ambang`).
  if (firstToken === "Indicator" && kind !== undefined) {
    const next = indicatorNext(complete);
    if (next !== undefined) return next.map((token) => ({ label: spelling(token, said), kind: CompletionItemKind.Keyword }));
  }
  if (firstToken === "Schedule") return scheduleItems(written, afterComma, said, uiLang, () => onceDateItems(horizonStart(snapshot, dates), said, uiLang));
  // `… per …` (an obligation's, a cap's, a target's): the periods; a cost's `per` is a session, a participant or the program.
  if (lastToken === "Per" && firstToken !== "Costs") return periodItems(said, uiLang);
  // `biaya Rp 50.000 per …`: what a cost is per; `… per sesi …`: the budget it is paid from (an editor walk: nothing was offered).
  const units = COST_UNITS.map((unit) => costUnitWord(unit, said));
  if (firstToken === "Costs" && lastToken === "Per") return units.map((word, i) => ({ label: word, kind: CompletionItemKind.EnumMember, sortText: String(i) }));
  if (firstToken === "Costs" && WORDS.get(complete[complete.length - 2] ?? "")?.token === "Per" && units.includes(last)) return [{ label: costBudgetWord(said), kind: CompletionItemKind.Keyword }];
  // `biaya Rp 50.000 per sesi dari …`: the budgets.
  if (firstToken === "Costs" && lastToken === "From") return namesOf(snapshot, ["budget"], uiLang);
  // `butuh 1 relawan dengan …`, `… keahlian mendongeng dan …`: what a need's clause asks (a room's features are its own names).
  if (shape === "needs" && (lastToken === "With" || lastToken === "And")) {
    // A capacity only for a room or a vehicle (a staff member's is LON3201): the kind is the need's last word naming one.
    const holds = needHolds(written);
    return NEED_CLAUSES.filter((token) => token !== "Capacity" || holds).map((token, i) => ({ label: spelling(token, said), kind: CompletionItemKind.Keyword, sortText: String(i) }));
  }
  // `dengan peran …`, `with skill …` in a need, and a staff member's own `role`/`skills`: the roles and skills the workspace's people have.
  // The word being typed is in the text already: it is not offered for having been typed (`peran p` offered `p`).
  const typed = { path, offset };
  if (lastToken === "Role" || lastToken === "Skills") return heldWords(snapshot, lastToken === "Skills" ? "skills" : "role", [], typed);
  if (fresh && (firstToken === "Role" || firstToken === "Skills")) return heldWords(snapshot, firstToken === "Skills" ? "skills" : "role", written, typed);
  // `antara perpus `, `between perpus `: the word before the partner (an editor walk: nothing was offered).
  if (firstToken === "Between" && complete.length === 2 && lastToken === undefined) return [tokenItem(["And"], said, uiLang)];
  // `biaya `, `costs `: an amount and what it is per, to type over.
  if (firstToken === "Costs" && complete.length === 1) return [costSnippet(said, uiLang)];
  // `lokasi `, `lokasi a, `: the libraries and partners (a place of its own is the writer's); `rute `: `bergilir`, then the same (an editor walk of stop 59: nothing was offered).
  if (key === "sites" && fresh) return namesOf(snapshot, SITE_KINDS, uiLang, new Set(written));
  if (key === "route" && complete.length === 1 && !afterComma) return [tokenItem(["Rotating"], said, uiLang)];
  if (key === "route" && WORDS.get(written[0] ?? "")?.token === "Rotating" && (complete.length === 2 || afterComma)) return namesOf(snapshot, SITE_KINDS, uiLang, new Set(written));
  const slot = lastToken === undefined ? undefined : NAME_SLOTS[lastToken];
  // A program does not come before or after itself (`sebelum` / `before` offers the others).
  // Nor is a name offered again that the line has already (`antara perpus dan …` offers the partners, not `perpus`).
  if (slot !== undefined) return namesOf(snapshot, slot, uiLang, new Set([...written, ...(lastToken === "Before" || lastToken === "After" ? [enclosingName(text, opener) ?? ""] : [])]));
  // Not the partners the line has already (`mitra disdik, ` offered `disdik` again: an editor walk of stop 59).
  if (key === "partners" || firstToken === "Partner") return namesOf(snapshot, ["partner", "library"], uiLang, new Set(written));
  return [];
}

/**
 * The words property `key` of `kind` is written with after its keyword, before its value
 * (`tahap` of `memerlukan tahap implementasi`), for a property whose value is one of a set:
 * offering the value right after the keyword would write `memerlukan implementasi` (LON1101).
 */
function leadWords(kind: DeclarationKind, key: string, lang: Lang): readonly string[] {
  if (propertySpec(kind, key)?.values === undefined) return [];
  return (propertySyntax(key)?.written[lang] ?? "").split(" ").slice(1).filter((w) => w !== "");
}

/**
 * The keywords that may follow an indicator's words so far (`indicator NAME [metric NAME] weight N
 * target N per PERIOD [threshold]`), as tokens; undefined where a value comes (a metric, a period) or nothing does.
 */
function indicatorNext(complete: readonly string[]): readonly string[] | undefined {
  const tokens = complete.map((w) => WORDS.get(w)?.token);
  const last = tokens.length - 1;
  const number = /^\d/.test(complete[last] ?? "");
  if (complete.length === 2) return ["Metric", "Weight"];
  if (complete.length === 4 && tokens[2] === "Metric") return ["Weight"];
  if (number && tokens[last - 1] === "Weight") return ["Target"];
  if (number && tokens[last - 1] === "Target") return ["Per"];
  if (tokens[last - 1] === "Per" && !tokens.includes("Threshold")) return ["Threshold"];
  return undefined;
}

/**
 * The periods a count, cap or target is per, as items in their order (a day first), as `lang` writes them after `per`
 * (core's labels: `per minggu`, `per week`), each said in `uiLang` (`minggu` is a week here, not the Sunday its keyword's own documentation names).
 */
const periodItems = (lang: Lang, uiLang: Lang): CompletionItem[] =>
  Object.values(periodLabels).map((label, i) => ({ label: label[lang], kind: CompletionItemKind.Keyword, sortText: String(i), documentation: sayWith("period", uiLang, { period: label[uiLang] }) }));

/** The keywords of a need's clause after `dengan` / `with`: a role, a skill, a least capacity. */
const NEED_CLAUSES: readonly string[] = ["Skills", "Role", "Capacity"];

/** Whether the need being written (its words so far) asks for a room or a vehicle, the kinds with a capacity; true when no kind is named yet. */
function needHolds(written: readonly string[]): boolean {
  for (let i = written.length - 1; i >= 0; i--) {
    const token = WORDS.get(written[i] ?? "")?.token;
    if (token === "Room" || token === "Vehicle") return true;
    if (token === "Staff" || token === "Volunteer" || token === "Collection" || token === "Equipment") return false;
    if (written[i] === ",") return true;
  }
  return true;
}

/** The effects a rule's `then` / `maka` takes, in the table's order. */
const EFFECTS: readonly string[] = ["Forbid", "Require", "Warn"];

/** The value shapes that take a comma-separated list (`keahlian mendongeng, menulis`; `sasaran` takes one value a line). */
const LIST_SHAPES: ReadonlySet<string> = new Set(["names", "windows", "openWindows", "needs"]);

/** Property keywords whose key is not the English spelling's lower case. */
const KEYWORD_KEYS: Readonly<Record<string, string>> = { NameKw: "name", Role: "role", Partner: "partners" };

function declarationItems(lang: Lang, uiLang: Lang, year: string): CompletionItem[] {
  const keywords = DECLARATION_KINDS.flatMap((k) =>
    // What it is in the reader's language (`deklarasi (perpustakaan)`), as its hover says: not the model's English kind.
    spellings(DECLARATION_TOKENS[k], lang).slice(0, 1).map((word): CompletionItem => ({
      label: word,
      kind: CompletionItemKind.Keyword,
      detail: `${say("declaration", uiLang)} (${spelling(DECLARATION_TOKENS[k], uiLang)})`,
      documentation: { kind: MarkupKind.Markdown, value: declarationKeywordDoc(k, uiLang) },
    })),
  );
  // Only the file's keyword language (docs/id/editors.md): a snippet of the other would start a file of mixed keywords.
  // In the table's order (a library first, as a workspace is written); not by the kinds' English names.
  const snippets = DECLARATION_KINDS.map((k, i): CompletionItem => ({
    label: `${spelling(DECLARATION_TOKENS[k], lang)} { … }`,
    kind: CompletionItemKind.Snippet,
    // What it declares and the language of its keywords, in the reader's words (`deklarasi (perpustakaan), bahasa Inggris`), not a language code.
    detail: `${say("declaration", uiLang)} (${spelling(DECLARATION_TOKENS[k], uiLang)}), ${say(lang === "en" ? "english" : "indonesian", uiLang)}`,
    documentation: { kind: MarkupKind.Markdown, value: declarationKeywordDoc(k, uiLang) },
    insertText: declarationSnippet(k, lang, year),
    insertTextFormat: InsertTextFormat.Snippet,
    sortText: `0${String(i).padStart(2, "0")}`,
  }));
  return [...keywords, ...snippets];
}

/**
 * The property keys the lines of the declaration whose block opens at `opener` start with, but the
 * cursor's own line (at `offset`), read from the text (it may not parse while being typed): from the
 * declaration's `{` to its `}`, or to the next line that starts a declaration when it has none yet.
 */
function writtenKeys(text: string, offset: number, opener: number): ReadonlySet<string> {
  const keys = new Set<string>();
  if (opener < 0) return keys;
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = text.indexOf("\n", offset);
  let depth = 0;
  let start = opener + 1;
  for (let i = opener + 1; i <= text.length; i++) {
    const c = text[i];
    if (c === "{") depth++;
    else if (c === "}" && depth-- === 0) break;
    if (c !== "\n" && i !== text.length) continue;
    // A line of the block (not the cursor's, nor one of a nested block): its first word.
    const line = text.slice(start, i);
    const at = start;
    start = i + 1;
    if (depth !== 0 || (at >= lineStart && (lineEnd < 0 || at <= lineEnd))) continue;
    const word = /^\s*([A-Za-z_]+)/.exec(line)?.[1];
    const token = word === undefined ? undefined : WORDS.get(word)?.token;
    if (token === undefined) continue;
    // A declaration's keyword at the start of a line ends a block that has no `}` yet.
    if (DECLARATION_KINDS.some((k) => DECLARATION_TOKENS[k] === token) && !/^\s/.test(line)) break;
    keys.add(KEYWORD_KEYS[token] ?? token.toLowerCase());
  }
  return keys;
}

/**
 * The properties of a declaration kind: those it requires and does not have yet first, then
 * the others; one that may be written once and is (`written`) is not offered again.
 */
function propertyItems(kind: DeclarationKind | undefined, lang: Lang, uiLang: Lang, written: ReadonlySet<string> = new Set()): CompletionItem[] {
  if (kind === undefined) return [];
  const required = REQUIRED_KEYS[kind];
  const items = ACCEPTED_KEYS[kind].flatMap((key): CompletionItem[] => {
    const token = propertyToken(key);
    if (token === undefined) return [];
    // Given already, as itself or as its alias (`nama` sets a program's `judul`): not again, unless it may be repeated.
    const given = written.has(key) || aliasesOf(kind, key).some((alias) => written.has(alias));
    if (given && propertySyntax(key)?.repeatable !== true) return [];
    const missing = required.includes(key) && !given;
    // The kind of declaration in the reader's language (`properti (ruang)`), as its hover says: not the model's English key and kind.
    const what = `${say("property", uiLang)} (${spelling(DECLARATION_TOKENS[kind], uiLang)})`;
    const label = spelling(token, lang);
    // What it means (the table's documentation), then what its hover says of it, all in the reader's language.
    const doc = [`**${label}** — ${what}`, propertySpec(kind, key)?.doc[uiLang] ?? "", ...propertyFacts(kind, key, uiLang, lang)];
    return [{ label, kind: CompletionItemKind.Property, detail: what, sortText: `${missing ? 0 : 1}${label}`, documentation: { kind: MarkupKind.Markdown, value: doc.filter((l) => l !== "").join("\n\n") } }];
  });
  const unique = new Map(items.map((i) => [i.label, i]));
  return [...unique.values()];
}

/** The other words for property `key` of `kind`, or the property it is another word for (`nama` and `judul`: see propertyAliases). */
function aliasesOf(kind: DeclarationKind, key: string): readonly string[] {
  return propertyAliases(kind).flatMap(([alias, of]) => (alias === key ? [of] : of === key ? [alias] : []));
}

/**
 * The roles (`role`) or skills (`skills`) the workspace's staff and volunteers declare, each once, with who has it;
 * not the word at `typed` (the cursor's, which the writer is typing: only another occurrence of it counts).
 */
function heldWords(snapshot: Snapshot, key: "role" | "skills", written: readonly string[] = [], typed?: { readonly path: string; readonly offset: number }): CompletionItem[] {
  const holders = new Map<string, string[]>();
  // A role or skill the analysis takes for a typo (LON3203: spelt nearly as one a need asks for) is not offered.
  const typos = new Set(snapshot.result.diagnostics.filter((d) => d.code === "LON3203").map((d) => `${d.location.file}:${d.location.range.start.offset}`));
  for (const file of snapshot.files.values()) {
    for (const item of file.items) {
      if (item.kind !== "Declaration") continue;
      for (const property of item.properties) {
        if (property.key !== key) continue;
        const value = property.value;
        const words = value.kind === "List" ? value.items : [value];
        for (const word of words) {
          if (word.kind !== "Reference" || typos.has(`${file.path}:${word.range.start.offset}`)) continue;
          if (file.path === typed?.path && word.range.start.offset <= typed.offset && typed.offset <= word.range.end.offset) continue;
          holders.set(word.name, [...(holders.get(word.name) ?? []), item.name.text]);
        }
      }
    }
  }
  return [...holders].filter(([word]) => !written.includes(word)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([word, who]) => ({ label: word, kind: CompletionItemKind.Value, detail: who.slice(0, 3).join(", ") + (who.length > 3 ? ", …" : "") }));
}

/** The names declared of `kinds` (but `except`), each with its kind in the reader's language (`ruang`, as its hover says). */
/** The kinds a site or a route's stop may be declared as (a name declared nowhere is a place of its own). */
const SITE_KINDS: readonly DeclarationKind[] = ["library", "partner"];

/**
 * The sites and route stops program `program` is held at (its `lokasi` and `rute`), as items,
 * but those `written`: what an obligation's `di` / `at` may count (another is LON5006); none when
 * it names no site. Undefined when no such program is declared.
 */
function sitesOf(snapshot: Snapshot, program: string, uiLang: Lang, written: ReadonlySet<string>): CompletionItem[] | undefined {
  const declared = snapshot.symbols.get(program)?.declaration;
  if (declared === undefined || declared.declarationKind !== "program") return undefined;
  // The sites LON5006 holds a count's `di` to, read as it reads them.
  const names = programSites(declared);
  const sites = names.filter((name) => !written.has(name));
  // A program that names no site: an obligation's `di` counts none (LON5006), so nothing is offered (a review of stop 59 was offered the libraries).
  if (names.length === 0) return [];
  return sites.map((name) => {
    const kind = snapshot.symbols.get(name)?.declaration.declarationKind;
    return { label: name, kind: CompletionItemKind.Reference, detail: kind === undefined ? say("placeOfItsOwn", uiLang) : spelling(DECLARATION_TOKENS[kind], uiLang) };
  });
}

function namesOf(snapshot: Snapshot, kinds: readonly DeclarationKind[], uiLang: Lang, except: ReadonlySet<string> = new Set()): CompletionItem[] {
  const out: CompletionItem[] = [];
  for (const [name, declared] of snapshot.symbols) {
    const kind = declared.declaration.declarationKind;
    if (!kinds.includes(kind) || except.has(name)) continue;
    out.push({ label: name, kind: CompletionItemKind.Reference, detail: spelling(DECLARATION_TOKENS[kind], uiLang), documentation: declared.declaration.doc.join("\n") });
  }
  return out;
}

/** A cost to type over after `biaya` / `costs`: `Rp 100.000 per sesi` (`per session`), the amount and what it is per as placeholders. */
/** What a cost is charged per, in the order offered (each word the formatter's: see costUnitWord). */
const COST_UNITS: readonly CostUnit[] = ["session", "participant", "program"];

function costSnippet(lang: Lang, uiLang: Lang): CompletionItem {
  const per = lang === "id" ? "sesi" : "session";
  return {
    label: `Rp 100.000 ${spelling("Per", lang)} ${per}`,
    kind: CompletionItemKind.Snippet,
    detail: say("costLine", uiLang),
    insertText: `Rp \${1:100.000} ${spelling("Per", lang)} \${2:${per}}`,
    insertTextFormat: InsertTextFormat.Snippet,
  };
}
