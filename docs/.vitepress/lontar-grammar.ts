import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { MarkdownOptions } from "vitepress";

type LanguageInput = NonNullable<MarkdownOptions["languages"]>[number];

/** The `.lontar` TextMate grammar, written with the VS Code extension (editors/vscode). */
export const GRAMMAR_URL = new URL("../../editors/vscode/syntaxes/lontar.tmLanguage.json", import.meta.url);

/**
 * The languages the site's code blocks highlight beyond shiki's own: `lontar`, from the
 * extension's grammar once it exists. Without it, ```lontar blocks show as plain text.
 */
export function lontarLanguages(): LanguageInput[] {
  const file = fileURLToPath(GRAMMAR_URL);
  if (!existsSync(file)) return [];
  const grammar = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  return [{ ...grammar, name: "lontar", scopeName: String(grammar.scopeName ?? "source.lontar") } as LanguageInput];
}
