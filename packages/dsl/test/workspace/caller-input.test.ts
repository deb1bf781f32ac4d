import { describe, expect, it } from "vitest";
import { analyzeWorkspace, applyEdits, certainFixes, checkSource, diagnosticCodes, formatSource, LineIndex, parseFile, WorkspaceSession, type AnalyzeInput, type TextEdit } from "@lontar/dsl";

// Found by an SDK walk: a file read as bytes (`readFileSync(path)` without "utf8") or any other
// text that is not a string failed deep in the scanner ("text.charCodeAt is not a function",
// "Cannot read properties of undefined (reading 'charCodeAt')"), and an input with no files
// with "Cannot read properties of undefined (reading 'forEach')". Each is now a TypeError that
// names the argument; a text's own problems stay diagnostics.
const text = 'library perpus { tier village region "Aceh" / "Kota Langsa" }\n';
const bytes = Buffer.from(text, "utf8");
const loose = (value: unknown): string => value as string;

describe("what a caller passes the dsl", () => {
  it.each([
    ["a Buffer text", { root: "/ws", files: [{ path: "a.lontar", text: bytes }] }, /files\[0\]\.text must be a string, not a Buffer \(decode it first/],
    ["an undefined text", { root: "/ws", files: [{ path: "a.lontar" }] }, /files\[0\]\.text must be a string, not undefined/],
    ["a number path", { root: "/ws", files: [{ path: 1, text }] }, /files\[0\]\.path must be a string, not a number/],
    ["no files", { root: "/ws" }, /files must be an array of \{ path, text \}, not undefined/],
    ["a file that is text", { root: "/ws", files: [text] }, /files\[0\] must be an object/],
    ["no root", { files: [] }, /root must be a string, not undefined/],
    ["a reader that is text", { root: "/ws", files: [], readFile: "x" }, /readFile must be a function or undefined/],
    ["nothing", undefined, /the input must be an object/],
    // An SDK walk (stop 50): a misspelt key was ignored, and every import was "not found".
    ["a misspelt key", { root: "/ws", files: [], readfile: () => undefined }, /^analyzeWorkspace: unknown option `readfile`; did you mean `readFile`\?/],
  ])("analyzeWorkspace: %s is a TypeError naming it", (_, input, message) => {
    expect(() => analyzeWorkspace(input as unknown as AnalyzeInput)).toThrow(TypeError);
    expect(() => analyzeWorkspace(input as unknown as AnalyzeInput)).toThrow(message);
  });

  it("checkSource, parseFile, formatSource and a session's open: a Buffer or a missing path is a TypeError", () => {
    expect(() => checkSource(loose(bytes), "a.lontar")).toThrow(/checkSource: text must be a string, not a Buffer/);
    expect(() => checkSource(text, loose(undefined))).toThrow(/checkSource: path must be a string, not undefined/);
    expect(() => parseFile(loose(bytes), "a.lontar")).toThrow(/parseFile: text must be a string/);
    expect(() => formatSource(loose(new Uint8Array(3)), "a.lontar")).toThrow(/formatSource: text must be a string, not a Uint8Array/);
    expect(() => new WorkspaceSession({ root: "/ws" }).open("a.lontar", loose(null), 1)).toThrow(/WorkspaceSession.open: text must be a string, not null/);
    // A third SDK walk: `new LineIndex(null)` failed reading `length`, and `new LineIndex(5)` made an index of nothing.
    expect(() => new LineIndex(loose(null))).toThrow(new TypeError("LineIndex: text must be a string, not null"));
    expect(() => new LineIndex(loose(5))).toThrow(new TypeError("LineIndex: text must be a string, not a number"));
  });

  // Found by a second SDK walk: a session made without options failed with "Cannot read
  // properties of undefined (reading 'root')", one with no root at its first open ("reading
  // 'replace'"), and an edit whose text is a Buffer or whose changes are one string deep in
  // the scanner ("text.charCodeAt is not a function", "Cannot use 'in' operator").
  it("a session: missing options, a root that is not a string and a bad reader are TypeErrors naming them", () => {
    const make = (options: unknown) => () => new WorkspaceSession(options as { root: string });
    expect(make(undefined)).toThrow(TypeError);
    expect(make(undefined)).toThrow(/WorkspaceSession: the options must be an object \{ root, readFile\? \}, not undefined/);
    expect(make({})).toThrow(/WorkspaceSession: root must be a string, not undefined/);
    expect(make({ root: bytes })).toThrow(/WorkspaceSession: root must be a string, not a Buffer/);
    expect(make({ root: "/ws", readFile: "x" })).toThrow(/WorkspaceSession: readFile must be a function or undefined, not a string/);
    expect(make({ root: "/ws", readFile: undefined })).not.toThrow();
  });

  it("a session's change: changes that are not a list, or a change's text that is not a string, are TypeErrors", () => {
    const session = new WorkspaceSession({ root: "/ws" });
    session.open("a.lontar", text, 1);
    const change = (changes: unknown) => () => session.change("a.lontar", 2, changes as readonly { text: string }[]);
    expect(change(text)).toThrow(TypeError);
    expect(change(text)).toThrow(/WorkspaceSession.change: changes must be an array of \{ text \} or \{ range, text \}, not a string/);
    expect(change([text])).toThrow(/WorkspaceSession.change: changes\[0\] must be an object \{ text \} or \{ range, text \}, not a string/);
    expect(change([{ text: bytes }])).toThrow(/WorkspaceSession.change: changes\[0\]\.text must be a string, not a Buffer \(decode it first/);
    expect(change([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }])).toThrow(/changes\[0\]\.text must be a string, not undefined/);
    // Nothing was applied: the document is as it was, and a good change still works.
    expect(session.document("a.lontar")?.text).toBe(text);
    expect(session.change("a.lontar", 2, [{ text: "" }])).toBe(true);
  });

  it("a reader that returns a Buffer (readFileSync without \"utf8\") is a TypeError that says so", () => {
    const input = { root: "/ws", files: [{ path: "a.lontar", text: 'import "./b.lontar"\n' }], readFile: () => loose(bytes) };
    expect(() => analyzeWorkspace(input)).toThrow(TypeError);
    expect(() => analyzeWorkspace(input)).toThrow(/readFile must return the file's text, undefined or a refusal; it returned a Buffer \(decode it first: readFileSync\(path, "utf8"\), or TextDecoder\) for \/ws\/b\.lontar/);
  });

  // Found by a second SDK walk: diagnosticCodes("id-ID") (a locale, not a language) gave every
  // code with an undefined title and description, typed as strings.
  it("applyEdits: certainFixes' Map, or edits of another shape, is a TypeError that says how to take one file's edits", () => {
    const source = "buka senin 08.00-12.00";
    const fixes = certainFixes(checkSource(`${text}ruang r di perpus {\n  kapasitas 10\n  ${source}\n}\n`, "a.lontar").diagnostics);
    // My own first try (stop 53): the Map itself failed with "Cannot read properties of undefined (reading 'range')".
    expect(() => applyEdits(source, fixes as unknown as TextEdit[])).toThrow(new TypeError("applyEdits: edits must be one file's edits, an array of { location, text }, not a Map (certainFixes(diagnostics).get(file) gives one file's)"));
    expect(() => applyEdits(source, [{ text: "x" }] as unknown as TextEdit[])).toThrow(/^applyEdits: edits\[0\] must be an edit \{ location: \{ file, range \}, text \}, not an object$/);
    expect(() => applyEdits(loose(bytes), [])).toThrow(/applyEdits: text must be a string, not a Buffer/);
    expect(fixes.get("a.lontar")).toHaveLength(2);
  });

  it("diagnosticCodes: a language that is not en or id is a RangeError naming it", () => {
    for (const language of ["id-ID", "fr", undefined]) {
      const call = (): unknown => diagnosticCodes(language as "en");
      expect(call).toThrow(RangeError);
      expect(call).toThrow(`diagnosticCodes: language must be "en" or "id", not ${language === undefined ? "undefined" : JSON.stringify(language)}; localeLanguage(locale) reads a locale such as "id-ID"`);
    }
    expect(diagnosticCodes("id")["LON2001"]?.title).toBe("nama ganda");
  });

  it("reads texts as before, with their problems as diagnostics", () => {
    expect(checkSource(text, "a.lontar").diagnostics).toEqual([]);
    expect(checkSource("", "a.lontar").diagnostics).toEqual([]);
    expect(checkSource("@", "a.lontar").diagnostics.map((d) => d.code)).toEqual(["LON1001"]);
    expect(analyzeWorkspace({ root: "/ws", files: [] }).diagnostics).toEqual([]);
  });

  it("a session: a misspelt option key is a TypeError naming the method called", async () => {
    expect(() => new WorkspaceSession({ root: "/ws", readfile: () => undefined } as unknown as { root: string })).toThrow(/^WorkspaceSession: unknown option `readfile`; did you mean `readFile`\?/);
    const session = new WorkspaceSession({ root: "/ws" });
    await expect(session.diagnostics("a.lontar", { signal: new AbortController() as unknown as AbortSignal })).rejects.toThrow(/^WorkspaceSession\.diagnostics: options\.signal must be an AbortSignal or undefined, not an AbortController/);
    await expect(session.analyze({ signl: undefined } as unknown as { signal?: AbortSignal })).rejects.toThrow(/^WorkspaceSession\.analyze: unknown option `signl`; did you mean `signal`\?/);
  });
});
