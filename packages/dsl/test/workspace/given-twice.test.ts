import { describe, expect, it } from "vitest";
import { localizeDiagnostic, MAX_WORKSPACE_FILES } from "@lontar/dsl";
import { analyzeWorkspace } from "../../src/workspace/analyze.js";

const LIBRARY = 'library perpus { tier desa region "Aceh" }\n';
const ROOM = "room aula at perpus { capacity 30 }\n";

// Found by an SDK walk: two files of one path kept the last text silently, the first
// dropped without a word (and `./a.lontar` beside `a.lontar` the same).
describe("analyzeWorkspace given one path twice", () => {
  it("is LON2109 at the start of the second, naming both entries; only the first is analyzed", () => {
    const result = analyzeWorkspace({ root: "/ws", files: [{ path: "a.lontar", text: LIBRARY + ROOM }, { path: "a.lontar", text: "room baca at perpus { capacity 10 }\n" }] });
    expect(result.workspace).toBeUndefined();
    expect(result.files.map((f) => f.path)).toEqual(["a.lontar"]);
    const [twice, ...others] = result.diagnostics;
    expect(others).toEqual([]);
    expect(twice?.code).toBe("LON2109");
    expect(twice?.severity).toBe("error");
    expect(twice?.location).toEqual({ file: "a.lontar", range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } });
    expect(twice?.message).toBe("`a.lontar` is given again as files[1] (first as files[0]); only the first is analyzed");
    expect(twice === undefined ? undefined : localizeDiagnostic(twice, "id").message).toBe("`a.lontar` diberikan lagi sebagai files[1] (pertama sebagai files[0]); hanya yang pertama dianalisis");
    expect(twice?.docs).toBe("docs/diagnostics/LON2109.md");
  });

  it("tells one path written two ways: `./a.lontar`, `a.lontar`, and the root joined to it", () => {
    const files = [
      { path: "./a.lontar", text: LIBRARY },
      { path: "b.lontar", text: ROOM },
      { path: "a.lontar", text: LIBRARY },
      { path: "/ws/a.lontar", text: LIBRARY },
    ];
    const result = analyzeWorkspace({ root: "/ws", files });
    expect(result.diagnostics.map((d) => [d.code, d.location.file, d.text?.args])).toEqual([
      ["LON2109", "a.lontar", { path: "a.lontar", index: 2, first: 0 }],
      ["LON2109", "a.lontar", { path: "a.lontar", index: 3, first: 0 }],
    ]);
    expect(result.files.map((f) => f.path)).toEqual(["a.lontar", "b.lontar"]);
  });

  it("is silent for paths that differ, and a file given as well as imported is read once, as given", () => {
    const result = analyzeWorkspace({
      root: "/ws",
      files: [{ path: "a.lontar", text: `import "b.lontar"\n${LIBRARY}` }, { path: "b.lontar", text: ROOM }],
      readFile: () => "room other at perpus { capacity 1 }\n",
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.workspace?.resources.map((r) => r.id)).toEqual(["aula"]);
  });
});

// Found by an SDK walk (stop 50): past 10,000 files the rest were dropped without a word, and
// the workspace compiled without the library and agreement of the file left out.
describe("a workspace of more files than one analysis loads", () => {
  it("is LON2110 at the first file not loaded, in both languages, and is not compiled", () => {
    const files = Array.from({ length: MAX_WORKSPACE_FILES + 1 }, (_, i) => ({ path: `f${i}.lontar`, text: `partner p${i} { kind school }\n` }));
    const result = analyzeWorkspace({ root: "/ws", files });
    expect(result.files).toHaveLength(MAX_WORKSPACE_FILES);
    expect(result.workspace).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.location.file])).toEqual([["LON2110", "error", `f${MAX_WORKSPACE_FILES}.lontar`]]);
    const [tooMany] = result.diagnostics;
    expect(tooMany?.message).toBe(`the workspace has more than 10,000 files: \`f${MAX_WORKSPACE_FILES}.lontar\` and the files after it are not analyzed; analyze its folders apart (one workspace each)`);
    expect(tooMany === undefined ? undefined : localizeDiagnostic(tooMany, "id").message).toContain("lebih dari 10.000 berkas");
  });

  it("is not told at the limit itself", () => {
    const files = Array.from({ length: MAX_WORKSPACE_FILES }, (_, i) => ({ path: `f${i}.lontar`, text: `partner p${i} { kind school }\n` }));
    expect(analyzeWorkspace({ root: "/ws", files }).diagnostics).toEqual([]);
  });
});
