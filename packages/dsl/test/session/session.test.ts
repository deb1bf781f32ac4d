import { describe, expect, it } from "vitest";
import type { Diagnostic, RelatedLocation, Suggestion } from "../../src/diagnostics/diagnostic.js";
import { WorkspaceSession } from "../../src/session/session.js";
import type { FileNode } from "../../src/syntax/ast.js";
import { analyzeWorkspace } from "../../src/workspace/analyze.js";
import { exampleWorkspaces } from "../arbitraries/mutants.js";

const LIBRARY = 'library perpus { tier desa region "Aceh" }\n';
const ROOMS = "room aula at perpus { capacity 30 }\nroom baca at perpus { capacity 10 }\n";
const PROGRAM = 'program dongeng at perpus {\n  category storytelling\n  schedule once 2024-03-01 at 09:00 for 1h\n  needs room aula\n}\n';

function session(): WorkspaceSession {
  const s = new WorkspaceSession({ root: "/ws", readFile: () => undefined });
  s.open("/ws/main.lontar", LIBRARY + PROGRAM, 1);
  s.open("rooms.lontar", ROOMS, 1);
  return s;
}

describe("WorkspaceSession", () => {
  it("keeps documents with versions and refuses a change that is not newer", () => {
    const s = session();
    expect(s.documents().map((d) => d.path)).toEqual(["main.lontar", "rooms.lontar"]);
    expect(s.change("rooms.lontar", 1, [{ text: "" }])).toBe(false);
    expect(s.change("missing.lontar", 5, [{ text: "" }])).toBe(false);
    expect(s.change("rooms.lontar", 2, [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 9 } }, text: "hall" }])).toBe(true);
    expect(s.document("rooms.lontar")?.text.startsWith("room hall at perpus")).toBe(true);
    expect(s.document("rooms.lontar")?.version).toBe(2);
    // A range given end first is the same range (as LSP's text documents read it), not a copy of the text between.
    expect(s.change("rooms.lontar", 3, [{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 5 } }, text: "aula" }])).toBe(true);
    expect(s.document("rooms.lontar")?.text).toBe(ROOMS);
  });

  it("reports an undefined reference after an edit, and clears it after the edit is undone", async () => {
    const s = session();
    expect(await s.diagnostics("main.lontar")).toEqual([]);
    s.change("rooms.lontar", 2, [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 9 } }, text: "hall" }]);
    const broken = await s.diagnostics("main.lontar");
    expect(broken.map((d) => [d.code, d.location.range.start.line])).toEqual([["LON2002", 5]]);
    s.change("rooms.lontar", 3, [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 9 } }, text: "aula" }]);
    expect(await s.diagnostics("main.lontar")).toEqual([]);
    expect(s.analyzeNow().workspace?.resources.map((r) => r.id)).toEqual(["aula", "baca"]);
  });

  it("gives a document's symbols, a name's references and its definition", () => {
    const s = session();
    expect(s.symbols("rooms.lontar").map((x) => [x.name, x.kind, x.selectionRange.start.line])).toEqual([["aula", "room", 1], ["baca", "room", 2]]);
    const atAula = PROGRAM.indexOf("room aula") + LIBRARY.length + 6;
    expect(s.definition("main.lontar", atAula)).toEqual({ file: "rooms.lontar", range: s.symbols("rooms.lontar")[0]?.selectionRange });
    const references = s.references("rooms.lontar", 6);
    expect(references.map((r) => [r.file, r.range.start.line])).toEqual([["main.lontar", 5], ["rooms.lontar", 1]]);
    expect(s.references("rooms.lontar", 6, false).map((r) => r.file)).toEqual(["main.lontar"]);
    expect(s.references("main.lontar", 0)).toEqual([]);
  });

  it("reads a closed file through readFile when another imports it, and again after fileChanged", async () => {
    const disk = new Map([["/ws/rooms.lontar", "room aula at perpus { capacity 30 }\n"]]);
    let reads = 0;
    const s = new WorkspaceSession({ root: "/ws", readFile: (p) => (reads++, disk.get(p)) });
    s.open("main.lontar", `import "rooms.lontar"\n${LIBRARY}${PROGRAM}`, 1);
    expect(await s.diagnostics("main.lontar")).toEqual([]);
    s.change("main.lontar", 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: "\n" }]);
    expect(await s.diagnostics("main.lontar")).toEqual([]);
    expect(reads).toBe(1);
    disk.set("/ws/rooms.lontar", "room hall at perpus { capacity 30 }\n");
    s.fileChanged("rooms.lontar");
    expect((await s.diagnostics("main.lontar")).map((d) => d.code)).toEqual(["LON2002"]);
    expect(reads).toBe(2);
  });

  it("gives a document's fast diagnostics after an edit, within the whole analysis's", async () => {
    const s = session();
    expect(s.fastDiagnostics("main.lontar")).toEqual([]);
    // Inside a declaration, names unchanged: the binding is updated in place.
    s.change("rooms.lontar", 2, [{ range: { start: { line: 0, character: 32 }, end: { line: 0, character: 34 } }, text: "3x" }]);
    const rooms = s.fastDiagnostics("rooms.lontar");
    expect(rooms.length).toBeGreaterThan(0);
    expect(s.fastDiagnostics("main.lontar")).toEqual([]);
    const whole = await s.diagnostics("rooms.lontar");
    for (const d of rooms) expect(whole).toContainEqual(d);
    // The definition follows the re-parsed declaration.
    const atAula = PROGRAM.indexOf("room aula") + LIBRARY.length + 6;
    expect(s.definition("main.lontar", atAula)?.file).toBe("rooms.lontar");
    s.change("rooms.lontar", 3, [{ text: ROOMS.replace("aula", "hall") }]);
    expect(s.fastDiagnostics("main.lontar").map((d) => d.code)).toEqual(["LON2002"]);
    expect(s.fastDiagnostics("missing.lontar")).toEqual([]);
  });

  it("gives up the slow steps when the signal is aborted, and finishes them on the next call", async () => {
    const s = session();
    const controller = new AbortController();
    controller.abort(new Error("a newer change"));
    await expect(s.analyze({ signal: controller.signal })).rejects.toThrow("a newer change");
    expect(s.analyzeFast().diagnostics).toEqual([]);
    expect((await s.analyze()).workspace).toBeDefined();
  });

  it("shares one analysis between its callers: one giving up leaves the other's running", async () => {
    const s = session();
    const controller = new AbortController();
    const given = s.analyze({ signal: controller.signal });
    const kept = s.analyze();
    controller.abort(new Error("a newer change"));
    await expect(given).rejects.toThrow("a newer change");
    const result = await kept;
    expect(result.workspace).toBeDefined();
    expect(s.analyzeNow()).toBe(result);
  });

  it("lets other work in before each slice, and stops between two slices once every caller gave up", async () => {
    const turns: string[] = [];
    const s = new WorkspaceSession({
      root: "/ws",
      betweenSlices: async () => {
        turns.push("between");
        await new Promise((resolve) => setTimeout(resolve, 0));
      },
    });
    for (const ws of exampleWorkspaces().slice(0, 1)) for (const f of ws.files) s.open(f.path, f.text, 1);
    const controller = new AbortController();
    const given = s.analyze({ signal: controller.signal });
    controller.abort(new Error("a newer change"));
    await expect(given).rejects.toThrow("a newer change");
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    // The first pause comes before any slice; nobody waited after it, so the analysis stopped there.
    expect(turns).toEqual(["between"]);
    const whole = await s.analyze();
    expect(turns.length).toBeGreaterThan(1);
    expect(whole).toBe(s.analyzeNow());
  });

  it("ends a running analysis with the result of one a request finished in between (the same object)", async () => {
    for (const ws of exampleWorkspaces()) {
      const s = new WorkspaceSession({ root: "/ws" });
      for (const f of ws.files) s.open(f.path, f.text, 1);
      const running = s.analyze();
      const now = s.analyzeNow();
      expect(await running).toBe(now);
      expect(now.diagnostics).toEqual(analyzeWorkspace({ root: "/ws", files: ws.files }).diagnostics);
    }
  });

  it("prepares the first edit without changing what it gives", () => {
    for (const ws of exampleWorkspaces()) {
      const first = ws.files[0];
      if (first === undefined) continue;
      const prepared = new WorkspaceSession({ root: "/ws" });
      const plain = new WorkspaceSession({ root: "/ws" });
      for (const s of [prepared, plain]) for (const f of ws.files) s.open(f.path, f.text, 1);
      prepared.prepareEdits();
      // Names unchanged: the binding is updated in place, with what prepareEdits computed.
      const edited = `${first.text}\n// a note\n`;
      for (const s of [prepared, plain]) s.change(first.path, 2, [{ text: edited }]);
      expect(prepared.fastDiagnostics(first.path)).toEqual(plain.fastDiagnostics(first.path));
      expect(prepared.analyzeNow().diagnostics).toEqual(analyzeWorkspace({ root: "/ws", files: [{ path: first.path, text: edited }, ...ws.files.slice(1)] }).diagnostics);
    }
  });
});

// Found by an SDK walk: the session handed out the diagnostics it keeps, so a caller that
// sorted a diagnostic's notes or rewrote its message changed what the session said next,
// even after edits elsewhere (a file's checks are reused while it is unchanged).
describe("WorkspaceSession's answers, changed by a caller", () => {
  const DUPLICATE = `${LIBRARY}room aula at perpus { capacity 30 }\nroom aula at perpus { capacity 5 }\n${PROGRAM.replace("needs room aula", "needs room aulx")}`;

  /** Every way a caller changes a diagnostic, each refused. */
  function expectUnchangeable(d: Diagnostic): void {
    expect(() => ((d as { message: string }).message = "changed")).toThrow(TypeError);
    expect(() => (d.related as RelatedLocation[]).push(d.related[0] as RelatedLocation)).toThrow(TypeError);
    expect(() => (d.suggestions as Suggestion[]).push({ message: "x", edits: [] })).toThrow(TypeError);
    expect(() => ((d.location.range.start as { line: number }).line = 99)).toThrow(TypeError);
    for (const r of d.related) expect(() => ((r.location as { file: string }).file = "other.lontar")).toThrow(TypeError);
    for (const s of d.suggestions) for (const e of s.edits) expect(() => ((e as { text: string }).text = "x")).toThrow(TypeError);
    if (d.text !== undefined) expect(() => ((d.text?.args as Record<string, unknown>)["name"] = "x")).toThrow(TypeError);
  }

  it("refuses to change what it keeps, and answers the same after an edit elsewhere", async () => {
    const s = new WorkspaceSession({ root: "/ws", readFile: () => undefined });
    s.open("main.lontar", DUPLICATE, 1);
    s.open("other.lontar", "", 1);
    const first = s.analyzeNow();
    const said = JSON.stringify(first.diagnostics);
    expect(first.diagnostics.map((d) => d.code)).toEqual(["LON2001", "LON2002"]);
    expect(first.diagnostics.some((d) => d.related.length > 0) && first.diagnostics.some((d) => d.suggestions.some((x) => x.edits.length > 0))).toBe(true);
    const handedOut = [...first.diagnostics, ...(await s.diagnostics("main.lontar")), ...s.fastDiagnostics("main.lontar"), ...s.analyzeFast().diagnostics];
    for (const d of handedOut) expectUnchangeable(d);
    expect(() => (first.diagnostics as Diagnostic[]).reverse()).toThrow(TypeError);
    expect(() => ((first as { workspace?: unknown }).workspace = {})).toThrow(TypeError);
    expect(() => (first.agreements as unknown[]).push({})).toThrow(TypeError);
    expect(() => (s.files() as FileNode[]).reverse()).toThrow(TypeError);
    expect(() => ((s.documents()[0] as { text: string }).text = "")).toThrow(TypeError);
    expect(JSON.stringify(s.analyzeNow().diagnostics)).toBe(said);
    // Another file's edit: main.lontar's checks come from the memo, as they were.
    s.change("other.lontar", 2, [{ text: "// a note\n" }]);
    expect(JSON.stringify(s.fastDiagnostics("main.lontar"))).toBe(said);
    expect(JSON.stringify(s.analyzeNow().diagnostics)).toBe(said);
  });

  it("refuses to change its core model, whose elements the next analysis reuses (an SDK walk of stop 57)", () => {
    const s = session();
    const first = s.analyzeNow();
    const program = first.workspace?.programs[0];
    expect(program?.title).toBeDefined();
    expect(() => ((program as { title: string }).title = "HACKED")).toThrow(TypeError);
    expect(() => (first.workspace?.programs as unknown[]).push({})).toThrow(TypeError);
    expect(() => ((program?.needs as unknown[]) ?? []).push({})).toThrow(TypeError);
    // An edit elsewhere reuses the program's element, as it was; the new model is frozen too.
    s.change("rooms.lontar", 2, [{ text: `${ROOMS}// a note\n` }]);
    const next = s.analyzeNow();
    expect(next.workspace?.programs[0]).toEqual(program);
    expect(Object.isFrozen(next.workspace) && Object.isFrozen(next.workspace?.resources[0])).toBe(true);
    // The same as a fresh analysis of the same files.
    const fresh = analyzeWorkspace({ root: "/ws", files: s.documents().map((d) => ({ path: d.path, text: d.text })), readFile: () => undefined });
    expect(JSON.stringify(next.workspace)).toBe(JSON.stringify(fresh.workspace));
  });

  it("gives lists of its own to a caller, who may sort them", () => {
    const s = new WorkspaceSession({ root: "/ws", readFile: () => undefined });
    s.open("main.lontar", DUPLICATE, 1);
    const fast = s.fastDiagnostics("main.lontar") as Diagnostic[];
    fast.reverse();
    expect(s.fastDiagnostics("main.lontar").map((d) => d.code)).toEqual(["LON2001", "LON2002"]);
  });
});

describe("WorkspaceSession on the examples", () => {
  it("compiles each example to the very model analyzeWorkspace gives, key order included", () => {
    for (const ws of exampleWorkspaces()) {
      const s = new WorkspaceSession({ root: "/ws" });
      for (const f of ws.files) s.open(f.path, f.text, 1);
      const fresh = analyzeWorkspace({ root: "/ws", files: ws.files });
      expect(fresh.workspace).toBeDefined();
      expect(JSON.stringify(s.analyzeNow().workspace)).toBe(JSON.stringify(fresh.workspace));
      // Again after an edit that changes one element: the others come from the memo.
      const first = ws.files[0];
      if (first === undefined) continue;
      s.change(first.path, 2, [{ text: `${first.text}\n` }]);
      expect(JSON.stringify(s.analyzeNow().workspace)).toBe(JSON.stringify(analyzeWorkspace({ root: "/ws", files: [{ path: first.path, text: `${first.text}\n` }, ...ws.files.slice(1)] }).workspace));
    }
  });
});

// An SDK walk (stop 54): versions and positions from an HTTP body were taken as they came.
describe("WorkspaceSession: a caller's versions and ranges", () => {
  const range = (line: unknown, character: unknown) => ({ start: { line, character }, end: { line: 0, character: 0 } });

  it("refuses a version that is not a whole number, and a path that is not a string, changing nothing", () => {
    const s = session();
    for (const version of [Number.NaN, Number.POSITIVE_INFINITY, 2.5, "9", null, undefined]) {
      expect(() => s.open("x.lontar", "", version as number)).toThrow(/WorkspaceSession\.open: version must be a whole number, not /);
      expect(() => s.change("main.lontar", version as number, [{ text: "" }])).toThrow(/WorkspaceSession\.change: version must be a whole number, not /);
    }
    expect(() => s.change("main.lontar", "9" as unknown as number, [])).toThrow("version must be a whole number, not a string");
    expect(() => s.change(undefined as unknown as string, 2, [])).toThrow("WorkspaceSession.change: path must be a string, not undefined");
    expect(s.document("main.lontar")?.version).toBe(1);
    expect(s.document("x.lontar")).toBeUndefined();
    expect(s.change("main.lontar", 2, [{ text: "" }])).toBe(true);
  });

  it("refuses a range whose positions are not finite numbers; one past a line's end is taken as LSP takes it", () => {
    const s = session();
    for (const [line, character] of [[Number.NaN, 0], [0, "0"], [undefined, 0], [0, Number.NEGATIVE_INFINITY]]) {
      expect(() => s.change("main.lontar", 2, [{ range: range(line, character) as never, text: "x" }])).toThrow(/changes\[0\]\.range\.start\.(line|character) must be a finite number/);
    }
    expect(s.document("main.lontar")?.version).toBe(1);
    const text = s.document("main.lontar")?.text ?? "";
    expect(s.change("main.lontar", 2, [{ range: { start: { line: 99, character: 0 }, end: { line: 99, character: 5 } }, text: "// end\n" }])).toBe(true);
    expect(s.document("main.lontar")?.text).toBe(`${text}// end\n`);
    // A range left undefined (a JavaScript caller's optional field) replaces the whole text, as no range does.
    expect(s.change("main.lontar", 3, [{ range: undefined, text: "// whole\n" } as never])).toBe(true);
    expect(s.document("main.lontar")?.text).toBe("// whole\n");
  });
});
