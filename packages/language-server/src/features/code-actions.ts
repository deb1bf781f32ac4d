import { certainFixes, formatSource, type Diagnostic as LontarDiagnostic, type FormatResult } from "@lontar/dsl";
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from "vscode-languageserver";
import { toRange } from "../analysis/positions.js";
import type { UriPaths } from "../analysis/uri-paths.js";
import { keywordCounts, valueWordCounts, type Lang } from "../language/language.js";
import { say } from "../words.js";
import type { DiagnosticData } from "./diagnostics.js";
import { wholeFormatting } from "./formatting.js";

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
 * into Indonesian), none when it has syntax errors. With `resolveLater` (an editor that
 * resolves an action's edit when it is chosen, told it has no syntax error) each comes without
 * its edit, which {@link resolveRewrite} makes: the editor asks for actions at every move of
 * the cursor, and formatting a 5 MB file twice took 1.8 s each time (an editor walk).
 */
export function rewriteActions(uri: string, text: string, path: string, uiLang: Lang, resolveLater = false, format: FormatIn = formatterOf(text, path)): CodeAction[] {
  const written = keywordCounts(text);
  const values = valueWordCounts(text);
  return (["id", "en"] as const).flatMap((lang): CodeAction[] => {
    const other = lang === "id" ? "en" : "id";
    if (written[other] === 0 && values[other] === 0) return [];
    const title = `${say("rewriteInto", uiLang)} ${say(lang === "id" ? "indonesian" : "english", uiLang)}`;
    if (resolveLater) return [{ title, kind: REWRITE_KINDS[lang], data: { rewrite: lang, uri } satisfies RewriteData }];
    const edits = wholeFormatting(text, format(lang)).edits;
    if (edits.length === 0) return [];
    return [{ title, kind: REWRITE_KINDS[lang], edit: { changes: { [uri]: edits } } }];
  });
}

/** The formatter's result of a text in a keyword language: a snapshot's cached `formatted`, or made now. */
export type FormatIn = (lang: Lang) => FormatResult;

/** Formats `text` in a language when asked, not cached (for a caller without a snapshot). */
function formatterOf(text: string, path: string): FormatIn {
  return (lang) => formatSource(text, path, { language: lang });
}

/** What a rewrite offered without its edit carries: the language it writes, the document. */
export interface RewriteData {
  /** The keywords' language the rewrite writes. */
  readonly rewrite: Lang;
  /** The document it rewrites. */
  readonly uri: string;
}

/** The document a rewrite offered without its edit rewrites, or undefined for any other action. */
export function rewriteOf(action: CodeAction): RewriteData | undefined {
  const data = action.data as Partial<RewriteData> | null | undefined;
  return (data?.rewrite === "en" || data?.rewrite === "id") && typeof data.uri === "string" ? { rewrite: data.rewrite, uri: data.uri } : undefined;
}

/** A rewrite of {@link rewriteActions} offered without its edit, given it from the document's text now (formatted by `format`). */
export function resolveRewrite(action: CodeAction, text: string, path: string, format: FormatIn = formatterOf(text, path)): CodeAction {
  const rewrite = rewriteOf(action);
  if (rewrite === undefined) return action;
  return { ...action, edit: { changes: { [rewrite.uri]: wholeFormatting(text, format(rewrite.rewrite)).edits } } };
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
