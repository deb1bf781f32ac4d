import { describe, expect, it } from "vitest";
import { analyzeWorkspace, checkSource, formatSource, parseFile, WorkspaceSession, type AnalyzeInput } from "@lontar/dsl";

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
  });

  it("reads texts as before, with their problems as diagnostics", () => {
    expect(checkSource(text, "a.lontar").diagnostics).toEqual([]);
    expect(checkSource("", "a.lontar").diagnostics).toEqual([]);
    expect(checkSource("@", "a.lontar").diagnostics.map((d) => d.code)).toEqual(["LON1001"]);
    expect(analyzeWorkspace({ root: "/ws", files: [] }).diagnostics).toEqual([]);
  });
});
