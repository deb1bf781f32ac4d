/**
 * Completion inside a declaration offers no property already given, nor one whose fields its
 * alias has set already (`nama` is another word for a program's `judul`): a program with both
 * `judul` and `nama` was offered `nama` again on a new line.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CompletionRequest, type CompletionItem, type CompletionList } from "vscode-languageserver-protocol";
import { oneFileWorkspace } from "./support/in-memory.js";

const FILE = "perpustakaan.lontar";

const LIBRARY = `perpustakaan perpus_sukamaju {
  nama "Perpustakaan Desa Sukamaju"
  jenjang desa
  wilayah "Jawa Tengah" / "Kabupaten Klaten"
}
`;

const labels = (list: CompletionItem[] | CompletionList | null): string[] => (list === null ? [] : Array.isArray(list) ? list : list.items).map((i) => i.label);

const workspace = oneFileWorkspace("lontar-aliases-", FILE, LIBRARY, "id");
let version = 1;
beforeAll(workspace.start);
afterAll(workspace.stop);

/** Completion on a new, empty line after `lines` of a program's block (closed after the cursor, as the editor closes it). */
async function completeInProgram(...lines: readonly string[]): Promise<string[]> {
  const head = `${LIBRARY}\nprogram dongeng di perpus_sukamaju {\n${lines.map((l) => `  ${l}\n`).join("")}  `;
  const text = `${head}\n}\n`;
  const session = workspace.session();
  await session.change(FILE, ++version, text);
  const before = head.split("\n");
  const position = { line: before.length - 1, character: (before[before.length - 1] ?? "").length };
  return labels(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: session.uri(FILE) }, position }));
}

describe("completion of a property its alias has given already", () => {
  it("offers both `judul` and `nama` while neither is written", async () => {
    expect(await completeInProgram("kategori mendongeng")).toEqual(expect.arrayContaining(["judul", "nama"]));
  });

  it("offers neither once both are written (`judul \"A\"` and `nama \"B\"`)", async () => {
    const offered = await completeInProgram('judul "A"', 'nama "B"', "kategori mendongeng");
    expect(offered).not.toContain("nama");
    expect(offered).not.toContain("judul");
  });

  it("offers no `judul` after `nama`, nor `nama` after `judul`", async () => {
    expect(await completeInProgram('nama "B"', "kategori mendongeng")).not.toContain("judul");
    expect(await completeInProgram('judul "A"', "kategori mendongeng")).not.toContain("nama");
  });

  it("does the same in an agreement, whose `nama` is another word for its `judul` too", async () => {
    const text = `${LIBRARY}\nkesepakatan mou_sd {\n  nama "B"\n  \n}\n`;
    const session = workspace.session();
    await session.change(FILE, ++version, text);
    const lines = text.split("\n");
    const line = lines.indexOf("  ");
    const offered = labels(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: session.uri(FILE) }, position: { line, character: 2 } }));
    expect(offered).toContain("berlaku");
    expect(offered).not.toContain("judul");
    expect(offered).not.toContain("nama");
  });

  it("still offers a repeatable property given already, and properties that only share a field (`ketika` and `memerlukan`)", async () => {
    const offered = await completeInProgram("kategori mendongeng", "jadwal sekali 2024-03-02 pukul 09:00 selama 2 jam", "ketika perpustakaan.tahap >= implementasi");
    expect(offered).toContain("jadwal");
    expect(offered).toContain("memerlukan");
    expect(offered).not.toContain("ketika");
  });
});
