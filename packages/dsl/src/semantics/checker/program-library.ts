import type { Declaration } from "../../syntax/ast.js";

/** The library a program belongs to: its `library` property, its `at`, or the only library. */
export function programLibrary(program: Declaration, libraries: readonly string[]): string | undefined {
  for (const p of program.properties) {
    if (p.key !== "library") continue;
    if (p.value.kind === "Reference") return p.value.name;
    break;
  }
  if (program.at !== undefined) return program.at.name;
  return libraries.length === 1 ? libraries[0] : undefined;
}
