import { describe, expect, it } from "vitest";
import { analyzeWorkspace, localizeDiagnostic, WorkspaceSession, type WorkspaceFileReader } from "@lontar/dsl";

// Found by an SDK walk: a reader from `fs/promises` (`readFile: (p) => readFile(p, "utf8")`)
// returned a Promise, which the loader took for a refusal of no kind and failed on deep inside:
// "TypeError: Cannot read properties of undefined (reading 'text')"; a number gave
// "text.charCodeAt is not a function". A reader's answer is now checked where it is read.
const files = [{ path: "main.lontar", text: 'import "./rooms.lontar"\nlibrary perpus { tier village region "Aceh" / "Kota Langsa" }\n' }];
const rooms = "room aula at perpus { capacity 30 }\n";
const wrong = (answer: unknown): WorkspaceFileReader => () => answer as string;

describe("what a reader answers", () => {
  it.each([
    ["a Promise", Promise.resolve(rooms), /returned a Promise \(readFile must be synchronous\) for \/ws\/rooms\.lontar/],
    ["a number", 42, /returned number/],
    ["null", null, /returned null/],
    ["an object that is no refusal", { text: rooms }, /returned object/],
  ])("%s is a TypeError naming it", (_, answer, message) => {
    expect(() => analyzeWorkspace({ root: "/ws", files, readFile: wrong(answer) })).toThrow(TypeError);
    expect(() => analyzeWorkspace({ root: "/ws", files, readFile: wrong(answer) })).toThrow(message);
  });

  it("is a TypeError in a session's analysis too", async () => {
    const session = new WorkspaceSession({ root: "/ws", readFile: wrong(Promise.resolve(rooms)) });
    session.open("main.lontar", files[0]?.text ?? "", 1);
    await expect(session.diagnostics("main.lontar")).rejects.toThrow(/returned a Promise/);
  });

  it("is read when it is text, undefined or a refusal", () => {
    expect(analyzeWorkspace({ root: "/ws", files, readFile: () => rooms }).diagnostics).toEqual([]);
    expect(analyzeWorkspace({ root: "/ws", files, readFile: () => undefined }).diagnostics.map((d) => d.code)).toContain("LON2102");
    expect(analyzeWorkspace({ root: "/ws", files, readFile: () => ({ refused: "unreadable", reason: "EACCES" }) }).diagnostics.map((d) => d.code)).toContain("LON2107");
    expect(analyzeWorkspace({ root: "/ws", files, readFile: () => ({ refused: "too-large", limit: 10 }) }).diagnostics.map((d) => d.code)).toContain("LON2106");
  });

  it("that throws is LON2107 naming what it threw, in both languages (the SDK walk of stop 43: `read error`, in English in Indonesian too)", () => {
    const [bug] = analyzeWorkspace({ root: "/ws", files, readFile: () => { throw new TypeError("uploads.get is not a function"); } }).diagnostics;
    expect(bug?.code).toBe("LON2107");
    expect(bug?.message).toBe("cannot read `./rooms.lontar`: the file reader threw TypeError: uploads.get is not a function");
    expect(localizeDiagnostic(bug!, "id").message).toBe("tidak dapat membaca `./rooms.lontar`: pembaca berkasnya melempar TypeError: uploads.get is not a function");
    // A system error keeps its words and code; a thrown value that is no Error, and a long message on several lines, are shown on one line, cut.
    const [denied] = analyzeWorkspace({ root: "/ws", files, readFile: () => { throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" }); } }).diagnostics;
    expect(localizeDiagnostic(denied!, "id").message).toBe("tidak dapat membaca `./rooms.lontar`: akses ditolak (EACCES)");
    const [long] = analyzeWorkspace({ root: "/ws", files, readFile: () => { throw new Error(`line\n${"x".repeat(500)}`); } }).diagnostics;
    expect(long?.message).toMatch(/threw Error: line x{180,}…$/);
    expect(long?.message.length).toBeLessThan(280);
    const [odd] = analyzeWorkspace({ root: "/ws", files, readFile: () => { throw "not found"; } }).diagnostics;
    expect(odd?.message).toBe("cannot read `./rooms.lontar`: the file reader threw not found");
  });
});
