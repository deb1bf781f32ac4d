/**
 * An editor walk of stop 59: an obligation's `di` offered the libraries (which LON5006 refuses
 * there) and not the program's sites; `lokasi `, `rute bergilir ` and a declaration's name
 * (`ruang x `) offered nothing. Each now offers what the check accepts there.
 */
import { checkSource } from "@lontar/dsl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CompletionRequest, type CompletionItem, type CompletionList } from "vscode-languageserver-protocol";
import { oneFileWorkspace } from "./support/in-memory.js";

const items = (list: CompletionItem[] | CompletionList | null): CompletionItem[] => (list === null ? [] : Array.isArray(list) ? list : list.items);

const TEXT = `cakrawala 2027-01-01..2027-12-31

perpustakaan perpus_kota {
  jenjang kota
  wilayah "Jawa Barat" / "Kota Bandung"
}

mitra tanah_garam {
  nama "Kelurahan Tanah Garam"
  jenis pemdes
}

mitra pkk {
  nama "TP PKK"
  jenis pkk
}

program buku_bergilir di perpus_kota {
  kategori buku_bergilir
  jadwal setiap minggu pada selasa pukul 09:00 selama 2 jam
  rute bergilir tanah_garam, ix_korong
}
`;

describe("completion of sites", () => {
  const FILE = "workspace.lontar";
  const workspace = oneFileWorkspace("lontar-sites-", FILE, TEXT, "id");
  let version = 1;
  beforeAll(workspace.start);
  afterAll(workspace.stop);

  /** The labels at the end of the file with `tail` appended (and `after` past the cursor). */
  async function labels(tail: string, after = ""): Promise<string[]> {
    const text = `${TEXT}\n${tail}`;
    const session = workspace.session();
    await session.change(FILE, ++version, `${text}${after}`);
    const lines = text.split("\n");
    const position = { line: lines.length - 1, character: (lines[lines.length - 1] ?? "").length };
    return items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: session.uri(FILE) }, position })).map((i) => i.label);
  }

  it("offers an obligation's `di` the program's sites and route stops, not those written, and each checks clean", async () => {
    const agreement = "kesepakatan mou {\n  antara perpus_kota dan pkk\n  berlaku 2027-01-01..2027-12-31\n  minimal 2 sesi buku_bergilir di ";
    expect(await labels(agreement, " per bulan\n}\n")).toEqual(["tanah_garam", "ix_korong"]);
    expect(await labels(`${agreement}tanah_garam, `, " per bulan\n}\n")).toEqual(["ix_korong"]);
    expect(await labels(`${agreement}tanah_garam `, "\n}\n")).toEqual(["per"]);
    for (const site of ["tanah_garam", "ix_korong"]) {
      const diagnostics = checkSource(`${TEXT}\n${agreement}${site} per bulan\n}\n`, "a.lontar").diagnostics;
      expect(diagnostics.filter((d) => d.severity === "error"), site).toEqual([]);
    }
  });

  it("offers nothing after an obligation's `di` for a program that names no site (LON5006 refuses any)", async () => {
    const agreement = "program tanpa di perpus_kota {\n  kategori kelas\n  jadwal sekali 2027-02-02 pukul 09:00 selama 1 jam\n}\nkesepakatan mou {\n  antara perpus_kota dan pkk\n  minimal 2 sesi tanpa di ";
    expect(await labels(agreement, " per bulan\n}\n")).toEqual([]);
  });

  it("offers `lokasi ` the libraries and partners, and `rute ` its `bergilir` then the same", async () => {
    const program = "program kelas di perpus_kota {\n  kategori kelas\n  ";
    expect((await labels(`${program}lokasi `, "\n}\n")).sort()).toEqual(["perpus_kota", "pkk", "tanah_garam"]);
    expect((await labels(`${program}lokasi pkk, `, "\n}\n")).sort()).toEqual(["perpus_kota", "tanah_garam"]);
    expect(await labels(`${program}rute `, "\n}\n")).toEqual(["bergilir"]);
    expect((await labels(`${program}rute bergilir `, "\n}\n")).sort()).toEqual(["perpus_kota", "pkk", "tanah_garam"]);
  });

  it("offers nothing at a line past the document's end", async () => {
    await workspace.session().change(FILE, ++version, TEXT);
    const session = workspace.session();
    expect(items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: session.uri(FILE) }, position: { line: 999, character: 0 } }))).toEqual([]);
  });

  it("offers a program's `mitra` list the partners and libraries not written yet", async () => {
    const program = "program kelas di perpus_kota {\n  kategori kelas\n  ";
    expect((await labels(`${program}mitra pkk, `, "\n}\n")).sort()).toEqual(["perpus_kota", "tanah_garam"]);
  });

  it("offers `di` after the name of a declaration that takes a library, nothing after one that does not", async () => {
    expect(await labels("ruang aula ")).toEqual(["di"]);
    expect(await labels("program p ")).toEqual(["di"]);
    expect(await labels("mitra m ")).toEqual([]);
    // Not where it follows already (a review of stop 59).
    expect(await labels("program p ", "di perpus_kota {\n}\n")).toEqual([]);
  });
});
