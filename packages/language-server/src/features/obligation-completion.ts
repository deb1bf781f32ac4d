/**
 * Completion of an agreement's obligation lines (`perpustakaan menyediakan …`, `mitra
 * menjadi_tuan_rumah …`, `mitra membayar … untuk …`, `minimal N sesi … per …`): they are
 * not properties of the table, so the property completion neither offers their first
 * words nor knows what follows them.
 */
import type { DeclarationKind } from "@lontar/dsl";
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from "vscode-languageserver";
import { DECLARATION_TOKENS, spelling, type Lang } from "../language/language.js";
import { keywordDocData } from "./keyword-docs.js";
import { NEED_RESOURCE_KINDS } from "./value-completion.js";
import { WORDS } from "../language/table-adapter.js";
import { say } from "../words.js";

/** The words an obligation line starts with: its party, or a count of sessions (`minimal` / `at least`). */
const STARTS: Readonly<Record<Lang, readonly (readonly string[])[]>> = {
  id: [["Library"], ["Partner"], ["Minimal"], ["Maximal"]],
  en: [["Library"], ["Partner"], ["At", "Least"], ["At", "Most"]],
};

/** What a party does in an obligation. */
const VERBS: readonly string[] = ["Provides", "Hosts", "Pays"];

/**
 * Words of an obligation whose token has several spellings, as an obligation writes them
 * (`For` is also `selama` of a duration; `Session` also `session`): a test holds each to its token.
 */
export const OBLIGATION_WORDS = { For: { en: "for", id: "untuk" }, Session: { en: "sessions", id: "sesi" } } as const satisfies Record<string, Readonly<Record<Lang, string>>>;

/** The kinds of resource a party provides, by the token of the kind's keyword (`menyediakan koleksi paket_sekolah`): a need's kinds. */
const RESOURCE_KINDS: Readonly<Record<string, DeclarationKind>> = Object.fromEntries(NEED_RESOURCE_KINDS.map((kind) => [DECLARATION_TOKENS[kind], kind]));

/** A keyword item (one or more words) documented as its last word, in the reader's language (withKeywordDocs writes it, or resolve does). */
function keywordItem(words: readonly string[], uiLang: Lang): CompletionItem {
  return { label: words.join(" "), kind: CompletionItemKind.Keyword, data: keywordDocData(words[words.length - 1] ?? "", uiLang) };
}

/** A keyword item from tokens spelt in the line's language `lang`, documented in `uiLang` (explainKeyword, through withKeywordDocs). */
export const tokenItem = (tokens: readonly string[], lang: Lang, uiLang: Lang): CompletionItem => keywordItem(tokens.map((t) => spelling(t, lang)), uiLang);

/** What a count of sessions is per, as a snippet writes it: the same word in both languages. */
const SNIPPET_PERIOD = "semester";

/**
 * The rest of an obligation's count of sessions after `minimal` / `at least` as a snippet in the
 * line's language `lang` (`${1:10} sesi ${2:kelas_menulis} per ${3:semester}`; English writes `of`
 * before the program): the count, the program (`program`, the first one declared, else a word to
 * type over) and the period are placeholders. Detailed in `uiLang`.
 */
function sessionsSnippet(lang: Lang, uiLang: Lang, program: string | undefined): CompletionItem {
  const name = program ?? (lang === "id" ? "nama_program" : "program_name");
  const words = (count: string, of: string, per: string): string => [count, OBLIGATION_WORDS.Session[lang], ...(lang === "en" ? [spelling("Of", lang)] : []), of, spelling("Per", lang), per].join(" ");
  return {
    label: words("10", name, SNIPPET_PERIOD),
    kind: CompletionItemKind.Snippet,
    detail: say("sessionsLine", uiLang),
    insertText: words("${1:10}", `\${2:${name}}`, `\${3:${SNIPPET_PERIOD}}`),
    insertTextFormat: InsertTextFormat.Snippet,
  };
}

/** The first words of an agreement's obligation lines, offered beside its properties. */
export function obligationStarts(lang: Lang, uiLang: Lang): CompletionItem[] {
  return STARTS[lang].map((tokens) => tokenItem(tokens, lang, uiLang));
}

/** What completion of an obligation line reads besides its words: the workspace's names, the periods, a program's sites, and whether a `,` ends the line. */
export interface ObligationLine {
  /** The names declared of some kinds, as items. */
  readonly names: (kinds: readonly DeclarationKind[]) => CompletionItem[];
  /** The periods a count is per, as items. */
  readonly periods: () => CompletionItem[];
  /** The sites of program `program` but those `written`, as items; undefined when no such program is declared. */
  readonly sites: (program: string, written: ReadonlySet<string>) => CompletionItem[] | undefined;
  /** Whether the line so far ends with a `,` of a list (the word being typed left out). */
  readonly afterComma: boolean;
}

/**
 * The items inside an agreement's obligation line, from its words so far (`complete`, the
 * word being typed left out): a party's verbs right after it; what it provides (the names
 * of resources, of one kind after the kind's keyword); the program it hosts; `untuk` /
 * `for` after the amount it pays, then the programs, and the budgets after `dari` / `from`;
 * right after `minimal` / `at least` (and their upper bounds) the rest of the line as a snippet;
 * `sesi` / `sessions` after the count of `minimal N`, then the programs (after `of` in English) and
 * the periods after `per`, the program's sites after `di` / `at` (`afterComma`: after a `,` of them, the others), then `per`;
 * `least` / `most` after an English `at`; `setiap` / `every` and `per`
 * after what is provided, the periods after them and `kepada` / `to` after the period (`line`: what it reads of the workspace).
 * Undefined when the line is no obligation (the property completion answers).
 */
export function obligationItems(complete: readonly string[], lang: Lang, uiLang: Lang, line: ObligationLine): CompletionItem[] | undefined {
  const { names, periods, sites, afterComma } = line;
  const tokens = complete.map((w) => WORDS.get(w)?.token);
  const last = tokens[tokens.length - 1];
  // `at `: an agreement has no `at <library>`; its `at` starts `at least` / `at most`.
  if (tokens[0] === "At" && complete.length === 1) return [tokenItem(["Least"], lang, uiLang), tokenItem(["Most"], lang, uiLang)];
  if (tokens[0] === "Minimal" || tokens[0] === "Maximal" || (tokens[0] === "At" && (tokens[1] === "Least" || tokens[1] === "Most"))) {
    const count = tokens[0] === "At" ? 2 : 1;
    // `minimal `, `at least `: the count, then the rest of the line to type over (`10 sesi kelas_menulis per semester`).
    if (complete.length === count) return [sessionsSnippet(lang, uiLang, names(["program"])[0]?.label)];
    if (complete.length === count + 1 && /^\d/.test(complete[count] ?? "")) return [keywordItem([OBLIGATION_WORDS.Session[lang]], uiLang)];
    // `… sessions ` / `… sesi `: the program (English writes `of` before it, as the formatter does), then its period after `per`.
    if (last === "Session" && complete.length === count + 2) return lang === "en" ? [tokenItem(["Of"], lang, uiLang), ...names(["program"])] : names(["program"]);
    if (last === "Of") return names(["program"]);
    if (last === "Per") return periods();
    // `minimal 2 sesi kelas `, `at least 2 sessions of kelas `: per a period, or `at` the sites counted first (an editor walk: nothing was offered).
    const program = count + (lang === "en" && tokens[count + 2] === "Of" ? 3 : 2);
    if (complete.length === program + 1 && tokens[count + 1] === "Session" && last === undefined) return [tokenItem(["Per"], lang, uiLang), keywordItem([lang === "id" ? "di" : spelling("At", lang)], uiLang)];
    // `minimal 2 sesi kelas di `, `… di a, `: the program's sites and route stops, those not written yet (an editor walk of stop 59: only the libraries, which LON5006 refuses).
    if (tokens[program + 1] === "At" && tokens[count + 1] === "Session" && (last === "At" || afterComma) && !tokens.slice(program + 2).includes("Per")) {
      const offered = sites(complete[program] ?? "", new Set(complete.slice(program + 2)));
      if (offered !== undefined) return offered;
    }
    // `… di tanah_garam `: the period the sites' sessions are counted per.
    if (tokens[program + 1] === "At" && tokens[count + 1] === "Session" && last === undefined && !afterComma && !tokens.slice(program + 2).includes("Per")) return [tokenItem(["Per"], lang, uiLang)];
    return undefined;
  }
  if (tokens[0] !== "Library" && tokens[0] !== "Partner") return undefined;
  if (complete.length === 1) return VERBS.map((verb) => tokenItem([verb], lang, uiLang));
  switch (tokens[1]) {
    case "Provides": {
      if (last === "Every" || last === "Per") return periods();
      if (complete.length === 2) return names(Object.values(RESOURCE_KINDS));
      const kind = complete.length === 3 ? RESOURCE_KINDS[last ?? ""] : undefined;
      if (kind !== undefined) return names([kind]);
      // `… setiap bulan ` / `… every month `: to whom.
      const previous = tokens[tokens.length - 2];
      if (previous === "Every" || previous === "Per") return [tokenItem(["To"], lang, uiLang)];
      // `… x `, `… ruang x `, `… x 4 `: how often.
      return tokens.slice(2).some((t) => t === "Every" || t === "Per" || t === "To") ? [] : [tokenItem(["Every"], lang, uiLang), tokenItem(["Per"], lang, uiLang)];
    }
    case "Hosts":
      return complete.length === 2 ? names(["program"]) : [];
    case "Pays":
      // `membayar Rp 2.000.000 ` (the amount is `Rp` and a number): what it pays for.
      if (complete.length === 4 && /^\d/.test(complete[3] ?? "")) return [keywordItem([OBLIGATION_WORDS.For[lang]], uiLang)];
      if (last === "For") return names(["program"]);
      if (last === "From") return names(["budget"]);
      return [];
    default:
      return [];
  }
}
