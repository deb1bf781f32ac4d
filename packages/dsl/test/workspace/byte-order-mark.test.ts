import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { WorkspaceSession } from "../../src/session/session.js";
import { analyzeWorkspace, checkSource } from "../../src/workspace/analyze.js";

const BOM = "\uFEFF";
// Line 1 holds the problems: a library that is not declared (column 14), a misspelt property.
const TEXT = "room aula at perpus { capasity 30 }\n";

/** Each diagnostic's code, file and place (line, column, offset). */
function places(diagnostics: readonly Diagnostic[]): unknown[] {
  return diagnostics.map((d) => [d.code, d.location.file, d.location.range.start, d.location.range.end]);
}

// Found by an SDK walk: a text passed as a string with a byte order mark had every
// position of line 1 one column (and every offset one) past what an editor shows; files
// read from the disk (the CLI, analyzeFolder) had the mark dropped already.
describe("a byte order mark at the start of a text given as a string", () => {
  it("is not a column for checkSource: line 1's positions are those of the text without it", () => {
    const plain = checkSource(TEXT, "main.lontar");
    expect(places(plain.diagnostics).length).toBeGreaterThan(0);
    expect(plain.diagnostics[0]?.location.range.start).toMatchObject({ line: 1, column: 14, offset: 13 });
    expect(places(checkSource(BOM + TEXT, "main.lontar").diagnostics)).toEqual(places(plain.diagnostics));
  });

  it("is not a column for analyzeWorkspace, in a file given or one a reader returns", () => {
    const plain = analyzeWorkspace({ root: "/ws", files: [{ path: "main.lontar", text: 'import "rooms.lontar"\n' }], readFile: () => TEXT });
    const marked = analyzeWorkspace({ root: "/ws", files: [{ path: "main.lontar", text: `${BOM}import "rooms.lontar"\n` }], readFile: () => BOM + TEXT });
    expect(places(plain.diagnostics).length).toBeGreaterThan(0);
    expect(places(marked.diagnostics)).toEqual(places(plain.diagnostics));
    expect(marked.files.map((f) => f.range.end)).toEqual(plain.files.map((f) => f.range.end));
  });

  it("is not a column for a session's document, whose text is kept without it", () => {
    const s = new WorkspaceSession({ root: "/ws" });
    s.open("main.lontar", BOM + TEXT, 1);
    expect(s.document("main.lontar")?.text).toBe(TEXT);
    expect(places(s.analyzeNow().diagnostics)).toEqual(places(checkSource(TEXT, "main.lontar").diagnostics));
    // A whole-text change with the mark is the same text: nothing to analyze again.
    const before = s.analyzeNow();
    expect(s.change("main.lontar", 2, [{ text: BOM + TEXT }])).toBe(true);
    expect(s.analyzeNow()).toBe(before);
  });
});
