import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lazyExportsOf } from "../lazy-exports.js";
import { tempDir } from "./support/run.js";

const packages = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Writes files (path → text) under a new folder and returns it. */
function sources(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe("lazyExportsOf", () => {
  it("maps each re-exported value to its module and its name there, leaving types out", () => {
    const dir = sources({
      "index.ts": [
        'export type { Shape } from "./shape.js";',
        'export { area, perimeter as around, type Unit } from "./shape.js";',
        'export * from "./more/index.js";',
        'export { fromPackage } from "some-package";',
        "export interface Local { readonly x: number }",
      ].join("\n"),
      "shape.ts": "export type Shape = {}; export function area() { return 1; } export function perimeter() { return 2; } export type Unit = string;",
      "more/index.ts": 'export { area, volume } from "./solid.js";',
      "more/solid.ts": "export const area = 3; export const volume = 4;",
    });
    const found = lazyExportsOf(path.join(dir, "index.ts"));
    expect(found === undefined ? undefined : Object.fromEntries(found)).toEqual({
      // The entry's own `area` wins over the one `export *` brings.
      area: { file: path.join(dir, "shape.ts"), name: "area" },
      around: { file: path.join(dir, "shape.ts"), name: "perimeter" },
      volume: { file: path.join(dir, "more/solid.ts"), name: "volume" },
      fromPackage: { file: "some-package", name: "fromPackage" },
    });
  });

  it("maps a name the entry declares to the entry itself", () => {
    const dir = sources({ "index.ts": 'import { x } from "./x.js";\nconst y = x + 1;\nexport function f() { return y; }\nexport const g = 1, h = 2;' });
    const found = lazyExportsOf(path.join(dir, "index.ts"));
    expect(found === undefined ? undefined : [...found.keys()]).toEqual(["f", "g", "h"]);
    expect(found?.get("g")?.file).toBe(path.join(dir, "index.ts"));
  });

  it("gives up on an entry that runs a statement of its own or re-exports what it cannot find", () => {
    const effect = sources({ "index.ts": 'export { a } from "./a.js";\nglobalThis.registered = true;', "a.ts": "export const a = 1;" });
    expect(lazyExportsOf(path.join(effect, "index.ts"))).toBeUndefined();
    const missing = sources({ "index.ts": 'export { a } from "./nowhere.js";' });
    expect(lazyExportsOf(path.join(missing, "index.ts"))).toBeUndefined();
    const starOfPackage = sources({ "index.ts": 'export * from "some-package";' });
    expect(lazyExportsOf(path.join(starOfPackage, "index.ts"))).toBeUndefined();
  });

  it("follows the planner's entry to the modules behind planWorkspace and the exporters", () => {
    const found = lazyExportsOf(path.join(packages, "planner/src/index.ts"));
    expect(found?.get("planWorkspace")?.file).toBe(path.join(packages, "planner/src/plan-workspace.ts"));
    expect(found?.get("exportXlsx")?.file).toBe(path.join(packages, "planner/src/export/index.ts"));
  });
});
