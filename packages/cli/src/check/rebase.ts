import { localizeDiagnostic, type Diagnostic, type Location } from "@lontar/dsl";

/**
 * The diagnostic with every file path (its own, related locations', edits') passed through
 * `rebase`: the language reports paths relative to the workspace root, the CLI shows them
 * relative to where it runs.
 */
export function rebaseDiagnostic(diagnostic: Diagnostic, rebase: (file: string) => string): Diagnostic {
  const move = (location: Location): Location => ({ file: rebase(location.file), range: location.range });
  return {
    ...withPathsInText(diagnostic, rebase),
    location: move(diagnostic.location),
    related: diagnostic.related.map((related) => ({ ...related, location: move(related.location) })),
    suggestions: diagnostic.suggestions.map((suggestion) => ({
      ...suggestion,
      edits: suggestion.edits.map((edit) => ({ ...edit, location: move(edit.location) })),
    })),
  };
}

/** The message arguments that are paths of the workspace, by message key: shown as the diagnostic's own file is. */
const PATH_ARGUMENTS: Readonly<Record<string, readonly string[]>> = { "LON2102.cannotFindLookedFor": ["lookedFor"] };

/**
 * The diagnostic with the workspace paths its message names passed through `rebase` too: a
 * missing import run from `/` said "looked for libur.lontar", the root's path, beside the
 * file shown as `tmp/t3/workspace.lontar` (a walk of stop 59).
 */
function withPathsInText(diagnostic: Diagnostic, rebase: (file: string) => string): Diagnostic {
  const text = diagnostic.text;
  const keys = text === undefined ? undefined : PATH_ARGUMENTS[text.key];
  if (text === undefined || keys === undefined) return diagnostic;
  const args = { ...text.args };
  for (const key of keys) {
    const value = args[key];
    if (typeof value === "string") args[key] = rebase(value);
  }
  const moved = { ...diagnostic, text: { ...text, args } };
  return { ...moved, message: localizeDiagnostic(moved, "en").message };
}
