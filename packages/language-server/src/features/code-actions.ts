import { certainFixes, type Diagnostic as LontarDiagnostic } from "@lontar/dsl";
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from "vscode-languageserver";
import { toRange } from "../analysis/positions.js";
import type { UriPaths } from "../analysis/uri-paths.js";
import { keywordCounts, valueWordCounts, type Lang } from "../language/language.js";
import { say } from "../words.js";
import type { DiagnosticData } from "./diagnostics.js";
import { formatDocument } from "./formatting.js";

/** The refactor kinds that rewrite a file's keywords. */
export const REWRITE_KINDS = { en: `${CodeActionKind.RefactorRewrite}.lontar.english`, id: `${CodeActionKind.RefactorRewrite}.lontar.indonesian` } as const;

function isData(value: unknown): value is DiagnosticData {
  return typeof value === "object" && value !== null && Array.isArray((value as { suggestions?: unknown }).suggestions);
}

/**
 * Quick fixes from the suggestions of the given diagnostics (those with edits), when they were
 * made for `version`, the document's text now: the editor sends back a diagnostic it moved with
 * the text, but not the edits in its `data` (an editor walk: a fix asked just after a line was
 * added above rewrote the line below, `peserta 25` into `jadwalta 25`). A stale one waits for
 * the diagnostics of the new text.
 */
export function quickFixes(diagnostics: readonly Diagnostic[], paths: UriPaths, version?: number): CodeAction[] {
  return diagnostics.flatMap((diagnostic) => {
    if (!isData(diagnostic.data)) return [];
    if (diagnostic.data.version !== undefined && diagnostic.data.version !== version) return [];
    return diagnostic.data.suggestions.flatMap((s): CodeAction[] => {
      if (s.edits.length === 0) return [];
      const changes: Record<string, TextEdit[]> = {};
      for (const e of s.edits) (changes[paths.uri(e.location.file)] ??= []).push({ range: toRange(e.location.range), newText: e.text });
      return [{ title: s.message, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: s.preferred === true, edit: { changes } }];
    });
  });
}

/**
 * The refactors rewriting every keyword of a file into Bahasa Indonesia or English: each only
 * when the file has a keyword or an allowed value of the other language (`kategori storytelling`
 * in an Indonesian file; an Indonesian file is offered English, not a reformat called a rewrite
 * into Indonesian), none when it has syntax errors.
 */
export function rewriteActions(uri: string, text: string, path: string, uiLang: Lang): CodeAction[] {
  const written = keywordCounts(text);
  const values = valueWordCounts(text);
  return (["id", "en"] as const).flatMap((lang): CodeAction[] => {
    const other = lang === "id" ? "en" : "id";
    if (written[other] === 0 && values[other] === 0) return [];
    const edits = formatDocument(text, path, lang);
    if (edits.length === 0) return [];
    return [{ title: `${say("rewriteInto", uiLang)} ${say(lang === "id" ? "indonesian" : "english", uiLang)}`, kind: REWRITE_KINDS[lang], edit: { changes: { [uri]: edits } } }];
  });
}

/** The kind of the action applying every certain fix of a document (an editor's "fix all", on save if asked). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.lontar`;

/**
 * The action applying each certain fix of a document at once (the preferred suggestion of
 * each of its diagnostics, none two that touch the same text: see `certainFixes`), from the
 * diagnostics of its current text; undefined when there is none.
 */
export function fixAllAction(uri: string, path: string, diagnostics: readonly LontarDiagnostic[], uiLang: Lang): CodeAction | undefined {
  const edits = certainFixes(diagnostics).get(path) ?? [];
  if (edits.length === 0) return undefined;
  return { title: say("fixAll", uiLang), kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits.map((e) => ({ range: toRange(e.location.range), newText: e.text })) } } };
}
