import type { FileNode } from "../syntax/ast.js";

/**
 * The language a workspace is written in: Bahasa Indonesia when most of its
 * declarations and imports use the Indonesian keywords (`perpustakaan`, `impor`…),
 * English otherwise (ties, and a workspace with no declaration, are English): the language
 * `lontar plan` writes its report and calendars in, unless told otherwise.
 *
 * @example planOutputs(plan, workspace, { language: workspaceLanguage(result.files) }) // "id" for examples/solok-interaksi
 */
export function workspaceLanguage(files: readonly FileNode[]): "en" | "id" {
  let indonesian = 0;
  let english = 0;
  for (const file of files) {
    for (const item of file.items) {
      if (item.lang === "id") indonesian++;
      else english++;
    }
  }
  return indonesian > english ? "id" : "en";
}
