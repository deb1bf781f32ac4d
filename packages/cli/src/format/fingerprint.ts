import { createHash } from "node:crypto";
import type { Diagnostic } from "@lontar/dsl";
import type { FormatContext } from "./context.js";
import { repositoryPath } from "./paths.js";

/** The version of the fingerprint's recipe, part of what is hashed and of SARIF's key: a new recipe is a new key. */
export const FINGERPRINT_VERSION = "lontarFingerprint/v1";

/**
 * A stable identity for each finding, for dashboards that follow a finding from run to run
 * (GitLab Code Quality's `fingerprint`, SARIF's `partialFingerprints`): the sha256 (hex) of
 * the code, the file's path as the report names it (see `repositoryPath`), the text of the
 * finding's first line, trimmed, and how many findings with those three came before it in
 * the file. The line's number is left out, so a line inserted above leaves every fingerprint
 * as it was; the count tells two identical findings in one file apart. The message is left
 * out too: a report in Bahasa Indonesia gives the same fingerprints as one in English.
 *
 * `diagnostics` must be in reading order (`sortDiagnostics`); the result is in the same order.
 *
 * @example fingerprints(sortDiagnostics(diagnostics), context)[0] // "3f1c…" (64 hex digits)
 */
export function fingerprints(diagnostics: readonly Diagnostic[], context: Pick<FormatContext, "cwd" | "repositoryRoot" | "sources">): string[] {
  const lineOf = sourceLine(context.sources);
  const seen = new Map<string, number>();
  return diagnostics.map((diagnostic) => {
    const { file, range } = diagnostic.location;
    // NUL cannot occur in a code or a path, so no two different keys join to the same text.
    const key = [FINGERPRINT_VERSION, diagnostic.code, repositoryPath(context, file), lineOf(file, range.start.line)].join("\0");
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash("sha256").update(`${key}\0${occurrence}`, "utf8").digest("hex");
  });
}

/** The text of a file's 1-based line, trimmed; empty when the file's text is not known (a file that could not be read). */
function sourceLine(sources: ReadonlyMap<string, string>): (file: string, line: number) => string {
  const cache = new Map<string, readonly string[]>();
  return (file, line) => {
    let lines = cache.get(file);
    if (lines === undefined) {
      // Lines break where the lexer breaks them (`\r\n`, `\r`, `\n`), so that a diagnostic's line number finds its line.
      lines = sources.get(file)?.split(/\r\n|\r|\n/) ?? [];
      cache.set(file, lines);
    }
    return (lines[line - 1] ?? "").trim();
  };
}
