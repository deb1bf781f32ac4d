import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localizeDiagnostic } from "@lontar/dsl";
import { analyzeFolder } from "@lontar/dsl/node";

// Found by an SDK walk: analyzeFolder("/no/such/dir") gave a valid, empty workspace with no diagnostic.
describe("analyzeFolder on a path that is not a workspace folder", () => {
  it("is LON2108 for a folder that is not there, and nothing is analyzed", () => {
    const missing = path.join(tmpdir(), "lontar-no-such-folder-2108");
    const result = analyzeFolder(missing);
    expect(result.workspace).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([["LON2108", `the workspace folder \`${missing}\` does not exist`]]);
    expect(localizeDiagnostic(result.diagnostics[0] as (typeof result.diagnostics)[number], "id").message).toBe(`folder ruang kerja \`${missing}\` tidak ada`);
  });

  it("is LON2108 for a file given instead of its folder", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lontar-2108-"));
    const file = path.join(dir, "main.lontar");
    writeFileSync(file, 'mitra m {\n  jenis sekolah\n}\n');
    expect(analyzeFolder(file).diagnostics.map((d) => d.text?.key)).toEqual(["LON2108.notFolder"]);
    // The folder itself analyzes.
    expect(analyzeFolder(dir).diagnostics).toEqual([]);
  });

  // Found by an SDK walk: analyzeFolder(undefined) gave LON2108 "the workspace folder `{path}` does not exist", the placeholder unfilled, in a file named "undefined".
  it("is a TypeError for a root that is not a string", () => {
    expect(() => analyzeFolder(undefined as unknown as string)).toThrow(/analyzeFolder: root must be a string, not undefined/);
  });

  // Found by a second SDK walk: a file URL (`new URL("./ws", import.meta.url)`, which node:fs takes) was "not a object".
  it("names a URL and says how to make it a path, and any other object as an object", () => {
    expect(() => analyzeFolder(new URL("file:///ws") as unknown as string)).toThrow('analyzeFolder: root must be a string, not a URL (fileURLToPath(url) from node:url gives its path)');
    expect(() => analyzeFolder({ path: "/ws" } as unknown as string)).toThrow("analyzeFolder: root must be a string, not an object");
  });
});

// Found by a review: a `.lontar` link in the folder was passed over, so a workspace with a
// file linked from outside analyzed clean without it.
describe("analyzeFolder and the folder's links", () => {
  it("refuses a link that leads outside; passes over one that stays inside, whose file is read once when imported", () => {
    const base = mkdtempSync(path.join(tmpdir(), "lontar-links-"));
    const root = path.join(base, "ws");
    mkdirSync(path.join(root, ".shared"), { recursive: true });
    mkdirSync(path.join(base, "outside"));
    writeFileSync(path.join(root, "main.lontar"), 'import "./.shared/common.lontar"\nroom aula {\n  capacity 30\n}\n');
    writeFileSync(path.join(root, ".shared", "common.lontar"), "room pendopo {\n  capacity 50\n}\n");
    writeFileSync(path.join(base, "outside", "far.lontar"), "room jauh {\n  capacity 10\n}\n");
    // A review: a convenience link to the imported hidden file was read twice (LON2001, `pendopo` declared twice).
    symlinkSync(path.join(root, ".shared", "common.lontar"), path.join(root, "common.lontar"));
    symlinkSync("main.lontar", path.join(root, "alias.lontar"));
    const inside = analyzeFolder(root);
    expect(inside.diagnostics).toEqual([]);
    expect(inside.workspace?.resources.map((r) => r.id).sort()).toEqual(["aula", "pendopo"]);
    symlinkSync(path.join(base, "outside", "far.lontar"), path.join(root, "far.lontar"));
    const outside = analyzeFolder(root);
    expect(outside.workspace).toBeUndefined();
    expect(outside.diagnostics.map((d) => [d.code, d.location.file, d.message])).toEqual([["LON2104", "far.lontar", "`far.lontar` leads outside the workspace root through a link; it was not read"]]);
  });
});
