import fc from "fast-check";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rebaseDiagnostic } from "../src/check/rebase.js";
import { workspaceGroups } from "../src/files/workspace-groups.js";
import { workspaceRoot } from "../src/files/workspace-root.js";
import { arbDiagnostic } from "./support/diagnostics.js";

const folders = new Set(["/w", "/w/examples", "/w/examples/solok", "/w/examples/langsa", "/w/other"]);
const isDirectory = (absolute: string): boolean => folders.has(absolute);

describe("workspaceRoot", () => {
  it("is the folder given, or a file's folder", () => {
    expect(workspaceRoot("/w", ["examples/solok"], isDirectory)).toBe("/w/examples/solok");
    expect(workspaceRoot("/w", ["examples/solok/main.lontar"], isDirectory)).toBe("/w/examples/solok");
  });

  it("is the deepest common folder of several paths", () => {
    expect(workspaceRoot("/w", ["examples/solok", "examples/langsa/a.lontar"], isDirectory)).toBe("/w/examples");
    expect(workspaceRoot("/w/examples", ["solok", "../other"], isDirectory)).toBe("/w");
    expect(workspaceRoot("/w", ["examples/solok", "examples/solok/x.lontar"], isDirectory)).toBe("/w/examples/solok");
  });

  it("contains every given path", () => {
    const segment = fc.constantFrom("a", "b", "c", "..");
    fc.assert(
      fc.property(fc.array(fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join("/")), { minLength: 1, maxLength: 4 }), (args) => {
        const root = workspaceRoot("/x/y", args, () => true);
        for (const arg of args) expect(path.relative(root, path.resolve("/x/y", arg)).startsWith("..")).toBe(false);
      }),
    );
  });
});

describe("rebaseDiagnostic", () => {
  it("moves every path and nothing else", () => {
    fc.assert(
      fc.property(arbDiagnostic, (diagnostic) => {
        const moved = rebaseDiagnostic(diagnostic, (file) => `root/${file}`);
        const back = rebaseDiagnostic(moved, (file) => file.slice("root/".length));
        expect(back).toEqual(diagnostic);
        expect(moved.location.file).toBe(`root/${diagnostic.location.file}`);
        for (const related of moved.related) expect(related.location.file.startsWith("root/")).toBe(true);
      }),
    );
  });
});

describe("workspaceGroups", () => {
  it("makes each folder a workspace and all named files one more", () => {
    expect(workspaceGroups("/w", ["examples/solok", "a.lontar", "examples/langsa", "b.lontar"], isDirectory)).toEqual([
      ["examples/solok"],
      ["examples/langsa"],
      ["a.lontar", "b.lontar"],
    ]);
    expect(workspaceGroups("/w", ["a.lontar"], isDirectory)).toEqual([["a.lontar"]]);
  });

  // Found by a CI walk: `check mous/*` took the README.md beside the workspaces as a .lontar
  // file (LON1001 at its `#`), and `check fx fx` reported every finding twice.
  it("counts a path given twice once, and leaves out a named file that is not .lontar beside folders or .lontar files", () => {
    const isFile = (absolute: string): boolean => !isDirectory(absolute) && !absolute.endsWith("missing.md");
    expect(workspaceGroups("/w", ["examples/solok", "README.md", "examples/solok", "./examples/solok"], isDirectory, isFile)).toEqual([["examples/solok"]]);
    expect(workspaceGroups("/w", ["a.lontar", "notes.txt", "a.lontar"], isDirectory, isFile)).toEqual([["a.lontar"]]);
    // Alone, it is taken as given; a path that is not there stays, to be reported as missing.
    expect(workspaceGroups("/w", ["notes.txt"], isDirectory, isFile)).toEqual([["notes.txt"]]);
    expect(workspaceGroups("/w", ["examples/solok", "missing.md"], isDirectory, isFile)).toEqual([["examples/solok"], ["missing.md"]]);
  });
});
