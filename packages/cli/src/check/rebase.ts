import type { Diagnostic, Location } from "@lontar/dsl";

/**
 * The diagnostic with every file path (its own, related locations', edits') passed through
 * `rebase`: the language reports paths relative to the workspace root, the CLI shows them
 * relative to where it runs.
 */
export function rebaseDiagnostic(diagnostic: Diagnostic, rebase: (file: string) => string): Diagnostic {
  const move = (location: Location): Location => ({ file: rebase(location.file), range: location.range });
  return {
    ...diagnostic,
    location: move(diagnostic.location),
    related: diagnostic.related.map((related) => ({ ...related, location: move(related.location) })),
    suggestions: diagnostic.suggestions.map((suggestion) => ({
      ...suggestion,
      edits: suggestion.edits.map((edit) => ({ ...edit, location: move(edit.location) })),
    })),
  };
}
