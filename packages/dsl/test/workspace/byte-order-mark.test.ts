import { describe, expect, it } from "vitest";
import { LineIndex, withoutByteOrderMark } from "@lontar/dsl";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { formatSource } from "../../src/format/format.js";
import { WorkspaceSession } from "../../src/session/session.js";
import { analyzeWorkspace, checkSource } from "../../src/workspace/analyze.js";

const BOM = "\uFEFF";
// Line 1 holds the problems: a library that is not declared (column 14), a misspelt property.
const TEXT = "room aula at perpus { capasity 30 }\n";

/** What each diagnostic names in `text`, by its offsets. */
function named(diagnostics: readonly Diagnostic[], text: string): string[] {
  return diagnostics.map((d) => `${d.code} ${text.slice(d.location.range.start.offset, d.location.range.end.offset)}`);
}

/** Each diagnostic's code and place, offsets and columns shifted by `shift` units. */
function places(diagnostics: readonly Diagnostic[], shift = 0): unknown[] {
  const at = (p: { line: number; column: number; offset: number }): unknown => ({ line: p.line, column: p.line === 1 ? p.column + shift : p.column, offset: p.offset + shift });
  return diagnostics.map((d) => [d.code, d.location.file, at(d.location.range.start), at(d.location.range.end)]);
}

// Found by an SDK walk (twice). First: a text with a mark had line 1's positions one past the
// text without it; the mark was then dropped, which left offsets one short of the caller's
// string (`t.slice(start, end)` was " perps" for "perpus", and LineIndex(t) one character
// off). Now positions are those of the string given, the mark one UTF-16 unit like any other;
// Lontar's file readers drop it (editors do), and a text without one is unchanged.
describe("a byte order mark at the start of a text given as a string", () => {
  it("counts as one unit for checkSource: offsets and columns are those of the caller's string", () => {
    const plain = checkSource(TEXT, "main.lontar");
    const marked = checkSource(BOM + TEXT, "main.lontar");
    expect(plain.diagnostics[0]?.location.range.start).toMatchObject({ line: 1, column: 14, offset: 13 });
    expect(named(marked.diagnostics, BOM + TEXT)).toEqual(named(plain.diagnostics, TEXT));
    expect(named(marked.diagnostics, BOM + TEXT)[0]).toMatch(/ perpus$/);
    expect(places(marked.diagnostics)).toEqual(places(plain.diagnostics, 1));
  });

  it("converts with a LineIndex of the same string", () => {
    const t = `${BOM}room aula at perpsu { capacity 30 }\n`;
    const range = checkSource(t, "a.lontar").diagnostics[0]?.location.range;
    expect(range).toBeDefined();
    if (range === undefined) return;
    expect(t.slice(range.start.offset, range.end.offset)).toBe("perpsu");
    expect(new LineIndex(t).toProtocolRange(range)).toEqual({ start: { line: 0, character: 14 }, end: { line: 0, character: 20 } });
    // A caller who wants an editor's columns drops the mark first.
    const editor = checkSource(withoutByteOrderMark(t), "a.lontar").diagnostics[0]?.location.range;
    expect(editor?.start).toMatchObject({ column: 14, offset: 13 });
  });

  it("counts as one unit for analyzeWorkspace, in a file given or one a reader returns", () => {
    const plain = analyzeWorkspace({ root: "/ws", files: [{ path: "main.lontar", text: 'import "rooms.lontar"\n' }], readFile: () => TEXT });
    const marked = analyzeWorkspace({ root: "/ws", files: [{ path: "main.lontar", text: `${BOM}import "rooms.lontar"\n` }], readFile: () => BOM + TEXT });
    expect(places(plain.diagnostics).length).toBeGreaterThan(0);
    expect(places(marked.diagnostics)).toEqual(places(plain.diagnostics, 1));
    expect(marked.files.map((f) => f.range.end.offset)).toEqual(plain.files.map((f) => f.range.end.offset + 1));
  });

  it("is kept in a session's document, whose positions count it", () => {
    const s = new WorkspaceSession({ root: "/ws" });
    s.open("main.lontar", BOM + TEXT, 1);
    expect(s.document("main.lontar")?.text).toBe(BOM + TEXT);
    expect(places(s.analyzeNow().diagnostics)).toEqual(places(checkSource(BOM + TEXT, "main.lontar").diagnostics));
    // The same text without the mark is another text: its positions are one less on line 1.
    expect(s.change("main.lontar", 2, [{ text: TEXT }])).toBe(true);
    expect(places(s.analyzeNow().diagnostics)).toEqual(places(checkSource(TEXT, "main.lontar").diagnostics));
  });
});

describe("formatSource and a byte order mark", () => {
  it("keeps the mark: a formatted file with one is unchanged", () => {
    const formatted = "room aula at perpus {\n  capacity 30\n}\n";
    expect(formatSource(BOM + formatted, "a.lontar")).toMatchObject({ text: BOM + formatted, changed: false });
    expect(formatSource(`${BOM}room aula at perpus{capacity 30}`, "a.lontar")).toMatchObject({ text: BOM + formatted, changed: true });
    expect(formatSource(formatted, "a.lontar")).toMatchObject({ text: formatted, changed: false });
  });
});
