/**
 * A file saved with its accents decomposed (NFD, as macOS writes `désa`) and imported with
 * them composed (NFC, as typed), or the other way round: the same name to its writer, and it
 * failed with "cannot find `./perpustakaan désa.lontar`; did you mean `./perpustakaan
 * désa.lontar`?" (an SDK walk, stop 52). It is read as the file it is, on disk and in a
 * folder, and a path with nothing to compose is looked up once.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyzeWorkspace } from "@lontar/dsl";
import { analyzeFolder } from "@lontar/dsl/node";
import { describe, expect, it } from "vitest";

const LIBRARY = 'library desa {\n  tier village\n  region "Aceh" / "Kota Langsa"\n}\n';
const nfc = "perpustakaan d\u00e9sa.lontar";
const nfd = "perpustakaan de\u0301sa.lontar";

describe("an import whose file name's accents are composed the other way", () => {
  it.each([
    ["saved NFD, imported NFC", nfd, nfc],
    ["saved NFC, imported NFD", nfc, nfd],
  ])("%s: read as the file it is, with no diagnostic", (_, saved, imported) => {
    const files = new Map([[`/ws/${saved}`, LIBRARY]]);
    const asked: string[] = [];
    const result = analyzeWorkspace({
      root: "/ws",
      files: [{ path: "main.lontar", text: `import "./${imported}"\nhorizon 2027-01-01..2027-12-31\n` }],
      readFile: (file) => (asked.push(file), files.get(file)),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.workspace?.libraries.map((l) => l.id)).toEqual(["desa"]);
    expect(result.files.map((f) => f.path)).toEqual(["main.lontar", saved]);
  });

  it("reads a folder so too", () => {
    const root = mkdtempSync(path.join(tmpdir(), "lontar-nfd-"));
    mkdirSync(path.join(root, "sub"));
    writeFileSync(path.join(root, "sub", nfd), LIBRARY);
    writeFileSync(path.join(root, "main.lontar"), `import "./sub/${nfc}"\nhorizon 2027-01-01..2027-12-31\n`);
    const result = analyzeFolder(root);
    expect(result.diagnostics.map((d) => d.code)).toEqual([]);
    expect(result.workspace?.libraries.map((l) => l.id)).toEqual(["desa"]);
  });

  it("still says a file is missing when neither composition is there, and asks once for a name with no accent", () => {
    const asked: string[] = [];
    const result = analyzeWorkspace({ root: "/ws", files: [{ path: "main.lontar", text: `import "./${nfc}"\nimport "./plain.lontar"\n` }], readFile: (file) => (asked.push(file), undefined) });
    expect(result.diagnostics.map((d) => d.code)).toEqual(["LON2102", "LON2102"]);
    expect(asked.filter((f) => f.endsWith("plain.lontar"))).toHaveLength(1);
  });
});
