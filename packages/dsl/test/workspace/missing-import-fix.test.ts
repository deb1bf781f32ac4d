/**
 * LON2102 for a file that is not there offers, beside its message's "create it, fix the path,
 * or delete this import", the deletion itself (an editor had no quick fix for a deleted file:
 * a walk, stop 52): the import's line and its line break, never applied by `--fix`.
 */
import { analyzeWorkspace } from "@lontar/dsl";
import { describe, expect, it } from "vitest";

const LIBRARY = 'perpustakaan lib {\n  jenjang desa\n  wilayah "Aceh" / "Kota Langsa"\n}\n';
const analyze = (text: string) => analyzeWorkspace({ root: "/ws", files: [{ path: "main.lontar", text }], readFile: () => undefined });

describe("an import of a file that is not there", () => {
  it.each([
    ["first line", `impor "./hilang.lontar"\n${LIBRARY}`],
    ["between declarations", `${LIBRARY}impor "./hilang.lontar"\r\n${LIBRARY.replace("lib", "lib2")}`],
    ["last line, no line break", `${LIBRARY}impor "./hilang.lontar"`],
  ])("offers to remove the import's line (%s), not as a certain fix; applied, the file is clean", (_, text) => {
    const [d] = analyze(text).diagnostics;
    expect(d?.code).toBe("LON2102");
    const removal = d?.suggestions.find((s) => s.message === "remove this import");
    expect(removal?.preferred ?? false).toBe(false);
    expect(removal?.text?.key).toBe("note.removeImport");
    const edit = removal?.edits[0];
    expect(edit?.text).toBe("");
    const start = edit?.location.range.start.offset ?? 0;
    const fixed = text.slice(0, start) + text.slice(edit?.location.range.end.offset ?? 0);
    expect(fixed).not.toContain("impor");
    expect(analyze(fixed).diagnostics).toEqual([]);
  });
});
