/** The editor snippets: the language server's declaration snippets, as a VS Code snippet file. */
import { declarationSnippet } from "../../../packages/language-server/src/features/snippets.js";
import { DECLARATION_KINDS, DECLARATION_TOKENS, spelling } from "../../../packages/language-server/src/language/language.js";

/** Snippet name → VS Code snippet (prefix, body lines, description). */
export function snippetTable(): Record<string, { prefix: string; body: string[]; description: string }> {
  const out: Record<string, { prefix: string; body: string[]; description: string }> = {};
  for (const lang of ["en", "id"] as const) {
    for (const kind of DECLARATION_KINDS) {
      const keyword = spelling(DECLARATION_TOKENS[kind], lang);
      out[`${kind} (${lang})`] = { prefix: keyword, body: declarationSnippet(kind, lang).split("\n"), description: `${keyword} … { } — ${lang === "en" ? "a new" : "deklarasi"} ${kind}` };
    }
  }
  return out;
}
