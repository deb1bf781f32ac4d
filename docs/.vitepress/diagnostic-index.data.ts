import { readFileSync } from "node:fs";
import path from "node:path";
import { defineLoader } from "vitepress";

/** One code's line in the diagnostics index: its code and its page's title (the H1 after `LONxxxx: `). */
export interface DiagnosticEntry {
  readonly code: string;
  readonly title: string;
}

/** The index of each language: every `LONxxxx.md` of docs/diagnostics and docs/id/diagnostics, by code. */
export interface DiagnosticIndex {
  readonly en: readonly DiagnosticEntry[];
  readonly id: readonly DiagnosticEntry[];
}

declare const data: DiagnosticIndex;
export { data };

/**
 * The data of the diagnostics index pages (docs/diagnostics/index.md and
 * docs/id/diagnostics/index.md), read from the code pages themselves at build time: the
 * lists are always current (a new page is listed, a retitled page shows its new title).
 */
// eslint-disable-next-line no-restricted-syntax -- VitePress reads a data loader from its default export.
export default defineLoader({
  watch: ["../diagnostics/LON*.md", "../id/diagnostics/LON*.md"],
  load(files: string[]): DiagnosticIndex {
    const entries = (folder: "docs" | "id"): DiagnosticEntry[] =>
      files
        .filter((file) => path.basename(path.dirname(path.dirname(file))) === folder)
        .map(diagnosticEntry)
        .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return { en: entries("docs"), id: entries("id") };
  },
});

/** A code page's entry: `# LON5103: session cannot take place` → LON5103, "session cannot take place". */
export function diagnosticEntry(file: string): DiagnosticEntry {
  const code = path.basename(file, ".md");
  const heading = /^#\s+(.*)$/m.exec(readFileSync(file, "utf8"))?.[1] ?? "";
  return { code, title: heading.replace(new RegExp(`^${code}\\s*[:—-]\\s*`), "").trim() };
}
